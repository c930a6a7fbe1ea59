"""Qt's own dialogs and buttons speak Russian (UX.md): the catalogue
shipped with PySide6 plus our supplement for strings it lacks."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
    QWizard,
    QWizardPage,
)

LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def untranslated(widget: QWidget) -> list[str]:
    texts = []
    for child in widget.findChildren(QWidget):
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        texts.append(child.toolTip())
    return [t for t in texts if t and LATIN_WORD.search(t) and not t.startswith("/")]


def test_file_dialog_is_russian(qtbot, tmp_path):
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "Выберите файл", str(tmp_path))
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(mode)
        dialog.show()
        assert untranslated(dialog) == []
        labels = {lbl.text() for lbl in dialog.findChildren(QLabel)}
        assert {"&Папка:", "&Тип файлов:"} <= labels


def test_wizard_and_message_box_buttons_are_russian(qtbot):
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    wizard.show()
    wizard.next()
    assert untranslated(wizard) == []
    assert wizard.buttonText(QWizard.WizardButton.FinishButton).replace("&", "") == "Завершить"
    box = QMessageBox(
        QMessageBox.Icon.Question,
        "",
        "",
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.Close,
    )
    qtbot.addWidget(box)
    assert untranslated(box) == []
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert [b.text().replace("&", "") for b in buttons.buttons()] != ["Save", "Close"]
    assert untranslated(buttons) == []


@pytest.fixture
def kazakh_qt(tbn4_qapp):
    """Qt's Kazakh catalogue: PySide6-Essentials 6.11 ships qtbase_kk.qm
    (the wheel's PySide6/Qt/translations), so no copy of our own is needed."""
    from tbn4_desktop.ui.i18n import install_translators

    installed = install_translators(tbn4_qapp, "kk")
    yield installed
    install_translators(tbn4_qapp, "ru")


def test_qt_widgets_speak_kazakh(qtbot, tmp_path, kazakh_qt):
    from PySide6.QtCore import QLocale

    assert kazakh_qt, "qtbase_kk.qm was not found"
    assert QLocale().language() == QLocale.Language.Kazakh
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "Файлды таңдаңыз", str(tmp_path))
        qtbot.addWidget(dialog)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setAcceptMode(mode)
        dialog.show()
        assert untranslated(dialog) == []
    wizard = QWizard()
    qtbot.addWidget(wizard)
    wizard.addPage(QWizardPage())
    wizard.addPage(QWizardPage())
    wizard.show()
    assert untranslated(wizard) == []
    assert wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "") == "Келесі >"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
    qtbot.addWidget(buttons)
    assert sorted(b.text().replace("&", "") for b in buttons.buttons()) == ["Бас тарту", "Жабу"]
    # Dates keep four-digit years whatever Qt's Kazakh short format says.
    from datetime import date

    from tbn4_desktop.ui.formatting import format_date

    assert format_date(date(2026, 12, 5)) == "05.12.2026"
