"""The files of a subordinate's bundle on their way into the store
(services/imports): a staging folder inside the attachments folder, the
user's ZIP copied into it and flushed, each verified file's type checked,
then every file flushed and moved into the content-addressed store before
the rows that point at them commit.

Refusals name the user's file, never the staged copy; a failed write names
the attachments folder (whose disk is full), a failed read the user's file.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from tbn4_desktop.core.attachments import (
    ACCEPTED_DESCRIPTION,
    SIGNATURE_TYPE,
    detect_media_type,
)
from tbn4_desktop.core.bundle import BundleCancelled, BundleError
from tbn4_desktop.core.bundle_reader import (
    CancelledCallback,
    Manifest,
    ProgressCallback,
)
from tbn4_desktop.core.fileio import describe_os_error, fsync_dir
from tbn4_desktop.core.tempfiles import make_temp_dir
from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.i18n import tr

if TYPE_CHECKING:
    from tbn4_desktop.services.context import AppContext

# Files that become attachments of the subordinate's executions.
ATTACHED_ROLES = {AttachmentRole.SIGNED_SCAN.value, AttachmentRole.SUPPORTING.value, AttachmentRole.SIGNATURE.value}
CHUNK = 1024 * 1024


class ImportError_(Exception):  # «ImportError» is a Python builtin
    """A bundle this installation refuses; the message says what to do."""


STAGED_NAME = "staged-bundle.zip"  # the copy in the staging folder; messages name the user's file


def make_stage(root: Path) -> Path:
    """The staging folder inside the attachments folder (a rename away from
    the store), named as our temporary folders are: the next start removes
    it when this process is killed."""
    try:
        root.mkdir(parents=True, exist_ok=True)
        return make_temp_dir(root, "import")
    except OSError as exc:
        raise ImportError_(
            tr("Не удалось подготовить папку вложений к приёму пакета. {reason}").format(
                reason=describe_os_error(exc, exc.filename or root)
            )
        ) from exc


@contextlib.contextmanager
def as_users_file(path: Path) -> Iterator[None]:
    """A refusal found in the staged copy names the user's file, not the copy."""
    try:
        yield
    except BundleError as exc:
        message = str(exc).replace(f"«{STAGED_NAME}»", f"«{path.name}»")
        raise BundleError(message) from exc


def copy_in(
    path: Path, stage: Path, progress: ProgressCallback | None, cancelled: CancelledCallback | None
) -> tuple[Path, str]:
    """Copy the user's ZIP into the staging folder (flushed to disk). A
    failed read names the user's file, a failed write the attachments folder
    (whose disk is full)."""
    target = stage / STAGED_NAME
    digest = hashlib.sha256()
    try:
        total = path.stat().st_size
        src = path.open("rb")
    except OSError as exc:
        raise _read_error(exc, path) from exc
    with src:
        try:
            out = target.open("wb")
        except OSError as exc:
            raise _stage_error(exc, stage) from exc
        with out:
            done = 0
            while chunk := _read(src, path):
                digest.update(chunk)
                try:
                    out.write(chunk)
                except OSError as exc:
                    raise _stage_error(exc, stage) from exc
                done += len(chunk)
                if progress:
                    progress(done, total * 2)
                if cancelled and cancelled():
                    raise BundleCancelled(tr("Приём пакета отменён; данные не изменены."))
            try:
                out.flush()
                os.fsync(out.fileno())
            except OSError as exc:
                raise _stage_error(exc, stage) from exc
    return target, digest.hexdigest()


def _read(src: BinaryIO, path: Path) -> bytes:
    try:
        return src.read(CHUNK)
    except OSError as exc:
        raise _read_error(exc, path) from exc


def _read_error(exc: OSError, path: Path) -> ImportError_:
    return ImportError_(
        tr("Не удалось прочитать пакет «{name}». {reason}").format(name=path.name, reason=describe_os_error(exc, path))
    )


def _stage_error(exc: OSError, stage: Path) -> ImportError_:
    return ImportError_(
        tr("Не удалось скопировать пакет в папку вложений; данные не изменены. {reason}").format(
            reason=describe_os_error(exc, stage.parent)
        )
    )


def check_types(m: Manifest, stage: Path, name: str) -> dict[str, str]:
    """sha256 → media type by content of every file that becomes an
    attachment; anything but an accepted document type refuses the bundle."""
    media: dict[str, str] = {}
    for item in m.items:
        for f in item.files:
            if f.role not in ATTACHED_ROLES or f.sha256 in media:
                continue
            kind = detect_media_type(stage / f.sha256)
            if (f.role == AttachmentRole.SIGNATURE.value) != (kind == SIGNATURE_TYPE) and kind is not None:
                raise ImportError_(_not_what_it_says(f.role).format(name=name, file=f.path))
            if kind is None:
                raise ImportError_(
                    tr(
                        "Пакет «{name}» отклонён: файл «{file}» не является документом допустимого типа ({types})."
                    ).format(name=name, file=f.path, types=tr(ACCEPTED_DESCRIPTION))
                )
            media[f.sha256] = kind
    return media


def _not_what_it_says(role: str) -> str:
    """A signature that is no signature by content, or a document that is one."""
    if role == AttachmentRole.SIGNATURE.value:
        return tr(
            "Пакет «{name}» отклонён: файл «{file}» указан как файл электронной подписи, а по содержимому "
            "им не является."
        )
    return tr(
        "Пакет «{name}» отклонён: файл «{file}» указан как документ, а по содержимому это файл электронной подписи."
    )


def check_signatures(m: Manifest, stage: Path, name: str) -> dict[tuple[int, str], tuple[str | None, str]]:
    """The facts of every signature file, read from the staged files
    themselves (services/bundle_signatures); one that is not evidence
    refuses the bundle."""
    from tbn4_desktop.services.bundle_signatures import (
        SignatureRefused,
        read_bundle_signatures,
    )

    try:
        return read_bundle_signatures(m.items, stage, name)
    except SignatureRefused as exc:
        raise ImportError_(str(exc)) from None


def adopt(ctx: AppContext, stage: Path, m: Manifest, zip_copy: Path, zip_sha: str) -> None:
    """Move the verified files (and the ZIP) into the content-addressed store."""
    wanted = {f.sha256 for item in m.items for f in item.files if f.role in ATTACHED_ROLES}
    moves = [(stage / sha, sha) for sha in sorted(wanted)] + [(zip_copy, zip_sha)]
    try:
        for source, sha in moves:
            target = ctx.blobs.path_of(sha)
            if target.is_file():
                continue
            _fsync_file(source)  # on disk before the rows that point at it commit
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
            fsync_dir(target.parent)
    except OSError as exc:
        raise ImportError_(
            tr("Не удалось сохранить файлы пакета. {reason}").format(reason=describe_os_error(exc, exc.filename))
        ) from exc


def _fsync_file(path: Path) -> None:
    # The staged files were written unflushed (bundle_reader); rb+ because
    # Windows cannot flush a file opened for reading only.
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())
