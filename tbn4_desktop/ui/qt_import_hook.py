"""A cheaper answer to the question PySide6 asks of every module imported
after it.

Once PySide6 is loaded, its `__feature__` support (snake_case,
true_property) wraps `builtins.__import__` and, for each newly imported
module, reads the module's whole source with `inspect.getsource` to see
whether it mentions "PySide6" (`_mod_uses_pyside`). Measured here, that
scan makes SQLAlchemy's import 1.3× slower (235 ms instead of 175 ms) and
slows every module of ours on the start-up path. The answer only matters to
code that selects a feature, and nothing in this program does; we give the
same answer PySide6 would, reading only our own modules' files and asking
PySide6 itself for the few third-party modules that name Qt.
"""

from __future__ import annotations

import sys
from types import ModuleType

_PACKAGE = "tbn4_desktop"


def install() -> bool:
    """Replace PySide6's per-module source scan by `uses_pyside`; False when
    this PySide6 has no such scan (then nothing is changed)."""
    feature = sys.modules.get("PySide6.support.feature") or sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or original is None or getattr(original, "_tbn4_cheap", False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name == _PACKAGE or name.startswith(_PACKAGE + "."):
            return _source_mentions_pyside(module)
        if "Qt" in name or "qt" in name.split(".")[0]:
            return bool(original(module))  # PIL.ImageQt, qtpy and the like: PySide6's own answer
        return False  # the rest of the standard library and dependencies never name PySide6

    uses_pyside._tbn4_cheap = True  # type: ignore[attr-defined]
    uses_pyside._tbn4_original = original  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 - a private attribute of PySide6
    return True


def _source_mentions_pyside(module: ModuleType) -> bool:
    spec = getattr(module, "__spec__", None)
    origin = getattr(spec, "origin", None)
    if not origin or not origin.endswith(".py"):
        return False  # frozen (PyInstaller) or compiled: PySide6 cannot read a source either
    try:
        with open(origin, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False
