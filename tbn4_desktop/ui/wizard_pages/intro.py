"""Page 1 «Что требуется»: the instruction's words for this subtask — its
confirming documents (slot by slot: required or on what condition, who
signs), the deadline and what judges it, and which pages follow."""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QVBoxLayout, QWizardPage

from tbn4_desktop.core.catalog import DocumentSlot
from tbn4_desktop.core.deadlines import judged_by_text
from tbn4_desktop.core.vocabulary import DocumentKind, ExecutionStatus
from tbn4_desktop.i18n import N_, tc, tr
from tbn4_desktop.ui.formatting import appendix_label
from tbn4_desktop.ui.wizard_pages.state import WizardState, requirement_text, roles_text


def slot_line(slot: DocumentSlot, state: WizardState) -> str:
    """One confirming document as the intro lists it (HTML)."""
    title = tc(slot.title)
    if slot.kind is DocumentKind.FORM and slot.appendix and f"№{slot.appendix}" not in slot.title:
        title += f" ({appendix_label(slot.appendix)})"
    details = [requirement_text(slot).lower() if slot.condition else slot.requirement.label.lower()]
    if slot.kind.needs_signer:
        details.append(tr("подписывает: {roles}").format(roles=roles_text(slot.signers_for(state.level)).lower()))
    if slot.kind is DocumentKind.LINK:
        from tbn4_desktop.ui.wizard_pages.links import channels_rule

        rule = channels_rule(slot).rstrip(".")
        details.append(rule[:1].lower() + rule[1:])  # «СМИ» stays in capitals
    # After a dash, not in parentheses: the roles hold their own («аким района (города)»).
    return (
        f"<li><b>{escape(slot.kind.label)}:</b> {escape(title)} — "
        f"<span style='color:#444'>{escape('; '.join(details))}</span></li>"
    )


#: The first sentence of «Далее…» by the pages the wizard has (data, documents, links): whole
#: sentences, since a language joins the last item of a list in its own way.
NEXT_STEPS = {
    (True, True, True): N_(
        "Далее вы заполните таблицы («Данные»), приложите файлы каждого документа и укажете, "
        "кто его подписал и когда («Документы»), добавите ссылки на публикации («Публикации») "
        "и проверите перечень и завершите подзадачу («Проверка»)."
    ),
    (True, True, False): N_(
        "Далее вы заполните таблицы («Данные»), приложите файлы каждого документа и укажете, "
        "кто его подписал и когда («Документы») и проверите перечень и завершите подзадачу "
        "(«Проверка»)."
    ),
    (True, False, True): N_(
        "Далее вы заполните таблицы («Данные»), добавите ссылки на публикации («Публикации») "
        "и проверите перечень и завершите подзадачу («Проверка»)."
    ),
    (True, False, False): N_(
        "Далее вы заполните таблицы («Данные») и проверите перечень и завершите подзадачу («Проверка»)."
    ),
    (False, True, True): N_(
        "Далее вы приложите файлы каждого документа и укажете, кто его подписал и когда "
        "(«Документы»), добавите ссылки на публикации («Публикации») и проверите перечень и "
        "завершите подзадачу («Проверка»)."
    ),
    (False, True, False): N_(
        "Далее вы приложите файлы каждого документа и укажете, кто его подписал и когда "
        "(«Документы») и проверите перечень и завершите подзадачу («Проверка»)."
    ),
    (False, False, True): N_(
        "Далее вы добавите ссылки на публикации («Публикации») и проверите перечень и завершите подзадачу («Проверка»)."
    ),
    (False, False, False): N_("Далее вы проверите перечень и завершите подзадачу («Проверка»)."),
}


def next_steps(state: WizardState, *, data: bool, documents: bool, links: bool) -> str:
    return (
        tr(NEXT_STEPS[(data, documents, links)])
        + " "
        + tr("Всё введённое сохраняется сразу или при переходе дальше; мастер можно закрыть и продолжить позже.")
    )


class IntroPage(QWizardPage):
    def __init__(self, state: WizardState):
        super().__init__()
        self.state = state
        self.setObjectName("introPage")
        self.setTitle(tr("Что требуется"))
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
        self.setSubTitle(f"{state.heading}. {tc(s.short_title)}")
        info = state.detail.info
        html = f"<p><b>{escape(s.code)}. {escape(tc(s.title))}</b></p>"
        html += tr("<p><b>Текущий статус:</b> {status}.</p>").format(status=escape(info.status.label))
        if info.status is ExecutionStatus.UPLOADED:
            html += tr(
                "<p><b>Подзадача уже загружена в ИСПУ.</b> Если вы измените документы или сведения, "
                "завершите её снова и загрузите в ИСПУ повторно.</p>"
            )
        if state.unassigned:
            html += tr(
                "<p style='color:#a4000f'><b>Файлы без документа: {count}.</b> Они "
                "перенесены из прежней версии программы; отнесите каждый к своему документу на странице "
                "«Документы».</p>"
            ).format(count=len(state.unassigned))
        html += f"<p>{escape(tc(s.guidance))}</p>"
        docs = "".join(slot_line(d, state) for d in s.documents)
        html += (
            f"<h4 style='margin-bottom:2px'>{escape(tr('Подтверждающие документы'))}</h4>"
            f"<ul style='margin-top:0'>{docs}</ul>"
        )
        html += "<p>" + tr("<b>Исполнитель:</b> {executor}").format(executor=escape(tc(s.executor))) + "<br>"
        # The rule once, then the date and its state (not the rule again), then what judges it once.
        html += tr("<b>Срок:</b> {deadline}").format(deadline=escape(tc(s.deadline.text)))
        if state.deadline is not None:
            from tbn4_desktop.ui.subtask_panel import deadline_html

            html += f"<br>{deadline_html(state.deadline, rule_text=s.deadline.text)}"
        by = escape(judged_by_text(s))
        html += ("" if by in html else "<br>" + tr("Засчитывается {by}.").format(by=by)) + "</p>"
        wizard = self.wizard()
        pages = wizard.pageIds() if wizard is not None else []
        from tbn4_desktop.ui.subtask_wizard import PageId

        html += (
            "<p>"
            + escape(
                next_steps(
                    state,
                    data=int(PageId.DATA) in pages,
                    documents=int(PageId.DOCUMENTS) in pages,
                    links=int(PageId.LINKS) in pages,
                )
            )
            + "</p>"
        )
        self.text.setHtml(html)
