"""«Импорт пакета подведомственной организации…»: choose the ZIP, import it
in the background with a progress dialog and «Отмена», offer to add an
organisation that is not a subordinate yet, then say what was imported (or
why not) in plain Russian."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from tbn4_desktop import APP_TITLE
from tbn4_desktop.i18n import tr
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.formatting import format_size
from tbn4_desktop.ui.jobs import JobCancelled, ProgressJobController

LAST_DIR_KEY = "import/lastDir"


def ask_source(parent: QWidget | None) -> Path | None:
    remembered = QSettings().value(LAST_DIR_KEY)
    if remembered and Path(str(remembered)).is_dir():
        folder = str(remembered)
    else:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation) or str(Path.home())
    name, _ = QFileDialog.getOpenFileName(
        parent, tr("Пакет подведомственной организации"), folder, tr("Пакет ТБН-4 (*.zip)")
    )
    if not name:
        return None
    QSettings().setValue(LAST_DIR_KEY, str(Path(name).parent))
    return Path(name)


class ImportController(ProgressJobController):
    """One import run, from the file dialog to the result message."""

    finished = Signal(object)  # ImportResult, or None if cancelled or refused

    def __init__(self, parent: QWidget, ctx: AppContext):
        super().__init__(parent)
        self.ctx = ctx
        self.source: Path | None = None
        self.result = None

    def start(self) -> bool:
        """Ask for the file and start; False if the user chose no file."""
        self.source = ask_source(self._parent)
        if self.source is None:
            return False
        self.run(self.source)
        return True

    def run(self, source: Path, *, add_subordinate: bool = False) -> None:
        from tbn4_desktop.services.imports import BundleCancelled, import_bundle

        ctx = self.ctx

        def work(report, cancelled):
            try:
                return import_bundle(
                    ctx,
                    source,
                    add_unknown_subordinate=add_subordinate,
                    progress=lambda done, total: report(done, total, ""),
                    cancelled=cancelled,
                )
            except BundleCancelled as exc:
                raise JobCancelled() from exc

        self.source = source
        self.start_job(work, tr("Проверяется и принимается пакет…"), "importProgress")

    def cancel_text(self) -> str:
        return tr("Отмена… данные не будут изменены.")

    # ------------------------------------------------------ on the UI thread
    def _on_progress(self, done: int, total: int, _text: str) -> None:
        self.show_progress(
            done,
            total,
            tr("Проверяется и принимается пакет…\nПрочитано {done} из {total}").format(
                done=format_size(done), total=format_size(total)
            ),
        )

    def _on_succeeded(self, result) -> None:
        self._close_progress()
        self.result = result
        box = QMessageBox(self._parent)
        box.setObjectName("importResult")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr(APP_TITLE))
        box.setText(tr("Пакет уже был принят.") if result.already_imported else tr("Пакет принят."))
        size = (" " + tr("Объём файлов: {size}.").format(size=format_size(result.bytes))) if result.bytes else ""
        box.setInformativeText(result.message + size)
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        errors.widen(box, 480)
        errors.run_modal(box)
        self.finished.emit(result)

    def _on_failed(self, exc: BaseException, details: str) -> None:
        self._close_progress()
        from tbn4_desktop.core.bundle import BundleError
        from tbn4_desktop.services.imports import ImportError_, UnknownSubordinate

        if isinstance(exc, UnknownSubordinate):
            if self.source is not None and errors.confirm(  # run() has set the source
                self._parent,
                tr("Добавить «{name}» как подведомственную организацию?").format(name=exc.name),
                tr(
                    "Организации с БИН {bin} ещё нет среди подведомственных. "
                    "Добавьте её, если пакет прислала подведомственная вам организация."
                ).format(bin=exc.bin),
                yes_text=tr("Добавить и принять"),
            ):
                self.run(self.source, add_subordinate=True)
                return
            errors.show_info(self._parent, tr("Пакет не принят: организация не добавлена."))
        elif isinstance(exc, ImportError_ | BundleError):
            errors.show_error(self._parent, str(exc))
        else:
            message = errors.user_message(exc)
            if message == tr(errors.UNEXPECTED_MESSAGE):
                message = tr(
                    "Пакет не принят из-за непредвиденной ошибки; данные не изменены. "
                    "Повторите приём; если ошибка повторится, передайте журнал администратору."
                )
            errors.show_error(self._parent, message, details)
        self.finished.emit(None)

    def _on_cancelled(self) -> None:
        self._close_progress()
        errors.show_info(self._parent, tr("Приём пакета отменён: данные не изменены."))
        self.finished.emit(None)
