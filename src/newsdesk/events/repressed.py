"""An act of protest that a verb of coercion or force has as its object is repressed, not done,
by the verb's subject.

"Police broke up Friday's demonstration" is the police's force against a demonstration others
held; "the government banned the rally", "troops dispersed the protest" likewise. The verb's
class is read from the CAMEO code the dictionary gives it in context: coercion (17: *ban +
demonstration* 1721, *disperse + protest* 175) or force (18-20: *break* 190), and the noun's
from its own code, a protest (14). The protest keeps the actors its own phrase names ("a
protest by students"), and they are whom the verb's act is aimed at, its targets, as a
reported act's are (``reported.py``). An act of force on an act of force ("pulled off
attacks", "launched an assault") is one act, done by the subject.

Hand-written because the rule is the dictionary's classes read on the dependency parse; no
library reads it.
"""

from __future__ import annotations

from typing import Any

#: CAMEO roots of coercion (17) and of force (18 assault, 19 fight, 20 mass violence).
FORCE_ROOTS = ("17", "18", "19", "20")
#: CAMEO root of protest (14: demonstrate, rally, strike, boycott, riot).
PROTEST_ROOT = "14"


def represses(verb: Any, act_code: str, *, verb_code: str | None = None) -> bool:
    """True when ``verb``, coded in context as coercion or force, acts on an act of protest
    of the CAMEO code ``act_code`` (the act noun's). ``verb_code`` is the code the coder gave
    the verb, where it has coded it already; else the verb is coded here."""
    if not act_code.startswith(PROTEST_ROOT):
        return False
    code = verb_code or _code_in_context(verb)
    return code is not None and code.startswith(FORCE_ROOTS)


def _code_in_context(verb: Any) -> str | None:
    """The CAMEO code the coder gives ``verb`` in its sentence, or None."""
    from newsdesk.events.rules import verb_event_code

    coded = verb_event_code(verb)
    return coded[1] if coded else None
