"""The service layer: typed operations that the CLI, the HTTP API and the web pages all call.

Each operation takes an open ``Store`` and keyword-only filters and returns plain data
(dataclasses and dicts); none of them prints or opens a store. An id or name that
names nothing raises ``NotFoundError``. Reads are in ``reads.py``, writes in ``writes.py``,
the live desk's feeds, watchlists, alerts and schedules in ``live.py``, answers and framing
documents in ``documents.py``. What adds nothing to the function that does it (writing a
brief, ``ask``, a chart, an export, removing a feed, watchlist or schedule, the ``watch``
loop, like ``ingest`` and ``analyse``) the faces call where it is. ``Desk`` (in ``desk.py``) owns the store of a running server and its job runner; a face
gets the store for one command through ``reading`` and ``writing`` (``stores.py``).
"""

from newsdesk.service.documents import check_text_format, framing_document, render_answer
from newsdesk.service.live import (
    add_feed,
    add_schedule,
    add_watchlist,
    list_alerts,
    list_feeds,
    list_issues,
    list_schedules,
    list_watchlists,
    watch_status,
)
from newsdesk.service.reads import (
    ArticleDetail,
    Page,
    article_detail,
    article_languages,
    article_lineage,
    article_record,
    article_rows,
    ask_index_current,
    brief,
    claims,
    copy_links,
    corpus_state,
    entity_decisions,
    entity_profile,
    find_entity,
    footprint,
    footprint_countries,
    list_articles,
    list_entities,
    list_quotes,
    list_sources,
    list_stories,
    page_of,
    resolve_article,
    resolve_story,
    story_detail,
    timeline,
)
from newsdesk.service.stores import DEFAULT_DB, Store, reading, writing
from newsdesk.service.writes import decide_entity

__all__ = [
    "DEFAULT_DB",
    "ArticleDetail",
    "Page",
    "Store",
    "add_feed",
    "add_schedule",
    "add_watchlist",
    "article_detail",
    "article_languages",
    "article_lineage",
    "article_record",
    "article_rows",
    "ask_index_current",
    "brief",
    "check_text_format",
    "claims",
    "copy_links",
    "corpus_state",
    "decide_entity",
    "entity_decisions",
    "entity_profile",
    "find_entity",
    "footprint",
    "footprint_countries",
    "framing_document",
    "list_alerts",
    "list_articles",
    "list_entities",
    "list_feeds",
    "list_issues",
    "list_quotes",
    "list_schedules",
    "list_sources",
    "list_stories",
    "list_watchlists",
    "page_of",
    "reading",
    "render_answer",
    "resolve_article",
    "resolve_story",
    "story_detail",
    "timeline",
    "watch_status",
    "writing",
]
