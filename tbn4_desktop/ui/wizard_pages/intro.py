"""Page 1 «Что требуется»: the instruction's words for this subtask — its
confirming documents (slot by slot: required or on what condition, who
signs), the deadline and what judges it, and which pages follow."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWizardPage

from tbn4_desktop.core.catalog import DocumentSlot
from tbn4_desktop.core.deadlines import judged_by_text
from tbn4_desktop.core.vocabulary import DocumentKind, ExecutionStatus
from tbn4_desktop.ui.formatting import appendix_label
from tbn4_desktop.ui.wizard_pages.state import WizardState, requirement_text, roles_text


def slot_line(slot: DocumentSlot, state: WizardState) -> str:
    """One confirming document as the intro lists it (HTML)."""
    title = slot.title
    if slot.kind is DocumentKind.FORM and slot.appendix and f"№{slot.appendix}" not in title:
        title += f" ({appendix_label(slot.appendix)})"
    details = [requirement_text(slot).lower() if slot.condition else slot.requirement.label.lower()]
    if slot.kind.needs_signer:
        details.append(f"подписывает: {roles_text(slot.signers_for(state.level)).lower()}")
    if slot.kind is DocumentKind.LINK:
        from tbn4_desktop.ui.wizard_pages.links import channels_rule

        rule = channels_rule(slot).rstrip(".")
        details.append(rule[:1].lower() + rule[1:])      # «СМИ» stays in capitals
    # After a dash, not in parentheses: the roles hold their own («аким района (города)»).
    return (f"<li><b>{escape(slot.kind.label)}:</b> {escape(title)} — "
            f"<span style='color:#444'>{escape('; '.join(details))}</span></li>")


def next_steps(state: WizardState, *, data: bool, documents: bool, links: bool) -> str:
    steps = []
    if data:
        steps.append("заполните таблицы («Данные»)")
    if documents:
        steps.append("приложите файлы каждого документа и укажете, кто его подписал и когда («Документы»)")
    if links:
        steps.append("добавите ссылки на публикации («Публикации»)")
    steps.append("проверите перечень и завершите подзадачу («Проверка»)")
    text = ", ".join(steps[:-1]) + (" и " if len(steps) > 1 else "") + steps[-1]
    return (f"Далее вы {text}. Всё введённое сохраняется сразу или при переходе дальше; мастер можно "
            "закрыть и продолжить позже.")


class IntroPage(QWizardPage):
    def __init__(self, state: WizardState):
        super().__init__()
        self.state = state
        self.setObjectName("introPage")
        self.setTitle("Что требуется")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = QTextBrowser(self)
        self.text.setOpenExternalLinks(True)
        layout.addWidget(self.text)

    def initializePage(self) -> None:
        state = self.state
        s = state.subtask
        # The header holds two lines at most: the short title there, the
        # instruction's full title at the top of the text.
        self.setSubTitle(f"{state.heading}. {s.short_title}")
        info = state.detail.info
        html = f"<p><b>{escape(s.code)}. {escape(s.title)}</b></p>"
        html += f"<p><b>Текущий статус:</b> {escape(info.status.label)}.</p>"
        if info.status is ExecutionStatus.UPLOADED:
            html += ("<p><b>Подзадача уже загружена в ИСПУ.</b> Если вы измените документы или сведения, "
                     "завершите её снова и загрузите в ИСПУ повторно.</p>")
        if state.unassigned:
            html += (f"<p style='color:#a4000f'><b>Файлы без документа: {len(state.unassigned)}.</b> Они "
                     "перенесены из прежней версии программы; отнесите каждый к своему документу на странице "
                     "«Документы».</p>")
        html += f"<p>{escape(s.guidance)}</p>"
        docs = "".join(slot_line(d, state) for d in s.documents)
        html += f"<h4 style='margin-bottom:2px'>Подтверждающие документы</h4><ul style='margin-top:0'>{docs}</ul>"
        html += f"<p><b>Исполнитель:</b> {escape(s.executor)}<br>"
        # The rule once, then the date and its state (not the rule again), then what judges it once.
        html += f"<b>Срок:</b> {escape(s.deadline.text)}"
        if state.deadline is not None:
            from tbn4_desktop.ui.subtask_panel import deadline_html

            html += f"<br>{deadline_html(state.deadline, rule_text=s.deadline.text)}"
        by = escape(judged_by_text(s))
        html += ("" if by in html else f"<br>Засчитывается {by}.") + "</p>"
        wizard = self.wizard()
        pages = wizard.pageIds() if wizard is not None else []
        from tbn4_desktop.ui.subtask_wizard import PageId

        html += "<p>" + escape(next_steps(state, data=int(PageId.DATA) in pages,
                                          documents=int(PageId.DOCUMENTS) in pages,
                                          links=int(PageId.LINKS) in pages)) + "</p>"
        self.text.setHtml(html)
