"""Parses of packaged data files kept in the user's cache, read back instead of parsed again.

A parse is kept as a ``marshal`` of plain values (lists, dicts, strings, numbers; unlike a
pickle, reading it back runs no code), named by what it is, the SHA-1 of the file's bytes and
Python's version (marshal's format is Python's), so a changed file is parsed again and never
answered by an older parse. A cache that cannot be read or written is passed over: the file is
parsed as if none were kept. Written by hand: the standard library's ``marshal`` is the
reader; what is here is naming, replacing a parse whole and removing stale ones.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any


def cache_directory() -> Path | None:
    """newsdesk's directory in the user's cache (``$XDG_CACHE_HOME``, else ``~/.cache``);
    None when the process has neither (no home directory to resolve)."""
    try:
        return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "newsdesk"
    except RuntimeError:  # Path.home() without HOME and without a password entry
        return None


def kept_parse(kind: str, data: bytes, parse: Callable[[bytes], Any], *, cache: Path | None) -> Any:
    """``parse(data)``, read back from ``cache`` when a parse of the same bytes of this
    ``kind`` (a name without "-") is kept there, else parsed and kept."""
    if cache is None:
        return parse(data)
    version = f"py{sys.version_info[0]}{sys.version_info[1]}-m{marshal.version}"
    kept = cache / f"{kind}-{hashlib.sha1(data).hexdigest()}-{version}.marshal"
    try:
        return marshal.loads(kept.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):  # none kept, or not a parse
        parsed = parse(data)
        _keep(kept, kind, marshal.dumps(parsed))
        return parsed


def _keep(path: Path, kind: str, data: bytes) -> None:
    """Write ``data`` at ``path`` whole or not at all (another process may read it meanwhile),
    and remove the parses of other files of the same kind by the same Python (another
    Python's parses stay for the environments that run it); an unwritable cache is passed
    over."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(data)
        os.replace(partial, path)
        version = path.name.rsplit("-", 2)[-2:]
        for older in path.parent.glob(f"{kind}-*-{'-'.join(version)}"):
            if older != path:
                older.unlink(missing_ok=True)
    except OSError:
        with suppress(OSError):
            partial.unlink(missing_ok=True)
