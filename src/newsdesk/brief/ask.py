"""Answer a question from the store: hybrid retrieval over sentences and quotes, cited and gated.

Passages are every sentence of every current article plus every stored quote with a speaker.
They are ranked by BM25 (the DuckDB full-text-search extension, loaded from the PyPI package
``duckdb-extension-fts``) and, when the optional extra ``newsdesk[embeddings]`` is installed, by
cosine similarity of MiniLM sentence embeddings; the two rankings are fused with reciprocal
rank fusion (RRF, k = 60). Embeddings are stored for stores of up to ``EMBED_ALL_MAX``
passages; above that the embedding ranking re-orders the BM25 top passages per question. The answer is assembled from the best passages, expert quotes first,
and every item goes through the same verification gate as a brief.

Ask knows when it does not know: a passage is kept only when it is relevant by two measures,
its BM25 score per content word of the question (``MIN_BM25``) and the share of the question's
content words (stemmed as the index stems them) that it or its article's title holds
(``MIN_COVERAGE``), and when it reads as article prose (``prose.py``). With no such passage the
answer is "not found in the store", with the nearest articles; so is an answer whose relevant
passages all drop out (a quote of no expert, an item the gate refuses). Both thresholds were calibrated
on half of the questions of ``benchmarks/data/ask_questions.jsonl`` and measured on the other
half (``docs/brief.md``).

Russian passages are indexed by their words' keys (``newsdesk.lang.words``: Токаев, Токаева and
Токаеву match), and a question naming a registry entity also finds it written in the other
script: "Tokayev" in an English question is searched as Токаев too, "Токаев" in a Russian
question as Tokayev, and either spelling holds that word of the question for the coverage test.
Each answer item carries its article's language, so it is quoted in the original and marked.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pyarrow as pa

from newsdesk.brief.embed import load_encoder
from newsdesk.brief.experts import is_expert
from newsdesk.brief.gate import verify_items
from newsdesk.brief.model import Citation, Dropped, Item, Source
from newsdesk.errors import UsageError
from newsdesk.lang.words import CYRILLIC_WORD, content_keys, english_stop_words, index_text
from newsdesk.prose import parse_problems, shape_problem
from newsdesk.sentences import sentence_spans
from newsdesk.store import DEFAULT_DB, Store, open_store

log = logging.getLogger(__name__)

RRF_K = 60
BM25_ONLY = "BM25 only (install newsdesk[embeddings] for hybrid retrieval)"
HYBRID = "BM25 + embeddings, reciprocal rank fusion"
HYBRID_POOL = "BM25, re-ranked by embeddings of its top passages, reciprocal rank fusion"
#: Above this many passages, embeddings are not stored (embedding them all would take hours on a
#: CPU); the embedding ranking then covers the BM25 top passages, embedded per question.
EMBED_ALL_MAX = 20_000
#: Calibrated relevance thresholds (see the module docstring).
MIN_COVERAGE = 0.75
MIN_BM25 = 0.5
#: The form of the BM25 index; a store indexed in an older form is indexed again.
INDEX_FORM = "terms1"
#: Opening quotation marks (English, Russian and German use): a question may open one before
#: a name and never close it ('What did Kassym-Jomart "Tokayev say?'); the mark is no word.
_OPENING_MARKS = "\"“‘'«„‹"
#: A run of capitalised words (Latin or Cyrillic): where a question may name an entity. An
#: opening mark before a word does not end the run: it cut the name it stood in, and the cut
#: name's words found none of the entity's names in the other script.
_NAME_RUN = re.compile(rf"[A-ZА-ЯЁ][\w'’-]*(?:\s+[{_OPENING_MARKS}]?[A-ZА-ЯЁ][\w'’-]*)*")
_QUESTION_WORDS = frozenset(
    {
        "what",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "why",
        "how",
        "which",
        "did",
        "does",
        "do",
        "is",
        "are",
        "was",
        "were",
        "much",
        "many",
        "say",
        "said",
    }
)


@dataclass(slots=True)
class Answer:
    """Verified items that answer ``question``, the sources they cite and how they were found."""

    question: str
    items: list[Item] = field(default_factory=list)
    sources: dict[str, Source] = field(default_factory=dict)
    dropped: list[Dropped] = field(default_factory=list)
    method: str = BM25_ONLY
    #: When nothing relevant was found: the articles nearest the question, best first.
    nearest: list[Source] = field(default_factory=list)
    #: The store holds no article: nothing could answer, whatever was asked.
    store_empty: bool = False
    #: Passages indexed first for this question (the store changed since the last one), or None.
    indexed: int | None = None


def ask(question: str, *, db: str = DEFAULT_DB, limit: int = 5, embed_all_max: int = EMBED_ALL_MAX,
        indexing: Callable[[], None] | None = None) -> Answer:
    """The answer to ``question`` from the store at ``db``: up to ``limit`` verified items.
    ``indexing()`` is called before the retrieval index is built again (the first question
    after the store changed reads every article: half a minute at 600 AllSides articles)."""
    if not question.strip():
        raise UsageError("the question is empty: ask it in plain words")
    encoder = load_encoder()
    with open_store(db, create=False) as store:
        if not store.count_articles():
            return Answer(question=question, store_empty=True)
        indexed = update_index(store, encoder=encoder, embed_all_max=embed_all_max, indexing=indexing)
        stored = encoder is not None and store.has_embeddings()
        ranked = rank_passages(store, question, encoder=encoder, stored=stored, depth=max(50, limit * 10))
        method = BM25_ONLY if encoder is None else HYBRID if stored else HYBRID_POOL
        answer = Answer(question=question, method=method, indexed=indexed)
        relevant = relevant_passages(store, question, ranked)
        items = assemble(relevant, limit=limit)
        if items:
            _verified(store, answer, items)
        if not answer.items:  # nothing relevant, or nothing the answer may use, or all refused
            answer.nearest = _nearest(store, ranked)
        return answer


def content_words(text: str) -> list[str]:
    """The words of ``text`` that carry its content: no stop words, no question words."""
    stop_words = english_stop_words()
    return [
        w
        for w in re.findall(r"[a-z0-9]+", text.lower())
        if w not in stop_words and w not in _QUESTION_WORDS and len(w) > 1
    ]


def relevance(store: Store, question: str, rows: list[dict[str, Any]]) -> list[tuple[float, float]]:
    """For each passage: (BM25 score per content word of the question, share of the question's
    content words, stemmed, that the passage or its article's title holds). A Russian word is
    held by any form of it; a word naming an entity also by its name in the other script; an
    irregular form by its lemma's forms. A passage that lacks a word of a name the question
    gives (Berlin of "the Berlin Wall") holds none: it speaks of something else."""
    asked, names = _question_keys(store, question)
    articles = store.get_articles(sorted({row["article_id"] for row in rows}))
    titles = {article_id: article.title or "" for article_id, article in articles.items()}
    texts = [row["text"] + " " + titles.get(row["article_id"], "") for row in rows]
    words = [content_words(text) for text in texts]
    word_keys = lemma_stems(store, {w for ws in words for w in ws})
    out = []
    for row, text, passage_words in zip(rows, texts, words):
        keys = {k for w in passage_words for k in word_keys[w]}
        keys |= {k for ks in content_keys(text) for k in ks}
        held = sum(1 for concept in asked if concept & keys)
        if not all(concept & keys for concept in names):
            held = 0
        out.append((row.get("bm25", 0.0) / max(len(asked), 1), held / max(len(asked), 1)))
    return out


def _question_keys(store: Store, question: str) -> tuple[list[frozenset[str]], list[frozenset[str]]]:
    """The question's concepts: each content word as the keys that hold it (an English word's
    stem and its lemma's, ``lemma_stems``; a Russian word's keys; for a word of an entity's
    name, the keys of its other-script names); and, of them, those of the English words of the
    names it gives: its runs of capitalised words (a question word opening it is no content
    word)."""
    latin = content_words(question)
    other = {
        fold_word: keys
        for phrase, names in cross_script_names(store, question).items()
        for fold_word, keys in _phrase_keys(store, phrase, names).items()
    }
    word_keys = lemma_stems(store, set(latin))
    by_word = {word: frozenset(word_keys[word] | other.get(word, set())) for word in latin}
    concepts = list(by_word.values())
    for word in CYRILLIC_WORD.findall(question):
        keys = content_keys(word)
        if keys:
            concepts.append(frozenset(keys[0]) | other.get(word.lower(), set()))
    named = content_words(" ".join(run for run in _NAME_RUN.findall(question) if not CYRILLIC_WORD.search(run)))
    names = [by_word[word] for word in named if word in by_word]
    return list(dict.fromkeys(concepts)), names  # a word asked twice (or in two forms) counts once


def lemma_stems(store: Store, words: set[str]) -> dict[str, frozenset[str]]:
    """Each English word -> the stems that hold it: its own, and its lemma's where it is an
    irregular form (``sent`` holds ``send``, ``fell`` ``fall``, ``crises`` ``crisi``), so a
    question and a passage that say one verb or noun in two forms share a key."""
    from newsdesk.nlp import irregular_lemmas

    lemmas = irregular_lemmas()
    forms = sorted(words | {lemma for word in words for lemma in lemmas.get(word, ())})
    stems = dict(zip(forms, store.stem_words(forms)))
    return {word: frozenset({stems[word], *(stems[lemma] for lemma in lemmas.get(word, ()))}) for word in words}


def _phrase_keys(store: Store, phrase: str, names: list[str]) -> dict[str, set[str]]:
    """Each word of ``phrase`` (lower case) -> the keys of the entity's other-script ``names``."""
    text = " ".join(names)
    keys = {k for ks in content_keys(text) for k in ks}
    keys |= set(store.stem_words(content_words(text)))
    return {word.lower(): keys for word in re.findall(r"\w+", phrase)}


def cross_script_names(store: Store, question: str) -> dict[str, list[str]]:
    """Phrases of the question that name a registry entity -> that entity's names written in
    the other script (Cyrillic for a Latin phrase, Latin for a Cyrillic one); longest first."""
    found: dict[str, list[str]] = {}
    for run in _NAME_RUN.findall(question):
        words = [word.lstrip(_OPENING_MARKS) for word in run.split()]
        for size in range(len(words), 0, -1):
            for start in range(len(words) - size + 1):
                phrase = " ".join(words[start : start + size]).strip("'’")
                if any(phrase in done for done in found):
                    continue
                entity = store.find_entity(phrase)
                if entity is not None:
                    found[phrase] = _other_script(store.entity_spellings(entity["id"]), phrase)
    return {phrase: names for phrase, names in found.items() if names}


def _other_script(names: list[str], phrase: str) -> list[str]:
    """The names in the other script than ``phrase``, no longer (in words) than it when there
    are such: "Tokayev" is searched as Токаев, not as Касым-Жомарт Токаев."""
    cyrillic = bool(CYRILLIC_WORD.search(phrase))
    other = [n for n in names if bool(CYRILLIC_WORD.search(n)) != cyrillic]
    short = [n for n in other if len(n.split()) <= len(phrase.split())]
    return short or other


def search_query(store: Store, question: str) -> str:
    """The question as the BM25 index reads it, with its entities' other-script names added."""
    asked = index_text(question)
    extra = [name for names in cross_script_names(store, question).values() for name in names]
    added = dict.fromkeys(index_text(" ".join(extra)).split())  # aliases share words: each once
    return " ".join([asked, *(word for word in added if word not in asked.split())])


def relevant_passages(
    store: Store,
    question: str,
    ranked: list[dict[str, Any]],
    *,
    min_bm25: float = MIN_BM25,
    min_coverage: float = MIN_COVERAGE,
) -> list[dict[str, Any]]:
    """The ranked passages relevant enough to answer with (both thresholds) that read as prose."""
    kept = [
        row
        for row, (bm25, coverage) in zip(ranked, relevance(store, question, ranked))
        if bm25 >= min_bm25 and coverage >= min_coverage
    ]
    kept = [row for row in kept if row["kind"] == "quote" or shape_problem(row["text"]) is None]
    sentences = [row for row in kept if row["kind"] == "sentence"]
    problems = parse_problems([row["text"] for row in sentences])
    fails = {id(row) for row, problem in zip(sentences, problems) if problem}
    return [row for row in kept if id(row) not in fails]


def _nearest(store: Store, ranked: list[dict[str, Any]], *, count: int = 3) -> list[Source]:
    ids = list(dict.fromkeys(row["article_id"] for row in ranked))[:count]
    articles = store.get_articles(ids)
    found = [articles[i] for i in ids if i in articles]
    return [Source(a.id, a.title, a.outlet, a.published, a.url, a.path, a.language) for a in found]


def index_current(store: Store, *, encoder: Any = None) -> bool:
    """Whether the retrieval index was built from the store as it is (and with embeddings
    where the extra is installed now)."""
    base, state = f"{store.retrieval_fingerprint()}/{INDEX_FORM}", store.retrieval_state() or ""
    return state.startswith(base + ":") and (encoder is None or not state.endswith(":bm25"))


def update_index(store: Store, *, encoder: Any = None, embed_all_max: int = EMBED_ALL_MAX,
                 indexing: Callable[[], None] | None = None) -> int | None:
    """Rebuild the passages and their BM25 index when articles or quotes changed, or when the
    embeddings extra appeared since the last build, calling ``indexing()`` first; the number of
    passages indexed, or None when the index was current. Passages get stored embeddings only
    when there are at most ``embed_all_max`` of them."""
    if index_current(store, encoder=encoder):
        return None
    if indexing is not None:
        indexing()
    base = f"{store.retrieval_fingerprint()}/{INDEX_FORM}"
    rows = passage_rows(store.quotes_and_texts())
    rows["terms"] = [index_text(text) for text in rows["text"]]
    embed = encoder is not None and 0 < len(rows["text"]) <= embed_all_max
    rows["embedding"] = [list(map(float, v)) for v in encoder(rows["text"])] if embed else [None] * len(rows["text"])
    suffix = ":emb" if embed else ":bm25" if encoder is None else ":big"
    store.replace_passages(passage_table(rows), fingerprint=base + suffix)
    log.info("retrieval index rebuilt: %d passages%s", len(rows["text"]), " with embeddings" if embed else "")
    return len(rows["text"])


def passage_rows(articles: list[tuple[str, int, str, str | None, str | None]]) -> dict[str, list[Any]]:
    """Column lists of passages: each sentence of each article (its stored sentences layer, else
    the regex splitter), then each quote with a speaker; layers come as JSON text or None."""
    import json

    columns: dict[str, list[Any]] = {
        name: []
        for name in (
            "article_id",
            "version",
            "kind",
            "start_char",
            "end_char",
            "text",
            "speaker",
            "role",
            "affiliation",
        )
    }

    def add(article_id: str, version: int, kind: str, start: int, end: int, text: str, record: dict) -> None:
        for name, value in zip(
            columns,
            (
                article_id,
                version,
                kind,
                start,
                end,
                text[start:end],
                record.get("speaker"),
                record.get("role"),
                record.get("affiliation"),
            ),
        ):
            columns[name].append(value)

    for article_id, version, text, quotes, sentences in articles:
        for start, end in sentence_spans(text or "", json.loads(sentences) if sentences else None):
            if _answerable(text[start:end]):
                add(article_id, version, "sentence", start, end, text, {})
        for record in json.loads(quotes) if quotes else []:
            if record.get("speaker") and record.get("direct"):
                add(article_id, version, "quote", record["start"], record["end"], text, record)
    return columns


def _answerable(sentence: str) -> bool:
    """A statement of at least six words: not a question, heading or fragment."""
    stripped = sentence.rstrip()
    return (
        len(stripped.split()) >= 6
        and stripped.endswith((".", "!", '"', "”", "’", "'"))
        and not stripped.rstrip("\"”’'").endswith("?")
    )


def passage_table(rows: dict[str, list[Any]]) -> pa.Table:
    """The Arrow table of passages the store keeps (``Store.replace_passages``) from the column
    lists of ``passage_rows`` with their ``terms`` and ``embedding`` columns added; each
    passage is numbered in order (``passage_id``)."""
    types = {
        "version": pa.int32(),
        "start_char": pa.int32(),
        "end_char": pa.int32(),
        "embedding": pa.list_(pa.float32()),
    }
    table = {name: pa.array(values, type=types.get(name, pa.string())) for name, values in rows.items()}
    table["passage_id"] = pa.array(range(len(rows["text"])), type=pa.int64())
    return pa.table(table)


def rank_passages(
    store: Store, question: str, *, encoder: Any = None, stored: bool = False, depth: int = 50
) -> list[dict[str, Any]]:
    """Passages for ``question``, best first: BM25, fused by RRF with embedding similarity when an
    encoder is given (over every stored embedding, or else over the BM25 top ``4 * depth``)."""
    query = search_query(store, question)
    bm25 = store.search_passages(query, limit=depth if encoder is None or stored else 4 * depth)
    for row in bm25:
        row["bm25"] = row["score"]
    if encoder is None:
        return reciprocal_rank_fusion([bm25])
    if stored:
        dense = store.nearest_passages(list(map(float, encoder([question])[0])), limit=depth)
        return reciprocal_rank_fusion([bm25, dense])
    vectors = encoder([question] + [row["text"] for row in bm25]) if bm25 else np.zeros((1, 1))
    order = np.argsort(-(vectors[1:] @ vectors[0]), kind="stable")[:depth]
    return reciprocal_rank_fusion([bm25[:depth], [bm25[i] for i in order]])


def reciprocal_rank_fusion(rankings: list[list[dict[str, Any]]], *, k: int = RRF_K) -> list[dict[str, Any]]:
    """Fuse ranked lists of passages: score = sum of 1 / (k + rank) over the lists that hold each."""
    fused: dict[int, float] = {}
    rows: dict[int, dict[str, Any]] = {}
    for ranking in rankings:
        for rank, row in enumerate(ranking, start=1):
            fused[row["passage_id"]] = fused.get(row["passage_id"], 0.0) + 1.0 / (k + rank)
            rows.setdefault(row["passage_id"], row)
    order = sorted(fused, key=lambda pid: (-fused[pid], pid))
    return [{**rows[pid], "fused": fused[pid]} for pid in order]


def assemble(ranked: list[dict[str, Any]], *, limit: int) -> list[Item]:
    """Up to ``limit`` items: quotes of experts (a stated role or affiliation) first, at most half,
    then sentences; no passage twice."""
    quotes = [row for row in ranked if row["kind"] == "quote" and is_expert(row)][: max(1, limit // 2)]
    chosen, seen = [], set()
    for row in quotes + [row for row in ranked if row["kind"] == "sentence"]:
        key = " ".join(row["text"].lower().split())
        if key in seen or any(key in other or other in key for other in seen) or len(chosen) >= limit:
            continue
        seen.add(key)
        chosen.append(_item(row))
    return chosen


def _item(row: dict[str, Any]) -> Item:
    citation = Citation(row["article_id"], row["start_char"], row["end_char"])
    language = row.get("language")
    if row["kind"] == "quote":
        return Item(
            text=row["text"],
            citations=[citation],
            kind="quote",
            speaker=row["speaker"],
            role=row["role"],
            affiliation=row["affiliation"],
            score=round(row["fused"], 5),
            language=language,
        )
    return Item(text=row["text"], citations=[citation], score=round(row["fused"], 5), language=language)


def _verified(store: Store, answer: Answer, items: list[Item]) -> Answer:
    cited = sorted({c.article for item in items for c in item.citations})
    articles = store.get_articles(cited)
    quotes = store.layer("quotes")
    texts = {article_id: article.text for article_id, article in articles.items()}
    answer.items, dropped = verify_items(items, texts, quotes, section="answer")
    answer.dropped.extend(dropped)
    answer.sources = {
        a.id: Source(a.id, a.title, a.outlet, a.published, a.url, a.path, a.language) for a in articles.values()
    }
    return answer
