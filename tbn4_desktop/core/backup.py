"""Backups of a data folder: the on-disk format, making one, checking one.

One folder per backup under the backup root, named so that name order is
time order (`2026-12-05_163012_manual`). Inside: `tbn4.sqlite3` (a verified
one-step copy, see sqlite_copy) and `manifest.json`, written last and
atomically — a folder without a manifest is an interrupted backup and is
never offered. Attachments are content-addressed and immutable, so all
backups share one blob pool `<root>/blobs/ab/abcd…`: a backup copies only
the blobs the pool lacks, checking each one's SHA-256 while copying.

Pure Python (sqlite3, no SQLAlchemy): helper code that runs before the
store can be opened (a migration's safety copy) uses it too.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import shutil
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from tbn4_desktop import __version__
from tbn4_desktop.core.fileio import atomic_write_bytes, fsync_dir
from tbn4_desktop.core.sqlite_copy import CopyError, copy_database
from tbn4_desktop.core.tempfiles import TEMP_PREFIX, owner_gone, temp_name
from tbn4_desktop.i18n import N_, tr

FORMAT_VERSION = 1
DB_NAME = "tbn4.sqlite3"
SETTINGS_NAME = "settings.json"
MANIFEST_NAME = "manifest.json"
BLOB_POOL = "blobs"
CHUNK = 1024 * 1024
#: Leftovers younger than this may belong to a backup running in another
#: process (the CLI beside the GUI): they are left for a later sweep.
STALE_SECONDS = 15 * 60

REASON_LABELS = {
    "manual": N_("вручную"),
    "auto": N_("автоматически"),
    "closing": N_("при закрытии программы"),
    "before-restore": N_("перед восстановлением"),
    "before-upgrade": N_("перед обновлением программы"),
}
_NAME_RE = re.compile(r"^\d{4}-\d{2}-\d{2}_\d{6}_[a-z-]+(-\d+)?$")


class BackupError(Exception):
    """A backup could not be made or used (one Russian sentence)."""


def reason_label(reason: str) -> str:
    label = REASON_LABELS.get(reason)
    return tr(label) if label is not None else reason


@dataclass(frozen=True)
class BlobRef:
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    created_at: str  # local time, ISO 8601 with offset
    reason: str
    kind: str = "database"  # "database" | "settings" (shared PostgreSQL)
    format: int = FORMAT_VERSION
    app_version: str = __version__
    schema_revision: str | None = None
    db_sha256: str | None = None
    db_size: int = 0
    blobs: tuple[BlobRef, ...] = ()
    blobs_included: bool = False  # False: a DB-only copy (before an upgrade)
    missing_blobs: tuple[str, ...] = ()  # referenced, but absent or damaged at backup time
    journal_head: int | None = None
    journal_head_hash: str | None = None  # tells a journal continued from this one from a diverged one
    organization: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def created(self) -> datetime:
        return datetime.fromisoformat(self.created_at)

    @property
    def blob_bytes(self) -> int:
        return sum(b.size for b in self.blobs)

    def to_json(self) -> bytes:
        data = asdict(self)
        return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")

    @classmethod
    def from_json(cls, raw: bytes) -> Manifest:
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict) or data.get("format") != FORMAT_VERSION:
            raise ValueError("unknown manifest format")
        data["blobs"] = tuple(BlobRef(str(b["sha256"]), int(b["size"])) for b in data.get("blobs", ()))
        data["missing_blobs"] = tuple(data.get("missing_blobs", ()))
        known = set(cls.__dataclass_fields__)
        manifest = cls(**{k: v for k, v in data.items() if k in known})
        manifest.created  # noqa: B018 - refuse an unparsable date now, not when listing
        return manifest


# --------------------------------------------------------------------------
# Layout


def pool_path(root: Path, sha256: str) -> Path:
    return Path(root) / BLOB_POOL / sha256[:2] / sha256


def is_backup_name(name: str) -> bool:
    return bool(_NAME_RE.match(name))


def read_manifest(folder: Path) -> Manifest | None:
    """The backup's manifest; None when the folder is no complete backup."""
    try:
        return Manifest.from_json((Path(folder) / MANIFEST_NAME).read_bytes())
    except (OSError, ValueError, KeyError, TypeError):
        return None


def new_backup_folder(root: Path, reason: str, now: datetime | None = None) -> Path:
    """Create the backup's own folder; a second backup in the same second
    gets a numbered name that still sorts after the first."""
    now = now or datetime.now().astimezone()
    root = Path(root)
    root.mkdir(parents=True, exist_ok=True)
    base = f"{now:%Y-%m-%d_%H%M%S}_{reason}"
    for n in range(1, 100):
        folder = root / (base if n == 1 else f"{base}-{n}")
        try:
            folder.mkdir()
            return folder
        except FileExistsError:
            continue
    raise BackupError(tr("Не удалось создать папку резервной копии в «{root}».").format(root=root))


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as handle:
        while chunk := handle.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# --------------------------------------------------------------------------
# What a database copy holds


@dataclass(frozen=True)
class SnapshotFacts:
    schema_revision: str | None
    blobs: tuple[BlobRef, ...]
    journal_head: int | None
    journal_head_hash: str | None
    organization: str | None


def snapshot_facts(db_file: Path) -> SnapshotFacts:
    """Read from the copy itself, so the facts match its snapshot exactly
    (the live database may have moved on while the backup ran)."""
    conn = sqlite3.connect(f"{Path(db_file).absolute().as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}

        def scalar(sql: str, *params: object) -> object:
            row = conn.execute(sql, params).fetchone()
            return row[0] if row else None

        revision = scalar("SELECT version_num FROM alembic_version") if "alembic_version" in tables else None
        blobs: dict[str, int] = {}
        if "attachment" in tables:
            for sha, size in conn.execute("SELECT sha256, max(size) FROM attachment GROUP BY sha256"):
                blobs[str(sha)] = int(size or 0)
        head = (
            conn.execute("SELECT id, entry_hash FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()
            if "audit_entry" in tables
            else None
        )
        org = None
        if {"setting", "organization"} <= tables:
            org = scalar(
                "SELECT o.name FROM organization o JOIN setting s ON s.key = ? AND CAST(s.value AS INTEGER) = o.id",
                "current_organization_id",
            )
        return SnapshotFacts(
            schema_revision=str(revision) if revision else None,
            blobs=tuple(BlobRef(sha, size) for sha, size in sorted(blobs.items())),
            journal_head=(int(head[0]) if head else 0) if "audit_entry" in tables else None,
            journal_head_hash=str(head[1]) if head else None,
            organization=str(org) if org else None,
        )
    except sqlite3.Error:
        return SnapshotFacts(None, (), None, None, None)
    finally:
        conn.close()


# --------------------------------------------------------------------------
# Making a backup


def copy_blob(source: Path, target: Path, sha256: str, *, tmp_dir: Path | None = None) -> None:
    """Copy one blob, hashing while copying; raises BackupError when the
    source does not have the SHA-256 it is stored under. The temporary copy
    (a name of core/tempfiles, so a sweep knows it) lives in `tmp_dir`."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp_dir = Path(tmp_dir) if tmp_dir is not None else target.parent
    tmp = tmp_dir / temp_name("blob", ".part")
    digest = hashlib.sha256()
    try:
        with source.open("rb") as src, tmp.open("wb") as out:
            while chunk := src.read(CHUNK):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        if digest.hexdigest() != sha256:
            raise BackupError(
                tr("Файл вложения {sha}… повреждён: его содержимое не совпадает с SHA-256.").format(sha=sha256[:12])
            )
        os.replace(tmp, target)
        fsync_dir(target.parent)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _pool_has(root: Path, ref: BlobRef) -> bool:
    try:
        return pool_path(root, ref.sha256).stat().st_size == ref.size
    except OSError:
        return False


def copy_missing_blobs(refs: Iterable[BlobRef], attachments_dir: Path, root: Path) -> tuple[int, list[str]]:
    """Copy into the pool every referenced blob it lacks. Returns (how many
    were copied, SHA-256 of those absent or damaged in the attachments)."""
    copied, missing = 0, []
    for ref in refs:
        if _pool_has(root, ref):
            continue
        source = Path(attachments_dir) / ref.sha256[:2] / ref.sha256
        try:
            copy_blob(source, pool_path(root, ref.sha256), ref.sha256, tmp_dir=Path(root) / BLOB_POOL)
            copied += 1
        except (BackupError, FileNotFoundError):
            missing.append(ref.sha256)
    return copied, missing


def create_backup(
    db_path: Path,
    backup_root: Path,
    reason: str,
    *,
    attachments_dir: Path | None = None,
    now: datetime | None = None,
    extra: dict[str, Any] | None = None,
) -> Path:
    """A backup of the database and, with `attachments_dir`, of the blobs it
    references. The manifest is written last. Raises BackupError."""
    folder = new_backup_folder(backup_root, reason, now)
    created = (now or datetime.now().astimezone()).isoformat(timespec="milliseconds")
    db_copy = folder / DB_NAME
    try:
        copy_database(Path(db_path), db_copy)
        db_hash, db_size = sha256_of(db_copy), db_copy.stat().st_size
        facts = snapshot_facts(db_copy)
        missing: list[str] = []
        if attachments_dir is not None:
            _copied, missing = copy_missing_blobs(facts.blobs, Path(attachments_dir), Path(backup_root))
        manifest = Manifest(
            created_at=created,
            reason=reason,
            schema_revision=facts.schema_revision,
            db_sha256=db_hash,
            db_size=db_size,
            blobs=facts.blobs,
            blobs_included=attachments_dir is not None,
            missing_blobs=tuple(missing),
            journal_head=facts.journal_head,
            journal_head_hash=facts.journal_head_hash,
            organization=facts.organization,
            extra=dict(extra or {}),
        )
        atomic_write_bytes(folder / MANIFEST_NAME, manifest.to_json())
    except CopyError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        raise BackupError(str(exc)) from exc
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        from tbn4_desktop.core.fileio import describe_os_error

        raise BackupError(
            tr("Резервная копия не создана. {reason}").format(reason=describe_os_error(exc, exc.filename or folder))
        ) from exc
    return folder


def backup_database(db_path: Path, backup_root: Path, reason: str) -> Path:
    """A DB-only backup (no blobs copied: an upgrade never touches them) in
    the same format as a full one. Raises BackupError."""
    return create_backup(db_path, backup_root, reason)


def backup_settings(
    settings_file: Path, backup_root: Path, reason: str, *, extra: dict[str, Any] | None = None
) -> Path:
    """On the shared PostgreSQL database the server backs up the data; this
    PC keeps a copy of its own settings.json."""
    folder = new_backup_folder(backup_root, reason)
    try:
        data = Path(settings_file).read_bytes() if Path(settings_file).is_file() else b"{}"
        atomic_write_bytes(folder / SETTINGS_NAME, data)
        manifest = Manifest(
            created_at=datetime.now().astimezone().isoformat(timespec="milliseconds"),
            reason=reason,
            kind="settings",
            extra={**(extra or {}), "settings_sha256": hashlib.sha256(data).hexdigest(), "settings_size": len(data)},
        )
        atomic_write_bytes(folder / MANIFEST_NAME, manifest.to_json())
    except OSError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        from tbn4_desktop.core.fileio import describe_os_error

        raise BackupError(
            tr("Резервная копия не создана. {reason}").format(reason=describe_os_error(exc, exc.filename or folder))
        ) from exc
    return folder


def remove_incomplete(root: Path, *, keep: Iterable[Path] = (), min_age: float = STALE_SECONDS) -> int:
    """Remove backup folders a crash left without a manifest, and stale
    temporary blob copies. Returns how many entries were removed."""
    root, removed = Path(root), 0
    keep = {Path(p).resolve() for p in keep}
    if not root.is_dir():
        return 0
    cutoff = time.time() - min_age
    for folder in root.iterdir():
        if not (folder.is_dir() and is_backup_name(folder.name)) or folder.resolve() in keep:
            continue
        if (folder / MANIFEST_NAME).is_file() or _newest_mtime(folder) > cutoff:
            continue
        shutil.rmtree(folder, ignore_errors=True)
        removed += 1
    pool = root / BLOB_POOL
    if pool.is_dir():
        for tmp in pool.glob(f"{TEMP_PREFIX}*"):
            with contextlib.suppress(OSError):
                if owner_gone(tmp.name, mtime=tmp.stat().st_mtime, max_age_s=24 * 3600):
                    tmp.unlink()
                    removed += 1
    return removed


def _newest_mtime(folder: Path) -> float:
    times = [folder.stat().st_mtime]
    for entry in folder.iterdir():
        with contextlib.suppress(OSError):
            times.append(entry.stat().st_mtime)
    return max(times)
