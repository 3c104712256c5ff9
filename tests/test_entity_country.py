"""The registry's country of an entity read from its roles' words: a word keeps its own last
letters ("Swiss", "Honduras"), only a possessive's ending goes ("Iran's", "Philippines'").

Real text: the roles as AllSides articles write them (``articles.jsonl.gz``, see
../shared/data/corpus/allsides-article-bias/FORMAT.md), and one of those articles analysed
whole: "Honduras President Juan Orlando Hernandez", a president the gazetteer does not list.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter

import duckdb
import pytest

from conftest import need_shared, write_jsonl
from newsdesk.analyse import analyse
from newsdesk.entities.gazetteer import load_gazetteer
from newsdesk.entities.records import Tally, tally_row
from newsdesk.ingest import ingest

ROLES = [
    ("Swiss President", "CHE"),  # was "Swi": no country
    ("Honduras President", "HND"),  # was "Hondura"
    ("Philippines' mercurial President", "PHL"),
    ("head of Iran’s Islamic Revolutionary Guard’s Quds Force", "IRN"),
    ("Turkey’s Prime Minister", "TUR"),
    ("Texas Governor", None),
    ("Massachusetts Senator", None),
    ("Michigan’s Governor", None),
]


@pytest.mark.parametrize(("role", "country"), ROLES)
def test_a_roles_words_name_its_country(role: str, country: str | None) -> None:
    tally = Tally(names={"Roe": (1, 0)}, labels=Counter({"PERSON": 1}), roles=Counter({role: 1}))
    assert tally_row("E0", tally, load_gazetteer())["country"] == country


def test_a_president_of_a_country_whose_name_ends_in_s_is_of_that_country(tmp_path) -> None:
    corpus = need_shared("data/corpus/allsides-article-bias/articles.jsonl.gz")
    with gzip.open(corpus, "rt", encoding="utf-8") as handle:
        row = next(row for row in map(json.loads, handle) if row["ID"] == "YzwaTcpYABB0J3Yd")
    assert "Honduras President Juan Orlando Hernandez" in row["content_original"]
    db = str(tmp_path / "store.duckdb")
    ingest([write_jsonl(tmp_path / "article.jsonl", [row])], db=db, workers=1)
    analyse(db=db, workers=1)
    with duckdb.connect(db, read_only=True) as con:
        found = con.execute(
            "SELECT e.country FROM entities e JOIN entity_roles r ON r.entity_id = e.id "
            "WHERE r.role = 'Honduras President'"
        ).fetchall()
    assert found == [("HND",)]
