"""The words of the attribution cues that the events layer reads too: the reporting verbs
(``CUE_LEMMAS``, the event classifier's verbs of reporting) and the nouns of speech that take
a content clause (``NOUN_CUES``). Words only, below every reader of a parse: the cue
predicates (``quotes.cues``) ask whether a noun may speak (``quotes.description``), which
reads the events layer's agent nouns, and the events layer imports these words, so they stand
apart from the predicates.
"""

from __future__ import annotations

#: Lemmas of verbs that introduce speech or writing (VerbNet say/tell/complain/advise/
#: manner-of-speaking classes and the verbs of claiming, announcing and conceding).
CUE_LEMMAS = {"say", "tell", "add", "note", "caution", "warn", "argue", "claim", "insist",
              "explain", "state", "write", "tweet", "ask", "answer", "reply", "respond",
              "continue", "declare", "stress", "emphasize", "emphasise", "acknowledge", "admit",
              "announce", "confirm", "deny", "suggest", "predict", "observe", "remark", "comment",
              "recall", "conclude", "complain", "allege", "testify", "contend", "maintain",
              "assert", "urge", "promise", "post", "report", "concede", "point", "counter", "vow",
              "agree", "charge", "estimate", "describe", "call", "joke", "read", "retort", "muse",
              "recount", "lament", "plead", "reiterate", "repeat", "reveal", "disclose",
              "mention", "affirm", "proclaim", "pledge", "swear", "assure", "inform", "notify",
              "remind", "advise", "confess", "boast", "brag", "quip", "exclaim", "shout", "yell",
              "whisper", "forecast", "hint", "blog", "underline", "underscore", "accuse",
              "threaten", "beg", "implore", "relate", "confide", "divulge", "insinuate",
              "blurt"}


#: Nouns of speech or writing that take a content clause (``the claim that ...``).
NOUN_CUES = {"statement", "claim", "remark", "comment", "announcement", "warning", "assurance",
             "allegation", "denial", "message", "report", "assertion", "insistence", "argument",
             "admission", "promise", "pledge", "suggestion", "accusation", "charge", "testimony",
             "declaration", "acknowledgment", "acknowledgement", "contention", "prediction",
             "vow", "word", "reminder", "confirmation", "position", "conclusion", "complaint",
             "criticism", "proposal", "finding", "explanation", "thesis"}
