"""The server-rendered pages: Jinja2 with autoescaping, htmx for the job progress poll."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment, FileSystemLoader

from newsdesk import service
from newsdesk.brief.render import http_url
from newsdesk.entities.crossscript import cyrillic
from newsdesk.errors import EMPTY_STORE, INDEXING, NOT_ANSWERED, NotFoundError, UsageError
from newsdesk.languages import NOT_ANALYSED_YET, analysis_skipped
from newsdesk.plurals import count_noun
from newsdesk.service.desk import Desk
from newsdesk.web import api
from newsdesk.web.charts import bar_chart
from newsdesk.web.highlight import CaptionSpan, Span, layer_spans, pieces

router = APIRouter(include_in_schema=False)
PAGE = 50
LAYERS = {
    "entity": "entities",
    "quote": "quotes",
    "figure": "figures",
    "event": "events",
    "reused": "reused passages",
}


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) URL, else None: only those become links."""
    return http_url(url.strip()) if url else None


_env = Environment(loader=FileSystemLoader(Path(__file__).parent / "templates"), autoescape=True)
_env.filters["safe_url"] = safe_url
_env.filters["job_error"] = api.worded_job_error
_env.filters["count_noun"] = count_noun
_env.globals["LAYERS"] = LAYERS
_env.globals["empty_store"] = EMPTY_STORE
_env.globals["not_answered"] = NOT_ANSWERED
_env.tests["cyrillic"] = cyrillic

Reader = api.Reader
#: A page's dates, as the API's; a form sends an empty field for a date not given.
DateRange = api.DateRange


def _not_analysed(language: str | None, layers: dict[str, Any] | None = None) -> str | None:
    """What an article page says when its language is not analysed, or when an article in an
    analysed language has no ``layers`` yet (None when it is analysed)."""
    reason = analysis_skipped(language) or (None if layers else NOT_ANALYSED_YET)
    if reason is None or reason.startswith("not analysed"):
        return reason
    return f"not analysed: {reason}"


_env.globals["not_analysed"] = _not_analysed


def compile_templates() -> None:
    """Compile every page's template now (Jinja2 keeps them compiled), not on its first visit
    (a tenth of a CPU second for all of them; the server's start does it first)."""
    for name in _env.list_templates():
        _env.get_template(name)


def render(name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(_env.get_template(name).render(**context), status_code=status)


def error_page(request: Request, *, status: int, message: str) -> HTMLResponse:
    return render("error.html", status=status, status_code=status, message=message)


#: A setting as a page's form labels it, where that is not the request's name for it.
_LABELS = {"q": "words"}


def _refused(error: NotFoundError | UsageError) -> tuple[int, str]:
    """The status and message of a filter the service refused (an entity it does not know, a
    date it cannot read), for a page that shows them over its filled form, where the filter
    can be corrected: the error page alone showed no form."""
    message = error.worded(lambda setting: _LABELS.get(setting) or api.field_name(setting))
    return (404 if isinstance(error, NotFoundError) else 422), message


def _pager(request: Request, page: service.Page) -> dict[str, str | None]:
    def at(offset: int) -> str:
        params = dict(request.query_params) | {"offset": str(offset)}
        return f"{request.url.path}?{urlencode(params)}"

    limit = page.limit or PAGE
    last = (page.total - 1) // limit * limit if page.total else 0  # where the last page starts
    return {
        "prev": at(max(0, min(page.offset - limit, last))) if page.offset else None,
        "next": at(page.offset + limit) if page.offset + limit < page.total else None,
    }


#: What the home page says while the brief of the store as it now is is being built.
BUILDING_BRIEF = ("the brief of the store as it now is is being built (it reads every article: "
                  "half a minute at 600 articles); this page shows it once it is ready")
#: What the timeline and footprint pages say while what they read is being made.
BUILDING_TIMELINE = ("the timeline of the store as it now is is being built (it reads every "
                     "article's events: seconds at 600 articles); this page shows it once it is ready")
BUILDING_FOOTPRINT = ("the footprints' evidence of the store as it now is is being read (every "
                      "event, figure and quote: seconds at 600 articles); this page shows it once "
                      "it is ready")


class _Making(Exception):
    """What a page reads of the whole store is still being made (``Desk.soon``)."""


@router.get("/", response_class=HTMLResponse)
def home(request: Request, store: Reader) -> HTMLResponse:
    """The latest brief (built once per change of the store), the largest stories, a search box.
    A brief not made within ``HOME_WAIT`` seconds is said to be in the making
    (``Desk.home_brief``)."""
    desk: Desk = request.app.state.desk
    made = desk.home_brief()
    return render(
        "home.html",
        brief=made,
        building=BUILDING_BRIEF,
        numbers=_citation_numbers(made) if made is not None else {},
        stories=service.list_stories(store, limit=10),
        latest=service.list_articles(store, limit=10),
    )


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    store: Reader,
    filters: api.Filters,
    offset: api.Offset = 0,
) -> HTMLResponse:
    languages = service.article_languages(store)
    try:
        page = filters.page(store, limit=PAGE, offset=offset)
    except (NotFoundError, UsageError) as error:
        status, message = _refused(error)
        empty = service.Page(total=0, items=[])
        return render("search.html", status, page=empty, filters=filters, languages=languages, error=message)
    return render("search.html", page=page, filters=filters, paging=_pager(request, page), languages=languages)


def _hl_span(hl: str | None) -> Span | None:
    start, sep, end = (hl or "").partition("-")
    if not (sep and start.isdigit() and end.isdigit()):
        return None
    return Span(int(start), int(end), "hl", "cited span")


@router.get("/articles/{article_id}", response_class=HTMLResponse)
def article(
    store: Reader,
    article_id: str,
    hl: str | None = None,
    caption: Annotated[int | None, Query(ge=0)] = None,
) -> HTMLResponse:
    """The article; ``hl`` marks a span of its text, or with ``caption`` (an index in its
    ``removed`` lines) a span of that photo caption, where the records read from it point."""
    detail = service.article_detail(store, article_id)
    spans = layer_spans(detail.layers, detail.entities, detail.links, detail.article.id)
    marked = _hl_span(hl)
    caption_marked = None
    if caption is not None and marked is not None:
        caption_marked = CaptionSpan(caption, marked.start, marked.end)
        marked = None
    text = detail.article.text
    return render(
        "article.html",
        detail=detail,
        a=detail.article,
        marked=marked,
        caption_marked=caption_marked,
        pieces=pieces(text, [*spans, *([marked] if marked else [])]),
        quotes=detail.layers.get("quotes", []),
        figures=detail.layers.get("figures", []),
    )


@router.get("/entities", response_class=HTMLResponse)
def entities(
    request: Request,
    store: Reader,
    q: str | None = None,
    type: str | None = None,
    offset: api.Offset = 0,
) -> HTMLResponse:
    filters = {"q": q or "", "type": (type or "").strip().upper()}  # the select names types in capitals
    try:
        page = service.list_entities(store, q=q, type=type, limit=PAGE, offset=offset)
    except UsageError as error:
        status, message = _refused(error)
        return render("entities.html", status, page=service.Page(total=0, items=[]), **filters, error=message)
    return render("entities.html", page=page, **filters, paging=_pager(request, page))


@router.get("/entities/{entity_id:path}", response_class=HTMLResponse)
def entity(store: Reader, entity_id: str, done: str | None = None) -> HTMLResponse:
    profile = service.entity_profile(store, entity_id)
    chart = bar_chart(
        [(m["month"], m["articles"]) for m in profile["months"]],
        title=f"articles naming {profile['entity']['name']} per month",
    )
    return render("entity.html", e=profile, chart=chart, done=done)


@router.post("/entities/{entity_id}/decision")
def entity_decision(
    request: Request,
    entity_id: str,
    action: Annotated[str, Form()],
    value: Annotated[str, Form(min_length=1, max_length=200)],
) -> RedirectResponse:
    """Merge, split or rename, written as ``POST /api/entities/...`` writes it; then the job's
    page. A name that names no entity is refused at once, as the API refuses it."""
    if action not in ("merge", "split", "rename"):
        raise UsageError(f"unknown action {action[:20]!r}; choose merge, split or rename")
    desk: Desk = request.app.state.desk
    written = desk.decide(action=action, subject=entity_id, value=value)
    return RedirectResponse(f"/jobs/{written.job.id}", status_code=303)


@router.get("/stories", response_class=HTMLResponse)
def stories(request: Request, store: Reader, offset: api.Offset = 0) -> HTMLResponse:
    page = service.list_stories(store, limit=PAGE, offset=offset)
    return render("stories.html", page=page, paging=_pager(request, page))


@router.get("/stories/{story_id}", response_class=HTMLResponse)
def story(store: Reader, story_id: str) -> HTMLResponse:
    return render("story.html", s=service.story_detail(store, story_id))


@router.get("/sources", response_class=HTMLResponse)
def sources(
    request: Request,
    store: Reader,
    outlet: str | None = None,
    offset: api.Offset = 0,
) -> HTMLResponse:
    page = service.list_sources(store, outlet=outlet, limit=PAGE, offset=offset, profiles=True)
    return render("sources.html", page=page, outlet=outlet or "", paging=_pager(request, page))


@router.get("/quotes", response_class=HTMLResponse)
def quotes(
    request: Request,
    store: Reader,
    quoted: api.Quoted,
    offset: api.Offset = 0,
) -> HTMLResponse:
    page = quoted.page(store, limit=PAGE, offset=offset)
    return render(
        "quotes.html",
        page=page,
        speaker=quoted.speaker or "",
        outlet=quoted.outlet or "",
        paging=_pager(request, page),
    )


@router.get("/timeline", response_class=HTMLResponse)
def timeline(
    request: Request, store: Reader, dates: DateRange, entity: str | None = None
) -> HTMLResponse:
    filters = {"entity": entity, "since": dates.since, "until": dates.until}
    merged = request.app.state.desk.timeline_soon()
    if merged is None:
        return render("timeline.html", events=[], chart=None, filters=filters, building=BUILDING_TIMELINE)
    try:
        events = service.timeline(store, entity=entity, date_from=dates.since, date_to=dates.until,
                                  merged=merged)
    except (NotFoundError, UsageError) as error:
        status, message = _refused(error)
        return render("timeline.html", status, events=[], chart=None, filters=filters, error=message)
    months = Counter((event["date"] or "")[:7] for event in events if event.get("date"))
    chart = bar_chart(sorted(months.items()), title="events per month")
    return render("timeline.html", events=events, chart=chart, filters=filters)


@router.get("/footprint", response_class=HTMLResponse)
def footprint(
    request: Request, store: Reader, power: str | None = None, country: str | None = None
) -> HTMLResponse:
    if country and not power:  # the form sent half filled: say which half is missing
        return render(
            "footprint.html",
            status=422,
            found=None,
            charts={},
            power="",
            country=country,
            missing=_footprint_missing(power, country),
        )
    desk: Desk = request.app.state.desk

    def evidence() -> Any:  # asked only of known names: a refusal needs no evidence
        found = desk.evidence_soon()
        if found is None:
            raise _Making
        return found

    try:
        if power and not country:  # where the power is seen, each country a link to its footprint
            listed = service.footprint_countries(store, power=power, evidence=evidence)
            return render("footprint.html", found=None, charts={}, power=power, country="", listed=listed)
        found = (service.footprint(store, power=power, country=country, evidence=evidence)
                 if power and country else None)
    except _Making:
        return render("footprint.html", found=None, charts={}, power=power, country=country or "",
                      building=BUILDING_FOOTPRINT)
    except (NotFoundError, UsageError) as error:  # a power or country it does not know
        status, message = _refused(error)
        return render(
            "footprint.html", status, found=None, charts={}, power=power, country=country or "", missing=message
        )
    charts = {}
    for dimension, years in (found["summary"] if found else {}).items():
        charts[dimension] = bar_chart(
            sorted((str(y), n) for y, n in years.items()),
            title=f"{dimension} points per year",
            height=60,
        )
    return render("footprint.html", found=found, charts=charts, power=power or "", country=country or "")


def _footprint_missing(power: str | None, country: str | None) -> str:
    """What a footprint asked with a country alone lacks, said as the page's message."""
    return f"a footprint in {country!r} needs a power too: the outside state or organisation seen there (e.g. China)"


#: How many comparisons of figures the claims page lists; the API pages through all of them.
CLAIMS_SHOWN = 500


@router.get("/claims", response_class=HTMLResponse)
def claims(store: Reader, conflicts: bool = False) -> HTMLResponse:
    found = service.claims(store, conflicts_only=conflicts)
    return render("claims.html", claims=found[:CLAIMS_SHOWN], total=len(found), conflicts=conflicts)


@router.get("/brief", response_class=HTMLResponse)
def brief(request: Request, store: Reader, settings: api.BriefAsked) -> HTMLResponse:
    """The brief as ``GET /api/brief`` gives it, its dates and length named as there; built
    once per change of the store (``Desk.brief``), so the home page's link opens the brief it
    shows."""
    from newsdesk.brief.model import SECTIONS

    topic = settings.topic or ""
    filters = {name: getattr(settings, name) for name in ("since", "until", "entity", "length")}
    try:
        made = api.brief_of(request, store, settings)
    except (NotFoundError, UsageError) as error:  # an entity it does not know
        status, message = _refused(error)
        return render("brief.html", status, brief=None, topic=topic, filters=filters, error=message)
    return render(
        "brief.html",
        brief=made,
        sections=SECTIONS,
        topic=topic,
        filters=filters,
        numbers=_citation_numbers(made),
        store_empty=not made.items() and not service.article_rows(store, limit=1).total,
    )


def _citation_numbers(made: Any) -> dict[Any, int]:
    numbers: dict[Any, int] = {}
    for _, item in made.items():
        for citation in item.citations:
            numbers.setdefault(citation, len(numbers) + 1)
    return numbers


@router.get("/ask", response_class=HTMLResponse)
def ask(request: Request, q: str | None = None) -> HTMLResponse:
    """The question's answer; the form alone says when the first question will build the
    retrieval index first (the store changed since it was built)."""
    desk: Desk = request.app.state.desk
    if q and q.strip():
        return render("ask.html", q=q, answer=desk.ask(q, limit=5))
    with desk.reading() as store:
        current = service.ask_index_current(store)
    return render("ask.html", q=q or "", answer=None, indexing=None if current else INDEXING)


@router.get("/upload", response_class=HTMLResponse)
def upload_page() -> HTMLResponse:
    return render("upload.html")


@router.post("/upload")
async def upload(request: Request) -> RedirectResponse:
    """The upload form: files, or URLs and feeds one per line, queued as one ingest job."""
    desk: Desk = request.app.state.desk
    form = await request.form(max_files=api.MAX_UPLOAD_FILES, max_part_size=api.MAX_UPLOAD_BYTES)
    urls, feeds = str(form.get("urls") or "").split(), str(form.get("feeds") or "").split()
    chosen = [item for item in form.getlist("files") if getattr(item, "filename", None)]
    if urls or feeds:
        found, follow = api.json_urls(json.dumps({"urls": urls, "feeds": feeds}).encode())
        job = desk.submit_ingest(found, follow_links=follow)
    elif not chosen:  # the form sent as it was opened (the API's words name its field 'files')
        raise UsageError("nothing to add: choose files, or write URLs or feeds one a line")
    else:
        job = desk.submit_ingest(await api.saved_uploads(request, desk))
    return RedirectResponse(f"/jobs/{job.id}", status_code=303)


@router.get("/jobs/{job_id}", response_class=HTMLResponse)
def job_page(request: Request, job_id: str) -> HTMLResponse:
    return render("job.html", job=request.app.state.desk.jobs.get(job_id))


@router.get("/jobs/{job_id}/status", response_class=HTMLResponse)
def job_status(request: Request, job_id: str) -> HTMLResponse:
    return render("job_status.html", job=request.app.state.desk.jobs.get(job_id))
