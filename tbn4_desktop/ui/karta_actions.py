"""«Шаблон Карты реализации (XLSX)…» and «Импорт Карты реализации…»: a file
dialog, the work in a background job (ui/jobs.py) behind a progress dialog,
then the result or the refusal in Russian. `imported` tells the main window
to recompute the due dates."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from tbn4_desktop import APP_TITLE
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.jobs import Job

if TYPE_CHECKING:
    from tbn4_desktop.services.context import AppContext

XLSX_FILTER = N_("Таблица Excel (*.xlsx)")


def default_template_name(year: int, bin_: str | None) -> str:
    return f"Карта_реализации_{year}_{bin_ or 'организация'}.xlsx"  # i18n: ru-only — an exported file's name


class KartaController(QObject):
    """One export or import at a time."""

    imported = Signal(object)  # KartaImportResult
    exported = Signal(object)  # Path
    finished = Signal()

    def __init__(self, parent: QWidget, ctx: AppContext, org_id: int, org_bin: str | None, year: int):
        super().__init__(parent)
        self._parent = parent
        self.ctx, self.org_id, self.org_bin, self.year = ctx, org_id, org_bin, year
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.running = False
        self.last_message = ""

    # -------------------------------------------------------------- commands
    def export_template(self, path: Path | None = None) -> bool:
        if path is None:
            folder = Path.home() / "Documents"
            start = str((folder if folder.is_dir() else Path.home()) / default_template_name(self.year, self.org_bin))
            chosen, _ = QFileDialog.getSaveFileName(
                self._parent, tr("Сохранить шаблон Карты реализации"), start, tr(XLSX_FILTER)
            )
            if not chosen:
                return False
            path = Path(chosen)
            if path.suffix.lower() != ".xlsx":
                path = path.with_suffix(".xlsx")
        from tbn4_desktop.services.karta import export_karta

        ctx, org_id, year, target = self.ctx, self.org_id, self.year, path

        def work(_report, _cancelled):
            count = export_karta(ctx, org_id, year, target)
            return target, count

        self._start(work, tr("Формируется шаблон Карты реализации…"), self._export_done)
        return True

    def import_file(self, path: Path | None = None) -> bool:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self._parent, tr("Импорт Карты реализации"), str(Path.home()), tr(XLSX_FILTER)
            )
            if not chosen:
                return False
            path = Path(chosen)
        from tbn4_desktop.services.karta import import_karta

        ctx, org_id, year, source = self.ctx, self.org_id, self.year, path

        def work(_report, _cancelled):
            return import_karta(ctx, org_id, year, source)

        self._start(work, tr("Импортируются сроки из Карты реализации…"), self._import_done)
        return True

    # ------------------------------------------------------------------- job
    def _start(self, work, text: str, on_success) -> None:  # noqa: ANN001
        self.progress = QProgressDialog(text, "", 0, 1, self._parent)
        self.progress.setObjectName("kartaProgress")
        self.progress.setWindowTitle(tr(APP_TITLE))
        self.progress.setCancelButton(None)  # an all-or-nothing write: nothing to cancel half-way
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(400)
        self.progress.setMinimumWidth(420)
        self.job = Job(work, self)
        self.job.signals.succeeded.connect(on_success)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.finished.connect(self._finished)
        self.running = True
        self.job.start()

    def _close_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _finished(self) -> None:
        self.running = False
        self._close_progress()
        self.finished.emit()

    def _export_done(self, result) -> None:  # noqa: ANN001
        self._close_progress()
        target, count = result
        self.last_message = tr(
            "Шаблон Карты реализации на {year} год сохранён: {target}. Подзадач и периодов в шаблоне: {count}."
        ).format(year=self.year, target=target, count=count)
        self.exported.emit(target)
        errors.show_info(
            self._parent,
            self.last_message,
            tr(
                "Передайте файл в областной уровень; заполненную Карту импортируйте командой "
                "«Импорт Карты реализации…»."
            ),
        )

    def _import_done(self, result) -> None:  # noqa: ANN001
        self._close_progress()
        self.last_message = result.summary
        self.imported.emit(result)
        errors.show_info(self._parent, self.last_message, tr("Сроки пересчитаны."))

    def _failed(self, exc: BaseException, details: str) -> None:
        self._close_progress()
        from tbn4_desktop.core.karta_xlsx import KartaError

        if isinstance(exc, KartaError):
            problems = list(getattr(exc, "problems", ()) or ())
            self.last_message = str(exc)
            errors.show_error(
                self._parent,
                str(exc)
                + ("\n\n" + "\n".join(problems[:20]) if problems and not all(p in str(exc) for p in problems) else ""),
            )
            return
        if isinstance(exc, OSError):
            from tbn4_desktop.core.fileio import describe_os_error

            self.last_message = tr("Файл Карты не обработан. {reason}").format(
                reason=describe_os_error(exc, exc.filename or "")
            )
            errors.show_error(self._parent, self.last_message, details)
            return
        self.last_message = tr("Карта реализации не обработана: {reason}").format(reason=errors.user_message(exc))
        errors.show_error(self._parent, self.last_message, details)
