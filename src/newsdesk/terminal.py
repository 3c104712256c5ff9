"""Text from outside (paths, titles, quotes, error messages) made safe to print on a terminal.

Two dangers: Rich reads ``[...]`` as markup, so a title "Poll [/b] results" raises
``MarkupError`` and a quote "[the government] said" loses its words; and control characters
or escape sequences in a file name or an article reach the user's terminal (they can move the
cursor, rewrite the window title or hide text). ``rich.markup.escape`` handles the first; the
second needs the small pattern below, as Rich strips only a few control codes and only when it
renders ``Text``, not in table titles or log lines. Bidirectional overrides are removed too, as
they make a printed name read differently from what is stored.
"""

from __future__ import annotations

import re
from typing import Any

from rich.markup import escape

# ESC sequences (CSI ``ESC [ ... final``, OSC ``ESC ] ... BEL|ST``, two-byte ``ESC x``), then
# any other C0/C1 control except tab and newline, then Unicode bidi controls.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b.?")
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def strip_controls(value: Any) -> str:
    """``value`` as text without escape sequences or control characters (tab and newline kept)."""
    text = "" if value is None else str(value)
    return _CONTROLS.sub("", _ESCAPES.sub("", text))


def for_terminal(value: Any, *, one_line: bool = False) -> str:
    """``value`` ready to print through Rich with markup on: controls stripped, brackets escaped.

    ``one_line`` also turns newlines and tabs into spaces, for messages that must stay one line.
    """
    text = strip_controls(value)
    if one_line:
        text = text.replace("\n", " ").replace("\t", " ")
    return escape(text)
