"""«Организация и подписанты»: the dialog from the menu and from the
wizard's signatory page, on the real database."""

from __future__ import annotations

from PySide6.QtCore import Qt

from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
from tbn4_desktop.services.organizations import get_organization, list_signatories
from tests.ui.conftest import type_text

ETHICS_NAME = "Сейтказиев Нурлан Маратович"
ETHICS_CODE = "4.2.3"   # Appendix 5, signed by the ethics commissioner


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
    qtbot.keyClick(form.position, Qt.Key.Key_Return)   # Enter = «Сохранить»
    assert not form.isVisible()


def test_the_menu_dialog_shows_the_organisation_and_who_signs_what(main_window):
    dialog = open_dialog(main_window)
    assert dialog.name_edit.text() == "ГУ «Аппарат акима Каратальского района»"
    assert dialog.level_combo.currentData() == OrgLevel.DISTRICT.value
    assert [r[0] for r in row_texts(dialog)] == [
        "Ахметов Серик Болатович", "Иванова Анна Петровна", "Жумабаев Ерлан Маратович"]
    hint = dialog.hint.text()
    assert "Аким района (города), руководитель аппарата — подтверждающие документы" in hint
    assert "руководитель аппарата — Приложения №1–2" in hint
    assert "уполномоченный по этике — Приложение №5" in hint
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(OrgLevel.QUASI.value))
    assert "уполномоченный по этике" not in dialog.hint.text()
    dialog.reject()


def test_adding_the_ethics_commissioner_offers_them_in_the_wizard(qtbot, main_window):
    from tbn4_desktop.ui.subtask_wizard import PageId

    main_window.tree.select_subtask(ETHICS_CODE)
    main_window.execute_current()
    wizard = main_window.wizard
    for _ in range(3):                              # intro → «Данные» → documents → signatory
        if wizard.currentId() != PageId.SIGNATORY:
            wizard.next()
    page = wizard.signatory_page
    assert wizard.currentId() == PageId.SIGNATORY
    assert page.missing.isVisible()
    assert "нет того, кто может подписать" in page.missing.text()
    assert "Уполномоченный по этике" in page.missing.text()
    assert page.selected_id() is None

    qtbot.mouseClick(page.edit_list_button, Qt.MouseButton.LeftButton)
    from tbn4_desktop.ui.organization_dialog import OrganizationDialog

    dialog = page.findChild(OrganizationDialog, "organizationDialog")
    assert not dialog.level_combo.isEnabled()      # the level is not changed from inside a subtask
    add_ethics(qtbot, dialog)
    assert row_texts(dialog)[-1][:3] == [ETHICS_NAME, "Уполномоченный по этике аппарата акима района",
                                         "Уполномоченный по этике"]
    dialog.reject()                                 # «Закрыть»: the signatory is already saved

    chosen = wizard.state.signatory(page.selected_id())
    assert chosen is not None and chosen.full_name == ETHICS_NAME
    assert page.combo.currentData(Qt.ItemDataRole.UserRole + 1) is None   # no refusal
    assert not page.missing.isVisible()
    with main_window.ctx.store.session() as s:
        assert ETHICS_NAME in [x.full_name for x in list_signatories(s, main_window.organization.id)]
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
    dialog.select_signatory(dialog.signatories[2].id)                      # the deputy
    assert dialog.toggle_button.text().replace("&", "") == "Не подписывает больше"
    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert row_texts(dialog)[2][3] == "не подписывает больше"
    assert dialog.toggle_button.text().replace("&", "") == "Вернуть"
    with main_window.ctx.store.session() as s:
        assert len(list_signatories(s, main_window.organization.id)) == 2
        assert len(list_signatories(s, main_window.organization.id, active_only=False)) == 3
    qtbot.mouseClick(dialog.toggle_button, Qt.MouseButton.LeftButton)
    assert row_texts(dialog)[2][3] == "да"

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
