"""Opening a stored file in the system's viewer under its original name.

The attachment store keeps files by checksum, without a name or an
extension the viewer would recognise. A copy goes to «Открытые файлы» in
the user's data folder (one subfolder per file, so two files of one name
never collide), read-only: the viewer says so, and an edit made there can
never be mistaken for the stored evidence — a corrected document is
attached again. The copy is reused while it is the same size; copies not
opened for 30 days are removed when another file is opened (a copy still
open in a viewer is locked on Windows and stays)."""

from __future__ import annotations

import os
import re
import shutil
import stat
import time
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from tbn4_desktop.core.attachments import BlobDamaged, BlobStore
from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.i18n import tr
from tbn4_desktop.services.records import AttachmentInfo

OPENED_FOLDER = "Открытые файлы"  # i18n: ru-only — a folder of the data folder, the same whatever the language
KEEP_DAYS = 30

_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


def opened_folder(data_dir: Path) -> Path:
    return Path(data_dir) / OPENED_FOLDER


def safe_name(name: str) -> str:
    """A file name Windows accepts, as close to the original as possible."""
    return _UNSAFE.sub("_", name).strip(" .") or "файл"  # i18n: ru-only — a file name on disk


def viewer_copy(blobs: BlobStore, attachment: AttachmentInfo, data_dir: Path) -> Path:
    """The read-only copy of a stored file under its original name; of a
    signature with its document inside, that document (a viewer opens it,
    no viewer opens a .cms)."""
    folder = opened_folder(data_dir) / attachment.sha256[:16]
    folder.mkdir(parents=True, exist_ok=True)
    if attachment.role is AttachmentRole.SIGNATURE and attachment.signs_sha256 is None:
        inside = _document_inside(blobs, attachment, folder)
        if inside is not None:
            return inside
    target = folder / safe_name(attachment.original_name)
    if target.is_file() and target.stat().st_size == attachment.size:
        os.utime(folder)  # opened again: kept another KEEP_DAYS
        return target
    if target.exists():  # a damaged or partial copy: replace it
        os.chmod(target, stat.S_IREAD | stat.S_IWRITE)
        target.unlink()
    blobs.copy_out(attachment.sha256, target, attachment.original_name)
    os.chmod(target, stat.S_IREAD)
    return target


def _document_inside(blobs: BlobStore, attachment: AttachmentInfo, folder: Path) -> Path | None:
    """The document an attached signature holds, written beside its copy
    with the extension its content has; None when it has none we accept."""
    from tbn4_desktop.core.attachments import ACCEPTED_TYPES, SIGNATURE_TYPE, detect_media_type
    from tbn4_desktop.core.esign.cms import SignatureError
    from tbn4_desktop.services.signatures import signed_content

    blobs.verify(attachment.sha256, attachment.original_name)
    try:
        content = signed_content(blobs, attachment.sha256)
    except SignatureError:
        return None
    if not content:
        return None
    probe = folder / "~content"
    probe.write_bytes(content)
    media_type = detect_media_type(probe)
    if media_type is None or media_type == SIGNATURE_TYPE:
        probe.unlink()
        return None
    stem = (
        Path(attachment.original_name).stem
        if Path(attachment.original_name).suffix.lower() in (".cms", ".sig", ".p7s", ".p7m")
        else attachment.original_name
    )
    extension = "." + ACCEPTED_TYPES[media_type]
    target = folder / safe_name(stem if stem.lower().endswith(extension) else stem + extension)
    if target.exists():
        os.chmod(target, stat.S_IREAD | stat.S_IWRITE)
        target.unlink()
    probe.rename(target)
    os.chmod(target, stat.S_IREAD)
    return target


def _writable_then_retry(function, path, _exc) -> None:
    os.chmod(path, stat.S_IREAD | stat.S_IWRITE)  # our copies are read-only: Windows refuses to delete them
    function(path)


def prune_opened(data_dir: Path, *, keep_days: int = KEEP_DAYS, now: float | None = None) -> None:
    """Remove the copies not opened for `keep_days` (best effort)."""
    root = opened_folder(data_dir)
    if not root.is_dir():
        return
    limit = (now or time.time()) - keep_days * 86400
    for folder in root.iterdir():
        try:
            if folder.is_dir() and folder.stat().st_mtime < limit:
                shutil.rmtree(folder, onerror=_writable_then_retry)  # onexc: Python 3.12+
        except OSError:
            continue  # open in a viewer, or another user's: left for next time


def open_stored_file(blobs: BlobStore, attachment: AttachmentInfo, data_dir: Path) -> str | None:
    """Open a stored file in the system's viewer; None when opened, else one
    Russian sentence saying why not (and where the copy is, if there is one)."""
    prune_opened(data_dir)
    try:
        path = viewer_copy(blobs, attachment, data_dir)
    except BlobDamaged as exc:
        return str(exc)
    except OSError as exc:
        return tr("Не удалось подготовить «{name}» к просмотру: {reason}. Проверьте, есть ли место на диске.").format(
            name=attachment.original_name, reason=exc.strerror or exc
        )
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return tr(
            "Не удалось открыть «{name}»: в Windows нет программы для файлов этого "
            "типа. Копия файла сохранена в папке «{folder}»."
        ).format(name=attachment.original_name, folder=path.parent)
    return None
