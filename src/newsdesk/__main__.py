"""``python -m newsdesk`` runs the command-line interface."""

from newsdesk.cli import app

app(prog_name="newsdesk")
