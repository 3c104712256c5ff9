"""The restrictions one actor puts on another, by noun: the codebook's sanctions, embargoes,
boycotts, bans, curfews, states of emergency, blockades and sieges (CAMEO 16 / 17 / 19 and
their Yield codes in 08).

Hand-written: the CAMEO codebook names these kinds in its category names and no library
lists them. ``codebook.py`` reads the kind a verb imposes or eases; ``target_heads.py``
reads whom a restriction is put on ("the blockade of Qatar": Qatar).
"""

from __future__ import annotations

from typing import Any

#: A restriction noun -> its kind.
RESTRICTIONS = {
    "sanction": "economic",
    "sanctions": "economic",
    "embargo": "economic",
    "boycott": "economic",
    "ban": "administrative",
    "restriction": "administrative",
    "curfew": "curfew",
    "emergency": "emergency",
    "blockade": "blockade",
    "siege": "blockade",
}


def restriction(noun: Any) -> str | None:
    """The kind of restriction a noun names ("sanctions" economic, "the siege" a blockade), or
    None."""
    return RESTRICTIONS.get(noun.lemma_.lower()) or RESTRICTIONS.get(noun.lower_)
