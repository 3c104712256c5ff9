"""Framing: how the outlets covering one story differ in what they include and the words they use.

For one story (the story clusters of the lineage step) the articles are grouped by outlet (its
name, else its URL's host, else "unknown outlet": ``outlet_names``) and compared on:

* facts: prose sentences grouped across outlets by meaning, not wording: the TF-IDF cosine of
  their content-word stems (Snowball) is at least ``FACT_SIMILARITY``, or at least
  ``SAME_FIGURE_SIMILARITY`` when both state the same number (the same figure about the same
  measure); each fact lists the outlets that include it and those that omit it;
* figures (layer ``figures``), quoted sources (layer ``quotes``: people and organisations
  quoted with a speech cue, never an outlet or a book's author) and actors (layer ``mentions``:
  people, organisations, places, groups). An outlet *omits* what the story's other outlets
  treat as central: named by at least half of them, the ``OMISSIONS`` most widely named first;
* word choices: counts of the loaded terms in ``LOADED_TERMS`` (a small documented lexicon of
  words that frame unrest), and each outlet's most distinctive words by the weighted log-odds
  ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008).

The log-odds ratio is a dozen lines of arithmetic over word counts (scikit-learn's
``CountVectorizer`` does the counting); no well-kept library ships it, so it is written here.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlparse

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer

from newsdesk.article import Article
from newsdesk.brief.model import Citation
from newsdesk.errors import NotFoundError, UsageError
from newsdesk.prose import shape_problem
from newsdesk.sentences import LAYER as SENTENCES
from newsdesk.sentences import sentence_spans
from newsdesk.store import Store
from newsdesk.store.ordering import article_ties

#: Read off the seed story's cross-outlet sentence pairs: above 0.32 pairs state one claim.
FACT_SIMILARITY = 0.32
SAME_FIGURE_SIMILARITY = 0.2
OMISSIONS = 5
ACTOR_LABELS = ("PERSON", "ORG", "GPE", "NORP")
SOURCE_LABELS = ("PERSON", "ORG")
_MEDIA = re.compile(r"\b(?:Service|News|Post|Times|Journal|Press|Radio|TV|Television|Agency|"
                    r"Gazette|Herald|Tribune|Daily|Weekly|Magazine|RFE/RL|Reuters|AFP|Xinhua|"
                    r"TASS|Interfax|Bloomberg)\b")
_NUMBER = re.compile(r"\d[\d,.]*\d|\d")

#: Loaded terms for unrest and dissent: the frame each word carries. Matched case-insensitively
#: as whole words (simple plurals included).
LOADED_TERMS: dict[str, str] = {
    "unrest": "neutral disorder",
    "protest": "civic dissent",
    "protester": "civic dissent",
    "demonstration": "civic dissent",
    "demonstrator": "civic dissent",
    "uprising": "popular revolt",
    "revolt": "popular revolt",
    "riot": "criminal disorder",
    "rioter": "criminal disorder",
    "looting": "criminal disorder",
    "bandit": "criminal disorder",
    "mob": "criminal disorder",
    "terrorist": "security threat",
    "terrorism": "security threat",
    "extremist": "security threat",
    "coup attempt": "elite conspiracy",
    "attempted coup": "elite conspiracy",
    "coup": "elite conspiracy",
    "color revolution": "foreign interference",
    "colour revolution": "foreign interference",
    "foreign-backed": "foreign interference",
    "crackdown": "state repression",
    "shoot to kill": "state repression",
    "peacekeeper": "security mission",
    "peacekeeping": "security mission",
    "intervention": "security mission",
    "crisis": "neutral disorder",
    "chaos": "neutral disorder",
    "violence": "neutral disorder",
}
_TERM_PATTERNS = {term: re.compile(rf"\b{re.escape(term)}(?:e?s)?\b", re.IGNORECASE) for term in LOADED_TERMS}


@dataclass(slots=True)
class Fact:
    """A statement made in one or more outlets, with one citation per outlet that includes it."""

    text: str
    citations: dict[str, Citation]
    omitted_by: list[str]


@dataclass(slots=True)
class OutletFraming:
    outlet: str
    articles: list[str]
    facts: int = 0
    unique_facts: list[Fact] = field(default_factory=list)
    facts_omitted: list[Fact] = field(default_factory=list)
    figures: list[str] = field(default_factory=list)
    figures_omitted: list[str] = field(default_factory=list)
    speakers: list[str] = field(default_factory=list)
    speakers_omitted: list[str] = field(default_factory=list)
    actors: list[str] = field(default_factory=list)
    actors_omitted: list[str] = field(default_factory=list)
    loaded_terms: dict[str, int] = field(default_factory=dict)
    distinctive_terms: list[tuple[str, float]] = field(default_factory=list)


@dataclass(slots=True)
class Framing:
    story: str
    outlets: list[OutletFraming]
    shared_facts: list[Fact]

    def to_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


def frame_story(store: Store, story: str) -> Framing:
    """Compare the outlets of ``story`` (a story id or a unique prefix of one)."""
    stories = store.article_stories()
    matching = sorted({s for s in stories.values() if s.startswith(story)})
    if not matching:
        raise NotFoundError(f"no story {story!r}", kind="story")
    if len(matching) > 1:
        raise UsageError(f"story {story!r} matches {len(matching)} stories; give more of its id")
    ids = [article_id for article_id, s in stories.items() if s == matching[0]]
    articles = list(store.get_articles(ids).values())
    layers = {name: store.layer(name, article_ids=ids)
              for name in ("figures", "quotes", "mentions", SENTENCES)}
    return compare_outlets(matching[0], articles, layers)


#: What an article with neither an outlet nor a URL is shown under.
UNKNOWN_OUTLET = "unknown outlet"


def outlet_of(article: Article) -> str | None:
    """The outlet's name, else the web host of its URL, else None: what a reader knows the
    publisher by (never the title, which names the article, nor the file name, which is ours)."""
    if article.outlet:
        return article.outlet
    return (urlparse(article.url).netloc if article.url else "") or None


def outlet_names(articles: list[Article]) -> dict[str, str]:
    """Each article's id -> the outlet it is compared under (``outlet_of``), else "unknown
    outlet"; several articles of unknown outlets are not taken for one: each adds its id."""
    unknown = [a.id for a in articles if outlet_of(a) is None]
    alone = len(unknown) == 1
    return {a.id: outlet_of(a) or (UNKNOWN_OUTLET if alone else f"{UNKNOWN_OUTLET} ({a.id})")
            for a in articles}


def compare_outlets(story: str, articles: list[Article], layers: dict[str, dict[str, list]]) -> Framing:
    """The framing comparison of these articles (one story), outlet by outlet: the outlets by
    name, each one's articles in the store's order of ties (``article_ties``: the same order
    wherever the files lay; an id is a hash of the input's path)."""
    names = outlet_names(articles)
    by_outlet: dict[str, list[Article]] = {}
    for article in sorted(articles, key=lambda a: (names[a.id], *article_ties(a))):
        by_outlet.setdefault(names[article.id], []).append(article)
    outlets = {name: OutletFraming(name, [a.id for a in group]) for name, group in by_outlet.items()}
    facts = group_facts(by_outlet, sentences=layers.get(SENTENCES, {}))
    _count_facts(outlets, facts)
    mentions = layers.get("mentions", {})
    sources = {article_id: [r for r in records if is_quoted_source(r, mentions.get(article_id, []),
                                                                   outlets=set(by_outlet))]
               for article_id, records in layers.get("quotes", {}).items()}
    for layer, getter, included, omitted in _LAYER_FIELDS:
        values = sources if layer == "quotes" else layers.get(layer, {})
        _compare_layer(outlets, by_outlet, values, getter, included=included, omitted=omitted)
    _word_choices(outlets, by_outlet)
    shared = [fact for fact in facts if len(fact.citations) > 1]
    return Framing(story, list(outlets.values()), shared)


def group_facts(by_outlet: dict[str, list[Article]], *,
                sentences: Mapping[str, list[dict[str, Any]]] | None = None) -> list[Fact]:
    """Prose sentences grouped across outlets when they state the same claim (module docstring);
    ``sentences`` is the stored sentence layer by article id (the regex splitter without it)."""
    stored = sentences or {}
    sentences = [(name, article, start, end) for name, group in by_outlet.items() for article in group
                 for start, end in sentence_spans(article.text, stored.get(article.id))
                 if len(article.text[start:end].split()) >= 6
                 and shape_problem(article.text[start:end]) is None]
    if not sentences:
        return []
    texts = [article.text[start:end] for _, article, start, end in sentences]
    similar = same_claim(texts)
    facts, used = [], set()
    for i, (name, article, start, end) in enumerate(sentences):
        if i in used:
            continue
        citations = {name: Citation(article.id, start, end)}
        for j in np.flatnonzero(similar[i]):
            if j not in used and sentences[j][0] not in citations:
                citations[sentences[j][0]] = Citation(sentences[j][1].id, sentences[j][2], sentences[j][3])
                used.add(int(j))
        used.add(i)
        facts.append(Fact(article.text[start:end], citations, [o for o in by_outlet if o not in citations]))
    return facts


def same_claim(texts: list[str]) -> np.ndarray:
    """Which pairs of ``texts`` state the same claim: content-stem TF-IDF cosine at least
    ``FACT_SIMILARITY``, or at least ``SAME_FIGURE_SIMILARITY`` with a number in common."""
    from newsdesk.rewrite import content_stems

    matrix = TfidfVectorizer(analyzer=content_stems, sublinear_tf=True).fit_transform(texts)
    similarity = (matrix @ matrix.T).toarray()
    numbers = [{n.replace(",", "") for n in _NUMBER.findall(text)} for text in texts]
    shared = np.array([[bool(a & b) for b in numbers] for a in numbers])
    return (similarity >= FACT_SIMILARITY) | ((similarity >= SAME_FIGURE_SIMILARITY) & shared)


def _count_facts(outlets: dict[str, OutletFraming], facts: list[Fact]) -> None:
    for fact in facts:
        for name in fact.citations:
            outlets[name].facts += 1
            if len(fact.citations) == 1 and len(outlets) > 1:
                outlets[name].unique_facts.append(fact)
    shared = sorted((f for f in facts if len(f.citations) > 1), key=lambda f: -len(f.citations))
    for name, outlet in outlets.items():
        central = [f for f in shared
                   if name in f.omitted_by and len(f.citations) >= _central(len(outlets))]
        outlet.facts_omitted = central[:OMISSIONS]


def _central(outlets: int) -> int:
    """How many of an outlet's other outlets must name a thing for its absence to be omission."""
    return max(1, math.ceil((outlets - 1) / 2))


def is_quoted_source(record: dict[str, Any], mentions: list[dict[str, Any]], *,
                     outlets: set[str]) -> bool:
    """A person or organisation quoted with a speech cue: not an outlet ("Kyrgyz Service",
    "South China Morning Post"), not a name known only as a book's author (no cue)."""
    speaker = record.get("speaker")
    if not speaker or not record.get("cue") or speaker in outlets or _MEDIA.search(speaker):
        return False
    labels = {m.get("label") for m in mentions if speaker in (m.get("name"), m.get("text"))}
    return not labels or bool(labels & set(SOURCE_LABELS))


def _figure_key(record: dict[str, Any]) -> str | None:
    return record.get("text")


def _speaker_key(record: dict[str, Any]) -> str | None:
    return record.get("speaker")


def _actor_key(record: dict[str, Any]) -> str | None:
    return record.get("name") if record.get("label") in ACTOR_LABELS else None


_LAYER_FIELDS = (
    ("figures", _figure_key, "figures", "figures_omitted"),
    ("quotes", _speaker_key, "speakers", "speakers_omitted"),
    ("mentions", _actor_key, "actors", "actors_omitted"),
)


def _compare_layer(outlets: dict[str, OutletFraming], by_outlet: dict[str, list[Article]],
                   layer: dict[str, list[dict[str, Any]]], key, *, included: str, omitted: str) -> None:
    """For each outlet: the layer's values it includes, and the central ones it omits (named by at
    least half of the other outlets; the ``OMISSIONS`` most widely named first)."""
    found = {name: sorted({k for a in group for r in layer.get(a.id, []) if (k := key(r))})
             for name, group in by_outlet.items()}
    naming = Counter(value for values in found.values() for value in values)
    for name, values in found.items():
        setattr(outlets[name], included, values)
        central = [v for v in naming if v not in values and naming[v] >= _central(len(found))]
        setattr(outlets[name], omitted, sorted(central, key=lambda v: (-naming[v], v))[:OMISSIONS])


def loaded_terms(text: str) -> dict[str, int]:
    """How often each loaded term of ``LOADED_TERMS`` occurs in ``text`` (whole words, any case)."""
    counts = {}
    for term, pattern in _TERM_PATTERNS.items():
        hits = len(pattern.findall(text))
        if term == "coup":
            hits -= sum(len(_TERM_PATTERNS[t].findall(text)) for t in ("coup attempt", "attempted coup"))
        if hits > 0:
            counts[term] = hits
    return counts


def _word_choices(outlets: dict[str, OutletFraming], by_outlet: dict[str, list[Article]]) -> None:
    texts = {name: "\n".join(a.text for a in group) for name, group in by_outlet.items()}
    for name, text in texts.items():
        outlets[name].loaded_terms = loaded_terms(text)
    if len(texts) > 1:
        for name, terms in distinctive_terms(texts).items():
            outlets[name].distinctive_terms = terms


def distinctive_terms(texts: dict[str, str], *, top: int = 8, min_z: float = 1.0,
                      prior_size: float = 200.0) -> dict[str, list[tuple[str, float]]]:
    """Each group's words with the highest weighted log-odds z-score against all other groups.

    Monroe, Colaresi & Quinn (2008), "Fightin' Words", informative Dirichlet prior from the
    pooled counts; only words with z >= ``min_z`` (default 1.0: a few articles give weak evidence) are kept.
    """
    vectorizer = CountVectorizer(stop_words="english", token_pattern=r"(?u)\b[a-zA-Z][a-zA-Z-]+\b", lowercase=True)
    if not any(re.search(r"[a-zA-Z]{2}", text) for text in texts.values()):
        return {}  # no English word to compare (Russian outlets only)
    counts = vectorizer.fit_transform(list(texts.values())).toarray().astype(float)
    words = vectorizer.get_feature_names_out()
    pooled = counts.sum(axis=0)
    prior = pooled / pooled.sum() * prior_size + 0.01  # prior_size: pseudo-words of the shared prior
    prior_total = prior.sum()
    out = {}
    for index, name in enumerate(texts):
        mine, rest = counts[index], counts.sum(axis=0) - counts[index]
        z = _log_odds_z(mine, rest, prior, prior_total)
        best = np.argsort(-z)[:top]
        out[name] = [(str(words[i]), round(float(z[i]), 2)) for i in best if z[i] >= min_z]
    return out


def _log_odds_z(mine: np.ndarray, rest: np.ndarray, prior: np.ndarray, prior_total: float) -> np.ndarray:
    n_mine, n_rest = mine.sum(), rest.sum()
    delta = (np.log((mine + prior) / (n_mine + prior_total - mine - prior))
             - np.log((rest + prior) / (n_rest + prior_total - rest - prior)))
    variance = 1.0 / (mine + prior) + 1.0 / (rest + prior)
    return delta / np.sqrt(variance)


def framing_rows(framing: Framing) -> list[dict[str, Any]]:
    """One row per outlet, the numbers a brief shows."""
    return [{
        "outlet": o.outlet, "articles": len(o.articles), "facts": o.facts, "unique_facts": len(o.unique_facts),
        "figures": len(o.figures), "speakers": o.speakers, "speakers_omitted": o.speakers_omitted,
        "actors": len(o.actors), "actors_omitted": o.actors_omitted,
        "facts_omitted": [f.text for f in o.facts_omitted],
        "loaded_terms": dict(sorted(o.loaded_terms.items(), key=lambda kv: (-kv[1], kv[0]))),
        "distinctive_terms": [word for word, _ in o.distinctive_terms],
    } for o in framing.outlets]


def summary_lines(framing: Framing) -> list[str]:
    """A plain-language line per outlet, for briefs and the terminal."""
    lines = []
    for outlet in framing.outlets:
        terms = ", ".join(f"{t} ×{n}" for t, n in sorted(outlet.loaded_terms.items(), key=lambda kv: -kv[1])[:5])
        lines.append(
            f"{outlet.outlet}: {outlet.facts} facts ({len(outlet.unique_facts)} no other outlet reports), "
            f"{len(outlet.figures)} figures, quotes {len(outlet.speakers)} named speakers, names "
            f"{len(outlet.actors)} actors (omits {len(outlet.actors_omitted)})"
            + (f"; loaded terms: {terms}" if terms else "")
            + (f"; distinctive words: {', '.join(w for w, _ in outlet.distinctive_terms[:5])}"
               if outlet.distinctive_terms else ""))
    return lines


__all__ = ["LOADED_TERMS", "Fact", "Framing", "OutletFraming", "compare_outlets", "distinctive_terms",
           "frame_story", "loaded_terms", "summary_lines"]
