"""The «Применимость подзадач» tab of «Организация и подписанты»: the
catalog's questions asked at the organisation's level, answered Да / Нет /
Не указано for the year shown (the instruction's words in the tooltip), each
answer saved at once. Apart from organization_dialog.py: one tab, its
widgets and its saves.

Functions of the dialog (`dialog: OrganizationDialog`); OrganizationDialog's
methods of the same names call them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.catalog import Question
from tbn4_desktop.i18n import N_, tc, tr
from tbn4_desktop.services.records import OrganizationInfo
from tbn4_desktop.ui.organization_signatories import INACTIVE_COLOR
from tbn4_desktop.ui.widgets import FieldError, wrapped

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tbn4_desktop.ui.organization_dialog import OrganizationDialog

#: Answer values of the radio buttons (None: «Не указано»).
ANSWERS: tuple[tuple[bool | None, str], ...] = ((True, N_("&Да")), (False, N_("&Нет")), (None, N_("Не &указано")))


def _build_applicability(dialog: OrganizationDialog) -> QWidget:
    """The questions are added by _fill_answers (they depend on the level)."""
    page = QWidget(dialog.tabs)
    page.setObjectName("applicabilityPage")
    layout = QVBoxLayout(page)
    layout.setContentsMargins(6, 6, 6, 6)
    dialog.applicability_intro = wrapped("", page)
    layout.addWidget(dialog.applicability_intro)
    scroll = QScrollArea(page)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    dialog.questions_holder = QWidget(scroll)
    dialog.questions_layout = QVBoxLayout(dialog.questions_holder)
    dialog.questions_layout.setContentsMargins(0, 0, 0, 0)
    scroll.setWidget(dialog.questions_holder)
    layout.addWidget(scroll, 1)
    dialog.answer_error = FieldError(page)
    layout.addWidget(dialog.answer_error)
    return page


def questions(dialog: OrganizationDialog) -> list[Question]:
    """The catalog's questions asked at the organisation's level."""
    if dialog.organization is None:  # never after __init__: reload() has read it
        return []
    level = dialog.organization.level
    return [q for q in dialog.catalog.questions if level in q.levels]


def _fill_questions(dialog: OrganizationDialog, organization: OrganizationInfo) -> None:
    while dialog.questions_layout.count():
        item = dialog.questions_layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
    dialog.answer_groups.clear()
    questions = dialog.questions()
    if dialog.plan_id is None:
        intro = tr(
            "План на {year} год ещё не создан: ответы можно будет дать, когда этот год откроется в главном окне."
        ).format(year=dialog.year)
    elif questions:
        intro = tr(
            "Ответы за {year} год. От них зависит, применяются ли подзадачи: подзадача с ответом "
            "«Нет» показывается серой с пометкой «Не применяется»; без ответа она считается "
            "применимой. Наведите указатель на вопрос, чтобы прочитать слова Инструкции."
        ).format(year=dialog.year)
    else:
        intro = tr("На уровне «{level}» вопросов о применимости подзадач нет.").format(level=organization.level.label)
    dialog.applicability_intro.setText(intro)
    for q in questions:
        box = QGroupBox(dialog.questions_holder)
        box.setObjectName(f"question_{q.key}")
        box_layout = QVBoxLayout(box)
        label = wrapped(tc(q.text), box)
        label.setToolTip(_quote(q))
        box_layout.addWidget(label)
        codes = [s.code for s in dialog.catalog.subtasks() if s.applies_if == q.key]
        if codes:
            note = wrapped(
                (
                    tr("Решает, применяется ли подзадача {codes}.")
                    if len(codes) == 1
                    else tr("Решает, применяются ли подзадачи {codes}.")
                ).format(codes=", ".join(codes)),
                box,
            )
            note.setStyleSheet(f"color: {INACTIVE_COLOR};")
            box_layout.addWidget(note)
        row = QHBoxLayout()
        group = QButtonGroup(box)
        for value, text in ANSWERS:
            button = QRadioButton(tr(text), box)
            button.setObjectName(f"answer_{q.key}_{'none' if value is None else ('yes' if value else 'no')}")
            button.setToolTip(_quote(q))
            button.setAccessibleDescription(tc(q.text))
            group.addButton(button)
            button.setProperty("answer", value)
            row.addWidget(button)
            button.setEnabled(dialog.plan_id is not None)
        row.addStretch(1)
        box_layout.addLayout(row)
        group.buttonClicked.connect(lambda button, key=q.key: _answer_clicked(dialog, key, button))
        dialog.answer_groups[q.key] = group
        dialog.questions_layout.addWidget(box)
    dialog.questions_layout.addStretch(1)


def _quote(q: Question) -> str:
    return tr("Инструкция: «{quote}»").format(quote=q.source) if q.source else tc(q.text)


def _show_answers(dialog: OrganizationDialog) -> None:
    for key, group in dialog.answer_groups.items():
        wanted = dialog.answers.get(key)
        for button in group.buttons():
            if button.property("answer") == wanted:
                button.setChecked(True)


def answer(dialog: OrganizationDialog, key: str) -> bool | None:
    """The answer shown for a question (None: «Не указано»)."""
    button = dialog.answer_groups[key].checkedButton()
    return button.property("answer") if button is not None else None


def set_answer(dialog: OrganizationDialog, key: str, value: bool | None) -> bool:
    """Answer a question (as a click on its button); True when saved."""
    for button in dialog.answer_groups[key].buttons():
        if button.property("answer") == value:
            button.click()
    return dialog.answers.get(key) == value


def _answer_clicked(dialog: OrganizationDialog, key: str, button: QRadioButton) -> None:
    from tbn4_desktop.services.checklist import set_answer

    value = button.property("answer")
    if dialog.plan_id is None or dialog.answers.get(key) == value:
        return
    plan_id = dialog.plan_id

    def answer(session: Session) -> bool:
        set_answer(session, dialog.catalog, plan_id, key, value)
        return True

    if dialog._run(answer) is None:
        dialog._show_answers()
        return
    dialog.answer_error.set_message(None)
    if value is None:
        dialog.answers.pop(key, None)
    else:
        dialog.answers[key] = value
    dialog.changed.emit()
