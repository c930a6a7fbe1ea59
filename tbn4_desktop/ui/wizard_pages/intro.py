"""Page 1 «Что требуется»: the instruction's words for this subtask."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWizardPage

from tbn4_desktop.core.vocabulary import ExecutionStatus
from tbn4_desktop.ui.subtask_panel import deadline_html, document_line, signers_text
from tbn4_desktop.ui.wizard_pages.state import WizardState


class IntroPage(QWizardPage):
    def __init__(self, state: WizardState):
        super().__init__()
        self.state = state
        self.setObjectName("introPage")
        self.setTitle("Что требуется")
        layout = QVBoxLayout(self)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(True)
        layout.addWidget(self.text)

    def initializePage(self) -> None:
        s = self.state.subtask
        # The header holds two lines at most: the short title there, the
        # instruction's full title at the top of the text.
        self.setSubTitle(f"{self.state.heading}. {s.short_title}")
        docs = "".join(f"<li>{escape(document_line(d.kind, d.title, d.appendix))}</li>" for d in s.documents)
        level = self.state.organization.level
        info = self.state.detail.info
        status = f"<p><b>{escape(s.code)}. {escape(s.title)}</b></p>"
        status += f"<p><b>Текущий статус:</b> {escape(info.status.label)}.</p>"
        if self.state.deadline is not None:
            status += f"<p><b>Срок:</b> {deadline_html(self.state.deadline)}</p>"
        if info.status is ExecutionStatus.UPLOADED:
            status += ("<p><b>Подзадача уже загружена в ИСПУ.</b> Если вы измените документы или сведения, "
                       "отметьте её как выполненную снова и загрузите в ИСПУ повторно.</p>")
        self.text.setHtml(
            status +
            f"<p>{escape(s.guidance)}</p>"
            f"<h4 style='margin-bottom:2px'>Подтверждающие документы</h4><ul style='margin-top:0'>{docs}</ul>"
            f"<p><b>Исполнитель:</b> {escape(s.executor)}<br>"
            f"<b>Подписывает ({escape(level.label)}):</b> {escape(signers_text(s, level))}<br>"
            f"<b>Срок:</b> {escape(s.deadline.text)}</p>"
            "<p>Далее вы приложите сканы подписанных документов, выберете подписанта и добавите ссылки на "
            "публикации. Приложенные файлы сохраняются сразу; мастер можно закрыть и продолжить позже.</p>"
        )
