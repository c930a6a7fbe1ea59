"""Page «Проверка»: the checklist as the core judges it — ✔ / ✖ / — (not
required, with the reason) / ○ (optional, not there) per document with
what is missing, the register row counts, files still to be sorted, the
deadline with what judges it, and a note. «Завершить» marks the subtask
«Готово к загрузке» through services/checklist.complete; a refusal is the
checklist's one Russian sentence, shown here."""

from __future__ import annotations

from html import escape

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
from tbn4_desktop.core.vocabulary import DocumentKind
from tbn4_desktop.ui.formatting import format_date
from tbn4_desktop.ui.widgets import FieldError
from tbn4_desktop.ui.wizard_pages.slot_widgets import MARK_COLORS, MARK_WORDS
from tbn4_desktop.ui.wizard_pages.state import WizardState, problem_text


def _plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def files_text(n: int) -> str:
    return f"{n} {_plural(n, 'файл', 'файла', 'файлов')}"


def rows_text(n: int) -> str:
    return f"{n} {_plural(n, 'строка', 'строки', 'строк')}"


def slot_details(state: WizardState, slot: DocumentSlot, s: SlotState) -> str:
    """What is there for one slot, or what is missing (plain text)."""
    if s.waived_reason:
        return f"не требуется: {s.waived_reason}"
    parts: list[str] = []
    if s.problems and not (s.files or s.links):
        return problem_text(s)
    if slot.kind.takes_files:
        parts.append(files_text(s.files) if s.files else "файлов нет")
    elif slot.kind is DocumentKind.LINK:
        parts.append(f"ссылок: {s.links}")
    elif slot.kind is DocumentKind.REGISTER:
        parts.append(f"в таблице {rows_text(state.register_rows.get(slot.register or '', 0))}")
    if s.signer_name:
        parts.append(f"подписал(а): {s.signer_name}")
    if s.doc_date is not None and slot.date is not None:
        parts.append(f"{slot.date.label.lower()}: {format_date(s.doc_date)}")
    text = "; ".join(parts)
    text = text[:1].upper() + text[1:]
    if s.problems:
        text += f". {problem_text(s)}"
    elif not s.satisfied:
        text += ". Необязательный документ: его можно не прикладывать."
    return text


class ReviewPage(QWizardPage):
    def __init__(self, state: WizardState):
        super().__init__()
        self.state = state
        self.setObjectName("reviewPage")
        self.setTitle("Проверка")
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
        self.notes.setPlaceholderText("необязательно: например, номер и дата приказа")
        self.notes.setFixedHeight(48)
        notes_label = QLabel("&Примечание:", self)
        notes_label.setBuddy(self.notes)
        form.addRow(notes_label, self.notes)
        layout.addLayout(form)
        self.filled = False

    def initializePage(self) -> None:
        self.setSubTitle(f"{self.state.heading}: проверьте перечень документов и завершите подзадачу.")
        if not self.filled:
            self.filled = True
            self.notes.setPlainText(self.state.detail.info.notes)
        self.error.set_message(None)
        self.render()

    def marks(self) -> dict[str, str]:
        """The mark of each slot as shown (tests, scripts)."""
        return {s.slot.key: s.mark for s in self.state.checklist.slots}

    def render(self) -> None:
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
                f"{mark}&nbsp;{escape(MARK_WORDS.get(mark, ''))}</td>"
                f"<td valign='top'><b>{escape(slot.title)}</b><br>"
                f"<span style='color:#444'>{escape(slot_details(state, slot, slot_state))}</span></td></tr>")
        table = f"<table cellspacing='0' cellpadding='2'>{''.join(rows)}</table>"
        registers = ""
        if s.registers:
            from tbn4_desktop.ui.wizard_pages.data import no_facts_text

            items = "".join(f"<li>{escape(r.title)}: "
                            f"{escape(no_facts_text(state, r) or rows_text(state.register_rows.get(r.key, 0)))}</li>"
                            for r in s.registers)
            registers = f"<h4 style='margin-bottom:2px'>Таблицы («Данные»)</h4><ul style='margin-top:0'>{items}</ul>"
        unassigned = ""
        if state.unassigned:
            unassigned = (f"<p style='color:#a4000f'>✖ Не распределено: {files_text(len(state.unassigned))} — "
                          "отнесите их к документам на странице «Документы».</p>")
        applies = ""
        if state.applicability is not None and not state.applicability.applies:
            applies = (f"<p style='color:#a4000f'>Подзадача не применяется: "
                       f"{escape(state.applicability.reason)}.</p>")
        verdict = ("<p><b>Все нужные документы есть.</b> После завершения подзадача получит статус "
                   "«Готово к загрузке» и войдёт в пакет для загрузки в ИСПУ.</p>" if checklist.complete else
                   f"<p style='color:#a4000f'><b>{escape(checklist.refusal())}</b></p>")
        self.summary.setHtml(
            f"<p><b>{escape(state.heading)}.</b> {escape(s.title)}<br>"
            f"<b>Организация:</b> {escape(state.organization.name)}</p>"
            f"{self._deadline_html()}"
            f"<h4 style='margin-bottom:2px'>Подтверждающие документы</h4>{table}"
            f"{unassigned}{registers}{applies}{verdict}")

    def _deadline_html(self) -> str:
        from tbn4_desktop.ui.subtask_panel import deadline_html

        by = judged_by_text(self.state.subtask)
        judged = f"Срок оценивается {escape(by)}."
        row = self.state.deadline
        if row is None:
            return f"<p><b>Срок:</b> {escape(self.state.subtask.deadline.text)}<br>{judged}</p>"
        html = deadline_html(row)
        # The deadline's explanation may say already what judges it.
        return f"<p><b>Срок:</b> {html}" + ("" if escape(by) in html else f"<br>{judged}") + "</p>"

    def validatePage(self) -> bool:
        self.error.set_message(None)
        return self.wizard().complete()

    def show_error(self, key: str, message: str) -> None:
        self.error.set_message(message)
