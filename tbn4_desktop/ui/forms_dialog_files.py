"""The files of the form dialog: the data folder's «Формы» and temporary
folders, a form's stable file name, writing beside a copy open in Word, the
clean-up of stale previews and the folder «Сохранить как…» suggests."""

from __future__ import annotations

import contextlib
import shutil
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

from tbn4_desktop.core.forms.model import Form
from tbn4_desktop.core.forms.render import write_form
from tbn4_desktop.core.vocabulary import period_label_ru
from tbn4_desktop.i18n import N_

FORMS_DIR = "Формы"  # i18n: ru-only — a folder of the data folder: the same whatever the language
# (under the data folder: what «Открыть в Word» writes)
TEMP_DIR = "temp"  # under the data folder: the previewed PDFs, removed on close
LAST_DIR_KEY = "forms/lastDir"
STALE_SECONDS = 24 * 3600

FILTERS = {
    "docx": N_("Документ Word (*.docx)"),
    "pdf": N_("Документ PDF (*.pdf)"),
    "xlsx": N_("Книга Excel (*.xlsx)"),
}


def forms_folder(data_dir: Path) -> Path:
    return Path(data_dir) / FORMS_DIR


def temp_folder(data_dir: Path) -> Path:
    return Path(data_dir) / TEMP_DIR


def file_stem(form: Form, period: str | None) -> str:
    """«Приложение 1 2025», «Приложение 2 2025 I квартал»: stable, so a
    second «Открыть в Word» replaces the first file instead of piling up."""
    return f"{form.file_stem} {period_label_ru(period)}" if period else form.file_stem


def _open_in_word(path: Path) -> bool:
    # Word keeps an owner file «~$name» beside a document it has open (for long
    # names without the first two characters); such a file is not overwritten.
    folder, name = path.parent, path.name
    return (folder / f"~${name}").exists() or (folder / f"~${name[2:]}").exists()


def write_unlocked(form: Form, folder: Path, stem: str, ext: str) -> Path:
    """Write to «stem.ext», or «stem (2).ext», … when that file is open in Word."""
    last: OSError | None = None
    for n in range(1, 50):
        path = folder / (f"{stem}.{ext}" if n == 1 else f"{stem} ({n}).{ext}")
        if path.exists() and _open_in_word(path):
            continue
        try:
            return write_form(form, path)
        except PermissionError as exc:  # Windows: the file is open in another program
            last = exc
    raise last or PermissionError(13, "all names are taken", str(folder / f"{stem}.{ext}"))


def clean_temp(folder: Path) -> None:
    """Remove previews left by a crash (older than a day)."""
    if not folder.is_dir():
        return
    now = time.time()
    for item in folder.glob("form-*"):
        with contextlib.suppress(OSError):
            if now - item.stat().st_mtime > STALE_SECONDS:
                shutil.rmtree(item, ignore_errors=True)


def default_folder() -> Path:
    remembered = QSettings().value(LAST_DIR_KEY)
    if remembered and Path(str(remembered)).is_dir():
        return Path(str(remembered))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else Path.home()
