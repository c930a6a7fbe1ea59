"""PySide6's per-module source scan replaced by a cheaper one that gives the
same answers (ui/qt_import_hook.py): checked in a fresh interpreter against
PySide6's own scan for every module the app, the store and the previews load."""

from __future__ import annotations

import json
import os
import subprocess
import sys

_PROBE = r"""
import json, sys
import PySide6.QtWidgets
from tbn4_desktop.ui import qt_import_hook
feature = sys.modules.get("PySide6.support.feature") or sys.modules.get("shibokensupport.feature")
before = set(feature.pyside_feature_dict)
installed = qt_import_hook.install()
again = qt_import_hook.install()
import tbn4_desktop.ui.main_window, tbn4_desktop.ui.document_preview, tbn4_desktop.services.context
import sqlalchemy.orm, PIL.Image, PIL.ImageQt, pypdf
original = feature._mod_uses_pyside._tbn4_original
checked, wrong, ours_with_qt = 0, [], 0
for name, value in feature.pyside_feature_dict.items():
    module = sys.modules.get(name)
    if name in before or module is None:
        continue
    checked += 1
    expected = 0 if original(module) else -1
    if value != expected:
        wrong.append(name)
    ours_with_qt += name.startswith("tbn4_desktop.ui.") and value == 0
print(json.dumps({"installed": installed, "again": again, "checked": checked,
                  "wrong": wrong, "ours_with_qt": ours_with_qt}))
"""


def test_the_cheaper_scan_answers_as_pyside_does() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["installed"] is True
    assert result["again"] is False  # installing twice changes nothing
    assert result["checked"] > 300  # our modules, SQLAlchemy, Pillow, pypdf
    assert result["ours_with_qt"] >= 5  # our widgets are still seen as PySide6 users
    assert result["wrong"] == []
