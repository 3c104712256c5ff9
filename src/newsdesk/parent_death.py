"""Pool workers end with the process that started them, even when it is killed by SIGKILL.

A ``spawn`` worker starts a fresh interpreter and imports ``newsdesk`` (the parent's main
module) before the pool's initializer can run; on a loaded machine that takes seconds, and a
parent killed meanwhile would leave the worker importing on its own. So the pool names its
process in ``WORKER_PARENT_ENV`` and ``guard_spawned_worker`` runs first thing when the
``newsdesk`` package is imported: in a process started by multiprocessing whose parent is that
process, it asks the kernel for SIGKILL when the parent dies, and exits at once when the parent
is already gone. Linux's ``prctl(PR_SET_PDEATHSIG)`` is called through ctypes, as the standard
library has no call for it. Only the standard library is imported here, so the guard costs
nothing before it acts.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys

#: Set by the process pool to its own process id; inherited by the workers it spawns.
WORKER_PARENT_ENV = "NEWSDESK_POOL_PARENT"
PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent(parent: int) -> None:
    """SIGKILL this process when its parent dies; exit now if ``parent`` is gone already."""
    if sys.platform.startswith("linux"):
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before (or while) the request was made
        os._exit(1)


def guard_spawned_worker() -> None:
    """In a multiprocessing child of a newsdesk pool, tie this process's life to the pool's."""
    parent = os.environ.pop(WORKER_PARENT_ENV, "")  # not for the worker's own children
    started_by_pool = "--multiprocessing-fork" in getattr(sys, "orig_argv", ())
    if started_by_pool and parent.isdigit():
        die_with_parent(int(parent))
