"""The KPI line of the «Данные» page and the Project 3 matrix dialog."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
import os
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from tbn4_desktop.services.kpis import get_headcount, plan_kpis
from tbn4_desktop.services.registers import list_rows, save_rows
from tbn4_desktop.ui.quasi_matrix import FIXED, QUASI_CODES
from tbn4_desktop.ui.subtask_wizard import PageId

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "28_quasi_matrix.png"
COMPANIES = [("АО «Каратал Су»", True), ("ТОО «Уштобе Жылу»", True), ("ГКП «Каратал Тазалык»", True),
             ("ТОО «Каратал Агро»", True), ("АО «Жетысу Энерго»", False)]


def open_data_page(main_window, code: str):
    main_window.tree.select_subtask(code)
    main_window.execute_current()
    wizard = main_window.wizard
    if wizard.currentId() != PageId.DATA:
        wizard.next()
    assert wizard.currentId() == PageId.DATA
    return wizard


def fill(model, row: int, **values) -> None:
    keys = [c.key for c in model.columns]
    for key, value in values.items():
        if isinstance(value, bool):
            assert model.setData(model.index(row, keys.index(key)),
                                 (Qt.CheckState.Checked if value else Qt.CheckState.Unchecked).value,
                                 Qt.ItemDataRole.CheckStateRole)
        else:
            assert model.setData(model.index(row, keys.index(key)), value)


def test_kpi_line_follows_the_quasi_rows(qtbot, main_window):
    wizard = open_data_page(main_window, "3.2.1")
    page = wizard.data_page
    line = page.kpi_line
    assert line is not None and line.isVisible()
    assert "нет данных" in line.label.text()
    editor = page.editors[0]
    for i, (name, has) in enumerate(COMPANIES):
        editor.add_button.click()
        assert line.result.whole == i                # a blank row is no company yet
        fill(editor.model, i, company_name=name, has_document=has)
        assert line.result.whole == i + 1            # counted as soon as it has a name
    assert "4 из 5 организаций (80\u00a0%) — 1,6 балла из 2" in line.label.text()
    assert "не выполнено" in line.label.text() and not line.icon.pixmap().isNull()
    fill(editor.model, 4, has_document=True)
    assert "(100\u00a0%) — 2 балла из 2" in line.label.text() and "✔ выполнено" in line.label.text()
    wizard.reject()


def test_kpi_line_of_training_keeps_the_headcount(qtbot, main_window, modal):
    wizard = open_data_page(main_window, "4.2.1")
    page = wizard.data_page
    line = page.kpi_line
    assert "штатную численность" in line.label.text() and ".." not in line.label.text()
    editor = page.editors[0]
    for i in range(3):
        editor.add_button.click()
        fill(editor.model, i, full_name=f"Служащий {i}", position="Главный специалист",
             training_organisation="Академия госуправления", programme="Антикоррупционная культура",
             end_date=QDate(2025, 5, 20))
    line.headcount.setValue(50)
    assert line.result.value == Decimal("6.0") and line.result.met
    assert "Обучено 3 из 50 служащих (6\u00a0%)" in line.label.text()
    line.headcount.setValue(80)
    assert line.result.met is False and "(3,8\u00a0%)" in line.label.text()
    assert page.validatePage()
    execution = wizard.state.execution_id
    with main_window.ctx.store.session() as session:
        assert get_headcount(session, execution) == 80
    wizard.reject()


def test_min_events_counts_the_other_months(qtbot, main_window, catalog):
    executions = main_window.tree.tree_model.executions_of("4.2.2")
    assert len(executions) == 12
    register = catalog.subtask("4.2.2").register
    year = main_window.year
    with main_window.ctx.store.session() as session:
        for month, execution in enumerate(executions[1:], start=2):
            save_rows(session, execution.id, register, [
                {"event_date": date(year, month, 15), "format": "Офлайн", "topic": "Антикоррупционные ограничения"}])
    main_window.open_wizard(executions[0].id)
    wizard = main_window.wizard
    if wizard.currentId() != PageId.DATA:
        wizard.next()
    line = wizard.data_page.kpi_line
    assert line.result.part == 11 and line.result.met is False
    editor = wizard.data_page.editors[0]
    editor.add_button.click()
    fill(editor.model, 0, event_date=QDate(year, 1, 20), format="Онлайн", topic="Новеллы законодательства")
    assert line.result.part == 12 and line.result.met is True
    assert "За год проведено 12 мероприятий" in line.label.text()
    wizard.reject()


def test_matrix_saves_all_seven_registers(qtbot, main_window, catalog):
    ids = {code: main_window.tree.tree_model.executions_of(code)[0].id for code in QUASI_CODES}
    # 3.2.2 already has a list with a date the matrix does not show: it must survive.
    with main_window.ctx.store.session() as session:
        save_rows(session, ids["3.2.2"], catalog.subtask("3.2.2").register, [
            {"company_name": name, "has_document": False, "document_date": date(2025, 2, 3)}
            for name, _ in COMPANIES])
    dialog = main_window.open_quasi_matrix()
    model = dialog.model
    assert model.rowCount() == 5 and model.columnCount() == FIXED + 7
    assert dialog.import_from("3.2.2") == 0
    model.add_company("ТОО «Новая компания»")
    assert dialog.import_from("3.2.2") == 0
    model.remove_company(5)
    for row, (_, has) in enumerate(COMPANIES):
        for column in range(FIXED, FIXED + 7):
            # Every document for the first four, none for the fifth; 3.2.6 for the first two only.
            checked = has and not (column == FIXED + 6 and row >= 2)
            model.setData(model.index(row, column), (Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked).value,
                          Qt.ItemDataRole.CheckStateRole)
    summary = dialog.summary_model
    assert summary.item(0, FIXED).text() == "80\u00a0%" and summary.item(1, FIXED).text() == "1,6"
    assert summary.item(0, FIXED + 6).text() == "40\u00a0%" and summary.item(1, FIXED + 6).text() == "0,8"
    assert summary.item(0, 1).text() == "всего: 5"

    dialog.resize(1240, 420)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.grab().isNull()
    if os.environ.get("TBN4_SCREENSHOTS"):  # refresh docs/screenshots on demand only
        dialog.grab().save(str(SCREENSHOT))

    assert dialog.save()
    with main_window.ctx.store.session() as session:
        for code in QUASI_CODES:
            rows = [r.values for r in list_rows(session, ids[code], catalog.subtask(code).register)]
            assert [r["company_name"] for r in rows] == [name for name, _ in COMPANIES]
        rows = list_rows(session, ids["3.2.2"], catalog.subtask("3.2.2").register)
        assert rows[0].values["document_date"] == date(2025, 2, 3) and rows[0].values["has_document"] is True
        kpis = plan_kpis(session, catalog, main_window.plan_id)
    assert kpis["3.1.2"].score == Decimal("1.6") and kpis["3.2.6"].score == Decimal("0.8")
    dialog.reject()


def test_matrix_refuses_a_bad_bin_and_writes_nothing(qtbot, main_window, catalog):
    dialog = main_window.open_quasi_matrix()
    row = dialog.model.add_company("АО «Каратал Су»")
    dialog.model.setData(dialog.model.index(row, 1), "123456789012")
    assert not dialog.save()
    assert "БИН" in dialog.message.text() and dialog.message.isVisible()
    execution = main_window.tree.tree_model.executions_of("3.1.2")[0].id
    with main_window.ctx.store.session() as session:
        assert list_rows(session, execution, catalog.subtask("3.1.2").register) == []
    dialog.reject()
