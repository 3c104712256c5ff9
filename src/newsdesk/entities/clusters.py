"""The within-article clusters of the ``mentions`` layer (``newsdesk.entities.mentions``) and
the records made of them: each mention with its cluster's number, name, key, gazetteer id,
roles and label (the label the tagger gave most of a name's mentions when no gazetteer entry
types it).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newsdesk.entities.translit import translit_key


@dataclass(slots=True)
class Cluster:
    """One entity within the article: its key, name, label, gazetteer id, roles and mentions."""

    key: str
    name: str
    label: str
    gazetteer: str | None = None
    roles: list[str] = field(default_factory=list)
    mentions: list[dict[str, Any]] = field(default_factory=list)
    #: The tagger's label of each name mention, for a name no gazetteer entry types: the most
    #: frequent is the cluster's label ("Benghazi" tagged a place twice and an organisation once).
    votes: Counter[str] = field(default_factory=Counter)


def mention_records(clusters: dict[str, Cluster]) -> list[dict[str, Any]]:
    """Each mention of each cluster with its cluster's fields, in the order of the text; the
    clusters numbered in the order of their first mentions."""
    records = []
    keys = sorted((k for k, c in clusters.items() if c.mentions), key=lambda k: min(m["start"] for m in clusters[k].mentions))
    for number, key in enumerate(keys):
        cluster = clusters[key]
        label = cluster.votes.most_common(1)[0][0] if cluster.votes else cluster.label
        shared = {"label": label, "cluster": number, "name": cluster.name,
                  "key": translit_key(cluster.name), "gazetteer": cluster.gazetteer, "roles": cluster.roles}
        records += [{**mention, **shared} for mention in cluster.mentions]
    return sorted(records, key=lambda r: r["start"])
