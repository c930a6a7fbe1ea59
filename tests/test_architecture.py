"""Guards for the architecture rules in docs/architecture.md.

* The core (`tbn4_desktop.core`) is pure Python: no Qt, no SQLAlchemy.
* PySide6 6.12.0 aborts on Python 3.11 ("Fatal Python error: none_dealloc"),
  so pyproject.toml must keep it out there.
* No module of the program, its scripts, installer or benchmarks is over
  MAX_MODULE_LINES lines; core/ has no import cycle.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from importlib import metadata
from pathlib import Path

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
QT_DISTRIBUTIONS = {"pyside6", "pyside6-essentials", "pyside6-addons"}

_IMPORT_ALL_CORE = r"""
import importlib, json, pkgutil, sys
import tbn4_desktop.core as core

forbidden = ("PySide6", "shiboken6", "sqlalchemy")
report = {"modules": [], "errors": {}, "culprits": {}}
for info in pkgutil.walk_packages(core.__path__, prefix="tbn4_desktop.core."):
    name = info.name
    report["modules"].append(name)
    try:
        importlib.import_module(name)
    except Exception as exc:  # reported by the test, not hidden
        report["errors"][name] = f"{type(exc).__name__}: {exc}"
        continue
    for top in forbidden:
        if top in sys.modules and top not in report["culprits"]:
            report["culprits"][top] = name
report["loaded"] = sorted(m for m in sys.modules if m.split(".")[0] in forbidden)
print(json.dumps(report))
"""


def test_core_imports_neither_qt_nor_sqlalchemy() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _IMPORT_ALL_CORE],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout.strip().splitlines()[-1])
    assert report["modules"], "tbn4_desktop.core has no modules?"
    assert not report["errors"], f"core modules that fail to import: {report['errors']}"
    assert not report["culprits"], (
        f"tbn4_desktop.core must stay free of Qt and SQLAlchemy; first module that pulled each in: {report['culprits']}"
    )
    assert report["loaded"] == []


def _qt_requirements() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    reqs = [Requirement(r) for r in project.get("dependencies", [])]
    return [r for r in reqs if canonicalize_name(r.name) in QT_DISTRIBUTIONS]


def _applies_on(req: Requirement, python: str) -> bool:
    if req.marker is None:
        return True
    env = default_environment()
    env.update(
        python_version=python,
        python_full_version=f"{python}.0",
        implementation_name="cpython",
        platform_python_implementation="CPython",
    )
    return req.marker.evaluate(env)


@pytest.mark.parametrize("python", ["3.11"])
def test_pyproject_keeps_pyside6_6_12_off_python_3_11(python: str) -> None:
    applicable = [r for r in _qt_requirements() if _applies_on(r, python)]
    assert applicable, f"pyproject.toml has no PySide6 requirement for Python {python}"
    for req in applicable:
        for bad in ("6.12.0", "6.12.1", "6.13.0"):
            assert not req.specifier.contains(bad, prereleases=True), (
                f"{req} would let PySide6 {bad} install on Python {python}, "
                "which aborts with 'Fatal Python error: none_dealloc'"
            )
        assert req.specifier.contains("6.11.3"), f"{req} no longer allows the tested 6.11.3"


def test_installed_pyside6_is_safe_for_this_python() -> None:
    versions = {}
    for dist in ("PySide6-Essentials", "PySide6"):
        try:
            versions[dist] = Version(metadata.version(dist))
        except metadata.PackageNotFoundError:
            continue
    assert versions, "PySide6 is not installed"
    if sys.version_info[:2] == (3, 11):
        for dist, version in versions.items():
            assert version < Version("6.12"), f"{dist} {version} aborts on Python 3.11"


def _imports_of(path: Path, package: str, modules: set[str]) -> set[str]:
    """The package's modules `path` imports at run time, at any depth (lazy
    imports inside functions too), not those under `if TYPE_CHECKING:`."""
    import ast

    found: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(package):
            for alias in node.names:
                target = f"{node.module}.{alias.name}"
                found.add(target if target in modules else node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in modules)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found & modules


def test_core_modules_import_no_cycle() -> None:
    """core/ is layered: no module imports, directly or through others, a module
    that imports it back (the forms' renderers once imported render.py, which
    imports them). Type-only imports do not count."""
    root = Path(__file__).resolve().parents[1]
    paths = {
        ".".join(p.relative_to(root).with_suffix("").parts).removesuffix(".__init__"): p
        for p in (root / "tbn4_desktop" / "core").rglob("*.py")
    }
    graph = {m: _imports_of(p, "tbn4_desktop.core", set(paths)) for m, p in paths.items()}
    cycles = []
    for start in graph:
        seen, todo = set(), [start]
        while todo:
            for nxt in graph[todo.pop()]:
                if nxt == start:
                    cycles.append(start)
                elif nxt not in seen:
                    seen.add(nxt)
                    todo.append(nxt)
    assert sorted(set(cycles)) == []


MAX_MODULE_LINES = 500
# Modules allowed to be longer, each a data table whose rows belong
# together (never code): none today. Add "path": "why" only for such a table.
LONG_DATA_TABLES: dict[str, str] = {}


def test_no_module_is_over_500_lines() -> None:
    """A newcomer can hold any module in their head. Tests are not held to
    it: a test file is a list of independent cases about one subject."""
    too_long = {}
    for folder in ("tbn4_desktop", "scripts", "installer", "benchmarks"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            lines = len(path.read_text(encoding="utf-8").splitlines())
            if lines > MAX_MODULE_LINES and relative not in LONG_DATA_TABLES:
                too_long[relative] = lines
    assert too_long == {}
    assert all(reason.strip() for reason in LONG_DATA_TABLES.values())
