"""Build a brief extractively from the store: rank sentences, remove redundancy, cite every item.

Sentences are ranked by TF-IDF closeness to the selection's centroid and to the topic, then
picked with Maximal Marginal Relevance (MMR) so that a fact reported by several outlets (or
copied between them) appears once. Articles that copy another selected article (lineage
links ``exact``, ``near`` or ``rewrite``) give no candidates: independent sources are favoured.
The expert corner is built from stored quotes whose speaker has a stated role or affiliation.
Each item's text is exactly its cited span, and the gate (``gate.py``) checks that before
anything is shown.

A Russian article is evidence too: its sentences are ranked in the same TF-IDF space by the
registry names of the entities they mention (Токаев ... ОДКБ is read as "Kassym-Jomart Tokayev
CSTO"), so a Russian sentence is picked when it is central to the same actors, and skipped
when an English sentence already says the same about them. Its item keeps the language, and
the brief quotes it in the original, marked. ``--entity`` selects articles naming the entity
in either script (through the registry).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from newsdesk.article import Article
from newsdesk.brief.experts import is_expert
from newsdesk.brief.gate import verify_brief
from newsdesk.brief.model import SECTIONS, Brief, Citation, Item, Settings, Source
from newsdesk.languages import is_supported
from newsdesk.lineage.links import COPY_KINDS
from newsdesk.prose import is_prose, parse_problems, shape_problem
from newsdesk.sentences import LAYER as SENTENCES
from newsdesk.sentences import sentence_spans
from newsdesk.store import Store
from newsdesk.store.ordering import article_ties

_DATED = re.compile(r"\b(?:January|February|March|April|May|June|July|August|September|October|November|"
                    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|\d{4}|\d+%|\$\s?\d)")
_WHY = re.compile(r"\b(?:matter|matters|means|signal(?:s|ed|led)?|shows?|showing|highlight(?:s|ed)?|"
                  r"implications?|underscore[sd]?|reflects?|reshap\w*|limits?|at stake|consequences?|"
                  r"proved|demonstrates?|important)\b", re.IGNORECASE)
_WATCH = re.compile(r"\b(?:will|could|may|might|watch\w*|next|future|remains? to be seen|expected to|"
                    r"plans? to|test)\b", re.IGNORECASE)
_QUOTE_MARKS = frozenset('"“«„')
#: The cosine similarity to a sentence picked so far at which a candidate repeats it.
_TOO_CLOSE = 0.5


@dataclass(slots=True)
class Candidate:
    article: Article
    start: int
    end: int
    text: str
    vector: int = -1  # row of the candidate in the ranker's TF-IDF matrix
    terms: str | None = None  # what the ranker reads instead of a non-English text (entity names)
    weight: float = 1.0  # for such a text, the share of its words the entity names cover
    score: float = 0.0
    parsed_prose: bool | None = None  # the tagger's verdict (prose.parse_problems), once asked


@dataclass(slots=True)
class Corpus:
    """The articles a brief is built from, with the stored layers it needs."""

    articles: list[Article]
    quotes: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    copies: set[str] = field(default_factory=set)
    stories: dict[str, Any] = field(default_factory=dict)
    mentions: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    #: Registry entities named in each non-English article: ``(start, end, display name)``.
    entity_spans: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    sentences: dict[str, list[dict[str, Any]]] = field(default_factory=dict)


def build_brief(store: Store, settings: Settings) -> Brief:
    """The brief for ``settings``, with every item verified by the gate."""
    corpus = load_corpus(store, settings)
    brief = Brief(title=f"Briefing: {settings.topic}" if settings.topic else "Briefing", settings=settings)
    brief.sources = {a.id: _source(a) for a in corpus.articles}
    if not corpus.articles:
        return brief
    ranker = Ranker(corpus, settings)
    brief.question = settings.question  # "Readers asked" only for a question the user gave
    brief.sections = {
        "key_developments": ranker.pick(settings.length, accept=lambda c: bool(_DATED.search(c.text))),
        "why_it_matters": ranker.pick(max(2, settings.length // 2), accept=lambda c: bool(_WHY.search(c.text))),
        "expert_corner": expert_quotes(corpus, ranker,
                                       settings.question or _default_question(settings),
                                       limit=max(3, settings.length)),
        "framing": framing_section(corpus, store, brief, ranker),
        "more_stories": ranker.pick_other_stories(max(2, settings.length // 2)),
        "one_thing_to_watch": ranker.pick(1, accept=lambda c: bool(_WATCH.search(c.text))),
    }
    texts = {a.id: a.text for a in corpus.articles}
    return verify_brief(brief, texts, corpus.quotes)


def load_corpus(store: Store, settings: Settings) -> Corpus:
    naming = _entity_articles(store, settings.entity)
    articles = [a for a in _topic_articles(store, settings.topic) if is_supported(a.language)
                and _in_period(a, settings) and _mentions(a, settings.entity, naming)]
    ids = [a.id for a in articles]  # the layers of the brief's articles only, not the store's
    corpus = Corpus(articles=articles, quotes=store.layer("quotes", article_ids=ids),
                    mentions=store.layer("mentions", article_ids=ids),
                    sentences=store.layer(SENTENCES, article_ids=ids))
    corpus.entity_spans = {
        a.id: [(m["start"], m["end"], m["name"]) for m in store.article_entity_spans(a.id)]
        for a in articles if a.language not in (None, "en")}
    selected = {a.id for a in articles}
    for article_id, links in _extra(store, "duplicates").items():
        if article_id in selected and any(
            link.get("kind") in COPY_KINDS and link.get("of") in selected for link in links or []
        ):
            corpus.copies.add(article_id)
    corpus.stories = _extra(store, "cluster")
    return corpus


def _topic_articles(store: Store, topic: str | None) -> Iterable[Article]:
    """Every article, or the articles about ``topic`` (see ``on_topic``), in ingest order. A
    topic word naming a registry entity also counts the entity's one-word Cyrillic names in any
    of their forms (``tokayev`` counts Токаев, Токаева, ...)."""
    words = sorted({w for w in re.findall(r"\w{3,}", (topic or "").lower()) if w not in ENGLISH_STOP_WORDS})
    if not words:
        return store.iter_articles()
    forms = [[word, *_cyrillic_forms(store, word)] for word in words]
    rows = store.word_counts([form for group in forms for form in group])
    counts = _per_word(rows, [len(group) for group in forms])
    if all(len(group) == 1 for group in forms):
        ids = on_topic(counts, total=store.count_articles())
    else:
        ids = _on_topic_per_language(store, counts)
    found = store.get_articles(ids)
    return [found[article_id] for article_id in ids if article_id in found]


def _cyrillic_forms(store: Store, word: str) -> list[str]:
    """Substrings finding the one-word Cyrillic names of the entity ``word`` names, if any."""
    from newsdesk.lang.words import CYRILLIC_WORD, stem_prefixes

    if CYRILLIC_WORD.search(word) or (entity := store.find_entity(word)) is None:
        return []
    names = [n for n in store.entity_spellings(entity["id"]) if CYRILLIC_WORD.fullmatch(n)]
    return stem_prefixes(names)


def _on_topic_per_language(store: Store, counts: list[tuple[str, int, list[int]]]) -> list[str]:
    """``on_topic`` within each language: a short Russian article dense with a name would
    otherwise outscore every English one (lengths and words differ between languages)."""
    found = store.get_articles([row[0] for row in counts])
    language = {article_id: article.language or "" for article_id, article in found.items()}
    chosen: set[str] = set()
    for wanted in sorted(set(language.values())):
        rows = [row for row in counts if language.get(row[0]) == wanted]
        chosen |= set(on_topic(rows, total=store.count_articles()))
    return [row[0] for row in counts if row[0] in chosen]


def _per_word(rows: list[tuple[str, int, list[int]]], sizes: list[int]
              ) -> list[tuple[str, int, list[int]]]:
    """Counts per topic word: the counts of each word's forms summed."""
    bounds = list(itertools.accumulate(sizes, initial=0))
    return [(article_id, words, [sum(found[a:b]) for a, b in itertools.pairwise(bounds)])
            for article_id, words, found in rows]


def on_topic(counts: list[tuple[str, int, list[int]]], *, total: int) -> list[str]:
    """Ids whose TF-IDF score for the topic words (sublinear tf, smooth idf, divided by the square
    root of the article's length) is at least half the best, holding at least half of the words."""
    if not counts:
        return []
    tf = np.array([row[2] for row in counts], dtype=float)
    idf = np.log((1 + total) / (1 + (tf > 0).sum(axis=0))) + 1
    weights = np.where(tf > 0, 1 + np.log(np.maximum(tf, 1)), 0.0) * idf
    scores = weights.sum(axis=1) / np.sqrt(np.maximum([row[1] for row in counts], 1))
    enough = (tf > 0).sum(axis=1) >= math.ceil(tf.shape[1] / 2)
    best = scores[enough].max(initial=0.0)
    return [row[0] for row, score, ok in zip(counts, scores, enough) if ok and best > 0 and score >= 0.5 * best]


def _extra(store: Store, name: str) -> dict[str, Any]:
    from newsdesk.exporter import EXTRA_FIELDS

    values_of = EXTRA_FIELDS.get(name)
    return values_of(store) if values_of else {}


def _in_period(article: Article, settings: Settings) -> bool:
    if not (settings.since or settings.until):
        return True
    if not article.published:
        return False
    date = article.published
    if settings.since and date < settings.since[: len(date)]:
        return False
    return not (settings.until and date[: len(settings.until)] > settings.until)


def _entity_articles(store: Store, entity: str | None) -> set[str]:
    """The articles the registry says name ``entity`` (in any script), if it knows the name."""
    found = store.find_entity(entity) if entity else None
    return {row["id"] for row in store.entity_detail(found["id"])["articles"]} if found else set()


def _mentions(article: Article, entity: str | None, naming: set[str]) -> bool:
    return entity is None or article.id in naming or entity.lower() in article.text.lower()


def _source(article: Article) -> Source:
    return Source(article.id, article.title, article.outlet, article.published, article.url,
                  article.path, article.language)


def _default_question(settings: Settings) -> str:
    return f"What do experts say about {settings.topic}?" if settings.topic else "What do experts say?"


class Ranker:
    """Scores candidate sentences once; picks sections with MMR against everything picked so far."""

    def __init__(self, corpus: Corpus, settings: Settings, *, diversity: float = 0.3) -> None:
        self.corpus = corpus
        self.diversity = diversity
        self.candidates = _candidates(corpus)
        self.vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True)
        texts = [c.text if c.terms is None else c.terms for c in self.candidates]
        if any(re.search(r"[^\W\d_]{2}", text) for text in texts):
            self.matrix = self.vectorizer.fit_transform(texts).tocsr()
        else:  # nothing to rank by (no candidate, or Russian sentences naming no entity)
            self.matrix = self.vectorizer.fit(["newsdesk"]).transform(texts or [""]).tocsr()
        centroid = np.asarray(self.matrix.mean(axis=0)).ravel()
        self.centrality = self.matrix @ centroid / (np.linalg.norm(centroid) or 1.0)
        topic = self.vectorizer.transform([settings.topic or ""]).toarray().ravel()
        on_topic = self.matrix @ topic
        self.on_topic = on_topic
        for index, candidate in enumerate(self.candidates):
            candidate.vector = index
            lead_bonus = 0.05 if candidate.start < 600 else 0.0
            relevance = self.centrality[index] + 0.5 * on_topic[index]
            candidate.score = float(candidate.weight * relevance + lead_bonus)
        self.redundancy = np.zeros(self.matrix.shape[0])  # max similarity to anything picked so far
        self.picked: list[Candidate] = []
        self._core_places: set[str] | None = None

    def pick(self, count: int, *, accept: Callable[[Candidate], bool]) -> list[Item]:
        """Up to ``count`` accepted candidates by MMR; a candidate too close (``_TOO_CLOSE``) to a
        picked one is skipped."""
        picked = {c.vector for c in self.picked}
        pool = np.array([c.vector for c in self.candidates if accept(c) and c.vector not in picked], dtype=int)
        scores = np.array([self.candidates[i].score for i in pool])
        chosen: list[Candidate] = []
        while pool.size and len(chosen) < count:
            best = int(np.argmax((1 - self.diversity) * scores - self.diversity * self.redundancy[pool]))
            index = int(pool[best])
            pool, scores = np.delete(pool, best), np.delete(scores, best)
            if self.redundancy[index] < _TOO_CLOSE and _parsed_prose(self.candidates[index]):
                chosen.append(self.candidates[index])
                self._add(self.candidates[index])
        return [_sentence_item(c) for c in chosen]

    def _add(self, candidate: Candidate) -> None:
        similarity = (self.matrix @ self.matrix[candidate.vector].T).toarray().ravel()
        self.redundancy = np.maximum(self.redundancy, similarity)
        self.picked.append(candidate)

    def repeats(self, text: str) -> bool:
        """Whether ``text`` is as close (``_TOO_CLOSE``) to a sentence picked so far as ``pick`` skips."""
        if not self.picked:
            return False
        rows = self.matrix[[candidate.vector for candidate in self.picked]]
        return bool((rows @ self.vectorizer.transform([text]).T).max() >= _TOO_CLOSE)

    def shown(self, text: str) -> None:
        """Count a sentence another section shows (an outlet's fact) as picked, so that no
        later section repeats it or a sentence as close to it."""
        similarity = (self.matrix @ self.vectorizer.transform([text]).T).toarray().ravel()
        self.redundancy = np.maximum(self.redundancy, similarity)

    def pick_other_stories(self, count: int) -> list[Item]:
        """Lead sentences of stories other than the main one (or, with one story, far-off subjects)."""
        stories = self.corpus.stories
        main = _main_story(self.corpus.articles, stories)
        if main is not None and len({stories.get(a.id) for a in self.corpus.articles}) > 1:
            return self.pick(count, accept=lambda c: stories.get(c.article.id) != main and c.start < 400)
        items: list[Item] = []
        covered: set[str] = set()
        for _ in range(count):  # one item per subject: a place already covered is not picked again
            found = self.pick(1, accept=lambda c, done=frozenset(covered): self._other_subject(c)
                              and not self._places_of(c) & done)
            if not found:
                break
            items.extend(found)
            covered |= self._places_of(self.picked[-1])
        return items

    def _places_of(self, candidate: Candidate) -> set[str]:
        return _places(self.corpus.mentions.get(candidate.article.id, []), candidate.start, candidate.end)

    def _other_subject(self, candidate: Candidate) -> bool:
        """A paragraph's lead sentence about places the main story is not about: it names a
        place that at most 60% of the articles name and no place that more of them name
        (a newsletter's "more stories", told inside the same articles)."""
        text = candidate.article.text
        if not (candidate.start == 0 or text[max(0, candidate.start - 2):candidate.start] == "\n\n"):
            return False
        places = self._places_of(candidate)
        return bool(places) and not places & self.core_places

    @property
    def core_places(self) -> set[str]:
        if self._core_places is None:
            counts: dict[str, int] = {}
            for article in self.corpus.articles:
                for place in _places(self.corpus.mentions.get(article.id, []), 0, len(article.text)):
                    counts[place] = counts.get(place, 0) + 1
            self._core_places = {p for p, n in counts.items() if n > 0.6 * len(self.corpus.articles)}
        return self._core_places

    def question_relevance(self, texts: list[str], question: str) -> list[float]:
        """Each text's dot product with the question in the ranker's TF-IDF space; the texts
        are transformed in one call (one call per text took seconds at a few hundred
        articles), each row compared as a pair of rows would be."""
        if not texts:
            return []
        vectors = self.vectorizer.transform([*texts, question]).tocsr()
        asked = vectors[len(texts)]
        return [float(vectors[index].multiply(asked).sum()) for index in range(len(texts))]


def _places(mentions: list[dict[str, Any]], start: int, end: int) -> set[str]:
    return {m.get("name") or m.get("text") for m in mentions
            if m.get("label") == "GPE" and start <= m.get("start", -1) < end}


def _main_story(articles: Sequence[Article], stories: dict[str, Any]) -> Any:
    counts: dict[Any, int] = {}
    for article in articles:
        if article.id in stories:
            counts[stories[article.id]] = counts.get(stories[article.id], 0) + 1
    return max(counts, key=counts.get) if counts else None


def _candidates(corpus: Corpus) -> list[Candidate]:
    """Statements of 8-60 words outside quotes whose shape reads as article prose (``prose.py``;
    the tagger's check follows when a candidate is picked)."""
    candidates = []
    for article in corpus.articles:
        if article.id in corpus.copies:
            continue
        quoted = [(q["start"], q["end"]) for q in corpus.quotes.get(article.id, []) if q.get("direct")]
        for start, end in sentence_spans(article.text, corpus.sentences.get(article.id)):
            text = article.text[start:end]
            words = len(text.split())
            if 8 <= words <= 60 and not text.endswith("?") and not _inside(start, end, quoted) \
                    and not _QUOTE_MARKS.intersection(text):
                candidates.append(_candidate(corpus, article, start, end))
    return [c for c in candidates if shape_problem(c.text) is None]


def _candidate(corpus: Corpus, article: Article, start: int, end: int) -> Candidate:
    """A sentence; for a non-English article, read by the registry names of the entities it
    names and weighed by the share of its words they cover (the rest is not compared)."""
    text = article.text[start:end]
    if article.id not in corpus.entity_spans:
        return Candidate(article, start, end, text)
    spans = corpus.entity_spans[article.id]
    named = [(s, e, name) for s, e, name in spans if start <= s and e <= end]
    covered = sum(len(article.text[s:e].split()) for s, e, _ in named)
    return Candidate(article, start, end, text, terms=" ".join(name for _, _, name in named),
                     weight=covered / max(len(text.split()), 1))


def _parsed_prose(candidate: Candidate) -> bool:
    """Whether the tagger reads the candidate as prose; asked only of candidates about to be
    picked (tagging every sentence of a large selection would take longer than the brief)."""
    if candidate.parsed_prose is None:
        candidate.parsed_prose = parse_problems([candidate.text])[0] is None
    return candidate.parsed_prose


def _inside(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(s < end and start < e for s, e in spans)


def _sentence_item(candidate: Candidate) -> Item:
    citation = Citation(candidate.article.id, candidate.start, candidate.end)
    return Item(text=candidate.text, citations=[citation], score=round(candidate.score, 4),
                language=candidate.article.language)


def expert_quotes(corpus: Corpus, ranker: Ranker, question: str, *, limit: int) -> list[Item]:
    """Direct quotes of speakers with a stated role or affiliation, most relevant to the question first."""
    found = []
    by_id = {a.id: a for a in corpus.articles if a.id not in corpus.copies}
    for article_id, records in corpus.quotes.items():
        for record in records if article_id in by_id else []:
            named = record.get("speaker") and not record.get("nominal")  # not "a senior official"
            if not (named and record.get("direct") and is_expert(record)):
                continue
            found.append((article_id, record, by_id[article_id].text[record["start"]:record["end"]]))
    relevance = ranker.question_relevance([text for _, _, text in found], question)
    scored = [(score + 0.01 * len(text.split()) ** 0.5, article_id, record, text)
              for score, (article_id, record, text) in zip(relevance, found, strict=True)]
    items, seen = [], set()
    for score, article_id, record, text in _one_per_speaker(scored):
        said = " ".join(re.findall(r"\w+", text.lower()))
        if record["speaker"] in seen or said in seen or len(items) >= limit:
            continue  # each expert once, each quote once (also when two articles carry it)
        seen |= {record["speaker"], said}
        items.append(Item(text=text, citations=[Citation(article_id, record["start"], record["end"])], kind="quote",
                          speaker=record.get("speaker"), role=record.get("role"),
                          affiliation=record.get("affiliation"), score=round(score, 4),
                          language=by_id[article_id].language))
    return items


def _one_per_speaker(scored: list[tuple]) -> list[tuple]:
    """Per speaker the quote whose record states the most specific (longest) role, the most
    relevant among those; most relevant first."""
    best: dict[str, tuple] = {}
    for entry in sorted(scored, key=lambda e: (len(e[2].get("role") or ""), e[0]), reverse=True):
        best.setdefault(entry[2]["speaker"], entry)
    return sorted(best.values(), key=lambda entry: entry[0], reverse=True)


def framing_section(corpus: Corpus, store: Store, brief: Brief, ranker: Ranker) -> list[Item]:
    """For the main story, when several outlets cover it: per outlet one fact no other outlet reports
    (cited), and the outlet comparison rows in ``brief.framing``. A fact the sections before
    show is passed over, and the facts shown count as picked for the sections after: the
    same sentence was shown twice, as an outlet's fact and as the one thing to watch."""
    from newsdesk.brief.framing import compare_outlets, framing_rows

    main = _most_covered_story(corpus)
    if main is None:
        return []
    members = [a for a in corpus.articles if corpus.stories.get(a.id) == main]
    layers = {"quotes": corpus.quotes, "mentions": corpus.mentions, SENTENCES: corpus.sentences,
              "figures": store.layer("figures", article_ids=[a.id for a in members])}
    framing = compare_outlets(main, members, layers)
    if len(framing.outlets) < 2:
        return []
    brief.framing = framing_rows(framing)
    items = []
    for outlet in framing.outlets:
        facts = [f for f in outlet.unique_facts
                 if 8 <= len(f.text.split()) <= 45 and not _QUOTE_MARKS.intersection(f.text)
                 and not ranker.repeats(f.text)]
        fact = next((f for f in facts if is_prose([f.text])[0]), None)  # tag until one is found
        if fact is not None:
            ranker.shown(fact.text)
            citation = fact.citations[outlet.outlet]
            language = next((a.language for a in members if a.id == citation.article), None)
            items.append(Item(text=fact.text, citations=[citation], outlet=outlet.outlet, language=language))
    return items


def _most_covered_story(corpus: Corpus) -> Any:
    """The story covered by the most outlets (at least two), then the one holding the first
    article in the store's order of ties (``article_ties``; not the story's id: that is its
    first article's, made from a path)."""
    from newsdesk.brief.framing import outlet_of

    outlets: dict[Any, set[str]] = {}
    first: dict[Any, tuple[str, ...]] = {}
    for article in corpus.articles:
        if article.id in corpus.stories:
            story, ties = corpus.stories[article.id], article_ties(article)
            outlets.setdefault(story, set()).add(outlet_of(article) or article.id)
            first[story] = min(first.get(story, ties), ties)
    ranked = sorted(outlets, key=lambda story: (-len(outlets[story]), first[story], str(story)))
    return ranked[0] if ranked and len(outlets[ranked[0]]) > 1 else None


__all__ = ["SECTIONS", "build_brief", "is_expert", "load_corpus", "on_topic"]
