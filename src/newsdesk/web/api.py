"""The JSON API under ``/api``: every list answers ``{"total", "items"}`` with limit and offset."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from newsdesk import service
from newsdesk.brief.model import Settings
from newsdesk.errors import UsageError, worded_reason
from newsdesk.fetch import url_problem
from newsdesk.service import Store
from newsdesk.service.desk import MAX_UPLOAD_BYTES, Desk
from newsdesk.service.reads import ALL

__all__ = ["MAX_UPLOAD_BYTES", "router"]

router = APIRouter(prefix="/api", tags=["api"])

#: Most files one upload request may carry.
MAX_UPLOAD_FILES = 50

Limit = Annotated[int, Query(ge=1, le=500, description="At most this many items (1-500).")]
#: An offset past ``ALL`` is refused (422): the store counts rows in 64 bits, and
#: a larger one was a server error, not an empty page.
Offset = Annotated[int, Query(ge=0, le=ALL, description="Skip this many items.")]
FIRST, LAST = "First date, YYYY[-MM[-DD]].", "Last date, YYYY[-MM[-DD]]."
#: The query parameter or JSON field that gives a setting an error names, where it is not the
#: setting's own name (``/api/timeline?since=`` gives ``date_from``).
FIELDS = {"date_from": "since", "date_to": "until"}


def field_name(setting: str) -> str:
    """How a request names a setting of an operation (``date_from`` is ``since``)."""
    return FIELDS.get(setting, setting)


@dataclass(frozen=True, slots=True)
class Dates:
    """The dates a request is narrowed to, named ``since`` and ``until`` as the command line's
    brief and every endpoint and page name them."""

    since: str | None = None
    until: str | None = None


def dates(
    since: str | None = Query(None, description=FIRST),
    until: str | None = Query(None, description=LAST),
    old_since: str | None = Query(None, alias="from", include_in_schema=False),
    old_until: str | None = Query(None, alias="to", include_in_schema=False),
) -> Dates:
    """A request's ``since`` and ``until`` (an empty form field is none); ``from`` and ``to``,
    the names the search, the timeline and ``/api/articles`` took before, are read where the
    new name is not given, so a saved link keeps working. The service checks the dates (one
    check for every face: an impossible date is a ``UsageError`` naming the field)."""
    return Dates(since=since or old_since or None, until=until or old_until or None)


DateRange = Annotated[Dates, Depends(dates)]


@dataclass(frozen=True, slots=True)
class ArticleFilters:
    """What an article search is narrowed to, as ``/api/articles`` and the search page read it."""

    q: str | None = None
    outlet: str | None = None
    entity: str | None = None
    language: str | None = None
    since: str | None = None
    until: str | None = None

    def page(self, store: Store, *, limit: int, offset: int) -> service.Page:
        """The articles matching every filter, newest first."""
        return service.list_articles(
            store,
            q=self.q,
            outlet=self.outlet,
            entity=self.entity,
            language=self.language,
            date_from=self.since,
            date_to=self.until,
            limit=limit,
            offset=offset,
        )


def article_filters(
    dates: DateRange,
    q: str | None = None,
    outlet: str | None = None,
    entity: str | None = None,
    language: str | None = None,
) -> ArticleFilters:
    """An article search's filters, as ``/api/articles`` and the search page read them."""
    return ArticleFilters(q, outlet, entity, language, dates.since, dates.until)


Filters = Annotated[ArticleFilters, Depends(article_filters)]


@dataclass(frozen=True, slots=True)
class QuoteFilters:
    """The quotes a request asks for: those whose speaker and outlet hold these texts (any case)."""

    speaker: str | None = None
    outlet: str | None = None
    exact: bool = False  # the speaker is that name, not a part of it (a /sources row's link)

    def page(self, store: Store, *, limit: int, offset: int, linked: bool = False) -> service.Page:
        return service.list_quotes(
            store,
            speaker=self.speaker,
            outlet=self.outlet,
            linked=linked,
            exact=self.exact,
            limit=limit,
            offset=offset,
        )


def quote_filters(speaker: str | None = None, outlet: str | None = None, exact: bool = False) -> QuoteFilters:
    return QuoteFilters(speaker, outlet, exact)


Quoted = Annotated[QuoteFilters, Depends(quote_filters)]


def brief_settings(
    dates: DateRange,
    topic: str | None = None,
    entity: str | None = None,
    length: Annotated[int, Query(ge=1, le=50)] = 5,
) -> Settings:
    """A brief's settings, as ``/api/brief`` and the brief page read them."""
    return Settings(topic=topic, since=dates.since, until=dates.until, entity=entity, length=length)


BriefAsked = Annotated[Settings, Depends(brief_settings)]


def brief_of(request: Request, store: Store, settings: Settings) -> Any:
    """The brief of ``settings``, built once per change of the store (``Desk.brief``)."""
    return desk_of(request).brief(
        store, topic=settings.topic, since=settings.since, until=settings.until,
        entity=settings.entity, length=settings.length,
    )


def desk_of(request: Request) -> Desk:
    return request.app.state.desk


def reading(request: Request):
    """One request's read connection (see ``Desk.reading``)."""
    with desk_of(request).reading() as store:
        yield store


Reader = Annotated[Store, Depends(reading)]


def paged(items: list[Any], limit: int, offset: int) -> dict[str, Any]:
    """A list the service read in full, as one page of the API's answer (the service's
    ``page_of`` slices it)."""
    page = service.page_of(items, limit=limit, offset=offset)
    return {"total": page.total, "items": page.items}


@router.get("/articles")
def articles(
    store: Reader,
    filters: Filters,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Articles matching every filter, newest first."""
    return filters.page(store, limit=limit, offset=offset).to_dict()


@router.get("/articles/{article_id}")
def article(request: Request, store: Reader, article_id: str) -> dict[str, Any]:
    """The article as one line of ``newsdesk export --format jsonl``."""
    fields = desk_of(request).export_fields(store)
    return service.article_record(store, article_id, fields=fields)


@router.get("/entities")
def entities(
    store: Reader,
    q: str | None = None,
    type: str | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    return service.list_entities(store, q=q, type=type, limit=limit, offset=offset).to_dict()


@router.get("/entities/{entity_id:path}")
def entity(store: Reader, entity_id: str) -> dict[str, Any]:
    return service.entity_profile(store, entity_id)


@router.get("/quotes")
def quotes(store: Reader, quoted: Quoted, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return quoted.page(store, limit=limit, offset=offset).to_dict()


@router.get("/quotes/linked")
def linked_quotes(store: Reader, quoted: Quoted, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Quotes found in several articles, as ``newsdesk quotes --linked``."""
    return quoted.page(store, limit=limit, offset=offset, linked=True).to_dict()


@router.get("/sources")
def sources(store: Reader, outlet: str | None = None, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    page = service.list_sources(store, outlet=outlet, limit=limit, offset=offset, profiles=True)
    return page.to_dict()


@router.get("/stories")
def stories(
    store: Reader,
    min_articles: Annotated[int, Query(ge=1)] = 1,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    return service.list_stories(store, min_articles=min_articles, limit=limit, offset=offset).to_dict()


@router.get("/stories/{story_id}")
def story(store: Reader, story_id: str) -> dict[str, Any]:
    return service.story_detail(store, story_id)


@router.get("/stories/{story_id}/framing")
def story_framing(store: Reader, story_id: str) -> Response:
    """The same JSON as ``newsdesk framing STORY --format json``."""
    document = service.framing_document(store, story_id, format="json")
    return Response(document, media_type="application/json")


@router.get("/lineage")
def lineage(store: Reader, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    """Every copy link, as ``newsdesk lineage``."""
    return service.copy_links(store, limit=limit, offset=offset).to_dict()


@router.get("/lineage/{article}")
def article_lineage(store: Reader, article: str) -> dict[str, Any]:
    """One article's copy links and its story's sources, as ``newsdesk lineage ARTICLE``."""
    return service.article_lineage(store, article)


@router.get("/timeline")
def timeline(
    request: Request,
    store: Reader,
    dates: DateRange,
    entity: str | None = None,
    readable: Annotated[bool, Query(description="One entry per sentence, as `newsdesk timeline` prints it.")] = False,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    events = service.timeline(store, entity=entity, date_from=dates.since, date_to=dates.until,
                              readable=readable, merged=desk_of(request).timeline_events(store))
    return paged(events, limit, offset)


@router.get("/claims")
def claims(store: Reader, conflicts: bool = False, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return paged(service.claims(store, conflicts_only=conflicts), limit, offset)


@router.get("/footprint")
def footprint(
    request: Request, store: Reader, power: str, country: str, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    evidence = functools.partial(desk_of(request).footprint_evidence, store)
    found = service.footprint(store, power=power, country=country, evidence=evidence)
    return {**paged(found["points"], limit, offset), "summary": found["summary"]}


@router.get("/footprint/countries")
def footprint_countries(
    request: Request, store: Reader, power: str, limit: Limit = 50, offset: Offset = 0
) -> dict[str, Any]:
    """The countries where ``power`` has evidenced points, most first, with their counts."""
    evidence = functools.partial(desk_of(request).footprint_evidence, store)
    found = service.footprint_countries(store, power=power, evidence=evidence)
    return {**paged(found["countries"], limit, offset), "power": found["power"]}


@router.get("/brief")
def brief(request: Request, store: Reader, settings: BriefAsked) -> Response:
    """The same JSON as ``newsdesk brief --format json``, built once per change of the store
    (``Desk.brief``)."""
    made = brief_of(request, store, settings)
    from newsdesk.brief.render import render_json

    return Response(render_json(made), media_type="application/json")


@router.get("/ask")
def ask(
    request: Request,
    q: Annotated[str, Query(min_length=1)],
    limit: Annotated[int, Query(ge=1, le=50)] = 5,
) -> Response:
    """The same JSON as ``newsdesk ask --format json``."""
    answer = desk_of(request).ask(q, limit=limit)
    return Response(service.render_answer(answer, format="json"), media_type="application/json")


@router.post("/ingest", status_code=202)
async def ingest(request: Request) -> dict[str, str]:
    """Multipart files in ``files`` (recognised by content), or JSON ``{"urls"}``/``{"feeds"}``."""
    desk = desk_of(request)
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        inputs = await saved_uploads(request, desk)
        return {"job": desk.submit_ingest(inputs).id}
    urls, follow = json_urls(await request.body())
    return {"job": desk.submit_ingest(urls, follow_links=follow).id}


@router.post("/analyse", status_code=202)
def analyse(request: Request) -> dict[str, str]:
    """Analyse what is stored and not yet analysed, as ``newsdesk analyse`` (an ingest over
    HTTP does it by itself; this is for articles ingested beside the server)."""
    return {"job": desk_of(request).submit_analyse().id}


async def saved_uploads(request: Request, desk: Desk) -> list[str]:
    form = await request.form(max_files=MAX_UPLOAD_FILES, max_part_size=MAX_UPLOAD_BYTES)
    uploads = [item for item in form.getlist("files") if hasattr(item, "read")]
    if not uploads:
        raise UsageError("no files in the form field 'files'")
    return [desk.save_upload(await item.read(MAX_UPLOAD_BYTES + 1), filename=item.filename) for item in uploads]


def json_urls(body: bytes) -> tuple[list[str], bool]:
    try:
        data = json.loads(body or b"{}")
    except ValueError as e:
        raise UsageError(f"the request body is not JSON ({e})") from e
    if not isinstance(data, dict) or not (data.get("urls") or data.get("feeds")):
        raise UsageError('send {"urls": [...]} or {"feeds": [...]}, or multipart files')
    for key in ("urls", "feeds"):
        if not isinstance(data.get(key) or [], list):
            raise UsageError(f'"{key}" must be a list of http(s) URLs, got {str(data[key])[:80]!r}')
    urls = [*(data.get("urls") or []), *(data.get("feeds") or [])]
    for url in urls:
        problem = url_problem(url) if isinstance(url, str) else "not an http(s) URL"
        if problem:
            raise UsageError(f"{str(url)[:80]!r}: {problem}; only http(s) URLs can be ingested")
    return urls, bool(data.get("feeds"))


@router.get("/jobs/{job_id}")
def job(request: Request, job_id: str) -> dict[str, Any]:
    """``{"state": "queued|running|done|failed", progress, counts, errors}``."""
    answer = desk_of(request).jobs.get(job_id).to_dict()
    answer["errors"] = [worded_job_error(error) for error in answer["errors"]]
    return answer


def worded_job_error(text: str) -> str:
    """A job's error as a client reads it: the setting a reason names is the request's field
    where it has one (a feed sent in ``"feeds"`` is followed to its pages), else the server's."""
    return worded_reason(text, _ingest_setting)


def _ingest_setting(name: str) -> str:
    if name == "allow_private":  # no setting: the server never fetches a private address
        return "the server's rule: public hosts only"
    return 'the URL to "feeds"' if name == "follow_links" else server_setting(name)


def server_setting(name: str) -> str:
    """A setting of reading that a request cannot change: the server's own."""
    return f"the server's {name} setting"
