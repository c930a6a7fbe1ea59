"""`tbn4 attach` with electronically signed evidence (issue 16): a detached
signature after its document, a «Карточка электронного документа» that
brings its parts, a signature of nothing attached refused with one Russian
line and nothing stored, and `tbn4 status --json` naming the certificate's
signer and the warnings."""

from __future__ import annotations

import pytest
from pypdf import PdfWriter

from tests.esign_pki import build_pki, sign
from tests.test_cli_evidence import (  # noqa: F401
    AKIM,
    Y,
    blobs,
    folder,
    item,
    ok,
    pdf,
    refused,
    slot,
    status_json,
)


@pytest.fixture(scope="module")
def pki():
    return build_pki()


def test_a_signature_attached_after_its_document_signs_it(folder, tmp_path, pki):
    order = pdf(tmp_path / "Приказ.pdf")
    signature = tmp_path / "Приказ.pdf.cms"
    signature.write_bytes(sign(pki.ivanov, order.read_bytes()))
    ok(folder, "attach", "1.1.2", order, "--doc", "order", "--draft", *Y)
    out = ok(folder, "attach", "1.1.2", signature, "--doc", "order", *Y)
    lines = out.splitlines()
    assert lines[0].startswith("Файл «Приказ.pdf.cms», файл электронной подписи (ЭЦП), добавлен")
    assert "ЭЦП: ИВАНОВ ИВАН ИВАНОВИЧ" in lines[1]
    assert any(line.startswith("⚠ ЭЦП документа «Утверждённый приказ") for line in lines[2:])
    order_slot = slot(item(status_json(folder), "1.1.2"), "order")
    assert order_slot["files"] == ["Приказ.pdf", "Приказ.pdf.cms"]
    assert order_slot["certificate_signers"] == ["ИВАНОВ ИВАН ИВАНОВИЧ"]
    assert "не указан подписант документа «Утверждённый приказ" in order_slot["problems"][0]


def test_a_signature_of_nothing_attached_is_refused_and_nothing_is_stored(folder, tmp_path, pki):
    signature = tmp_path / "подпись.cms"
    signature.write_bytes(sign(pki.ivanov, b"some other document"))
    refused(
        folder,
        "attach",
        "1.1.2",
        signature,
        "--doc",
        "order",
        *Y,
        starts_with="Подпись «подпись.cms» не относится ни к одному файлу этой подзадачи",
    )
    assert blobs(folder) == []


def test_a_card_brings_its_document_and_signature(folder, tmp_path, pki):
    document = pdf(tmp_path / "оригинал.pdf").read_bytes()
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.add_attachment("Приказ.pdf", document)
    writer.add_attachment("Приказ.pdf.cms", sign(pki.ivanov, document))
    card = tmp_path / "Карточка.pdf"
    with card.open("wb") as handle:
        writer.write(handle)
    out = ok(folder, "attach", "1.1.2", card, "--doc", "order", "--signer", AKIM, *Y)
    assert [line.split("»")[0] for line in out.splitlines()[:3]] == [
        "Файл «Карточка.pdf",
        "Файл «Приказ.pdf",
        "Файл «Приказ.pdf.cms",
    ]
    order_slot = slot(item(status_json(folder), "1.1.2"), "order")
    assert order_slot["files"] == ["Карточка.pdf", "Приказ.pdf", "Приказ.pdf.cms"]
    assert (order_slot["satisfied"], order_slot["certificate_signers"]) == (True, ["ИВАНОВ ИВАН ИВАНОВИЧ"])
