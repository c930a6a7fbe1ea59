"""Print the pip requirements of the Windows build, one per line.

    .venv/bin/python installer/windows_requirements.py [SOURCE_DIR]

The project's runtime dependencies and its `postgres` extra (from
SOURCE_DIR/pyproject.toml, markers evaluated for Windows, CPython 3.13), plus
PyInstaller, each pinned to the version installed in the Linux .venv that the
test suite ran with: the Windows app then carries the libraries that were
tested, not whatever is newest. Then the Windows-only packages pip cannot see
from Linux (their markers say sys_platform == "win32"): PyInstaller's
`pefile` and `pywin32-ctypes`, and `tzdata` (Windows has no time-zone
database for zoneinfo).
"""

from __future__ import annotations

import sys
import tomllib
from importlib import metadata
from pathlib import Path

from packaging.requirements import Requirement

WINDOWS_PY313 = {
    "python_version": "3.13",
    "python_full_version": "3.13.2",
    "sys_platform": "win32",
    "platform_system": "Windows",
    "os_name": "nt",
    "implementation_name": "cpython",
    "platform_python_implementation": "CPython",
    "platform_machine": "AMD64",
    "extra": "",
}
BUILD_TOOLS = ["pyinstaller", "pyinstaller-hooks-contrib"]
WINDOWS_ONLY = ["pefile", "pywin32-ctypes", "tzdata"]


def pinned(req: Requirement) -> str:
    """`name[extras]==<installed version>` if installed here and allowed, else the spec."""
    extras = f"[{','.join(sorted(req.extras))}]" if req.extras else ""
    try:
        installed = metadata.version(req.name)
    except metadata.PackageNotFoundError:
        return f"{req.name}{extras}{req.specifier}"
    if req.specifier and not req.specifier.contains(installed, prereleases=True):
        return f"{req.name}{extras}{req.specifier}"
    return f"{req.name}{extras}=={installed}"


def requirements(source: Path) -> list[str]:
    project = tomllib.loads((source / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    lines = []
    for text in project["dependencies"] + project["optional-dependencies"].get("postgres", []):
        req = Requirement(text)
        if req.marker is None or req.marker.evaluate(WINDOWS_PY313):
            lines.append(pinned(req))
    lines += [pinned(Requirement(name)) for name in BUILD_TOOLS + WINDOWS_ONLY]
    return lines


if __name__ == "__main__":
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent
    print("\n".join(requirements(root)))
