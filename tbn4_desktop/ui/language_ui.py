"""Choosing the interface language: once on first start («Тіл / Язык»,
before any other window) and from the «Файл» menu afterwards.

A change made from the menu applies on the next start, as in Anki,
Calibre and Picard: every model, delegate and cached text would otherwise
have to retranslate itself, and a half-translated window is worse than a
restart. The texts of this module are shown in both languages at once, so
that a user who reads only one of them can always find the way back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.fileio import describe_os_error
from tbn4_desktop.i18n import LANGUAGE_NAMES, LANGUAGES, language
from tbn4_desktop.language import save_language
from tbn4_desktop.store_errors import StoreError
from tbn4_desktop.ui.window_fit import fit_window

TITLE = "Тіл / Язык"  # i18n: ru-only — shown in both languages at once
PROMPT = "Бағдарлама тілін таңдаңыз.\nВыберите язык программы."  # i18n: ru-only — both languages at once
LATER = (
    "Тіл бағдарлама қайта іске қосылғанда ауысады.\n"  # i18n: ru-only — both languages at once
    "Язык сменится после перезапуска программы."
)  # i18n: ru-only — both languages at once
CONTINUE = "Жалғастыру / Продолжить"  # i18n: ru-only — both languages at once
NOT_SAVED = "Тіл сақталмады / Язык не сохранён"  # i18n: ru-only — both languages at once


def system_language() -> str:
    """Kazakh when Windows is set to Kazakh, otherwise Russian."""
    return "kk" if QLocale.system().language() == QLocale.Language.Kazakh else "ru"


class LanguageDialog(QDialog):
    """The first question of the first start."""

    def __init__(self, parent: QWidget | None = None, preselected: str | None = None):
        super().__init__(parent)
        self.setObjectName("languageDialog")
        self.setWindowTitle(TITLE)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(PROMPT))
        self.buttons: dict[str, QRadioButton] = {}
        for code in ("kk", "ru"):
            button = QRadioButton(LANGUAGE_NAMES[code])
            button.setObjectName(f"language_{code}")
            layout.addWidget(button)
            self.buttons[code] = button
        self.buttons[preselected if preselected in LANGUAGES else system_language()].setChecked(True)
        box = QDialogButtonBox()
        box.addButton(CONTINUE, QDialogButtonBox.ButtonRole.AcceptRole)
        box.accepted.connect(self.accept)
        layout.addWidget(box)
        layout.setSpacing(10)
        self.setMinimumWidth(360)
        fit_window(self)

    def chosen(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())


def ask_first_language(data_dir: Path) -> str | None:
    """Asks and saves the language; None when the user closed the dialog."""
    dialog = LanguageDialog()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    chosen = dialog.chosen()
    _save(None, data_dir, chosen)
    return chosen


def _save(parent: QWidget | None, data_dir: Path, code: str) -> bool:
    try:
        save_language(data_dir, code)
    except (StoreError, OSError) as exc:
        detail = describe_os_error(exc, data_dir / "settings.json") if isinstance(exc, OSError) else str(exc)
        QMessageBox.warning(parent, NOT_SAVED, detail)
        return False
    return True


def add_language_menu(parent: QWidget, menu: QMenu, data_dir: Path | None) -> QMenu:
    """«Тіл / Язык» with one checkable entry per language; choosing one
    saves it for the data folder and says it applies after a restart."""
    submenu = menu.addMenu(TITLE)
    submenu.setObjectName("languageMenu")
    group = QActionGroup(submenu)
    current = language()
    for code in ("kk", "ru"):
        action = QAction(LANGUAGE_NAMES[code], submenu)
        action.setObjectName(f"languageAction_{code}")
        action.setCheckable(True)
        action.setChecked(code == current)
        action.setEnabled(data_dir is not None)
        action.triggered.connect(lambda _checked=False, code=code: _switch(parent, data_dir, code))
        group.addAction(action)
        submenu.addAction(action)
    return submenu


def _switch(parent: QWidget, data_dir: Path | None, code: str) -> None:
    if data_dir is None or not _save(parent, data_dir, code):
        return
    if code != language():
        QMessageBox.information(parent, TITLE, LATER)
