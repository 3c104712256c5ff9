"""Bylines: the author of a quotation is not the article's.

HTML gives ``<blockquote>`` and ``<q>`` to quoted text. A byline element or a "By" line inside
one names whoever the quotation is from (a pull quote's ``<cite class="auteurcit">``
"Laurence Bloch, directrice de France Inter" over a French chronicle; a quoted letter's
"Von Anna Berg"), not the writer of the article around it.
"""

from __future__ import annotations

import pytest

from newsdesk.htmlmeta import read_page_metadata
from test_htmlmeta_unseen import URL, page

PULL_QUOTE = (
    "<blockquote><p>Il faut quelqu'un de la stature d'un grand producteur.</p>"
    '<cite class="auteurcit">Laurence Bloch, directrice de France Inter</cite></blockquote>'
)


@pytest.mark.parametrize(
    ("after", "authors"),
    [
        (PULL_QUOTE, []),
        (f'{PULL_QUOTE}<p class="byline">By Jane Doe</p>', ["Jane Doe"]),
        ("<blockquote><p>Von Anna Berg</p><p>Liebe Redaktion, ...</p></blockquote>", []),
        ('<q><span class="author">Anna Berg</span></q>', []),
        # the same elements outside a quotation are the article's byline
        ('<p><cite class="auteurcit">Laurence Bloch</cite></p>', ["Laurence Bloch"]),
        ("<div><p>Von Anna Berg</p></div>", ["Anna Berg"]),
    ],
)
def test_a_byline_inside_a_quotation_is_the_quoted_ones(after: str, authors: list[str]) -> None:
    html = page(after=after)
    assert read_page_metadata(html, url=URL).authors == authors
