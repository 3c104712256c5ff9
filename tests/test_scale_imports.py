"""What a process imports: an analysis worker starts without the store's DuckDB and pyarrow,
a byline's given name and where a name starts are read without the quotes package, a byline
without spaCy, and the package's public names are what they were before being imported on
first use."""

from __future__ import annotations

import json
import os
import pickle
import subprocess
import sys
from pathlib import Path

from newsdesk.analyse import analysers
from newsdesk.article import Article
from newsdesk.layers import AnalyseStep, annotations_only

SRC = Path(__file__).resolve().parents[1] / "src"

WORKER = """
import json, pickle, sys
steps, articles = pickle.loads(sys.stdin.buffer.read())
from newsdesk.executors.local import run_shard
done = run_shard((steps, articles))
print(json.dumps({"layers": sorted(done[0].annotations),
                  "loaded": sorted(m for m in ("duckdb", "pyarrow") if m in sys.modules)}))
"""


def run_python(code: str, *, stdin: bytes = b"") -> str:
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    done = subprocess.run([sys.executable, "-c", code], input=stdin, env=env, check=True,
                          capture_output=True)
    return done.stdout.decode().strip().splitlines()[-1]


def test_analysis_worker_imports_neither_duckdb_nor_pyarrow():
    article = Article(path="a.txt", raw_text="", text="Angela Merkel met Emmanuel Macron in "
                      "Paris on Friday. \"We agree,\" Macron said.", language="en")
    job = pickle.dumps(((AnalyseStep(analysers()), annotations_only), [article]))
    found = json.loads(run_python(WORKER, stdin=job))
    assert found["loaded"] == []
    assert found["layers"] == sorted(analyser.layer for analyser in analysers())


def test_given_names_and_name_starts_are_read_without_the_quotes_package():
    code = ("import sys; from newsdesk.bylines.names import opens_with_registered_name; "
            "from newsdesk.given_names import from_given_name; "
            "print(opens_with_registered_name('Marina Mucha'), "
            "opens_with_registered_name('Weiterführender Link'), "
            "from_given_name('Campaign Manager Kellyanne Conway'), "
            "sorted(m for m in sys.modules if m.startswith('newsdesk.quotes')))")
    assert run_python(code) == "True False Kellyanne Conway []"


def test_public_names_survive_importing_their_modules():
    code = ("import sys, newsdesk; assert 'duckdb' not in sys.modules; "
            "import newsdesk.ingest, newsdesk.store, newsdesk.exporter; "
            "from newsdesk.ingest import ingest; from newsdesk.store import open_store; "
            "from newsdesk.exporter import export; "
            "print(newsdesk.ingest is ingest and newsdesk.open_store is open_store "
            "and newsdesk.export is export and callable(newsdesk.Store))")
    assert run_python(code) == "True"


def test_registry_functions_are_the_entities_packages():
    from newsdesk.entities import decide, registry, resolve_entities

    assert (decide, resolve_entities) == (registry.decide, registry.resolve_entities)


def test_bylines_are_read_without_spacy_and_the_entities_names_on_first_use():
    code = ("import sys; from newsdesk.bylines import parse_byline; "
            "loaded = sorted(m for m in ('spacy', 'newsdesk.entities.mentions') if m in sys.modules); "
            "from newsdesk.entities import MentionAnalyser, find_mentions, decide, resolve_entities; "
            "from newsdesk.entities import mentions, registry; "
            "print(loaded, MentionAnalyser is mentions.MentionAnalyser "
            "and find_mentions is mentions.find_mentions and decide is registry.decide "
            "and resolve_entities is registry.resolve_entities)")
    assert run_python(code) == "[] True"
