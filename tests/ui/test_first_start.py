"""First start: the organisation dialog, its validation at the fields, the
demo button, and the way from an empty data folder to the main window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
from tbn4_desktop.services.organizations import get_current_organization
from tests.ui.conftest import VALID_BIN, type_text


@pytest.fixture
def dialog(qtbot, ctx):
    from tbn4_desktop.ui.first_start import FirstStartDialog

    dlg = FirstStartDialog(ctx)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def fill_valid(dlg) -> None:
    dlg.name_edit.setFocus()
    type_text(dlg.name_edit, "ГУ «Аппарат акима района»")
    dlg.bin_edit.setText(VALID_BIN)
    dlg.level_combo.setCurrentIndex(dlg.level_combo.findData(OrgLevel.DISTRICT.value))
    dlg.parent_edit.setText("ГУ «Аппарат акима области»")
    row = dlg.signatory_rows[0]
    row.full_name.setText("Ахметов Серик Болатович")
    row.position.setText("Аким района")
    row.role.setCurrentIndex(row.role.findData(SignerRole.DISTRICT_AKIM.value))


def test_typed_cyrillic_reaches_the_field(dialog):
    dialog.name_edit.setFocus()
    type_text(dialog.name_edit, "Акимат")
    assert dialog.name_edit.text() == "Акимат"


def test_invalid_bin_is_shown_at_the_field_and_nothing_is_saved(qtbot, dialog, ctx, modal):
    fill_valid(dialog)
    dialog.bin_edit.setText("050340001236")  # wrong check digit
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.bin_error.isVisible()
    assert "контрольная цифра" in dialog.bin_error.label.text()
    assert not dialog.name_error.isVisible()
    assert modal.boxes == []
    with ctx.store.session() as session:
        assert get_current_organization(session) is None


def test_every_refused_field_gets_its_own_message(dialog, ctx):
    dialog.bin_edit.setText("123")
    dialog.signatory_rows[0].full_name.setText("Ахметов С. Б.")  # no position
    dialog.save()
    assert dialog.name_error.label.text() == "Заполните поле «Наименование организации»."
    assert dialog.bin_error.label.text() == "БИН должен состоять из 12 цифр."
    assert "вышестоящий" in dialog.parent_error.label.text()
    assert "укажите Ф.И.О. и должность" in dialog.signatory_rows[0].error.label.text()
    assert all(w.isVisible() for w in (dialog.name_error, dialog.bin_error, dialog.parent_error))


def test_no_signatory_at_all_is_refused(dialog):
    fill_valid(dialog)
    dialog.signatory_rows[0].full_name.clear()
    dialog.signatory_rows[0].position.clear()
    dialog.save()
    assert dialog.signatories_error.label.text() == "Добавьте хотя бы одного подписанта."
    assert dialog.organization is None


def test_central_level_needs_no_parent_body(dialog):
    fill_valid(dialog)
    dialog.parent_edit.clear()
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(OrgLevel.CENTRAL.value))
    assert not dialog.parent_edit.isEnabled()
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.organization.level is OrgLevel.CENTRAL


def test_valid_input_creates_the_organisation(dialog, ctx):
    fill_valid(dialog)
    row = dialog.add_signatory_row()
    row.full_name.setText("Иванова Анна Петровна")
    row.position.setText("Руководитель аппарата акима района")
    dialog.save()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.organization.bin == VALID_BIN
    with ctx.store.session() as session:
        current = get_current_organization(session)
    assert current is not None and current.name == "ГУ «Аппарат акима района»"


def test_empty_data_dir_shows_first_start_then_the_main_window(qtbot, data_dir, monkeypatch, modal):
    """run_gui on an empty folder: the first-start dialog, then (after valid
    input) the main window with the organisation in its title."""
    from tbn4_desktop.ui import app as app_module
    from tbn4_desktop.ui.first_start import FirstStartDialog
    from tbn4_desktop.ui.main_window import MainWindow

    seen: dict = {}

    def fake_exec(self) -> int:
        seen["dialog_title"] = self.windowTitle()
        fill_valid(self)
        self.save()
        return self.result()

    def close_main_window() -> None:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:
            QTimer.singleShot(50, close_main_window)
            return
        window = windows[0]
        seen["title"] = window.windowTitle()
        seen["subtasks"] = window.tree.tree_model.counts()
        window.close()

    monkeypatch.setattr(FirstStartDialog, "exec", fake_exec)
    QTimer.singleShot(0, close_main_window)
    assert app_module.run_gui(data_dir) == 0
    assert "первый запуск" in seen["dialog_title"]
    assert seen["title"].startswith("ТБН-4: исполнение проектов — ГУ «Аппарат акима района», ")
    assert modal.boxes == []


def test_cancelled_first_start_exits_quietly(data_dir, monkeypatch, modal):
    from tbn4_desktop.ui import app as app_module
    from tbn4_desktop.ui.first_start import FirstStartDialog

    monkeypatch.setattr(FirstStartDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert app_module.run_gui(data_dir) == 0
    assert modal.boxes == []


def test_demo_button_fills_the_folder(qtbot, dialog, ctx, modal):
    pytest.importorskip("tbn4_desktop.services.demo")
    assert dialog.demo_button.text() == "Заполнить демонстрационными данными"
    with qtbot.waitSignal(dialog.accepted, timeout=30000):
        qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert modal.boxes == []
    assert dialog.organization is not None
    with ctx.store.session() as session:
        assert get_current_organization(session) == dialog.organization


def roles_offered(row) -> list[str]:
    return [row.role.itemText(i) for i in range(row.role.count())]


def test_a_district_starts_with_the_akim_and_the_chief_of_staff(dialog):
    """The level defaults to a district: its rows suggest the roles that sign there,
    and «Первый руководитель», who signs nothing in a district, is not offered."""
    assert dialog.selected_level() is OrgLevel.DISTRICT
    assert [row.role.currentText() for row in dialog.signatory_rows] == [
        "Аким района (города)",
        "Руководитель аппарата",
    ]
    offered = roles_offered(dialog.signatory_rows[0])
    assert offered == ["Аким района (города)", "Руководитель аппарата", "Уполномоченный по этике"]
    assert "Аким района (города), руководитель аппарата — подтверждающие документы" in dialog.signing_hint.text()
    assert dialog.add_signatory_row().role.currentText() == "Уполномоченный по этике"


def test_changing_the_level_offers_that_levels_roles(dialog):
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(OrgLevel.CENTRAL.value))
    first, second = dialog.signatory_rows
    assert "Аким района (города)" not in roles_offered(first)
    assert first.role.currentText() == "Первый руководитель"
    assert second.role.currentText() == "Руководитель аппарата"  # signs at both levels: kept
    dialog.level_combo.setCurrentIndex(dialog.level_combo.findData(OrgLevel.QUASI.value))
    assert "Уполномоченный по этике" not in roles_offered(first)


def test_documents_nobody_may_sign_are_warned_about(dialog):
    fill_valid(dialog)  # only the akim
    assert dialog.coverage_warning.isVisible()
    text = dialog.coverage_warning.text()
    assert "Некому подписать Приложения №1–2: нужен подписант с ролью «Руководитель аппарата»." in text
    assert "Приложение №5" in text
    row = dialog.signatory_rows[1]
    row.full_name.setText("Иванова Анна Петровна")
    row.position.setText("Руководитель аппарата акима района")
    assert "Приложения №1–2" not in dialog.coverage_warning.text()
    extra = dialog.add_signatory_row()
    extra.full_name.setText("Сейткали Д. М.")
    extra.position.setText("Уполномоченный по этике")
    assert not dialog.coverage_warning.isVisible()
    dialog.save()  # a warning, never a refusal
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [s.role for s in dialog.signatory_inputs()] == [
        SignerRole.DISTRICT_AKIM,
        SignerRole.CHIEF_OF_STAFF,
        SignerRole.ETHICS_COMMISSIONER,
    ]
