"""Stopping a long run cleanly on SIGINT or SIGTERM.

The first signal only asks: ``ingest`` and ``analyse`` check ``StopRequest.requested`` between
two inputs (or batches), so the input being stored is finished and committed, and the run
returns its report. A second signal raises ``KeyboardInterrupt`` at once: the open transaction
rolls back and nothing half-written stays. Either way a rerun does exactly what is missing.
Only the CLI installs the handlers (a library must not take over a program's signals).
"""

from __future__ import annotations

import signal
import threading
from types import FrameType


class StopRequest:
    """A context manager that turns SIGINT/SIGTERM into a request to stop after this input."""

    SIGNALS = (signal.SIGINT, signal.SIGTERM)

    def __init__(self) -> None:
        self.signal: int | None = None
        self._previous: dict[int, object] = {}

    def requested(self) -> bool:
        return self.signal is not None

    def _handle(self, signum: int, frame: FrameType | None) -> None:
        if self.signal is not None:
            raise KeyboardInterrupt
        self.signal = signum

    def __enter__(self) -> StopRequest:
        if threading.current_thread() is threading.main_thread():
            for signum in self.SIGNALS:
                self._previous[signum] = signal.signal(signum, self._handle)
        return self

    def __exit__(self, *exc: object) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)
        self._previous.clear()
