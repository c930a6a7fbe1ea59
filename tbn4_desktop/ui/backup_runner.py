"""The running app's backups: automatic ones (something changed and 30
minutes passed), the one on closing the main window, and «Создать копию
сейчас» — each in a background job, never two at once."""

from __future__ import annotations

import re
from datetime import timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from tbn4_desktop import APP_TITLE
from tbn4_desktop.core.backup import BackupError
from tbn4_desktop.i18n import tr
from tbn4_desktop.services import backup_warnings as W
from tbn4_desktop.services import backups as B
from tbn4_desktop.store_errors import StoreError
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.jobs import Job

CHECK_EVERY_MS = 5 * 60 * 1000
_DATE = re.compile(r"\d{2}\.\d{2}\.\d{4}")
FIRST_CHECK_MS = 20 * 1000


def busy_dialog(parent: QWidget, text: str) -> QProgressDialog:
    """A window-modal «please wait» without «Отмена» (copying cannot stop halfway safely)."""
    progress = QProgressDialog(text, None, 0, 0, parent)  # type: ignore[call-overload]  # PySide6 stubs: None (no button) is valid
    progress.setWindowTitle(tr(APP_TITLE))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setMinimumWidth(420)
    progress.setValue(0)
    return progress


class BackupRunner(QObject):
    """The app's backups, one at a time, in background jobs."""

    finished = Signal(object)  # BackupInfo, or None when nothing was due
    failed = Signal(str)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.job: Job | None = None
        self.timer: QTimer | None = None
        self._close_after = False
        self._closing_done = False
        self.paused = False  # a restore has the store closed
        self._progress: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self.job is not None

    def enable_auto(self) -> None:
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.run_if_due)
        self.timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self.run_if_due)

    def run_if_due(self) -> None:
        ctx = self.window.ctx
        if ctx is None or self.running or self.paused or not ctx.store.is_sqlite:
            return
        self._start(lambda _p, _c: B.make_backup(ctx, reason="auto", role="app") if B.is_due(ctx) else None)

    def run_now(self) -> bool:
        """«Создать копию сейчас»; False when a backup is already running."""
        ctx = self.window.ctx
        if ctx is None or self.running or self.paused:
            return False
        self._start(lambda _p, _c: B.make_backup(ctx, reason="manual", role="app"))
        return True

    def hold_close(self, event) -> bool:
        """On closing the main window: when something changed since the last
        backup (or one is running), keep the window until it is done."""
        ctx = self.window.ctx
        if self._closing_done or ctx is None or self.timer is None or self.paused:
            return False
        if not self.running:
            try:
                due = B.is_due(ctx, interval=timedelta(0))
            except (StoreError, OSError):
                due = False
            if not due:
                return False
            self._start(lambda _p, _c: B.make_backup(ctx, reason="closing", role="app"))
        event.ignore()
        self._close_after = True
        self._progress = busy_dialog(self.window, tr("Сохраняется резервная копия данных перед закрытием программы…"))
        return True

    def _start(self, work) -> None:
        self.job = Job(work, self)
        self.job.signals.succeeded.connect(self._succeeded)
        self.job.signals.failed.connect(self._failed)
        self.job.start()

    def _succeeded(self, info) -> None:
        self.job = None
        self.finished.emit(info)
        self._maybe_close()

    def _failed(self, exc: BaseException, details: str) -> None:
        self.job = None
        message = str(exc) if isinstance(exc, BackupError | StoreError) else tr(errors.UNEXPECTED_MESSAGE)
        errors.write_log(details, prefix="backup")
        self.window.statusBar().showMessage(tr("Резервная копия не создана. {reason}").format(reason=message))
        self.failed.emit(message)
        self._maybe_close()

    def _maybe_close(self) -> None:
        if not self._close_after:
            return
        self._closing_done = True
        if self._progress is not None:
            self._progress.close()
            self._progress = None
        self.window.close()


def startup_warnings(window) -> None:
    """The start-up line: only what needs the user (no backup for 7 days);
    the full list is in the backups window."""
    ctx = window.ctx
    if ctx is None:
        return
    # The «older than 7 days» warning is the only one naming a date (dd.mm.yyyy),
    # whatever the interface language.
    stale = [w for w in W.warnings(ctx.data_dir, ctx.settings) if _DATE.search(w)]
    if stale:
        window.statusBar().showMessage(stale[0])


def runner_of(window) -> BackupRunner:  # noqa: ANN001 - MainWindow
    runner = getattr(window, "backup_runner", None)
    if runner is None:
        runner = window.backup_runner = BackupRunner(window)
    return runner


def start_auto_backups(window) -> None:  # noqa: ANN001 - MainWindow
    runner_of(window).enable_auto()
    startup_warnings(window)
