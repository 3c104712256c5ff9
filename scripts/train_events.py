"""Train the event-type classifier shipped as src/newsdesk/data/events_model.npz.

Usage: python scripts/train_events.py [--data PATH/synthetic_events.csv.gz] [--cache FILE]
       [--stories N] [--out src/newsdesk/data/events_model.npz]

Training data: the synthetic PLOVER-labelled stories of NGEC (MIT; see
../shared/data/events/ngec-synthetic-plover/FORMAT.md). Each story carries one PLOVER type, so
sentence labels are derived:
- the lead sentence reports the story's event: it gets the story's type;
- a later sentence gets the story's type when the dictionary coder (``events.rules``) codes an
  event of that type in it, and "no event" when that coder codes no PLOVER event at all;
  sentences where the coder finds only another type are left out (their label is unknown).
Stories are split 85/15 into training and held-out with a fixed seed; the script prints the
held-out figures. Two generated sets are added to the training part (``event_examples.py``):
each training story's headline with its slots filled by real names, labelled with the story's
type, and sentences made from the CAMEO verb dictionary's patterns with real actor names,
labelled with the PLOVER type of the pattern's code, weighted below the story sentences
(``--dictionary-weight``). No evaluation set is read here. ``--cache FILE`` keeps the labelled
sentences (and ``FILE-generated.json`` the generated ones) with the events layer's version and
the settings that made them (``--data``, ``--stories``, the parsed length, the seed); a file
kept otherwise is built again.
"""

from __future__ import annotations

import argparse
import csv
import gzip
import json
import os
import random
import sys
from collections import Counter
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import classification_report

from event_examples import dictionary_examples, headline_examples, read_names
from newsdesk.events import EventsAnalyser
from newsdesk.events.cameo import plover_of
from newsdesk.events.classify import NO_EVENT, sentence_features
from newsdesk.events.rules import extract_rule_events

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("NEWSDESK_SHARED", ROOT.parent / "shared"))
DATA = SHARED / "data" / "events" / "ngec-synthetic-plover" / "synthetic_events.csv.gz"
VERBS = SHARED / "data" / "events" / "petrarch2-cameo-verbs" / "CAMEO.2.0.txt"
OUT = ROOT / "src" / "newsdesk" / "data" / "events_model.npz"
SEED = 13
HEAD_CHARS = 1500  # the lead and the next few sentences: enough labelled sentences per story
LATER_SENTENCES = 6
DICTIONARY_WEIGHT = 0.3  # chosen on the dev sets (docs/figures-events.md)


def load_stories(path: Path) -> list[dict[str, str]]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return [
            {"text": row["text"], "title": row["title"], "label": row["label"]}
            for row in csv.DictReader(handle)
        ]


def label_sentences(doc, story_label: str) -> list[tuple[str, str]]:
    """(features, label) for the lead and the next sentences of one parsed story."""
    coded: dict[int, set[str]] = {}
    for event in extract_rule_events(doc):
        if event["plover"] and not event["negated"] and event["modality"] == "asserted":
            coded.setdefault(event["start"], set()).add(event["plover"])
    sentences = [s for s in doc.sents if sum(not t.is_punct for t in s) >= 5]
    examples = [(sentence_features(sentences[0]), story_label)] if sentences else []
    for sentence in sentences[1 : 1 + LATER_SENTENCES]:
        types = coded.get(sentence.start_char, set())
        if story_label in types:
            examples.append((sentence_features(sentence), story_label))
        elif not types:
            examples.append((sentence_features(sentence), NO_EVENT))
    return examples


def build_examples(stories: list[dict[str, str]]) -> list[list[tuple[str, str]]]:
    from newsdesk.nlp import load_pipeline

    nlp = load_pipeline()
    texts = (story["text"][:HEAD_CHARS] for story in stories)
    return [
        label_sentences(doc, story["label"])
        for doc, story in zip(nlp.pipe(texts, batch_size=64), stories)
    ]


def parse_examples(examples: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(features, label) of generated one-sentence texts: the first sentence's features."""
    from newsdesk.nlp import load_pipeline

    docs = load_pipeline().pipe((text for text, _ in examples), batch_size=256)
    return [(sentence_features(next(doc.sents)), label) for doc, (_, label) in zip(docs, examples)]


def generated_examples(stories: list[dict[str, str]]) -> dict[str, list[tuple[str, str]]]:
    """The headline examples (one per story, in story order) and the dictionary examples."""
    names = read_names()
    return {
        "headlines": parse_examples(headline_examples(stories, names, seed=SEED)),
        "dictionary": parse_examples(
            dictionary_examples(VERBS, names, plover_of=plover_of, seed=SEED)
        ),
    }


def cached(path: Path | None, build, *, settings: dict | None = None):
    """``build()``, kept as JSON at ``path`` between runs when a path is given, with the events
    layer's version and the ``settings`` that shape the value (the stories read, how many):
    a value another version kept, one kept with other settings, or one kept with neither is
    built again, with a line on standard error, as its labels are what that coder found in
    those stories. A file that is no JSON (a run stopped while writing it) is built again too;
    the file is written whole or not at all."""
    stamp = {"events_version": EventsAnalyser.version, "settings": settings or {}}
    if path and path.exists():
        kept = _read_kept(path)
        differs = _stamp_differs(kept, stamp)
        if not differs:
            return kept["value"]
        print(f"{path}: kept {differs}, built again", file=sys.stderr)
    value = build()
    if path:
        partial = path.with_name(path.name + ".partial")
        partial.write_text(json.dumps({**stamp, "value": value}), encoding="utf-8")
        partial.replace(path)
    return value


def _read_kept(path: Path):
    """The JSON value kept at ``path``, or None when the file is no JSON."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None


def _stamp_differs(kept, stamp: dict) -> str | None:
    """How ``kept`` was made otherwise than ``stamp`` asks ("by another version of the events
    layer", "with no settings", "with other settings: ..."), or None when it was made as it
    would be now."""
    if kept is None:
        return "as no JSON"
    if not isinstance(kept, dict) or kept.get("events_version") != stamp["events_version"]:
        return "by another version of the events layer"
    if "settings" not in kept:
        return "with no settings"
    if kept["settings"] != stamp["settings"]:
        settings = kept["settings"]
        changed = sorted(set(settings) | set(stamp["settings"]))
        changed = [k for k in changed if settings.get(k) != stamp["settings"].get(k)]
        return "with other settings: " + ", ".join(
            f"{k} {settings.get(k)!r} there, {stamp['settings'].get(k)!r} asked" for k in changed
        )
    return None


def cache_settings(args: argparse.Namespace) -> dict:
    """The options and constants that change the labelled sentences: the stories file and how
    many of its stories are read, how much of each is parsed, the seed of the generated ones."""
    return {
        "data": str(args.data.resolve()),
        "stories": args.stories,
        "head_chars": HEAD_CHARS,
        "later_sentences": LATER_SENTENCES,
        "seed": SEED,
    }


def story_rows(
    stories: list[list[tuple[str, str]]], later_weight: float
) -> tuple[list[tuple[str, str]], list[float]]:
    """The labelled sentences of the training stories and their weights: 1 for a lead
    sentence and a ``NONE`` one, ``later_weight`` for a later sentence whose type the
    dictionary coder gave (the classifier learns from it what the coder already codes)."""
    rows = [tuple(example) for story in stories for example in story]
    weights = [
        1.0 if position == 0 or example[1] == NO_EVENT else later_weight
        for story in stories
        for position, example in enumerate(story)
    ]
    return rows, weights


def class_weights(labels: list[str], how: str) -> dict[str, float] | str | None:
    """The weight of each class in the fit: ``balanced`` (n / (k · count), scikit-learn's),
    ``sqrt`` (its square root: rare types weighed up less than balanced) or ``none``."""
    if how == "none":
        return None
    if how == "balanced":
        return "balanced"
    counts = Counter(labels)
    return {label: float(np.sqrt(len(labels) / (len(counts) * n))) for label, n in counts.items()}


def train(
    examples: list[tuple[str, str]],
    *,
    c: float,
    weights: list[float] | None = None,
    class_weight: str = "balanced",
) -> tuple[TfidfVectorizer, LogisticRegression]:
    vectorizer = TfidfVectorizer(
        token_pattern=r"\S+",
        ngram_range=(1, 2),
        min_df=2,
        max_features=30000,
        sublinear_tf=True,
        lowercase=False,
    )
    features = vectorizer.fit_transform([text for text, _ in examples])
    labels = [label for _, label in examples]
    model = LogisticRegression(
        C=c, max_iter=2000, class_weight=class_weights(labels, class_weight), random_state=SEED
    )
    model.fit(features, labels, sample_weight=weights)
    return vectorizer, model


def report(vectorizer, model, examples: list[tuple[str, str]], *, title: str) -> None:
    predicted = model.predict(vectorizer.transform([text for text, _ in examples]))
    gold = [label for _, label in examples]
    print(
        f"== {title}: {len(gold)} sentences, accuracy {np.mean(predicted == np.array(gold)):.3f}"
    )
    print(classification_report(gold, predicted, digits=3, zero_division=0))


def report_weights(path: Path, examples: list[tuple[str, str]], *, title: str) -> None:
    """``report``'s figures for weights already saved (``save``'s arrays), read as the events
    layer reads them (``EventTypeModel``)."""
    from newsdesk.events.classify import EventTypeModel

    with np.load(path, allow_pickle=False) as arrays:
        model = EventTypeModel(arrays)
    probabilities = model.probabilities([text for text, _ in examples])
    predicted = np.array([max(p, key=p.get) for p in probabilities])
    gold = [label for _, label in examples]
    print(f"== {title} ({path.name}): {len(gold)} sentences, accuracy "
          f"{np.mean(predicted == np.array(gold)):.3f}")
    print(classification_report(gold, predicted, digits=3, zero_division=0))


def save(vectorizer, model, path: Path) -> None:
    terms = sorted(vectorizer.vocabulary_, key=vectorizer.vocabulary_.get)
    np.savez_compressed(
        path,
        terms=np.array(terms),
        idf=vectorizer.idf_.astype(np.float32),
        coef=model.coef_.astype(np.float16),
        intercept=model.intercept_.astype(np.float32),
        labels=np.array(model.classes_),
        ngram_range=np.array(vectorizer.ngram_range),
    )
    print(f"wrote {path} ({path.stat().st_size / 1e6:.2f} MB, {len(terms)} terms)")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument(
        "--cache", type=Path, help="keep the labelled sentences here (JSON) between runs"
    )
    parser.add_argument("--stories", type=int, help="use only the first N stories (quick runs)")
    parser.add_argument("--c", type=float, default=4.0, help="inverse regularisation strength")
    parser.add_argument("--no-headlines", action="store_true", help="leave the headlines out")
    parser.add_argument(
        "--headline-weight", type=float, default=1.0,
        help="weight of a headline against a story sentence",
    )
    parser.add_argument(
        "--later-weight", type=float, default=1.0,
        help="weight of a later story sentence labelled with a type by the dictionary coder",
    )
    parser.add_argument(
        "--class-weight", choices=("balanced", "sqrt", "none"), default="balanced",
        help="class weights of the fit (class_weights)",
    )
    parser.add_argument(
        "--dictionary-weight", type=float, default=DICTIONARY_WEIGHT,
        help="weight of a dictionary sentence against a story sentence (0: leave them out)",
    )
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--baseline", type=Path,
        help="weights (.npz) also scored on the held-out sentences, e.g. the shipped ones",
    )
    return parser.parse_args(argv)


def main() -> None:
    args = parse_args()
    stories = load_stories(args.data)[: args.stories]
    settings = cache_settings(args)
    per_story = cached(args.cache, lambda: build_examples(stories), settings=settings)
    extra_cache = args.cache and args.cache.with_name(args.cache.stem + "-generated.json")
    generated = cached(extra_cache, lambda: generated_examples(stories), settings=settings)
    order = list(range(len(per_story)))
    random.Random(SEED).shuffle(order)
    cut = int(len(order) * 0.85)
    train_set, weights = story_rows([per_story[i] for i in order[:cut]], args.later_weight)
    if not args.no_headlines:
        train_set += [tuple(generated["headlines"][i]) for i in order[:cut]]
        weights += [args.headline_weight] * cut
    if args.dictionary_weight:
        train_set += [tuple(e) for e in generated["dictionary"]]
        weights += [args.dictionary_weight] * len(generated["dictionary"])
    held_out = [tuple(e) for i in order[cut:] for e in per_story[i]]
    leads = [tuple(per_story[i][0]) for i in order[cut:] if per_story[i]]
    if args.baseline:
        report_weights(args.baseline, held_out, title="held-out stories (all labelled sentences)")
        report_weights(args.baseline, leads, title="held-out lead sentences")
    print("training labels:", dict(Counter(label for _, label in train_set).most_common()))
    vectorizer, model = train(
        train_set, c=args.c, weights=weights, class_weight=args.class_weight
    )
    report(vectorizer, model, held_out, title="held-out stories (all labelled sentences)")
    report(vectorizer, model, leads, title="held-out lead sentences")
    save(vectorizer, model, args.out)


if __name__ == "__main__":
    main()
