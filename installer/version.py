"""Print tbn4_desktop.__version__ of a source tree, read without importing it.

    python installer/version.py [--four] [SOURCE_DIR]

--four: the four numbers a Windows version resource needs (0.1.0 → 0.1.0.0;
a suffix such as "rc1" is dropped). The one place the version lives is
tbn4_desktop/__init__.py; the build passes it on to the exe, NSIS and the
file names.
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path


def read_version(source: Path) -> str:
    tree = ast.parse((source / "tbn4_desktop" / "__init__.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__version__" for t in node.targets):
            return str(node.value.value)
    raise SystemExit(f"{source}/tbn4_desktop/__init__.py has no __version__")


def four_numbers(version: str) -> str:
    numbers = [int(m.group()) for part in version.split(".")[:4] if (m := re.match(r"\d+", part))]
    return ".".join(str(n) for n in (numbers + [0, 0, 0, 0])[:4])


if __name__ == "__main__":
    args = sys.argv[1:]
    four = "--four" in args
    rest = [a for a in args if a != "--four"]
    root = Path(rest[0]) if rest else Path(__file__).resolve().parent.parent
    version = read_version(root)
    print(four_numbers(version) if four else version)
