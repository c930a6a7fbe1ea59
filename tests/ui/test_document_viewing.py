"""Checking a document on the documents page (issue 14, item 5): every file
opens in the system's viewer under its original name (a read-only copy in
«Открытые файлы» of the data folder), from the card, by double click and
from the preview — also a Word file the preview cannot show; the preview
zooms (buttons, Ctrl+wheel, keys) and opens large in its own window; the
kind of a file (signed scan, draft, supporting) is changed after adding."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDesktopServices, QWheelEvent
from PySide6.QtWidgets import QApplication

from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.ui.document_preview import FIT_PAGE, FIT_WIDTH, PreviewWindow
from tbn4_desktop.ui.open_files import OPENED_FOLDER
from tests.ui.test_documents_page import WIDE, png, protocol_card, three_page_pdf
from tests.ui.test_wizard import wizard  # noqa: F401 - fixture


def opened_urls(monkeypatch, result: bool = True) -> list:
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or result))
    return opened


def docx(path: Path) -> Path:
    from docx import Document

    document = Document()
    document.add_paragraph("План мероприятий")
    document.save(str(path))
    return path


def test_double_click_opens_a_read_only_copy_under_the_original_name(qtbot, monkeypatch, wizard, tmp_path):  # noqa: F811
    opened = opened_urls(monkeypatch)
    wizard.next()
    page = wizard.documents_page
    source = three_page_pdf(tmp_path / "Протокол №3: заседание.pdf")
    page.add_files([source])
    card = protocol_card(wizard)
    item = card.file_list.topLevelItem(0)
    card.file_list.itemDoubleClicked.emit(item, 0)
    assert len(opened) == 1
    shown = Path(opened[0].toLocalFile())
    assert shown.name == "Протокол №3_ заседание.pdf"  # «:» is not allowed in a Windows name
    assert shown.parent.parent == wizard.state.ctx.data_dir / OPENED_FOLDER
    assert shown.read_bytes() == source.read_bytes()
    assert not os.stat(shown).st_mode & stat.S_IWUSR  # an edit there cannot pass for the evidence
    card.open_selected()  # again: the same copy
    assert Path(opened[1].toLocalFile()) == shown
    wizard.reject()


def test_a_word_file_is_opened_from_the_preview_and_a_failure_is_said_once(qtbot, monkeypatch, wizard, tmp_path):  # noqa: F811
    opened = opened_urls(monkeypatch, result=False)
    wizard.resize(*WIDE)
    wizard.next()
    page = wizard.documents_page
    QApplication.processEvents()
    page.add_files([docx(tmp_path / "План мероприятий.docx")])
    preview = page.preview
    assert "нажмите «Открыть»" in preview.image.text()
    assert preview.open_button.isVisible() and preview.open_button.isEnabled()
    assert not preview.enlarge_button.isEnabled()  # no pages to enlarge
    preview.open_button.click()
    assert Path(opened[0].toLocalFile()).name == "План мероприятий.docx"
    assert page.error.isVisible()
    message = page.error.label.text()
    assert message.startswith("Не удалось открыть «План мероприятий.docx»: в Windows нет программы")
    assert OPENED_FOLDER in message
    wizard.reject()


def test_the_preview_zooms_by_buttons_wheel_and_keys(qtbot, wizard, tmp_path):  # noqa: F811
    wizard.resize(*WIDE)
    wizard.next()
    page = wizard.documents_page
    QApplication.processEvents()
    page.add_files([three_page_pdf(tmp_path / "Протокол.pdf")])
    preview = page.preview
    qtbot.waitUntil(lambda: preview.page_count == 3, timeout=10000)
    assert preview.zoom_mode == FIT_PAGE
    whole = preview.image.pixmap().size()
    viewport = preview.scroll.viewport().size()
    assert whole.height() <= viewport.height() and whole.width() <= viewport.width()  # the whole page

    preview.fit_width_button.click()
    assert preview.zoom_mode == FIT_WIDTH
    assert preview.image.pixmap().width() > whole.width()
    assert preview.scroll.verticalScrollBar().maximum() > 0  # a page by its width scrolls

    before = preview.zoom_percent()
    preview.zoom_in_button.click()
    assert preview.zoom_percent() > before and preview.zoom_label.text() == f"{preview.zoom_percent()} %"
    zoomed = preview.zoom_percent()
    wheel = QWheelEvent(
        QPointF(50, 50),
        QPointF(50, 50),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(preview.scroll.viewport(), wheel)
    assert preview.zoom_percent() < zoomed

    preview.scroll.setFocus()
    qtbot.keyClick(preview.scroll, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert preview.zoom_mode == FIT_PAGE
    qtbot.keyClick(preview.scroll, Qt.Key.Key_PageDown)
    qtbot.waitUntil(lambda: preview.page == 1, timeout=10000)
    for _ in range(20):
        preview.zoom_in()
    assert preview.zoom_percent() == 400
    qtbot.waitUntil(lambda: preview._rendered_px >= 4000, timeout=10000)  # rendered again, sharp
    wizard.reject()


def test_large_preview_window_fits_a_laptop_screen_and_follows_the_choice(qtbot, wizard, tmp_path):  # noqa: F811
    wizard.resize(*WIDE)
    wizard.next()
    page = wizard.documents_page
    QApplication.processEvents()
    page.add_files([three_page_pdf(tmp_path / "Протокол.pdf"), png(tmp_path / "Подпись.png")])
    qtbot.waitUntil(lambda: page.preview.page_count > 0, timeout=10000)
    page.preview.enlarge_button.click()
    window = page.preview_window
    assert isinstance(window, PreviewWindow) and window.isVisible()
    area = window.screen().availableGeometry()
    assert window.width() <= area.width() and window.height() <= area.height()
    assert window.preview.zoom_mode == FIT_WIDTH
    qtbot.waitUntil(lambda: window.preview.page_count > 0, timeout=10000)
    assert window.preview.title.text() == page.preview.title.text()
    card = protocol_card(wizard)
    card.file_list.setCurrentItem(card.file_list.topLevelItem(1))
    assert window.preview.title.text() == card.file_list.attachment(card.file_list.topLevelItem(1)).original_name
    wizard.reject()
    assert not window.isVisible()  # closes with its wizard


def test_a_narrow_wizard_offers_the_large_preview_from_the_card(qtbot, wizard, tmp_path):  # noqa: F811
    wizard.resize(780, 560)
    wizard.next()
    page = wizard.documents_page
    QApplication.processEvents()
    page.add_files([three_page_pdf(tmp_path / "Протокол.pdf")])
    card = protocol_card(wizard)
    assert not page.preview.isVisible() and card.view_button.isVisible() and card.view_button.isEnabled()
    card.view_button.click()
    assert page.preview_window.isVisible()
    page.preview_window.close()
    wizard.resize(*WIDE)
    QApplication.processEvents()
    assert page.preview.isVisible() and not card.view_button.isVisible()
    wizard.reject()


def test_the_kind_of_a_file_is_changed_after_adding(qtbot, wizard, tmp_path):  # noqa: F811
    wizard.next()
    page = wizard.documents_page
    card = protocol_card(wizard)
    page.add_files([png(tmp_path / "Протокол.png")])
    a = wizard.state.files_of(card.key)[0]
    assert a.role is AttachmentRole.SIGNED_SCAN
    card.file_list.setCurrentItem(card.file_list.topLevelItem(0))
    card.kind_menu.aboutToShow.emit()
    actions = {act.text(): act for act in card.kind_menu.actions()}
    assert set(actions) == {r.label for r in AttachmentRole if r is not AttachmentRole.SIGNATURE}
    assert actions[AttachmentRole.SIGNED_SCAN.label].isChecked()
    actions[AttachmentRole.DRAFT.label].trigger()
    assert wizard.state.files_of(card.key)[0].role is AttachmentRole.DRAFT
    assert card.file_list.topLevelItem(0).text(0) == "Протокол.png (проект, без подписи)"
    assert "Нет подписанного документа" in card.state_label.text()  # a draft does not make the protocol there
    assert "проект документа" in page.result_label.text()
    card.file_list.setCurrentItem(card.file_list.topLevelItem(0))
    card.kind_menu.aboutToShow.emit()
    next(act for act in card.kind_menu.actions() if act.text() == AttachmentRole.SIGNED_SCAN.label).trigger()
    assert card.file_list.topLevelItem(0).text(0) == "Протокол.png"
    assert "Нет подписанного документа" not in card.state_label.text()
    wizard.reject()


def test_copies_not_opened_for_a_month_are_removed(qtbot, monkeypatch, wizard, tmp_path):  # noqa: F811
    import time

    from tbn4_desktop.ui.open_files import prune_opened

    opened = opened_urls(monkeypatch)
    wizard.next()
    page = wizard.documents_page
    page.add_files([png(tmp_path / "Старый.png"), png(tmp_path / "Новый.png", "green")])
    card = protocol_card(wizard)
    card.file_list.setFocus()
    for row in (0, 1):
        card.file_list.setCurrentItem(card.file_list.topLevelItem(row))
        qtbot.keyClick(card.file_list, Qt.Key.Key_Return)  # Enter opens, as a double click does
    old, new = (Path(u.toLocalFile()) for u in opened)
    month_ago = time.time() - 31 * 86400
    os.utime(old.parent, (month_ago, month_ago))
    prune_opened(wizard.state.ctx.data_dir)
    assert not old.parent.exists() and new.exists()  # read-only, yet removed
    wizard.reject()
