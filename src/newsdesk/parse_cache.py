"""Parses of packaged data files kept in the user's cache, read back instead of parsed again.

A parse is kept as a ``marshal`` of plain values (lists, dicts, strings, numbers; unlike a
pickle, reading it back runs no code), named by what it is, the SHA-1 of the file's bytes and
Python's version (marshal's format is Python's), so a changed file is parsed again and never
answered by an older parse. A cache that cannot be read or written is passed over: the file is
parsed as if none were kept. Written by hand: the standard library's ``marshal`` is the
reader; what is here is naming, replacing a parse whole and removing stale ones.

A file read from disk (``kept_file_parse``) is read and hashed only when it may have
changed: beside the parses a stamp of the file is kept (its path, device, inode, size, and
the nanoseconds of its last change of content and of status) with the SHA-1 of its bytes,
and while the file's stamp is the same the kept SHA-1 names its parse. Any write to a file
sets its change time (which no call can set back), so a changed file never has an older
stamp; a stamp is kept only of a file whose times are ``SETTLED_NS`` past when it was read
and that did not change while it was read, so a write in the same tick of the file system's
clock as the read cannot leave the stamp as it was (git's "racy" entries, the same rule).
A process that loads the packaged gazetteer by id saves the read and the SHA-1 of its 2.4 MB:
10.1 -> 6.5 CPU ms, median of six fresh processes (docs/benchmarks.md).
"""

from __future__ import annotations

import hashlib
import marshal
import os
import sys
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

#: A file's stamp is kept only when its last change is at least this old (nanoseconds) when
#: it is read: longer than any file system's clock tick (FAT's two seconds).
SETTLED_NS = 3_000_000_000


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
    return _read_back(_kept(cache, kind, hashlib.sha1(data).hexdigest()), kind, data, parse)


def _read_back(kept: Path, kind: str, data: bytes, parse: Callable[[bytes], Any]) -> Any:
    """The parse kept at ``kept``, else ``parse(data)``, kept there."""
    try:
        return marshal.loads(kept.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):  # none kept, or not a parse
        parsed = parse(data)
        _keep(kept, kind, marshal.dumps(parsed))
        return parsed


def kept_file_parse(
    kind: str, path: Path, parse: Callable[[bytes], Any], *, cache: Path | None
) -> Any:
    """``parse`` of the bytes of the file at ``path``, as ``kept_parse`` gives it, the file
    read and hashed only when its stamp is not the one kept with its SHA-1 (the module
    doc)."""
    if cache is None:
        return parse(path.read_bytes())
    stamp_path = cache / f"stamp-{hashlib.sha1(os.fsencode(path)).hexdigest()}-{_VERSION}.marshal"
    before = _stamp(path)
    digest = _stamped_digest(stamp_path, before)
    if digest is not None:
        with suppress(OSError, EOFError, ValueError, TypeError):
            return marshal.loads(_kept(cache, kind, digest).read_bytes())
    now, data = time.time_ns(), path.read_bytes()
    digest = hashlib.sha1(data).hexdigest()
    parsed = _read_back(_kept(cache, kind, digest), kind, data, parse)
    if before is not None and _stamp(path) == before and max(before[-2:]) <= now - SETTLED_NS:
        _write_whole(stamp_path, marshal.dumps((*before, digest)))
    return parsed


#: The part of a kept parse's name that names the Python whose ``marshal`` wrote it.
_VERSION = f"py{sys.version_info[0]}{sys.version_info[1]}-m{marshal.version}"


def _kept(cache: Path, kind: str, digest: str) -> Path:
    return cache / f"{kind}-{digest}-{_VERSION}.marshal"


def _stamp(path: Path) -> tuple[str, int, int, int, int, int] | None:
    """What names the file's present content: path, device, inode, size, and the times of its
    last change of content and of status (nanoseconds); None where it cannot be read."""
    try:
        found = path.stat()
    except OSError:
        return None
    return (os.fsdecode(path), found.st_dev, found.st_ino, found.st_size, found.st_mtime_ns,
            found.st_ctime_ns)


def _stamped_digest(stamp_path: Path, stamp: tuple[Any, ...] | None) -> str | None:
    """The SHA-1 kept with ``stamp`` at ``stamp_path``, None where another stamp (or none)
    is kept there."""
    if stamp is None:
        return None
    try:
        kept = marshal.loads(stamp_path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if not isinstance(kept, tuple) or kept[:-1] != stamp or not isinstance(kept[-1], str):
        return None
    return kept[-1]


def _keep(path: Path, kind: str, data: bytes) -> None:
    """Write ``data`` at ``path`` whole or not at all (another process may read it meanwhile),
    and remove the parses of other files of the same kind by the same Python (another
    Python's parses stay for the environments that run it); an unwritable cache is passed
    over."""
    if not _write_whole(path, data):
        return
    with suppress(OSError):
        for older in path.parent.glob(f"{kind}-*-{_VERSION}.marshal"):
            if older != path:
                older.unlink(missing_ok=True)


def _write_whole(path: Path, data: bytes) -> bool:
    """Write ``data`` at ``path`` whole or not at all; whether it was written."""
    partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial.write_bytes(data)
        os.replace(partial, path)
    except OSError:
        with suppress(OSError):
            partial.unlink(missing_ok=True)
        return False
    return True
