"""«Форма: …» — an official form (Appendices 1–5, the inventory) generated
from the store, previewed page by page, then saved, printed, opened in Word
or attached to a subtask as an unsigned draft.

Every step that touches files runs as a background job (ui/jobs.py): the
form is built in its own store session and rendered to a PDF in the data
folder's temporary area, which the preview shows and the printer prints.
Files and folders: forms_dialog_files; printing: forms_dialog_print (re-exported here).
"""

from __future__ import annotations

import shutil
import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.documents import PDF, page_count
from tbn4_desktop.core.fileio import describe_os_error
from tbn4_desktop.core.forms.model import Form
from tbn4_desktop.core.forms.render import FormError, formats_of, write_form
from tbn4_desktop.core.vocabulary import period_label
from tbn4_desktop.i18n import tr
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.document_preview import DocumentPreview
from tbn4_desktop.ui.forms_dialog_files import FILTERS as FILTERS
from tbn4_desktop.ui.forms_dialog_files import FORMS_DIR as FORMS_DIR
from tbn4_desktop.ui.forms_dialog_files import LAST_DIR_KEY as LAST_DIR_KEY
from tbn4_desktop.ui.forms_dialog_files import STALE_SECONDS as STALE_SECONDS
from tbn4_desktop.ui.forms_dialog_files import TEMP_DIR as TEMP_DIR
from tbn4_desktop.ui.forms_dialog_files import clean_temp as clean_temp
from tbn4_desktop.ui.forms_dialog_files import default_folder as default_folder
from tbn4_desktop.ui.forms_dialog_files import file_stem as file_stem
from tbn4_desktop.ui.forms_dialog_files import forms_folder as forms_folder
from tbn4_desktop.ui.forms_dialog_files import temp_folder as temp_folder
from tbn4_desktop.ui.forms_dialog_files import write_unlocked as write_unlocked
from tbn4_desktop.ui.forms_dialog_print import PRINT_DPI as PRINT_DPI
from tbn4_desktop.ui.forms_dialog_print import form_print_dialog, form_printer, page_range, print_progress_dialog
from tbn4_desktop.ui.forms_dialog_print import print_pdf as print_pdf
from tbn4_desktop.ui.jobs import Job
from tbn4_desktop.ui.window_fit import fit_window

# Jobs live here until they finish, even if the dialog is closed meanwhile.
_running: set[Job] = set()


def error_text(exc: BaseException, action: str, path: Path | None = None) -> str:
    """One sentence (or two) for a failed step; `action` is a translated
    message with a `{reason}` placeholder («Форма не сохранена. {reason}»)."""
    from tbn4_desktop.services.forms import FormRequestError

    if isinstance(exc, FormError | FormRequestError):
        return action.format(reason=exc)
    if isinstance(exc, OSError):
        return action.format(reason=describe_os_error(exc, path or exc.filename or ""))
    message = errors.user_message(exc)
    unexpected = tr(errors.UNEXPECTED_MESSAGE)
    return message if message != unexpected else action.format(reason=unexpected)


class FormDialog(QDialog):
    """One form of one organisation's year (or period); `execution_id` when
    opened for a subtask period, which enables «Приложить к подзадаче»."""

    generated = Signal(int)  # page count of the previewed PDF
    attached = Signal(int)  # execution id the draft was attached to
    busyChanged = Signal(bool)

    def __init__(
        self,
        ctx,
        catalog,
        request,
        parent: QWidget | None = None,
        *,  # noqa: ANN001
        execution_id: int | None = None,
        today: date | None = None,
    ):
        super().__init__(parent)
        self.ctx = ctx
        self.catalog = catalog
        self.request = request
        self.execution_id = execution_id
        self.today = today or date.today()
        self.form: Form | None = None
        self.pdf_path: Path | None = None
        self.pages = 0
        self.last_saved: Path | None = None
        self.jobs: set[Job] = set()
        self.error = ""
        self.setObjectName("formDialog")
        self.setWindowTitle(tr("Форма: {name}").format(name=request.name.label))
        self._build()
        # A page of A4 wants 900×860; a laptop's work area gets less, the preview shrinks.
        fit_window(self, QSize(900, 860), key="formDialog/geometry")

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        self.status = QLabel(self)
        self.status.setObjectName("formStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.status)
        self.busy = QProgressBar(self)
        self.busy.setObjectName("formBusy")
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.hide()
        layout.addWidget(self.busy)
        self.preview = DocumentPreview(self)
        self.preview.clear(tr("Форма формируется…"))
        layout.addWidget(self.preview, 1)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(tr("&Сохранить как…"), self)
        self.save_button.setObjectName("formSave")
        with_xlsx = "xlsx" in formats_of(self.request.name)
        self.save_button.setToolTip(
            tr("Сохранить форму в DOCX, PDF или XLSX") if with_xlsx else tr("Сохранить форму в DOCX, PDF")
        )
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(tr("Пе&чать…"), self)
        self.print_button.setObjectName("formPrint")
        self.print_button.clicked.connect(self.print_form)
        self.word_button = QPushButton(tr("Открыть в &Word"), self)
        self.word_button.setObjectName("formWord")
        self.word_button.setToolTip(
            tr("Сохранить DOCX в папку «{folder}» папки данных и открыть его").format(folder=FORMS_DIR)
        )
        self.word_button.clicked.connect(self.open_in_word)
        self.attach_button = QPushButton(tr("Приложить к &подзадаче"), self)
        self.attach_button.setObjectName("formAttach")
        self.attach_button.setToolTip(
            tr(
                "Приложить PDF формы к подзадаче как проект документа (без подписи); "
                "скан подписанной формы прикладывается отдельно"
            )
        )
        self.attach_button.clicked.connect(self.attach_draft)
        self.attach_button.setVisible(self.execution_id is not None)
        self.close_button = QPushButton(tr("&Закрыть"), self)
        self.close_button.setObjectName("formClose")
        self.close_button.clicked.connect(self.reject)
        for button in (self.save_button, self.print_button, self.word_button, self.attach_button):
            buttons.addWidget(button)
            button.setAutoDefault(False)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        self.close_button.setAutoDefault(False)
        self.print_button.setDefault(True)  # Enter prints, Esc closes
        layout.addLayout(buttons)
        self._set_busy(False)

    # ------------------------------------------------------------------ jobs
    def _run(self, fn, on_success, action: str, path_of=lambda: None) -> Job:  # noqa: ANN001
        job = Job(fn)  # no parent: a closed dialog must not delete signals a worker still emits
        _running.add(job)
        self.jobs.add(job)
        job.signals.succeeded.connect(lambda result: self._alive() and on_success(result))
        job.signals.failed.connect(
            lambda exc, details: self._failed(exc, details, action, path_of()) if self._alive() else None
        )
        job.signals.finished.connect(lambda: self._finished(job))
        self._set_busy(True)
        job.start()
        return job

    def _alive(self) -> bool:
        import shiboken6

        return shiboken6.isValid(self)

    def _finished(self, job: Job) -> None:
        _running.discard(job)
        if self._alive():
            self.jobs.discard(job)
            self._set_busy(bool(self.jobs))

    def _set_busy(self, busy: bool) -> None:
        ready = self.form is not None and not busy
        for button in (self.save_button, self.word_button):
            button.setEnabled(ready)
        for button in (self.print_button, self.attach_button):
            button.setEnabled(ready and self.pdf_path is not None)
        self.busy.setVisible(busy)
        self.busyChanged.emit(busy)

    def _failed(self, exc: BaseException, details: str, action: str, path: Path | None) -> None:
        self.error = error_text(exc, action, path)
        self.status.setText(self.error)
        if self.form is None:
            self.preview.clear(self.error)
        known = self.error != action.format(reason=tr(errors.UNEXPECTED_MESSAGE))
        errors.show_error(self, self.error, None if known else details)

    def wait_idle(self, timeout: float = 20.0) -> bool:
        """Tests: wait for the running jobs and the preview."""
        ok = all(job.wait(timeout) for job in list(self.jobs))
        return ok and self.preview.wait_idle(timeout)

    # -------------------------------------------------------------- generate
    def generate(self) -> None:
        """Build the form and its PDF in the background, then preview it."""
        from tbn4_desktop.services.forms import build_form

        ctx, catalog, request, today = self.ctx, self.catalog, self.request, self.today
        temp = temp_folder(ctx.data_dir)

        def work(progress, cancelled):
            clean_temp(temp)
            with ctx.store.session() as session:
                form = build_form(
                    session, catalog, request, today=today, blobs=ctx.blobs, footer=ctx.settings.form_footer
                )
            # A folder per preview: the PDF inside keeps the form's own name,
            # which an attached draft shows.
            pdf = temp / f"form-{uuid.uuid4().hex}" / f"{file_stem(form, request.period)}.pdf"
            try:
                write_form(form, pdf)
            except FormError as exc:
                # No PDF, so no preview, printing or draft; the form can still be saved as DOCX.
                return form, None, 0, str(exc)
            return form, pdf, page_count(pdf, PDF) or 0, ""

        self.error = ""
        self.status.setText(tr("Форма формируется по данным подзадач…"))
        self._run(work, self._generated, tr("Форма не сформирована. {reason}"))

    def _generated(self, result) -> None:
        self.form, pdf, self.pages, pdf_error = result
        self._drop_temp()
        self.pdf_path = pdf
        if pdf is None:
            self.error = tr("PDF не сформирован. {reason} Форму можно сохранить в DOCX и доработать в Word.").format(
                reason=pdf_error
            )
            self.status.setText(self.error)
            self.preview.clear(self.error)
            self._set_busy(bool(self.jobs))
            errors.show_error(self, self.error)
            return
        self.status.setText(self._summary())
        title = (self.form.title or self.form.name.label).replace("\n", " ")  # Appendix 3 has no title
        self.preview.show_file(f"form:{pdf.parent.name}", pdf, PDF, title)
        self.generated.emit(self.pages)

    def _summary(self) -> str:
        if self.request.period:
            text = tr(
                "{form} за {year} год, {period}: {pages} стр. "
                "Распечатайте, подпишите и приложите скан подписанной формы к подзадаче."
            )
        else:
            text = tr(
                "{form} за {year} год: {pages} стр. "
                "Распечатайте, подпишите и приложите скан подписанной формы к подзадаче."
            )
        return text.format(
            form=self.request.name.label,
            year=self.request.year,
            pages=self.pages,
            period=period_label(self.request.period) if self.request.period else "",
        )

    # ----------------------------------------------------------------- save
    def save_as(self) -> Path | None:
        if self.form is None:
            return None
        formats = formats_of(self.form.name)
        stem = file_stem(self.form, self.request.period)
        suggested = default_folder() / f"{stem}.{formats[0]}"
        name, chosen = QFileDialog.getSaveFileName(
            self,
            tr("Сохранить форму"),
            str(suggested),
            ";;".join(tr(FILTERS[f]) for f in formats),
            tr(FILTERS[formats[0]]),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower().lstrip(".") not in formats:
            ext = next((f for f in formats if tr(FILTERS[f]) == chosen), formats[0])
            path = path.with_name(f"{path.name}.{ext}")
        QSettings().setValue(LAST_DIR_KEY, str(path.parent))
        form = self.form
        self._run(
            lambda progress, cancelled: write_form(form, path),
            self._saved,
            tr("Форма не сохранена. {reason}"),
            lambda: path,
        )
        return path

    def _saved(self, path: Path) -> None:
        self.last_saved = path
        self.status.setText(tr("Форма сохранена: {path}").format(path=path))

    # ---------------------------------------------------------------- word
    def open_in_word(self) -> None:
        if self.form is None:
            return
        form, folder = self.form, forms_folder(self.ctx.data_dir)
        stem = file_stem(form, self.request.period)
        self._run(
            lambda progress, cancelled: write_unlocked(form, folder, stem, "docx"),
            self._docx_written,
            tr("Файл Word не создан. {reason}"),
            lambda: folder / f"{stem}.docx",
        )

    def _docx_written(self, path: Path) -> None:
        self.last_saved = path
        self.status.setText(tr("Файл Word: {path}").format(path=path))
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            errors.show_error(
                self,
                tr(
                    "Файл «{name}» сохранён в папке «{folder}», но открыть его "
                    "не удалось: откройте его из этой папки в Word."
                ).format(name=path.name, folder=path.parent),
            )

    # --------------------------------------------------------------- attach
    def attach_draft(self) -> None:
        if self.form is None or self.pdf_path is None or self.execution_id is None:
            return
        from tbn4_desktop.core.vocabulary import AttachmentRole
        from tbn4_desktop.services.executions import add_attachment

        ctx, execution_id, pdf = self.ctx, self.execution_id, self.pdf_path
        slot_key = self.form_slot_key()

        def work(progress, cancelled):
            with ctx.store.session() as session:
                return add_attachment(
                    session,
                    ctx.blobs,
                    execution_id,
                    pdf,
                    AttachmentRole.DRAFT,
                    max_bytes=ctx.settings.max_attachment_bytes,
                    slot_key=slot_key,
                )

        self._run(work, self._attached, tr("Форма не приложена. {reason}"))

    def form_slot_key(self) -> str:
        """The subtask's document slot of this form (the draft goes there, next
        to the signed scan that will replace it); '' when the subtask has none."""
        from tbn4_desktop.services.forms import form_slot

        code = self.request.subtask_code
        if code is None and self.execution_id is not None:
            from tbn4_desktop.models import SubtaskExecution

            with self.ctx.store.session() as session:
                execution = session.get(SubtaskExecution, self.execution_id)
                code = execution.subtask_code if execution is not None else None
        try:
            slot = form_slot(self.catalog.subtask(code), self.request.name) if code else None
        except KeyError:
            slot = None
        return slot.key if slot is not None else ""

    def _attached(self, info) -> None:  # noqa: ANN001 - records.AttachmentInfo
        self.status.setText(
            tr(
                "Форма приложена к подзадаче как «{role}»: {name}. После подписания приложите скан подписанной формы."
            ).format(role=info.role.label, name=info.original_name)
        )
        self.attached.emit(self.execution_id)

    # ---------------------------------------------------------------- print
    def make_printer(self) -> QPrinter:
        return form_printer(self.form, self.request.period, self.pages)

    def print_dialog(self, printer: QPrinter) -> QPrintDialog:
        return form_print_dialog(printer, self, self.pages)

    def print_form(self) -> Job | None:
        if self.form is None or self.pdf_path is None:
            return None
        printer = self.make_printer()
        dialog = self.print_dialog(printer)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return self.print_to(printer)

    def pages_to_print(self, printer: QPrinter) -> list[int]:
        return page_range(printer, self.pages)

    def print_to(self, printer: QPrinter) -> Job:
        pages, pdf = self.pages_to_print(printer), self.pdf_path
        progress = print_progress_dialog(self, len(pages))
        self.print_progress = progress
        self.printer = printer  # kept alive while the job paints on it

        def work(report, cancelled):
            return print_pdf(printer, pdf, pages, report, cancelled)

        job = self._run(work, self._printed, tr("Форма не напечатана. {reason}"))
        progress.canceled.connect(job.cancel)
        job.signals.progress.connect(lambda done, total, _t: self._print_progress(progress, done, total))
        job.signals.cancelled.connect(lambda: self.status.setText(tr("Печать отменена.")) if self._alive() else None)
        job.signals.finished.connect(progress.close)
        return job

    def _print_progress(self, progress: QProgressDialog, done: int, total: int) -> None:
        if self._alive():
            progress.setLabelText(
                tr("Форма отправляется на печать… страница {done} из {total}").format(done=done, total=total)
            )
            progress.setValue(done)

    def _printed(self, count: int) -> None:
        self.status.setText(tr("Форма отправлена на печать: {count} стр.").format(count=count))

    # ---------------------------------------------------------------- close
    def _drop_temp(self) -> None:
        if self.pdf_path is not None:
            shutil.rmtree(self.pdf_path.parent, ignore_errors=True)
            self.pdf_path = None

    def done(self, result: int) -> None:
        # The preview file goes with the dialog; a running print finishes first.
        if not any(not job.wait(0) for job in self.jobs):
            self._drop_temp()
        super().done(result)

    def showEvent(self, event) -> None:  # noqa: ANN001
        super().showEvent(event)
        if self.form is None and not self.jobs and not self.error:
            self.generate()
