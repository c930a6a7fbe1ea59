"""Long work off the UI thread, results back by signal.

A job is a plain function `fn(progress, cancelled) -> result` that never
touches a widget: `progress(done, total, text)` reports, `cancelled()` asks
whether the user pressed «Отмена». `Job` runs it on a QThreadPool thread and
re-emits everything as Qt signals, which Qt delivers on the UI thread.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from tbn4_desktop.i18n import tr

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog

ProgressFn = Callable[[int, int, str], None]
CancelledFn = Callable[[], bool]
JobFn = Callable[[ProgressFn, CancelledFn], Any]


class JobCancelled(Exception):
    """Raised by a job function that stopped because the user cancelled."""


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object, str)  # exception, formatted traceback
    cancelled = Signal()
    finished = Signal()  # after any of the three above


class _Runnable(QRunnable):
    def __init__(self, job: Job):
        super().__init__()
        self.setAutoDelete(True)
        self._job = job

    def run(self) -> None:  # worker thread: emit signals only
        job = self._job
        signals = job.signals
        try:
            result = job.fn(job._report, job.is_cancelled)
        except JobCancelled:
            _emit(signals.cancelled)
        except BaseException as exc:  # noqa: BLE001 - reported to the UI thread
            if job.is_cancelled() and _looks_cancelled(exc):
                _emit(signals.cancelled)
            else:
                _emit(signals.failed, exc, "".join(traceback.format_exception(exc)))
        else:
            # Finished before it saw the cancel: the work is done, say so.
            _emit(signals.succeeded, result)
        finally:
            job._done.set()
            _emit(signals.finished)


def _emit(signal, *args) -> None:  # noqa: ANN001
    """Emit from the worker; when the widget that owned the job was closed
    meanwhile (its signals object deleted with it), nobody is left to tell."""
    with contextlib.suppress(RuntimeError):
        signal.emit(*args)


def _looks_cancelled(exc: BaseException) -> bool:
    return type(exc).__name__ in {"ExportCancelled", "Cancelled", "OperationCancelled"}


class Job:
    """One background run of `fn`. Connect to `signals` before `start()`."""

    def __init__(self, fn: JobFn, parent: QObject | None = None):
        self.fn = fn
        self.signals = _Signals(parent)
        self._cancel = threading.Event()
        self._done = threading.Event()

    def _report(self, done: int, total: int, text: str = "") -> None:
        _emit(self.signals.progress, int(done), int(total), str(text))

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)


#: Steps of a byte-counting progress dialog (finer than percent for big bundles).
PROGRESS_STEPS = 1000


class ProgressJobController(QObject):
    """A long job behind a window-modal progress dialog with «Отмена» (shown
    after 0.4 s): the shared lifecycle of the export and the import.
    Subclasses implement _on_progress, _on_succeeded, _on_failed and
    _on_cancelled (each closing the dialog with _close_progress first)."""

    def __init__(self, parent) -> None:  # noqa: ANN001 - QWidget
        super().__init__(parent)
        self._parent = parent
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None  # while the job runs
        self.running = False

    def start_job(self, work: JobFn, label: str, object_name: str) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QProgressDialog

        from tbn4_desktop import APP_TITLE

        progress = QProgressDialog(label, tr("Отмена"), 0, PROGRESS_STEPS, self._parent)
        progress.setObjectName(object_name)
        progress.setWindowTitle(tr(APP_TITLE))
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(400)
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.setMinimumWidth(460)
        progress.setValue(0)
        progress.canceled.connect(self.cancel)
        self.progress = progress
        self.job = Job(work, self)
        self.job.signals.progress.connect(self._on_progress)
        self.job.signals.succeeded.connect(self._on_succeeded)
        self.job.signals.failed.connect(self._on_failed)
        self.job.signals.cancelled.connect(self._on_cancelled)
        self.running = True
        self.job.start()

    def _on_progress(self, done: int, total: int, text: str) -> None:
        raise NotImplementedError

    def _on_succeeded(self, result: Any) -> None:
        raise NotImplementedError

    def _on_failed(self, exc: BaseException, details: str) -> None:
        raise NotImplementedError

    def _on_cancelled(self) -> None:
        raise NotImplementedError

    def cancel_text(self) -> str:
        return tr("Отмена…")

    def cancel(self) -> None:
        if self.job is not None and self.running:
            self.job.cancel()
            if self.progress is not None:
                self.progress.setLabelText(self.cancel_text())

    def show_progress(self, done: int, total: int, label: str) -> None:
        """Move the bar to done/total and show `label` under it."""
        progress = self.progress
        if progress is None or self.job is None or self.job.is_cancelled():
            return
        # setValue() of a modal progress dialog runs the event loop: the job may
        # finish inside it and _close_progress() drop self.progress meanwhile.
        progress.setValue(int(done * PROGRESS_STEPS / total) if total else PROGRESS_STEPS)
        if self.progress is progress:
            progress.setLabelText(label)

    def show_status(self, label: str) -> None:
        """Change the text only (steps before the bytes are counted)."""
        if self.progress is not None and self.job is not None and not self.job.is_cancelled():
            self.progress.setLabelText(label)

    def _close_progress(self) -> None:
        self.running = False
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None
