"""`tbn4 screenshots`: the main window, the «Сроки» tab, the quasi-state
matrix, the panel's checklist of confirming documents of a few subtasks and
every page of every subtask's wizard, rendered with the demo data to PNG
files named by screen and subtask code (docs/user-guide.md uses them). The
main window, the form window and a few wizards are rendered a second time
as they open on a 1366×768 laptop (files ending in «_1366»).

The text is set in Liberation Sans 9 pt (tests/data/fonts), as wide as
Segoe UI 9 pt, the Windows UI font: DejaVu Sans, the offscreen default, is
about 13 % wider and would make the screens look roomier than they are.

Everything happens in a throwaway data folder (and, by default, a throwaway
QSettings folder), so the user's data and window state are never touched.
Wizards are walked with their own next(), so each page is initialised as for
a user, and closed without saving a draft.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from tbn4_desktop.i18n import tr
from tbn4_desktop.ui.window_fit import laptop_size

WINDOW_SIZE = (1280, 800)
WIZARD_SIZE = (900, 640)
MAX_BYTES = 150 * 1024
NOT_APPLICABLE = "main_window_not_applicable"
#: The panel's checklist, at the smallest screen size: links per channel
#: (1.1.3), a form still missing its documents (2.1.1), a link declared
#: «не требуется» (3.1.1, I квартал).
SMALL_SCREEN = (1366, 768)
#: A maximized window on a 1366×768 laptop: less the taskbar and the title bar.
LAPTOP_WINDOW = (1366, 768 - 40 - 31)
LAPTOP_SUFFIX = "_1366"
#: Wizards also rendered at their size on the laptop: a 4-column table, links,
#: documents, the widest register.
LAPTOP_WIZARDS = ("1.1.2", "1.1.3", "2.1.1", "2.3.1")
FONTS_DIR = Path(__file__).resolve().parents[2] / "tests" / "data" / "fonts"
SCREEN_FONT = "Liberation Sans"


def use_segoe_width_font() -> QFont | None:
    """Set the application font to Liberation Sans 9 pt (Segoe UI's width)
    and return the font it replaces; None when the font files are not there
    (an installed copy has no tests/data)."""
    fonts = sorted(FONTS_DIR.glob("*.ttf"))
    if not fonts or any(QFontDatabase.addApplicationFont(str(f)) < 0 for f in fonts):
        return None
    # font() and setFont() are static: the running application's font.
    previous = QApplication.font()
    QApplication.setFont(QFont(SCREEN_FONT, 9))
    return previous


PANEL_SHOTS: tuple[tuple[str, str], ...] = (("1.1.3", ""), ("2.1.1", ""), ("3.1.1", "Q1"))


SIGNATURE_SHOT = "signature_details.png"


def panel_file_name(code: str, period: str = "") -> str:
    return f"panel_{code}{'_' + period if period else ''}.png"


class ScreenshotError(ValueError):
    """Input refused before rendering; the message is one Russian sentence."""


def save_png(widget: QWidget, path: Path, *, max_bytes: int = MAX_BYTES) -> Path:
    """Grab the widget into path; a file above max_bytes is reduced to an
    adaptive 256-colour palette (octree keeps the few icon colours that a
    median cut would merge into grey)."""
    QApplication.processEvents()
    widget.grab().save(str(path))
    if path.stat().st_size > max_bytes:
        from PIL import Image

        with Image.open(path) as image:
            reduced = image.convert("RGB").quantize(colors=256, method=Image.Quantize.FASTOCTREE)
        reduced.save(path, optimize=True)
    return path


def _quiet_offscreen(mode, context, message: str) -> None:
    # The offscreen platform warns about every window it cannot resize like a
    # desktop would; anything else still reaches stderr.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def _codes(catalog, level, only: Iterable[str] | None) -> list[str]:
    """The subtask codes whose wizards to render, in catalog order."""
    subtasks = catalog.subtasks()
    applicable = [s.code for s in subtasks if s.applies_to(level)]
    if only is None:
        return applicable
    wanted = list(dict.fromkeys(c.strip() for c in only if c.strip()))
    known = {s.code for s in subtasks}
    for code in wanted:
        if code not in known:
            raise ScreenshotError(
                tr("Подзадачи «{code}» нет в каталоге ТБН №4: укажите коды вида 2.3.1 через запятую.").format(code=code)
            )
        if code not in applicable:
            raise ScreenshotError(
                tr(
                    "Подзадача {code} не применяется к уровню «{level}» "
                    "демонстрационной организации: у неё нет мастера."
                ).format(code=code, level=level.label)
            )
    return [c for c in applicable if c in wanted]


def wizard_file_name(code: str, position: int, page_name: str) -> str:
    return f"wizard_{code}_{position:02d}_{page_name}.png"


def render_all(
    out_dir: Path,
    *,
    only: Iterable[str] | None = None,
    progress: Callable[[Path], None] = lambda path: None,
    warn: Callable[[str], None] = lambda message: None,
    year: int | None = None,
    today: date | None = None,
    isolate_settings: bool = True,
) -> list[Path]:
    """Render every screen into out_dir (which must exist) and return the
    files written. `only`: subtask codes whose wizards to render (the main
    window, dashboard and matrix screens are always rendered). Raises
    ScreenshotError for a code that is unknown or does not apply to the demo
    organisation. `isolate_settings=False` keeps the caller's QSettings
    location (tests set their own). `warn` receives, in Russian, anything
    that kept a screen from being shown as expected."""
    from tbn4_desktop.ui.app import ensure_application

    work = Path(tempfile.mkdtemp(prefix="tbn4-screenshots-"))
    try:
        if isolate_settings:
            for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
                QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work / "qsettings"))
        ensure_application()
        return _Renderer(out_dir, work, progress, warn).run(only, year, today)
    finally:
        shutil.rmtree(work, ignore_errors=True)


class _Renderer:
    def __init__(self, out_dir: Path, work: Path, progress: Callable[[Path], None], warn: Callable[[str], None]):
        self.out_dir = out_dir
        self.work = work
        self.progress = progress
        self.warn = warn
        self.written: list[Path] = []

    def save(self, widget: QWidget, name: str) -> None:
        path = save_png(widget, self.out_dir / name)
        self.written.append(path)
        self.progress(path)

    def _record_modal(self, box: QMessageBox) -> QMessageBox.StandardButton:
        # Nobody answers a message box here: report it and go on.
        self.warn(tr("Сообщение: {text}").format(text=box.text()))
        box.deleteLater()
        return (
            QMessageBox.StandardButton.No
            if box.button(QMessageBox.StandardButton.No)
            else QMessageBox.StandardButton.Ok
        )

    def run(self, only: Iterable[str] | None, year: int | None, today: date | None) -> list[Path]:
        from PySide6.QtCore import qInstallMessageHandler

        from tbn4_desktop.services.context import open_app
        from tbn4_desktop.services.demo import create_demo
        from tbn4_desktop.ui import errors
        from tbn4_desktop.ui.main_window import MainWindow

        today = today or date.today()
        ctx = open_app(self.work / "demo")
        original_modal = errors.run_modal
        errors.run_modal = self._record_modal
        previous_handler = qInstallMessageHandler(_quiet_offscreen)
        window = None
        previous_font = use_segoe_width_font()
        if previous_font is None:
            self.warn(
                tr("Нет шрифта {font} в «{folder}»: снимки сделаны шрифтом системы, который шире Segoe UI.").format(
                    font=SCREEN_FONT, folder=FONTS_DIR
                )
            )
        try:
            organization = create_demo(ctx, year, today=today)
            year = year or today.year
            codes = _codes(ctx.catalog_for_year(year), organization.level, only)
            window = MainWindow(ctx, organization, year)
            window.as_of = today
            window.resize(*WINDOW_SIZE)
            window.show()
            window.load()
            self.main_screens(window)
            for code in codes:
                self.wizard_screens(window, code)
        finally:
            if previous_font is not None:
                QApplication.setFont(previous_font)
            errors.run_modal = original_modal
            if window is not None:
                window.close()
                window.deleteLater()
            ctx.close()
            QApplication.processEvents()
            qInstallMessageHandler(previous_handler)
        return self.written

    def main_screens(self, window) -> None:
        first = window.catalog.subtasks()[0].code
        window.tree.select_subtask(first)
        self.save(window, "main_window.png")
        level = window.organization.level
        not_applicable = next((s.code for s in window.catalog.subtasks() if not s.applies_to(level)), None)
        if not_applicable is not None:
            window.tree.select_subtask(not_applicable)
            window.tree.scrollTo(
                window.tree.tree_model.index_of_subtask(not_applicable), window.tree.ScrollHint.PositionAtCenter
            )
            self.save(window, f"{NOT_APPLICABLE}.png")
        window.show_dashboard()
        self.save(window, "dashboard.png")
        window.focus_tree()
        self.panel_screens(window)
        window.tree.select_subtask(first)
        dialog = window.open_quasi_matrix()
        if dialog is not None:
            dialog.resize(max(dialog.width(), 1100), max(dialog.height(), 600))
            self.save(dialog, "quasi_matrix.png")
            QDialog.reject(dialog)
            QApplication.processEvents()
        self.laptop_screens(window)

    def laptop_screens(self, window) -> None:
        """The main window maximized on a 1366×768 laptop, and the form window
        at the size it opens there (then the window's size back)."""
        from tbn4_desktop.core.forms.model import FormName

        size = window.size()
        window.resize(*LAPTOP_WINDOW)
        try:
            window.today_page.show_page()
            self.save(window, f"today{LAPTOP_SUFFIX}.png")
            window.focus_tree()
            self.save(window, f"main_window{LAPTOP_SUFFIX}.png")
            window.show_dashboard()
            self.save(window, f"dashboard{LAPTOP_SUFFIX}.png")
            window.focus_tree()
            form = window.open_form(FormName.APP1)
            if form is not None:
                form.wait_idle()
                for _ in range(5):  # the page count, then the page: one render job after another
                    form.preview.wait_idle()
                    QApplication.processEvents()
                form.resize(laptop_size(QSize(900, 860)))
                self.save(form, f"form_app1{LAPTOP_SUFFIX}.png")
                QDialog.reject(form)
                QApplication.processEvents()
        finally:
            window.resize(size)

    def panel_screens(self, window) -> None:
        """The checklist on the panel, the window at 1366×768 (then back)."""
        size = window.size()
        window.resize(*SMALL_SCREEN)
        try:
            for code, period in PANEL_SHOTS:
                executions = [e for e in window.tree.tree_model.executions_of(code) if e.period == period]
                if not executions:
                    self.warn(
                        tr(
                            "Подзадача {code} не применяется к демонстрационной организации: снимка её панели нет."
                        ).format(code=code)
                    )
                    continue
                window.tree.select_execution(executions[0].id)
                window.tree.scrollTo(
                    window.tree.tree_model.index_of_execution(executions[0].id), window.tree.ScrollHint.PositionAtCenter
                )
                self.save(window, panel_file_name(code, period))
        finally:
            window.resize(size)

    def wizard_screens(self, window, code: str) -> None:
        from tbn4_desktop.ui.subtask_wizard import DEFAULT_SIZE

        self.wizard_pages(window, code, QSize(*WIZARD_SIZE), "")
        if code in LAPTOP_WIZARDS:
            self.wizard_pages(window, code, laptop_size(DEFAULT_SIZE), LAPTOP_SUFFIX)

    def signature_screen(self, page) -> None:
        """«Сведения о подписи» of the first electronically signed file (the demo's order)."""
        for card in page.cards.values():
            signed = [a for a in card.file_list.attachments() if a.role.value == "signature"]
            if signed:
                dialog = page.show_signature(signed[0], card)
                if dialog is not None:
                    QApplication.processEvents()
                    self.save(dialog, SIGNATURE_SHOT)
                    dialog.close()
                    QApplication.processEvents()
                return

    def wizard_pages(self, window, code: str, size: QSize, suffix: str) -> None:
        from tbn4_desktop.ui.subtask_wizard import PageId

        execution = window.tree.tree_model.executions_of(code)[0]
        window.tree.select_execution(execution.id)
        wizard = window.open_wizard(execution.id)
        if wizard is None:
            return
        wizard.resize(size)
        # A wizard on a started execution resumes further on: start at the beginning.
        wizard.go_to(PageId.INTRO)
        position = 1
        while True:
            page_id = PageId(wizard.currentId())
            if page_id is PageId.DOCUMENTS:
                # The preview renders in a background job; its result arrives as a signal.
                wizard.documents_page.preview.wait_idle()
                QApplication.processEvents()
            self.save(wizard, wizard_file_name(code, position, page_id.name.lower() + suffix))
            if page_id is PageId.DOCUMENTS and not suffix:
                self.signature_screen(wizard.documents_page)
            if page_id is PageId.REVIEW:
                break
            wizard.next()
            if wizard.currentId() == page_id:
                self.warn(
                    tr("Мастер подзадачи {code} не перешёл дальше страницы «{page}».").format(
                        code=code, page=wizard.page(page_id).title()
                    )
                )
                break
            position += 1
        # The base class's reject: close without the draft that the wizard's
        # own Cancel would save (the preselected signatory, the example link).
        QDialog.reject(wizard)
        QApplication.processEvents()
