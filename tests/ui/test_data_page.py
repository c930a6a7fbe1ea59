"""The «Данные» page beyond the table: «Фактов не выявлено» on a Project 2
Appendix 1 table, and on Project 3 pages the list of supervised companies
offered in the organisation column, growing from it, and the buttons to the
list and the documents matrix."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tbn4_desktop.services.checklist import add_supervised, list_supervised
from tbn4_desktop.services.registers import declared_no_facts, list_rows
from tbn4_desktop.ui.subtask_wizard import PageId


def open_data_page(main_window, code: str):
    main_window.tree.select_subtask(code)
    main_window.execute_current()
    wizard = main_window.wizard
    wizard.resize(1000, 640)
    wizard.show()
    # A fresh subtask opens at the guidance; an answered one resumes past «Данные».
    step = wizard.back if PageId.DATA in wizard.visitedIds()[:-1] else wizard.next
    for _ in range(5):
        if wizard.currentId() == PageId.DATA:
            break
        step()
    assert wizard.currentId() == PageId.DATA
    return wizard, wizard.data_page


def test_an_empty_project_2_table_may_say_no_facts_and_it_survives_reopening(qtbot, main_window, ctx, modal):
    wizard, page = open_data_page(main_window, "2.5.1")
    execution_id = wizard.state.execution_id
    editor = page.editors[0]
    box, note = page.no_facts_box, page.no_facts_note
    assert box is not None and not box.isChecked()
    # The instruction is silent on a year without facts: the page says so, and what the form prints.
    assert note.isVisible() and "Инструкция не говорит" in note.text() and "«Факты не выявлены.»" in note.text()
    wizard.review_page.render()
    assert "строк нет, «Фактов не выявлено» не отмечено" in wizard.review_page.summary.toPlainText()
    box.setChecked(True)
    assert not editor.isEnabled()  # nothing to enter while «фактов не выявлено» holds
    assert "Чтобы внести строки, снимите отметку" in note.text() and "«Документы»" not in note.text()
    wizard.next()
    assert wizard.currentId() != PageId.DATA
    with ctx.store.session() as s:
        assert declared_no_facts(s, execution_id) == {editor.register.key}
    wizard.review_page.render()
    assert "фактов не выявлено (отмечено)" in wizard.review_page.summary.toPlainText()
    wizard.reject()

    wizard, page = open_data_page(main_window, "2.5.1")
    assert page.no_facts_box.isChecked() and not page.editors[0].isEnabled()
    # Withdrawn, rows entered, then declared again: the rows go only after the user agrees.
    page.no_facts_box.setChecked(False)
    editor = page.editors[0]
    editor.model.add_row()
    keys = [c.key for c in editor.model.columns]
    for key, value in (
        ("person_position", "Специалист"),
        ("person_name", "Касымов Арман"),
        ("activity", "Предпринимательская деятельность"),
        ("measures_taken", "Уволен"),
    ):
        editor.model.setData(editor.model.index(0, keys.index(key)), value)
    assert not page.no_facts_note.isVisible()
    modal.answer = modal.answer.No
    page.no_facts_box.setChecked(True)
    assert "Удалить строки таблицы (1)" in modal.texts[-1]
    assert not page.no_facts_box.isChecked() and editor.model.rowCount() == 1
    wizard.next()
    with ctx.store.session() as s:
        assert declared_no_facts(s, wizard.state.execution_id) == set()
        assert len(list_rows(s, wizard.state.execution_id, editor.register)) == 1
    wizard.reject()


def test_no_facts_only_on_project_2_appendix_1_tables(main_window):
    wizard, page = open_data_page(main_window, "3.2.1")
    assert page.no_facts_box is None
    wizard.reject()


def test_project_3_offers_the_supervised_list_and_adds_a_new_name_to_it(qtbot, main_window, ctx, modal):
    org_id = main_window.organization.id
    with ctx.store.session() as s:
        add_supervised(s, org_id, "ГКП «Байзак су»")
        add_supervised(s, org_id, "ТОО «Жамбыл Энерго»")
    wizard, page = open_data_page(main_window, "3.2.1")
    editor = page.editors[0]
    assert editor.suggestions["company_name"] == ["ГКП «Байзак су»", "ТОО «Жамбыл Энерго»"]
    keys = [c.key for c in editor.model.columns]
    editor.model.add_row()
    cell = editor.model.index(0, keys.index("company_name"))
    combo = editor.delegate.createEditor(editor.view.viewport(), None, cell)
    assert combo.isEditable() and [combo.itemText(i) for i in range(combo.count())][1:] == [
        "ГКП «Байзак су»",
        "ТОО «Жамбыл Энерго»",
    ]
    combo.deleteLater()

    # A listed name (any case and spacing) asks nothing; a new one offers to join the list.
    editor.model.setData(cell, "гкп  «байзак су»")
    qtbot.wait(20)
    assert modal.texts == []
    editor.model.setData(cell, "ГККП «Ясли-сад «Балапан»")
    qtbot.waitUntil(lambda: bool(modal.texts))
    assert modal.texts == ["Добавить «ГККП «Ясли-сад «Балапан»» в список курируемых организаций?"]
    with ctx.store.session() as s:
        assert "ГККП «Ясли-сад «Балапан»" in [e.name for e in list_supervised(s, org_id)]
    assert "ГККП «Ясли-сад «Балапан»" in editor.suggestions["company_name"]
    # A name the user chose to keep off the list is not asked about again.
    modal.answer = modal.answer.No
    editor.model.setData(cell, "ИП «Разовый»")
    qtbot.waitUntil(lambda: len(modal.texts) == 2)
    editor.model.setData(cell, "ТОО «Жамбыл Энерго»")
    editor.model.setData(cell, "ИП «Разовый»")
    qtbot.wait(20)
    assert len(modal.texts) == 2
    with ctx.store.session() as s:
        assert "ИП «Разовый»" not in [e.name for e in list_supervised(s, org_id)]
    wizard.reject()


def test_project_3_pages_lead_to_the_list_and_the_matrix(qtbot, main_window, ctx, modal):
    from tbn4_desktop.ui.organization_dialog import TAB_SUPERVISED
    from tbn4_desktop.ui.quasi_matrix import QUASI_CODES

    wizard, page = open_data_page(main_window, "3.2.1")
    assert page.supervised_button.text() == "Курируемые &организации…"
    dialog = page.open_supervised()
    assert dialog.tabs.currentIndex() == TAB_SUPERVISED
    dialog.reject()
    matrix = page.open_matrix()
    assert sorted(matrix.executions) == sorted(QUASI_CODES)
    assert matrix.executions["3.2.1"] == wizard.state.execution_id
    assert matrix.windowModality() != Qt.WindowModality.NonModal
    matrix.reject()
    wizard.reject()


def test_no_facts_on_2_1_1_points_to_the_letter_and_reply_waiver(main_window):
    wizard, page = open_data_page(main_window, "2.1.1")
    page.no_facts_box.setChecked(True)
    text = page.no_facts_note.text()
    assert "«фактов не выявлено, сообщений не направлялось»" in text and "«Полученный ответ" in text
    wizard.reject()


def test_a_subtask_answered_with_no_facts_reopens_past_the_data_page(qtbot, main_window, modal):
    """«Фактов не выявлено» is an answer: reopened, the wizard goes on to what
    is still missing (the documents) instead of the empty table."""
    wizard, page = open_data_page(main_window, "2.5.1")
    page.no_facts_box.setChecked(True)
    wizard.next()
    wizard.reject()
    main_window.execute_current()
    again = main_window.wizard
    again.show()
    assert again.currentId() == PageId.DOCUMENTS
    again.reject()
