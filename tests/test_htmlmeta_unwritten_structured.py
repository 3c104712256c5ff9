"""Metadata from HTML: a structured author that the page writes nowhere, against the byline
the page prints.

Each snippet is a minimal page written for the test. A JSON-LD or ``<meta>`` author whose
name the page's text never writes is what the publishing system holds (the account that
entered the article, an editor, an analytics tag's name), which no reader sees; the byline
the page prints names other people, and by the written rules the byline is the author. It
wins where a source of another kind names its people too (the author markup, trafilatura's
guess, another reading of the byline) or where it stands by the headline. A structured name
that the page writes stays, and so does one that a lone byline element contradicts away
from the headline (it may be a teaser's).
"""

from __future__ import annotations

import pytest

from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta_unseen import URL, json_ld, page

EDITOR = '<meta name="author" content="Carl Weber">'
EDITOR_LD = json_ld(author={"@type": "Person", "name": "Carl Weber"})
BYLINE = '<p class="byline">By Ann Miller</p>'
LINKED = '<p class="byline">By <a rel="author" href="/author/ann-miller">Ann Miller</a></p>'
#: Another article's card below the text, with its own byline element.
TEASER = '<h4><a href="/news/parking">Parking fees rise</a></h4>'
CARD = f'<div class="more">{TEASER}<p class="byline">Ann Miller</p></div>'


def card_after_text(html: str) -> str:
    return html.replace("</article>", f"{CARD}</article>")


@pytest.mark.parametrize(
    ("html", "guess", "authors", "source"),
    [
        # the byline by the headline names another writer than the unwritten metadata
        pytest.param(page(EDITOR, after=BYLINE), None, ["Ann Miller"], "byline", id="meta"),
        pytest.param(page(EDITOR_LD, after=BYLINE), None, ["Ann Miller"], "byline", id="json-ld"),
        # the byline and its author link agree
        pytest.param(page(EDITOR_LD, after=LINKED), None, ["Ann Miller"], "byline", id="rel-author"),
        # the byline and trafilatura's guess agree
        pytest.param(page(EDITOR, after=BYLINE), "Ann Miller", ["Ann Miller"], "byline", id="guess"),
        # the structured name is written on the page (an editor's line): it stays
        pytest.param(
            page(EDITOR_LD, after=BYLINE + '<p class="editor">Edited by Carl Weber</p>'),
            None,
            ["Carl Weber"],
            "json-ld author",
            id="structured-written",
        ),
        # one byline element of another article's card, after the text: it stays
        pytest.param(card_after_text(page(EDITOR)), None, ["Carl Weber"], "meta author", id="card"),
        # no byline printed: the metadata is the author
        pytest.param(page(EDITOR_LD), None, ["Carl Weber"], "json-ld author", id="no-byline"),
    ],
)
def test_an_unwritten_structured_author_yields_to_a_confirmed_byline(html, guess, authors, source):
    result = read_page_metadata(html, url=URL, fallback={"author": guess})
    assert result.authors == authors
    assert result.found["authors"] == source
