"""The subtask wizard on the real database: attach → sign → links → done,
drag and drop, refusals at their fields, drafts, and Russian buttons."""

from __future__ import annotations

from datetime import date
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

from tbn4_desktop.core.vocabulary import ExecutionStatus
from tbn4_desktop.services.executions import get_execution
from tbn4_desktop.ui.catalog_tree import COL_FILES, COL_SIGNER, COL_STATUS
from tbn4_desktop.ui.subtask_wizard import FINISH_TEXT, PageId
from tests.ui.conftest import type_text

CODE = "1.1.5"   # protocol + publication link, once a year


def execution_id(window, code: str = CODE) -> int:
    return window.tree.tree_model.executions_of(code)[0].id


@pytest.fixture
def wizard(qtbot, main_window):
    main_window.tree.select_subtask(CODE)
    main_window.execute_current()
    wiz = main_window.wizard
    assert wiz is not None
    return wiz


def pick_files(monkeypatch, *paths: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        staticmethod(lambda *a, **k: ([str(p) for p in paths], "")))


def signatory_index(wizard, name: str) -> int:
    combo = wizard.signatory_page.combo
    return next(i for i in range(combo.count()) if combo.itemText(i).startswith(name))


def status_row(window, code: str = CODE):
    model = window.tree.tree_model
    item = model.itemFromIndex(model.index_of_subtask(code))
    parent = item.parent()
    return [parent.child(item.row(), c) for c in (COL_STATUS, COL_SIGNER, COL_FILES)]


def test_qt_buttons_are_russian(wizard):
    assert "Далее" in wizard.buttonText(QWizard.WizardButton.NextButton).replace("&", "")
    assert "Назад" in wizard.buttonText(QWizard.WizardButton.BackButton).replace("&", "")
    assert wizard.buttonText(QWizard.WizardButton.CancelButton) == "Отмена"
    assert wizard.buttonText(QWizard.WizardButton.FinishButton) == FINISH_TEXT
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "Отмена"
    message = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert message.button(QMessageBox.StandardButton.Yes).text().replace("&", "") == "Да"
    assert message.button(QMessageBox.StandardButton.No).text().replace("&", "") == "Нет"
    wizard.reject()


def test_full_flow_attach_sign_link_done(qtbot, monkeypatch, main_window, wizard, pdf_file, png_file, modal):
    assert wizard.currentId() == PageId.INTRO
    assert "Протокол" in wizard.intro_page.text.toPlainText()
    wizard.next()
    assert wizard.currentId() == PageId.DOCUMENTS

    pick_files(monkeypatch, pdf_file, png_file)
    qtbot.mouseClick(wizard.documents_page.add_button, Qt.MouseButton.LeftButton)
    assert wizard.documents_page.wait_idle()    # files are saved by a background job
    files = wizard.documents_page.file_list
    assert files.topLevelItemCount() == 2
    assert [files.topLevelItem(i).text(0) for i in range(2)] == [pdf_file.name, png_file.name]
    assert files.topLevelItem(0).text(1).endswith("КБ")
    assert files.topLevelItem(0).text(2) == "PDF" and files.topLevelItem(1).text(2) == "PNG"
    assert not wizard.documents_page.error.isVisible()
    wizard.next()

    assert wizard.currentId() == PageId.SIGNATORY
    wizard.signatory_page.combo.setCurrentIndex(signatory_index(wizard, "Ахметов Серик Болатович"))
    wizard.next()

    assert wizard.currentId() == PageId.LINKS
    row = wizard.links_page.rows[0]
    row.url.setText("https://www.gov.kz/memleket/entities/karatal/press/news/1")
    row.title.setFocus()
    type_text(row.title, "Итоги публичного обсуждения")
    wizard.next()

    assert wizard.currentId() == PageId.REVIEW
    summary = wizard.review_page.summary.toPlainText()
    assert pdf_file.name in summary and "Ахметов Серик Болатович" in summary
    assert "Итоги публичного обсуждения" in summary
    assert wizard.review_page.date_edit.date().toPython() == date.today()
    with qtbot.waitSignal(wizard.completed, timeout=5000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert modal.boxes == []
    assert main_window.wizard is None or not main_window.wizard.isVisible()

    status, signer, files_item = status_row(main_window)
    assert status.text() == "Готово к загрузке"
    assert signer.text() == "Ахметов С. Б."
    assert files_item.text() == "2 файла, 1 ссылка"
    with main_window.ctx.store.session() as session:
        detail = get_execution(session, execution_id(main_window))
    assert detail.info.status is ExecutionStatus.READY_FOR_UPLOAD
    assert detail.info.completed_on == date.today()
    assert [l.title for l in detail.links] == ["Итоги публичного обсуждения"]
    assert "Готово к загрузке" in main_window.panel.browser.toPlainText()


def drop_files(widget, paths: list[Path]) -> bool:
    """Drag files from a file manager onto the widget: enter, move, drop.
    Returns whether the drop was accepted."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    target = widget.viewport()
    point = QPoint(20, 20)
    args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    enter = QDragEnterEvent(point, *args)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(target, QDragMoveEvent(point, *args))
    drop = QDropEvent(QPointF(point), *args)
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def test_drag_and_drop_attaches_files(wizard, pdf_file, png_file):
    wizard.next()
    assert drop_files(wizard.documents_page.file_list, [pdf_file, png_file])
    assert wizard.documents_page.wait_idle()
    assert wizard.documents_page.file_list.topLevelItemCount() == 2
    assert wizard.state.detail.info.status is ExecutionStatus.IN_PROGRESS
    wizard.reject()


def test_executable_renamed_pdf_is_refused_and_nothing_added(monkeypatch, wizard, fake_exe_pdf):
    wizard.next()
    pick_files(monkeypatch, fake_exe_pdf)
    wizard.documents_page.choose_files()
    assert wizard.documents_page.wait_idle()
    page = wizard.documents_page
    assert page.file_list.topLevelItemCount() == 0
    assert page.error.isVisible()
    message = page.error.label.text()
    assert fake_exe_pdf.name in message and "по содержимому" in message
    with wizard.state.ctx.store.session() as session:
        assert get_execution(session, wizard.state.execution_id).attachments == []
    wizard.reject()


def test_a_refused_file_does_not_stop_the_good_ones(wizard, pdf_file, fake_exe_pdf):
    wizard.next()
    assert wizard.documents_page.add_files([fake_exe_pdf, pdf_file]) == 1
    assert wizard.documents_page.file_list.topLevelItemCount() == 1
    assert fake_exe_pdf.name in wizard.documents_page.error.label.text()
    wizard.reject()


def test_remove_asks_and_moves_the_file_to_history(wizard, pdf_file, modal):
    wizard.next()
    page = wizard.documents_page
    page.add_files([pdf_file])
    page.file_list.setCurrentItem(page.file_list.topLevelItem(0))
    modal.answer = QMessageBox.StandardButton.No
    page.remove_selected()
    assert page.file_list.topLevelItemCount() == 1
    modal.answer = QMessageBox.StandardButton.Yes
    page.remove_selected()
    assert "Убрать файл" in modal.texts[-1]
    assert page.file_list.topLevelItemCount() == 0
    assert page.history_label.text() == "В истории: 1"
    detail = wizard.state.detail
    assert detail.attachments == [] and len(detail.history) == 1
    assert wizard.state.ctx.blobs.has(detail.history[0].sha256)
    wizard.reject()


def test_wrong_signatory_is_refused_on_next(wizard):
    wizard.next()
    wizard.next()
    assert wizard.currentId() == PageId.SIGNATORY
    combo = wizard.signatory_page.combo
    index = signatory_index(wizard, "Жумабаев Ерлан Маратович")
    assert "не может подписывать" in combo.itemText(index)
    combo.setCurrentIndex(index)
    wizard.next()
    assert wizard.currentId() == PageId.SIGNATORY
    error = wizard.signatory_page.error
    assert error.isVisible()
    assert "не может подписывать документы подзадачи 1.1.5" in error.label.text()
    assert "Аким района (города), Руководитель аппарата" in error.label.text()
    wizard.reject()


def test_bad_url_is_refused_at_its_field(wizard):
    for _ in range(3):
        wizard.next()
    assert wizard.currentId() == PageId.LINKS
    row = wizard.links_page.rows[0]
    row.url.setText("gov.kz/новость")
    wizard.next()
    assert wizard.currentId() == PageId.LINKS
    assert row.error.isVisible() and "http://" in row.error.label.text()
    wizard.reject()


def test_missing_scan_sends_the_user_back_to_documents(qtbot, wizard, modal):
    wizard.next()
    wizard.next()
    wizard.signatory_page.combo.setCurrentIndex(signatory_index(wizard, "Иванова Анна Петровна"))
    wizard.next()
    wizard.links_page.rows[0].url.setText("https://karatal.gov.kz/news/1")
    wizard.next()
    assert wizard.currentId() == PageId.REVIEW
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.currentId() == PageId.DOCUMENTS, timeout=3000)
    assert wizard.documents_page.error.label.text() == "Приложите скан подписанного документа."
    assert wizard.isVisible()
    wizard.reject()


def test_cancel_keeps_files_and_saves_a_draft(qtbot, main_window, wizard, pdf_file, modal):
    wizard.next()
    wizard.documents_page.add_files([pdf_file])
    wizard.next()
    wizard.signatory_page.combo.setCurrentIndex(signatory_index(wizard, "Иванова Анна Петровна"))
    wizard.next()
    wizard.links_page.rows[0].url.setText("https://karatal.gov.kz/news/2")
    wizard.button(QWizard.WizardButton.CancelButton).click()
    assert not wizard.isVisible()
    with main_window.ctx.store.session() as session:
        detail = get_execution(session, execution_id(main_window))
    assert len(detail.attachments) == 1
    assert [l.url for l in detail.links] == ["https://karatal.gov.kz/news/2"]
    assert detail.info.status is ExecutionStatus.IN_PROGRESS
    status, signer, files_item = status_row(main_window)
    assert status.text() == "В работе"
    assert signer.text() == "Иванова А. П."
    assert files_item.text() == "1 файл, 1 ссылка"


def test_periodic_subtask_wizard_updates_its_period_row(qtbot, main_window, pdf_file, modal):
    info = main_window.tree.tree_model.executions_of("1.1.9")[1]   # II quarter
    main_window.tree.select_execution(info.id)
    main_window.execute_current()
    wizard = main_window.wizard
    assert wizard.state.heading == "Подзадача 1.1.9 — II квартал"
    wizard.next()
    wizard.documents_page.add_files([pdf_file])
    wizard.next()
    wizard.signatory_page.combo.setCurrentIndex(signatory_index(wizard, "Ахметов Серик Болатович"))
    wizard.next()
    wizard.next()
    with qtbot.waitSignal(wizard.completed, timeout=5000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    model = main_window.tree.tree_model
    period_item = model.itemFromIndex(model.index_of_execution(info.id))
    assert period_item.parent().child(period_item.row(), COL_STATUS).text() == "Готово к загрузке"
    status, _, _ = status_row(main_window, "1.1.9")
    assert status.text() == "В работе (1 из 4)"
