"""Content-addressed storage of attached files.

Files are kept under their SHA-256 (attachments/ab/abcdef…), written
atomically, so the same scan attached twice is stored once and a stored file
is never changed. The type is recognised by content, never by extension.
"""

from __future__ import annotations

import hashlib
import os
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import filetype

from tbn4_desktop.core.fileio import describe_os_error, fsync_dir
from tbn4_desktop.core.tempfiles import make_temp_file, set_hidden
from tbn4_desktop.i18n import N_, tr

_T = TypeVar("_T")

CHUNK = 1024 * 1024

# media type → the extension we give the file in bundles
ACCEPTED_TYPES = {
    "application/pdf": "pdf",
    "image/jpeg": "jpg",
    "image/png": "png",
    "image/tiff": "tif",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
    # An electronic signature (CMS/PKCS#7, DER or Base64), detached or with
    # the document inside: core/esign. NCALayer names them .cms.
    "application/pkcs7-signature": "cms",
}
SIGNATURE_TYPE = "application/pkcs7-signature"

#: Translate where shown: tr(ACCEPTED_DESCRIPTION).
ACCEPTED_DESCRIPTION = N_("PDF, JPEG, PNG, TIFF, DOCX, XLSX или файл электронной подписи (CMS)")


class AttachmentError(ValueError):
    """A file that cannot be attached; the message is Russian."""


@dataclass(frozen=True)
class StoredBlob:
    sha256: str
    size: int
    media_type: str
    original_name: str

    @property
    def extension(self) -> str:
        return ACCEPTED_TYPES[self.media_type]


def detect_media_type(path: Path) -> str | None:
    """The accepted media type of a file judged by its content, or None."""
    kind = filetype.guess(str(path))
    if kind is None:
        return SIGNATURE_TYPE if _is_signature(path) else None
    mime = kind.mime
    if mime == "application/zip" or mime in ACCEPTED_TYPES and mime.startswith("application/vnd"):
        return _office_type(path)
    return mime if mime in ACCEPTED_TYPES else None


def _is_signature(path: Path) -> bool:
    # Imported here: asn1crypto is not needed until a file is not one of
    # the common types (start-up never gets here).
    from tbn4_desktop.core.esign.cms import SignatureError, read_signed_data

    with Path(path).open("rb") as handle:
        head = handle.read(64).lstrip()
    # DER starts with a SEQUENCE (0x30), its Base64 with «MI», PEM with its
    # armour: any other file is not read whole only to be refused.
    if not (head[:1] == b"\x30" or head.startswith((b"MI", b"-----BEGIN"))):
        return False
    try:
        read_signed_data(Path(path).read_bytes())
    except SignatureError:
        return False
    return True


def _office_type(path: Path) -> str | None:
    # DOCX and XLSX are ZIP files; what they hold tells them apart.
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
    except (zipfile.BadZipFile, OSError):
        return None
    if "[Content_Types].xml" not in names:
        return None
    if "word/document.xml" in names:
        return "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    if "xl/workbook.xml" in names:
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return None


class BlobStore:
    def __init__(self, root: Path):
        self.root = Path(root)

    def path_of(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256

    def has(self, sha256: str) -> bool:
        return self.path_of(sha256).is_file()

    def ingest(self, source: Path, *, max_bytes: int, check: Callable[[Path, str], None] | None = None) -> StoredBlob:
        """Check and store a file; raises AttachmentError with a Russian message.
        `check(source, media_type)` may refuse it (AttachmentError) after the
        type is known and before anything is written."""
        source = Path(source)
        name = source.name
        try:
            if not source.is_file():
                raise AttachmentError(tr("«{name}» — это не файл или он не найден.").format(name=name))
            size = source.stat().st_size
        except OSError as exc:
            raise AttachmentError(
                tr("Не удалось прочитать «{name}». {reason}").format(name=name, reason=describe_os_error(exc, source))
            ) from exc
        if size == 0:
            raise AttachmentError(tr("Файл «{name}» пустой (0 байт). Выберите файл с содержимым.").format(name=name))
        if size > max_bytes:
            raise _too_big(name, size, max_bytes)
        try:
            media_type = detect_media_type(source)
        except OSError as exc:
            raise AttachmentError(
                tr("Не удалось прочитать «{name}». {reason}").format(name=name, reason=describe_os_error(exc, source))
            ) from exc
        if media_type is None:
            raise AttachmentError(
                tr(
                    "Файл «{name}» не является документом допустимого типа ({types}): "
                    "тип определяется по содержимому, а не по расширению."
                ).format(name=name, types=tr(ACCEPTED_DESCRIPTION))
            )
        if check is not None:
            check(source, media_type)
        try:
            sha256, size = self._copy_in(source, max_bytes)
        except _OverLimit as exc:
            raise _too_big(name, exc.copied, max_bytes) from None
        except OSError as exc:
            raise AttachmentError(
                tr("Не удалось сохранить «{name}». {reason}").format(
                    name=name, reason=describe_os_error(exc, exc.filename or source)
                )
            ) from exc
        return StoredBlob(sha256=sha256, size=size, media_type=media_type, original_name=name)

    def _copy_in(self, source: Path, max_bytes: int) -> tuple[str, int]:
        """(SHA-256, bytes) of the copy; the limit is checked again while
        copying, since a file still being written can grow after its stat."""
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        copied = 0
        fd, tmp = make_temp_file(self.root, "incoming", suffix="")
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                while chunk := _named(src.read, source, CHUNK):
                    copied += len(chunk)
                    if copied > max_bytes:
                        raise _OverLimit(copied)
                    digest.update(chunk)
                    _named(out.write, self.root, chunk)
                _named(out.flush, self.root)
                _named(os.fsync, self.root, out.fileno())
            sha256 = digest.hexdigest()
            target = self.path_of(sha256)
            if target.is_file():
                tmp.unlink()
            else:
                target.parent.mkdir(parents=True, exist_ok=True)
                set_hidden(tmp, False)
                os.replace(tmp, target)
                fsync_dir(target.parent)
            return sha256, copied
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise

    def copy_out(self, sha256: str, target: Path, name: str = "") -> None:
        """Copy a stored file out, checking its SHA-256 on the way: a damaged
        copy is removed and BlobDamaged (Russian, naming `name`) raised."""
        digest = hashlib.sha256()
        target = Path(target)
        try:
            with self.path_of(sha256).open("rb") as src, target.open("wb") as out:
                while chunk := src.read(CHUNK):
                    digest.update(chunk)
                    out.write(chunk)
            if digest.hexdigest() != sha256:
                raise BlobDamaged(damaged_message(name or sha256[:12]))
        except BaseException:
            target.unlink(missing_ok=True)
            raise

    def verify(self, sha256: str, name: str = "") -> None:
        """Raise BlobDamaged when the stored file's content is not what its
        SHA-256 names (a disk error, or someone edited it); OSError when it
        cannot be read."""
        verify_stored(self.path_of(sha256), sha256, name or sha256[:12])


class BlobDamaged(AttachmentError):
    """A stored file whose content no longer matches its SHA-256."""


def damaged_message(name: str) -> str:
    return tr(
        "Файл «{name}» в хранилище вложений повреждён или изменён: его содержимое не совпадает с "
        "сохранённой контрольной суммой. Восстановите данные из резервной копии или приложите файл "
        "заново."
    ).format(name=name)


def file_sha256(path: Path, progress: Callable[[int], None] | None = None) -> str:
    """SHA-256 of a file, read in chunks; `progress(bytes)` after each."""
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
            if progress:
                progress(len(chunk))
    return digest.hexdigest()


def _named(call: Callable[..., _T], path: Path, *args: object) -> _T:
    """`call(*args)`, its OSError naming `path`: a failed write names the
    attachments folder (whose disk is full), a failed read the user's file."""
    try:
        return call(*args)
    except OSError as exc:
        if exc.filename is not None:
            raise
        raise OSError(exc.errno, exc.strerror or str(exc), str(path)) from exc


class _OverLimit(Exception):
    def __init__(self, copied: int):
        super().__init__(copied)
        self.copied = copied


def _too_big(name: str, size: int, max_bytes: int) -> AttachmentError:
    return AttachmentError(
        tr(
            "Файл «{name}» слишком большой: {size} МБ при допустимых {limit} МБ. "
            "Уменьшите разрешение скана или разделите документ."
        ).format(name=name, size=_mb(size), limit=_mb(max_bytes))
    )


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")


def verify_stored(path: Path, sha256: str, name: str) -> None:
    """BlobDamaged when the stored file at `path` does not hash to `sha256`."""
    if file_sha256(path) != sha256:
        raise BlobDamaged(damaged_message(name))
