"""«Экспорт пакета для загрузки в ИСПУ…»: ask for the file, write the bundle
in the background with a progress dialog and «Отмена», then say what was
written (or why not) in plain Russian."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from tbn4_desktop import APP_TITLE
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.organizations import OrganizationInfo
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.catalog_tree import plural
from tbn4_desktop.ui.formatting import format_size
from tbn4_desktop.ui.jobs import Job, JobCancelled

PROGRESS_STEPS = 1000
LAST_DIR_KEY = "export/lastDir"


def default_file_name(year: int, bin_: str | None) -> str:
    return f"ТБН4_{year}_{bin_ or 'без-БИН'}.zip"


def default_folder() -> Path:
    remembered = QSettings().value(LAST_DIR_KEY)
    if remembered and Path(str(remembered)).is_dir():
        return Path(str(remembered))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()


def ask_target(parent: QWidget | None, year: int, bin_: str | None) -> Path | None:
    suggested = default_folder() / default_file_name(year, bin_)
    name, _ = QFileDialog.getSaveFileName(parent, "Сохранить пакет для загрузки в ИСПУ", str(suggested),
                                          "Пакет для загрузки в ИСПУ (*.zip)")
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".zip":
        path = path.with_name(path.name + ".zip")
    QSettings().setValue(LAST_DIR_KEY, str(path.parent))
    return path


class ExportController(QObject):
    """One export run, from the file dialog to the result message."""

    finished = Signal(object)   # ExportResult, or None if cancelled or failed

    def __init__(self, parent: QWidget, ctx: AppContext, organization: OrganizationInfo, year: int):
        super().__init__(parent)
        self._parent = parent
        self.ctx = ctx
        self.organization = organization
        self.year = year
        self.target: Path | None = None
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.running = False
        self.result = None

    def start(self) -> bool:
        """Ask for the file and start; False if the user chose no file."""
        self.target = ask_target(self._parent, self.year, self.organization.bin)
        if self.target is None:
            return False
        self.run(self.target)
        return True

    def run(self, target: Path) -> None:
        from tbn4_desktop.services.export import BundleCancelled, export_bundle

        ctx, org_id, year = self.ctx, self.organization.id, self.year

        def work(report, cancelled):
            def progress(done: int, total: int) -> None:
                report(done, total, "")

            try:
                return export_bundle(ctx, org_id, year, target, progress=progress, cancelled=cancelled)
            except BundleCancelled as exc:
                raise JobCancelled() from exc

        self.target = target
        self.progress = QProgressDialog("Формируется пакет для загрузки в ИСПУ…", "Отмена", 0, PROGRESS_STEPS,
                                        self._parent)
        self.progress.setObjectName("exportProgress")
        self.progress.setWindowTitle(APP_TITLE)
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumWidth(460)
        self.progress.setValue(0)
        self.progress.canceled.connect(self.cancel)
        self.job = Job(work, self)
        self.job.signals.progress.connect(self._on_progress)
        self.job.signals.succeeded.connect(self._on_succeeded)
        self.job.signals.failed.connect(self._on_failed)
        self.job.signals.cancelled.connect(self._on_cancelled)
        self.running = True
        self.job.start()

    def cancel(self) -> None:
        if self.job is not None and self.running:
            self.job.cancel()
            if self.progress is not None:
                self.progress.setLabelText("Отмена… файл пакета не будет создан.")

    # ------------------------------------------------------ on the UI thread
    def _on_progress(self, done: int, total: int, _text: str) -> None:
        if self.progress is None or self.job is None or self.job.is_cancelled():
            return
        self.progress.setValue(int(done * PROGRESS_STEPS / total) if total else PROGRESS_STEPS)
        self.progress.setLabelText(f"Формируется пакет для загрузки в ИСПУ…\n"
                                   f"Записано {format_size(done)} из {format_size(total)}")

    def _close_progress(self) -> None:
        self.running = False
        if self.progress is not None:
            self.progress.canceled.disconnect(self.cancel)
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _on_succeeded(self, result) -> None:
        self._close_progress()
        self.result = result
        box = QMessageBox(self._parent)
        box.setObjectName("exportResult")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(APP_TITLE)
        box.setText("Пакет для загрузки в ИСПУ сохранён.")
        box.setInformativeText(
            f"Файл: {result.path}\n"
            f"Подзадач и периодов в пакете: {result.items}, из них готово к загрузке: {result.ready_items}.\n"
            f"{result.files} {plural(result.files, 'файл', 'файла', 'файлов')}, {format_size(result.bytes)}.\n\n"
            "Загрузите пакет в ИСПУ с компьютера, подключённого к интернету.")
        open_button = box.addButton("Открыть папку", QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.setDefaultButton(QMessageBox.StandardButton.Ok)
        errors.widen(box, 480)
        errors.run_modal(box)
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(result.path.parent)))
        self.finished.emit(result)

    def _on_failed(self, exc: BaseException, details: str) -> None:
        self._close_progress()
        from tbn4_desktop.services.export import ExportError

        if isinstance(exc, ExportError):
            errors.show_error(self._parent, f"Пакет не сформирован. {exc}")
        else:
            message = errors.user_message(exc)
            if message == errors.UNEXPECTED_MESSAGE:
                message = ("Пакет не сформирован из-за непредвиденной ошибки; файл не создан. "
                           "Повторите экспорт; если ошибка повторится, передайте журнал администратору.")
            errors.show_error(self._parent, message, details)
        self.finished.emit(None)

    def _on_cancelled(self) -> None:
        self._close_progress()
        errors.show_info(self._parent, "Экспорт отменён: файл пакета не создан.")
        self.finished.emit(None)
