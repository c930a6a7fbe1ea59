"""Qt's side of the interface language: Qt's own catalogue (so QWizard,
QDialogButtonBox, QMessageBox and QFileDialog buttons read «Далее»/«Келесі»,
«Отмена»/«Бас тарту»…), our supplements for strings it lacks, and the
default QLocale (number formats, Kazakh collation in sorted views). Our own
words are translated by tbn4_desktop.i18n, without Qt."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from tbn4_desktop import i18n
from tbn4_desktop.paths import resource_dir

LOCALES = {
    "ru": (QLocale.Language.Russian, QLocale.Country.Kazakhstan),
    "kk": (QLocale.Language.Kazakh, QLocale.Country.Kazakhstan),
}
_installed: list[QTranslator] = []


def _candidate_dirs() -> list[Path]:
    # Qt's own folder first (the wheel ships qtbase_ru.qm and, in 6.11,
    # qtbase_kk.qm); a copy in our resources is the fallback for trimmed
    # frozen builds.
    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), resource_dir() / "i18n"]


def install_translators(app: QApplication, language: str | None = None) -> list[QTranslator]:
    """Install Qt's catalogue and our supplements for `language` (default:
    the language tbn4_desktop.i18n speaks), replacing those of an earlier
    call. Returns them; they are parented to the application to stay alive."""
    language = language or i18n.language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(*LOCALES.get(language, LOCALES["ru"])))
    # qt_<lang> is only a meta-catalogue listing its parts (upstream without
    # the language suffix for kk), so qtbase_<lang> is loaded directly.
    for folder in _candidate_dirs():
        translator = QTranslator(app)
        if translator.load(f"qtbase_{language}", str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
            break
    ours = resource_dir() / "i18n"
    if ours.is_dir():
        for qm in sorted(ours.glob(f"tbn4_{language}_qt*.qm")):
            translator = QTranslator(app)
            if translator.load(str(qm)):
                app.installTranslator(translator)
                _installed.append(translator)
    return list(_installed)
