"""Merging, replacing and restoring attached documents: nothing is ever deleted."""

from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from tbn4_desktop.core.attachments import AttachmentError
from tbn4_desktop.core.documents import DocumentError
from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.services.executions import (
    add_attachment,
    get_execution,
    merge_attachments,
    replace_attachment,
    restore_attachment,
)
from tests.services.test_executions import MAX, blobs, district, first_code  # noqa: F401 - fixtures


def image(path: Path, colour, fmt: str) -> Path:
    Image.new("RGB", (60, 90), colour).save(path, format=fmt)
    return path


@pytest.fixture
def row_id(district, catalog):
    _, _, _, rows = district
    return rows[(first_code(catalog, needs_link=False, needs_scan=True), "")].id


def test_merge_makes_one_pdf_and_moves_the_sources_to_history(store, blobs, row_id, tmp_path):
    pdf = image(tmp_path / "стр1.pdf", "red", "PDF")
    png = image(tmp_path / "стр2.png", "blue", "PNG")
    with store.session() as s:
        a = add_attachment(s, blobs, row_id, pdf, AttachmentRole.SIGNED_SCAN, max_bytes=MAX)
        b = add_attachment(s, blobs, row_id, png, AttachmentRole.SIGNED_SCAN, max_bytes=MAX)
    with store.session() as s:
        merged = merge_attachments(s, blobs, row_id, [b.id, a.id], AttachmentRole.SIGNED_SCAN, "Приказ", max_bytes=MAX)
    assert merged.original_name == "Приказ.pdf"
    assert merged.media_type == "application/pdf"
    assert len(PdfReader(blobs.path_of(merged.sha256)).pages) == 2
    with store.session() as s:
        detail = get_execution(s, row_id)
    assert [x.id for x in detail.attachments] == [merged.id]
    assert sorted(x.id for x in detail.history) == sorted([a.id, b.id])
    assert blobs.has(a.sha256) and blobs.has(b.sha256)
    assert not [p for p in blobs.root.iterdir() if p.name.startswith(".merge.")]


def test_merge_refusal_changes_nothing(store, blobs, row_id, tmp_path):
    pdf = image(tmp_path / "стр1.pdf", "red", "PDF")
    with store.session() as s:
        a = add_attachment(s, blobs, row_id, pdf, AttachmentRole.SIGNED_SCAN, max_bytes=MAX)
    with pytest.raises(DocumentError), store.session() as s:
        merge_attachments(s, blobs, row_id, [a.id], AttachmentRole.SIGNED_SCAN, "x", max_bytes=MAX)
    with store.session() as s:
        assert [x.id for x in get_execution(s, row_id).attachments] == [a.id]


def test_replace_puts_the_new_file_in_place_and_keeps_the_old(store, blobs, row_id, tmp_path):
    old_file = image(tmp_path / "черновик.png", "red", "PNG")
    new_file = image(tmp_path / "подписанный.jpg", "green", "JPEG")
    with store.session() as s:
        old = add_attachment(s, blobs, row_id, old_file, AttachmentRole.SIGNED_SCAN, max_bytes=MAX)
    with store.session() as s:
        new = replace_attachment(s, blobs, old.id, new_file, max_bytes=MAX)
    assert new.role is AttachmentRole.SIGNED_SCAN and new.original_name == "подписанный.jpg"
    with store.session() as s:
        detail = get_execution(s, row_id)
    assert [x.id for x in detail.attachments] == [new.id]
    assert [x.id for x in detail.history] == [old.id]

    bad = tmp_path / "вирус.pdf"
    bad.write_bytes(b"MZ\x90\x00" * 100)
    with pytest.raises(AttachmentError), store.session() as s:
        replace_attachment(s, blobs, new.id, bad, max_bytes=MAX)
    with store.session() as s:
        assert [x.id for x in get_execution(s, row_id).attachments] == [new.id]


def test_restore_brings_a_file_back_as_a_new_row(store, blobs, row_id, tmp_path):
    old_file = image(tmp_path / "скан.png", "red", "PNG")
    with store.session() as s:
        old = add_attachment(s, blobs, row_id, old_file, AttachmentRole.SIGNED_SCAN, max_bytes=MAX)
    with store.session() as s:
        replace_attachment(s, blobs, old.id, image(tmp_path / "другой.png", "blue", "PNG"), max_bytes=MAX)
    with store.session() as s:
        restored = restore_attachment(s, old.id)
    assert restored.id != old.id and restored.sha256 == old.sha256 and restored.removed_at is None
    with store.session() as s:
        detail = get_execution(s, row_id)
    assert restored.id in [x.id for x in detail.attachments]
    assert old.id in [x.id for x in detail.history]
