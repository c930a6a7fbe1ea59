"""Start-up of the desktop app: QApplication, translations, the error hook,
one running copy per data folder, the store, first start, the main window.

Heavy modules (export, demo, Pillow, the wizard) are imported only when used.
With `exit_after_start` the app builds everything, fills the tree, and exits
0 (the frozen-build smoke test and the start-up benchmark use it). When the
environment variable TBN4_STARTUP_MARK is set, the moment the tree is filled
is printed on stdout as `TBN4_READY <time.time()>`.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from tbn4_desktop import APP_NAME, ORG_DOMAIN

LOCK_FILE = "tbn4.lock"
STARTUP_MARK_ENV = "TBN4_STARTUP_MARK"

ALREADY_RUNNING_MESSAGE = (
    "Программа уже запущена с этой папкой данных. Переключитесь на открытое окно программы; "
    "если его не видно, подождите минуту или перезагрузите компьютер."
)


def mark_ready() -> None:
    """The benchmark's finish line: the main window's tree is filled."""
    if os.environ.get(STARTUP_MARK_ENV):
        print(f"TBN4_READY {time.time():.6f}", flush=True)


def ensure_application():
    """The QApplication (created once), with names, icon and translations."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    app.setOrganizationName(APP_NAME)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setApplicationName(APP_NAME)
    if not app.property("tbn4Translated"):
        from tbn4_desktop.ui.i18n import install_translators
        from tbn4_desktop.ui.icons import app_icon

        install_translators(app)
        app.setWindowIcon(app_icon())
        app.setProperty("tbn4Translated", True)
    return app


class InstanceLock:
    """One running app per data folder: an OS file lock, taken without
    waiting, released by the OS if the process dies."""

    def __init__(self, data_dir: Path):
        from filelock import FileLock

        self.path = Path(data_dir) / LOCK_FILE
        self._lock = FileLock(str(self.path), timeout=0)

    def acquire(self) -> bool:
        from filelock import Timeout

        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self._lock.acquire(timeout=0)
        except Timeout:
            return False
        return True

    def release(self) -> None:
        if self._lock.is_locked:
            self._lock.release()


def preload_services() -> None:
    """Import the store and services (SQLAlchemy, YAML) before PySide6.

    Once PySide6 is imported, its `__feature__` import hook reads the source
    of every module imported afterwards; importing the ~300 modules of
    SQLAlchemy first keeps them out of that scan (about 50 ms at start-up)."""
    import tbn4_desktop.services.context
    import tbn4_desktop.services.executions
    import tbn4_desktop.services.organizations  # noqa: F401


def run_gui(data_dir: Path, exit_after_start: bool = False) -> int:
    data_dir = Path(data_dir)
    preload_services()
    app = ensure_application()
    from tbn4_desktop.ui import errors

    errors.set_log_dir(data_dir / errors.LOGS_DIR)
    errors.set_noninteractive(exit_after_start)
    previous_hook = errors.install_excepthook()
    lock = InstanceLock(data_dir)
    ctx = None
    try:
        try:
            locked = lock.acquire()
        except OSError as exc:
            from tbn4_desktop.core.fileio import describe_os_error

            errors.show_error(None, f"Не удалось открыть папку данных. {describe_os_error(exc, data_dir)}")
            return 1
        if not locked:
            errors.show_error(None, ALREADY_RUNNING_MESSAGE)
            return 1
        ctx = _open_context(data_dir)
        if ctx is None:
            return 1
        return _run_windows(app, ctx, exit_after_start)
    finally:
        if ctx is not None:
            from PySide6.QtCore import QThreadPool

            QThreadPool.globalInstance().waitForDone()
            ctx.close()
        lock.release()
        sys.excepthook = previous_hook
        errors.set_noninteractive(False)


def _open_context(data_dir: Path):
    from tbn4_desktop.core.catalog import CatalogError
    from tbn4_desktop.services.context import open_app
    from tbn4_desktop.store import StoreError
    from tbn4_desktop.ui import errors

    try:
        return open_app(data_dir)
    except (StoreError, CatalogError) as exc:
        errors.show_error(None, str(exc))
        return None


def _run_windows(app, ctx, exit_after_start: bool) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from tbn4_desktop.services.organizations import get_current_organization
    from tbn4_desktop.store import StoreError
    from tbn4_desktop.ui import errors
    from tbn4_desktop.ui.first_start import FirstStartDialog
    from tbn4_desktop.ui.main_window import MainWindow

    try:
        with ctx.store.session() as session:
            organization = get_current_organization(session)
    except StoreError as exc:
        errors.show_error(None, str(exc))
        return 1

    if organization is None:
        dialog = FirstStartDialog(ctx)
        if exit_after_start:
            # Nobody will fill it in: show that it builds, then leave.
            dialog.show()
            app.processEvents()
            mark_ready()
            dialog.close()
            return 0
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.organization is None:
            return 0
        organization = dialog.organization

    window = MainWindow(ctx, organization)
    ready = []

    def first_fill() -> None:
        if not ready:
            ready.append(True)
            mark_ready()

    window.treeFilled.connect(first_fill)
    window.show()
    if not window.load():
        # The message has been shown; without the year's data there is
        # nothing to work with.
        window.close()
        return 1
    if exit_after_start:
        QTimer.singleShot(0, app.quit)
    else:
        QTimer.singleShot(0, window.report_catalog_problems)
    app.exec()
    return 0
