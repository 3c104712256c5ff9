"""The faces (the CLI and the web application) reach the store only through the service layer:
none imports the store package or DuckDB, opens a store or writes SQL. Read from the modules'
source with ``ast``, so an import inside a function counts too."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "newsdesk"
FACES = sorted([*(PACKAGE / "cli").glob("*.py"), *(PACKAGE / "web").glob("*.py")])

FORBIDDEN_MODULES = ("newsdesk.store", "duckdb")
FORBIDDEN_NAMES = {"open_store", "connect", "execute", "executemany", "sql"}
SQL = re.compile(r"\bSELECT\b[\s\S]+\bFROM\b|\bINSERT\s+INTO\b|\bUPDATE\s+\w+\s+SET\b"
                 r"|\bDELETE\s+FROM\b|\bCREATE\s+(TABLE|VIEW|INDEX)\b", re.IGNORECASE)


def store_access(path: Path) -> list[str]:
    """What in the module at ``path`` reaches the store past the service layer, one line each."""
    return source_access(path.read_text(encoding="utf-8"))


def source_access(source: str) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [f"import {a.name}" for a in node.names if _forbidden(a.name)]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            if _forbidden(node.module or ""):
                found.append(f"from {node.module} import ...")
            found += [f"imports {a.name}" for a in node.names
                      if a.name in {"open_store", "import_module"}
                      or _forbidden(f"{node.module}.{a.name}")]
        elif isinstance(node, ast.Call) and _called(node.func) in {"Store", "import_module"}:
            found.append(f"line {node.lineno}: {_called(node.func)}(...)")
        elif isinstance(node, ast.Call) and _on_a_store(node.func):
            found.append(f"line {node.lineno}: store.{node.func.attr}(...)")
        elif isinstance(node, ast.Attribute) and node.attr in FORBIDDEN_NAMES:
            found.append(f"line {node.lineno}: .{node.attr}")
        elif isinstance(node, ast.Name) and node.id == "open_store":
            found.append(f"line {node.lineno}: open_store")
        elif isinstance(node, ast.Constant) and SQL.search(str(node.value)):
            found.append(f"line {node.lineno}: SQL {str(node.value)[:40]!r}")
    return found


def _on_a_store(func: ast.expr) -> bool:
    """A method called on a name ``store``: the store's own API, not a service operation."""
    return isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id == "store"


def _called(func: ast.expr) -> str:
    return func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")


def _forbidden(module: str) -> bool:
    return any(module == name or module.startswith(name + ".") for name in FORBIDDEN_MODULES)


@pytest.mark.parametrize("path", FACES, ids=lambda path: path.relative_to(PACKAGE).as_posix())
def test_a_face_reaches_the_store_only_through_the_service(path):
    assert store_access(path) == []


def test_the_faces_are_found():
    assert {path.relative_to(PACKAGE).as_posix() for path in FACES} >= {
        "cli/__init__.py", "cli/base.py", "cli/live.py", "web/api.py", "web/pages.py"}


@pytest.mark.parametrize(("module", "expected"), [
    ("service/stores.py", "imports open_store"),
    ("store/browse.py", "SQL"),
    ("store/access.py", "import duckdb"),
])
def test_the_check_sees_store_access_where_it_is(module, expected):
    assert any(expected in line for line in store_access(PACKAGE / module))


@pytest.mark.parametrize(("source", "expected"), [
    ("from newsdesk import store", "imports store"),
    ("from newsdesk import service\nservice.Store('x.duckdb').list_feeds()", "Store(...)"),
    ("import importlib\nimportlib.import_module('newsdesk.store')", "import_module(...)"),
    ("from importlib import import_module", "imports import_module"),
    ("def rows(store):\n    return store.list_watchlists()", "store.list_watchlists(...)"),
])
def test_the_check_sees_the_store_opened_by_other_ways(source, expected):
    assert any(expected in line for line in source_access(source))


def passes_on(function: ast.FunctionDef) -> bool:
    """Whether ``function`` only calls another with its own arguments, doing nothing else."""
    body = [node for node in function.body
            if not isinstance(node, ast.Import | ast.ImportFrom)
            and not (isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant))]
    if len(body) != 1 or not isinstance(body[0], ast.Return | ast.Expr):
        return False
    call = body[0].value
    if not isinstance(call, ast.Call):
        return False
    given = [*call.args, *(keyword.value for keyword in call.keywords)]
    names = {arg.arg for arg in [*function.args.args, *function.args.kwonlyargs]}
    if function.args.kwarg is not None:
        names.add(function.args.kwarg.arg)
    return all(isinstance(value, ast.Name) and value.id in names for value in given)


@pytest.mark.parametrize("module", ["documents.py", "live.py"])
def test_a_service_module_has_no_function_that_only_passes_its_arguments_on(module):
    """A face calls such a function where it is (``brief.write_brief``, ``exporter.export``,
    ``feeds.remove_feed``); what ``service/documents.py`` and ``service/live.py`` keep adds
    something (a format checked, a story read, the clock, a name looked up)."""
    tree = ast.parse((PACKAGE / "service" / module).read_text(encoding="utf-8"))
    functions = [node for node in tree.body if isinstance(node, ast.FunctionDef)]
    assert functions and [f.name for f in functions if passes_on(f)] == []


FACE_WORDS = re.compile(r"\s--[a-z][a-z-]+|`newsdesk ")


def face_words(path: Path) -> list[str]:
    """The strings of the module at ``path``, but its docstrings, that name a command-line
    option or command: a message the module raises would then name one face to all of them."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr)}
    return [f"line {node.lineno}: {node.value[:60]!r}" for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str)
            and id(node) not in docstrings and FACE_WORDS.search(node.value)]


LIBRARY = sorted(path for path in PACKAGE.rglob("*.py") if path not in FACES
                 and path.relative_to(PACKAGE).parts[0] not in ("cli", "web"))


@pytest.mark.parametrize("path", LIBRARY, ids=lambda path: path.relative_to(PACKAGE).as_posix())
def test_the_library_words_its_messages_for_no_one_face(path):
    """A refusal names the setting or the kind of thing (``UsageError.options``,
    ``NotFoundError.kind``) and each face words it; the registry's ``decide`` leaves names to
    the service's one not-found check; a missing store is ``NoStoreError``, and each face says
    how a store is made."""
    assert face_words(path) == []


def test_the_errors_a_face_words_cross_a_process_boundary_whole(tmp_path):
    """A worker's error comes back pickled: its settings and the missing store's path stay."""
    import pickle

    from newsdesk.brief import brief_settings
    from newsdesk.errors import NoStoreError, UsageError
    from newsdesk.store import open_store

    with pytest.raises(NoStoreError) as missing:
        open_store(tmp_path / "none.duckdb", read_only=True)
    with pytest.raises(UsageError) as refused:
        brief_settings(since="2022-13")
    for error in (missing.value, refused.value):
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error) and str(copy) == str(error)
        assert copy.worded(str.upper) == error.worded(str.upper)
    assert refused.value.options == ("since",) and missing.value.path.endswith("none.duckdb")
