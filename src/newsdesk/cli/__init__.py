"""The ``newsdesk`` command: a thin layer over the Python API that owns output and exit codes.

Exit codes: 0 everything worked, 1 something failed (the run still did the rest), 2 usage;
141 (128 + SIGPIPE, what a shell reports for ``cat``) when the reader of stdout went away, as in
``newsdesk export | head``: the command ends without a word.

One module per concern, each adding its commands to ``app`` (``base.py``) when imported, in the
order ``newsdesk --help`` lists them: building the store (``build.py``), reading articles and
their copies (``reading.py``), the entity registry (``entities.py``), what the analysis found
(``analysis.py``), briefs, answers and framing (``briefs.py``), the web desk (``serve.py``) and
the live desk (``live.py``).
"""

# Each module adds its commands to ``app`` when imported: they are imported in the order
# ``newsdesk --help`` lists the commands, not sorted.
from newsdesk.cli.base import app  # noqa: I001
from newsdesk.cli import build, reading, entities, analysis, briefs, serve, live  # noqa: F401


__all__ = ["app"]
