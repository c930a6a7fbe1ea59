"""One error path for the whole GUI.

`show_error` is the only way a widget reports a problem: a calm Russian
message (what happened, why, what to do), the details written to the log
folder, and a button that opens that folder. `install_excepthook` routes every
unexpected exception there too. All modal message boxes go through
`run_modal`, so tests can replace one function instead of chasing dialogs.
"""

from __future__ import annotations

import datetime as _dt
import os
import sys
import tempfile
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from tbn4_desktop import APP_TITLE
from tbn4_desktop.i18n import N_, tr

LOGS_DIR = "logs"

_log_dir: Path | None = None
_noninteractive = False


def set_log_dir(folder: Path) -> None:
    """Where tracebacks go: `<data_dir>/logs` once the data folder is known."""
    global _log_dir
    _log_dir = Path(folder)


def log_dir() -> Path:
    return _log_dir or Path(tempfile.gettempdir()) / "TBN4" / LOGS_DIR


def write_log(details: str, *, prefix: str = "error") -> Path | None:
    """Write details to a new file in the log folder; None if even that fails."""
    stamp = _dt.datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    for folder in (log_dir(), Path(tempfile.gettempdir()) / "TBN4" / LOGS_DIR):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{prefix}-{stamp}-{os.getpid()}.log"
            path.write_text(details, encoding="utf-8")
            return path
        except OSError:
            continue
    return None


def set_noninteractive(value: bool) -> None:
    """In a smoke run (`--exit-after-start`) nobody is at the keyboard:
    messages go to stderr and every question is answered «No»/«OK»."""
    global _noninteractive
    _noninteractive = value


def run_modal(box: QMessageBox) -> QMessageBox.StandardButton | int:
    """Show a message box modally; returns the clicked standard button.
    Tests replace this function to answer dialogs."""
    if _noninteractive:
        print(f"tbn4: {box.text()}", file=sys.stderr)
        box.deleteLater()
        return (
            QMessageBox.StandardButton.No
            if box.button(QMessageBox.StandardButton.No)
            else QMessageBox.StandardButton.Ok
        )
    return box.exec()


def widen(box: QMessageBox, min_width: int = 440) -> None:
    """QMessageBox wraps long Russian sentences into a narrow column; give
    its labels room to breathe."""
    box.setStyleSheet(f"QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel {{ min-width: {min_width}px; }}")


def open_log_folder() -> None:
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_error(parent: QWidget | None, message: str, details: str | None = None) -> None:
    """Tell the user what went wrong. `details` (a traceback, a driver
    message) is never shown in the dialog: it goes to the log folder, which
    the dialog can open."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(tr(APP_TITLE))
    box.setText(message)
    open_button = None
    if details:
        path = write_log(details)
        if path is not None:
            box.setInformativeText(tr("Подробности записаны в журнал: {name}").format(name=path.name))
            open_button = box.addButton(tr("Открыть папку журналов"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(QMessageBox.StandardButton.Ok)
    box.setEscapeButton(QMessageBox.StandardButton.Ok)
    box.setObjectName("errorBox")
    widen(box)
    run_modal(box)
    if open_button is not None and box.clickedButton() is open_button:
        open_log_folder()


def show_info(parent: QWidget | None, message: str, informative: str = "") -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(tr(APP_TITLE))
    box.setText(message)
    if informative:
        box.setInformativeText(informative)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setObjectName("infoBox")
    widen(box)
    run_modal(box)


def confirm(parent: QWidget | None, message: str, informative: str = "", *, yes_text: str = "") -> bool:
    """A Yes/No question; No is the default, so Enter never destroys."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(tr(APP_TITLE))
    box.setText(message)
    if informative:
        box.setInformativeText(informative)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    if yes_text:
        box.button(QMessageBox.StandardButton.Yes).setText(yes_text)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setObjectName("confirmBox")
    widen(box)
    return run_modal(box) == QMessageBox.StandardButton.Yes


# Shown as tr(UNEXPECTED_MESSAGE); compare a shown message with tr(UNEXPECTED_MESSAGE) too.
UNEXPECTED_MESSAGE = N_(
    "В программе произошла непредвиденная ошибка. Сохранённые данные не пострадали; "
    "если ошибка повторяется, передайте файл журнала администратору."
)


def user_message(exc: BaseException) -> str:
    """The Russian message of an error type we know, else the generic one."""
    from tbn4_desktop.core.attachments import AttachmentError
    from tbn4_desktop.core.catalog import CatalogError
    from tbn4_desktop.core.validation import ValidationError
    from tbn4_desktop.store_errors import StoreError

    if isinstance(exc, StoreError | CatalogError | AttachmentError | ValidationError) and str(exc):
        return str(exc)
    return tr(UNEXPECTED_MESSAGE)


def format_exception(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> str:
    from tbn4_desktop import __version__

    head = f"TBN-4 Desktop {__version__}, Python {sys.version.split()[0]}, {_dt.datetime.now().isoformat()}\n"
    return head + "".join(traceback.format_exception(exc_type, exc, tb))


def _excepthook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    details = format_exception(exc_type, exc, tb)
    try:
        if QApplication.instance() is not None:
            show_error(QApplication.activeWindow(), user_message(exc), details)
            return
    except Exception as hook_error:  # noqa: BLE001 - the hook must never raise
        details += "\nThe error dialog itself failed:\n" + "".join(traceback.format_exception(hook_error))
    write_log(details)
    sys.__excepthook__(exc_type, exc, tb)


def install_excepthook() -> Callable[[type[BaseException], BaseException, TracebackType | None], Any]:
    """Install the GUI excepthook; returns the previous hook to restore."""
    previous = sys.excepthook
    sys.excepthook = _excepthook
    return previous
