"""Translations: Qt's own Russian catalogue (so QWizard, QDialogButtonBox,
QMessageBox and QFileDialog buttons read «Далее», «Отмена», «Да»…) and our
own compiled `.qm` files from resources/i18n/, if any."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from tbn4_desktop.paths import resource_dir

LANGUAGE = "ru"


def _candidate_dirs() -> list[Path]:
    # Qt's own folder first (the wheel ships qtbase_ru.qm); a copy in our
    # resources is the fallback for trimmed frozen builds.
    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), resource_dir() / "i18n"]


def install_translators(app: QApplication, language: str = LANGUAGE) -> list[QTranslator]:
    """Install Qt's and our translators; returns them (they must stay alive,
    so they are also parented to the application)."""
    locale = QLocale(QLocale.Language.Russian, QLocale.Country.Kazakhstan)
    QLocale.setDefault(locale)
    installed: list[QTranslator] = []
    for base in ("qtbase", "qt"):
        for folder in _candidate_dirs():
            translator = QTranslator(app)
            if translator.load(f"{base}_{language}", str(folder)):
                app.installTranslator(translator)
                installed.append(translator)
                break
        if installed:
            break  # qtbase_ru covers the widgets; qt_ru is only the meta-catalogue
    ours = resource_dir() / "i18n"
    if ours.is_dir():
        for qm in sorted(ours.glob(f"tbn4_{language}*.qm")):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                installed.append(translator)
    return installed
