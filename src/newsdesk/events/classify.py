"""The learned sentence classifier: which PLOVER event type a sentence reports, or none.

A multinomial logistic regression over TF-IDF word n-grams of the sentence, with names
replaced by their entity type ("GPE attacked ORG") and parse tokens added (the governing verb's
lemma, the verb of a reported clause, the governing verb's object, negation, the reporting verb
and whether its clause trails or leads the report), trained by
``scripts/train_events.py`` on synthetic PLOVER-labelled stories, their headlines and sentences
made from the CAMEO verb dictionary's patterns (see docs/figures-events.md).
Its weights ship as ``data/events_model.npz`` (plain arrays, no pickle) and are read on first
use. The TF-IDF transform, the linear scores and the softmax are a few lines of numpy written
here: importing scikit-learn at run time costs about 3 s, and no fitted estimator object needs
to be unpickled.
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from importlib import resources
from typing import Any

import numpy as np

from newsdesk.events.reduced import reduced_passive
from newsdesk.parsed import ACTOR_LABELS
from newsdesk.quotes.cue_words import CUE_LEMMAS

#: The label for "this sentence reports no interaction between political actors".
NO_EVENT = "NONE"
MODEL_FILE = "events_model.npz"
#: Verbs of neutral speech that only attribute what they report: the CAMEO dictionary codes
#: them as a statement (010: say, tell, state, announce, declare, note) or not at all (report,
#: confirm, write; "add" as speech). A claim (110), an insistence (100) and the other verbs of
#: the cue lexicon are acts of their own.
ATTRIBUTING = frozenset(
    {"say", "tell", "announce", "state", "declare", "add", "report", "confirm", "note", "write"}
)


def governing_verb(sentence: Any) -> Any:
    """The verb that governs a sentence: its root, or the reported clause's verb under a
    reporting root ("Officials said troops shelled the town" -> shelled); of a clause with
    no finite verb of its own that reports an act, an existential or a headline, its past
    participle ("There were 10 soldiers killed", "Ten soldiers killed" -> killed:
    ``reduced.reduced_passive``)."""
    verb = root = sentence.root
    if root.lemma_.lower() in _reporting_verbs():
        verb = next((c for c in root.children if c.dep_ in {"ccomp", "xcomp"}), root)
    return reduced_passive(verb) or verb


@lru_cache(maxsize=1)
def _reporting_verbs() -> frozenset[str]:
    """The verbs of speech (the quotes package's cue lexicon) that only report, so that their
    clause is the act: not an appeal, a commitment or a verb the CAMEO dictionary codes with an
    event type ("urged B to help" is the appeal, "warned" the threat), save the verbs of
    neutral speech. Read on first use: the dictionary coder imports this module."""
    from newsdesk.events.cameo import cameo_dictionary, plover_of
    from newsdesk.events.embedded import APPEAL_VERBS
    from newsdesk.events.source_heads import COMMITTING_VERBS

    forms = cameo_dictionary()["forms"]
    acts = {
        verb
        for verb in CUE_LEMMAS
        if verb in forms and forms[verb][1]["code"] and plover_of(forms[verb][1]["code"])
    }
    return frozenset(CUE_LEMMAS - acts - APPEAL_VERBS - COMMITTING_VERBS) | ATTRIBUTING


def sentence_features(sentence: Any) -> str:
    """The text the classifier reads: generalised words, then parse tokens."""
    words = []
    for token in sentence:
        if token.is_space or token.is_punct:
            continue
        if token.ent_type_ in ACTOR_LABELS:
            if token.ent_iob_ == "B":
                words.append(token.ent_type_.lower() + "_")
        elif token.like_num:
            words.append("num_")
        else:
            words.append(token.lower_)
    return " ".join(words + _parse_tokens(sentence))


def _parse_tokens(sentence: Any) -> list[str]:
    root = sentence.root
    verb = governing_verb(sentence)
    found = [f"root_{root.lemma_.lower()}", f"gov_{verb.lemma_.lower()}"]
    found += [f"obj_{c.lemma_.lower()}" for c in verb.children if c.dep_ in {"dobj", "attr"}]
    found += [f"neg_{verb.lemma_.lower()}" for c in verb.children if c.dep_ == "neg"]
    found += [
        f"subj_{c.ent_type_.lower() or c.lemma_.lower()}"
        for c in verb.children
        if c.dep_ in {"nsubj", "nsubjpass"}
    ]
    return found + _reporting_tokens(root, verb)


def _reporting_tokens(root: Any, verb: Any) -> list[str]:
    """Under a reporting root: the reporting verb, and whether its clause trails the report
    ("Troops shelled the town, officials said": ``rep_trail``) or leads it (``rep_lead``)."""
    if verb.i == root.i:
        return []
    side = "trail" if verb.left_edge.i < root.i else "lead"
    return [f"rep_{side}", f"rep_{root.lemma_.lower()}"]


class EventTypeModel:
    """The shipped classifier: ``probabilities(texts)`` -> one {label: p} per text."""

    def __init__(self, arrays: Any) -> None:
        self.index = {str(term): i for i, term in enumerate(arrays["terms"])}
        self.ngrams = range(int(arrays["ngram_range"][0]), int(arrays["ngram_range"][1]) + 1)
        self.idf = arrays["idf"].astype(np.float32)
        self.coef = arrays["coef"].astype(np.float32)
        self.intercept = arrays["intercept"].astype(np.float32)
        self.labels = [str(label) for label in arrays["labels"]]

    def weights(self, text: str) -> tuple[np.ndarray, np.ndarray]:
        """TF-IDF of the text's word n-grams as (term indices, weights), as scikit-learn's
        ``TfidfVectorizer`` computes it (whitespace tokens, sublinear tf, L2 norm); importing
        scikit-learn would take seconds."""
        words = text.split()
        counts = Counter(
            " ".join(words[i : i + n]) for n in self.ngrams for i in range(len(words) - n + 1)
        )
        known = [(self.index[gram], count) for gram, count in counts.items() if gram in self.index]
        indices = np.array([i for i, _ in known], dtype=np.int64)
        values = (1.0 + np.log(np.array([c for _, c in known], dtype=np.float32))) * self.idf[
            indices
        ]
        norm = float(np.linalg.norm(values))
        return indices, values / norm if norm else values

    def vector(self, text: str) -> np.ndarray:
        """The dense TF-IDF vector of a text."""
        indices, values = self.weights(text)
        vector = np.zeros(len(self.idf), dtype=np.float32)
        vector[indices] = values
        return vector

    def probabilities(self, texts: list[str]) -> list[dict[str, float]]:
        if not texts:
            return []
        scores = (
            np.stack([self.coef[:, i] @ v for i, v in map(self.weights, texts)]) + self.intercept
        )
        scores = np.exp(scores - scores.max(axis=1, keepdims=True))
        scores /= scores.sum(axis=1, keepdims=True)
        return [dict(zip(self.labels, row.tolist())) for row in scores]


@lru_cache(maxsize=1)
def load_model() -> EventTypeModel:
    """The shipped model, read once on first use."""
    path = resources.files("newsdesk.data").joinpath(MODEL_FILE)
    with path.open("rb") as handle, np.load(handle, allow_pickle=False) as arrays:
        return EventTypeModel(arrays)


#: Tuned on the dev halves of the evaluation sets (benchmarks/eval_events.py): how much a
#: dictionary-coded event of a type adds to its probability (and how much more when its trigger
#: is the sentence's governing verb or root, not a circumstance such as "during a phone call"),
#: and the "no event" probability from which a sentence gets no event, without and with a
#: dictionary-coded event in it, and how close to the best a second (also coded) type must
#: score to be kept.
RULE_WEIGHT = 0.3
MAIN_WEIGHT = 0.2
NONE_THRESHOLD = 0.2
NONE_THRESHOLD_CODED = 0.8
SECOND_RATIO = 0.8
#: The "no event" probability from which a sentence gets no event when its main verb is the
#: only evidence: a verb the dictionary gives a type whose actor the coder did not find
#: (``partial`` of ``best_types``); between the two thresholds above, as its evidence is.
NONE_THRESHOLD_PARTIAL = 0.3
#: The PLOVER types that split one CAMEO root: a yield (CAMEO 08) is RETREAT or CONCEDE by its
#: code (``cameo.RETREAT_CODES``: a release, a return, sanctions eased, access allowed, a
#: truce), a split the sentence's words hardly show ("declared a ceasefire" and "declared a concession" read
#: alike), so the dictionary's code on the main act decides between them.
YIELD_TYPES = frozenset({"CONCEDE", "RETREAT"})


def best_types(
    probabilities: dict[str, float],
    coded: set[str],
    *,
    main: frozenset[str] | set[str] = frozenset(),
    acts: frozenset[str] | set[str] | None = None,
    stated: bool = False,
    partial: bool = False,
    undone: frozenset[str] | set[str] = frozenset(),
    rule_weight: float = RULE_WEIGHT,
    main_weight: float = MAIN_WEIGHT,
    none_threshold: float = NONE_THRESHOLD,
    none_threshold_coded: float = NONE_THRESHOLD_CODED,
    none_threshold_partial: float = NONE_THRESHOLD_PARTIAL,
    second_ratio: float = SECOND_RATIO,
) -> list[str]:
    """The sentence's event types, best first, from the classifier's ``probabilities`` and the
    types the dictionary coder found (``coded``; ``main``: those coded on the governing verb or
    the root; ``acts``: those coded on these or on a verb coordinated with them, ``main`` when
    not given): [] when "no event" is likely enough or when the main act is a public statement
    (``stated``) and no type is coded on the main verb; a second type only when it is coded too
    and scores nearly as high (a sentence reporting two events), and of two such types only
    those coded as acts of their own (``_on_main_act``). ``partial``: the coded type is only the
    main verb's dictionary type, its actor not found by the coder (``none_threshold_partial``).
    Of the two types of a yield, the one coded on the main act is kept (``_coded_yield``).
    ``undone``: the types of acts the sentence says are not done (refused, or only intended
    under a coded intent), none of which is chosen when a type is coded on the main act and
    it is not coded as done elsewhere ("will not lift the ban" is the rejection, not the
    concession its words name)."""
    if stated and not main:
        return []
    threshold = none_threshold_coded if coded else none_threshold
    threshold = none_threshold_partial if partial else threshold
    if probabilities.get(NO_EVENT, 0.0) >= threshold:
        return []
    ranked = sorted(
        (
            (p + rule_weight * (label in coded) + main_weight * (label in main), label)
            for label, p in probabilities.items()
            if label != NO_EVENT and not (main and label in undone and label not in coded)
        ),
        reverse=True,
    )
    if not ranked:
        return []
    types = [ranked[0][1]]
    if len(ranked) > 1 and ranked[1][1] in coded and ranked[1][0] >= second_ratio * ranked[0][0]:
        types.append(ranked[1][1])
    types = list(dict.fromkeys(_coded_yield(plover, main) for plover in types))
    return _on_main_act(types, main if acts is None else acts)


def _coded_yield(plover: str, main: frozenset[str] | set[str]) -> str:
    """The yield type the dictionary codes on the main act when the classifier chose the other
    (``YIELD_TYPES``: "declared a ceasefire", 0871, is RETREAT however CONCEDE-like its
    words); any other type as chosen."""
    if plover not in YIELD_TYPES or plover in main:
        return plover
    coded = (YIELD_TYPES - {plover}) & main
    return next(iter(coded), plover)


def _on_main_act(types: list[str], acts: frozenset[str] | set[str]) -> list[str]:
    """Of two close types, those the dictionary codes on the sentence's main verbs (``acts``):
    both when it codes both there (two acts reported), the one it codes there when it codes
    one, else the best alone (a second type needs an act of its own, not only a coded
    circumstance)."""
    if len(types) < 2:
        return types
    return [plover for plover in types if plover in acts] or types[:1]
