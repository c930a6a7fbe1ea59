"""«Форма: …»: generated from the demo year 2025 in a job, previewed, saved
in every format it has, printed, opened in Word, attached as a draft; the
«Формы» menu and the panel's «Сформировать…»."""

from __future__ import annotations

import time
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog

from tbn4_desktop.core.forms.model import FormName
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.ui import forms_dialog, forms_dialog_files
from tbn4_desktop.ui.forms_dialog import FORMS_DIR, FormDialog

YEAR = 2025
AS_OF = date(2025, 6, 10)


@pytest.fixture
def demo_org(ctx):
    from tbn4_desktop.services.demo import create_demo

    return create_demo(ctx, YEAR, today=AS_OF)


def execution_of(ctx, org, code: str, period: str = ""):
    from tbn4_desktop.services.executions import find_year_plan, list_executions

    with ctx.store.session() as session:
        plan = find_year_plan(session, org.id, YEAR)
        return next(e for e in list_executions(session, plan.id) if e.subtask_code == code and e.period == period)


def open_dialog(qtbot, ctx, org, name: FormName, **kwargs) -> FormDialog:
    from tbn4_desktop.services.forms import FormRequest

    request = FormRequest(name=name, year=YEAR, organization_id=org.id, **kwargs.pop("request", {}))
    dialog = FormDialog(ctx, ctx.catalog_for_year(YEAR), request, today=AS_OF, **kwargs)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.generated, timeout=20000):
        dialog.show()
    assert dialog.wait_idle()
    qtbot.waitUntil(lambda: dialog.preview.page_count > 0 and dialog.save_button.isEnabled(), timeout=10000)
    return dialog


def wait_jobs(qtbot, dialog: FormDialog) -> None:
    assert dialog.wait_idle()
    qtbot.waitUntil(lambda: not dialog.jobs, timeout=10000)


def test_appendix_1_of_the_demo_is_generated_and_previewed(qtbot, ctx, demo_org, modal):
    dialog = open_dialog(qtbot, ctx, demo_org, FormName.APP1)
    assert dialog.windowTitle() == f"Форма: {FormName.APP1.label}"
    assert dialog.pages > 0 and dialog.preview.page_count == dialog.pages
    assert dialog.preview.page_label.text() == f"Страница 1 из {dialog.pages}"
    assert "2025" in dialog.status.text()
    assert not dialog.attach_button.isVisible()  # not opened for a subtask
    assert modal.boxes == []
    temp = dialog.pdf_path
    assert temp.is_file() and temp.is_relative_to(ctx.data_dir)
    dialog.reject()
    assert not temp.exists()  # the preview goes with the dialog


def test_an_impossible_request_is_one_russian_message(qtbot, ctx, demo_org, modal):
    from tbn4_desktop.services.forms import FormRequest

    request = FormRequest(name=FormName.APP1, year=2019, organization_id=demo_org.id)
    dialog = FormDialog(ctx, ctx.catalog_for_year(YEAR), request, today=AS_OF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(modal.boxes), timeout=10000)
    assert modal.texts == [
        f"Форма не сформирована. За 2019 год данных нет: у организации «{demo_org.name}» нет плана на этот год."
    ]
    assert not dialog.save_button.isEnabled() and not dialog.print_button.isEnabled()


def test_a_form_without_a_pdf_can_still_be_saved_as_docx(qtbot, ctx, demo_org, modal, monkeypatch, tmp_path):
    """A row no PDF page can hold: the message names it, and the DOCX is still there to finish in Word."""
    from tbn4_desktop.core.forms.render import row_too_tall

    real = forms_dialog.write_form

    def pdf_refused(form, path):
        if Path(path).suffix == ".pdf":
            raise row_too_tall(form, "подзадача 2.3.1, факт №3")
        return real(form, path)

    monkeypatch.setattr(forms_dialog, "write_form", pdf_refused)
    from tbn4_desktop.services.forms import FormRequest

    dialog = FormDialog(ctx, ctx.catalog_for_year(YEAR), FormRequest(FormName.APP1, YEAR, demo_org.id), today=AS_OF)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: bool(modal.boxes), timeout=20000)
    assert dialog.wait_idle()
    qtbot.waitUntil(lambda: not dialog.jobs, timeout=10000)
    assert len(modal.texts) == 1 and "строка «подзадача 2.3.1, факт №3» не помещается" in modal.texts[0]
    assert "сохранить в DOCX" in modal.texts[0]
    assert dialog.save_button.isEnabled() and dialog.word_button.isEnabled()
    assert not dialog.print_button.isEnabled()
    target = tmp_path / "форма.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), forms_dialog.FILTERS["docx"]))
    )
    assert dialog.save_as() == target
    wait_jobs(qtbot, dialog)
    assert target.is_file() and target.stat().st_size > 1000


@pytest.mark.parametrize("name, formats", [(FormName.APP1, ["docx", "pdf"]), (FormName.APP3, ["docx", "pdf", "xlsx"])])
def test_save_as_offers_and_writes_the_formats_of_the_form(
    qtbot, ctx, demo_org, modal, monkeypatch, tmp_path, name, formats
):
    dialog = open_dialog(qtbot, ctx, demo_org, name)
    asked = []
    for fmt in formats:
        target = tmp_path / f"{name.value} форма"  # no extension: the chosen filter adds it

        def fake(parent, caption, suggested, filters, selected, fmt=fmt, target=target):
            asked.append((Path(suggested).name, filters.split(";;")))
            return str(target), forms_dialog.FILTERS[fmt]

        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
        path = dialog.save_as()
        wait_jobs(qtbot, dialog)
        assert path == target.with_name(f"{target.name}.{fmt}")
        assert path.is_file() and path.stat().st_size > 1000
        assert dialog.last_saved == path
    assert asked[0][0] == f"Приложение {name.value[-1]} 2025.docx"
    assert asked[0][1] == [forms_dialog.FILTERS[f] for f in formats]
    assert PdfReader(tmp_path / f"{name.value} форма.pdf").pages[0].extract_text()
    assert modal.boxes == []


def test_save_to_an_unwritable_place_is_one_russian_message(qtbot, ctx, demo_org, modal, monkeypatch, unwritable_dir):
    dialog = open_dialog(qtbot, ctx, demo_org, FormName.APP1)
    target = unwritable_dir / "форма.docx"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), forms_dialog.FILTERS["docx"]))
    )
    dialog.save_as()
    wait_jobs(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(modal.boxes))
    assert modal.texts[0].startswith("Форма не сохранена. Нет прав на запись")
    assert not target.exists()


def test_printing_to_a_pdf_printer_prints_every_page_or_the_chosen_range(
    qtbot, ctx, demo_org, modal, monkeypatch, tmp_path
):
    dialog = open_dialog(qtbot, ctx, demo_org, FormName.APP1)
    out = tmp_path / "печать.pdf"
    made = []

    def make_printer():
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        made.append(printer)
        return printer

    monkeypatch.setattr(dialog, "make_printer", make_printer)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    dialog.print_form()
    wait_jobs(qtbot, dialog)
    assert len(PdfReader(out).pages) == dialog.pages
    assert dialog.status.text() == f"Форма отправлена на печать: {dialog.pages} стр."

    if dialog.pages >= 2:  # a page range from the dialog is respected
        out.unlink()
        printer = make_printer()
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 2)
        dialog.print_to(printer)
        wait_jobs(qtbot, dialog)
        assert len(PdfReader(out).pages) == 1
    assert modal.boxes == []


def test_open_in_word_writes_under_forms_and_opens_it(qtbot, ctx, demo_org, modal, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    dialog = open_dialog(qtbot, ctx, demo_org, FormName.APP1)
    dialog.word_button.click()
    wait_jobs(qtbot, dialog)
    expected = ctx.data_dir / FORMS_DIR / "Приложение 1 2025.docx"
    assert [Path(u.toLocalFile()) for u in opened] == [expected]
    assert expected.is_file()

    # The same file open in Word (its owner file beside it): a numbered name, the first one untouched.
    (expected.parent / f"~${expected.name[2:]}").write_bytes(b"owner")
    before = expected.stat().st_mtime_ns
    dialog.word_button.click()
    wait_jobs(qtbot, dialog)
    assert Path(opened[-1].toLocalFile()) == expected.parent / "Приложение 1 2025 (2).docx"
    assert expected.stat().st_mtime_ns == before
    assert modal.boxes == []


def test_open_in_word_without_word_names_the_file_and_folder(qtbot, ctx, demo_org, modal, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    dialog = open_dialog(qtbot, ctx, demo_org, FormName.APP1)
    dialog.word_button.click()
    wait_jobs(qtbot, dialog)
    qtbot.waitUntil(lambda: bool(modal.boxes))
    folder = ctx.data_dir / FORMS_DIR
    assert modal.texts == [
        f"Файл «Приложение 1 2025.docx» сохранён в папке «{folder}», но открыть его "
        "не удалось: откройте его из этой папки в Word."
    ]


def test_a_locked_file_is_written_under_a_numbered_name(tmp_path, monkeypatch):
    written = []

    def fake_write(form, path):
        if path.name == "Опись 2025.docx":
            raise PermissionError(13, "used by another process", str(path))
        written.append(path)
        return path

    # write_unlocked lives in forms_dialog_files: its write_form is the one to patch.
    monkeypatch.setattr(forms_dialog_files, "write_form", fake_write)
    path = forms_dialog.write_unlocked(object(), tmp_path, "Опись 2025", "docx")
    assert path == tmp_path / "Опись 2025 (2).docx" and written == [path]


def test_attach_as_draft_goes_to_the_form_slot_and_does_not_complete_the_subtask(qtbot, ctx, demo_org, modal):
    from tbn4_desktop.services.checklist import complete, execution_checklist
    from tbn4_desktop.services.executions import get_execution, remove_attachment

    info = execution_of(ctx, demo_org, "2.1.1")
    with ctx.store.session() as session:  # only the draft will be there
        for a in get_execution(session, info.id).attachments:
            remove_attachment(session, a.id)
    dialog = open_dialog(qtbot, ctx, demo_org, FormName.APP1, request={"subtask_code": "2.1.1"}, execution_id=info.id)
    assert dialog.attach_button.isVisible()
    assert dialog.form_slot_key() == "app1"
    with qtbot.waitSignal(dialog.attached, timeout=10000):
        dialog.attach_button.click()
    wait_jobs(qtbot, dialog)
    with ctx.store.session() as session:
        detail = get_execution(session, info.id)
    # The draft sits in the Appendix 1 slot, next to the signed scan that will replace it.
    assert [(a.role, a.original_name, a.media_type, a.slot_key) for a in detail.attachments] == [
        (AttachmentRole.DRAFT, "Приложение 1 2025.pdf", "application/pdf", "app1")
    ]
    assert AttachmentRole.DRAFT.label == "Проект документа (без подписи)"
    assert "Проект документа (без подписи)" in dialog.status.text()

    catalog = ctx.catalog_for_year(YEAR)
    with ctx.store.session() as session:
        assert execution_checklist(session, catalog, info.id).state("app1").files == 1
    with pytest.raises(ValidationError) as refused, ctx.store.session() as session:
        complete(session, catalog, info.id, expected_version=detail.info.version)
    assert refused.value.errors["slots"].startswith(
        "Подзадачу 2.1.1 нельзя завершить: нет подписанного документа «Справочная информация"
    )


def _signatories(ctx, org):
    from tbn4_desktop.services.organizations import list_signatories

    with ctx.store.session() as session:
        return [s.id for s in list_signatories(session, org.id, active_only=True)]


def test_the_window_keeps_responding_while_the_form_is_generated(qtbot, ctx, demo_org, modal, monkeypatch):
    from tbn4_desktop.services import forms

    real = forms.build_form

    def slow(*args, **kwargs):
        time.sleep(0.8)
        return real(*args, **kwargs)

    monkeypatch.setattr(forms, "build_form", slow)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(20)
    started = time.monotonic()
    open_dialog(qtbot, ctx, demo_org, FormName.APP5)
    timer.stop()
    assert time.monotonic() - started >= 0.8
    assert len(ticks) >= 20
    assert max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) < 0.5


@pytest.fixture
def window(qtbot, ctx, demo_org, modal):
    from tbn4_desktop.ui.main_window import MainWindow

    w = MainWindow(ctx, demo_org, YEAR)
    w.as_of = AS_OF
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.treeFilled, timeout=5000):
        w.load()
    return w


def test_the_forms_menu_opens_each_form(qtbot, window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "Ф&ормы")
    assert [a.text() for a in menu.actions() if not a.isSeparator()] == [
        "Приложение №&1…",
        "Приложение №&2",
        "Приложение №&3…",
        "Приложение №&4…",
        "Приложение №&5…",
        "&Опись документов…",
        "Строка «Сформировано … в программе ТБН-4» внизу форм",
    ]
    for name, action in window.form_actions.items():
        action.trigger()
        dialog = window.form_dialog
        with qtbot.waitSignal(dialog.generated, timeout=20000):
            pass
        assert dialog.request.name is name and dialog.request.year == YEAR
        assert dialog.request.organization_id == window.organization.id
        assert dialog.pages > 0
        assert dialog.wait_idle()
        dialog.reject()


def test_appendix_2_is_chosen_by_quarter(qtbot, window):
    """The act is made per quarter: the menu lists the four quarters, each opens its own act."""
    quarters = window.forms_menu.app2_menu.actions()
    assert [a.text() for a in quarters] == ["I квартал…", "II квартал…", "III квартал…", "IV квартал…"]
    quarters[1].trigger()
    dialog = window.form_dialog
    with qtbot.waitSignal(dialog.generated, timeout=20000):
        pass
    assert dialog.request.name is FormName.APP2 and dialog.request.period == "Q2"
    assert "II квартал" in dialog.status.text()
    assert dialog.wait_idle()
    dialog.reject()


def test_the_footer_line_is_an_option_saved_in_settings(qtbot, window, tmp_path):
    from tbn4_desktop.core.settings import load_settings

    data_dir = window.ctx.data_dir
    assert not load_settings(data_dir).form_footer  # off by default: the appendices have no such line
    window.forms_menu.aboutToShow.emit()
    assert not window.forms_menu.footer_action.isChecked()
    window.forms_menu.footer_action.setChecked(True)
    assert load_settings(data_dir).form_footer and window.ctx.settings.form_footer
    window.form_actions[FormName.APP5].trigger()
    dialog = window.form_dialog
    with qtbot.waitSignal(dialog.generated, timeout=20000):
        pass
    assert dialog.form.generated_on.startswith("Сформировано ")
    assert dialog.wait_idle()
    dialog.reject()
    window.forms_menu.footer_action.setChecked(False)
    assert not load_settings(data_dir).form_footer


def test_the_panel_offers_the_form_of_a_subtask_for_its_period(qtbot, window):
    window.focus_tree()  # the window opens on «На сегодня»
    window.tree.select_subtask("1.1.1")
    assert not window.panel.form_button.isVisible()
    window.tree.select_subtask("4.2.3")
    assert window.panel.form_button.isVisible() and window.panel.form_button.menu() is None
    window.panel.form_button.click()
    dialog = window.form_dialog
    with qtbot.waitSignal(dialog.generated, timeout=20000):
        pass
    assert dialog.request.name is FormName.APP5 and dialog.execution_id == window.panel.target.id
    assert dialog.attach_button.isVisible()
    assert dialog.wait_idle()
    dialog.reject()

    window.tree.select_subtask("2.2.1")  # quarterly, confirmed by Appendices 1 and 2: a menu
    menu = window.panel.form_button.menu()
    assert [a.text() for a in menu.actions()] == [f"{FormName.APP1.label}…", f"{FormName.APP2.label}…"]
    menu.actions()[0].trigger()
    dialog = window.form_dialog
    with qtbot.waitSignal(dialog.generated, timeout=20000):
        pass
    target = window.panel.target
    assert target.period and dialog.request.period == target.period
    assert dialog.request.subtask_code == "2.2.1" and dialog.execution_id == target.id
    assert dialog.wait_idle()
    dialog.reject()
