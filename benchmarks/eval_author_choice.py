"""Would a learned scorer choose a page's author better than the fixed order of sources?

Usage: python benchmarks/eval_author_choice.py [--data ../shared/data/metadata] [--cache FILE]
       [--folds 5] [--repeats 3] [--orders]

Reads the development half of trafilatura's metadata gold pages only (Apache-2.0; see
../shared/data/metadata/FORMAT.md); the held-out half is never read here. Two questions, each
answered by cross-validation over pages (scikit-learn logistic regression, fixed seed) and
printed beside trafilatura's own author figure on the same pages:

1. Sources. ``newsdesk.htmlmeta.authors`` takes the first source that names a person (JSON-LD,
   ``<meta>``, ``rel=author``, byline elements, "By" lines, the headline's neighbours,
   trafilatura, the copyright line). Each source that names someone is a candidate, labelled
   right when choosing it gives the gold authors; the features are general (the kind of source
   and its place, the number and shape of the names, how many other sources name the same
   people, whether the names are in the page's text or title). Printed: the share right with
   the fixed order, with the best candidate always chosen (the ceiling of any choice), with
   each of a few other fixed ways of choosing (``ORDERS``: the first source whose names all
   read as people, the printed byline first, structured data that names no person yielding
   to the printed byline, ...), and with the learned choice; ``--orders`` prints the pages
   where each fixed way differs from the first source's answer and stops before learning.
2. Names near the headline. On pages whose sources name no person, every short text within
   ``WINDOW`` texts of the headline that is wholly a person's name (name shape, read as a
   person by the NER) is a candidate, with general features (distance and side, tag, link and
   its target, class and id words of its ancestors, the region rules, a day or a byline word
   beside it, repeats). Printed per regularisation strength and probability threshold: the
   share right when the best name is taken at that threshold, and how many pages with no gold
   author would get a name.

Trafilatura's metadata for each page (a source itself) and its main text (read for the bylines
that open or close it) are cached in ``--cache``.
"""

from __future__ import annotations

import argparse
import json
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from newsdesk.bylines import names_site
from newsdesk.bylines.names import (
    has_interface_word,
    has_name_shape,
    is_named_person,
    reads_as_person,
    squash_letters,
)
from newsdesk.dates import written_days
from newsdesk.errors import InputError
from newsdesk.htmlmeta import PageMetadata, Structured, parse_tree, read_json_ld, read_meta
from newsdesk.htmlmeta.author_sources import (
    BEFORE_PAGE_BYLINES,
    PAGE_BYLINES,
    STRUCTURED,
    author_bylines,
)
from newsdesk.htmlmeta.authors import apply_choice
from newsdesk.htmlmeta.shown import headlines
from newsdesk.htmlmeta.structured import choose_outlet, choose_title, domain_name, off_region
from newsdesk.readers.base import check_markup
from newsdesk_eval.metadata import Page, authors_right, read_pages, trafilatura_document

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "metadata"
SEED = 7
STRENGTHS = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
WINDOW = 60
_SKIP = ("script", "style", "noscript", "template", "option", "button", "label")
_TAGS = ("a", "span", "div", "p", "strong", "b", "em", "i", "li", "td", "h2", "h3", "h4", "small")
MARKS = (
    "author", "autor", "byline", "name", "user", "profile", "avatar", "meta", "info", "expert",
    "comment", "teaser", "related", "footer", "header", "nav", "menu", "sidebar", "card",
    "title", "caption", "credit", "contact", "team",
)
_LEAD = re.compile(
    r"(?:^|\s)(?:by|von|par|por|di|door|av|autor(?:in)?|author|text)\s*:?\s*$", re.IGNORECASE
)
_AUTHOR_LINK = re.compile(
    r"/(?:authors?|autor(?:en)?|auteurs?|profiles?|people|users?|team)/", re.IGNORECASE
)


@dataclass(slots=True)
class Example:
    """One gold page: what each way of choosing gives it."""

    gold: bool
    url: str = ""
    rule: bool = False
    trafilatura: bool = False
    fallback: bool = False
    sources: list[dict] = field(default_factory=list)
    sources_right: list[bool] = field(default_factory=list)
    names: list[dict] = field(default_factory=list)
    names_right: list[bool] = field(default_factory=list)
    orders: dict[str, bool] = field(default_factory=dict)


def trafilatura_metadata(page: Page, cache: dict) -> dict:
    if page.url not in cache:
        found = trafilatura_document(page, include_comments=False)
        keys = ("title", "author", "sitename", "url", "text")
        cache[page.url] = {key: found.get(key) for key in keys}
    return cache[page.url]


def page_example(page: Page, fallback: dict) -> Example:
    example = Example(gold=bool(page.author), url=page.url)
    example.trafilatura = bool(page.author) and authors_right(fallback.get("author"), page.author)
    try:
        check_markup(page.html, where=page.url)
    except InputError:
        return example
    tree = parse_tree(page.html)
    if tree is None:
        return example
    data = Structured(ld=read_json_ld(tree), meta=read_meta(tree))
    url = page.page_url or fallback.get("url")
    meta = PageMetadata()
    outlet = choose_outlet(data, url=url, fallback=fallback.get("sitename"), page=meta)
    meta.title = choose_title(
        tree, data, outlet=outlet, url=url, fallback=fallback.get("title"), page=meta
    )
    sites = [outlet, domain_name(url)]
    author = fallback.get("author")
    bylines = list(
        author_bylines(
            tree, data, fallback=author, sites=sites, title=meta.title, text=fallback.get("text")
        )
    )
    people = [at for at, (_, byline) in enumerate(bylines) if byline.authors]
    judge = _Judge(page, tree, bylines, sites, meta.title)
    example.fallback, example.rule = not people, judge.right(None)
    example.sources_right = [judge.right(at) for at in people]
    candidates = [(bylines[at][0], tuple(bylines[at][1].authors)) for at in people]
    for label, order in ORDERS.items():
        chosen = order(candidates) if candidates else None
        example.orders[label] = example.rule if chosen is None else example.sources_right[chosen]
    texts = _body_texts(tree)
    example.sources = [
        source_features(candidates, i, texts=texts, title=meta.title) for i in range(len(people))
    ]
    headline = next(iter(headlines(tree, title=meta.title)), None)
    names = name_candidates(texts, headline=headline, sites=[site for site in sites if site])
    example.names = list(names.values())
    example.names_right = [example.gold and authors_right([name], page.author) for name in names]
    return example


def _person(name: str) -> bool:
    """The name reader takes the name for a person's, or the given-name registers hold its
    first word and it has a person's shape (``reads_as_person``); one word is a first name
    or a user name, which a byline may show as it is."""
    return " " not in name or reads_as_person(name)


def _people(names: tuple) -> bool:
    return all(map(_person, names))


def _first(candidates: list, test) -> int | None:
    return next((at for at, candidate in enumerate(candidates) if test(*candidate)), None)


def _no_person_yields(kinds: tuple):
    """The first source, when it is one of ``kinds`` and names no person, yields to the
    first printed byline that names anyone, when its names all read as people and none is
    one of the first source's ("Ela" in JSON-LD and in the first byline stays)."""
    def order(candidates: list) -> int | None:
        source, names = candidates[0]
        if source not in kinds or any(map(_person, names)):
            return None
        at = _first(candidates, lambda kind, found: kind in PAGE_BYLINES)
        if at is None or not _people(candidates[at][1]):
            return None
        keys = set(map(squash_letters, names))
        return None if keys & set(map(squash_letters, candidates[at][1])) else at
    return order


def _confirmed_first(candidates: list) -> int | None:
    """A structured source of people that a printed byline names too comes first; else the
    first source yields as in ``_no_person_yields(STRUCTURED)``."""
    printed = [
        set(map(squash_letters, names)) for kind, names in candidates if kind in PAGE_BYLINES
    ]

    def confirmed(kind: str, names: tuple) -> bool:
        keys = set(map(squash_letters, names))
        return kind in STRUCTURED and _people(names) and any(keys & found for found in printed)
    at = _first(candidates, confirmed)
    return at if at is not None else _no_person_yields(STRUCTURED)(candidates)


#: Ways to choose among the sources that name someone: each gives the place of its choice
#: among them, or None for the fixed order's.
ORDERS = {
    "the fixed order: the first source that names someone": lambda candidates: None,
    "the first source whose names all read as people": lambda candidates: _first(
        candidates, lambda kind, names: _people(names)
    ),
    "the printed byline first": lambda candidates: _first(
        candidates, lambda kind, names: kind in PAGE_BYLINES
    ),
    "structured data naming no person yields to a printed byline of people": _no_person_yields(
        STRUCTURED
    ),
    "any source above the printed bylines naming no person yields so": _no_person_yields(
        BEFORE_PAGE_BYLINES
    ),
    "structured people a printed byline confirms first, then the yielding": _confirmed_first,
}


@dataclass(slots=True)
class _Judge:
    page: Page
    tree: object
    bylines: list
    sites: list
    title: str | None

    def right(self, at: int | None) -> bool:
        if not self.page.author:
            return False
        chosen = PageMetadata(title=self.title)
        apply_choice(chosen, self.tree, iter(self.bylines), sites=self.sites, at=at)
        return authors_right(chosen.authors, self.page.author)


def _body_texts(tree) -> list:
    texts = tree.xpath("//body//text()[normalize-space()]")
    return [text for text in texts if text.getparent().tag not in _SKIP]


def source_features(
    candidates: list[tuple[str, tuple]], index: int, *, texts: list, title: str | None
) -> dict:
    source, names = candidates[index]
    mine = frozenset(map(squash_letters, names))
    others = [
        frozenset(map(squash_letters, other))
        for at, (_, other) in enumerate(candidates)
        if at != index
    ]
    body, title = " ".join(map(str, texts)).casefold(), (title or "").casefold()
    return {
        f"source={source}": 1.0, "first": float(index == 0), "order": min(index, 4) / 4,
        "names=1": float(len(names) == 1), "names>2": float(len(names) > 2),
        "full name": sum(map(has_name_shape, names)) / len(names),
        "read as person": sum(map(is_named_person, names)) / len(names),
        "same as others": min(sum(keys == mine for keys in others), 3) / 3,
        "overlaps others": min(sum(bool(keys & mine) for keys in others), 3) / 3,
        "inside another": float(any(mine < keys for keys in others)),
        "in text": sum(name.casefold() in body for name in names) / len(names),
        "in title": float(any(name.casefold() in title for name in names)),
    }


def name_candidates(texts: list, *, headline, sites: list) -> dict[str, dict]:
    at = _headline_index(texts, headline)
    found: dict[str, dict] = {}
    for index in _window(len(texts), at):
        name = " ".join(str(texts[index]).split()).strip(" ,;:|·•-–—()")
        if name not in found and _is_name(name, sites):
            found[name] = _name_features(texts, index, at=at, name=name)
    body = " ".join(map(str, texts))
    for name, features in found.items():
        features["times"] = min(math.log1p(body.count(name)) / 3, 1.0)
    return found


def _headline_index(texts: list, headline) -> int | None:
    for index, text in enumerate(texts):
        parent = text.getparent()
        if headline is not None and (parent is headline or headline in parent.iterancestors()):
            return index
    return None


def _window(count: int, at: int | None) -> list[int]:
    """The texts around the headline, nearest first; the first texts when there is none."""
    if at is None:
        return list(range(min(count, 2 * WINDOW)))
    indexes = range(max(at - WINDOW, 0), min(at + WINDOW, count))
    return sorted((i for i in indexes if i != at), key=lambda i: abs(i - at))


def _is_name(name: str, sites: list) -> bool:
    return (len(name) <= 60 and has_name_shape(name) and not has_interface_word(name)
            and not names_site(name, sites) and is_named_person(name))


def _name_features(texts: list, index: int, *, at: int | None, name: str) -> dict:
    element = texts[index].getparent()
    distance = index - at if at is not None else index
    link = next((a for a in [element, *element.iterancestors()] if a.tag == "a"), None)
    nearby = texts[max(index - 3, 0) : index] + texts[index + 1 : index + 4]
    features = {
        "no headline": float(at is None),
        "after headline": float(at is not None and distance > 0),
        "near": 1.0 - min(abs(distance), WINDOW) / WINDOW,
        "next to it": float(abs(distance) <= 3),
        "off region": float(off_region(element, own_footer=True)),
        f"tag={element.tag if element.tag in _TAGS else 'other'}": 1.0,
        "lead before": float(index > 0 and bool(_LEAD.search(str(texts[index - 1]).strip()))),
        "day beside": float(any(next(written_days(str(text)), None) for text in nearby)),
        "words": len(name.split()) / 5,
        "capitals": float(name.isupper()),
        "in link": float(link is not None),
        "author link": float(bool(_AUTHOR_LINK.search(_href(link)))),
    }
    for depth, ancestor in enumerate([element, *element.iterancestors()]):
        words = f"{ancestor.get('class', '')} {ancestor.get('id', '')}".casefold()
        for mark in MARKS:
            if mark in words:
                features[f"{'near' if depth < 4 else 'far'} mark={mark}"] = 1.0
    return features


def _href(link) -> str:
    return (link.get("href") or "") if link is not None else ""


def fit(rows: list[tuple[dict, bool]], strength: float):
    vectorizer = DictVectorizer(sparse=False)
    matrix = vectorizer.fit_transform([features for features, _ in rows])
    model = LogisticRegression(C=strength, max_iter=5000, random_state=SEED)
    model.fit(matrix, [right for _, right in rows])
    return vectorizer, model


def _folds(examples: list[Example], *, folds: int, repeats: int):
    for repeat in range(repeats):
        splitter = KFold(n_splits=folds, shuffle=True, random_state=SEED + repeat)
        for train, test in splitter.split(examples):
            yield [examples[i] for i in train], [examples[i] for i in test]


def source_choice(examples: list[Example], strength: float, *, folds: int, repeats: int) -> float:
    right = 0
    for train, test in _folds(examples, folds=folds, repeats=repeats):
        rows = [
            row for e in train if len(e.sources) > 1 for row in zip(e.sources, e.sources_right)
        ]
        vectorizer, model = fit(rows, strength)
        for e in test:
            if len(e.sources) < 2:
                right += e.rule
                continue
            scores = model.decision_function(vectorizer.transform(e.sources))
            right += e.sources_right[int(np.argmax(scores))]
    return right / repeats


def name_choice(
    examples: list[Example], strength: float, *, everywhere: bool, folds: int, repeats: int
) -> dict:
    """Cross-validated (right, names given on pages without a gold author) per threshold;
    trained on the names of every page with a gold author (``everywhere``) or only of those
    whose sources name no person."""
    totals = {threshold: [0, 0] for threshold in THRESHOLDS}
    for train, test in _folds(examples, folds=folds, repeats=repeats):
        rows = [
            row
            for e in train
            if e.gold and (everywhere or e.fallback)
            for row in zip(e.names, e.names_right)
        ]
        vectorizer, model = fit(rows, strength)
        for e in test:
            best, right = 0.0, False
            if e.names and e.fallback:
                probabilities = model.predict_proba(vectorizer.transform(e.names))[:, 1]
                at = int(np.argmax(probabilities))
                best, right = float(probabilities[at]), e.names_right[at]
            for threshold, total in totals.items():
                taken = e.fallback and best >= threshold
                total[0] += (right if taken else e.rule) if e.gold else 0
                total[1] += taken and not e.gold
    return {key: (right / repeats, added / repeats) for key, (right, added) in totals.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--cache", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument(
        "--orders", action="store_true", help="the fixed ways of choosing only, nothing learned"
    )
    args = parser.parse_args()
    cache = json.loads(args.cache.read_text()) if args.cache and args.cache.exists() else {}
    pages = [page for page in read_pages(args.data)["trafilatura-evaldata"] if page.split == "dev"]
    try:
        examples = [page_example(page, trafilatura_metadata(page, cache)) for page in pages]
    finally:
        if args.cache:
            args.cache.write_text(json.dumps(cache))
    gold = [e for e in examples if e.gold]
    n, options = len(gold), dict(folds=args.folds, repeats=args.repeats)
    ceiling = sum(any(e.sources_right) or e.rule for e in gold)
    print(f"dev pages with a gold author: {n} (without: {len(examples) - n})")
    print("| choice | right |\n| --- | ---: |")
    print(f"| trafilatura's own author | {sum(e.trafilatura for e in gold) / n:.3f} |")
    print(f"| first source that names a person (newsdesk) | {sum(e.rule for e in gold) / n:.3f} |")
    print(f"| best source always chosen (ceiling) | {ceiling / n:.3f} |")
    for label in ORDERS:
        changed = sum(e.orders[label] != e.rule for e in gold)
        right = sum(e.orders[label] for e in gold) / n
        print(f"| {label} (right or wrong against it on {changed}) | {right:.3f} |")
    if args.orders:
        for label in ORDERS:
            for e in gold:
                if e.orders[label] != e.rule:
                    print(f"{label}: {'right' if e.orders[label] else 'wrong'} on {e.url}")
        return
    for strength in STRENGTHS:
        right = source_choice(gold, strength, **options)
        print(f"| learned source choice, C={strength} (cross-validated) | {right / n:.3f} |")
    fallback = [e for e in gold if e.fallback]
    with_name = sum(any(e.names_right) for e in fallback)
    print(
        f"\npages whose sources name no person: {len(fallback)}, right "
        f"{sum(e.rule for e in fallback)}, a right name near the headline on {with_name}"
    )
    print("| trained on | C | threshold | right (cross-validated) | names given, no gold author |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for everywhere, label in ((False, "those pages"), (True, "all pages")):
        for strength in STRENGTHS:
            found = name_choice(examples, strength, everywhere=everywhere, **options)
            for threshold, (right, added) in found.items():
                print(f"| {label} | {strength} | {threshold} | {right / n:.3f} | {added:.1f} |")


if __name__ == "__main__":
    main()
