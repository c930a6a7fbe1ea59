"""Page «Проверка»: the checklist as the core judges it — ✔ / ✖ / — (not
required, with the reason) / ○ (optional, not there) per document with
what is missing, the register row counts, files still to be sorted, the
deadline with what judges it, and a note. «Завершить» marks the subtask
«Готово к загрузке» through services/checklist.complete; a refusal is the
checklist's one Russian sentence, shown here."""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWizardPage,
)

from tbn4_desktop.core.catalog import DocumentSlot
from tbn4_desktop.core.checklist import SlotState
from tbn4_desktop.core.deadlines import judged_by_text
from tbn4_desktop.core.signature_rules import RULE_NOTE
from tbn4_desktop.core.vocabulary import DocumentKind
from tbn4_desktop.i18n import tc, tr, trn
from tbn4_desktop.ui.formatting import format_date
from tbn4_desktop.ui.widgets import FieldError
from tbn4_desktop.ui.wizard_pages.slot_widgets import MARK_COLORS, MARK_WORDS
from tbn4_desktop.ui.wizard_pages.state import WizardState, problem_text

if TYPE_CHECKING:
    from tbn4_desktop.ui.subtask_wizard import SubtaskWizard


def files_text(n: int) -> str:
    return trn("%n файл", n)


def rows_text(n: int) -> str:
    return trn("%n строка", n)


def slot_details(state: WizardState, slot: DocumentSlot, s: SlotState) -> str:
    """What is there for one slot, or what is missing (plain text)."""
    if s.waived_reason:
        return tr("не требуется: {reason}").format(reason=tc(s.waived_reason))
    parts: list[str] = []
    if s.problems and not (s.files or s.links):
        return problem_text(s)
    if slot.kind.takes_files:
        parts.append(files_text(s.files) if s.files else tr("файлов нет"))
    elif slot.kind is DocumentKind.LINK:
        parts.append(tr("ссылок: {count}").format(count=s.links))
    elif slot.kind is DocumentKind.REGISTER:
        parts.append(trn("в таблице %n строка", state.register_rows.get(slot.register or '', 0)))
    if s.signer_name:
        parts.append(tr("подписал(а): {name}").format(name=s.signer_name))
    if s.certificate_signers:
        parts.append(tr("подписано ЭЦП: {names}").format(names=", ".join(dict.fromkeys(s.certificate_signers))))
    if s.doc_date is not None and slot.date is not None:
        parts.append(f"{slot.date.label.lower()}: {format_date(s.doc_date)}")
    text = "; ".join(parts)
    text = text[:1].upper() + text[1:]
    if s.problems:
        text += ". " + problem_text(s)
    elif not s.satisfied:
        text += ". " + tr("Необязательный документ: его можно не прикладывать.")
    if s.warnings:
        text += ". " + "; ".join(f"⚠ {w}" for w in s.warnings) + ". " + tr(RULE_NOTE)
    return text


class ReviewPage(QWizardPage):
    def __init__(self, state: WizardState):
        super().__init__()
        self.state = state
        self.setObjectName("reviewPage")
        self.setTitle(tr("Проверка"))
        self.setFinalPage(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.summary = QTextBrowser(self)
        self.summary.setObjectName("reviewSummary")
        self.summary.setOpenExternalLinks(True)
        layout.addWidget(self.summary, 1)
        self.error = FieldError(self)
        self.error.setObjectName("reviewError")
        layout.addWidget(self.error)
        form = QFormLayout()
        self.notes = QPlainTextEdit(self)
        self.notes.setObjectName("notes")
        self.notes.setTabChangesFocus(True)
        self.notes.setPlaceholderText(tr("необязательно: например, номер и дата приказа"))
        self.notes.setFixedHeight(48)
        notes_label = QLabel(tr("&Примечание:"), self)
        notes_label.setBuddy(self.notes)
        form.addRow(notes_label, self.notes)
        layout.addLayout(form)
        self.filled = False

    def initializePage(self) -> None:
        self.setSubTitle(
            tr("{heading}: проверьте перечень документов и завершите подзадачу.").format(heading=self.state.heading)
        )
        if not self.filled:
            self.filled = True
            self.notes.setPlainText(self.state.detail.info.notes)
        self.error.set_message(None)
        self.render()

    def marks(self) -> dict[str, str]:
        """The mark of each slot as shown (tests, scripts)."""
        return {s.slot.key: s.mark for s in self.state.checklist.slots}

    def render(self) -> None:  # type: ignore[override]  # hides QWidget.render(target, ...), never called on a page
        state = self.state
        s = state.subtask
        checklist = state.checklist
        rows = []
        for slot_state in checklist.slots:
            slot = slot_state.slot
            mark = slot_state.mark
            color = MARK_COLORS.get(mark, "#000")
            rows.append(
                f"<tr><td style='padding-right:6px; color:{color}; font-weight:bold' valign='top'>"
                f"{mark}&nbsp;{escape(tr(MARK_WORDS[mark]) if mark in MARK_WORDS else '')}</td>"
                f"<td valign='top'><b>{escape(tc(slot.title))}</b><br>"
                f"<span style='color:#444'>{escape(slot_details(state, slot, slot_state))}</span></td></tr>"
            )
        table = f"<table cellspacing='0' cellpadding='2'>{''.join(rows)}</table>"
        registers = ""
        if s.registers:
            from tbn4_desktop.ui.wizard_pages.data import no_facts_text

            items = "".join(
                f"<li>{escape(tc(r.title))}: "
                f"{escape(no_facts_text(state, r) or rows_text(state.register_rows.get(r.key, 0)))}</li>"
                for r in s.registers
            )
            registers = (
                f"<h4 style='margin-bottom:2px'>{escape(tr('Таблицы («Данные»)'))}</h4>"
                f"<ul style='margin-top:0'>{items}</ul>"
            )
        unassigned = ""
        if state.unassigned:
            unassigned = (
                "<p style='color:#a4000f'>"
                + escape(
                    trn(
                        "✖ Не распределено: %n файл — отнесите их к документам на странице «Документы».",
                        len(state.unassigned),
                    )
                )
                + "</p>"
            )
        applies = ""
        if state.applicability is not None and not state.applicability.applies:
            applies = (
                "<p style='color:#a4000f'>"
                + tr("Подзадача не применяется: {reason}.").format(reason=escape(state.applicability.reason))
                + "</p>"
            )
        verdict = (
            tr(
                "<p><b>Все нужные документы есть.</b> После завершения подзадача получит статус "
                "«Готово к загрузке» и войдёт в пакет для загрузки в ИСПУ.</p>"
            )
            if checklist.complete
            else f"<p style='color:#a4000f'><b>{escape(checklist.refusal())}</b></p>"
        )
        self.summary.setHtml(
            f"<p><b>{escape(state.heading)}.</b> {escape(tc(s.title))}<br>"
            + tr("<b>Организация:</b> {name}").format(name=escape(state.organization.name))
            + "</p>"
            f"{self._deadline_html()}"
            f"<h4 style='margin-bottom:2px'>{escape(tr('Подтверждающие документы'))}</h4>{table}"
            f"{unassigned}{registers}{applies}{verdict}"
        )

    def _deadline_html(self) -> str:
        from tbn4_desktop.ui.subtask_panel import deadline_html

        by = judged_by_text(self.state.subtask)
        judged = tr("Срок оценивается {by}.").format(by=escape(by))
        row = self.state.deadline
        if row is None:
            return (
                "<p>"
                + tr("<b>Срок:</b> {deadline}").format(deadline=escape(tc(self.state.subtask.deadline.text)))
                + f"<br>{judged}</p>"
            )
        html = deadline_html(row)
        # The deadline's explanation may say already what judges it.
        return (
            "<p>"
            + tr("<b>Срок:</b> {deadline}").format(deadline=html)
            + ("" if escape(by) in html else f"<br>{judged}")
            + "</p>"
        )

    def validatePage(self) -> bool:
        self.error.set_message(None)
        return cast("SubtaskWizard", self.wizard()).complete()  # the page lives only in a SubtaskWizard

    def show_error(self, key: str, message: str) -> None:
        self.error.set_message(message)
