# Quick start: `make demo` then `make test`. Only Python 3.11 is needed beforehand.
PYTHON ?= python3.11
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= out/newsdesk.duckdb

.PHONY: demo test install dev bench fuzz clean docs serve

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

dev: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev,charts,web,ru]'

demo: install
	mkdir -p out
	$(BIN)/newsdesk ingest examples/ --db $(DB)
	$(BIN)/newsdesk analyse --db $(DB)
	$(BIN)/newsdesk articles --db $(DB)
	$(BIN)/newsdesk export --db $(DB) --format jsonl --out out/articles.jsonl
	$(BIN)/newsdesk brief --db $(DB) --topic "China Russia Kazakhstan" --format md --out out/brief.md
	$(BIN)/newsdesk brief --db $(DB) --topic "China Russia Kazakhstan" --format html --out out/brief.html
	@echo "wrote out/articles.jsonl and $(DB)"
	@echo "open the desk: make serve  (or: $(BIN)/newsdesk serve --db $(DB)), then http://127.0.0.1:8000/"

serve: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[web]'
	$(BIN)/newsdesk serve --db $(DB)

test: dev
	$(BIN)/python -m pytest -q

bench: dev
	$(BIN)/python benchmarks/bench_ingest.py
	$(BIN)/pip install --quiet -e '.[ray]'  # the Ray executor's figures and its export test
	$(BIN)/python benchmarks/bench_scale.py

# 2,000 seeded hostile inputs mixed with good articles (docs/reliability.md); about 8 minutes
fuzz: dev
	$(BIN)/python benchmarks/fuzz_inputs.py --count 2000

# docs/cli.md is generated from the CLI itself (tests/test_docs.py checks it is complete)
docs: install
	$(BIN)/python scripts/cli_docs.py docs/cli.md

clean:
	rm -rf out .pytest_cache
