"""The baseline of benchmarks/startup.py: a bare PySide6 app with an empty
QMainWindow, on the same interpreter and Qt platform as the real app.

Prints `TBN4_READY <time.time()>` as soon as the window is shown and the
first events are processed — the same mark the app prints when its catalog
tree is filled (TBN4_STARTUP_MARK=1) — then exits.
"""

import sys
import time

from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1100, 720)
    window.show()
    app.processEvents()
    print(f"TBN4_READY {time.time()}", flush=True)
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
