"""Time one brief for one topic on the AllSides corpus (8,296 articles), after ingest.

What runs before the timing: ``newsdesk ingest`` of the whole corpus into a cache store (once;
cleaning and metadata only). The NLP layers (``newsdesk analyse``) are not run: on two cores
they take far longer than the brief, and without them the brief simply has no expert corner
(no stored quotes) and no framing section (no stories). Everything else runs: topic selection
over all articles, sentence ranking with MMR, the verification gate, and rendering.
Run: python benchmarks/bench_brief.py [--topic "immigration border wall"] [--cache DIR]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from _common import cached_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--topic", action="append", help="repeatable; default: three topics")
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "newsdesk-bench")
    args = parser.parse_args()
    db = cached_store(args.cache)
    started = time.perf_counter()
    from newsdesk.brief import Settings, write_brief
    from newsdesk.store import open_store

    print(f"import: {time.perf_counter() - started:.2f} s")
    with open_store(db, read_only=True) as store:
        print(f"articles in the store: {store.count_articles()}")
    out = Path(tempfile.mkdtemp())
    for topic in args.topic or ["immigration border wall", "China Russia", "coronavirus vaccine"]:
        for format in ("md", "html"):
            start = time.perf_counter()
            result = write_brief(db=db, settings=Settings(topic=topic), format=format, out=str(out / f"brief.{format}"))
            print(f"{topic!r} {format}: {time.perf_counter() - start:.2f} s, {len(result.brief.sources)} articles "
                  f"selected, {len(result.brief.items())} items verified, {len(result.brief.dropped)} dropped")


if __name__ == "__main__":
    main()
