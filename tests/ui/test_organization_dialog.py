"""«Организация и подписанты»: the dialog from the menu and from the
wizard's signatory page, on the real database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QRadioButton, QWidget

from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
from tbn4_desktop.services.organizations import get_organization, list_signatories
from tests.ui.conftest import type_text

ETHICS_NAME = "Сейтказиев Нурлан Маратович"
ETHICS_CODE = "4.2.3"  # Appendix 5, signed by the ethics commissioner


def open_dialog(main_window):
    from tbn4_desktop.ui.organization_dialog import OrganizationDialog

    main_window.organization_action.trigger()

    dialog = main_window.findChild(OrganizationDialog, "organizationDialog")
    assert dialog is not None and dialog.isVisible()
    return dialog


def row_texts(dialog):
    table = dialog.table
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def add_ethics(qtbot, dialog):
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert form.isVisible() and form.windowTitle() == "Новый подписант"
    type_text(form.full_name, ETHICS_NAME)
    type_text(form.position, "Уполномоченный по этике аппарата акима района")
    form.role.setCurrentIndex(form.role.findData(SignerRole.ETHICS_COMMISSIONER.value))
    qtbot.keyClick(form.position, Qt.Key.Key_Return)  # Enter = «Сохранить»
    assert not form.isVisible()


def test_the_menu_dialog_shows_the_organisation_and_who_signs_what(main_window):
    dialog = open_dialog(main_window)
    assert dialog.name_edit.text() == "ГУ «Аппарат акима Каратальского района»"
    assert dialog.level_combo.currentData() == OrgLevel.DISTRICT.value
    assert [r[0] for r in row_texts(dialog)] == [
        "Ахметов Серик Болатович",
        "Иванова Анна Петровна",
        "Жумабаев Ерлан Маратович",
    ]
    hint = dialog.hint.text()
    assert "Аким района (города), руководитель аппарата — подтверждающие документы" in hint
    assert "руководитель аппарата — Приложения №1–2" in hint
    assert "уполномоченный по этике — Приложение №5" in hint
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(OrgLevel.QUASI.value))
    assert "уполномоченный по этике" not in dialog.hint.text()
    dialog.reject()


def test_adding_the_ethics_commissioner_offers_them_in_the_wizard(qtbot, main_window):
    """Appendix 5 of 4.2.3 is signed by the ethics commissioner: its card on
    the documents page says nobody may sign it yet and opens this dialog."""
    from tbn4_desktop.ui.organization_dialog import OrganizationDialog
    from tbn4_desktop.ui.subtask_wizard import PageId

    main_window.tree.select_subtask(ETHICS_CODE)
    main_window.execute_current()
    wizard = main_window.wizard
    for _ in range(3):  # intro → «Данные» → documents
        if wizard.currentId() != PageId.DOCUMENTS:
            wizard.next()
    page = wizard.documents_page
    assert wizard.currentId() == PageId.DOCUMENTS
    card = page.cards["app5"]
    assert not card.no_signer.isHidden()
    assert "Уполномоченный по этике" in card.no_signer.text()
    assert card.signer_combo.count() == 1  # «— не указан —» only

    qtbot.mouseClick(card.signers_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(OrganizationDialog, "organizationDialog")
    assert not dialog.level_combo.isEnabled()  # the level is not changed from inside a subtask
    add_ethics(qtbot, dialog)
    assert row_texts(dialog)[-1][:3] == [
        ETHICS_NAME,
        "Уполномоченный по этике аппарата акима района",
        "Уполномоченный по этике",
    ]
    dialog.reject()  # «Закрыть»: the signatory is already saved

    card = page.cards["app5"]
    with main_window.ctx.store.session() as s:
        ethics = next(x for x in list_signatories(s, main_window.organization.id) if x.full_name == ETHICS_NAME)
    assert card.signer_combo.findData(ethics.id) > 0
    assert card.no_signer.isHidden()
    wizard.reject()


def test_errors_are_shown_at_their_fields(qtbot, main_window):
    dialog = open_dialog(main_window)
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    qtbot.mouseClick(form.ok_button, Qt.MouseButton.LeftButton)
    assert form.isVisible()
    assert form.field_errors["full_name"].message() == "Укажите фамилию, имя и отчество подписанта."
    assert form.field_errors["position"].message() == "Укажите должность подписанта полностью."
    assert form.focusWidget() is form.full_name
    form.reject()
    assert len(row_texts(dialog)) == 3

    dialog.name_edit.clear()
    dialog.bin_edit.setText("050340001236")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.field_errors["name"].message() == "Заполните поле «Наименование организации»."
    assert "контрольная цифра" in dialog.field_errors["bin"].message()
    with main_window.ctx.store.session() as s:
        assert get_organization(s, main_window.organization.id).bin == "050340001235"
    dialog.reject()


def test_no_longer_signs_and_back_and_the_last_one_stays(qtbot, main_window):
    dialog = open_dialog(main_window)
    dialog.select_signatory(dialog.signatories[2].id)  # the deputy
    assert dialog.toggle_button.text().replace("&", "") == "Не подписывает больше"
    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert row_texts(dialog)[2][3] == "не подписывает больше"
    assert dialog.toggle_button.text().replace("&", "") == "Вернуть"
    with main_window.ctx.store.session() as s:
        assert len(list_signatories(s, main_window.organization.id)) == 2
        assert len(list_signatories(s, main_window.organization.id, active_only=False)) == 3
    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert row_texts(dialog)[2][3] == "ничего на этом уровне"  # a deputy signs nothing in a district

    for i in (0, 2):
        dialog.select_signatory(dialog.signatories[i].id)
        qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    dialog.select_signatory(dialog.signatories[1].id)
    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert "последний подписант" in dialog.signatory_error.message()
    assert row_texts(dialog)[1][3] == "да"
    dialog.reject()


def test_saving_a_new_name_refreshes_the_window_title(qtbot, main_window):
    dialog = open_dialog(main_window)
    dialog.name_edit.setText("ГУ «Аппарат акима Каратальского района Жетісу»")
    with qtbot.waitSignal(main_window.treeFilled, timeout=5000):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert "Каратальского района Жетісу" in main_window.windowTitle()
    assert main_window.organization.name == "ГУ «Аппарат акима Каратальского района Жетісу»"


def test_applicability_questions_are_answered_for_the_year_shown(qtbot, main_window):
    from tbn4_desktop.services.checklist import get_answers
    from tbn4_desktop.services.executions import find_year_plan
    from tbn4_desktop.ui.catalog_tree import COL_STATUS
    from tbn4_desktop.ui.organization_dialog import TAB_APPLICABILITY

    catalog = main_window.catalog
    dialog = open_dialog(main_window)
    dialog.tabs.setCurrentIndex(TAB_APPLICABILITY)
    assert set(dialog.answer_groups) == {q.key for q in catalog.questions if OrgLevel.DISTRICT in q.levels}
    question = catalog.question("supervises_quasi")
    assert dialog.answer(question.key) is None  # «Не указано» until answered
    box = dialog.findChild(QWidget, f"question_{question.key}")
    assert box.findChild(QRadioButton, f"answer_{question.key}_yes").toolTip() == f"Инструкция: «{question.source}»"
    assert "3.1.1" in " ".join(label.text() for label in box.findChildren(QLabel))

    with qtbot.waitSignal(main_window.treeFilled, timeout=5000):
        assert dialog.set_answer(question.key, False)
    with main_window.ctx.store.session() as s:
        plan = find_year_plan(s, main_window.organization.id, main_window.year)
        assert get_answers(s, plan.id) == {question.key: False}
    index = main_window.tree.tree_model.index_of_subtask("3.1.1")
    assert index.siblingAtColumn(COL_STATUS).data() == "Не применяется"

    with qtbot.waitSignal(main_window.treeFilled, timeout=5000):
        assert dialog.set_answer(question.key, None)  # back to «Не указано»
    with main_window.ctx.store.session() as s:
        assert get_answers(s, plan.id) == {}
    assert main_window.tree.tree_model.executions_of("3.1.1")
    dialog.reject()


def test_supervised_companies_are_added_and_removed(qtbot, main_window, modal):
    from tbn4_desktop.services.checklist import list_supervised
    from tbn4_desktop.ui.organization_dialog import TAB_SUPERVISED

    dialog = open_dialog(main_window)
    dialog.tabs.setCurrentIndex(TAB_SUPERVISED)
    assert "знаменатель долей Проекта 3" in " ".join(
        label.text() for label in dialog.tabs.widget(TAB_SUPERVISED).findChildren(QLabel)
    )
    assert dialog.supervised_count.text().startswith("Список пуст")
    type_text(dialog.supervised_name, "КГП «Каратал су»")
    dialog.supervised_bin.setText("050340001236")  # a wrong check digit
    assert not dialog.add_supervised()
    assert "контрольная цифра" in dialog.supervised_errors["bin"].message()
    dialog.supervised_bin.setText("050340001235")
    with qtbot.waitSignal(dialog.changed):
        assert dialog.add_supervised()
    type_text(dialog.supervised_name, "ТОО «Каратал жылу»")
    qtbot.keyClick(dialog.supervised_name, Qt.Key.Key_Return)  # Enter adds, never closes
    assert dialog.isVisible()
    assert dialog.supervised_names() == ["КГП «Каратал су»", "ТОО «Каратал жылу»"]
    assert dialog.supervised_table.item(0, 1).text() == "050340001235"
    assert dialog.supervised_table.item(1, 1).text() == "—"
    assert dialog.supervised_count.text() == "В списке: 2."
    type_text(dialog.supervised_name, "кгп «каратал су»")
    assert not dialog.add_supervised()
    assert "уже есть" in dialog.supervised_errors["name"].message()

    dialog.supervised_table.selectRow(0)
    assert dialog.remove_supervised()
    assert "Убрать «КГП «Каратал су»»" in modal.texts[-1]
    assert dialog.supervised_names() == ["ТОО «Каратал жылу»"]
    with main_window.ctx.store.session() as s:
        assert [e.name for e in list_supervised(s, main_window.organization.id)] == ["ТОО «Каратал жылу»"]
    dialog.reject()


def test_the_dialog_fits_a_1366_by_768_screen(main_window):
    dialog = open_dialog(main_window)
    for tab in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(tab)
        hint = dialog.minimumSizeHint()
        assert hint.width() <= 1366 and hint.height() <= 700, (tab, hint)
    assert dialog.width() <= 1366 and dialog.height() <= 700
    dialog.reject()


def test_a_signatory_who_signs_nothing_at_the_level_is_warned_about(qtbot, main_window):
    """The fixture's deputy akim has the role «Заместитель первого руководителя»,
    which signs nothing in a district: the table and the warning say so, the
    form offers only the district's roles, and the warning follows the level."""
    dialog = open_dialog(main_window)
    assert row_texts(dialog)[2][2:] == ["Заместитель первого руководителя", "ничего на этом уровне"]
    warning = dialog.signing_warning
    assert warning.isVisible()
    assert (
        "Жумабаев Ерлан Маратович — роль «Заместитель первого руководителя» на уровне "
        "«Акимат района (города)» ничего не подписывает."
    ) in warning.text()
    assert "Некому подписать Приложение №5" in warning.text()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    roles = [dialog.form.role.itemText(i) for i in range(dialog.form.role.count())]
    assert roles == ["Аким района (города)", "Руководитель аппарата", "Уполномоченный по этике"]
    dialog.form.reject()
    dialog.select_signatory(dialog.signatories[2].id)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    assert dialog.form.role.currentText() == "Заместитель первого руководителя"  # kept, not silently changed
    assert dialog.form.role_warning.isVisible()
    dialog.form.role.setCurrentIndex(dialog.form.role.findData(SignerRole.CHIEF_OF_STAFF.value))
    assert not dialog.form.role_warning.isVisible()
    dialog.form.reject()
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(OrgLevel.OBLAST.value))
    assert "Жумабаев" not in warning.text()
    assert "Ахметов Серик Болатович — роль «Аким района (города)»" in warning.text()
    dialog.reject()


def test_a_signatorys_iin_is_optional_and_checked(qtbot, main_window):
    """The IIN ties a signatory to the certificate of an electronic
    signature: optional, refused with its reason when mistyped, kept."""
    dialog = open_dialog(main_window)
    dialog.select_signatory(dialog.signatories[0].id)
    qtbot.mouseClick(dialog.edit_button, Qt.MouseButton.LeftButton)
    form = dialog.form
    assert form.iin.text() == "" and form.iin.placeholderText() == "12 цифр, необязательно"
    form.iin.setText("900101300127")
    form.submit()
    assert form.isVisible() and "контрольная цифра" in form.field_errors["iin"].message()
    form.iin.setText("900101300126")
    form.submit()
    assert not form.isVisible()
    with main_window.ctx.store.session() as s:
        people = {p.id: p for p in list_signatories(s, main_window.organization.id)}
    assert people[dialog.signatories[0].id].iin == "900101300126"
    dialog.reject()
