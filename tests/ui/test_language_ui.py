"""Choosing the language: the first start asks once («Тіл / Язык») and
remembers the answer for the data folder; «Файл → Тіл / Язык» saves a new
choice that applies on the next start, and says so in both languages."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QMessageBox

from tbn4_desktop import i18n
from tbn4_desktop.core.settings import load_settings
from tbn4_desktop.language import saved_language
from tbn4_desktop.ui import app as app_module
from tbn4_desktop.ui import language_ui


def test_first_start_asks_once_and_remembers(tmp_path, monkeypatch, tbn4_qapp):
    data = tmp_path / "data"
    data.mkdir()
    asked: list[str] = []

    def choose_kazakh(dialog: QDialog) -> int:
        asked.append(dialog.windowTitle())
        assert {b.text() for b in dialog.buttons.values()} == {"Қазақ тілі", "Русский"}
        dialog.buttons["kk"].setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(language_ui.LanguageDialog, "exec", choose_kazakh)
    try:
        app_module._ask_language_once(tbn4_qapp, data)
        assert asked == ["Тіл / Язык"]
        assert saved_language(data) == "kk"
        assert i18n.language() == "kk"
        app_module._ask_language_once(tbn4_qapp, data)  # answered: not asked again
        assert asked == ["Тіл / Язык"]
    finally:
        from tbn4_desktop.ui.i18n import install_translators

        i18n.set_language("ru")
        install_translators(tbn4_qapp, "ru")


def test_closing_the_question_keeps_russian_and_asks_next_time(tmp_path, monkeypatch, tbn4_qapp):
    data = tmp_path / "data"
    data.mkdir()
    monkeypatch.setattr(language_ui.LanguageDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    app_module._ask_language_once(tbn4_qapp, data)
    assert saved_language(data) is None
    assert i18n.language() == "ru"


def test_the_dialog_preselects_windows_language(qtbot, monkeypatch):
    monkeypatch.setattr(language_ui, "system_language", lambda: "kk")
    dialog = language_ui.LanguageDialog()
    qtbot.addWidget(dialog)
    assert dialog.chosen() == "kk"
    dialog = language_ui.LanguageDialog(preselected="ru")
    qtbot.addWidget(dialog)
    assert dialog.chosen() == "ru"


def test_menu_saves_the_choice_for_the_next_start(main_window, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    menu = main_window.language_menu
    assert menu.title() == "Тіл / Язык"
    actions = {a.objectName(): a for a in menu.actions()}
    assert actions["languageAction_ru"].isChecked() and not actions["languageAction_kk"].isChecked()
    actions["languageAction_kk"].trigger()
    assert load_settings(main_window.data_dir).language == "kk"
    assert told and "перезапуска" in told[0] and "қайта іске" in told[0]
    assert i18n.language() == "ru"  # this window stays as it is until the restart
    actions["languageAction_ru"].trigger()
    assert load_settings(main_window.data_dir).language == "ru"
    assert len(told) == 1  # back to the current language: nothing to restart for


def test_a_settings_file_that_cannot_be_written_is_reported(main_window, monkeypatch):
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)

    def disk_full(data_dir, settings):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("tbn4_desktop.core.settings.save_settings", disk_full)
    before = load_settings(main_window.data_dir).language
    {a.objectName(): a for a in main_window.language_menu.actions()}["languageAction_kk"].trigger()
    assert len(warned) == 1 and "settings.json" in warned[0]
    assert load_settings(main_window.data_dir).language == before


def test_about_says_whose_translation_the_catalog_is():
    from tbn4_desktop.ui.about_dialog import about_html

    assert "перевод" not in about_html()
    i18n.set_language("kk")
    try:
        text = about_html()
    finally:
        i18n.set_language("ru")
    assert "Нұсқаулықтың ресми мәтіні емес" in text


def test_a_damaged_settings_file_is_not_asked_about_the_language(tmp_path, monkeypatch, tbn4_qapp):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text("{", encoding="utf-8")
    asked: list[str] = []
    monkeypatch.setattr(language_ui.LanguageDialog, "exec", lambda dialog: asked.append("asked"))
    app_module._ask_language_once(tbn4_qapp, data)
    assert asked == []
    assert (data / "settings.json").read_text(encoding="utf-8") == "{"
