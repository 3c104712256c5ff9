"""The packaged gazetteer's lookups: the country test that spares the full name index."""

from newsdesk.entities.gazetteer import load_gazetteer
from newsdesk.entities.records import country_of_word


def _fresh():
    return load_gazetteer.__wrapped__()  # a new load, not the process's cached one


def test_country_named_agrees_with_the_full_index_on_every_written_name():
    fast, full = _fresh(), _fresh()
    words = {"Chinese", "Kazakh", "CHINA", "Us", "US", "UK", "Uk", "Niger", "NIGER", "Chad"}
    for entry in full.entries.values():
        for name in (entry["name"], *entry.get("aliases", ()), *entry.get("acronyms", ())):
            words |= {name, name.lower(), name.upper(), name.title(), *name.split()}

    def by_full_index(word: str) -> str | None:
        found = full.lookup(word)
        return found["id"] if found and found["kind"] == "country" else None

    assert [w for w in sorted(words) if fast.country_named(w) != by_full_index(w)] == []


def test_country_words_need_no_full_name_index():
    gazetteer = _fresh()
    cases = [("China", "CHN"), ("Chinese", "CHN"), ("Kazakh", "KAZ"), ("Senator", None),
             ("Jordan", "JOR"), ("Paris", None)]
    assert [(word, country_of_word(word, gazetteer)) for word, _ in cases] == cases
    assert gazetteer._names is None  # the name index was never built
    assert gazetteer.match("US") == "USA" and gazetteer.match("Us") is None
