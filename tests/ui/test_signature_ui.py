"""Electronically signed documents on the documents page (issue 16): a
document and its signature added together, the badge and names that say who
signed, the «Сведения о подписи» dialog with what was and was not checked,
warnings in words on the slot's card, a GOST signature dropped on its
document, a «Карточка электронного документа» with its embedded parts, and
a signature file that is garbage."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfWriter
from PySide6.QtCore import QItemSelectionModel, QPoint
from PySide6.QtWidgets import QApplication

from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.services.executions import get_execution
from tests.esign_pki import as_gost, build_pki, sign
from tests.ui.test_wizard import PROTOCOL, drop_files, wizard  # noqa: F401 - fixture


@pytest.fixture(scope="module")
def pki():
    return build_pki()


def scan(path: Path) -> Path:
    Image.new("RGB", (200, 280), "white").save(path, "PDF")
    return path


def names(card) -> list[str]:
    return [card.file_list.topLevelItem(i).text(0) for i in range(card.file_list.topLevelItemCount())]


def select(card, index: int) -> None:
    # ClearAndSelect given, not derived from the keyboard's modifiers (another test may leave one down).
    card.file_list.setCurrentItem(
        card.file_list.topLevelItem(index), 0, QItemSelectionModel.SelectionFlag.ClearAndSelect
    )


def test_a_document_and_its_signature_show_who_signed_and_the_details(qtbot, wizard, tmp_path, pki):
    order = scan(tmp_path / "Протокол.pdf")
    signature = tmp_path / "Протокол.pdf.cms"
    signature.write_bytes(sign(pki.ivanov, order.read_bytes()))
    wizard.next()
    page = wizard.documents_page
    card = page.card(PROTOCOL)
    assert not card.signature_button.isVisible()
    assert page.add_files([signature, order], PROTOCOL) == 2  # the signature is attached after its document
    assert names(card) == [
        "Протокол.pdf — подписан ЭЦП: ИВАНОВ ИВАН ИВАНОВИЧ",
        "Протокол.pdf.cms — подпись ЭЦП к «Протокол.pdf»",
    ]
    assert not card.file_list.topLevelItem(0).icon(0).isNull()
    assert card.file_list.topLevelItem(1).text(2) == "Подпись ЭЦП (CMS)"
    warnings = card.warning_label.text()
    assert card.warning_label.isVisible() and "⚠ ЭЦП документа" in warnings and "выдана организации с БИН" in warnings
    # The instruction is silent on certificates: the card says whose rule this is.
    assert warnings.endswith("Эти предупреждения не мешают завершить подзадачу.")
    assert "правило программы: Инструкция называет, кто подписывает документ" in warnings
    select(card, 0)
    assert card.signature_button.isVisible() and card.signature_button.isEnabled()
    card.signature_button.click()
    dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "signatureDialog" and w.isVisible())
    assert dialog.what.text() == "Файл подписи «Протокол.pdf.cms» к документу «Протокол.pdf»."
    assert dialog.disclaimer.text().startswith("Это сведения, прочитанные из файла подписи программой, а не проверка")
    report = dialog.text.toPlainText()
    assert "Подписал: ИВАНОВ ИВАН ИВАНОВИЧ" in report
    assert "✔ Целостность: Файл не изменён после подписания." in report
    assert "○ Отзыв сертификата" in report
    dialog.copy()
    assert QApplication.clipboard().text().startswith("Сведения о подписи\n")
    dialog.close()
    wizard.reject()


def test_a_gost_signature_dropped_on_its_document_is_paired_with_it(qtbot, wizard, tmp_path, pki):
    first = scan(tmp_path / "Протокол.pdf")
    second = tmp_path / "Выписка.png"
    Image.new("RGB", (50, 50), "pink").save(second, "PNG")
    gost = tmp_path / "Протокол.pdf.cms"
    gost.write_bytes(as_gost(sign(pki.ivanov, first.read_bytes())))
    wizard.next()
    page = wizard.documents_page
    card = page.card(PROTOCOL)
    assert page.add_files([first, second], PROTOCOL) == 2
    assert page.add_files([gost], PROTOCOL) == 0  # two documents: which one cannot be told
    assert "Перетащите подпись на файл документа в списке" in card.error.message()
    target = card.file_list.attachment(card.file_list.itemAt(QPoint(20, 20)))  # where drop_files drops
    assert drop_files(card.file_list, [gost])
    assert page.wait_idle()
    with page.state.ctx.store.session() as s:
        files = get_execution(s, page.state.execution_id).attachments
    signature = next(a for a in files if a.role is AttachmentRole.SIGNATURE)
    assert signature.signs_sha256 == target.sha256
    assert "целостность" in card.warning_label.text()
    wizard.reject()


def test_a_card_pdf_brings_its_document_and_signature(qtbot, wizard, tmp_path, pki):
    document = scan(tmp_path / "оригинал.pdf").read_bytes()
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_attachment("Протокол.pdf", document)
    writer.add_attachment("Протокол.pdf.cms", sign(pki.ivanov, document))
    writer.add_attachment("readme.txt", b"plain text")
    card_pdf = tmp_path / "Карточка электронного документа.pdf"
    with card_pdf.open("wb") as handle:
        writer.write(handle)
    wizard.next()
    page = wizard.documents_page
    card = page.card(PROTOCOL)
    assert page.add_files([card_pdf], PROTOCOL) == 3
    assert names(card) == [
        "Карточка электронного документа.pdf",
        "Протокол.pdf — подписан ЭЦП: ИВАНОВ ИВАН ИВАНОВИЧ",
        "Протокол.pdf.cms — подпись ЭЦП к «Протокол.pdf»",
    ]
    assert "readme.txt" in card.error.message() and "не приложены" in card.error.message()
    wizard.reject()


def test_a_garbage_signature_file_gets_one_message_and_nothing_is_attached(qtbot, wizard, tmp_path):
    garbage = tmp_path / "подпись.cms"
    garbage.write_bytes(b"MIIG" + b"\x00garbage" * 50)
    wizard.next()
    page = wizard.documents_page
    card = page.card(PROTOCOL)
    assert page.add_files([garbage], PROTOCOL) == 0
    assert card.error.message() == (
        "Файл «подпись.cms» не является документом допустимого типа (PDF, JPEG, PNG, "
        "TIFF, DOCX, XLSX или файл электронной подписи (CMS)): тип определяется по "
        "содержимому, а не по расширению."
    )
    assert names(card) == []
    wizard.reject()


def test_open_shows_the_document_inside_an_attached_signature(qtbot, monkeypatch, wizard, tmp_path, pki):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url) or True))
    document = scan(tmp_path / "оригинал.pdf").read_bytes()
    attached = tmp_path / "Протокол подписанный.pdf.cms"
    attached.write_bytes(sign(pki.ivanov, document, detached=False))
    wizard.next()
    page = wizard.documents_page
    card = page.card(PROTOCOL)
    assert page.add_files([attached], PROTOCOL) == 1
    assert names(card) == ["Протокол подписанный.pdf.cms — документ с ЭЦП: ИВАНОВ ИВАН ИВАНОВИЧ"]
    select(card, 0)
    card.open_button.click()
    path = Path(opened[0].toLocalFile())
    assert path.name == "Протокол подписанный.pdf" and path.read_bytes() == document
    wizard.reject()
