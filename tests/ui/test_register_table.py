"""The register table (model/view, per-cell errors) and the «Данные» page of the wizard."""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from tbn4_desktop.services.registers import list_rows
from tbn4_desktop.ui.register_table import ERROR_BRUSH, RegisterEditor
from tbn4_desktop.ui.subtask_wizard import PageId

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "26_wizard_data.png"


def fill(model, row: int, **values) -> None:
    keys = [c.key for c in model.columns]
    for key, value in values.items():
        assert model.setData(model.index(row, keys.index(key)), value)


GOOD = dict(
    category="Уголовное",
    event_date=QDate(2025, 1, 12),
    event_place="г. Алматы",
    offender_position="Главный специалист отдела",
    offender_name="Касымов Арман Болатович",
    damage=1250000.0,
    erdr_number="251500031000123",
    court_name="Специализированный межрайонный суд",
    judgement_date=QDate(2025, 4, 10),
    judgement_effective_date=QDate(2025, 4, 25),
    superior_name="Омаров Данияр Серикович",
    superior_position="Руководитель отдела",
    disciplinary_outcome="Объявлен выговор",
)


def test_add_edit_and_flag_a_cell(qtbot, catalog):
    register = catalog.subtask("2.3.1").register
    editor = RegisterEditor(register)
    qtbot.addWidget(editor)
    model = editor.model
    model.add_row()  # the button opens the row card here: see test_register_row_dialog
    assert model.rowCount() == 1
    fill(model, 0, **GOOD)
    assert editor.check()
    keys = [c.key for c in model.columns]
    assert model.index(0, keys.index("damage")).data() == "1\u00a0250\u00a0000\u00a0тнг."
    assert model.index(0, keys.index("event_date")).data() == "12.01.2025"
    assert model.rows()[0]["superior_is_political"] is False  # an unticked box reads «Нет»

    fill(model, 0, judgement_effective_date=QDate(2025, 4, 1), erdr_number="")
    cell = model.index(0, keys.index("judgement_effective_date"))
    assert cell.data(Qt.ItemDataRole.BackgroundRole) == ERROR_BRUSH
    assert "не может быть раньше" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert not editor.check()
    assert "Строка 1, столбец «Номер ЕРДР»" in editor.error_label.text()

    # Text typed into a date column is kept and flagged, not lost.
    fill(model, 0, judgement_effective_date="31.02.2025")
    cell = model.index(0, keys.index("judgement_effective_date"))
    assert cell.data() == "31.02.2025" and "Такой даты нет" in cell.data(Qt.ItemDataRole.ToolTipRole)

    model.setData(
        model.index(0, keys.index("superior_is_political")), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
    )
    assert model.rows()[0]["superior_is_political"] is True
    editor.view.setCurrentIndex(model.index(0, 0))
    editor.remove_button.click()
    assert model.rowCount() == 0 and editor.check()


def test_xlsx_buttons(qtbot, catalog, tmp_path, monkeypatch, modal):
    register = catalog.subtask("2.3.1").register
    editor = RegisterEditor(register)
    qtbot.addWidget(editor)
    editor.model.add_row()
    fill(editor.model, 0, **GOOD)
    path = tmp_path / "реестр.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(path), "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))
    editor.export_button.click()
    assert path.exists()
    editor.import_button.click()  # confirm replacing: the recorder answers Yes
    assert editor.model.rowCount() == 1
    assert editor.rows()[0]["judgement_date"] == date(2025, 4, 10)


def test_a_register_of_5000_rows_has_no_widget_per_row(qtbot, catalog):
    register = catalog.subtask("2.3.1").register
    editor = RegisterEditor(register)
    qtbot.addWidget(editor)
    editor.set_rows([{"offender_name": f"Лицо {i}", "damage": Decimal(i)} for i in range(5000)])
    editor.show()
    assert editor.model.rowCount() == 5000
    assert len(editor.view.findChildren(QWizard)) == 0
    assert len(editor.findChildren(object)) < 200


def open_wizard(main_window, code: str):
    main_window.tree.select_subtask(code)
    main_window.execute_current()
    return main_window.wizard


def test_the_data_page_only_for_subtasks_with_registers(main_window):
    # 1.1.3 is a publication only: no register, no scans — intro, links, review.
    wizard = open_wizard(main_window, "1.1.3")
    assert wizard.data_page is None and PageId.DATA not in wizard.pageIds()
    assert wizard.page_ids() == [PageId.INTRO, PageId.LINKS, PageId.REVIEW]
    wizard.next()
    assert wizard.currentId() == PageId.LINKS
    wizard.reject()

    # 2.3.1 has a register and signed documents (and, holding personal data, no publication page).
    wizard = open_wizard(main_window, "2.3.1")
    assert wizard.data_page is not None
    assert wizard.page_ids() == [PageId.INTRO, PageId.DATA, PageId.DOCUMENTS, PageId.REVIEW]
    wizard.next()
    assert wizard.currentId() == PageId.DATA
    assert wizard.currentPage().title() == "Данные"
    wizard.reject()

    # 3.2.6 has a register and a publication link but no files: «Данные» leads straight to the links.
    wizard = open_wizard(main_window, "3.2.6")
    assert wizard.page_ids() == [PageId.INTRO, PageId.DATA, PageId.LINKS, PageId.REVIEW]
    wizard.next()
    assert wizard.currentId() == PageId.DATA
    wizard.next()
    assert wizard.currentId() == PageId.LINKS
    wizard.reject()


def test_rows_are_saved_through_the_wizard(qtbot, main_window, ctx):
    wizard = open_wizard(main_window, "2.3.1")
    execution_id = wizard.state.execution_id
    register = wizard.state.subtask.register
    wizard.resize(1000, 640)
    wizard.show()
    wizard.next()
    page = wizard.data_page
    editor = page.editors[0]
    editor.model.add_row()
    fill(editor.model, 0, **{**GOOD, "judgement_effective_date": QDate(2025, 4, 1)})
    wizard.next()  # refused: the entry into force precedes the judgement
    assert wizard.currentId() == PageId.DATA
    assert editor.error_label.isVisible()
    with ctx.store.session() as s:
        assert list_rows(s, execution_id, register) == []

    fill(editor.model, 0, judgement_effective_date=QDate(2025, 4, 25))
    editor.model.add_row()
    fill(editor.model, 1, **{**GOOD, "offender_name": "Бекова Сауле Маратовна", "damage": 0.0})
    qtbot.wait(50)
    assert not wizard.grab().isNull()
    if os.environ.get("TBN4_SCREENSHOTS"):  # refresh docs/screenshots on demand only
        wizard.grab().save(str(SCREENSHOT))
    wizard.next()
    assert wizard.currentId() == PageId.DOCUMENTS
    with ctx.store.session() as s:
        rows = list_rows(s, execution_id, register)
    assert [r.values["offender_name"] for r in rows] == ["Касымов Арман Болатович", "Бекова Сауле Маратовна"]

    # A change left on Cancel is kept with the draft.
    wizard.back()
    fill(editor.model, 1, court_name="Суд г. Астаны")
    wizard.reject()
    with ctx.store.session() as s:
        assert list_rows(s, execution_id, register)[1].values["court_name"] == "Суд г. Астаны"


@pytest.mark.parametrize("code", ["2.4.1", "2.5.1", "2.3.1"])
def test_long_column_titles_get_a_header_tall_enough(qtbot, catalog, code):
    """«Сведения о дополнительной деятельности, не совместимой с выполнением
    государственных функций *» wraps to four lines: none is cut off."""
    from PySide6.QtCore import QRect

    editor = RegisterEditor(catalog.subtask(code).register)
    qtbot.addWidget(editor)
    editor.resize(860, 420)
    editor.show()
    header = editor.view.horizontalHeader()
    metrics = header.fontMetrics()
    for i in range(editor.model.columnCount()):
        text = editor.model.headerData(i, Qt.Orientation.Horizontal)
        needed = metrics.boundingRect(
            QRect(0, 0, header.sectionSize(i) - 12, 10_000), Qt.TextFlag.TextWordWrap, text
        ).height()
        assert header.height() >= min(needed, 6 * metrics.lineSpacing()), (text, header.height(), needed)
    header.resizeSection(0, 80)  # a narrower column wraps more: the header grows
    assert (
        header.height()
        >= metrics.boundingRect(
            QRect(0, 0, 68, 10_000), Qt.TextFlag.TextWordWrap, editor.model.headerData(0, Qt.Orientation.Horizontal)
        ).height()
    )


def test_a_wide_register_shows_its_key_columns_and_how_much_of_each_row_is_filled(qtbot, catalog):
    """2.3.1 has more columns than a screen shows: the table keeps the ones
    that tell rows apart plus «Заполнено N из M»; the card edits the rest."""
    from tbn4_desktop.ui.register_table import key_columns

    register = catalog.subtask("2.3.1").register
    assert [register.columns[i].key for i in key_columns(register)] == [
        "event_date",
        "offender_position",
        "offender_name",
        "erdr_number",
        "superior_name",
    ]
    editor = RegisterEditor(register)
    qtbot.addWidget(editor)
    editor.resize(1300, 500)
    editor.show()
    model = editor.model
    shown = [
        model.headerData(i, Qt.Orientation.Horizontal)
        for i in range(model.columnCount())
        if not editor.view.isColumnHidden(i)
    ]
    assert shown == [
        "Дата события *",
        "Должность осуждённого *",
        "Ф.И.О. осуждённого *",
        "Номер ЕРДР *",
        "Ф.И.О. непосредственного руководителя осуждённого в период совершения правонарушения *",
        "Заполнено",
    ]
    editor.set_rows(
        [
            {
                **GOOD,
                "event_date": date(2025, 1, 12),
                "judgement_date": date(2025, 4, 10),
                "judgement_effective_date": date(2025, 4, 25),
                "damage": Decimal(1250000),
            }
        ]
    )
    summary = model.index(0, len(register.columns))
    # 14 values given + the unticked «прекращено» and «3 месяца» boxes read «Нет»; 20 fields apply
    # (the resignation ones do not: the superior is not political).
    assert summary.data() == "16 из 20"
    assert "«Место события»" not in summary.data(Qt.ItemDataRole.ToolTipRole)
    assert "«Номер распоряжения»" in summary.data(Qt.ItemDataRole.ToolTipRole)
    assert not model.flags(summary) & Qt.ItemFlag.ItemIsEditable
    # Table cells are not edited in place: a double click opens the card.
    assert editor.view.editTriggers() == editor.view.EditTrigger.NoEditTriggers
    editor.view.doubleClicked.emit(model.index(0, 2))
    assert editor.row_card is not None and editor.row_card.editors["court_name"].text() == GOOD["court_name"]
    editor.row_card.reject()


def test_cells_wrap_and_every_tooltip_gives_the_full_value(qtbot, catalog):
    register = catalog.subtask("2.5.1").register
    editor = RegisterEditor(register)
    qtbot.addWidget(editor)
    editor.resize(900, 500)
    editor.show()
    long_text = "Главный специалист отдела земельных отношений аппарата акима Байзакского района " * 2
    editor.set_rows([{"person_position": long_text.strip(), "person_name": "Касымов Арман"}, {"person_name": "Бекова"}])
    editor.fit_rows()
    view, model = editor.view, editor.model
    keys = [c.key for c in model.columns]
    assert view.rowHeight(0) > view.rowHeight(1) >= 26  # the long text wraps onto more lines
    assert view.rowHeight(0) <= 4 * view.fontMetrics().lineSpacing() + 10  # within reason
    tip = model.index(0, keys.index("person_position")).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.endswith(long_text.strip())  # the whole value, not the cut one
    assert model.index(1, keys.index("person_position")).data(Qt.ItemDataRole.ToolTipRole) is None


@pytest.mark.parametrize("code", ["2.5.2", "2.3.1", "3.2.1"])
def test_the_table_fits_a_1366_wide_window_without_sideways_scrolling(qtbot, catalog, code):
    editor = RegisterEditor(catalog.subtask(code).register)
    qtbot.addWidget(editor)
    editor.resize(1300, 500)  # the data page of a wizard at 1366×768
    editor.show()
    qtbot.waitExposed(editor)
    view = editor.view
    used = sum(view.columnWidth(i) for i in range(editor.model.columnCount()) if not view.isColumnHidden(i))
    assert used <= view.viewport().width() + 1, (used, view.viewport().width())
    assert not view.horizontalScrollBar().isVisible()
