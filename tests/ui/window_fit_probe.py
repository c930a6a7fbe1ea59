"""Opens every window and dialog of the app on one simulated screen and
reports, as JSON lines on stdout, each one that does not fit its work area.

Run by test_window_fit.py in a fresh process per screen, because the Qt
platform (Qt's offscreen platform, its screen described by a JSON file) and
the scale factor are chosen before the QApplication exists:

    QT_QPA_PLATFORM=offscreen:configfile=screen.json QT_SCALE_FACTOR=1.25 \
        python tests/ui/window_fit_probe.py DATA_DIR SETTINGS_DIR

The offscreen screen has no taskbar, so the test describes a screen whose
height is already less the taskbar: its geometry is the work area. The
check assumes the frame Windows draws (window_fit.FRAME) and the font of
Segoe UI's width the screenshots use (tests/data/fonts).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FONTS_DIR = ROOT / "tests" / "data" / "fonts"
YEAR = 2025
AS_OF = date(2025, 6, 10)
#: Wizards walked page by page: a 4-column table (1.2.1), links (1.1.3),
#: documents (2.1.1), the widest register, 25 columns (2.3.1).
WIZARD_CODES = ("1.2.1", "1.1.3", "2.1.1", "2.3.1")


def problems_of(window, name: str) -> list[str]:
    """What a user would notice: the frame beyond the work area, an action
    button outside it or cut by the window."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import (
        QAbstractButton,
        QAbstractScrollArea,
        QApplication,
        QTabBar,
        QToolBar,
    )

    from tbn4_desktop.ui.window_fit import FRAME

    for _ in range(3):  # a layout may settle over a few passes (heights that depend on widths)
        QApplication.processEvents()
    area = window.screen().availableGeometry()
    print(f"{name}: {window.width()}×{window.height()}", file=sys.stderr)  # what was checked
    shots = os.environ.get("TBN4_FIT_SHOTS")  # a folder: keep a PNG of each window checked, to look at
    if shots:
        window.grab().save(str(Path(shots) / f"{len(list(Path(shots).glob('*.png'))):02d}.png"))
    found = []
    origin = window.frameGeometry().topLeft()  # pos() of a window includes its frame
    size = window.size()
    frame = QRect(
        origin.x(),
        origin.y(),
        size.width() + FRAME.left() + FRAME.right(),
        size.height() + FRAME.top() + FRAME.bottom(),
    )
    if not area.contains(frame):
        found.append(
            f"{name}: окно {frame.width()}×{frame.height()} в точке ({frame.x()}, {frame.y()}) "
            f"не помещается в рабочую область {area.width()}×{area.height()}"
        )
    client = QRect(window.mapToGlobal(window.rect().topLeft()), size)
    for button in window.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text().strip() or button.window() is not window:
            continue
        label = button.text().replace("&", "")
        if button.height() < button.minimumSizeHint().height() - 2:  # squeezed by a layout short of room
            found.append(
                f"{name}: кнопка «{label}» сжата по высоте ({button.height()} из "
                f"{button.minimumSizeHint().height()} пикселей)"
            )
            continue
        parent, skip = button.parentWidget(), False
        while parent is not None and parent is not window:
            # Content that scrolls may hide a button until scrolled to; a tab
            # bar or toolbar shows its own overflow arrows.
            if isinstance(parent, QAbstractScrollArea | QTabBar | QToolBar):
                skip = True
                break
            parent = parent.parentWidget()
        if skip:
            continue
        rect = QRect(button.mapToGlobal(button.rect().topLeft()), button.size())
        if not client.contains(rect) or button.visibleRegion().boundingRect() != button.rect():
            found.append(f"{name}: кнопка «{label}» обрезана окном")
        elif not area.contains(rect):
            found.append(f"{name}: кнопка «{label}» за пределами рабочей области")
    return found


def _quiet_offscreen(mode, context, message: str) -> None:
    # The offscreen platform warns about every window it cannot resize like a desktop would.
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def close(window) -> None:
    from PySide6.QtWidgets import QApplication, QDialog

    if hasattr(window, "wait_idle"):  # a background job must not outlive its dialog
        window.wait_idle()
        QApplication.processEvents()
    if isinstance(window, QDialog):
        QDialog.reject(window)  # the base class's: no draft saved, no question asked
    else:
        window.hide()
    window.deleteLater()
    QApplication.processEvents()


def main(data_dir: Path, settings_dir: Path, language: str = "ru") -> int:
    from PySide6.QtCore import QSettings, qInstallMessageHandler

    from tbn4_desktop.language import apply_language

    apply_language(language)
    from PySide6.QtGui import QFont, QFontDatabase
    from PySide6.QtWidgets import QMessageBox

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(settings_dir))
    from tbn4_desktop.ui.app import ensure_application

    app = ensure_application()
    qInstallMessageHandler(_quiet_offscreen)
    for font in sorted(FONTS_DIR.glob("*.ttf")):
        QFontDatabase.addApplicationFont(str(font))
    app.setFont(QFont("Liberation Sans", 9))  # Segoe UI 9 pt is Windows' UI font

    from tbn4_desktop.services.context import open_app
    from tbn4_desktop.services.demo import create_demo
    from tbn4_desktop.ui import errors
    from tbn4_desktop.ui.main_window import MainWindow

    errors.run_modal = lambda box: QMessageBox.StandardButton.No  # nobody answers here
    ctx = open_app(data_dir)
    organization = create_demo(ctx, YEAR, today=AS_OF)
    window = MainWindow(ctx, organization, YEAR)
    window.as_of = AS_OF
    window.show()
    window.load()
    report: list[str] = problems_of(window, "Главное окно")
    for name, opener in openers(window, ctx, organization).items():
        try:
            opened = opener()
        except Exception as exc:  # noqa: BLE001 - reported, the other windows are still checked
            report.append(f"{name}: не открылось: {exc!r}")
            continue
        if opened is None:
            report.append(f"{name}: не открылось")
            continue
        if isinstance(opened, list):
            report.extend(opened)
            continue
        if not opened.isVisible():
            opened.show()
        report.extend(problems_of(opened, name))
        close(opened)
    for code in WIZARD_CODES:
        try:
            report.extend(walk_wizard(window, code))
        except Exception as exc:  # noqa: BLE001 - reported, the other wizards are still checked
            report.append(f"Мастер {code}: не открылся: {exc!r}")
    for line in report:
        print(json.dumps(line, ensure_ascii=False))
    window.hide()
    ctx.close()
    app.processEvents()
    return 0


def walk_wizard(window, code: str) -> list[str]:
    from PySide6.QtWidgets import QApplication

    from tbn4_desktop.ui.subtask_wizard import PageId

    executions = window.tree.tree_model.executions_of(code)
    if not executions:
        return [f"Мастер {code}: подзадача не применяется к демонстрационной организации"]
    wizard = window.open_wizard(executions[0].id)
    if wizard is None:
        return [f"Мастер {code}: не открылся"]
    wizard.go_to(PageId.INTRO)
    found: list[str] = []
    while True:
        page_id = PageId(wizard.currentId())
        QApplication.processEvents()
        found += problems_of(wizard, f"Мастер {code}, страница «{wizard.page(page_id).title()}»")
        if page_id is PageId.REVIEW:
            break
        if page_id is PageId.DOCUMENTS:
            wizard.documents_page.preview.wait_idle()
        wizard.next()
        if wizard.currentId() == page_id:
            found.append(f"Мастер {code}: не перешёл дальше страницы «{wizard.page(page_id).title()}»")
            break
    close(wizard)
    return found


def openers(window, ctx, organization) -> dict[str, Callable]:
    """Every other window, opened as a user would (from the main window where it has a command)."""
    from tbn4_desktop.core.forms.model import FormName
    from tbn4_desktop.ui.about_dialog import AboutDialog
    from tbn4_desktop.ui.document_preview import PreviewWindow
    from tbn4_desktop.ui.export_dialog import ExportDialog
    from tbn4_desktop.ui.first_start import FirstStartDialog
    from tbn4_desktop.ui.language_ui import LanguageDialog
    from tbn4_desktop.ui.organization_dialog import SignatoryFormDialog
    from tbn4_desktop.ui.register_row_dialog import RegisterRowDialog
    from tbn4_desktop.ui.upload_dialog import UploadDialog

    def form():
        dialog = window.open_form(FormName.APP1)
        dialog.wait_idle()
        if hasattr(dialog.preview, "wait_idle"):
            dialog.preview.wait_idle()
        return dialog

    def register_card():
        register = max((r for s in window.catalog.subtasks() for r in s.registers), key=lambda r: len(r.columns))
        return RegisterRowDialog(register, None, window)

    def guide():
        from tbn4_desktop.ui.help.guide import GuideWindow

        return GuideWindow(window)

    def legend():
        from tbn4_desktop.ui.help.legend import LegendDialog

        return LegendDialog(window)

    def signature():
        # Two signers' details, the longest report a signature file gives.
        sys.path.insert(0, str(ROOT))
        from tbn4_desktop.core.esign.report import report_lines
        from tbn4_desktop.core.esign.verify import check_signature
        from tbn4_desktop.ui.signature_dialog import SignatureDialog
        from tests.esign_pki import build_pki, sign

        pki = build_pki()
        data = b"%PDF-1.4 document"
        report = check_signature(sign(pki.ivanov, data, also=(pki.petrova,)), data, [pki.root.cert])
        name = "Приказ № 15 от 01.03.2025 «Об утверждении плана мероприятий».pdf"
        return SignatureDialog(window, name + ".cms", name, report_lines(report))

    def upload():
        executions = [e for e in window.tree.tree_model.executions_of("1.1.3")][:3]
        return UploadDialog(ctx, executions, window, today=AS_OF, catalog=window.catalog)

    return {
        "Форма (Приложение 1)": form,
        "Матрица документов": lambda: window.open_quasi_matrix() or window.quasi_matrix,
        "Организация и подписанты": window.edit_organization,
        "Подписант": lambda: SignatoryFormDialog(lambda s: s, window),
        "Журнал изменений": window.open_journal,
        "Проверка данных": window.open_check,
        "Резервные копии": window.open_backups,
        "Общая база данных офиса": window.open_database_settings,
        "Даты внутреннего анализа": window.edit_anchors,
        "Постановления о переносе": window.edit_decrees,
        "Экспорт пакета": lambda: ExportDialog(window, ctx, organization, YEAR),
        "Отметка загрузки в ИСПУ": upload,
        "Карточка строки реестра": register_card,
        "О программе": lambda: AboutDialog(window, ctx.data_dir),
        "Просмотр документа": lambda: PreviewWindow(window),
        "Сведения о подписи": signature,
        "Руководство пользователя": guide,
        "Обозначения": legend,
        "Первый запуск": lambda: FirstStartDialog(ctx, None, year=YEAR),
        "Тіл / Язык": LanguageDialog,
    }


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2]), *sys.argv[3:4]))
