"""The KPI line of the «Данные» page and the Project 3 matrix dialog."""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QDate, Qt

from tbn4_desktop.services.checklist import add_supervised, list_supervised
from tbn4_desktop.services.kpis import get_headcount, plan_kpis
from tbn4_desktop.services.registers import list_rows, save_rows
from tbn4_desktop.ui.quasi_matrix import FIXED, QUASI_CODES
from tbn4_desktop.ui.subtask_wizard import PageId

SCREENSHOT = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "28_quasi_matrix.png"
COMPANIES = [
    ("АО «Каратал Су»", True),
    ("ТОО «Уштобе Жылу»", True),
    ("ГКП «Каратал Тазалык»", True),
    ("ТОО «Каратал Агро»", True),
    ("АО «Жетысу Энерго»", False),
]


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
            assert model.setData(
                model.index(row, keys.index(key)),
                (Qt.CheckState.Checked if value else Qt.CheckState.Unchecked).value,
                Qt.ItemDataRole.CheckStateRole,
            )
        else:
            assert model.setData(model.index(row, keys.index(key)), value)


def add_supervised_companies(main_window, names) -> None:
    """Fill the organisation's list of supervised companies: the Project 3 denominator."""
    with main_window.ctx.store.session() as session:
        for name in names:
            add_supervised(session, main_window.organization.id, name)


def test_kpi_line_follows_the_quasi_rows(qtbot, main_window):
    # With no list of supervised companies there is nothing to divide by: the
    # companies a register names are not the denominator.
    wizard = open_data_page(main_window, "3.2.1")
    page = wizard.data_page
    line = page.kpi_line
    assert line is not None and line.isVisible()
    assert "нет данных" in line.label.text() and "Список курируемых организаций не заполнен" in line.label.text()
    editor = page.editors[0]
    editor.add_button.click()
    fill(editor.model, 0, company_name=COMPANIES[0][0], has_document=True)
    assert line.result.value is None and line.result.whole == 0 and line.result.unlisted == 1
    assert line.result.score is None and "нет данных" in line.label.text()
    editor.model.remove_row(0)
    assert line.result.unlisted == 0
    wizard.reject()

    add_supervised_companies(main_window, [name for name, _ in COMPANIES])
    wizard = open_data_page(main_window, "3.2.1")
    page = wizard.data_page
    line = page.kpi_line
    assert line.result.whole == 5 and line.result.part == 0
    assert "0 из 5 организаций (0\u00a0%) — 0 баллов из 2" in line.label.text()
    assert "✖ не выполнено" in line.label.text()
    editor = page.editors[0]
    having = 0
    for i, (name, has) in enumerate(COMPANIES):
        editor.add_button.click()
        assert (line.result.part, line.result.whole) == (having, 5)  # a blank row is no company yet
        fill(editor.model, i, company_name=name, has_document=has)
        having += has
        assert (line.result.part, line.result.whole) == (having, 5)  # matched to the list by name
    assert "4 из 5 организаций (80\u00a0%) — 1,6 балла из 2" in line.label.text()
    assert "не выполнено" in line.label.text() and not line.icon.pixmap().isNull()
    # A company that is not on the list does not change the share; the line says it was left out.
    editor.add_button.click()
    fill(editor.model, 5, company_name="ТОО «Не из списка»", has_document=True)
    assert (line.result.part, line.result.whole, line.result.unlisted) == (4, 5, 1)
    assert "не учтено 1 организация из таблицы, которых нет в списке курируемых" in line.label.text()
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
        fill(
            editor.model,
            i,
            full_name=f"Служащий {i}",
            position="Главный специалист",
            training_organisation="Академия госуправления",
            programme="Антикоррупционная культура",
            end_date=QDate(2025, 5, 20),
        )
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
            save_rows(
                session,
                execution.id,
                register,
                [{"event_date": date(year, month, 15), "format": "Офлайн", "topic": "Антикоррупционные ограничения"}],
            )
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
    add_supervised_companies(main_window, [name for name, _ in COMPANIES])
    has_document = dict(COMPANIES)
    # 3.2.2 already has a list with a date the matrix does not show: it must survive.
    with main_window.ctx.store.session() as session:
        save_rows(
            session,
            ids["3.2.2"],
            catalog.subtask("3.2.2").register,
            [{"company_name": name, "has_document": False, "document_date": date(2025, 2, 3)} for name, _ in COMPANIES],
        )
        listed = [e.name for e in list_supervised(session, main_window.organization.id)]
    dialog = main_window.open_quasi_matrix()
    model = dialog.model
    assert model.rowCount() == 5 and model.columnCount() == FIXED + 7
    # The rows are the list of supervised companies, in its order; every company of 3.2.2 is on it.
    assert [model.index(r, 0).data() for r in range(5)] == listed and model.unlisted() == []
    assert dialog.import_from("3.2.2") == 0
    model.add_company("ТОО «Новая компания»")
    assert dialog.import_from("3.2.2") == 0
    model.remove_company(5)
    for row, name in enumerate(listed):
        for column in range(FIXED, FIXED + 7):
            # Every document for four companies, none for АО «Жетысу Энерго»; 3.2.6 for two companies only.
            checked = has_document[name] and (column != FIXED + 6 or name in dict(COMPANIES[:2]))
            model.setData(
                model.index(row, column),
                (Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked).value,
                Qt.ItemDataRole.CheckStateRole,
            )
    summary = dialog.summary_model
    # 3.1.2 is a share without points; 3.2.1–3.2.6 score 0,2 per 10 %.
    assert summary.item(0, FIXED).text() == "80\u00a0%" and summary.item(1, FIXED).text() == "без баллов"
    assert summary.item(0, FIXED + 1).text() == "80\u00a0%" and summary.item(1, FIXED + 1).text() == "1,6"
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
        assert [e.name for e in list_supervised(session, main_window.organization.id)] == listed
        for code in QUASI_CODES:
            rows = [r.values for r in list_rows(session, ids[code], catalog.subtask(code).register)]
            assert [r["company_name"] for r in rows] == listed
        rows = {
            r.values["company_name"]: r.values
            for r in list_rows(session, ids["3.2.2"], catalog.subtask("3.2.2").register)
        }
        assert rows["АО «Каратал Су»"]["document_date"] == date(2025, 2, 3)
        assert rows["АО «Каратал Су»"]["has_document"] is True
        assert rows["АО «Жетысу Энерго»"]["has_document"] is False
        kpis = plan_kpis(session, catalog, main_window.plan_id)
    assert kpis["3.1.2"].value == Decimal("80.0") and kpis["3.1.2"].score is None
    assert kpis["3.1.2"].text == "4 из 5 организаций (80\u00a0%)"  # no points for 3.1.2
    assert kpis["3.2.1"].score == Decimal("1.6") and kpis["3.2.6"].score == Decimal("0.8")
    assert (kpis["3.2.6"].part, kpis["3.2.6"].whole) == (2, 5)
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
