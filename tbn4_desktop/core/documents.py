"""Pages of attached documents: counting, rendering one page to an image for
the preview, and merging scans and PDFs into one PDF.

Pure Python, no Qt. PDFs are read and merged with pypdf and rendered with
pypdfium2 (PDFium); images (JPEG, PNG, multi-page TIFF) go through Pillow.
Messages of DocumentError are Russian and shown to the user as they are.
"""

from __future__ import annotations

import io
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from tbn4_desktop.core.fileio import atomic_writer, describe_os_error
from tbn4_desktop.i18n import tr

if TYPE_CHECKING:
    from pypdf import PdfReader

PDF = "application/pdf"
IMAGE_TYPES = frozenset({"image/jpeg", "image/png", "image/tiff"})
# Resolution assumed for a scan that does not say its own (dots per inch).
DEFAULT_DPI = 150.0

# PDFium is not thread-safe: every call into it goes through this lock.
_PDFIUM_LOCK = threading.Lock()


class DocumentError(ValueError):
    """A document whose pages cannot be read or merged; the message is Russian."""


def has_pages(media_type: str) -> bool:
    """Whether a file of this type has pages we can count and show."""
    return media_type == PDF or media_type in IMAGE_TYPES


def page_count(path: Path, media_type: str) -> int | None:
    """The number of pages, or None for types without pages (DOCX, XLSX)."""
    path = Path(path)
    if media_type == PDF:
        return len(_pdf_reader(path).pages)
    if media_type in IMAGE_TYPES:
        try:
            with Image.open(path) as im:
                return getattr(im, "n_frames", 1)
        except (OSError, UnidentifiedImageError) as exc:
            raise _image_error(path, exc) from exc
    return None


def check_readable(path: Path, media_type: str) -> int | None:
    """Read a file about to be attached as the preview and the merge will:
    every page of a PDF parsed and its first page opened by PDFium, every
    frame of an image decoded. Returns the page count (None for DOCX/XLSX);
    DocumentError when a scan has the right signature but cannot be opened."""
    path = Path(path)
    if media_type == PDF:
        count = len(_pdf_reader(path).pages)
        if count == 0:
            raise DocumentError(
                tr("В PDF «{name}» нет ни одной страницы. Пересохраните или отсканируйте документ заново.").format(
                    name=path.name
                )
            )
        _render_pdf_page(path, 0, 64)
        return count
    if media_type in IMAGE_TYPES:
        try:
            with Image.open(path) as im:
                count = 0
                for frame in ImageSequence.Iterator(im):
                    frame.load()
                    count += 1
                return count
        except (OSError, UnidentifiedImageError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
            raise _image_error(path, exc) from exc
    return None


def render_page(path: Path, media_type: str, page: int, max_px: int) -> Image.Image:
    """Page `page` (0-based) as an RGB image whose longer side is at most `max_px`."""
    path = Path(path)
    if media_type == PDF:
        return _render_pdf_page(path, page, max_px)
    if media_type in IMAGE_TYPES:
        try:
            with Image.open(path) as im:
                im.seek(page)
                frame = _upright_rgb(im)
        except EOFError as exc:
            raise DocumentError(
                tr("В файле «{name}» нет страницы {page}.").format(name=path.name, page=page + 1)
            ) from exc
        except (OSError, UnidentifiedImageError) as exc:
            raise _image_error(path, exc) from exc
        frame.thumbnail((max_px, max_px))
        return frame
    raise DocumentError(
        tr("Просмотр файлов этого типа («{name}») недоступен: откройте его в Word или Excel.").format(name=path.name)
    )


def merge_to_pdf(sources: Sequence[tuple[Path, str]], target: Path) -> int:
    """Write the pages of `sources`, in this order, into one PDF at `target`
    (atomically). Returns the number of pages written."""
    from pypdf import PdfWriter

    for path, media_type in sources:
        if not has_pages(media_type):
            raise DocumentError(
                tr(
                    "«{name}» нельзя объединить в PDF: объединяются только PDF и сканы "
                    "(JPEG, PNG, TIFF). Уберите файлы DOCX и XLSX из выбора."
                ).format(name=Path(path).name)
            )
    if not sources:
        raise DocumentError(tr("Выберите файлы для объединения."))
    writer = PdfWriter()
    for path, media_type in sources:
        path = Path(path)
        if media_type == PDF:
            writer.append(_pdf_reader(path))
        else:
            # One image page at a time: converted to a one-page PDF in memory and appended.
            for page_pdf in _image_pages_as_pdf(path):
                writer.append(page_pdf)
    pages = len(writer.pages)
    try:
        with atomic_writer(Path(target)) as out:
            writer.write(out)
    except OSError as exc:
        raise DocumentError(
            tr("Не удалось записать объединённый PDF. {reason}").format(reason=describe_os_error(exc, target))
        ) from exc
    return pages


def _pdf_reader(path: Path) -> PdfReader:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PyPdfError

    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            # PDFs restricted only by an owner password open with an empty one.
            try:
                opened: int = reader.decrypt("")
            except (PyPdfError, NotImplementedError, ValueError):
                opened = 0
            if not opened:
                raise DocumentError(
                    tr("PDF «{name}» защищён паролем. Сохраните его без пароля и приложите заново.").format(
                        name=path.name
                    )
                )
        _ = len(reader.pages)
        return reader
    except DocumentError:
        raise
    except OSError as exc:
        raise DocumentError(
            tr("Не удалось прочитать «{name}». {reason}").format(name=path.name, reason=describe_os_error(exc, path))
        ) from exc
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise DocumentError(
            tr(
                "PDF «{name}» повреждён или не является PDF: его страницы не читаются. "
                "Пересохраните или отсканируйте документ заново."
            ).format(name=path.name)
        ) from exc


def _render_pdf_page(path: Path, page: int, max_px: int) -> Image.Image:
    import pypdfium2 as pdfium

    with _PDFIUM_LOCK:
        try:
            doc = pdfium.PdfDocument(str(path))
        except pdfium.PdfiumError as exc:
            raise DocumentError(
                tr("PDF «{name}» повреждён или защищён паролем: страницу не удалось показать.").format(name=path.name)
            ) from exc
        try:
            if not 0 <= page < len(doc):
                raise DocumentError(tr("В файле «{name}» нет страницы {page}.").format(name=path.name, page=page + 1))
            pdf_page = doc[page]
            try:
                width, height = pdf_page.get_size()
                scale = max_px / max(width, height, 1.0)
                bitmap = pdf_page.render(scale=scale)
                try:
                    image: Image.Image = bitmap.to_pil().convert("RGB")
                finally:
                    bitmap.close()
            finally:
                pdf_page.close()
        finally:
            doc.close()
    return image


def _upright_rgb(frame: Image.Image) -> Image.Image:
    """The current frame turned by its EXIF orientation, in RGB on white."""
    upright = ImageOps.exif_transpose(frame)
    if upright.mode in ("RGBA", "LA", "PA") or (upright.mode == "P" and "transparency" in upright.info):
        rgba = upright.convert("RGBA")
        background = Image.new("RGB", rgba.size, "white")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    return upright.convert("RGB")


def _image_pages_as_pdf(path: Path) -> Iterator[io.BytesIO]:
    try:
        with Image.open(path) as im:
            for frame in ImageSequence.Iterator(im):
                dpi = _dpi_of(frame)
                rgb = _upright_rgb(frame)
                buffer = io.BytesIO()
                rgb.save(buffer, format="PDF", resolution=dpi)
                rgb.close()
                buffer.seek(0)
                yield buffer
    except (OSError, UnidentifiedImageError) as exc:
        raise _image_error(path, exc) from exc


def _dpi_of(frame: Image.Image) -> float:
    dpi = frame.info.get("dpi")
    try:
        value = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        value = 0.0
    return value if 30.0 <= value <= 2400.0 else DEFAULT_DPI


def _image_error(path: Path, exc: BaseException) -> DocumentError:
    return DocumentError(
        tr("Изображение «{name}» повреждено или не читается. Отсканируйте документ заново.").format(name=path.name)
    )
