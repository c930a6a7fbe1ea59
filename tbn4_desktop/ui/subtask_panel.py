"""The right-hand panel: everything the instruction says about the selected
subtask, what this organisation has done for it — the checklist of its
confirming documents for the period (✔/✖/—/○ per document, with files or
links per channel, signer, date and waiver), the deadline and what judges
it, whether a question decides it applies — and «Выполнить…».

The statuses shown are those of `tbn4 status` (services.year_status): the
main window passes them in, judged once for the year.

This module holds the widget; its text is built in subtask_panel_render
(the page), subtask_panel_checklist (the documents) and subtask_panel_html
(the shared pieces), whose names it re-exports."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.vocabulary import ExecutionStatus, period_label
from tbn4_desktop.i18n import tc, tr
from tbn4_desktop.services.records import ExecutionInfo
from tbn4_desktop.ui.icons import NOT_APPLICABLE_LABEL
from tbn4_desktop.ui.subtask_panel_checklist import ANSWER_LINK as ANSWER_LINK
from tbn4_desktop.ui.subtask_panel_checklist import FILE_LINK as FILE_LINK
from tbn4_desktop.ui.subtask_panel_checklist import OPEN_FILE_TIP as OPEN_FILE_TIP
from tbn4_desktop.ui.subtask_panel_checklist import applicability_html as applicability_html
from tbn4_desktop.ui.subtask_panel_checklist import checklist_html as checklist_html
from tbn4_desktop.ui.subtask_panel_checklist import requirement_text as requirement_text
from tbn4_desktop.ui.subtask_panel_checklist import slot_details as slot_details
from tbn4_desktop.ui.subtask_panel_checklist import slots_reference_html as slots_reference_html
from tbn4_desktop.ui.subtask_panel_html import GREEN as GREEN
from tbn4_desktop.ui.subtask_panel_html import GREY as GREY
from tbn4_desktop.ui.subtask_panel_html import RED as RED
from tbn4_desktop.ui.subtask_panel_html import _para
from tbn4_desktop.ui.subtask_panel_html import deadline_html as deadline_html
from tbn4_desktop.ui.subtask_panel_html import deadline_state_html as deadline_state_html
from tbn4_desktop.ui.subtask_panel_html import deadlines_block as deadlines_block
from tbn4_desktop.ui.subtask_panel_html import document_line as document_line
from tbn4_desktop.ui.subtask_panel_html import signers_text as signers_text
from tbn4_desktop.ui.subtask_panel_html import status_html as status_html
from tbn4_desktop.ui.subtask_panel_render import PanelData as PanelData
from tbn4_desktop.ui.subtask_panel_render import periodicity_html as periodicity_html
from tbn4_desktop.ui.subtask_panel_render import render_subtask_html as render_subtask_html

if TYPE_CHECKING:
    from tbn4_desktop.services.context import AppContext


class SubtaskPanel(QWidget):
    executeRequested = Signal()
    formRequested = Signal(str)  # a FormName value, for the period «Выполнить…» would open
    uploadRequested = Signal()  # «Отметить загрузку в ИСПУ…» for the ready periods shown
    answerRequested = Signal(str)  # «Ответить…» on an applicability question (its key)
    historyRequested = Signal(str, object)  # «История…»: subtask code, period (None: every period)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("subtaskPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("subtaskDetails")
        # Links open here: publication links in the system browser, «Ответить…» in the app.
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link_clicked)
        self.browser.setAccessibleName(tr("Сведения о подзадаче"))
        # «История…» above the text, not in the button bar: the bar is as wide
        # as the panel may get at 1366×768 already.
        top = QHBoxLayout()
        top.addStretch(1)
        self.history_button = QPushButton(tr("&История изменений…"), self)
        self.history_button.setObjectName("historyButton")
        self.history_button.setFlat(True)
        self.history_button.setToolTip(tr("Кто, когда и что менял в этой подзадаче (журнал изменений)"))
        self.history_button.clicked.connect(self._history_clicked)
        self.history_button.hide()
        top.addWidget(self.history_button)
        layout.addLayout(top)
        layout.addWidget(self.browser, 1)
        bar = QHBoxLayout()
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        bar.addWidget(self.hint, 1)
        self.form_button = QPushButton(tr("Сфор&мировать…"), self)
        self.form_button.setObjectName("formButton")
        self.form_button.setMinimumHeight(34)
        self.form_button.clicked.connect(self._form_clicked)
        self.form_button.hide()
        self.forms: list = []  # FormName of the shown subtask
        self.target: ExecutionInfo | None = None
        bar.addWidget(self.form_button, 0, Qt.AlignmentFlag.AlignRight)
        self.upload_button = QPushButton(tr("Отметить загрузку в ИСПУ…"), self)
        self.upload_button.setObjectName("uploadButton")
        self.upload_button.setMinimumHeight(34)
        self.upload_button.setToolTip(tr("Документы загружены в ИСПУ: указать дату загрузки и номер"))
        self.upload_button.clicked.connect(self.uploadRequested)
        self.upload_button.hide()
        bar.addWidget(self.upload_button, 0, Qt.AlignmentFlag.AlignRight)
        self.execute_button = QPushButton(tr("Выполнить…"), self)
        self.execute_button.setObjectName("executeButton")
        self.execute_button.setMinimumHeight(34)
        self.execute_button.setToolTip(tr("Открыть мастер исполнения подзадачи (Enter в дереве)"))
        self.execute_button.clicked.connect(self.executeRequested)
        bar.addWidget(self.execute_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addLayout(bar)
        self.data: PanelData | None = None
        #: Returns the open AppContext (its attachment store and data folder) for opening files;
        #: the main window sets it (the store is attached after the first paint).
        self.context_source: Callable[[], AppContext | None] | None = None
        self.show_placeholder()

    def show_placeholder(self, text: str = "") -> None:
        self.data = None
        self.browser.setHtml(
            _para(
                text
                or tr("Выберите подзадачу в дереве слева, чтобы увидеть, что требуется по Инструкции, и выполнить её.")
            )
        )
        self.execute_button.setEnabled(False)
        self.hint.setText("")
        self._set_forms([])
        self.upload_button.hide()
        self.history_button.hide()

    def show_overview(self, catalog: Catalog, kind_title: str, title: str, text: str = "") -> None:
        """A project or task row: its title and goal."""
        self.data = None
        body = f"<h3>{escape(kind_title)}</h3><p><b>{escape(title)}</b></p>"
        if text:
            body += _para(text)
        body += _para(
            tr("Каталог: {title}, версия {version}.").format(title=tc(catalog.title), version=catalog.version)
        )
        self.browser.setHtml(body)
        self.execute_button.setEnabled(False)
        self.hint.setText(tr("Выберите подзадачу, чтобы выполнить её."))
        self._set_forms([])
        self.upload_button.hide()
        self.history_button.hide()

    def show_subtask(self, data: PanelData, target: ExecutionInfo | None) -> None:
        """Show a subtask; `target` is the period «Выполнить…» will open."""
        self.data = data
        self.browser.setHtml(render_subtask_html(data))
        self.history_button.setVisible(bool(data.executions))
        self.execute_button.setEnabled(target is not None)
        self.upload_button.setVisible(bool(self.ready_to_mark()))
        self.target = target
        if target is not None:
            from tbn4_desktop.services.forms import (
                forms_of_subtask,  # lazily: not on the first paint
            )

            self._set_forms(forms_of_subtask(data.subtask))
        else:
            self._set_forms([])
        if target is None:
            self.hint.setText(tr(NOT_APPLICABLE_LABEL) if not data.executions else "")
        elif self._deadline_not_applicable(target):
            self.hint.setText(
                tr("Срок за период «{period}» не применяется — см. «Срок» выше; выполнить его всё же можно.").format(
                    period=period_label(target.period)
                )
            )
        elif target.period:
            self.hint.setText(tr("Выполнить за период: {period}").format(period=period_label(target.period)))
        else:
            self.hint.setText("")

    def _deadline_not_applicable(self, target: ExecutionInfo) -> bool:
        """A period whose deadline does not apply (1.1.9's quarters in which no
        monitoring quarter ends: the instruction is silent on them)."""
        from tbn4_desktop.core.deadlines import DeadlineState

        data = self.data
        return data is not None and any(
            r.execution_id == target.id and r.state is DeadlineState.NOT_APPLICABLE for r in data.deadlines
        )

    def ready_to_mark(self) -> list[ExecutionInfo]:
        """The periods «Отметить загрузку в ИСПУ…» marks: the selected one when
        it is ready, else every ready period of the subtask shown."""
        if self.data is None:
            return []
        ready = [e for e in self.data.executions if e.status is ExecutionStatus.READY_FOR_UPLOAD]
        selected = self.data.detail.info if self.data.detail is not None else None
        if selected is not None and any(e.id == selected.id for e in ready):
            return [e for e in ready if e.id == selected.id]
        return ready

    def uploaded_marks(self) -> list[ExecutionInfo]:
        """The periods «Снять отметку о загрузке…» takes back: the selected one
        when it is marked, else every marked period of the subtask shown."""
        if self.data is None:
            return []
        marked = [e for e in self.data.executions if e.status is ExecutionStatus.UPLOADED]
        selected = self.data.detail.info if self.data.detail is not None else None
        if selected is not None and any(e.id == selected.id for e in marked):
            return [e for e in marked if e.id == selected.id]
        return marked

    def history_target(self) -> tuple[str, str | None] | None:
        """(code, period) «История…» shows: the selected period, else every
        period of the subtask (a once/yearly subtask has just one)."""
        if self.data is None:
            return None
        if self.data.detail is not None:
            return self.data.subtask.code, self.data.detail.info.period
        periods = {e.period for e in self.data.executions}
        return self.data.subtask.code, (periods.pop() if len(periods) == 1 else None)

    def _history_clicked(self) -> None:
        target = self.history_target()
        if target is not None:
            self.historyRequested.emit(*target)

    def _link_clicked(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith(ANSWER_LINK):
            self.answerRequested.emit(text[len(ANSWER_LINK) :])
        elif text.startswith(FILE_LINK):
            self.open_file(int(text[len(FILE_LINK) :]))
        elif url.scheme() in ("http", "https"):
            QDesktopServices.openUrl(url)

    def open_file(self, attachment_id: int) -> str | None:
        """Open an attached file of the period shown in the system's viewer
        under its original name; a failure is said in one message box."""
        from tbn4_desktop.ui import errors
        from tbn4_desktop.ui.open_files import open_stored_file

        detail = self.data.focus if self.data is not None else None
        attachment = next((a for a in detail.attachments if a.id == attachment_id), None) if detail else None
        ctx = self.context_source() if self.context_source is not None else None
        if attachment is None or ctx is None:
            message: str | None = tr("Файл не найден: выберите подзадачу заново.")
        else:
            message = open_stored_file(ctx.blobs, attachment, ctx.data_dir)
        if message:
            errors.show_error(self, message)
        return message

    def _set_forms(self, forms: list) -> None:
        """«Сформировать…» for a subtask confirmed by a form; a menu when by several."""
        self.forms = list(forms)
        self.form_button.setVisible(bool(forms))
        old = self.form_button.menu()
        self.form_button.setMenu(None)  # type: ignore[arg-type]  # PySide6 stubs: setMenu() takes None (no menu)
        if old is not None:
            old.deleteLater()
        if len(forms) > 1:
            menu = QMenu(self.form_button)
            for name in forms:
                action = menu.addAction(f"{name.label}…")
                action.triggered.connect(lambda _checked=False, name=name: self.formRequested.emit(name.value))
            self.form_button.setMenu(menu)
        self.form_button.setToolTip("\n".join(tr("Сформировать: {form}").format(form=name.label) for name in forms))

    def _form_clicked(self) -> None:
        if len(self.forms) == 1:
            self.formRequested.emit(self.forms[0].value)
