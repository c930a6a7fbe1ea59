"""Page 5 «Проверка»: a summary of everything, the completion date (today
by default) and a note; Finish marks the subtask as done."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWizardPage,
)

from tbn4_desktop.services.executions import LinkInput
from tbn4_desktop.services.organizations import SignatoryInfo
from tbn4_desktop.ui.formatting import format_date, format_size, media_label
from tbn4_desktop.ui.widgets import FieldError
from tbn4_desktop.ui.wizard_pages.state import WizardState


class ReviewPage(QWizardPage):
    def __init__(self, state: WizardState):
        super().__init__()
        self.state = state
        self.setObjectName("reviewPage")
        self.setTitle("Проверка")
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        self.summary = QTextBrowser(self)
        self.summary.setObjectName("reviewSummary")
        self.summary.setOpenExternalLinks(True)
        layout.addWidget(self.summary, 1)
        form = QFormLayout()
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("completedOn")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setMaximumDate(QDate.currentDate())
        self.date_edit.setDate(QDate.currentDate())
        self.date_edit.setMinimumWidth(120)
        date_label = QLabel("&Дата исполнения:", self)
        date_label.setBuddy(self.date_edit)
        form.addRow(date_label, self.date_edit)
        self.date_error = FieldError(self)
        form.addRow("", self.date_error)
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText("необязательно: например, номер и дата приказа")
        self.notes.setFixedHeight(56)
        notes_label = QLabel("&Примечание:", self)
        notes_label.setBuddy(self.notes)
        form.addRow(notes_label, self.notes)
        layout.addLayout(form)
        self.error = FieldError(self)
        self.error.setObjectName("reviewError")
        layout.addWidget(self.error)
        self.filled = False

    def initializePage(self) -> None:
        self.setSubTitle(f"{self.state.heading}: проверьте сведения и отметьте подзадачу как выполненную.")
        if not self.filled:
            self.filled = True
            info = self.state.detail.info
            if info.completed_on:
                self.date_edit.setDate(QDate(info.completed_on))
            self.notes.setPlainText(info.notes)
        wizard = self.wizard()
        self.render(wizard.chosen_signatory(), wizard.chosen_links())

    def render(self, signatory: SignatoryInfo | None, links: list[LinkInput]) -> None:
        s = self.state.subtask
        detail = self.state.detail
        files = "".join(
            f"<li>{escape(a.original_name)} — {escape(format_size(a.size))}, {escape(media_label(a.media_type))} "
            f"<i>({escape(a.role.label)})</i></li>" for a in detail.attachments) or "<li>файлы не приложены</li>"
        link_items = "".join(
            f"<li><a href='{escape(l.url, quote=True)}'>{escape(l.title or l.url)}</a>"
            f"{escape(', ' + format_date(l.published_on)) if l.published_on else ''}</li>" for l in links
        ) or "<li>ссылок нет</li>"
        who = (f"{escape(signatory.full_name)} — {escape(signatory.position)} ({escape(signatory.role.label)})"
               if signatory else "не выбран")
        self.summary.setHtml(
            f"<p><b>{escape(self.state.heading)}.</b> {escape(s.title)}</p>"
            f"<p><b>Организация:</b> {escape(self.state.organization.name)}</p>"
            f"{self._deadline_html()}"
            f"<h4 style='margin-bottom:2px'>Скан подписанного документа и другие файлы</h4>"
            f"<ul style='margin-top:0'>{files}</ul>"
            f"<p><b>Подписант:</b> {who}</p>"
            f"<h4 style='margin-bottom:2px'>Ссылки на публикации</h4><ul style='margin-top:0'>{link_items}</ul>"
            "<p>После отметки подзадача получит статус «Готово к загрузке» и войдёт в пакет для загрузки в ИСПУ.</p>"
        )

    def _deadline_html(self) -> str:
        from tbn4_desktop.ui.subtask_panel import deadline_html

        row = self.state.deadline
        return f"<p><b>Срок:</b> {deadline_html(row)}</p>" if row is not None else ""

    def completed_on(self):
        return self.date_edit.date().toPython()

    def validatePage(self) -> bool:
        self.error.set_message(None)
        self.date_error.set_message(None)
        return self.wizard().complete()

    def show_error(self, key: str, message: str) -> None:
        if key == "completed_on":
            self.date_error.set_message(message)
            self.date_edit.setFocus()
        else:
            self.error.set_message(message)
