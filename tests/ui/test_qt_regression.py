"""The measured trap (ARCHITECTURE.md): PySide6 6.12.0 on Python 3.11 aborts
("Fatal Python error: none_dealloc") after a few thousand calls of a Qt
method returning None. Run such calls 20,000 times in a child process, so an
abort fails this test instead of killing pytest."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication, QWidget
    app = QApplication([])
    w = QWidget()
    for i in range(20_000):
        w.setToolTip("подсказка")          # returns None
        w.setObjectName(f"widget{i % 7}")  # returns None
    print("survived", sys.getrefcount(None) > 0)
""")


def test_qt_methods_returning_none_do_not_abort_the_interpreter():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], check=False, capture_output=True, text=True, timeout=120, env=env
    )
    assert done.returncode == 0, f"the child died ({done.returncode}): {done.stderr[-2000:]}"
    assert done.stdout.strip() == "survived True"
