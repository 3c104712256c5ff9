"""Where a story update's CPU time goes, phase by phase, on the corpus-steps stores.

Takes the rebuilt store of ``bench_corpus_steps.py`` (``full-N.duckdb`` in its cache), adds
the 1% batch, updates lineage, and then runs the steps of
``newsdesk.lineage.stories.update_stories_near`` one at a time on a fresh copy, as it runs
them: the window closed under stories and copies in one read (``Store.story_window``), the
changed rows compared with the window once for both their nearest and the rows they can join
(``nearest_and_joinable``), their nearest reused when the reach is clustered. It prints each
phase's CPU seconds (best of ``--repeats`` runs), the window's size, how many of its
articles were clustered again and, with
``--stories FILE``, the stories written (sorted member lists, to compare two trees' stories on
the same store and batch). Figures of this script before the window read stories and links
once (``docs/benchmarks.md``, its earlier sections) profiled the older phases and are not
comparable phase by phase:

    python benchmarks/profile_stories_update.py --cache DIR --size 8000 [--repeats 3]
        [--batch file|dated] [--stories out.json]
"""

from __future__ import annotations

import argparse
import json
import shutil
import time
from datetime import date
from pathlib import Path

import bench_corpus_steps as corpus
from newsdesk.lineage import links as lineage_links
from newsdesk.lineage import stories as lineage_stories
from newsdesk.lineage import update as lineage_update
from newsdesk.store import open_store
from newsdesk.stories import (
    TERMS_VERSION,
    cluster_rows,
    nearest_and_joinable,
    nearest_of,
    published_span,
    weigh_terms,
)

PHASES = ("window", "rows", "read terms", "count new terms", "weigh", "joinable",
          "reach", "neighbours", "linkage", "join copies", "write")


def staged(cache: Path, size: int, *, batch: str) -> tuple[Path, list[str]]:
    """The store with the batch added and lineage updated (stories not yet), and the added ids."""
    work = cache / f"stories-profile-{batch}-{size}.duckdb"
    ids = cache / f"stories-profile-{batch}-{size}.json"
    if not work.exists():
        _, added = corpus.prepare(cache, size, batch=batch)
        shutil.copy(cache / f"full-{size}.duckdb", work)
        with open_store(work) as store:
            before = {article_id for article_id, _ in store.article_dates()}
        corpus.add_articles(cache, work, added)
        with open_store(work) as store:
            new = sorted(article_id for article_id, _ in store.article_dates()
                         if article_id not in before)
            lineage_update.update_lineage(store, stories=False)
        ids.write_text(json.dumps(new))
    return work, json.loads(ids.read_text())


def profile(db: Path, added: list[str]) -> tuple[dict[str, float], int, list[list[str]]]:
    """CPU seconds of each phase of one story update, the window's size, the stories."""
    seconds: dict[str, float] = {}
    clock = [time.process_time()]

    def done(phase: str) -> None:
        now = time.process_time()
        seconds[phase], clock[0] = now - clock[0], now

    kinds = sorted(lineage_links.COPY_KINDS)
    with open_store(db) as store:
        changed = store.get_articles(added)
        clock[0] = time.process_time()
        window = store.story_window(list(changed), days=_days(changed.values()), copy_kinds=kinds)
        ids = window.ids
        done("window")
        rows = store.lineage_story_rows(copy_kinds=kinds, article_ids=ids)
        done("rows")
        terms = store.story_terms(ids, version=TERMS_VERSION)
        done("read terms")
        terms.update(lineage_stories._story_terms(store, [i for i in ids if i not in terms],
                                                  changed=changed))
        done("count new terms")
        vectors = weigh_terms([terms[i] for i in ids])
        done("weigh")
        spans = [published_span(rows[i]["published"]) for i in ids]
        place = {article_id: number for number, article_id in enumerate(ids)}
        new = [place[i] for i in changed]
        nearest, joinable = nearest_and_joinable(vectors, new, spans)
        done("joinable")
        reach = lineage_stories._closed(changed.keys() | {ids[r] for r in joinable},
                                        window.story_of, window.links)
        done("reach")
        again = [place[i] for i in reach if i in place]
        nearest = nearest_of(vectors, again, known=(new, nearest))
        done("neighbours")
        labels = cluster_rows(again, nearest, spans)
        done("linkage")
        groups = lineage_stories._join_copies(
            {ids[row]: label for row, label in zip(again, labels, strict=True)},
            window.links)
        stories = [lineage_stories._story(members, rows) for members in groups]
        done("join copies")
        store.replace_stories_of(reach, stories)
        done("write")
        seconds["reclustered"] = len(reach)
    return seconds, len(ids), sorted(sorted(story["members"]) for story in stories)


def _days(changed) -> list[tuple[str, str]]:
    spans = [published_span(article.published) for article in changed]
    window = lineage_stories.STORY_WINDOW_DAYS
    return [(date.fromordinal(s[0] - window).isoformat(),
             date.fromordinal(s[1] + window).isoformat()) for s in spans if s]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, default=Path("/tmp/newsdesk-corpus-steps"))
    parser.add_argument("--size", type=int, default=8000)
    parser.add_argument("--batch", choices=corpus.BATCHES, default="file")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--stories", type=Path)
    options = parser.parse_args()
    store, added = staged(options.cache, options.size, batch=options.batch)
    best: dict[str, float] = {}
    for _ in range(options.repeats):
        work = store.with_suffix(".run.duckdb")
        shutil.copy(store, work)
        seconds, size, stories = profile(work, added)
        work.unlink()
        best = {phase: min(best.get(phase, seconds[phase]), seconds[phase]) for phase in PHASES}
    print(json.dumps({"articles": options.size, "batch": options.batch, "added": len(added),
                      "window": size, "reclustered": seconds["reclustered"], "stories": len(stories),
                      "cpu": {phase: round(best[phase], 3) for phase in PHASES},
                      "total_cpu": round(sum(best.values()), 2)}))
    if options.stories:
        options.stories.write_text(json.dumps(stories))


if __name__ == "__main__":
    main()
