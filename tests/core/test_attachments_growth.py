"""A scan still being written (a network scanner saving into a shared folder)
can grow after the size check: the limit holds while copying, and the size
recorded is the size stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from tbn4_desktop.core.attachments import AttachmentError, BlobStore

MB = 1024 * 1024
PDF_HEAD = b"%PDF-1.4\n"


@pytest.fixture
def blobs(tmp_path):
    return BlobStore(tmp_path / "attachments")


def files_in(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def grow_by(extra: int):
    """A check hook (runs after the size check, before the copy) that appends to the file."""

    def check(source: Path, _media_type: str) -> None:
        with source.open("ab") as f:
            f.write(b"0" * extra)

    return check


def test_a_file_growing_over_the_limit_while_saved_is_refused_and_nothing_stored(blobs, tmp_path):
    source = tmp_path / "скан с сетевого сканера.pdf"
    source.write_bytes(PDF_HEAD + b"0" * (MB // 2))
    with pytest.raises(AttachmentError) as caught:
        blobs.ingest(source, max_bytes=MB, check=grow_by(MB))
    message = str(caught.value)
    assert "«скан с сетевого сканера.pdf» слишком большой" in message and "1,0 МБ" in message
    assert files_in(blobs.root) == []  # neither the blob nor a temporary file


def test_the_recorded_size_is_the_size_stored(blobs, tmp_path):
    source = tmp_path / "скан.pdf"
    source.write_bytes(PDF_HEAD + b"0" * 1000)
    blob = blobs.ingest(source, max_bytes=MB, check=grow_by(500))
    assert blob.size == len(PDF_HEAD) + 1500 == blobs.path_of(blob.sha256).stat().st_size
