"""Checking a backup and putting it back: the file operations of a restore.

The database is replaced atomically: the backup's file is copied to a
temporary name in the data folder, flushed, checked against the manifest's
SHA-256, and renamed over `tbn4.sqlite3` — after the old `-wal` and `-shm`
are removed, because SQLite would replay a stale WAL into the restored file
(work saved after the backup comes back, or the file is corrupted). The
blobs go back before the database, so a database in place always finds its
files. The caller closes the store first and makes the «before-restore»
backup (services/backups.py).
"""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from tbn4_desktop.core.backup import (
    DB_NAME,
    MANIFEST_NAME,
    BackupError,
    BlobRef,
    Manifest,
    copy_blob,
    pool_path,
    read_manifest,
    sha256_of,
)
from tbn4_desktop.core.fileio import fsync_dir
from tbn4_desktop.core.sqlite_copy import integrity_problems, is_sqlite_file
from tbn4_desktop.core.tempfiles import temp_name
from tbn4_desktop.i18n import tr

SIDE_FILES = ("-wal", "-shm", "-journal")
Progress = Callable[[int, int], None]


def _blob_ok(path: Path, ref: BlobRef) -> bool:
    try:
        return path.stat().st_size == ref.size and sha256_of(path) == ref.sha256
    except OSError:
        return False


def verify_backup(
    folder: Path, attachments_dir: Path, *, progress: Progress | None = None
) -> tuple[Manifest | None, list[str]]:
    """The manifest and the Russian problems that forbid restoring the backup
    ([] = it can be restored). Every blob is hashed: in the backup's pool,
    or else in the data folder's attachments (a DB-only backup)."""
    folder = Path(folder)
    name = folder.name
    manifest = read_manifest(folder)
    if manifest is None:
        if not folder.is_dir():
            return None, [tr("Папка резервной копии «{folder}» не найдена.").format(folder=folder)]
        return None, [
            tr(
                "Папка «{name}» — не полная резервная копия ТБН-4: в ней нет описания копии "
                "({manifest}), копия не была закончена или это другая папка."
            ).format(name=name, manifest=MANIFEST_NAME)
        ]
    if manifest.kind != "database":
        return manifest, []
    db = folder / DB_NAME
    if not db.is_file() or not is_sqlite_file(db):
        return manifest, [tr("В резервной копии «{name}» нет файла базы данных.").format(name=name)]
    if db.stat().st_size != manifest.db_size or sha256_of(db) != manifest.db_sha256:
        return manifest, [
            tr(
                "Файл базы данных в резервной копии «{name}» повреждён: "
                "его SHA-256 не совпадает с записанным при создании копии."
            ).format(name=name)
        ]
    problems = integrity_problems(db)
    if problems:
        return manifest, [
            tr("База данных в резервной копии «{name}» не прошла проверку целостности ({problem}).").format(
                name=name, problem=problems[0]
            )
        ]
    bad = missing_blobs(manifest, folder.parent, attachments_dir, progress=progress)
    if bad:
        return manifest, [
            tr(
                "В резервной копии «{name}» недостаёт файлов вложений или они повреждены "
                "(файлов: {count}, например {sha}…)."
            ).format(name=name, count=len(bad), sha=bad[0][:12])
        ]
    return manifest, []


def missing_blobs(
    manifest: Manifest, root: Path, attachments_dir: Path, *, progress: Progress | None = None
) -> list[str]:
    """SHA-256 of the referenced blobs found neither in the pool nor in the
    attachments with the right content."""
    bad = []
    for done, ref in enumerate(manifest.blobs, start=1):
        if not (
            _blob_ok(pool_path(root, ref.sha256), ref)
            or _blob_ok(Path(attachments_dir) / ref.sha256[:2] / ref.sha256, ref)
        ):
            bad.append(ref.sha256)
        if progress is not None:
            progress(done, len(manifest.blobs))
    return bad


def restore_blobs(manifest: Manifest, root: Path, attachments_dir: Path) -> int:
    """Copy back into the attachments every referenced blob they lack (from
    the pool, hash-checked while copying). Returns how many were copied."""
    copied = 0
    for ref in manifest.blobs:
        target = Path(attachments_dir) / ref.sha256[:2] / ref.sha256
        with contextlib.suppress(OSError):
            if target.stat().st_size == ref.size:
                continue
        copy_blob(pool_path(root, ref.sha256), target, ref.sha256, tmp_dir=Path(attachments_dir))
        copied += 1
    return copied


def replace_database(data_dir: Path, source: Path, sha256: str) -> None:
    """Put `source` in place of the data folder's database, atomically, with
    no stale -wal/-shm left beside it. Raises BackupError or OSError."""
    data_dir = Path(data_dir)
    target = data_dir / DB_NAME
    tmp = data_dir / temp_name("restore", ".part")
    try:
        with Path(source).open("rb") as src, tmp.open("wb") as out:
            shutil.copyfileobj(src, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        if sha256_of(tmp) != sha256:
            raise BackupError(
                tr(
                    "Копия базы данных не совпадает с резервной копией: восстановление прервано, "
                    "прежние данные не изменены."
                )
            )
        # The old state is saved in the «before-restore» backup; its WAL must
        # not outlive it, or SQLite would replay it into the restored file.
        for suffix in SIDE_FILES:
            with contextlib.suppress(FileNotFoundError):
                (data_dir / f"{DB_NAME}{suffix}").unlink()
        os.replace(tmp, target)
        fsync_dir(data_dir)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def copy_raw_database(data_dir: Path, folder: Path) -> list[str]:
    """Save the database files as they are (a damaged database cannot be
    copied through SQLite): tbn4.sqlite3 with its -wal and -shm, flushed.
    Returns the names copied."""
    names = []
    for suffix in ("", *SIDE_FILES):
        source = Path(data_dir) / f"{DB_NAME}{suffix}"
        if not source.is_file():
            continue
        target = Path(folder) / source.name
        with source.open("rb") as src, target.open("wb") as out:
            shutil.copyfileobj(src, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        names.append(source.name)
    fsync_dir(Path(folder))
    return names
