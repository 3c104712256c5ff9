"""Which quoted speakers the brief's expert corner and the answers of ``ask`` take for experts.

A module of its own so that ``ask`` reads it without importing the brief's builder (and its
scikit-learn, with SciPy: about 1.5 CPU seconds)."""

from __future__ import annotations

import re
from typing import Any

_EXPERT_ROLE = re.compile(r"professor|fellow|research|analyst|expert|scholar|director|head of|"
                          r"lecturer|economist|specialist|adviser|advisor|sinologist", re.IGNORECASE)


def is_expert(record: dict[str, Any]) -> bool:
    """A speaker whose role reads as expertise, or who has a stated affiliation."""
    return bool(_EXPERT_ROLE.search(record.get("role") or "")) or bool(record.get("affiliation"))
