"""«Справка → Проверка данных»: the data check (services/integrity) in a
background job with progress, its findings in Russian with sizes, and
«Исправить» for what the repair can fix (unreferenced files to quarantine,
our own temporary files removed), after a confirmation."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop import APP_TITLE
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.integrity import (
    QUARANTINE_DIR,
    CheckReport,
    RepairResult,
    check_data,
    repair,
    size_text,
)
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.jobs import Job
from tbn4_desktop.ui.widgets import fit_to_screen, heading, wrapped

TITLE = N_("Проверка данных")
INTRO = N_(
    "Программа проверяет целостность базы данных, каждый вложенный файл по его контрольной сумме и журнал "
    "изменений, а также ищет файлы без ссылок в базе и оставшиеся временные файлы. При проверке данные "
    "не изменяются."
)
STEPS = 1000


class CheckDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.report: CheckReport | None = None
        self.job: Job | None = None
        self.setObjectName("checkDialog")
        self.setWindowTitle(f"{tr(TITLE)} — {tr(APP_TITLE)}")
        layout = QVBoxLayout(self)
        layout.addWidget(heading(tr(TITLE), self))
        layout.addWidget(wrapped(tr(INTRO), self))
        self.status = QLabel("", self)
        self.status.setObjectName("checkStatus")
        self.status.setWordWrap(True)
        font = self.status.font()
        font.setBold(True)
        self.status.setFont(font)
        layout.addWidget(self.status)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, STEPS)
        layout.addWidget(self.progress)
        self.details = QTextBrowser(self)
        self.details.setObjectName("checkDetails")
        self.details.setOpenLinks(False)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(self)
        self.again_button = QPushButton(tr("Проверить снова"), self)
        self.again_button.clicked.connect(self.start)
        self.repair_button = QPushButton(tr("Исправить…"), self)
        self.repair_button.setObjectName("repairButton")
        self.repair_button.setToolTip(tr("Перенести файлы без ссылок в карантин и удалить временные файлы программы"))
        self.repair_button.clicked.connect(self.ask_repair)
        self.close_button = QPushButton(tr("Закрыть"), self)
        self.close_button.clicked.connect(self.reject)
        buttons.addButton(self.again_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.repair_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(760, 540), key="checkDialog/geometry")

    # ------------------------------------------------------------ the check
    def start(self) -> None:
        ctx = self.ctx
        self._busy(tr("Идёт проверка…"))
        self._run(lambda progress, _cancelled: check_data(ctx, progress), self._checked)

    def _checked(self, report: CheckReport) -> None:
        self.report = report
        self._show(report)

    def _show(self, report: CheckReport, repaired: RepairResult | None = None) -> None:
        self.progress.setValue(STEPS)
        self.progress.hide()
        self.status.setText(report.summary())
        self.details.setHtml(_report_html(report, repaired))
        self.repair_button.setEnabled(report.repairable)
        self.again_button.setEnabled(True)

    # ------------------------------------------------------------ the repair
    def ask_repair(self) -> None:
        report = self.report
        if report is None or not report.repairable:
            return
        if not errors.confirm(
            self, tr("Убрать лишние файлы?"), _repair_question(self.ctx, report), yes_text=tr("Исправить")
        ):
            return
        ctx = self.ctx
        self._busy(tr("Идёт исправление…"))
        self._run(lambda progress, _cancelled: repair(ctx, report, progress), self._repaired)

    def _repaired(self, result: RepairResult) -> None:
        if self.report is None:  # never: ask_repair started from a shown report
            return
        self.report = result.remaining(self.report)
        self._show(self.report, result)

    # ------------------------------------------------------------ plumbing
    def _busy(self, text: str) -> None:
        self.status.setText(text)
        self.progress.setValue(0)
        self.progress.show()
        self.repair_button.setEnabled(False)
        self.again_button.setEnabled(False)

    def _run(self, work, done) -> None:  # noqa: ANN001 - a job function and its result slot
        self.job = Job(work, self)
        self.job.signals.progress.connect(self._progress)
        self.job.signals.succeeded.connect(done)
        self.job.signals.failed.connect(self._failed)
        self.job.start()

    def _progress(self, done: int, total: int, text: str) -> None:
        self.progress.setValue(int(done * STEPS / total) if total else 0)
        if text:
            self.status.setText(text)

    def _failed(self, exc: BaseException, details: str) -> None:
        self.progress.hide()
        self.status.setText(tr("Проверка не выполнена."))
        self.again_button.setEnabled(True)
        errors.show_error(self, errors.user_message(exc), details)

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Tests: wait for the running job and deliver its signals."""
        from PySide6.QtCore import QCoreApplication

        if self.job is None:
            return True
        finished = self.job.wait(timeout)
        QCoreApplication.processEvents()
        QCoreApplication.processEvents()
        return finished


def _report_html(report: CheckReport, repaired: RepairResult | None) -> str:
    parts = []
    if repaired is not None:
        parts.append(f"<p><b>{escape(repaired.message())}</b></p>")
    for note in report.notes:
        parts.append(f"<p>{escape(note)}</p>")
    checked = tr("Проверено файлов вложений: {count} ({size}).").format(
        count=report.files_checked, size=size_text(report.bytes_checked)
    )
    parts.append(f"<p>{checked}</p>")
    if report.problems:
        title = tr("Проблемы, которые исправлением не устранить: {count}").format(count=len(report.problems))
        parts.append(f"<h4>{title}</h4>")
        parts.append(_list(escape(p) for p in report.problems))
    if report.unreferenced:
        title = tr("Файлы хранилища, на которые нет ссылок в базе данных: {count}, всего {size}").format(
            count=len(report.unreferenced), size=size_text(_total(report.unreferenced))
        )
        parts.append(f"<h4>{title}</h4>")
        parts.append(_list(_file(p, s) for p, s in report.unreferenced))
    if report.leftovers:
        title = tr("Оставшиеся временные файлы программы: {count}, всего {size}").format(
            count=len(report.leftovers), size=size_text(_total(report.leftovers))
        )
        parts.append(f"<h4>{title}</h4>")
        parts.append(_list(_file(p, s) for p, s in report.leftovers))
    if report.ok:
        parts.append("<p>" + tr("Проблем не найдено.") + "</p>")
    return "".join(parts)


def _list(items) -> str:  # noqa: ANN001 - an iterable of HTML strings
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _file(path: Path, size: int) -> str:
    return f"{escape(str(path))} — {size_text(size)}"


def _total(files: list[tuple[Path, int]]) -> int:
    return sum(size for _path, size in files)


def _repair_question(ctx: AppContext, report: CheckReport) -> str:
    sentences = []
    if report.unreferenced:
        sentences.append(
            tr(
                "Файлы без ссылок в базе данных ({count}, {size}) будут перенесены в папку карантина "
                "«{folder}»: они не удаляются."
            ).format(
                count=len(report.unreferenced),
                size=size_text(_total(report.unreferenced)),
                folder=ctx.data_dir / QUARANTINE_DIR,
            )
        )
    if report.leftovers:
        sentences.append(
            tr("Временные файлы программы ({count}, {size}) будут удалены.").format(
                count=len(report.leftovers), size=size_text(_total(report.leftovers))
            )
        )
    sentences.append(tr("Повреждённые файлы и база данных не изменяются."))
    return " ".join(sentences)


def open_check_dialog(window) -> CheckDialog | None:  # noqa: ANN001 - the main window
    """Show the dialog and start the check at once."""
    if window.ctx is None:
        return None
    dialog = CheckDialog(window.ctx, window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.start()
    return dialog
