"""Signed scans that have the right signature but cannot be opened are
refused when added (with the documents page's page check), in Russian,
naming the file, and leave nothing behind: no record, no stored file."""

from __future__ import annotations

import io
import random
from pathlib import Path

import pytest
from PIL import Image

from tbn4_desktop.core.attachments import AttachmentError
from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.services.executions import (
    add_attachment,
    get_execution,
    replace_attachment,
)
from tests.services.test_executions import MAX, blobs, district, first_code  # noqa: F401 - fixtures

SIGNED = AttachmentRole.SIGNED_SCAN


def garbage(n: int, seed: int = 4) -> bytes:
    return random.Random(seed).randbytes(n)


def broken_pdf(path: Path) -> Path:
    """A PDF header, then noise: no object, no page tree, no cross-reference table."""
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + garbage(20_000) + b"\n%%EOF\n")
    return path


def broken_image(path: Path, fmt: str) -> Path:
    """A real image's header (JPEG markers / PNG signature and IHDR), then noise."""
    buffer = io.BytesIO()
    Image.new("RGB", (400, 560), "white").save(buffer, format=fmt)
    head = buffer.getvalue()[: 20 if fmt == "JPEG" else 33]
    path.write_bytes(head + garbage(20_000))
    return path


@pytest.fixture
def row_id(district, catalog):
    _, _, _, rows = district
    return rows[(first_code(catalog, needs_link=False, needs_scan=True), "")].id


def stored_files(blobs) -> list[Path]:
    return [p for p in blobs.root.rglob("*") if p.is_file()] if blobs.root.exists() else []


@pytest.mark.parametrize(
    "make",
    [
        lambda d: broken_pdf(d / "Приказ №12 (скан).pdf"),
        lambda d: broken_image(d / "Протокол (скан).jpg", "JPEG"),
        lambda d: broken_image(d / "Справка (скан).png", "PNG"),
    ],
    ids=["pdf", "jpeg", "png"],
)
def test_a_scan_that_cannot_be_opened_is_refused_when_added(store, blobs, row_id, tmp_path, make):
    source = make(tmp_path)
    with store.session() as s, pytest.raises(AttachmentError) as refused:
        add_attachment(s, blobs, row_id, source, SIGNED, max_bytes=MAX, check_pages=True)
    message = str(refused.value)
    assert f"«{source.name}»" in message
    assert "поврежд" in message or "нет ни одной страницы" in message
    with store.session() as s:
        assert get_execution(s, row_id).attachments == []
    assert stored_files(blobs) == []


def test_replacing_with_a_broken_scan_keeps_the_old_file(store, blobs, row_id, tmp_path):
    good = tmp_path / "Приказ.png"
    Image.new("RGB", (60, 90), "white").save(good, format="PNG")
    with store.session() as s:
        old = add_attachment(s, blobs, row_id, good, SIGNED, max_bytes=MAX, check_pages=True)
    with store.session() as s, pytest.raises(AttachmentError, match="Новый приказ"):
        replace_attachment(s, blobs, old.id, broken_pdf(tmp_path / "Новый приказ.pdf"), max_bytes=MAX, check_pages=True)
    with store.session() as s:
        detail = get_execution(s, row_id)
    assert [a.id for a in detail.attachments] == [old.id] and detail.history == []


def test_a_file_gone_before_it_is_read_is_refused_by_name(store, blobs, row_id, tmp_path):
    source = tmp_path / "Акт сверки.pdf"
    Image.new("RGB", (60, 90), "white").save(source, format="PDF")
    source.unlink()  # chosen in the dialog, then moved away before saving
    with store.session() as s, pytest.raises(AttachmentError, match="«Акт сверки.pdf» — это не файл или он не найден"):
        add_attachment(s, blobs, row_id, source, SIGNED, max_bytes=MAX, check_pages=True)
    with store.session() as s:
        assert get_execution(s, row_id).attachments == []
