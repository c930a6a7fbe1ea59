"""The panel and the tree read the checklist of confirming documents: one
line per document (✔/✖/—/○, requirement, files or links per channel,
signer, date, waiver), «Не распределено», what judges the deadline, the
applicability question — and the status `tbn4 status` gives. On the demo
year 2025 seen on 15.01.2026."""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QUrl
from sqlalchemy import text

from tbn4_desktop.core.vocabulary import ExecutionStatus
from tbn4_desktop.ui.catalog_tree import COL_FILES, COL_SIGNER, COL_STATUS, NO_DOCUMENTS

YEAR = 2025
AS_OF = date(2026, 1, 15)


@pytest.fixture
def demo_org(ctx):
    from tbn4_desktop.services.demo import create_demo

    return create_demo(ctx, YEAR, today=AS_OF)


def open_window(qtbot, ctx, org):
    from tbn4_desktop.ui.main_window import MainWindow

    w = MainWindow(ctx, org, YEAR)
    w.as_of = AS_OF
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.treeFilled, timeout=5000):
        w.load()
    return w


@pytest.fixture
def window(qtbot, ctx, demo_org, modal):
    return open_window(qtbot, ctx, demo_org)


def execution(window, code: str, period: str = ""):
    return next(e for e in window.tree.tree_model.executions_of(code) if e.period == period)


def panel_text(window, code: str, period: str = "") -> str:
    if period:
        window.tree.select_execution(execution(window, code, period).id)
    else:
        window.tree.select_subtask(code)
    return window.panel.browser.toPlainText()


def cells(window, code: str, period: str = ""):
    model = window.tree.tree_model
    index = model.index_of_execution(execution(window, code, period).id)
    return {col: index.siblingAtColumn(col) for col in (COL_STATUS, COL_SIGNER, COL_FILES)}


def status_items(ctx, window):
    from tbn4_desktop.services.year_status import year_status

    with ctx.store.session() as s:
        return {i.execution_id: i for i in year_status(s, window.catalog, window.organization.id, YEAR, AS_OF).items}


def test_links_are_listed_per_channel_and_the_deadline_says_what_judges_it(window):
    text_ = panel_text(window, "1.1.3")
    slot = window.catalog.subtask("1.1.3").documents[0]
    assert f"✔\n{slot.title} (ссылка на публикацию; обязательный)" in text_
    for channel in ("интернет-ресурс", "СМИ", "социальные сети"):
        assert f" — {channel}, " in text_
    assert "Дата публикации: " in text_ and "не указана" not in text_
    assert "Засчитывается по дате документа «" in text_


def test_a_form_without_its_documents_shows_what_is_missing(window):
    text_ = panel_text(window, "2.1.1")
    subtask = window.catalog.subtask("2.1.1")
    form, letter = subtask.documents[0], subtask.documents[1]
    assert f"✖\n{form.title} (форма отчётности; обязательный)" in text_
    assert f"({letter.kind.label.lower()}; при условии: {letter.condition})" in text_
    assert "Подписант не указан; подписывает: руководитель аппарата." in text_
    assert f"{form.date.label}: не указана" in text_
    assert f"Нет подписанного документа «{form.title}» (скана с подписью или файла с ЭЦП)." in text_
    assert "Засчитывается по дате загрузки в ИСПУ" in text_
    assert "Отметки о загрузке в ИСПУ нет." in text_


def test_a_waived_link_shows_its_reason(window):
    text_ = panel_text(window, "3.1.1", "Q1")
    assert "Подтверждающие документы — I квартал" in text_
    link = next(d for d in window.catalog.subtask("3.1.1").documents if d.kind.value == "link")
    assert (
        f"—\n{link.title} (ссылка на публикацию; при условии: {link.condition})\nНе требуется: не опубликовано" in text_
    )
    assert "Отметка: Загружено в ИСПУ" in text_
    assert "Применимость: Да — «" in text_


def test_a_signer_who_may_not_sign_is_named_in_red(ctx, qtbot, demo_org, modal):
    """Stored before the rule changed (the service refuses it now): the
    ethics commissioner «signed» the 1.1.5 protocol."""
    with ctx.store.session() as s:
        s.execute(
            text(
                "UPDATE slot_record SET signatory_id = (SELECT id FROM signatory WHERE role = 'ethics_commissioner') "
                "WHERE slot_key = 'protocol' AND execution_id = (SELECT e.id FROM subtask_execution e "
                "WHERE e.subtask_code = '1.1.5')"
            )
        )
    window = open_window(qtbot, ctx, demo_org)
    text_ = panel_text(window, "1.1.5")
    assert (
        "Подписал(а): Сәрсенбаева Гүлнұр Қайратқызы, уполномоченный по этике — не может подписывать этот "
        "документ; подписывает: аким района (города), руководитель аппарата" in text_
    )
    assert "#b00020" in window.panel.browser.toHtml()
    signer = cells(window, "1.1.5")[COL_SIGNER]
    assert signer.data() == "Сәрсенбаева Г. Қ."
    assert "Не может подписывать свой документ" in signer.data(3)  # ToolTipRole
    # Stored «Готово к загрузке», shown «В работе» as `tbn4 status` shows it.
    info = execution(window, "1.1.5")
    assert info.status is ExecutionStatus.IN_PROGRESS
    assert status_items(ctx, window)[info.id].status is ExecutionStatus.IN_PROGRESS


def test_a_ready_subtask_missing_a_document_is_in_progress_everywhere(ctx, qtbot, demo_org, modal):
    """Its files taken back into «Не распределено» (as after the upgrade):
    the tree, panel, progress and the upload action agree with year_status."""
    with ctx.store.session() as s:
        s.execute(
            text(
                "UPDATE attachment SET slot_key = '' WHERE execution_id = "
                "(SELECT id FROM subtask_execution WHERE subtask_code = '1.1.5')"
            )
        )
    window = open_window(qtbot, ctx, demo_org)
    info = execution(window, "1.1.5")
    assert window.tree.tree_model.stored_status(info.id) is ExecutionStatus.READY_FOR_UPLOAD
    row = cells(window, "1.1.5")
    assert row[COL_STATUS].data() == "В работе"
    assert "Подзадачу 1.1.5 нельзя завершить" in row[COL_STATUS].data(3)
    assert "Не распределено: 1 файл" in row[COL_FILES].data(3)
    text_ = panel_text(window, "1.1.5")
    assert "В работе — не хватает документов: 1" in text_
    assert "Не распределено: 1 файл: " in text_ and "разберите в мастере" in text_
    assert not window.panel.upload_button.isVisible()
    assert window.mark_uploaded() is None
    assert window.statusBar().currentMessage().startswith("Подзадачу 1.1.5 нельзя завершить:")
    items = status_items(ctx, window)
    shown = {
        e.id: e.status
        for code in (s.code for s in window.catalog.subtasks())
        for e in window.tree.tree_model.executions_of(code)
    }
    assert shown == {i: item.status for i, item in items.items()}
    # Each counter counts what its words say; a period whose deadline does not apply is not counted.
    counted = [i for i in items.values() if i.deadline is None or i.deadline.state.value != "not_applicable"]
    uploaded = sum(item.status is ExecutionStatus.UPLOADED for item in counted)
    ready = sum(item.status is ExecutionStatus.READY_FOR_UPLOAD for item in counted)
    assert window.progress_label.text().startswith(
        f"Загружено в ИСПУ: {uploaded} из {len(counted)}; готово к загрузке: {ready} "
    )


def test_a_started_subtask_with_nothing_attached_says_so(window):
    assert cells(window, "2.1.1")[COL_FILES].data() == NO_DOCUMENTS
    assert cells(window, "2.3.1")[COL_FILES].data() == "—"  # not started: no word


def test_an_unanswered_question_is_shown_with_a_way_to_answer(ctx, qtbot, demo_org, modal):
    from tbn4_desktop.services.checklist import set_answer
    from tbn4_desktop.services.executions import find_year_plan

    catalog = ctx.catalog_for_year(YEAR)
    with ctx.store.session() as s:
        set_answer(s, catalog, find_year_plan(s, demo_org.id, YEAR).id, "system_wide_analysis", None)
    window = open_window(qtbot, ctx, demo_org)
    text_ = panel_text(window, "1.1.1")
    question = catalog.question("system_wide_analysis")
    assert f"Ответьте на вопрос: «{question.text}». Пока ответа нет, подзадача считается применимой." in text_
    assert window.panel.execute_button.isEnabled()
    window.panel.browser.anchorClicked.emit(QUrl("tbn4-answer:system_wide_analysis"))
    from tbn4_desktop.ui.organization_dialog import (
        TAB_APPLICABILITY,
        OrganizationDialog,
    )

    dialog = window.findChild(OrganizationDialog, "organizationDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.tabs.currentIndex() == TAB_APPLICABILITY
    assert dialog.answer("system_wide_analysis") is None
    with qtbot.waitSignal(window.treeFilled, timeout=5000):
        assert dialog.set_answer("system_wide_analysis", False)
    dialog.reject()
    # Answered «Нет»: greyed, «Не применяется» with the reason, no «Выполнить…».
    model = window.tree.tree_model
    index = model.index_of_subtask("1.1.1")
    status = index.siblingAtColumn(COL_STATUS)
    assert status.data() == "Не применяется"
    assert f"нет: «{question.text}»" in status.data(3)
    assert model.itemFromIndex(index).foreground().color().name() == "#767676"
    assert model.executions_of("1.1.1") == []
    window.tree.select_subtask("1.1.1")
    assert f"Не применяется: нет: «{question.text}»" in window.panel.browser.toPlainText()
    assert not window.panel.execute_button.isEnabled()
    window.execute_current()
    assert window.wizard is None
    assert window.statusBar().currentMessage() == (
        f"Подзадача 1.1.1 не применяется: нет: «{question.text}». Ответ меняется в меню «Файл → Организация "
        "и подписанты…»."
    )
    assert "1.1.1" not in {r.code for r in window.deadline_rows if r.state.value != "not_applicable"}


def test_the_start_up_paint_shows_the_same_statuses(ctx, qtbot, demo_org, modal, data_dir):
    """The quick first paint (plain sqlite3) and the ordinary path agree."""
    from tbn4_desktop.services.startup_view import read_year_view
    from tbn4_desktop.ui.main_window import MainWindow

    with ctx.store.session() as s:
        s.execute(
            text(
                "UPDATE attachment SET slot_key = '' WHERE execution_id = "
                "(SELECT id FROM subtask_execution WHERE subtask_code = '1.1.5')"
            )
        )
    ordinary = open_window(qtbot, ctx, demo_org)
    view = read_year_view(data_dir, YEAR)
    assert view is not None and view.checklists is None and view.inputs is not None
    quick = MainWindow(None, view.organization, YEAR, catalogs=ctx.catalogs, data_dir=data_dir)
    qtbot.addWidget(quick)
    quick.show_year(view, ordinary.catalog)

    def shown(w):
        return {
            (e.subtask_code, e.period): (
                e.status,
                w.tree.tree_model.index_of_execution(e.id).siblingAtColumn(COL_FILES).data(),
            )
            for code in (s.code for s in w.catalog.subtasks())
            for e in w.tree.tree_model.executions_of(code)
        }

    assert shown(quick) == shown(ordinary)
    assert shown(quick)[("1.1.5", "")][0] is ExecutionStatus.IN_PROGRESS
    # Before the deadlines are computed the total (which periods count) is left out.
    assert quick.progress_label.text() == re.sub(r" из \d+", "", ordinary.progress_label.text())


def test_a_file_named_in_the_checklist_opens_in_the_system_viewer(window, monkeypatch, modal):
    """Issue 14: the checklist's file names open the file under its original
    name (a read-only copy in «Открытые файлы»); a failure is one message."""
    from PySide6.QtGui import QDesktopServices

    from tbn4_desktop.ui.open_files import OPENED_FOLDER
    from tbn4_desktop.ui.subtask_panel import FILE_LINK

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    panel_text(window, "1.1.2")
    detail = window.panel.data.focus
    attachment = detail.attachments[0]
    assert f"href='{FILE_LINK}{attachment.id}'" in window.panel.browser.toHtml().replace('"', "'")
    window.panel.browser.anchorClicked.emit(QUrl(f"{FILE_LINK}{attachment.id}"))
    assert len(opened) == 1 and modal.boxes == []
    shown = opened[0].toLocalFile()
    assert shown.endswith("/" + attachment.original_name) and f"/{OPENED_FOLDER}/" in shown

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: False))
    window.panel.browser.anchorClicked.emit(QUrl(f"{FILE_LINK}{attachment.id}"))
    assert len(modal.boxes) == 1
    assert modal.texts[-1].startswith(f"Не удалось открыть «{attachment.original_name}»")
