"""Run a snippet in a fresh interpreter where importing natasha fails, as on an install
without the ``ru`` extra; return what it printed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_BLOCK = (
    "import sys, importlib.abc\n"
    "class Block(importlib.abc.MetaPathFinder):\n"
    "    def find_spec(self, name, path, target=None):\n"
    "        if name.split('.')[0] == 'natasha': raise ImportError(name)\n"
    "sys.meta_path.insert(0, Block())\n"
)


def run_without_natasha(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", _BLOCK + code], capture_output=True, text=True,
                          env={"PYTHONPATH": str(ROOT / "src")}, check=True)
    return done.stdout
