"""The subtask wizard on the real database, built from the document slots:
the pages each kind of subtask gets, files into a slot (button and drag and
drop), a signer limited to those allowed for the slot, links per channel,
refusals at their fields, the checklist on «Проверка», drafts, and Russian
buttons."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QWizard,
)

from tbn4_desktop.core.vocabulary import Channel, ExecutionStatus, OrgLevel
from tbn4_desktop.services.executions import get_execution
from tbn4_desktop.ui.catalog_tree import COL_FILES, COL_SIGNER, COL_STATUS
from tbn4_desktop.ui.subtask_wizard import FINISH_TEXT, PageId
from tests.ui.conftest import type_text

CODE = "1.1.5"  # protocol (signed) + publication link in every channel, once a year
PROTOCOL = "protocol"
LINK = "link"
URLS = {
    Channel.SITE: "https://www.gov.kz/memleket/entities/karatal/press/news/1",
    Channel.MEDIA: "https://karatal-tany.kz/news/1",
    Channel.SOCIAL: "https://www.facebook.com/karatal.akimat/posts/1",
}


def execution_id(window, code: str = CODE) -> int:
    return window.tree.tree_model.executions_of(code)[0].id


def open_wizard(window, code: str = CODE):
    window.tree.select_subtask(code)
    window.execute_current()
    wiz = window.wizard
    assert wiz is not None
    return wiz


@pytest.fixture
def wizard(qtbot, main_window):
    return open_wizard(main_window)


def pick_files(monkeypatch, *paths: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(lambda *a, **k: ([str(p) for p in paths], "")))


def combo_texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def choose_signer(card, name: str) -> None:
    """Pick a person in the slot's signer list as a user does (saved at once)."""
    combo = card.signer_combo
    index = next(i for i in range(combo.count()) if combo.itemText(i).startswith(name))
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def set_date(card, day: date) -> None:
    card.date_edit.setDate(day)
    card.date_edit.committed.emit()


def fill_links(page) -> None:
    for row in page.rows:
        row.url.setText(URLS[Channel(row.channel.currentData())])
        row.date.setDate(date.today() - timedelta(days=1))


def status_row(window, code: str = CODE):
    model = window.tree.tree_model
    item = model.itemFromIndex(model.index_of_subtask(code))
    parent = item.parent()
    return [parent.child(item.row(), c) for c in (COL_STATUS, COL_SIGNER, COL_FILES)]


def test_qt_buttons_are_russian(wizard):
    assert "Далее" in wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "")
    assert "Назад" in wizard.buttonText(QWizard.WizardButton.BackButton).replace("&", "")
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Отмена"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == FINISH_TEXT == "Завершить"
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"
    message = QMessageBox(
        QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    )
    assert message.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Да"
    assert message.button(QMessageBox.StandardButton.No).text().replace("&", "") == "Нет"
    wizard.reject()


@pytest.mark.parametrize(
    "code, pages",
    [
        ("1.1.3", [PageId.INTRO, PageId.LINKS, PageId.REVIEW]),  # link only: no scans, no signer
        ("1.1.4", [PageId.INTRO, PageId.LINKS, PageId.REVIEW]),
        ("1.1.8", [PageId.INTRO, PageId.LINKS, PageId.REVIEW]),
        ("3.2.6", [PageId.INTRO, PageId.DATA, PageId.LINKS, PageId.REVIEW]),
        ("1.1.5", [PageId.INTRO, PageId.DOCUMENTS, PageId.LINKS, PageId.REVIEW]),
        ("1.1.9", [PageId.INTRO, PageId.DOCUMENTS, PageId.REVIEW]),  # no link slot: no publication page
        ("2.1.1", [PageId.INTRO, PageId.DATA, PageId.DOCUMENTS, PageId.REVIEW]),
    ],
)
def test_the_pages_are_those_the_subtask_needs(main_window, modal, code, pages):
    wizard = open_wizard(main_window, code)
    assert wizard.page_ids() == pages
    assert (wizard.documents_page is None) == (PageId.DOCUMENTS not in pages)
    assert (wizard.links_page is None) == (PageId.LINKS not in pages)
    if wizard.documents_page is not None:  # one card per slot that is not a link, in catalog order
        slots = [s.key for s in main_window.catalog.subtask(code).documents if s.kind.value != "link"]
        assert list(wizard.documents_page.cards) == slots
    wizard.reject()


def test_project_2_subtasks_never_get_a_publication_page(main_window, modal):
    codes = [s.code for s in main_window.catalog.subtasks() if s.project == 2 and s.applies_to(OrgLevel.DISTRICT)]
    assert len(codes) >= 8
    for code in codes:
        wizard = open_wizard(main_window, code)
        assert PageId.LINKS not in wizard.page_ids(), code
        assert PageId.DOCUMENTS in wizard.page_ids() and PageId.DATA in wizard.page_ids(), code
        wizard.reject()


def test_full_flow_attach_sign_date_link_complete(qtbot, monkeypatch, main_window, wizard, pdf_file, png_file, modal):
    assert wizard.currentId() == PageId.INTRO
    intro = wizard.intro_page.text.toPlainText()
    assert "Утверждённый протокол публичного обсуждения" in intro and "каждом канале" in intro
    wizard.next()
    assert wizard.currentId() == PageId.DOCUMENTS
    page = wizard.documents_page
    card = page.card(PROTOCOL)
    assert card.mark.mark == "✖" and "Нет подписанного документа" in card.state_label.text()

    pick_files(monkeypatch, pdf_file, png_file)
    qtbot.mouseClick(card.add_button, Qt.MouseButton.LeftButton)
    assert page.wait_idle()  # files are saved by a background job
    files = card.file_list
    assert [files.topLevelItem(i).text(0) for i in range(files.topLevelItemCount())] == [pdf_file.name, png_file.name]
    assert files.topLevelItem(0).text(1).endswith("КБ")
    assert files.topLevelItem(0).text(2) == "PDF" and files.topLevelItem(1).text(2) == "PNG"
    assert {a.slot_key for a in wizard.state.detail.attachments} == {PROTOCOL}
    assert "не указан подписант" in card.state_label.text().lower()  # the checklist's next problem

    choose_signer(card, "Ахметов Серик Болатович")
    held = date.today() - timedelta(days=3)
    set_date(card, held)
    assert card.mark.mark == "✔" and not card.state_label.isVisible()
    wizard.next()

    assert wizard.currentId() == PageId.LINKS
    links = wizard.links_page
    assert "Нужна ссылка в каждом канале: интернет-ресурс, СМИ, социальные сети." in links.box(LINK).requirement.text()
    assert [r.channel.currentData() for r in links.rows] == ["site", "media", "social"]  # a row per channel
    fill_links(links)
    links.rows[0].title.setFocus()
    type_text(links.rows[0].title, "Итоги публичного обсуждения")
    wizard.next()

    assert wizard.currentId() == PageId.REVIEW
    assert wizard.review_page.marks() == {PROTOCOL: "✔", LINK: "✔"}
    summary = wizard.review_page.summary.toPlainText()
    assert "Ахметов Серик Болатович" in summary and held.strftime("%d.%m.%Y") in summary
    assert "Все нужные документы есть" in summary
    with qtbot.waitSignal(wizard.completed, timeout=5000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert modal.boxes == []
    assert main_window.wizard is None or not main_window.wizard.isVisible()

    status, _signer, files_item = status_row(main_window)
    assert status.text() == "Готово к загрузке"
    assert files_item.text() == "2 файла, 3 ссылки"
    with main_window.ctx.store.session() as session:
        detail = get_execution(session, execution_id(main_window))
    assert detail.info.status is ExecutionStatus.READY_FOR_UPLOAD
    assert detail.info.completed_on == date.today()
    assert sorted((l.channel, l.slot_key) for l in detail.links) == [("media", LINK), ("site", LINK), ("social", LINK)]
    assert "Итоги публичного обсуждения" in [l.title for l in detail.links]


def drop_files(widget, paths: list[Path]) -> bool:
    """Drag files from a file manager onto the widget: enter, move, drop.
    Returns whether the drop was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = widget.viewport() if hasattr(widget, "viewport") else widget
    point = QPoint(20, 20)
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(point, *args)
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    QApplication.sendEvent(target, QDragMoveEvent(point, *args))
    drop = QDropEvent(QPointF(point), *args)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def test_files_dropped_on_a_slot_go_to_that_slot(wizard, pdf_file, png_file):
    wizard.next()
    page = wizard.documents_page
    card = page.card(PROTOCOL)
    assert drop_files(card.file_list, [pdf_file])  # on the slot's file list
    assert page.wait_idle()
    assert drop_files(card, [png_file])  # anywhere on the slot's card
    assert page.wait_idle()
    assert card.file_list.topLevelItemCount() == 2
    assert [a.slot_key for a in wizard.state.detail.attachments] == [PROTOCOL, PROTOCOL]
    assert wizard.state.detail.info.status is ExecutionStatus.IN_PROGRESS
    wizard.reject()


def test_executable_renamed_pdf_is_refused_and_nothing_added(monkeypatch, wizard, fake_exe_pdf):
    wizard.next()
    card = wizard.documents_page.card(PROTOCOL)
    pick_files(monkeypatch, fake_exe_pdf)
    card.choose_files()
    assert wizard.documents_page.wait_idle()
    assert card.file_list.topLevelItemCount() == 0
    assert card.error.isVisible()
    message = card.error.label.text()
    assert fake_exe_pdf.name in message and "по содержимому" in message
    with wizard.state.ctx.store.session() as session:
        assert get_execution(session, wizard.state.execution_id).attachments == []
    wizard.reject()


def test_a_refused_file_does_not_stop_the_good_ones(wizard, pdf_file, fake_exe_pdf):
    wizard.next()
    page = wizard.documents_page
    assert page.add_files([fake_exe_pdf, pdf_file], PROTOCOL) == 1
    assert page.card(PROTOCOL).file_list.topLevelItemCount() == 1
    assert fake_exe_pdf.name in page.card(PROTOCOL).error.label.text()
    wizard.reject()


def test_remove_asks_and_moves_the_file_to_history(wizard, pdf_file, modal):
    wizard.next()
    page = wizard.documents_page
    card = page.card(PROTOCOL)
    page.add_files([pdf_file], PROTOCOL)
    card.file_list.setCurrentItem(card.file_list.topLevelItem(0))
    modal.answer = QMessageBox.StandardButton.No
    card.remove_selected()
    assert card.file_list.topLevelItemCount() == 1
    modal.answer = QMessageBox.StandardButton.Yes
    card.remove_selected()
    assert "Убрать файл" in modal.texts[-1]
    assert card.file_list.topLevelItemCount() == 0
    assert page.history_label.text() == "убранных файлов: 1"
    assert page.history_list.topLevelItem(0).text(1) == card.slot.title  # the history names the document
    detail = wizard.state.detail
    assert detail.attachments == [] and len(detail.history) == 1
    assert wizard.state.ctx.blobs.has(detail.history[0].sha256)
    wizard.reject()


def test_a_signer_not_allowed_for_the_slot_is_not_offered(wizard):
    wizard.next()
    card = wizard.documents_page.card(PROTOCOL)
    texts = combo_texts(card.signer_combo)
    assert texts[0] == "— не указан —"
    assert any(t.startswith("Ахметов Серик Болатович") for t in texts)
    assert any(t.startswith("Иванова Анна Петровна") for t in texts)
    assert not any("Жумабаев" in t for t in texts)  # a deputy may not sign at district level
    assert "Аким района (города), Руководитель аппарата" in card.signer_combo.toolTip()
    wizard.reject()


def test_bad_url_is_refused_at_its_field(wizard):
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PageId.LINKS
    row = wizard.links_page.rows[0]
    row.url.setText("gov.kz/новость")
    wizard.next()
    assert wizard.currentId() == PageId.LINKS
    assert row.error.isVisible() and "http://" in row.error.label.text()
    wizard.reject()


def test_a_refused_completion_names_what_is_missing(qtbot, wizard, pdf_file, modal):
    wizard.next()
    wizard.documents_page.add_files([pdf_file], PROTOCOL)  # a scan, but nobody said who signed it
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PageId.REVIEW
    assert wizard.review_page.marks() == {PROTOCOL: "✖", LINK: "✖"}
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.currentId() == PageId.REVIEW
    error = wizard.review_page.error.label.text()
    assert error.startswith("Подзадачу 1.1.5 нельзя завершить: ")
    assert "не указан подписант документа «Утверждённый протокол публичного обсуждения" in error
    assert "нет ссылки «Ссылка на публикацию результатов публичного обсуждения" in error
    assert modal.boxes == []
    with wizard.state.ctx.store.session() as session:
        assert get_execution(session, wizard.state.execution_id).info.status is ExecutionStatus.IN_PROGRESS
    wizard.reject()


def test_cancel_keeps_files_signer_and_links(qtbot, main_window, wizard, pdf_file, modal):
    wizard.next()
    card = wizard.documents_page.card(PROTOCOL)
    wizard.documents_page.add_files([pdf_file], PROTOCOL)
    choose_signer(card, "Иванова Анна Петровна")
    wizard.next()
    wizard.links_page.rows[0].url.setText("https://karatal.gov.kz/news/2")
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible()
    with main_window.ctx.store.session() as session:
        detail = get_execution(session, execution_id(main_window))
    assert len(detail.attachments) == 1
    assert [(l.url, l.channel) for l in detail.links] == [("https://karatal.gov.kz/news/2", "site")]
    assert detail.info.status is ExecutionStatus.IN_PROGRESS
    status, _signer, files_item = status_row(main_window)
    assert status.text() == "В работе"
    assert files_item.text() == "1 файл, 1 ссылка"
    again = open_wizard(main_window)
    assert again.documents_page.card(PROTOCOL).signer_combo.currentText().startswith("Иванова Анна Петровна")
    again.reject()


def test_periodic_subtask_wizard_updates_its_period_row(qtbot, main_window, pdf_file, modal):
    info = main_window.tree.tree_model.executions_of("1.1.9")[1]  # II quarter
    main_window.tree.select_execution(info.id)
    main_window.execute_current()
    wizard = main_window.wizard
    assert wizard.state.heading == "Подзадача 1.1.9 — II квартал"
    wizard.next()
    page = wizard.documents_page
    report = page.card("report")
    assert page.card("units_info").mark.mark == "○"  # optional: never blocks
    page.add_files([pdf_file], "report")
    choose_signer(report, "Ахметов Серик Болатович")
    set_date(report, date.today() - timedelta(days=1))
    wizard.next()
    assert wizard.review_page.marks() == {"units_info": "○", "report": "✔"}
    with qtbot.waitSignal(wizard.completed, timeout=5000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    model = main_window.tree.tree_model
    period_item = model.itemFromIndex(model.index_of_execution(info.id))
    assert period_item.parent().child(period_item.row(), COL_STATUS).text() == "Готово к загрузке"
