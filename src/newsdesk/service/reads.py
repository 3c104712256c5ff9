"""Read operations over an open store: lists with ``total`` and paging, and single records."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from newsdesk.article import Article
from newsdesk.dates import check_date_range
from newsdesk.entities.gazetteer import ENTITY_LABELS
from newsdesk.errors import NotFoundError, UsageError, no_entity
from newsdesk.languages import analysis_skipped
from newsdesk.store import Store

#: ``limit`` of an unbounded list (the CLI shows everything unless told otherwise).
ALL = 2**62


@dataclass(slots=True)
class Page:
    """One page of a list: ``total`` matches, of which ``items`` from ``offset``."""

    total: int
    items: list[dict[str, Any]]
    limit: int | None = None
    offset: int = 0

    def to_dict(self) -> dict[str, Any]:
        return {"total": self.total, "items": self.items}


@dataclass(slots=True)
class ArticleDetail:
    """An article with its layers, canonical entities, copy links and story."""

    article: Article
    layers: dict[str, list[dict[str, Any]]]
    entities: list[dict[str, Any]]
    links: list[dict[str, Any]] = field(default_factory=list)
    story: dict[str, Any] | None = None


def page_of(items: list[dict[str, Any]], *, limit: int | None, offset: int) -> Page:
    """One page of rows already read in full (a short list; long ones are paged in SQL)."""
    end = None if limit is None else offset + limit
    return Page(total=len(items), items=items[offset:end], limit=limit, offset=offset)


# -- articles ------------------------------------------------------------------------------


def list_articles(
    store: Store,
    *,
    q: str | None = None,
    outlet: str | None = None,
    entity: str | None = None,
    language: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> Page:
    """Articles matching every filter (``q``: every word, in title or text; a Russian word in
    any of its forms), newest first. Each row says whether it is ``analysed`` (its language is
    one the layers read and an analysis has run since it was stored);
    dates other than YYYY, YYYY-MM or YYYY-MM-DD are a ``UsageError``, as is a ``q`` of marks
    alone (``!!``, ``""``), which would otherwise list every article; an ``entity`` the
    registry knows by no id, name or alias is a ``NotFoundError`` (``no_entity``)."""
    check_date_range("date_from", date_from or None, "date_to", date_to or None)
    entity_id = None
    if name := typed_text(entity):
        entity_id = find_entity(store, name)["id"]
    words = _search_words(q)
    if q and q.strip() and not words:
        raise UsageError("nothing to search for in {q} {given!r}: marks alone, no word", options=("q",), given=q)
    total, rows = store.browse_articles(
        words=words,
        outlet=typed_text(outlet) or None,
        entity_id=entity_id,
        language=language_code(language),
        date_from=date_from or None,
        date_to=date_to or None,
        limit=ALL if limit is None else limit,
        offset=offset,
    )
    analysed = store.analysed_article_ids([row["id"] for row in rows])
    for row in rows:
        row["analysed"] = analysis_skipped(row["language"]) is None and row["id"] in analysed
    return Page(total=total, items=rows, limit=limit, offset=offset)


#: Marks a query may put around a word or a name that no article text holds with it: quotation
#: marks, brackets and the punctuation after a word ("Tokayev", (Tokayev), Tokayev?). Angle
#: brackets are not among them: they mark up (``<b>``), they do not quote, and a filter of
#: ``<b>`` read as ``b`` matched every outlet with a b in its name.
_EDGE_MARKS = "\"“”„‘’'«»‹›()[]{},.;:!?"


def _unmarked(given: str | None) -> str:
    return (given or "").strip().strip(_EDGE_MARKS)


def typed_text(given: str | None) -> str:
    """A word or name as typed, without the marks around it; the marks inside stay (U.S.,
    Kassym-Jomart, C++, O’Brien). A value that is nothing but marks (``""``, ``()``) stays as
    typed: stripped to nothing it would be no filter at all and match everything."""
    return _unmarked(given) or (given or "").strip()


def _search_words(q: str | None) -> list[str] | None:
    """The pattern of each of the query's words (``word_pattern``): the word as written (any
    case, without the marks around it) and its other English forms as a whole word, a Russian
    word's stem as the start of a word."""
    from newsdesk.lang.words import CYRILLIC_WORD, english_forms, russian_stem, word_pattern

    typed = (_unmarked(w) for w in (q or "").lower().split())
    words = [word_pattern(english_forms(w)) for w in typed if w and not CYRILLIC_WORD.search(w)]
    stems = [word_pattern([russian_stem(w)], prefix=True) for w in CYRILLIC_WORD.findall(q or "")]
    return [*words, *stems] or None


def article_languages(store: Store) -> list[dict[str, Any]]:
    """The languages of the stored articles with their counts and whether each is analysed
    (``reason`` says why not: a language without a pipeline, or its extra missing)."""
    rows = store.article_languages()
    for row in rows:
        row["reason"] = analysis_skipped(row["language"])
        row["analysed"] = row["reason"] is None
    return rows


def article_rows(store: Store, *, limit: int | None = None) -> Page:
    """The current articles in ingest order, with the columns ``newsdesk articles`` shows; the
    page's ``total`` counts them all, however many ``limit`` lets through."""
    return Page(total=store.count_articles(), items=store.list_articles(limit=limit), limit=limit)


def article_detail(store: Store, reference: str) -> ArticleDetail:
    """One article with its layers, entities, copy links and story (``reference``: its id or
    a unique prefix of it, as ``resolve_article`` reads one)."""
    article_id = resolve_article(store, reference)
    article = store.get_article(article_id)
    if article is None:
        raise NotFoundError(f"no article {reference!r}", kind="article")
    return ArticleDetail(
        article=article,
        layers=store.article_layers(article_id),
        entities=store.article_entity_spans(article_id),
        links=store.lineage_links(article_id=article_id),
        story=store.story_of(article_id),
    )


def article_record(store: Store, reference: str, *, fields: dict[str, dict[str, Any]] | None = None) -> dict[str, Any]:
    """The article as one record of ``newsdesk export --format jsonl`` (``reference``: its id
    or a unique prefix of it, as ``resolve_article`` reads one); ``fields`` as
    ``exporter.extra_values`` returns them, when the caller keeps them."""
    from newsdesk.exporter import export_records

    for record in export_records(store, ids=[resolve_article(store, reference)], fields=fields):
        return record
    raise NotFoundError(f"no article {reference!r}", kind="article")


# -- entities, quotes, sources -------------------------------------------------------------


def list_entities(
    store: Store,
    *,
    q: str | None = None,
    type: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
) -> Page:
    total, rows = store.browse_entities(
        q=typed_text(q) or None, type=_entity_type(type), limit=ALL if limit is None else limit, offset=offset
    )
    return Page(total=total, items=rows, limit=limit, offset=offset)


#: An ISO 639 code as the store keeps one: two or three lowercase letters.
_LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


def language_code(given: str | None) -> str | None:
    """The stored form of a ``language`` filter or a feed's ``language`` (``RU`` is ``ru``);
    what cannot be a code (``russian``) is a ``UsageError`` naming the setting, where it would
    match nothing (a feed's articles would be stored under a language no filter takes)."""
    if not given or not given.strip():
        return None
    code = given.strip().lower()
    if not _LANGUAGE_CODE.fullmatch(code):
        raise UsageError(
            "{language} wants an ISO 639 code such as en, ru or kk, got {given!r}", options=("language",), given=given
        )
    return code


def _entity_type(given: str | None) -> str | None:
    """The registry's label for a ``type`` filter written in any case (``person`` is
    ``PERSON``); a word that names no label is a ``UsageError`` naming the setting, where it
    would otherwise match nothing and read as an empty registry."""
    if not given:
        return None
    if given.upper() not in ENTITY_LABELS:
        raise UsageError(
            f"{{type}} wants one of {', '.join(ENTITY_LABELS)}, got {{given!r}}", options=("type",), given=given
        )
    return given.upper()


def entity_decisions(store: Store) -> list[dict[str, Any]]:
    """The merge, split and rename decisions kept on the registry, in the order they were made
    (``seq``, ``action``, ``subject``, ``value``); each is applied again after every analysis."""
    return store.entity_decisions()


def find_entity(store: Store, name: str) -> dict[str, Any]:
    """The registry row of the entity ``name`` (its id, name or alias) names;
    ``NotFoundError`` naming it when none."""
    found = store.entity_by_id(name) or store.find_entity(name)
    if found is None:
        raise no_entity(name)
    return found


def entity_profile(store: Store, name: str) -> dict[str, Any]:
    """One entity (by id, name or alias): ``entity`` (its registry row), ``aliases``, ``roles``,
    ``articles``, ``co_mentioned``, ``quotes`` it said and ``months`` (articles per month)."""
    found = find_entity(store, name)
    detail = store.entity_detail(found["id"])
    return {
        "entity": found,
        **detail,
        "months": store.entity_months(found["id"]),
        "quotes": _with_kind(store.entity_quotes(found["id"], found["name"])),
    }


def _with_kind(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each row keeps its stored attribution kind (direct, indirect, mixed, ...); layers written
    before attributions had a kind only say whether the quote was direct."""
    for row in rows:
        row["kind"] = row.get("kind") or ("direct" if row["direct"] else "reported")
    return rows


def list_quotes(
    store: Store,
    *,
    speaker: str | None = None,
    outlet: str | None = None,
    linked: bool = False,
    exact: bool = False,
    limit: int | None = 50,
    offset: int = 0,
) -> Page:
    """Quotes filtered by speaker and outlet (substrings, any case; ``exact``: the speaker is
    that name, as ``list_sources`` counts a speaker's quotes), by article; ``linked``: the
    quotes found in several articles instead, by group, each member with its ``group`` and
    ``flags`` (``altered`` wording, ``speaker_conflict``)."""
    who = {"speaker": typed_text(speaker) or None, "outlet": typed_text(outlet) or None}
    rows = _grouped(store.quote_groups(**who)) if linked else _with_kind(store.quote_rows(**who, exact=exact))
    return page_of(rows, limit=limit, offset=offset)


def _grouped(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for row in rows:
        row["group"] = row["group_id"]
        row["flags"] = ", ".join(f for f in ("altered", "speaker_conflict") if row[f])
    return rows


def list_sources(
    store: Store,
    *,
    outlet: str | None = None,
    limit: int | None = 50,
    offset: int = 0,
    profiles: bool = False,
) -> Page:
    """Each named speaker: quotes, articles, and the roles, affiliations and outlets seen;
    ``entity`` is the gazetteer id the quotes layer gave the speaker. ``profiles``: each row
    of the page also gets ``profile``, the id of the registry entity the speaker's name or
    alias names (the one ``entity_profile`` opens), or None: a registry lookup of the page's
    rows (one query), so only the faces that link it ask (the pages and the HTTP API, not
    the command line)."""
    rows = store.quote_sources(outlet=typed_text(outlet) or None)
    for row in rows:
        for key in ("roles", "affiliations", "outlets"):
            row[key] = "; ".join(sorted(row[key] or []))
    page = page_of(rows, limit=limit, offset=offset)
    if profiles:
        ids = store.find_entity_ids([row["speaker"] for row in page.items])
        for row in page.items:
            row["profile"] = ids[row["speaker"]]
    return page


# -- copy lineage --------------------------------------------------------------------------


def copy_links(store: Store, *, limit: int | None = 50, offset: int = 0) -> Page:
    """Every stored copy link (``article`` copies ``of``) with both titles and outlets."""
    return page_of(store.lineage_links(), limit=limit, offset=offset)


def article_lineage(store: Store, reference: str) -> dict[str, Any]:
    """One article's copy links, seen from it, and its story's sources (``reference``: its id
    or the id's first characters): ``article``, ``links`` (each with ``role`` copy or source,
    ``of`` the other article, its ``outlet`` and ``title``, the ``spans`` they share and the
    first one's ``shared_text``) and ``story`` (None outside a story)."""
    from newsdesk.lineage.links import as_seen_from, span_text

    article = store.get_articles([resolve_article(store, reference)]).popitem()[1]
    links = []
    for link in store.lineage_links(article_id=article.id):
        seen = as_seen_from(link, article.id)
        side = "of" if seen["role"] == "copy" else "article"
        first = seen["spans"][0]["this"] if seen["spans"] else None
        links.append(
            {
                **seen,
                "outlet": link[f"{side}_outlet"],
                "title": link[f"{side}_title"],
                "shared_text": span_text(article, first) if first else "",
            }
        )
    return {
        "article": {"id": article.id, "title": article.title, "outlet": article.outlet, "published": article.published},
        "links": links,
        "story": store.story_of(article.id),
    }


def resolve_article(store: Store, reference: str) -> str:
    """The id of the one current article whose id is or starts with ``reference``:
    ``NotFoundError`` when none does, ``UsageError`` when several do."""
    _not_blank(reference, kind="article")
    return _one_by_prefix(store.find_article_ids(reference.strip()), reference, kind="article", kinds="articles")


def _not_blank(reference: str, *, kind: str) -> None:
    """A blank reference is a ``UsageError``: every id starts with it, so a store of one
    article or story answered that one as if it had been named."""
    if not reference.strip():
        raise UsageError(f"an empty id names no {kind}; give its id or its first characters")


def _one_by_prefix(ids: list[str], reference: str, *, kind: str, kinds: str) -> str:
    """The one id of ``ids`` (those starting with ``reference``) of a ``kind`` of record:
    ``NotFoundError`` naming the reference when there is none, ``UsageError`` when several."""
    if not ids:
        raise NotFoundError(f"no {kind} with an id starting with {reference!r}", kind=kind)
    if len(ids) > 1:
        raise UsageError(f"{len(ids)} {kinds} with an id starting with {reference!r}; give more of it")
    return ids[0]


# -- stories -------------------------------------------------------------------------------


def resolve_story(store: Store, reference: str) -> str:
    """The id of the one story whose id is or starts with ``reference``, as ``resolve_article``
    reads an article's: ``NotFoundError`` when none does, ``UsageError`` when several do."""
    _not_blank(reference, kind="story")
    return _one_by_prefix(store.find_story_ids(reference.strip()), reference, kind="story", kinds="stories")


def list_stories(store: Store, *, min_articles: int = 1, limit: int | None = 50, offset: int = 0) -> Page:
    """Stories, largest first, with their article and independent-source counts."""
    rows = store.list_stories(limit=None if limit is None else offset + limit, min_articles=min_articles)
    return Page(
        total=store.count_stories(min_articles=min_articles),
        items=rows[offset:],
        limit=limit,
        offset=offset,
    )


def corpus_state(store: Store) -> str:
    """What an empty list can say of the store: ``empty`` (it holds no article), ``not
    analysed`` (articles, and no story: the corpus steps have not run) or ``analysed``."""
    if not store.count_articles():
        return "empty"
    return "analysed" if store.count_stories() else "not analysed"


def story_detail(store: Store, story_id: str) -> dict[str, Any]:
    """A story's members, its framing comparison and the figures its articles disagree on
    (``story_id``: the id or a unique prefix of it, as ``framing`` takes)."""
    from newsdesk.brief.framing import compare_outlets, framing_rows
    from newsdesk.figures import compare_claims

    story_id = resolve_story(store, story_id)
    story = store.story_by_id(story_id)
    if story is None:
        raise NotFoundError(f"no story {story_id!r}", kind="story")
    ids = [member["id"] for member in story["members"]]
    per_article = {article_id: store.article_layers(article_id) for article_id in ids}
    layers = {
        name: {article_id: found.get(name, []) for article_id, found in per_article.items()}
        for name in ("figures", "quotes", "mentions", "sentences")
    }
    story["conflicts"] = [c for c in compare_claims(layers["figures"]) if c["verdict"] == "conflict"]
    articles = list(store.get_articles(ids).values())
    story["framing"] = framing_rows(compare_outlets(story_id, articles, layers))
    return story


# -- events, figures, footprint ------------------------------------------------------------


def timeline(
    store: Store,
    *,
    entity: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    readable: bool = False,
    merged: list[dict[str, Any]] | None = None,
) -> list[dict[str, Any]]:
    """Events merged across articles, oldest first; ``readable``: as ``newsdesk timeline``
    prints them, one entry per event sentence, with its date in words (``when``),
    ``sentence``, ``reported_by`` and ``disagreement`` in words. An ``entity`` that finds no
    event and that the registry does not know is a ``NotFoundError`` (``no_entity``): the
    filter also reads the events' names and sentences, so a name of no entity may find some.
    ``merged``: the store's ``merged_timeline`` when the caller keeps one (``Desk``)."""
    from newsdesk.timeline import build_timeline, readable_timeline

    entries = readable_timeline if readable else build_timeline
    found = entries(store, entity=entity or None, start=date_from or None, end=date_to or None,
                    merged=merged)
    if entity and not found:
        find_entity(store, entity)
    return found


def claims(store: Store, *, conflicts_only: bool = False) -> list[dict[str, Any]]:
    """Figures of articles of one story about the same measure and subject, judged
    (``figures.compare_claims``); figures of different stories are never paired."""
    from newsdesk.figures import compare_claims

    rows = compare_claims(store.layer("figures"), stories=store.article_stories())
    return [row for row in rows if not conflicts_only or row["verdict"] == "conflict"]


def footprint(
    store: Store, *, power: str, country: str, evidence: Callable[[], Any] | None = None
) -> dict[str, Any]:
    """The evidenced points of ``power`` in ``country`` and their count per dimension and year;
    a name of no known state or power is a ``UsageError`` that names it and the settings
    that gave it (the request's field). ``evidence``: gives the store's ``footprint.Evidence``
    when the caller keeps one (``Desk.footprint_evidence``), asked only of known names."""
    from newsdesk.footprint import footprint as footprint_points
    from newsdesk.footprint import summary, unknown_names

    unknown = unknown_names(power, country)
    if unknown:
        given = {"power": power, "country": country}
        settings = tuple(name for name, value in given.items() if value in unknown)
        raise UsageError("{refusal}", options=settings, refusal=_not_states(unknown))
    points = footprint_points(store, power, country, evidence=evidence() if evidence else None)
    return {"power": power, "country": country, "points": points, "summary": summary(points)}


def footprint_countries(
    store: Store, *, power: str, evidence: Callable[[], Any] | None = None
) -> dict[str, Any]:
    """The countries where ``power`` has evidenced points, each ``{"country", "points"}``
    (the count ``footprint`` gives it), most first, read in one pass over the evidence; a
    power that is no known state or power is refused as ``footprint`` refuses it.
    ``evidence`` as ``footprint`` takes it."""
    from newsdesk.footprint import countries_of, unknown_names

    if unknown_names(power):
        raise UsageError("{refusal}", options=("power",), refusal=_not_states([power]))
    found = countries_of(store, power, evidence=evidence() if evidence else None)
    return {"power": power, "countries": found}


def _not_states(names: list[str]) -> str:
    """The refusal of a footprint of names that are no known power or country."""
    quoted = [repr(name) for name in names]
    said = f"neither {quoted[0]} nor {quoted[1]} is" if len(quoted) == 2 else f"{quoted[0]} is not"
    return (
        f"{said} a known power or country; name a state, its people or its capital (China, "
        "Chinese, Beijing) or an intergovernmental organisation (NATO)"
    )


# -- briefs and answers --------------------------------------------------------------------


def ask_index_current(store: Store) -> bool:
    """Whether a question now finds the retrieval index built (``brief.ask.index_current``);
    when not, the first question builds it before it is answered."""
    from newsdesk.brief.ask import index_current

    return index_current(store)


def brief(
    store: Store,
    *,
    topic: str | None = None,
    since: str | None = None,
    until: str | None = None,
    entity: str | None = None,
    length: int | None = None,
) -> Any:
    """A verified ``Brief`` (``newsdesk brief``): every item cites its source spans. An
    ``entity`` that leaves the brief empty and that the registry does not know is a
    ``NotFoundError`` (``no_entity``), as ``newsdesk brief`` says it."""
    from newsdesk.brief import brief_settings
    from newsdesk.brief.build import build_brief

    settings = brief_settings(
        topic=topic or None,
        since=since or None,
        until=until or None,
        entity=entity or None,
        length=length,
    )
    made = build_brief(store, settings)
    if entity and not made.items():
        find_entity(store, entity)
    return made
