"""Render every screen of the app into docs/screenshots/*.png (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python docs/screenshots/make_screenshots.py [--lang kk] [OUT_DIR]

With --lang kk the screens are in Kazakh, by default into docs/screenshots/kk/.

Uses a throw-away data folder with the demonstration data and a throw-away
QSettings folder, so it never touches the user's data or window state.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

ARGS = sys.argv[1:]
LANG = ARGS[ARGS.index("--lang") + 1] if "--lang" in ARGS else "ru"
POSITIONAL = [a for i, a in enumerate(ARGS) if a != "--lang" and (i == 0 or ARGS[i - 1] != "--lang")]
HERE = Path(__file__).resolve().parent
OUT = Path(POSITIONAL[0]) if POSITIONAL else (HERE if LANG == "ru" else HERE / LANG)
WORK = Path(tempfile.mkdtemp(prefix="tbn4-shots-"))


def save(widget: QWidget, name: str) -> None:
    from tbn4_desktop.ui.screenshots import save_png

    path = save_png(widget, OUT / f"{name}.png")
    print(f"{path.name}: {path.stat().st_size // 1024} KB")


def grab_modal(name: str):
    """A stand-in for errors.run_modal that screenshots the box."""

    def run(box: QMessageBox):
        box.show()
        box.adjustSize()
        save(box, name)
        box.close()
        return QMessageBox.StandardButton.Ok

    return run


def main() -> None:
    from datetime import date

    OUT.mkdir(parents=True, exist_ok=True)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(WORK / "qsettings"))
    from tbn4_desktop.language import apply_language

    apply_language(LANG)
    from tbn4_desktop.ui.app import ensure_application

    app = ensure_application()
    from tbn4_desktop.ui.screenshots import use_segoe_width_font

    use_segoe_width_font()  # Liberation Sans: as wide as Segoe UI, not DejaVu Sans's 13 % wider
    from tbn4_desktop.services.context import open_app
    from tbn4_desktop.ui import errors

    # ------------------------------------------------------- language choice
    from tbn4_desktop.ui.language_ui import LanguageDialog

    language_dialog = LanguageDialog(preselected=LANG)
    language_dialog.show()
    save(language_dialog, "00_language")
    language_dialog.close()

    # ---------------------------------------------------------- first start
    from tbn4_desktop.ui.first_start import FirstStartDialog

    empty_ctx = open_app(WORK / "empty")
    dialog = FirstStartDialog(empty_ctx)
    dialog.show()
    save(dialog, "01_first_start")
    dialog.name_edit.setText("")
    dialog.bin_edit.setText("050340001236")
    row = dialog.signatory_rows[0]
    row.full_name.setText("Ахметов Серик Болатович")
    dialog.add_signatory_row()
    dialog.signatory_rows[1].full_name.setText("Иванова Анна Петровна")
    dialog.signatory_rows[1].position.setText("Руководитель аппарата акима района")
    dialog.signatory_rows[1].position.setCursorPosition(0)
    dialog.save()
    save(dialog, "02_first_start_errors")
    dialog.close()
    empty_ctx.close()

    # ---------------------------------------------------------- main window
    from tbn4_desktop.services.demo import create_demo
    from tbn4_desktop.ui.main_window import MainWindow

    ctx = open_app(WORK / "demo")
    organization = create_demo(ctx)
    window = MainWindow(ctx, organization)
    window.resize(1280, 800)
    window.show()
    window.load()
    window.tree.select_subtask("1.1.5")
    save(window, "03_main_window")
    window.tree.collapse(window.tree.tree_model.index_of_subtask("1.1.5").parent())
    window.tree.expand(window.tree.tree_model.index_of_subtask("4.2.2"))
    march = window.tree.tree_model.executions_of("4.2.2")[2]
    window.tree.select_execution(march.id)
    window.tree.scrollTo(window.tree.tree_model.index_of_execution(march.id), window.tree.ScrollHint.PositionAtCenter)
    save(window, "04_main_window_periodic")
    panel_screens(window)

    # --------------------------------------------------------------- wizard
    from PIL import Image

    from tbn4_desktop.ui.subtask_wizard import PageId

    target = window.tree.tree_model.executions_of("1.2.1")[0]
    window.tree.select_execution(target.id)
    wizard = window.open_wizard(target.id)
    wizard.resize(860, 620)
    wizard.go_to(PageId.INTRO)
    save(wizard, "05_wizard_1_requirements")
    while wizard.currentId() != PageId.DOCUMENTS:
        before = wizard.currentId()
        wizard.next()
        if wizard.currentId() == before:
            raise SystemExit(f"the wizard of 1.2.1 stopped at page {PageId(before).name}")
    scans = WORK / "scans"
    scans.mkdir()
    pdf = scans / "Перечень должностей (подписан).pdf"
    Image.new("RGB", (1240, 1754), "white").save(pdf, "PDF")
    png = scans / "Перечень — стр. 2.png"
    Image.new("RGB", (1240, 1754), (250, 250, 250)).save(png, "PNG")
    fake = scans / "перечень.pdf"
    fake.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)
    page = wizard.documents_page
    slot = wizard.state.subtask.documents[0].key
    page.add_files([pdf, png, fake], slot)  # the renamed program is refused at its card
    save(wizard, "06_wizard_2_documents")
    signer = wizard.state.signers_for(wizard.state.subtask.slot(slot))[0]
    page.set_signer(slot, signer.id)
    page.set_date(slot, min(date(window.year, 3, 2), date.today()))
    save(wizard, "07_wizard_2_documents_signed")
    while wizard.currentId() != PageId.REVIEW:
        wizard.next()
    save(wizard, "08_wizard_3_review")
    wizard.button(wizard.WizardButton.FinishButton).click()
    QApplication.processEvents()
    window.tree.select_execution(target.id)
    save(window, "09_main_window_after_wizard")

    # --------------------------------------------------------------- export
    from tbn4_desktop.ui import export_dialog, jobs

    original_start = jobs.Job.start
    jobs.Job.start = lambda self, pool=None: None  # hold the job: show the dialog mid-way
    controller = export_dialog.ExportController(window, ctx, organization, window.year)
    controller.run(WORK / "bundle.zip")
    controller._on_progress(3_400_000, 8_100_000, "")
    controller.progress.show()
    save(controller.progress, "12_export_progress")
    controller._close_progress()
    jobs.Job.start = original_start
    errors.run_modal = grab_modal("13_export_result")
    controller = export_dialog.ExportController(window, ctx, organization, window.year)
    controller.run(WORK / f"ТБН4_{window.year}_{organization.bin}.zip")
    while controller.running:
        app.processEvents()

    # ---------------------------------------------------------- errors etc.
    errors.set_log_dir(WORK / "logs")
    errors.run_modal = grab_modal("14_error_dialog")
    try:
        raise RuntimeError("demonstration")
    except RuntimeError:
        errors._excepthook(*sys.exc_info())
    errors.run_modal = grab_modal("15_confirm_remove")
    errors.confirm(
        window,
        "Убрать файл «Перечень — стр. 2.png» из подзадачи?",
        "Файл не удаляется: он перейдёт в историю подзадачи и сохранится в папке данных.",
        yes_text="Убрать",
    )

    from tbn4_desktop.ui.about_dialog import AboutDialog

    about = AboutDialog(window, ctx.data_dir)
    about.show()
    about.adjustSize()
    save(about, "16_about")
    about.close()

    file_dialog = QFileDialog(window, "Выберите сканы подписанных документов", str(scans))
    file_dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    file_dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    file_dialog.resize(900, 480)
    file_dialog.show()
    from PySide6.QtWidgets import QTreeView

    for view in file_dialog.findChildren(QTreeView):
        for col, width in enumerate((330, 90, 150, 150)):
            view.setColumnWidth(col, width)
    save(file_dialog, "17_file_dialog")
    file_dialog.close()

    window.close()
    ctx.close()
    app.processEvents()
    deadline_screens()


def panel_screens(window) -> None:  # noqa: ANN001 - MainWindow
    """The panel's checklist of confirming documents at 1366×768: links per
    channel (1.1.3), a form still missing its documents (2.1.1), a link
    declared «не требуется» (3.1.1, I квартал)."""
    from tbn4_desktop.ui.screenshots import PANEL_SHOTS, SMALL_SCREEN

    size = window.size()
    window.resize(*SMALL_SCREEN)
    for number, (code, period) in enumerate(PANEL_SHOTS, 45):
        info = next(e for e in window.tree.tree_model.executions_of(code) if e.period == period)
        window.tree.select_execution(info.id)
        window.tree.scrollTo(
            window.tree.tree_model.index_of_execution(info.id), window.tree.ScrollHint.PositionAtCenter
        )
        save(window, f"{number}_panel_checklist_{code}{'_' + period if period else ''}")
    window.resize(size)


def deadline_screens() -> None:
    """The «Сроки» tab, the calendar, the notice and the deadline dialogs, on
    the demo year 2025 seen on 10.06.2025."""
    from datetime import date

    from tbn4_desktop.core.catalog import AnchorEvent
    from tbn4_desktop.services.context import open_app
    from tbn4_desktop.services.deadlines import set_anchors
    from tbn4_desktop.services.demo import create_demo
    from tbn4_desktop.services.executions import find_year_plan
    from tbn4_desktop.ui.main_window import MainWindow

    ctx = open_app(WORK / "deadlines")
    org = create_demo(ctx, 2025, today=date(2025, 6, 10))
    with ctx.store.session() as session:
        set_anchors(
            session,
            find_year_plan(session, org.id, 2025).id,
            {
                AnchorEvent.ANALYSIS_START: date(2025, 4, 1),
                AnchorEvent.ANALYSIS_END: date(2025, 5, 12),
                AnchorEvent.REPORT_SIGNED: date(2025, 5, 20),
                AnchorEvent.PLAN_APPROVED: date(2025, 6, 2),
            },
        )
    window = MainWindow(ctx, org, 2025)
    window.as_of = date(2025, 6, 10)
    window.resize(1360, 820)
    window.show()
    window.load()
    window.show_dashboard()
    window.month_calendar.select_day(date(2025, 6, 5))
    save(window, "18_deadlines")
    window.month_calendar.select_day(date(2025, 3, 21))
    save(window, "19_deadlines_calendar_march")
    window.focus_tree()
    window.tree.select_subtask("1.1.8")
    save(window, "20_main_window_deadline")
    window.tree.select_subtask("1.1.9")
    save(window, "21_main_window_periodic_deadlines")
    window.today_page.show_page()
    save(window, "22_today")
    anchors = window.edit_anchors()
    anchors.edits[AnchorEvent.ANALYSIS_END].set_value(date(2025, 3, 28))
    anchors.adjustSize()
    save(anchors, "23_anchor_dialog")
    anchors.reject()
    decrees = window.edit_decrees()
    decrees.date_edit.setDate(date(2025, 6, 4))
    decrees.note_edit.setText("Перенос выходного дня (пример)")
    decrees.basis_edit.setText("Постановление Правительства РК (пример)")
    decrees.add()
    decrees.add()  # an empty note: the field error shows
    save(decrees, "24_decrees_dialog")
    decrees.reject()
    execution_id = next(r.execution_id for r in window.deadline_rows if r.code == "1.1.8")
    wizard = window.open_wizard(execution_id)
    save(wizard, "25_wizard_deadline")
    wizard.reject()

    # ------------------------------------------- an e-signed document (ЭЦП)
    from tbn4_desktop.ui.subtask_wizard import DEFAULT_SIZE, PageId
    from tbn4_desktop.ui.window_fit import laptop_size

    execution_id = next(r.execution_id for r in window.deadline_rows if r.code == "1.1.2")
    wizard = window.open_wizard(execution_id)
    wizard.resize(laptop_size(DEFAULT_SIZE))
    wizard.go_to(PageId.INTRO)
    wizard.next()
    page = wizard.documents_page
    card = page.card("order")
    card.file_list.setCurrentItem(card.file_list.topLevelItem(0))
    page.preview.wait_idle()
    QApplication.processEvents()
    save(wizard, "48_wizard_documents_esign")
    details = page.show_signature(card.file_list.attachments()[0], card)
    save(details, "49_signature_details")
    details.close()
    QDialog.reject(wizard)
    window.close()
    ctx.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()
