"""The exceptions newsdesk raises.

    NewsdeskError            base class: catch this to catch everything we raise
    ├── InputError           one input (file, record, URL) cannot be read; the run skips it
    ├── StoreError           the DuckDB store cannot be opened, migrated or written
    ├── UsageError           an option or argument is wrong; the CLI exits with code 2
    │                        (an output file that cannot be written is one: ``cannot_write``)
    ├── NotFoundError        an id or name names nothing stored; HTTP 404, CLI exit 1
    └── MissingExtraError    an optional dependency is not installed; the message names the pip line

Failure policy, stated once: a bad input is counted, reported once with its path and
reason, and skipped; the run goes on and nothing already stored is lost.
"""

from __future__ import annotations

import os


class NewsdeskError(Exception):
    """Base class of every error newsdesk raises."""


class InputError(NewsdeskError):
    """An input cannot be read. ``path`` names it, ``reason`` says why in a few words.

    ``record``, where the reader knows it, names the bad record inside its input whatever its
    position there (a feed item's id and a digest of its content), so a later read of the
    input tells the same bad record from a new or changed one."""

    def __init__(self, path: str, reason: str, *, record: str | None = None) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason
        self.record = record

    def __reduce__(self) -> tuple:
        """Rebuilt whole on the other side of a process or Ray boundary (the default would call
        ``__init__`` with the one formatted message)."""
        return _input_error, (self.path, self.reason, self.record)


def _input_error(path: str, reason: str, record: str | None) -> InputError:
    return InputError(path, reason, record=record)


class StoreError(NewsdeskError):
    """The store cannot be opened, migrated or written."""


class UsageError(NewsdeskError):
    """An option or argument given by the user is not valid."""


class NotFoundError(NewsdeskError):
    """An article, entity, story or job asked for by id or name is not in the store."""


class MissingExtraError(NewsdeskError):
    """An optional dependency is missing; the message says how to install it."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(f"{feature} needs an extra: pip install 'newsdesk[{extra}]'")
        self.extra = extra


def cannot_write(path: object, error: OSError) -> UsageError:
    """The error for an output path (``--out``, ``--chart``) that cannot be written: a folder,
    a missing or read-only place. It names the path and the system's reason in one line."""
    reason = os.strerror(error.errno) if error.errno else str(error)
    return UsageError(f"{path}: cannot write this file ({reason})")
