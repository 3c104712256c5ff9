"""The packaged gazetteer's lookups: the country test that spares the full name index."""

import pytest

from newsdesk.entities import gazetteer as gazetteers
from newsdesk.entities.gazetteer import country_of_word, load_gazetteer, load_gazetteer_by_id


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


def test_a_country_s_adjective_names_the_country_it_is_made_from():
    gazetteer = _fresh()
    cases = [("Iraqi", "IRQ"), ("Iraqis", "IRQ"), ("South Koreans", "KOR"), ("Kenyan", "KEN"),
             ("Chinese", None), ("Putin", None), ("Clintons", None)]
    assert [(word, gazetteer.country_of_adjective(word)) for word, _ in cases] == cases
    # the country's name before a prefix of another's ("American Samoa")
    assert country_of_word("American", gazetteer) == "USA"
    peoples = ["Kazakhs", "Kyrgyz", "Iraqis", "South Koreans", "Clintons", "Texas", "Iraq"]
    assert [word for word in peoples if gazetteer.names_a_people(word)] == peoples[:4]
    assert gazetteer._names is None


def test_an_adjective_in_another_states_name_names_no_one_state():
    """"Dominican" is Dominica's and the Dominican Republic's, "Indian" India's and a word of
    the British Indian Ocean Territory's name: no one state; "Pakistani" is Pakistan's."""
    gazetteer = _fresh()
    cases = [("Dominican", None), ("Indian", None), ("Pakistani", "PAK"), ("Kenyan", "KEN")]
    assert [(word, gazetteer.state_of_adjective(word)) for word, _ in cases] == cases
    assert gazetteer.country_of_adjective("Dominican") == "DMA"


#: Nationality words as news text writes them, with the country each names; words that only
#: begin like a country's name name none ("Republican" is no word of the Congo's).
NATIONALITY_WORDS = [
    ("Dominican", "DOM"), ("Dominicans", "DOM"), ("Saudis", "SAU"), ("SAUDI", "SAU"), ("Czech", "CZE"),
    ("Palestinians", "PSE"), ("Chinese", "CHN"), ("Kazakh", "KAZ"), ("Afghan", "AFG"), ("Thai", "THA"),
    ("German", "DEU"), ("Somali", "SOM"), ("Turkish", "TUR"), ("Canadian", "CAN"), ("Norwegian", "NOR"),
    ("Peruvian", "PER"), ("Lebanese", "LBN"), ("Surinamese", "SUR"), ("Belgian", "BEL"),
    ("Portuguese", "PRT"), ("Bahamian", "BHS"), ("Malawian", "MWI"), ("Greenlandic", "GRL"),
    ("Ivorian", "CIV"), ("Bosnian", "BIH"), ("South Sudanese", "SSD"), ("American", "USA"),
    ("IRAN", "IRN"), ("Republican", None), ("Democratic", None), ("Christian", None), ("Roman", None),
    ("Venetian", None), ("Libertarian", None), ("Turkic", None), ("Dominic", None), ("Alan", None),
    ("Portman", None), ("Sans", None), ("Christchurch", None), ("Mexican-American", None),
]


@pytest.mark.parametrize("word, country", NATIONALITY_WORDS)
def test_a_nationality_word_names_its_own_country(word, country):
    assert country_of_word(word, _fresh()) == country


#: A nationality's plural reads as its singular; "British" is the word of the alias Britain;
#: surnames and peoples that only look like a country's stem with an ending name no country:
#: "-i" follows a whole name (Iraqi), "-man" is the noun man, a name's stem without its last
#: vowel that is a person's name is the person's (Ghani, Romani, Malini, Perucci, Germani,
#: Turkman, Maliki are not Ghana, Romania, Mali, Peru, Germany, Turkey, Mali).
PLURALS_ALIASES_AND_SURNAMES = [
    ("Mexicans", "MEX"), ("Ukrainians", "UKR"), ("Afghans", "AFG"), ("Brazilians", "BRA"),
    ("Egyptians", "EGY"), ("Germans", "DEU"), ("Somalis", "SOM"), ("British", "GBR"),
    ("Iraqi", "IRQ"), ("Pakistani", "PAK"), ("Israeli", "ISR"), ("Omani", "OMN"),
    ("Mozambican", "MOZ"), ("Swiss", "CHE"), ("Ghani", None), ("Romani", None), ("Malini", None),
    ("Perucci", None), ("Germani", None), ("Turkman", None), ("Maliki", None), ("Mani", None),
]


@pytest.mark.parametrize("word, country", PLURALS_ALIASES_AND_SURNAMES)
def test_plurals_aliases_and_surnames_as_nationality_words(word, country):
    from newsdesk.quotes.served import country_code

    assert country_of_word(word, _fresh()) == country
    assert country_code(word) == country  # the quotes layer reads the word the same way


#: Nationality words English does not make from the country's name (``demonyms``), read
#: capitalised only and with their plurals; a people of no one state, or of two, names none.
IRREGULAR_WORDS = [
    ("French", "FRA"), ("Dutch", "NLD"), ("Greek", "GRC"), ("Greeks", "GRC"), ("Polish", "POL"),
    ("Danish", "DNK"), ("Finnish", "FIN"), ("Irish", "IRL"), ("Spanish", "ESP"),
    ("Spaniards", "ESP"), ("Filipinos", "PHL"), ("Emirati", "ARE"), ("Burmese", "MMR"),
    ("Croats", "HRV"), ("Serbs", "SRB"), ("Slovak", "SVK"), ("Slovene", "SVN"),
    ("Montenegrin", "MNE"), ("Seychellois", "SYC"), ("Frenchmen", "FRA"), ("Azeri", "AZE"),
    ("Swedish", "SWE"), ("Thai", "THA"), ("polish", None), ("french", None), ("dutch", None),
    ("Welsh", None), ("Scottish", None), ("Kurdish", None), ("Persian", None),
    ("Congolese", None), ("Frenchy", None),
]


@pytest.mark.parametrize("word, country", IRREGULAR_WORDS)
def test_irregular_nationality_words_read_alike_in_every_layer(word, country):
    from newsdesk.quotes.served import country_code

    assert country_of_word(word, _fresh()) == country
    assert country_code(word) == country


def test_every_irregular_nationality_names_a_country_entry():
    from newsdesk.entities.demonyms import IRREGULAR_NATIONALITIES

    gazetteer = _fresh()
    for word, code in IRREGULAR_NATIONALITIES.items():
        assert word == word.lower() and gazetteer.entries[code]["kind"] == "country"
        assert gazetteers.irregular_nationality(word.capitalize()) == code


def test_an_irregular_adjective_names_its_one_state_and_its_people():
    gazetteer = _fresh()
    assert gazetteer.state_of_adjective("French") == "FRA"  # not French Guiana or Polynesia
    assert gazetteer.state_of_adjective("Dutch") == "NLD"
    assert gazetteer.state_of_adjective("Dominican") is None
    assert gazetteer.names_a_people("Greeks") and gazetteer.names_a_people("Filipinos")
    assert not gazetteer.names_a_people("greeks")


def test_a_surname_before_government_names_no_state():
    from newsdesk.state_voices import countries_named

    assert countries_named("the Ghani government") == set()
    assert countries_named("a Romani rights group") == set()
    assert countries_named("the Ghanaian government") == {"Ghana"}


def test_a_nationality_word_scans_only_the_country_entries():
    gazetteer = _fresh()
    assert [country_of_word(w, gazetteer) for w in ("Dominican", "Turkish", "Roman")] == ["DOM", "TUR", None]
    assert gazetteer._names is None


def test_the_stem_index_answers_as_every_name_tested():
    """``StemNames`` tests a word against the names its index gives; testing every country
    name and place (``_stem_of``, the rule for one name) finds the same one country."""
    gazetteer = _fresh()
    official = [(entry["id"], entry["name"]) for entry in gazetteer.country_entries]
    index = gazetteers.StemNames(official)

    def every_name(word: str) -> str | None:
        singular = gazetteers.singular_of(word.lower())
        found = {code for code, name in official
                 if singular == name.lower() or gazetteers._stem_of(singular, name.lower())}
        if not found:
            found = {code for code, name in official
                     if any(gazetteers._stem_of(singular, p) for p in gazetteers._places(name))}
        return found.pop() if len(found) == 1 else None

    words = {"Chinese", "Kazakh", "Iraqi", "Icelandic", "Somali", "Romani", "Ghani", "Congolese",
             "Herzegovinian", "Ivorian", "Turkman", "Uzbeks", "Lao", "Peruvian", "Republican"}
    for _, name in official[::4]:  # a quarter of the countries: each word scans them all
        head = name.split()[0]
        words |= {head[:cut] + end for cut in (len(head) - 1, len(head))
                  for end in ("", "an", "ian", "ese", "i", "ish", "ic", "is", "ans")}
    answers = {word: index.country_of(word) for word in sorted(words)}
    assert answers == {word: every_name(word) for word in sorted(words)}
    assert sum(1 for code in answers.values() if code) > 50


def _packaged() -> bytes:
    from importlib import resources

    return resources.files("newsdesk.data").joinpath("gazetteer.jsonl").read_bytes()


def test_the_kept_parse_is_the_parse_and_is_read_back(tmp_path):
    import marshal

    from newsdesk.entities.gazetteer import parsed_entries

    data = _packaged()
    first = parsed_entries(data, cache=tmp_path)
    (kept,) = tmp_path.glob("gazetteer-*.marshal")
    assert marshal.loads(kept.read_bytes()) == first
    assert parsed_entries(data, cache=tmp_path) == first
    kept.write_bytes(marshal.dumps(("read back", first[1][:3])))
    assert parsed_entries(data, cache=tmp_path) == ("read back", first[1][:3])


def test_a_changed_file_is_parsed_again_and_the_older_parse_removed(tmp_path):
    import json

    from newsdesk.entities.gazetteer import parsed_entries

    data = _packaged()
    old = parsed_entries(data, cache=tmp_path)
    entry = {"id": "person:test", "name": "Test Person", "kind": "person", "label": "PERSON"}
    changed = data.rstrip(b"\n") + b"\n" + json.dumps(entry).encode() + b"\n"
    attribution, entries = parsed_entries(changed, cache=tmp_path)
    assert attribution == old[0] and entries == [*old[1], entry]
    assert len(list(tmp_path.glob("gazetteer-*.marshal"))) == 1


def test_another_python_s_parse_stays(tmp_path):
    from newsdesk.entities.gazetteer import parsed_entries

    other = tmp_path / "gazetteer-0123abcd-py27-m2.marshal"  # another environment's parse
    other.write_bytes(b"kept by another Python")
    parsed_entries(_packaged(), cache=tmp_path)
    assert other.exists() and len(list(tmp_path.glob("gazetteer-*.marshal"))) == 2


def test_no_cache_directory_parses_the_file(monkeypatch):
    from newsdesk.entities import gazetteer

    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.delenv("HOME", raising=False)
    monkeypatch.setattr("pwd.getpwuid", lambda uid: (_ for _ in ()).throw(KeyError(uid)))
    assert gazetteer.cache_directory() is None
    attribution, entries = gazetteer.parsed_entries(_packaged(), cache=None)
    assert attribution.startswith("Countries") and len(entries) > 20_000


def test_a_cache_that_cannot_be_written_is_passed_over(tmp_path):
    from newsdesk.entities.gazetteer import parsed_entries

    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    attribution, entries = parsed_entries(_packaged(), cache=blocker / "newsdesk")
    assert attribution.startswith("Countries") and len(entries) > 20_000
    assert list(tmp_path.iterdir()) == [blocker]


def test_the_gazetteer_by_id_answers_as_the_full_one(tmp_path, monkeypatch):
    """Every entry, the countries and the country test as the full gazetteer gives them,
    from the lines' parse and again from its kept copy, without parsing every entry."""
    full = _fresh()
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    for _ in range(2):  # parsed and kept, then read back
        load_gazetteer.cache_clear()
        load_gazetteer_by_id.cache_clear()
        by_id = load_gazetteer_by_id()
        assert isinstance(by_id.entries, gazetteers.EntryLines)
        assert by_id.countries == full.countries and by_id.country_entries == full.country_entries
        words = ["China", "Chinese", "Kazakh", "Iraqis", "Niger", "Paris", "American", "Senator"]
        assert [country_of_word(w, by_id) for w in words] == [
            country_of_word(w, full) for w in words
        ]
        assert by_id._names is None and not by_id.entries._parsed  # no entry but the countries read
        assert [by_id.country_named(w) for w in ("US", "Us", "UK")] == ["USA", None, "GBR"]
        assert "USA" in by_id.entries and "no such id" not in by_id.entries
        assert by_id.entries.get("no such id") is None
        assert len(by_id.entries) == len(full.entries) and list(by_id.entries) == list(full.entries)
        assert all(by_id.entries[i] == entry for i, entry in full.entries.items())
        assert 42 not in by_id.entries and "usa" not in by_id.entries  # ids match as written
    assert len(list(tmp_path.glob("newsdesk/gazetteerentrylines-*"))) == 1
    load_gazetteer_by_id.cache_clear()


def test_ids_the_gazetteer_by_id_does_not_hold_stay_unheld_when_asked_again(tmp_path, monkeypatch):
    """An id asked for twice, found or not, gets the same answer from each way of asking,
    the second time without a search (the ids not held are kept, the found entries parsed)."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    load_gazetteer_by_id.cache_clear()
    entries = load_gazetteer_by_id().entries
    full = _fresh().entries
    for _ in range(2):
        assert entries.get("") is None and entries.get("no such id", "none") == "none"
        assert "" not in entries and "no such id" not in entries
        with pytest.raises(KeyError):
            entries["no such id"]
        assert "USA" in entries and entries.get("USA") == entries["USA"] == full["USA"]
    assert entries._absent == {"", "no such id"} and set(entries._parsed) == {"USA"}
    load_gazetteer_by_id.cache_clear()


def test_the_gazetteer_by_id_is_the_full_one_once_that_is_loaded():
    load_gazetteer_by_id.cache_clear()
    full = load_gazetteer()
    assert load_gazetteer_by_id() is full
    load_gazetteer_by_id.cache_clear()


def _file_of(head: bytes, lines: list[bytes]) -> bytes:
    return b"\n".join([head, *lines]) + b"\n"


def _variants() -> dict[str, bytes]:
    """Gazetteer files made of the packaged file's own lines: its countries leading, a
    country again under its id with another name (the later line wins), a country after an
    entry of another kind, and no entry at all."""
    import json

    head, *lines = _packaged().strip().split(b"\n")
    countries = [line for line in lines if json.loads(line)["kind"] == "country"][:5]
    others = [line for line in lines if json.loads(line)["kind"] != "country"][:5]
    renamed = json.loads(countries[1]) | {"name": "Another Name", "acronyms": ["AN"]}
    return {
        "leading": _file_of(head, countries + others),
        "an id again": _file_of(head, countries + others + [json.dumps(renamed).encode()]),
        "a country late": _file_of(head, countries[:2] + others + countries[2:]),
        "no entry": _file_of(head, []),
    }


def test_the_gazetteer_by_id_answers_as_the_full_one_on_any_file(tmp_path):
    """Whatever order or repeats a file has, the entries by id, the countries and the
    country test of the lines' parse are the full parse's."""
    from newsdesk.entities.gazetteer import gazetteer_by_id_of, gazetteer_of

    for name, data in _variants().items():
        full, by_id = gazetteer_of(data, cache=None), gazetteer_by_id_of(data, cache=tmp_path)
        assert dict(by_id.entries) == full.entries, name
        assert list(by_id.entries) == list(full.entries), name  # the file's order: first names win
        assert by_id.countries == full.countries and by_id.country_entries == full.country_entries
        assert by_id._country_index() == full._country_index(), name
        words = sorted(
            n for entry in full.entries.values() for n in (entry["name"], *entry.get("acronyms", ()))
        )
        assert [by_id.country_named(w) for w in words] == [full.country_named(w) for w in words]
    assert full.entries == {}
