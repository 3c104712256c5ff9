"""Queries the store defines once and uses in several places."""

from __future__ import annotations

import re

from newsdesk.store import open_store
from newsdesk.store.schema import CURRENT_VERSION


def test_the_current_articles_view_is_the_current_version_window(tmp_path) -> None:
    with open_store(str(tmp_path / "store.duckdb")) as store:
        view = store.con.execute(
            "SELECT sql FROM duckdb_views() WHERE view_name = 'current_articles'"
        ).fetchone()[0]
    def bare(sql: str) -> str:  # DuckDB keeps a view's SQL with quotes and brackets added
        return " ".join(re.sub(r'[()"]', " ", sql).split())

    assert bare(view).endswith(bare(f"FROM articles {CURRENT_VERSION};"))
