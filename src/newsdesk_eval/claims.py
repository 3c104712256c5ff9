"""Same-claim gold from ECB+: sentence pairs of one story that mention the same event instance.

In ECB+ (Cybulska & Vossen 2014) every event mention is linked across documents to its event
instance. Two sentences of different documents of one story (topic and sub-topic) state the
same happening when they mention the same event instance. ``score_pairs`` compares a decision
function (texts -> boolean matrix, like ``newsdesk.brief.framing.same_claim``) with that gold.
"""

from __future__ import annotations

import gzip
import itertools
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import numpy as np
from lxml import etree
from sklearn.feature_extraction.text import TfidfVectorizer

Sentence = tuple[str, str, set[str]]  # document, text, event instances


def read_document(path: Path) -> dict[int, tuple[str, set[str]]]:
    """``{sentence: (text, event instances it mentions)}`` for sentences with an event."""
    with gzip.open(path) as handle:
        root = etree.fromstring(handle.read())
    words: dict[int, list[str]] = defaultdict(list)
    sentence_of = {}
    for token in root.iter("token"):
        sentence_of[token.get("t_id")] = int(token.get("sentence"))
        words[int(token.get("sentence"))].append(token.text or "")
    anchors = {m.get("m_id"): [a.get("t_id") for a in m.iter("token_anchor")]
               for m in root.find("Markables") if m.tag.startswith("ACTION")}
    events: dict[int, set[str]] = defaultdict(set)
    for relation in root.iter("CROSS_DOC_COREF"):
        for source in relation.iter("source"):
            tokens = anchors.get(source.get("m_id"))
            if tokens and relation.get("note", "").startswith("ACT"):
                events[sentence_of[tokens[0]]].add(relation.get("note"))
    return {s: (" ".join(words[s]), ids) for s, ids in events.items() if s > 0}


def story_sentences(folder: Path, *, topics: int) -> dict[str, list[Sentence]]:
    """The annotated sentences of the first ``topics`` topics, by story (topic_subtopic)."""
    stories: dict[str, list[Sentence]] = defaultdict(list)
    folders = sorted((p for p in folder.iterdir() if p.is_dir()), key=lambda p: int(p.name))
    for topic in folders[:topics]:
        for path in sorted(topic.glob("*.xml.gz")):
            story = f"{topic.name}_{'ecbplus' if 'ecbplus' in path.name else 'ecb'}"
            for text, ids in read_document(path).values():
                stories[story].append((path.name, text, ids))
    return stories


def word_cosine(texts: list[str]) -> np.ndarray:
    """The plain baseline: TF-IDF word cosine of at least 0.5."""
    matrix = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
    return (matrix @ matrix.T).toarray() >= 0.5


def score_pairs(stories: dict[str, list[Sentence]],
                method: Callable[[list[str]], np.ndarray]) -> dict[str, float]:
    """Micro precision, recall and F1 of ``method`` over all cross-document sentence pairs."""
    tp = fp = fn = 0
    for sentences in stories.values():
        decided = method([text for _, text, _ in sentences])
        for i, j in itertools.combinations(range(len(sentences)), 2):
            if sentences[i][0] == sentences[j][0]:
                continue
            gold = bool(sentences[i][2] & sentences[j][2])
            tp += int(gold and decided[i, j])
            fp += int(decided[i, j] and not gold)
            fn += int(gold and not decided[i, j])
    precision, recall = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
            "pairs": tp + fn}


