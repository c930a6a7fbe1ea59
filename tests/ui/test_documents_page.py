"""The documents page: the slot cards' files — preview (beside the cards
in a wide wizard) with page count, «Открыть» in the system viewer, merge,
replace, history restore; file work in a background job; broken, huge and
vanishing files; fitting the smallest wizard without horizontal scrolling."""

from __future__ import annotations

import gc
import itertools
import os
import time
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from tbn4_desktop.services.executions import get_execution
from tests.ui.test_wizard import PROTOCOL, wizard  # noqa: F401 - fixture

WIDE = (1100, 700)  # wide enough for the preview beside the cards


def protocol_card(wizard):
    return wizard.documents_page.card(PROTOCOL)


def names(card) -> list[str]:
    return [card.file_list.topLevelItem(i).text(0) for i in range(card.file_list.topLevelItemCount())]


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
    wizard.resize(*WIDE)
    wizard.next()
    page = wizard.documents_page
    QApplication.processEvents()
    assert page.preview.isVisible()
    page.add_files([three_page_pdf(tmp_path / "Протокол.pdf")])
    assert protocol_card(wizard).file_list.topLevelItem(0).text(3) == "3 стр."
    preview = page.preview
    qtbot.waitUntil(lambda: preview.page_count == 3, timeout=10000)
    assert preview.page_label.text() == "Страница 1 из 3"
    assert not preview.prev_button.isEnabled()
    preview.next_button.click()
    qtbot.waitUntil(lambda: preview.page == 1, timeout=10000)
    assert preview.page_label.text() == "Страница 2 из 3"
    assert not preview.image.pixmap().isNull()
    wizard.reject()


def test_no_preview_in_a_small_wizard_but_open_in_the_system_viewer(qtbot, monkeypatch, wizard, tmp_path):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    wizard.resize(780, 560)  # the smallest wizard
    wizard.next()
    page = wizard.documents_page
    QApplication.processEvents()
    assert not page.preview.isVisible()
    source = three_page_pdf(tmp_path / "Протокол заседания.pdf")
    page.add_files([source])
    card = protocol_card(wizard)
    assert card.open_button.isEnabled()  # the file just added is selected
    card.open_button.click()
    assert len(opened) == 1
    shown = Path(opened[0].toLocalFile())
    assert shown.name == "Протокол заседания.pdf" and shown.read_bytes() == source.read_bytes()
    assert not card.error.isVisible()
    wizard.reject()


def test_preview_texts_fit_the_narrow_column_of_a_small_wizard(qtbot, wizard, tmp_path):
    wizard.resize(1000, 640)  # just wide enough for the preview
    wizard.next()
    page = wizard.documents_page
    preview = page.preview
    QApplication.processEvents()
    assert preview.isVisible()
    # the empty preview's hint wraps instead of running out of its frame
    assert preview.image.wordWrap() and preview.image.text()
    page.add_files([three_page_pdf(tmp_path / "Протокол.pdf")])
    qtbot.waitUntil(lambda: preview.page_count == 3, timeout=10000)
    QApplication.processEvents()
    for widget in (preview.prev_button, preview.next_button, preview.page_label):
        assert widget.width() >= widget.sizeHint().width(), (widget.objectName(), widget.width())
    wizard.reject()


def test_merge_from_the_card_in_list_order(qtbot, wizard, tmp_path, modal):
    wizard.next()
    page = wizard.documents_page
    card = protocol_card(wizard)
    page.add_files([three_page_pdf(tmp_path / "Протокол.pdf"), png(tmp_path / "Скан.png")])
    card.file_list.setCurrentItem(card.file_list.topLevelItem(1))
    card.file_list.move_current(-1)
    assert names(card) == ["Скан.png", "Протокол.pdf"]
    card.merge_button.click()
    assert "Объединить 2" in modal.texts[-1] and "1. Скан.png\n2. Протокол.pdf" in modal.boxes[-1]["informative"]
    assert page.busy and not card.add_button.isEnabled() and not wizard.documents_page.isComplete()
    assert page.wait_idle() and card.add_button.isEnabled()
    assert card.file_list.topLevelItemCount() == 1
    assert card.file_list.topLevelItem(0).text(3) == "4 стр."
    assert "4 стр." in page.result_label.text()
    assert len(wizard.state.detail.history) == 2
    assert [a.slot_key for a in wizard.state.detail.attachments] == [PROTOCOL]  # stays in its document
    wizard.reject()


def test_replace_with_a_mocked_dialog_and_restore_from_history(qtbot, monkeypatch, wizard, tmp_path, modal):
    wizard.resize(*WIDE)
    wizard.next()
    page = wizard.documents_page
    card = protocol_card(wizard)
    page.add_files([png(tmp_path / "Черновик.png")])
    new = png(tmp_path / "Подписанный.png", "green")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(new), "")))
    card.file_list.setCurrentItem(card.file_list.topLevelItem(0))
    modal.answer = QMessageBox.StandardButton.No
    card.replace_button.click()
    assert names(card) == ["Черновик.png"]
    modal.answer = QMessageBox.StandardButton.Yes
    card.replace_button.click()
    assert page.wait_idle()
    assert "Заменить" in modal.texts[-1]
    assert names(card) == ["Подписанный.png"]
    assert page.history_list.topLevelItemCount() == 1

    page.history_toggle.click()
    assert page.history_panel.isVisible()
    page.history_list.setCurrentItem(page.history_list.topLevelItem(0))
    qtbot.waitUntil(lambda: "(из истории)" in page.preview.title.text() and page.preview.page_count == 1, timeout=10000)
    page.restore_button.click()
    assert sorted(names(card)) == ["Подписанный.png", "Черновик.png"]  # back in its own document
    assert "возвращён" in page.result_label.text()
    wizard.reject()


def test_screenshot_documents_page_with_preview(qtbot, wizard, tmp_path):
    wizard.resize(*WIDE)
    wizard.next()
    page = wizard.documents_page
    card = protocol_card(wizard)
    page.add_files([three_page_pdf(tmp_path / "Протокол заседания.pdf"), png(tmp_path / "Скан приказа.png")])
    card.file_list.setCurrentItem(card.file_list.topLevelItem(1))
    card.file_list.setCurrentItem(card.file_list.topLevelItem(0))
    qtbot.waitUntil(lambda: page.preview.page_count == 3, timeout=10000)
    qtbot.wait(50)
    page.preview._fit()
    out = Path(__file__).resolve().parents[2] / "docs" / "screenshots" / "27_wizard_documents_preview.png"
    if os.environ.get("TBN4_SCREENSHOTS"):  # refresh docs/screenshots on demand only
        wizard.grab().save(str(out))
    wizard.reject()


# ------------------------------------------------------------------ bad input, big files
@pytest.fixture(scope="session")
def pdf_500(tmp_path_factory) -> Path:
    """A 500-page text PDF (made once per test session)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path_factory.mktemp("big") / "Журнал регистрации (500 стр.).pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    for n in range(1, 501):
        pdf.setFont("Helvetica", 12)
        for y in range(780, 80, -16):
            pdf.drawString(60, y, f"Page {n} of 500: registration log line {y}")
        pdf.showPage()
    pdf.save()
    return path


class Ticker:
    """A 20 ms timer on the UI thread; the longest gap between two ticks
    tells whether the event loop was blocked.

    While it runs, the objects that exist already are frozen out of the
    garbage collector: late in the suite the test process holds hundreds of
    tests' objects, and one full collection of that heap (triggered by any
    thread, holding the interpreter) took ~350 ms: the test would measure
    the suite's history, not this page."""

    def __init__(self, page):
        self.page = page
        self.times: list[float] = []
        self.busy_ticks = 0
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        self.times.append(time.perf_counter())
        self.busy_ticks += self.page.busy

    def __enter__(self):
        gc.collect()
        gc.freeze()
        self.times = [time.perf_counter()]
        self.timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self.timer.stop()
        gc.unfreeze()

    @property
    def longest_gap_ms(self) -> float:
        return max(b - a for a, b in itertools.pairwise(self.times)) * 1000


def test_a_500_page_pdf_is_added_and_previewed_without_freezing(qtbot, wizard, pdf_500, tmp_path):
    wizard.resize(*WIDE)
    wizard.next()
    page = wizard.documents_page
    card = protocol_card(wizard)
    preview = page.preview
    # The first file of a session loads pypdf and PDFium in the worker (a
    # one-off ~0.3 s import that can hold the interpreter); measure after it.
    assert page.add_files([three_page_pdf(tmp_path / "Протокол.pdf")]) == 1
    qtbot.waitUntil(lambda: preview.page_count == 3, timeout=10000)
    with Ticker(page) as ticker:
        started = time.perf_counter()
        assert page.start_adding([pdf_500], PROTOCOL)
        assert page.busy and page.busy_bar.isVisible() and not card.add_button.isEnabled()
        assert not page.isComplete()  # no Next/Finish until the file is saved
        qtbot.waitUntil(lambda: not page.busy, timeout=30000)
        added_ms = (time.perf_counter() - started) * 1000
        qtbot.waitUntil(lambda: preview.page_count == 500, timeout=30000)
        first_ms = (time.perf_counter() - started) * 1000
        preview.show_page(499)
        qtbot.waitUntil(lambda: preview.page == 499, timeout=30000)
        qtbot.wait(60)
    assert card.file_list.topLevelItem(1).text(3) == "500 стр."
    assert preview.page_label.text() == "Страница 500 из 500" and not preview.image.pixmap().isNull()
    assert page.isComplete() and card.add_button.isEnabled() and not page.busy_bar.isVisible()
    assert ticker.busy_ticks >= 1, "the event loop did not run while the file was being saved"
    assert ticker.longest_gap_ms < 250, f"the window froze for {ticker.longest_gap_ms:.0f} ms"
    print(
        f"\n500-page PDF: added in {added_ms:.0f} ms (job {page.last_job_ms} ms), first page shown after "
        f"{first_ms:.0f} ms, longest event-loop gap {ticker.longest_gap_ms:.0f} ms"
    )
    wizard.reject()


@pytest.mark.parametrize(
    "name, fmt", [("Приказ (скан).pdf", "PDF"), ("Протокол (скан).jpg", "JPEG"), ("Справка (скан).png", "PNG")]
)
def test_a_broken_scan_is_refused_on_the_page(qtbot, wizard, tmp_path, name, fmt):
    from tests.services.test_bad_scans import broken_image, broken_pdf

    wizard.next()
    page = wizard.documents_page
    card = protocol_card(wizard)
    source = broken_pdf(tmp_path / name) if fmt == "PDF" else broken_image(tmp_path / name, fmt)
    assert page.add_files([source, png(tmp_path / "Хороший скан.png")]) == 1
    assert names(card) == ["Хороший скан.png"]
    message = card.error.label.text()
    assert card.error.isVisible() and f"«{name}»" in message and "поврежд" in message
    wizard.reject()


def test_a_file_that_disappears_after_the_dialog_is_reported_by_name(qtbot, monkeypatch, wizard, tmp_path):
    wizard.next()
    page = wizard.documents_page
    chosen = three_page_pdf(tmp_path / "Акт сверки.pdf")

    def dialog(*_args, **_kwargs):
        chosen.unlink()  # moved away by someone else right after it was chosen
        return [str(chosen)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(dialog))
    card = protocol_card(wizard)
    card.add_button.click()
    assert page.wait_idle()
    assert card.file_list.topLevelItemCount() == 0
    assert card.error.label.text() == "«Акт сверки.pdf» — это не файл или он не найден."
    with wizard.state.ctx.store.session() as session:
        assert get_execution(session, wizard.state.execution_id).attachments == []
    wizard.reject()


def test_the_wizard_does_not_close_while_a_file_is_being_saved(qtbot, wizard, tmp_path, modal, pdf_500):
    wizard.next()
    page = wizard.documents_page
    assert page.start_adding([pdf_500], PROTOCOL)
    wizard.reject()  # Esc, «Отмена» or the window's close button
    assert wizard.isVisible() and "Подождите" in modal.texts[-1]
    assert not page.start_adding([png(tmp_path / "Ещё.png")], PROTOCOL)  # one job at a time
    assert page.wait_idle()
    assert protocol_card(wizard).file_list.topLevelItemCount() == 1  # the file being saved was not lost
    wizard.reject()
    assert not wizard.isVisible()


def test_reopening_with_a_big_pdf_counts_its_pages_off_the_ui_thread(qtbot, main_window, wizard, pdf_500, monkeypatch):
    from tbn4_desktop.core.vocabulary import AttachmentRole
    from tbn4_desktop.services.executions import add_attachment
    from tbn4_desktop.ui import document_preview

    ctx, execution_id = wizard.state.ctx, wizard.state.execution_id
    wizard.reject()
    with ctx.store.session() as session:
        add_attachment(
            session,
            ctx.blobs,
            execution_id,
            pdf_500,
            AttachmentRole.SIGNED_SCAN,
            max_bytes=ctx.settings.max_attachment_bytes,
            slot_key=PROTOCOL,
        )
    wizard = main_window.open_wizard(execution_id)
    page = wizard.documents_page
    monkeypatch.setattr(document_preview, "_page_counts", {})  # as after a restart
    page.refresh()  # what opening the page does
    items = protocol_card(wizard).file_list
    assert items.topLevelItem(0).text(3) == "…"  # not counted on the UI thread
    qtbot.waitUntil(lambda: items.topLevelItem(0).text(3) == "500 стр.", timeout=10000)
    wizard.reject()
