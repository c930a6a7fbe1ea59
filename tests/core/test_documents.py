import zipfile
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from tbn4_desktop.core.documents import DocumentError, merge_to_pdf, page_count, render_page

PDF = "application/pdf"
PNG = "image/png"
JPEG = "image/jpeg"
TIFF = "image/tiff"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

RED, GREEN, BLUE, GREY = (220, 0, 0), (0, 180, 0), (0, 0, 220), (128, 128, 128)


def make_pdf(path: Path, colours: list[tuple[int, int, int]], size=(200, 300)) -> Path:
    pages = [Image.new("RGB", size, c) for c in colours]
    pages[0].save(path, format="PDF", save_all=True, append_images=pages[1:], resolution=72)
    return path


def make_image(path: Path, fmt: str, colour, size=(120, 80), dpi=(72, 72)) -> Path:
    Image.new("RGB", size, colour).save(path, format=fmt, dpi=dpi)
    return path


def pixel_of_page(pdf: Path, index: int):
    image = render_page(pdf, PDF, index, 100)
    return image.getpixel((image.width // 2, image.height // 2))


def close(a, b, tolerance=40) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a, b, strict=True))


def test_page_counts(tmp_path):
    assert page_count(make_pdf(tmp_path / "три.pdf", [RED, GREEN, BLUE]), PDF) == 3
    frames = [Image.new("RGB", (50, 50), c) for c in (RED, BLUE)]
    tif = tmp_path / "два.tif"
    frames[0].save(tif, format="TIFF", save_all=True, append_images=frames[1:])
    assert page_count(tif, TIFF) == 2
    assert page_count(make_image(tmp_path / "a.png", "PNG", RED), PNG) == 1
    assert page_count(tmp_path / "any.docx", DOCX) is None


def test_render_pdf_page_fits_and_shows_the_page(tmp_path):
    pdf = make_pdf(tmp_path / "p.pdf", [RED, BLUE])
    image = render_page(pdf, PDF, 1, 150)
    assert max(image.size) == 150
    assert image.height > image.width  # portrait page stays portrait
    assert close(image.getpixel((75, 50)), BLUE)


def test_render_tiff_frame_and_exif_orientation(tmp_path):
    frames = [Image.new("RGB", (40, 20), c) for c in (RED, GREEN)]
    tif = tmp_path / "t.tif"
    frames[0].save(tif, format="TIFF", save_all=True, append_images=frames[1:])
    assert close(render_page(tif, TIFF, 1, 100).getpixel((5, 5)), GREEN)

    jpg = tmp_path / "rotated.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to show
    Image.new("RGB", (80, 40), RED).save(jpg, format="JPEG", exif=exif)
    image = render_page(jpg, JPEG, 0, 1000)
    assert image.size == (40, 80)


def test_merge_pdf_png_jpeg_in_the_given_order(tmp_path):
    pdf = make_pdf(tmp_path / "приказ.pdf", [RED, GREEN])
    png = make_image(tmp_path / "скан.png", "PNG", BLUE, size=(144, 72), dpi=(72, 72))
    jpg = make_image(tmp_path / "фото.jpg", "JPEG", GREY, size=(300, 150), dpi=(150, 150))
    target = tmp_path / "out" / "merged.pdf"

    pages = merge_to_pdf([(png, PNG), (pdf, PDF), (jpg, JPEG)], target)

    assert pages == 4
    reader = PdfReader(target)
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages]
    assert sizes == [(144, 72), (200, 300), (200, 300), (144, 72)]  # jpg: 300 px at 150 dpi = 144 pt
    colours = [pixel_of_page(target, i) for i in range(4)]
    for got, want in zip(colours, [BLUE, RED, GREEN, GREY], strict=True):
        assert close(got, want), (got, want)
    assert not list(target.parent.glob("*.part"))


def test_merge_refuses_docx_in_russian(tmp_path):
    docx = tmp_path / "справка.docx"
    with zipfile.ZipFile(docx, "w") as zf:
        zf.writestr("word/document.xml", "<x/>")
    pdf = make_pdf(tmp_path / "p.pdf", [RED])
    with pytest.raises(DocumentError, match="нельзя объединить"):
        merge_to_pdf([(pdf, PDF), (docx, DOCX)], tmp_path / "m.pdf")
    assert not (tmp_path / "m.pdf").exists()


def test_corrupt_pdf_is_a_russian_document_error(tmp_path):
    bad = tmp_path / "битый.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    with pytest.raises(DocumentError, match="повреждён"):
        page_count(bad, PDF)
    with pytest.raises(DocumentError, match="повреждён"):
        render_page(bad, PDF, 0, 100)
    with pytest.raises(DocumentError):
        merge_to_pdf([(bad, PDF)], tmp_path / "m.pdf")


def test_encrypted_pdf_is_refused(tmp_path):
    from pypdf import PdfWriter

    writer = PdfWriter(clone_from=make_pdf(tmp_path / "p.pdf", [RED]))
    writer.encrypt(user_password="секрет1", owner_password="owner", algorithm="RC4-128")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as fh:
        writer.write(fh)
    with pytest.raises(DocumentError, match="паролем"):
        page_count(locked, PDF)
