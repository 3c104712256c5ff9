# Quick start: `make demo` then `make test`. Only Python 3.11 is needed beforehand.
PYTHON ?= python3.11
VENV   ?= .venv
BIN     = $(VENV)/bin
DB     ?= out/newsdesk.duckdb

.PHONY: demo test install dev bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

install: $(BIN)/python
	$(BIN)/pip install --quiet -e .

dev: $(BIN)/python
	$(BIN)/pip install --quiet -e '.[dev]'

demo: install
	mkdir -p out
	$(BIN)/newsdesk ingest examples/ --db $(DB)
	$(BIN)/newsdesk analyse --db $(DB)
	$(BIN)/newsdesk articles --db $(DB)
	$(BIN)/newsdesk export --db $(DB) --format jsonl --out out/articles.jsonl
	@echo "wrote out/articles.jsonl and $(DB)"

test: dev
	$(BIN)/python -m pytest -q

bench: dev
	$(BIN)/python benchmarks/bench_ingest.py

clean:
	rm -rf out .pytest_cache
