"""End to end through the UI: Project 2 Task 5 (2.5.1–2.5.6) completed in the
wizard — a signed PDF made with Pillow, a signatory allowed at district
level, a row of the register, finish — then the Project 3 matrix, and the
KPIs and tree statuses that follow."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog, QWizard

from tbn4_desktop.core.kpi import NO_SUPERVISED_TEXT
from tbn4_desktop.core.vocabulary import ExecutionStatus, SignerRole
from tbn4_desktop.services.checklist import list_supervised
from tbn4_desktop.services.executions import get_execution
from tbn4_desktop.services.kpis import plan_kpis
from tbn4_desktop.services.registers import list_rows
from tbn4_desktop.ui.catalog_tree import COL_FILES, COL_SIGNER, COL_STATUS
from tbn4_desktop.ui.quasi_matrix import FIXED, QUASI_CODES
from tbn4_desktop.ui.subtask_wizard import PageId
from tests.ui.test_wizard import choose_signer

TASK5 = ("2.5.1", "2.5.2", "2.5.3", "2.5.4", "2.5.5", "2.5.6")
SAMPLE = {"text": "Главный специалист отдела", "url": "https://www.gov.kz/", "int": 1, "money": 1000.0}


def fill_required(model, row: int) -> None:
    for i, column in enumerate(model.columns):
        if not column.required:
            continue
        index = model.index(row, i)
        if column.type == "bool":
            assert model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
        elif column.type == "date":
            assert model.setData(index, QDate(2025, 3, 10))
        elif column.type == "choice":
            assert model.setData(index, column.choices[0])
        else:
            assert model.setData(index, SAMPLE[column.type])


def tree_cells(window, code: str):
    model = window.tree.tree_model
    item = model.itemFromIndex(model.index_of_subtask(code))
    parent = item.parent()
    return [parent.child(item.row(), c).text() for c in (COL_STATUS, COL_SIGNER, COL_FILES)]


def complete_in_wizard(qtbot, monkeypatch, window, code: str, pdf) -> None:
    from tests.ui.test_e2e_task5_matrix import fill_required

    window.tree.select_subtask(code)
    window.execute_current()
    wizard = window.wizard
    assert wizard is not None
    for _ in range(8):
        page = wizard.currentId()
        if page == PageId.DATA:
            editor = wizard.data_page.editors[0]
            editor.add_button.click()
            fill_required(editor.model, 0)
            assert editor.check(), editor.error_label.text()
        elif page == PageId.DOCUMENTS:
            card = wizard.documents_page.card("app1")
            monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(pdf)], "")))
            card.add_button.click()
            assert wizard.documents_page.wait_idle()
            assert card.file_list.topLevelItemCount() == 1
            assert card.slot.signers_for(wizard.state.level) == (SignerRole.CHIEF_OF_STAFF,)  # Appendix 1
            choose_signer(card, "Иванова Анна Петровна")
        elif page == PageId.REVIEW:
            with qtbot.waitSignal(wizard.completed, timeout=5000):
                wizard.button(QWizard.WizardButton.FinishButton).click()
            return
        before = wizard.currentId()
        wizard.next()
        assert wizard.currentId() != before, f"{code}: stuck on page {PageId(before).name}"
    raise AssertionError(f"{code}: the wizard never reached «Проверка»")


def test_task5_and_the_project3_matrix(qtbot, monkeypatch, main_window, pdf_file, catalog, modal):
    for code in TASK5:
        complete_in_wizard(qtbot, monkeypatch, main_window, code, pdf_file)
        status, signer, files = tree_cells(main_window, code)
        assert status == "Готово к загрузке", code
        assert signer == "Иванова А. П." and files.startswith("1 файл"), code
    assert modal.boxes == []
    with main_window.ctx.store.session() as session:
        for code in TASK5:
            execution = main_window.tree.tree_model.executions_of(code)[0].id
            detail = get_execution(session, execution)
            assert detail.info.status is ExecutionStatus.READY_FOR_UPLOAD
            assert len(list_rows(session, execution, catalog.subtask(code).register)) == 1

    # The organisation has no list of supervised companies yet: the shares cannot be computed.
    with main_window.ctx.store.session() as session:
        kpis = plan_kpis(session, catalog, main_window.plan_id)
    assert all(kpis[code].value is None and kpis[code].text == NO_SUPERVISED_TEXT for code in QUASI_CODES)

    dialog = main_window.open_quasi_matrix()
    assert dialog.model.rowCount() == 0 and dialog.message.text().startswith(
        "Список курируемых организаций не заполнен"
    )
    companies = [
        "АО «Каратал Су»",
        "ТОО «Уштобе Жылу»",
        "ГКП «Каратал Тазалык»",
        "ТОО «Каратал Агро»",
        "АО «Жетысу Энерго»",
        "ТОО «Алаколь Транс»",
        "АО «Талдыкорган Жарык»",
        "ТОО «Текели Сервис»",
        "ГКП «Уштобе Су»",
        "АО «Каратал Медиа»",
    ]
    for name in companies:
        dialog.model.add_company(name)
    # Companies added in the matrix are not on the list until it is saved, and say so.
    assert dialog.model.index(0, 0).data() == "АО «Каратал Су» (нет в списке)"
    assert len(dialog.model.unlisted()) == 10
    # Documents held by 10, 9, 8, 7, 6, 5 and 4 of the 10 companies.
    for column in range(7):
        for row in range(10 - column):
            dialog.model.setData(
                dialog.model.index(row, FIXED + column), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole
            )
    dialog.box.button(dialog.box.StandardButton.Save).click()
    assert dialog.result() == dialog.DialogCode.Accepted

    with main_window.ctx.store.session() as session:
        # Saving the matrix made its rows the organisation's list of supervised companies.
        assert sorted(e.name for e in list_supervised(session, main_window.organization.id)) == sorted(companies)
        kpis = plan_kpis(session, catalog, main_window.plan_id)
    # 3.1.2 is a share without points; 3.2.1–3.2.6 score 0,2 per 10 %.
    assert kpis["3.1.2"].value == Decimal("100.0") and kpis["3.1.2"].score is None
    assert kpis["3.1.2"].text == "10 из 10 организаций (100\u00a0%)"
    scores = [kpis[code].score for code in QUASI_CODES[1:]]
    assert scores == [Decimal(s) for s in ("1.8", "1.6", "1.4", "1.2", "1", "0.8")]
    assert kpis["3.1.2"].met is True and kpis["3.2.6"].met is False
    assert kpis["3.2.6"].text == "4 из 10 организаций (40\u00a0%) — 0,8 балла из 2"
    # The matrix records facts; it does not complete the subtasks.
    for code in QUASI_CODES:
        assert tree_cells(main_window, code)[0] != "Готово к загрузке"
    for code in TASK5:
        assert tree_cells(main_window, code)[0] == "Готово к загрузке"
