"""The row card of a register (2.3.1: a political superior resigns, any other
faces disciplinary liability) and its wiring into the register table."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QComboBox, QDialog

from tbn4_desktop.ui.register_row_dialog import RegisterRowDialog, mnemonic_titles
from tbn4_desktop.ui.register_table import NOT_APPLICABLE_BRUSH, RegisterEditor

RESIGNATION = ("resigned_within_10_days", "resignation_outcome")
DISCIPLINARY = ("disciplinary_outcome",)

BASE = dict(
    category="Уголовное",
    event_date="12.01.2025",
    event_place="г. Алматы",
    offender_position="Главный специалист отдела",
    offender_name="Касымов Арман Болатович",
    erdr_number="251500031000123",
    court_name="Специализированный межрайонный суд",
    judgement_date="10.04.2025",
    judgement_effective_date="25.04.2025",
    superior_name="Омаров Данияр Серикович",
    superior_position="Заместитель акима района",
)


@pytest.fixture
def register(catalog):
    return catalog.subtask("2.3.1").register


def fill(card: RegisterRowDialog, **values: str) -> None:
    for key, text in values.items():
        editor = card.editors[key]
        if isinstance(editor, QComboBox):
            index = editor.findText(text)
            assert index >= 0, (key, text)
            editor.setCurrentIndex(index)
        else:
            editor.setText(text)


def shown(card: RegisterRowDialog, key: str) -> bool:
    return card.labels[key].isVisible() and card.editors[key].isVisible()


def open_card(qtbot, register, values=None) -> RegisterRowDialog:
    card = RegisterRowDialog(register, values)
    qtbot.addWidget(card)
    card.show()
    return card


def test_the_card_shows_resignation_or_disciplinary_fields_as_the_answer_changes(qtbot, register):
    card = open_card(qtbot, register)
    assert card.windowTitle() == f"Строка таблицы — {register.title}"
    for key in (*RESIGNATION, *DISCIPLINARY, "not_resigned_reason"):
        assert not shown(card, key), key  # «—»: neither branch yet
    assert shown(card, "order_number") and shown(card, "superior_name")

    fill(card, superior_is_political="Да")
    assert all(shown(card, k) for k in RESIGNATION) and not shown(card, "disciplinary_outcome")
    assert not shown(card, "not_resigned_reason")  # asked only when he did not resign
    fill(card, resigned_within_10_days="Нет")
    assert shown(card, "not_resigned_reason")

    fill(card, superior_is_political="Нет")
    assert shown(card, "disciplinary_outcome")
    assert not any(shown(card, k) for k in (*RESIGNATION, "not_resigned_reason"))
    assert card.labels["disciplinary_outcome"].text().endswith("\u00a0*")
    assert card.labels["disciplinary_outcome"].buddy() is card.editors["disciplinary_outcome"]


def test_a_missing_conditional_field_is_refused_at_that_field(qtbot, register):
    card = open_card(qtbot, register)
    fill(card, **BASE, superior_is_political="Нет")
    qtbot.mouseClick(card.ok_button, Qt.MouseButton.LeftButton)
    assert card.isVisible() and card.result() != QDialog.DialogCode.Accepted
    assert card.error("disciplinary_outcome") == "Заполните это поле."
    assert card.field_errors["disciplinary_outcome"].isVisible()
    assert card.error("superior_name") == ""
    assert card.focusWidget() is card.editors["disciplinary_outcome"]

    fill(card, superior_is_political="Да")  # the other branch: its own required answer
    assert not card.field_errors["disciplinary_outcome"].isVisible()
    qtbot.mouseClick(card.ok_button, Qt.MouseButton.LeftButton)
    assert card.isVisible()
    assert card.error("resigned_within_10_days") == "Выберите «Да» или «Нет»."
    assert card.focusWidget() is card.editors["resigned_within_10_days"]


def test_the_first_bad_field_gets_the_focus_and_every_error_is_shown(qtbot, register):
    card = open_card(qtbot, register)
    fill(
        card,
        **{**BASE, "erdr_number": "", "judgement_effective_date": "01.04.2025"},
        superior_is_political="Нет",
        disciplinary_outcome="Выговор",
    )
    card.ok_button.click()
    assert card.isVisible()
    assert card.error("erdr_number") == "Заполните это поле."
    assert "не может быть раньше" in card.error("judgement_effective_date")
    assert card.focusWidget() is card.editors["erdr_number"]


def test_values_of_fields_that_do_not_apply_are_dropped_on_ok(qtbot, register):
    values = {
        **BASE,
        "superior_is_political": True,
        "resigned_within_10_days": True,
        "resignation_outcome": "Отставка принята",
        "disciplinary_outcome": "Выговор",
        "order_number": "15-р",
        "order_date": date(2025, 5, 2),
    }
    card = open_card(qtbot, register, values)
    assert card.editors["order_date"].text() == "02.05.2025"
    assert not shown(card, "disciplinary_outcome")
    card.ok_button.click()
    assert card.result() == QDialog.DialogCode.Accepted
    typed = card.values()
    assert typed["disciplinary_outcome"] is None
    assert typed["resignation_outcome"] == "Отставка принята" and typed["order_date"] == date(2025, 5, 2)
    assert typed["judgement_date"] == date(2025, 4, 10)


def test_enter_accepts_and_escape_cancels(qtbot, register):
    card = open_card(qtbot, register)
    fill(card, **BASE, superior_is_political="Нет", disciplinary_outcome="Не привлечён: истёк срок")
    card.editors["disciplinary_outcome"].setFocus()
    qtbot.keyClick(card.editors["disciplinary_outcome"], Qt.Key.Key_Return)
    assert card.result() == QDialog.DialogCode.Accepted and not card.isVisible()

    card = open_card(qtbot, register)
    fill(card, superior_is_political="Да")
    card.editors["superior_is_political"].setFocus()
    qtbot.keyClick(card.editors["superior_is_political"], Qt.Key.Key_Return)  # Enter on a combo: OK
    assert card.isVisible() and card.error("resigned_within_10_days")  # … refused, stays open
    qtbot.keyClick(card.editors["superior_name"], Qt.Key.Key_Escape)
    assert not card.isVisible() and card.result() == QDialog.DialogCode.Rejected


def test_adding_a_row_to_a_wide_register_opens_the_card_and_ok_writes_the_row(qtbot, register):
    editor = RegisterEditor(register)
    qtbot.addWidget(editor)
    editor.show()
    editor.add_button.click()
    card = editor.row_card
    assert card is not None and card.isVisible() and editor.model.rowCount() == 1
    fill(
        card,
        **BASE,
        superior_is_political="Да",
        resigned_within_10_days="Нет",
        not_resigned_reason="Находился на лечении",
        resignation_outcome="Отставка не принята",
    )
    qtbot.keyClick(card.editors["resignation_outcome"], Qt.Key.Key_Return)
    assert editor.row_card is None
    row = editor.rows()[0]
    assert row["judgement_date"] == date(2025, 4, 10) and row["superior_is_political"] is True
    assert row["not_resigned_reason"] == "Находился на лечении"
    assert editor.check(), editor.error_label.text()

    # Cancel on a new row takes the row away again.
    editor.add_button.click()
    assert editor.model.rowCount() == 2
    qtbot.keyClick(editor.row_card.editors["category"], Qt.Key.Key_Escape)
    assert editor.model.rowCount() == 1 and editor.row_card is None


def test_the_card_opens_from_the_button_the_row_number_and_ctrl_enter(qtbot, register):
    editor = RegisterEditor(register)
    qtbot.addWidget(editor)
    editor.set_rows([{"offender_name": "Лицо 1"}, {"offender_name": "Лицо 2", "superior_is_political": True}])
    editor.show()
    assert editor.card_button.text() == "&Карточка строки…"
    letters = {
        b.text()[b.text().index("&") + 1].casefold()
        for b in (
            editor.add_button,
            editor.remove_button,
            editor.import_button,
            editor.export_button,
            editor.card_button,
        )
    }
    assert len(letters) == 5 and not letters & {"л", "н"}  # nor the wizard's «Далее»/«Назад»

    editor.view.setCurrentIndex(editor.model.index(1, 0))
    editor.card_button.click()
    assert editor.row_card.editors["offender_name"].text() == "Лицо 2"
    assert editor.row_card.editors["superior_is_political"].currentText() == "Да"
    editor.row_card.reject()
    assert editor.model.rowCount() == 2  # not a new row: kept

    header = editor.view.verticalHeader()
    qtbot.mouseDClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.width() // 2, header.sectionViewportPosition(0) + 5),
    )
    assert editor.row_card is not None and editor.row_card.editors["offender_name"].text() == "Лицо 1"
    # A filled row whose box is unticked reads «Нет», as the table will save it.
    assert editor.row_card.editors["superior_is_political"].currentText() == "Нет"
    editor.row_card.reject()

    editor.view.setFocus()
    editor.view.setCurrentIndex(editor.model.index(1, 2))
    qtbot.keyClick(editor.view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert editor.row_card is not None and editor.row_card.editors["offender_name"].text() == "Лицо 2"
    editor.row_card.reject()


def test_a_narrow_register_adds_rows_in_the_table(qtbot, catalog):
    editor = RegisterEditor(catalog.subtask("2.5.1").register)
    qtbot.addWidget(editor)
    editor.add_button.click()
    assert editor.model.rowCount() == 1 and editor.row_card is None


def test_cells_that_do_not_apply_are_grey_and_read_only(qtbot, register):
    editor = RegisterEditor(register)
    qtbot.addWidget(editor)
    editor.set_rows([{"offender_name": "Лицо 1", "disciplinary_outcome": "Выговор"}])
    model = editor.model
    keys = [c.key for c in model.columns]
    resigned = model.index(0, keys.index("resigned_within_10_days"))
    discipline = model.index(0, keys.index("disciplinary_outcome"))
    assert not resigned.flags() & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsUserCheckable)
    assert resigned.data(Qt.ItemDataRole.BackgroundRole) == NOT_APPLICABLE_BRUSH
    assert resigned.data(Qt.ItemDataRole.CheckStateRole) is None
    assert resigned.data(Qt.ItemDataRole.ToolTipRole) == (
        "Не заполняется в этой строке. Заполняется, если «Является ли руководитель политическим "
        "государственным служащим» — «Да»."
    )
    assert discipline.flags() & Qt.ItemFlag.ItemIsEditable

    # Ticking «политический служащий» swaps the branches at once.
    model.setData(
        model.index(0, keys.index("superior_is_political")), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert resigned.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not discipline.flags() & Qt.ItemFlag.ItemIsEditable
    assert "не будет сохранено" in discipline.data(Qt.ItemDataRole.ToolTipRole)
    assert discipline.data() == "Выговор"  # kept on screen until saved


def test_mnemonics_of_the_card_labels_do_not_repeat():
    titles = mnemonic_titles(["Дата события", "Дата вынесения", "Дата", "Д", "R&D"])
    assert titles[:3] == ["&Дата события", "Дата &вынесения", "Дата"[:1] + "&ата"]
    assert titles[3] == "Д" and titles[4] == "&R&&D"


def test_the_card_offers_the_supervised_list_and_a_new_name_is_announced(qtbot, catalog):
    register = catalog.subtask("3.2.1").register
    editor = RegisterEditor(register, suggestions={"company_name": ["ГКП «Байзак су»", "ТОО «Жамбыл Энерго»"]})
    qtbot.addWidget(editor)
    announced = []
    editor.unlistedName.connect(lambda key, name: announced.append((key, name)))
    editor.model.add_row()
    editor.open_card(0)
    card = editor.row_card
    field = card.editors["company_name"]
    assert isinstance(field, QComboBox) and field.isEditable()
    assert [field.itemText(i) for i in range(field.count())] == ["", "ГКП «Байзак су»", "ТОО «Жамбыл Энерго»"]
    field.setEditText("ГКП «Байзак су»")
    card.editors["has_document"].setCurrentIndex(1)  # «Да»
    card.accept()
    assert editor.rows()[0]["company_name"] == "ГКП «Байзак су»"
    qtbot.wait(20)
    assert announced == []  # on the list: nothing to ask
    editor.open_card(0)
    editor.row_card.editors["company_name"].setEditText("  ТОО  «Новая»  ")
    editor.row_card.accept()
    qtbot.waitUntil(lambda: bool(announced))
    assert announced == [("company_name", "ТОО «Новая»")]


def test_a_long_value_shows_its_beginning_in_the_card(qtbot, register):
    text = "Главный специалист отдела земельных отношений аппарата акима Байзакского района Жамбылской области"
    card = open_card(qtbot, register, {"offender_position": text})
    field = card.editors["offender_position"]
    assert field.cursorPosition() == 0 and field.toolTip() == text
