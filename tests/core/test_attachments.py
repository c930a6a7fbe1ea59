import hashlib
import io
import os
import zipfile
from pathlib import Path

import pytest
from PIL import Image

from tbn4_desktop.core.attachments import AttachmentError, BlobStore, detect_media_type

MB = 1024 * 1024
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def image_bytes(fmt: str) -> bytes:
    img = Image.new("RGB", (64, 48), "white")
    for x in range(10, 50):
        img.putpixel((x, 20), (0, 0, 0))
    buf = io.BytesIO()
    img.save(buf, format=fmt)
    return buf.getvalue()


def office_bytes(main_part: str) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types/>')
        zf.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships/>')
        zf.writestr(main_part, '<?xml version="1.0"?><root/>')
    return buf.getvalue()


SAMPLES = {
    "приказ.pdf": (lambda: image_bytes("PDF"), "application/pdf"),
    "скан.jpg": (lambda: image_bytes("JPEG"), "image/jpeg"),
    "скан.png": (lambda: image_bytes("PNG"), "image/png"),
    "скан.tif": (lambda: image_bytes("TIFF"), "image/tiff"),
    "справка.docx": (lambda: office_bytes("word/document.xml"), DOCX),
    "реестр.xlsx": (lambda: office_bytes("xl/workbook.xml"), XLSX),
}


@pytest.fixture
def blobs(tmp_path):
    return BlobStore(tmp_path / "attachments")


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def leftovers(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.name.startswith(".incoming")] if root.exists() else []


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_accepted_types_are_recognised_by_content(blobs, tmp_path, name):
    make, media_type = SAMPLES[name]
    data = make()
    source = write(tmp_path, name, data)
    blob = blobs.ingest(source, max_bytes=MB)
    assert blob.media_type == media_type
    assert blob.sha256 == hashlib.sha256(data).hexdigest()
    assert blob.size == len(data)
    assert blob.original_name == name
    assert blobs.path_of(blob.sha256).read_bytes() == data


def test_the_extension_does_not_matter(blobs, tmp_path):
    # A PNG saved as .pdf is still a PNG, and is accepted as one.
    source = write(tmp_path, "скан.pdf", image_bytes("PNG"))
    assert blobs.ingest(source, max_bytes=MB).media_type == "image/png"
    assert blobs.ingest(source, max_bytes=MB).extension == "png"


@pytest.mark.parametrize(
    "name, data",
    [
        ("приказ.pdf", b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\x00" * 200),
        (
            "приказ.pdf",
            b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 50 + b"PE\x00\x00" + b"\x00" * 200,
        ),
        ("отчёт.docx", None),  # a plain ZIP without Word parts
        ("отчёт.xlsx", b"PK\x03\x04 this is no zip at all" + b"\x00" * 100),
        ("заметки.pdf", "Просто текст, не PDF".encode()),
    ],
)
def test_other_content_is_refused_whatever_the_extension(blobs, tmp_path, name, data):
    if data is None:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("readme.txt", "plain zip")
        data = buf.getvalue()
    source = write(tmp_path, name, data)
    with pytest.raises(AttachmentError) as caught:
        blobs.ingest(source, max_bytes=MB)
    message = str(caught.value)
    assert f"Файл «{name}» не является документом допустимого типа" in message
    assert "по содержимому" in message
    assert not blobs.root.exists() or not any(p.is_file() for p in blobs.root.rglob("*"))


def test_detect_media_type_on_an_executable_is_none(tmp_path):
    exe = write(tmp_path, "setup.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 100)
    assert detect_media_type(exe) is None


def test_empty_file_is_refused(blobs, tmp_path):
    source = write(tmp_path, "пустой.pdf", b"")
    with pytest.raises(AttachmentError, match=r"Файл «пустой.pdf» пустой \(0 байт\)"):
        blobs.ingest(source, max_bytes=MB)


def test_file_over_the_limit_is_refused_with_both_sizes(blobs, tmp_path):
    source = write(tmp_path, "большой.pdf", b"%PDF-1.4\n" + b"0" * (MB + 1))
    with pytest.raises(AttachmentError) as caught:
        blobs.ingest(source, max_bytes=MB)
    message = str(caught.value)
    assert "слишком большой" in message and "1,0 МБ" in message and "Уменьшите" in message
    assert leftovers(blobs.root) == []


def test_missing_file_and_folder_are_refused(blobs, tmp_path):
    with pytest.raises(AttachmentError, match="не файл или он не найден"):
        blobs.ingest(tmp_path / "нет такого.pdf", max_bytes=MB)
    folder = tmp_path / "папка.pdf"
    folder.mkdir()
    with pytest.raises(AttachmentError, match="не файл или он не найден"):
        blobs.ingest(folder, max_bytes=MB)


def test_unreadable_file_is_refused_in_russian(blobs, tmp_path, monkeypatch):
    source = write(tmp_path, "закрытый.pdf", image_bytes("PDF"))
    if hasattr(os, "geteuid") and os.geteuid() != 0:
        source.chmod(0)
    else:
        # root reads everything: simulate the refusal the OS gives a normal user.
        real_open = Path.open

        def deny(self, *args, **kwargs):
            if self == source:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        import filetype

        monkeypatch.setattr(Path, "open", deny)
        monkeypatch.setattr(filetype, "guess", lambda p: (_ for _ in ()).throw(PermissionError(13, "denied", p)))
    try:
        with pytest.raises(AttachmentError) as caught:
            blobs.ingest(source, max_bytes=MB)
    finally:
        source.chmod(0o644)
    assert "Не удалось прочитать «закрытый.pdf»" in str(caught.value)
    assert "Нет прав" in str(caught.value)


def test_same_content_is_stored_once(blobs, tmp_path):
    data = image_bytes("PDF")
    a = blobs.ingest(write(tmp_path, "первый.pdf", data), max_bytes=MB)
    b = blobs.ingest(write(tmp_path, "второй.pdf", data), max_bytes=MB)
    assert a.sha256 == b.sha256
    assert (a.original_name, b.original_name) == ("первый.pdf", "второй.pdf")
    stored = [p for p in blobs.root.rglob("*") if p.is_file()]
    assert stored == [blobs.path_of(a.sha256)]
    assert blobs.has(a.sha256)


def test_storing_is_atomic_and_leaves_no_temporary_files(blobs, tmp_path, monkeypatch):
    blobs.ingest(write(tmp_path, "a.png", image_bytes("PNG")), max_bytes=MB)
    assert leftovers(blobs.root) == []

    # A failure at the last step (rename) leaves neither the blob nor a temp file.
    def broken_replace(src, dst):
        raise OSError(28, "No space left on device", str(dst))

    monkeypatch.setattr(os, "replace", broken_replace)
    data = image_bytes("JPEG")
    with pytest.raises(AttachmentError, match="закончилось место"):
        blobs.ingest(write(tmp_path, "b.jpg", data), max_bytes=MB)
    assert leftovers(blobs.root) == []
    assert not blobs.has(hashlib.sha256(data).hexdigest())


def test_copy_out_gives_the_same_bytes(blobs, tmp_path):
    data = image_bytes("TIFF")
    blob = blobs.ingest(write(tmp_path, "a.tif", data), max_bytes=MB)
    out = tmp_path / "copy.tif"
    blobs.copy_out(blob.sha256, out)
    assert out.read_bytes() == data
