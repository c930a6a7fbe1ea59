"""The documents page: preview with page count, merge, replace, history restore."""

from __future__ import annotations

import os
from pathlib import Path

from PIL import Image
from PySide6.QtWidgets import QFileDialog, QMessageBox

from tests.ui.test_wizard import wizard  # noqa: F401 - fixture


def three_page_pdf(path: Path) -> Path:
    pages = [Image.new("RGB", (300, 420), c) for c in ("white", "lightblue", "pink")]
    for page in pages:
        for x in range(40, 260):
            page.putpixel((x, 60), (0, 0, 0))
    pages[0].save(path, format="PDF", save_all=True, append_images=pages[1:])
    return path


def png(path: Path, colour="orange") -> Path:
    Image.new("RGB", (200, 280), colour).save(path, format="PNG")
    return path


def test_preview_shows_pages_and_navigates(qtbot, wizard, tmp_path):
    wizard.next()
    page = wizard.documents_page
    page.add_files([three_page_pdf(tmp_path / "Протокол.pdf")])
    assert page.file_list.topLevelItem(0).text(4) == "3"
    preview = page.preview
    qtbot.waitUntil(lambda: preview.page_count == 3, timeout=10000)
    assert preview.page_label.text() == "Страница 1 из 3"
    assert not preview.prev_button.isEnabled()
    preview.next_button.click()
    qtbot.waitUntil(lambda: preview.page == 1, timeout=10000)
    assert preview.page_label.text() == "Страница 2 из 3"
    assert not preview.image.pixmap().isNull()
    wizard.reject()


def test_merge_from_the_page_in_list_order(qtbot, wizard, tmp_path, modal):
    wizard.next()
    page = wizard.documents_page
    page.add_files([three_page_pdf(tmp_path / "Протокол.pdf"), png(tmp_path / "Скан.png")])
    page.file_list.setCurrentItem(page.file_list.topLevelItem(1))
    page.move_current(-1)
    assert page.file_list.topLevelItem(0).text(0) == "Скан.png"
    page.merge_button.click()
    assert "Объединить 2" in modal.texts[-1]
    assert page.file_list.topLevelItemCount() == 1
    assert page.file_list.topLevelItem(0).text(4) == "4"
    assert "4 стр." in page.result_label.text()
    assert len(wizard.state.detail.history) == 2
    wizard.reject()


def test_replace_with_a_mocked_dialog_and_restore_from_history(qtbot, monkeypatch, wizard, tmp_path, modal):
    wizard.next()
    page = wizard.documents_page
    page.add_files([png(tmp_path / "Черновик.png")])
    new = png(tmp_path / "Подписанный.png", "green")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(new), "")))
    page.file_list.setCurrentItem(page.file_list.topLevelItem(0))
    modal.answer = QMessageBox.StandardButton.No
    page.replace_button.click()
    assert page.file_list.topLevelItem(0).text(0) == "Черновик.png"
    modal.answer = QMessageBox.StandardButton.Yes
    page.replace_button.click()
    assert "Заменить" in modal.texts[-1]
    assert page.file_list.topLevelItem(0).text(0) == "Подписанный.png"
    assert page.history_list.topLevelItemCount() == 1

    page.history_toggle.click()
    assert page.history_panel.isVisible()
    page.history_list.setCurrentItem(page.history_list.topLevelItem(0))
    qtbot.waitUntil(lambda: "(из истории)" in page.preview.title.text() and page.preview.page_count == 1,
                    timeout=10000)
    page.restore_button.click()
    names = sorted(page.file_list.topLevelItem(i).text(0) for i in range(page.file_list.topLevelItemCount()))
    assert names == ["Подписанный.png", "Черновик.png"]
    wizard.reject()


def test_screenshot_documents_page_with_preview(qtbot, wizard, tmp_path):
    wizard.next()
    page = wizard.documents_page
    page.add_files([three_page_pdf(tmp_path / "Протокол заседания.pdf"), png(tmp_path / "Скан приказа.png")])
    page.file_list.setCurrentItem(page.file_list.topLevelItem(0))
    qtbot.waitUntil(lambda: page.preview.page_count == 3, timeout=10000)
    wizard.resize(1100, 700)
    qtbot.wait(50)
    page.preview._fit()
    out = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "27_wizard_documents_preview.png"
    if os.environ.get("TBN4_SCREENSHOTS"):  # refresh docs/screenshots on demand only
        wizard.grab().save(str(out))
    wizard.reject()
