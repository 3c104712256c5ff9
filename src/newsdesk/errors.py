"""The exceptions newsdesk raises.

    NewsdeskError            base class: catch this to catch everything we raise;
    │                        ``options`` names the settings a message is about
    ├── InputError           one input (file, record, URL) cannot be read; the run skips it
    ├── StoreError           the DuckDB store cannot be opened, migrated or written
    │   └── NoStoreError     no store at the path, and none was to be made; each face says
    │                        how its users make one (the CLI: ``newsdesk ingest``)
    ├── UsageError           an option or argument is wrong; the CLI exits with code 2
    │                        (an output file that cannot be written is one: ``cannot_write``)
    ├── NotFoundError        an id or name names nothing stored; HTTP 404, CLI exit 1
    └── MissingExtraError    an optional dependency is not installed; the message names the pip line

An input's ``reason`` that points to a setting names it as ``setting(name)`` writes it (``see
the max_file_size setting``), whatever face the run came from: the reason is stored and shown
later, by any face, which words it for its users with ``worded_reason(text, spell)``.

Failure policy, stated once: a bad input is counted, reported once with its path and
reason, and skipped; the run goes on and nothing already stored is lost.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence

#: The settings of reading and fetching that an input's reason may point to.
INPUT_SETTINGS = ("max_file_size", "max_record_size", "parse_timeout", "timeout", "allow_private", "follow_links")
_SETTING = re.compile(r"\bthe (" + "|".join(INPUT_SETTINGS) + r") setting\b")


def setting(name: str) -> str:
    """How an input's reason names one of ``INPUT_SETTINGS`` (``the timeout setting``)."""
    if name not in INPUT_SETTINGS:
        raise ValueError(f"not a setting of reading: {name!r}")
    return f"the {name} setting"


def worded_reason(text: str, spell: Callable[[str], str]) -> str:
    """``text`` (a reason, or a line that holds one) with each setting it names as
    ``spell(name)`` says, as ``NewsdeskError.worded`` words a refusal."""
    return _SETTING.sub(lambda found: spell(found.group(1)), text)


class NewsdeskError(Exception):
    """Base class of every error newsdesk raises.

    ``options`` names the settings the message is about as the operation's keyword arguments
    (``when``, ``to``, ``date_from``), never as one face spells them (``--when`` on the command
    line, a JSON field over HTTP). The message is then a template with ``{name}`` where each
    setting is named, and what it quotes of the user's input comes as ``values``, so that input
    is never read as a template. ``str(error)`` names each setting as it is; a face words the
    message for its users with ``worded(spell)``. Without ``options`` the message is plain."""

    def __init__(self, message: str, *, options: Sequence[str] = (), **values: object) -> None:
        self.template = message
        self.options = tuple(options)
        self.values = values
        super().__init__(self.worded(str) if self.options else message)

    @property
    def option(self) -> str | None:
        """The first setting the message names (None for a plain message)."""
        return self.options[0] if self.options else None

    def worded(self, spell: Callable[[str], str]) -> str:
        """The message with each setting named as ``spell(name)`` says."""
        if not self.options:
            return self.template
        return self.template.format(**self.values, **{name: spell(name) for name in self.options})

    def __reduce__(self) -> tuple:
        """Rebuilt whole on the other side of a process boundary, settings included."""
        return _worded_error, (type(self), self.template, self.options, self.values)


def _worded_error(kind: type[NewsdeskError], template: str, options: tuple[str, ...], values: dict) -> NewsdeskError:
    return kind(template, options=options, **values)


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


class NoStoreError(StoreError):
    """There is no store at ``path``, and the operation was not to make one (a reader, a
    removal). The message names no way to make one: the CLI's is a command
    (``newsdesk ingest``), the server makes its store when it starts."""

    def __init__(self, path: str) -> None:
        super().__init__(f"{path}: no such store")
        self.path = path

    def __reduce__(self) -> tuple:
        return NoStoreError, (self.path,)


class UsageError(NewsdeskError):
    """An option or argument given by the user is not valid; ``options`` names the settings
    (see ``NewsdeskError``)."""


class NotFoundError(NewsdeskError):
    """An article, entity, story or job asked for by id or name is not in the store.

    ``kind`` says what was looked for (``article``, ``entity``, ``feed``), so a face can say
    where its users find the ones that exist (the CLI: ``see `newsdesk articles```); the
    message itself names no face."""

    def __init__(self, message: str, *, kind: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind

    def __reduce__(self) -> tuple:
        return _not_found_error, (str(self), self.kind)


def _not_found_error(message: str, kind: str | None) -> NotFoundError:
    return NotFoundError(message, kind=kind)


#: What every face says of a store that holds no article, whatever was asked of it (a list, a
#: brief, an answer): one wording, a face adding only what was not done ("no brief was
#: written: ...") and its capital.
EMPTY_STORE = "the store holds no article; ingest articles first"

#: What every face says of a question that no passage of the store answers (``newsdesk ask``,
#: ``/ask``), before the articles nearest it: one wording, as for ``EMPTY_STORE``.
NOT_ANSWERED = "Not found in the store: no passage is relevant enough to answer this question"

#: What ``newsdesk ask`` and ``/ask`` say of the retrieval index the next question builds first
#: (the store changed since it was built): one wording, as for ``EMPTY_STORE``.
INDEXING = ("building the retrieval index first: the first question after the store changed reads "
            "every article (half a minute at 600 articles); later questions reuse the index")


def no_entity(name: str) -> NotFoundError:
    """The one error for a name (or id) the entity registry does not know: an entity asked
    for, a decision's subject, and an ``entity`` filter that finds nothing (the article list,
    the timeline, a brief), so no face answers "nothing found" for a name nothing has."""
    return NotFoundError(f"no entity named {name!r}", kind="entity")


class MissingExtraError(NewsdeskError):
    """An optional dependency is missing; the message says how to install it."""

    def __init__(self, feature: str, extra: str) -> None:
        super().__init__(f"{feature} needs an extra: pip install 'newsdesk[{extra}]'")
        self.feature = feature
        self.extra = extra

    def __reduce__(self) -> tuple:
        return MissingExtraError, (self.feature, self.extra)


def cannot_write(path: object, error: OSError) -> UsageError:
    """The error for an output path (``--out``, ``--chart``) that cannot be written: a folder,
    a missing or read-only place. It names the path and the system's reason in one line."""
    reason = os.strerror(error.errno) if error.errno else str(error)
    return UsageError(f"{path}: cannot write this file ({reason})")
