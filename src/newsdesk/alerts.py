"""Watchlists and their alerts: what to watch, matching new articles, and delivering alerts.

A watchlist names entities, keywords, outlets, countries and event types. A watched entity
is looked up in the corpus entity registry and matches every alias the registry holds for it
(watching Tokayev also catches Toqaev), through the stored entity mentions. A new article
raises an alert when it mentions a watched entity, quotes a watched speaker, reports an event
of a watched type (with a watched actor, when entities are watched), reports a figure that
conflicts with an earlier article's figure about the same measure (``figures.compare_claims``),
or matches a keyword, outlet or country. Each alert carries its evidence spans (article id,
start, end, text) and links. A story (``newsdesk stories``) alerts a watchlist once: the
articles of a new story that arrive together share one alert; later ones raise none, except
one more alert per story for a figure that conflicts with an earlier report.

Deliveries: the store (``newsdesk alerts``), e-mail (smtplib), an Atom feed per watchlist
(feedgen) and a webhook (a JSON POST with httpx). A failed delivery stays pending and is
retried on the next cycle.
"""

from __future__ import annotations

import hashlib
import logging
import re
import smtplib
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from email.utils import parseaddr
from functools import cached_property
from pathlib import Path
from typing import Any

import httpx

from newsdesk.entities.gazetteer import load_gazetteer
from newsdesk.errors import NewsdeskError, NotFoundError, UsageError
from newsdesk.feeds import check_name, iso
from newsdesk.fetch import public_client, url_problem
from newsdesk.store import Store, open_store

log = logging.getLogger(__name__)

CRITERIA = ("entities", "keywords", "outlets", "countries", "event_types")
CONFLICT, STORY = "figure conflict", "story"
#: Alert kinds, the strongest first: an article matching several is filed under the first.
KINDS = ("figure conflict", "quoted", "event", "mention", "keyword", "country", "outlet")
_MAILBOX = re.compile(r"[^@\s<>,;]+@[^@\s<>,;]+")


@dataclass(slots=True)
class Deliveries:
    """Where a watchlist's alerts go besides the store."""

    email: list[str] = field(default_factory=list)
    smtp: str = "localhost:25"
    sender: str = "newsdesk@localhost"
    webhook: str | None = None
    atom: str | None = None
    public_only: bool = False  # the webhook posts to public addresses only (added over HTTP)


def add_watchlist(
    store: Store,
    name: str,
    *,
    criteria: dict[str, Sequence[str]],
    now: datetime,
    deliveries: Deliveries | None = None,
) -> dict[str, Any]:
    """Create a watchlist; articles stored before it are not alerted on."""
    check_name(name, kind="watchlist")
    clean = {
        key: [value.strip() for value in criteria.get(key) or [] if value.strip()]
        for key in CRITERIA
    }
    if not any(clean.values()):
        raise UsageError(
            "a watchlist needs at least one of {entities}, {keywords}, {outlets}, {countries} "
            "or {event_types}",
            options=CRITERIA,
        )
    clean["event_types"] = [event_type(value) for value in clean["event_types"]]
    for country in clean["countries"]:
        if country_code(country) is None:
            raise UsageError("{countries} {given!r}: no country of that name or ISO 3166 alpha-3 code "
                             "(Kazakhstan, KAZ)", options=("countries",), given=country)
    if any(row["name"] == name for row in store.list_watchlists()):
        raise UsageError("a watchlist named {given!r} exists; remove it first",
                         options=("name",), given=name)
    chosen = deliveries or Deliveries()
    check_deliveries(chosen)
    store.add_watchlist(
        name=name, criteria=clean, deliveries=_as_dict(chosen), created_at=iso(now)
    )
    return {"name": name, "criteria": clean}


#: A CAMEO code as an event record holds one: a root of two digits and one or two more.
_CAMEO_CODE = re.compile(r"\d{3,4}")


def event_type(value: str) -> str:
    """A watched event type as an event record writes it, so that it can match one: a PLOVER
    type the events layer gives (any case: ``consult`` is ``CONSULT``), a CAMEO code under one
    of its roots (``040``), or an action, the lemma of a verb of the CAMEO dictionary or a noun
    that reports an event (``met`` is watched as ``meet``). Anything else is a ``UsageError``
    naming the value and the types: a watchlist of ``BOGUS`` never alerted."""
    from newsdesk.events import TYPE_CODES
    from newsdesk.events.cameo import NOUN_TRIGGERS, PLOVER, cameo_dictionary

    if value.upper() in TYPE_CODES:
        return value.upper()
    if _CAMEO_CODE.fullmatch(value):
        if value[:2] in PLOVER:
            return value
    else:
        found = cameo_dictionary()["forms"].get(value.lower())
        if found or value.lower() in NOUN_TRIGGERS:
            return found[0] if found else value.lower()
    raise UsageError("{event_types} {given!r}: no PLOVER type, CAMEO code or action of an event; "
                     f"the types are {', '.join(TYPE_CODES)}", options=("event_types",),
                     given=value)


def saved_event_types(watchlist: dict[str, Any]) -> tuple[list[str], list[str]]:
    """A stored watchlist's event types as ``event_type`` writes them, and one line for each
    that is none (``watchlist kz: event type 'BOGUS' ...``): a watchlist saved before its
    event types were checked kept values that match no event, and said nothing of it."""
    kept, problems = [], []
    for value in watchlist["criteria"].get("event_types") or []:
        try:
            kept.append(event_type(value))
        except UsageError:
            problems.append(
                f"watchlist {watchlist['name']}: event type {value!r} is no PLOVER type, CAMEO "
                "code or action of an event and matches nothing; remove the watchlist and add "
                "it again"
            )
    return kept, problems


def country_code(country: str) -> str | None:
    """The gazetteer's ISO 3166 alpha-3 code of a country given by that code (``KAZ``, any
    case) or by a name the gazetteer gives it (``Kazakhstan``), else None: entities store
    their country as the code, so a watchlist's country by name and by code match the same
    mentions."""
    gazetteer = load_gazetteer()
    code = country.strip().upper()
    entry = gazetteer.entries.get(code)
    if entry is not None and entry["kind"] == "country":
        return code
    return gazetteer.country_named(country.strip())


def check_deliveries(deliveries: Deliveries) -> None:
    """Refuse, when a watchlist is added, a channel that could never deliver: a recipient
    that is not one address, an SMTP server that is not HOST:PORT, a webhook that is not an
    http(s) URL (else every cycle would fail on it again)."""
    for address in deliveries.email:
        check_address("email", address)
    if deliveries.email:
        check_address("sender", deliveries.sender)
        check_smtp(deliveries.smtp)
    if deliveries.webhook is not None:
        problem = url_problem(deliveries.webhook)
        if problem:
            raise UsageError("{webhook} {given!r}: {problem}", options=("webhook",),
                             given=deliveries.webhook, problem=problem)


def check_smtp(smtp: str) -> None:
    """Raise a ``UsageError`` naming ``smtp`` unless it is HOST:PORT (a watchlist's relay,
    the one ``watch`` sends the newsletter through)."""
    host, _, port = smtp.rpartition(":")
    if not host or not port.isdigit():
        raise UsageError("{smtp} wants HOST:PORT, got {given!r}", options=("smtp",), given=smtp)


def check_address(option: str, address: str) -> None:
    """Raise a ``UsageError`` naming the setting ``option`` (``email``, ``to``) unless
    ``address`` is one e-mail address (``desk@example.org`` or ``Desk <desk@example.org>``)."""
    _, found = parseaddr(address)
    bare = "<" not in address and found != address.strip()
    if "\n" in address or "\r" in address or bare or not _MAILBOX.fullmatch(found):
        raise UsageError(f"{{{option}}} {{address!r}}: not an e-mail address",
                         options=(option,), address=address)


def _as_dict(deliveries: Deliveries) -> dict[str, Any]:
    return {key: getattr(deliveries, key) for key in Deliveries.__slots__}


def remove_watchlist(store: Store, name: str) -> None:
    if not store.remove_watchlist(name):
        raise NotFoundError(f"no watchlist named {name!r}", kind="watchlist")


# -- matching -----------------------------------------------------------------------------


@dataclass(slots=True)
class _Targets:
    """A watchlist's criteria resolved against the registry: entity names with all aliases."""

    entities: list[tuple[str, list[str], list[str]]]  # (canonical, ids, aliases)
    criteria: dict[str, list[str]]


def _targets(store: Store, criteria: dict[str, list[str]]) -> _Targets:
    entities = []
    for name in criteria["entities"]:
        found = store.entity_names(name)
        entities.append(found if found else (name, [], [name]))
    return _Targets(entities, criteria)


def evaluate_watchlists(*, db: str, now: datetime) -> tuple[int, list[str]]:
    """Evaluate every watchlist on the articles it has not seen; store the alerts. Returns
    how many were stored and a line for each saved event type that matches nothing."""
    with open_store(db) as store:
        watchlists = store.list_watchlists()
        if not watchlists:
            return 0, []
        context = _Context(store)
        problems = [line for watchlist in watchlists for line in saved_event_types(watchlist)[1]]
        count = sum(
            _evaluate(store, watchlist, context=context, now=now) for watchlist in watchlists
        )
        return count, problems


class _Context:
    """Corpus facts shared by every watchlist of one evaluation, read once when first needed
    (a cycle with no new article reads none of them)."""

    def __init__(self, store: Store) -> None:
        self.store = store

    @cached_property
    def quotes(self) -> dict[str, list[dict[str, Any]]]:
        return self.store.layer("quotes")

    @cached_property
    def events(self) -> dict[str, list[dict[str, Any]]]:
        return self.store.layer("events")

    @cached_property
    def stories(self) -> dict[str, str]:
        return self.store.article_stories()

    @cached_property
    def claims(self) -> list[dict[str, Any]]:
        from newsdesk.figures import compare_claims

        claims = compare_claims(self.store.layer("figures"))
        return [claim for claim in claims if claim["verdict"] == "conflict"]

    def conflicts(self, article_id: str) -> list[dict[str, Any]]:
        return [
            claim
            for claim in self.claims
            if article_id in {figure["article_id"] for figure in claim["figures"]}
        ]


def _evaluate(store: Store, watchlist: dict[str, Any], *, context: _Context, now: datetime) -> int:
    """Alert once per new story (the articles of one story that arrive together share it), and
    once more per story when a later article's figure conflicts with an earlier report."""
    criteria = {**watchlist["criteria"], "event_types": saved_event_types(watchlist)[0]}
    targets = _targets(store, criteria)
    alerted = {(story, _family(kind)) for story, kind in store.alerted_stories(watchlist["name"])}
    found: dict[tuple[str, str], list[tuple[dict[str, Any], list[dict[str, Any]]]]] = {}
    checked = []
    for article in store.unchecked_articles(watchlist["name"]):
        checked.append(article["id"])
        story = context.stories.get(article["id"], article["id"])
        if (story, CONFLICT) in alerted:
            continue
        evidence = _match(store, article, targets=targets, context=context)
        family = CONFLICT if (story, STORY) in alerted else STORY
        if family == CONFLICT:
            evidence = [span for span in evidence if span["kind"] == CONFLICT]
        if evidence:
            found.setdefault((story, family), []).append((article, evidence))
    alerts = [
        _alert(watchlist["name"], matches, story=story, family=family, now=now)
        for (story, family), matches in found.items()
    ]
    store.save_alerts(watchlist["name"], alerts, checked)
    return len(alerts)


def _family(kind: str) -> str:
    """A story alerts once as a story and once for a conflicting figure."""
    return CONFLICT if kind == CONFLICT else STORY


def _match(
    store: Store, article: dict[str, Any], *, targets: _Targets, context: _Context
) -> list[dict[str, Any]]:
    """Evidence spans of everything watched in one article, strongest kind first."""
    evidence = _entity_evidence(store, article, targets=targets, context=context)
    evidence += _criteria_evidence(store, article, targets=targets, context=context)
    if evidence:
        evidence += _conflict_evidence(article["id"], context=context)
    return sorted(evidence, key=_strength)


def _strength(span: dict[str, Any]) -> tuple[int, int]:
    return KINDS.index(span["kind"]), span["start"]


def _entity_evidence(
    store: Store, article: dict[str, Any], *, targets: _Targets, context: _Context
) -> list[dict[str, Any]]:
    evidence = []
    for canonical, ids, aliases in targets.entities:
        spans = store.entity_spans(article["id"], ids) if ids else []
        spans = spans or _word_spans(article["text"], aliases)
        evidence += [_span(article, span, kind="mention", item=canonical) for span in spans]
        names = {alias.lower() for alias in aliases}
        for quote in context.quotes.get(article["id"], []):
            if (quote.get("speaker") or "").lower() in names or (quote.get("entity") in ids):
                evidence.append(_span(article, quote, kind="quoted", item=canonical))
    return evidence


def _criteria_evidence(
    store: Store, article: dict[str, Any], *, targets: _Targets, context: _Context
) -> list[dict[str, Any]]:
    criteria, evidence = targets.criteria, []
    for keyword in criteria["keywords"]:
        evidence += [
            _span(article, span, kind="keyword", item=keyword)
            for span in _word_spans(article["text"], [keyword])
        ]
    for country in criteria["countries"]:
        evidence += [
            _span(article, span, kind="country", item=country)
            for span in store.country_spans(article["id"], country_code(country) or country)
        ]
    for outlet in criteria["outlets"]:
        if outlet.lower() in (article["outlet"] or "").lower():
            title = {"start": 0, "end": min(len(article["title"] or ""), len(article["text"]))}
            evidence.append(_span(article, title, kind="outlet", item=article["outlet"]))
    evidence += _event_evidence(article, targets=targets, context=context)
    return evidence


def _event_evidence(
    article: dict[str, Any], *, targets: _Targets, context: _Context
) -> list[dict[str, Any]]:
    wanted = {kind.lower() for kind in targets.criteria["event_types"]}
    evidence = []
    for event in context.events.get(article["id"], []) if wanted else []:
        types = {str(event.get(key) or "").lower() for key in ("plover", "cameo", "action")}
        involved = _watched_actors(event.get("actors", []) + event.get("targets", []), targets)
        if types & wanted and (involved or not targets.entities):
            item = involved[0] if involved else event.get("plover") or event.get("action")
            evidence.append(_span(article, event, kind="event", item=item))
    return evidence


def _watched_actors(actors: list[str], targets: _Targets) -> list[str]:
    """Canonical names of the watched entities among an event's actors: an actor is watched
    when one of the entity's aliases is a whole word of it ("Putin" in "Vladimir Putin")."""
    return [
        canonical
        for actor in actors
        for canonical, _, aliases in targets.entities
        if _word_spans(actor, aliases)
    ]


def _conflict_evidence(article_id: str, *, context: _Context) -> list[dict[str, Any]]:
    evidence = []
    for claim in context.conflicts(article_id):
        mine = next(f for f in claim["figures"] if f["article_id"] == article_id)
        other = next(f for f in claim["figures"] if f["article_id"] != article_id)
        item = claim.get("measure") or claim["unit"]
        span = _evidence(article_id, mine["start"], mine["end"], mine["text"])
        evidence.append({"kind": CONFLICT, "item": item, **span, "conflicts_with": other})
    return evidence


def _word_spans(text: str, words: Sequence[str]) -> list[dict[str, Any]]:
    """Whole-word, case-insensitive occurrences of any of ``words`` in ``text``."""
    spans = []
    for word in words:
        for match in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text, re.IGNORECASE):
            spans.append({"start": match.start(), "end": match.end(), "text": match.group()})
    return spans


def _span(
    article: dict[str, Any], record: dict[str, Any], *, kind: str, item: str
) -> dict[str, Any]:
    start, end = record["start"], record["end"]
    return {"kind": kind, "item": item, **_evidence(article["id"], start, end, article["text"][start:end])}


def _evidence(article_id: str, start: int, end: int, text: str) -> dict[str, Any]:
    """Where an alert's evidence stands: the article and the span of its text."""
    return {"article_id": article_id, "start": start, "end": end, "text": text}


def _alert(
    watchlist: str,
    matches: list[tuple[dict[str, Any], list[dict[str, Any]]]],
    *,
    story: str,
    family: str,
    now: datetime,
) -> dict[str, Any]:
    """The alert of one story: its first article, and the evidence of every article matched."""
    article = matches[0][0]
    evidence = sorted((span for _, spans in matches for span in spans), key=_strength)
    links = [a["url"] or a["path"] for a, _ in matches]
    return {
        "alert_id": hashlib.sha256(f"{watchlist}\x00{story}\x00{family}".encode()).hexdigest()[
            :16
        ],
        "kind": evidence[0]["kind"],
        "item": evidence[0]["item"],
        "article_id": article["id"],
        "title": article["title"],
        "story_id": story,
        "evidence": evidence,
        "links": list(dict.fromkeys(links)),
        "created_at": iso(now),
    }


# -- deliveries ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Batch:
    """A watchlist's pending alerts and where they go: what every channel is given."""

    watchlist: str
    alerts: list[dict[str, Any]]
    deliveries: dict[str, Any]
    db: str
    timeout: float


def deliver_alerts(*, db: str, timeout: float = 20.0) -> tuple[int, list[str]]:
    """Send every pending alert through its watchlist's channels; (delivered, problems)."""
    with open_store(db) as store:
        channels = {row["name"]: row["deliveries"] for row in store.list_watchlists()}
        pending = store.list_alerts(undelivered=True)
    delivered, problems = 0, []
    for watchlist, deliveries in channels.items():
        mine = [alert for alert in pending if alert["watchlist"] == watchlist]
        if mine:
            done, failed = _deliver(_Batch(watchlist, mine, deliveries, db=db, timeout=timeout))
            delivered, problems = delivered + done, problems + failed
    return delivered, problems


def _deliver(batch: _Batch) -> tuple[int, list[str]]:
    watchlist, alerts, deliveries = batch.watchlist, batch.alerts, batch.deliveries
    problems = []
    for channel, send in (
        ("email", _send_email),
        ("webhook", _post_webhook),
        ("atom", _write_atom),
    ):
        if deliveries.get(channel) and not all(a["delivered"].get(channel) for a in alerts):
            try:
                send(batch)
            except NewsdeskError as e:
                problems.append(f"watchlist {watchlist}: {channel}: {e}")
                continue
            for alert in alerts:
                alert["delivered"][channel] = True
    with open_store(batch.db) as store:
        for alert in alerts:
            wanted = [c for c in ("email", "webhook", "atom") if deliveries.get(c)]
            alert["delivered"]["done"] = all(alert["delivered"].get(c) for c in wanted)
            store.mark_delivered(alert["alert_id"], alert["delivered"])
    return sum(alert["delivered"]["done"] for alert in alerts), problems


def alert_line(alert: dict[str, Any]) -> str:
    """One line: watchlist, kind, watched item, article id and title."""
    return (
        f"{alert['watchlist']}: {alert['kind']} {alert['item']} in "
        f"[{alert['article_id']}] {alert['title'] or '(untitled)'}"
    )


def _payload(alert: dict[str, Any]) -> dict[str, Any]:
    keys = (
        "alert_id",
        "watchlist",
        "kind",
        "item",
        "article_id",
        "title",
        "story_id",
        "evidence",
        "links",
        "created_at",
    )
    return {key: alert[key] for key in keys}


def _send_email(batch: _Batch) -> None:
    deliveries = batch.deliveries
    message = EmailMessage()
    message["Subject"] = f"newsdesk: {len(batch.alerts)} alerts on {batch.watchlist}"
    message["From"], message["To"] = deliveries["sender"], ", ".join(deliveries["email"])
    message.set_content("\n\n".join(_alert_text(alert) for alert in batch.alerts))
    host, _, port = deliveries["smtp"].rpartition(":")
    try:
        with smtplib.SMTP(host, int(port), timeout=batch.timeout) as smtp:
            smtp.send_message(message)
    except (OSError, ValueError, smtplib.SMTPException) as e:
        raise NewsdeskError(f"cannot send through {deliveries['smtp']} ({e})") from e


def _alert_text(alert: dict[str, Any]) -> str:
    spans = [
        f"  [{e['article_id']} {e['start']}-{e['end']}] {e['kind']}: {e['text']}"
        for e in alert["evidence"][:5]
    ]
    return "\n".join([alert_line(alert), *spans, *(f"  {link}" for link in alert["links"])])


def _post_webhook(batch: _Batch) -> None:
    url = batch.deliveries["webhook"]
    body = {"watchlist": batch.watchlist, "alerts": [_payload(a) for a in batch.alerts]}
    try:
        if batch.deliveries.get("public_only"):
            with public_client(timeout=batch.timeout) as client:
                response = client.post(url, json=body)
        else:
            response = httpx.post(url, json=body, timeout=batch.timeout)
        response.raise_for_status()
    except httpx.HTTPError as e:
        raise NewsdeskError(f"{url}: {e}") from e


def _write_atom(batch: _Batch) -> None:
    """Rewrite the watchlist's Atom file from every alert it has in the store."""
    from feedgen.feed import FeedGenerator

    watchlist, target = batch.watchlist, Path(batch.deliveries["atom"])
    with open_store(batch.db, read_only=True) as store:
        everything = store.list_alerts(watchlist=watchlist)
    feed = FeedGenerator()
    feed.id(f"urn:newsdesk:watchlist:{hashlib.sha256(watchlist.encode()).hexdigest()[:16]}")
    feed.title(f"newsdesk alerts: {watchlist}")
    feed.link(href=batch.deliveries["atom"], rel="self")
    for alert in everything:
        entry = feed.add_entry()
        entry.id(f"urn:newsdesk:alert:{alert['alert_id']}")
        entry.title(alert_line(alert))
        entry.updated(alert["created_at"])
        entry.summary(_alert_text(alert))
        for link in alert["links"]:
            entry.link(href=link)
    try:  # a place that cannot be written fails this channel only; the alert stays pending
        target.parent.mkdir(parents=True, exist_ok=True)
        feed.atom_file(str(target), pretty=True)
    except OSError as e:
        raise NewsdeskError(f"{target}: cannot write the Atom feed ({e})") from e
