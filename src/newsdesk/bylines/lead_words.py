"""The words that lead a byline ("By Jane Doe", "Von Matthias Lauerer", "Par Claire Martin"),
in the languages the readers see, held once for every reader of bylines.

A page's byline lines (``htmlmeta.page_bylines``), the label before an author's element
(``htmlmeta.author_sources``), the lead words a byline loses (``bylines.parse_byline``) and
the author lines of a plain text (``entities.author_lines``) all read the same words. The
languages covered and their word: English "by", German "von", French "par", Spanish and
Portuguese "por", Italian "di", Dutch "door", Swedish, Norwegian and Danish "av".

Other words lead a byline only in one place, where the words around them say so:

- English "From" opens an author line of a plain text ("From Hugh Pym, BBC health editor",
  the line ending at the name or its title). A page's short lines open with "Letter from",
  "News from" or "Away from", and the page readers let two words stand before the byline
  word, so they do not read it.
- Italian "da" ends a label before the author's element ("Scritto da"), where a verb of
  writing precedes it. Opening a line it is also Italian and Portuguese "from" and German
  "there", so nothing reads it there.
- German "vom" and "durch" and Romance "de" lead a byline inside an author's slot only
  ("de Jane Doe", ``bylines.parse_byline``), a field that holds nothing but the byline; in a
  page's lines they open other phrases ("vom 3. Mai", "durch die Stadt").

An interview's byline names its noun before the byline word ("Ein Interview von Jane Doe
mit John Roe", "An interview by Jane Doe with John Roe", "Entretien réalisé par ...",
"Entrevista de ..."): the interviewer after the byline word wrote it, and the one after
"mit", "with", "avec", "con", "com" or "met" was interviewed (``interviewer``).

Written by hand: a byline's lead word is a convention of layout with no library that lists
it across languages (stop-word lists hold these words among every other function word).
"""

from __future__ import annotations

import re
from types import MappingProxyType

#: The word that leads a byline in each language the readers see, by ISO 639-1 code.
BYLINE_WORDS_BY_LANGUAGE = MappingProxyType({
    "en": "by",
    "de": "von",
    "fr": "par",
    "es": "por",
    "pt": "por",
    "it": "di",
    "nl": "door",
    "sv": "av",
    "no": "av",
    "da": "av",
})
#: The words that lead a byline, in lower case: the line or the label opens with one.
BYLINE_WORDS = frozenset(BYLINE_WORDS_BY_LANGUAGE.values())
#: Words that lead an author line of a plain text only (English "From Hugh Pym").
TEXT_LINE_WORDS = frozenset({"from"})
#: Words that lead a byline inside an author's slot only ("de Jane Doe").
SLOT_WORDS = frozenset({"vom", "durch", "de"})
#: Words that end a label before an author's element ("Written by", "Scritto da").
LABEL_WORDS = BYLINE_WORDS | {"da"}
#: Italian "written by" and "posted by" ("Scritto da", "Pubblicato da", "Redatto da"): the
#: participle makes "da" the byline's word in a line, as a label's end makes it one.
WRITTEN_BY_DA = r"(?:scritt|pubblicat|redatt)[oa]\s+da"
#: The word author as a label writes it ("Autor:", "Autorin:", Spanish and Portuguese
#: "Autora:", Italian "Autore:"/"Autrice:", French "Auteur :"/"Auteure :", Russian "Автор:"),
#: as a pattern.
AUTHOR_WORDS = r"autor(?:in|a|e)?|autrice|author|auteure?|автор"
#: The word text as a label that credits the writer writes it ("Text:", Spanish and
#: Portuguese "Texto:", French "Texte :", Italian "Testo:", Dutch, Polish and Scandinavian
#: "Tekst:", Russian "Текст:"), as a pattern.
TEXT_WORDS = r"texto?|texte|testo|tekst|текст"
#: The labels of an author's slot ("Autor:", "Text:", English "Reporter:", "Words:").
AUTHOR_LABELS = rf"{AUTHOR_WORDS}|{TEXT_WORDS}|reporters?|words"


def alternation(words: frozenset[str]) -> str:
    """The words as a non-capturing group of a regular expression, longest first, each read
    as written (a dot is a dot), for the patterns that find a byline word in a line
    ("(?:door|par|...|by)")."""
    ordered = sorted(words, key=lambda word: (-len(word), word))
    return "(?:" + "|".join(re.escape(word) for word in ordered) + ")"


#: An interview's noun and its byline word opening a line ("Ein Interview von", "Das
#: Gespräch führte", "Entretien réalisé par", "Entrevista de"), an article before the noun.
_INTERVIEW_LEAD = re.compile(
    r"^(?:(?:ein|das|an|the|un|une|una|uma|um|een|het|l['’])\s*)?"
    r"(?:interview|gespräch|entretien|entrevista|intervista|vraaggesprek)"
    r"(?:(?:\s+(?:geführt|conducted|réalisé|realizada|realizado|afgenomen))?"
    r"\s+(?:von|by|par|por|de|di|door)|\s+führte)\s+(?=\S)",
    re.IGNORECASE,
)
#: The one interviewed, after the interviewer's name ("... mit John Roe").
_INTERVIEWEE = re.compile(r"\s+(?:mit|with|avec|con|com|met)\s+.*$", re.IGNORECASE | re.DOTALL)


def interviewer(line: str) -> str | None:
    """The writer an interview's byline names ("Ein Interview von Jane Doe mit John Roe" →
    "Jane Doe"), or None when the line opens with no interview's byline."""
    match = _INTERVIEW_LEAD.match(line)
    if match is None:
        return None
    return _INTERVIEWEE.sub("", line[match.end() :]).strip() or None
