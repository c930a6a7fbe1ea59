"""Backups of a data folder: make, list, thin, warn, restore.

The format and the file work are in core/backup.py, core/backup_thinning.py
and core/backup_restore.py; this module ties them to a data folder (its
settings, store and journal). «Something changed since the last backup» is
the journal's head: every change of the evidence appends to the journal in
the change's own transaction, so comparing the head (id and hash) with the
newest backup's costs one indexed query and survives a restart.
"""

from __future__ import annotations

import contextlib
import shutil
import socket
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from tbn4_desktop.core import backup as fmt
from tbn4_desktop.core.backup import BackupError, Manifest, reason_label
from tbn4_desktop.core.backup_restore import (
    copy_raw_database,
    replace_database,
    restore_blobs,
    verify_backup,
)
from tbn4_desktop.core.backup_thinning import Candidate, kept
from tbn4_desktop.core.fileio import atomic_write_bytes
from tbn4_desktop.core.settings import SETTINGS_FILE, AppSettings, load_settings
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.services import audit

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tbn4_desktop.services.context import AppContext

BACKUPS_DIR = "backups"
AUTO_INTERVAL = timedelta(minutes=30)
# Shown as tr(SERVER_NOTE).
SERVER_NOTE = N_(
    "Программа работает с общей базой данных офиса: резервные копии базы делает сервер "
    "(администратор PostgreSQL), программа сохраняет только настройки этого компьютера."
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    manifest: Manifest

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def created(self) -> datetime:
        return self.manifest.created

    @property
    def reason(self) -> str:
        return self.manifest.reason

    @property
    def reason_label(self) -> str:
        return reason_label(self.manifest.reason)

    @property
    def size(self) -> int:
        """What restoring it brings back: the database and its files."""
        return self.manifest.db_size + self.manifest.blob_bytes + int(self.manifest.extra.get("settings_size", 0))

    @property
    def is_settings_only(self) -> bool:
        return self.manifest.kind == "settings"


@dataclass(frozen=True)
class RestoreResult:
    backup: BackupInfo
    undo: BackupInfo | None  # the «before-restore» backup of the replaced state
    blobs_restored: int
    message: str


def backup_root(data_dir: Path, settings: AppSettings) -> Path:
    return Path(settings.backup_dir).expanduser() if settings.backup_dir else Path(data_dir) / BACKUPS_DIR


def source_id(data_dir: Path) -> str:
    """Whose backups these are: thinning never touches another PC's or data
    folder's backups kept in the same folder."""
    return f"{socket.gethostname()}:{Path(data_dir).resolve()}"


# --------------------------------------------------------------------------
# Listing

_manifests: dict[tuple[str, int, int], Manifest] = {}  # manifests never change once written


def _manifest(folder: Path) -> Manifest | None:
    try:
        stat = (folder / fmt.MANIFEST_NAME).stat()
    except OSError:
        return None
    key = (str(folder), stat.st_mtime_ns, stat.st_size)
    if key not in _manifests:
        manifest = fmt.read_manifest(folder)
        if manifest is None:
            return None
        _manifests[key] = manifest
    return _manifests[key]


def list_backups(root: Path) -> list[BackupInfo]:
    """The complete backups under `root`, newest first; interrupted ones
    (no manifest) are never listed."""
    root = Path(root)
    if not root.is_dir():
        return []
    found = []
    for folder in root.iterdir():
        if folder.is_dir() and fmt.is_backup_name(folder.name):
            manifest = _manifest(folder)
            if manifest is not None:
                found.append(BackupInfo(folder, manifest))
    return sorted(found, key=lambda b: (b.created, b.name), reverse=True)


def _complete(folder: Path) -> BackupInfo:
    """The backup just made or checked in `folder`; BackupError when its
    manifest cannot be read (the manifest is written last)."""
    manifest = fmt.read_manifest(folder)
    if manifest is None:
        raise BackupError(
            tr(
                "Папка «{name}» — не полная резервная копия ТБН-4: в ней нет описания копии "
                "({manifest}), копия не была закончена или это другая папка."
            ).format(name=folder.name, manifest=fmt.MANIFEST_NAME)
        )
    return BackupInfo(folder, manifest)


def resolve_backup(root: Path, text: str) -> Path:
    """A backup named by its folder's path or by its name under the root."""
    given = Path(text).expanduser()
    if given.is_dir() or given.is_absolute() or len(given.parts) > 1:
        return given.absolute()
    return Path(root) / text


# --------------------------------------------------------------------------
# Making


def _journal_head(session: Session) -> tuple[int, str | None] | None:
    from sqlalchemy import select

    from tbn4_desktop.models import AuditEntry

    row = session.execute(select(AuditEntry.id, AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    return (row[0], row[1]) if row else (0, None)


def make_backup(
    ctx: AppContext, *, out_dir: Path | None = None, reason: str = "manual", role: str = "command"
) -> BackupInfo:
    """A backup of the data folder now: the database and the files it refers
    to (on the shared database: this PC's settings). A manual one is
    recorded in the journal. Raises BackupError or StoreError (another
    backup of this folder is running)."""
    info = backup_now(
        ctx.data_dir,
        ctx.settings,
        out_dir=out_dir,
        reason=reason,
        role=role,
        attachments_dir=ctx.store.attachments_dir,
        shared=not ctx.store.is_sqlite,
    )
    if reason == "manual" and ctx.store.is_sqlite:
        with ctx.store.session() as session:
            # i18n: ru-only-begin — journal entry stored in the database
            audit.record_event(
                session,
                "backup",
                summary=f"Создана резервная копия «{info.name}».",
                details={"folder": str(info.path), "db_sha256": info.manifest.db_sha256},
            )
            # i18n: ru-only-end
    return info


def backup_now(
    data_dir: Path,
    settings: AppSettings,
    *,
    out_dir: Path | None = None,
    reason: str = "manual",
    role: str = "command",
    attachments_dir: Path | None = None,
    shared: bool | None = None,
) -> BackupInfo:
    """make_backup without an open store (the `tbn4 backup` command copies
    the database as it is, never migrating it first). In the usual backup
    folder, older backups are thinned afterwards."""
    from tbn4_desktop.instance_lock import hold_backup_lock

    data_dir = Path(data_dir)
    root = Path(out_dir) if out_dir else backup_root(data_dir, settings)
    shared = bool(settings.database_url) if shared is None else shared
    extra = {"source": source_id(data_dir)}
    with hold_backup_lock(data_dir, role):
        fmt.remove_incomplete(root)
        if shared:
            folder = fmt.backup_settings(data_dir / SETTINGS_FILE, root, reason, extra=extra)
        else:
            folder = fmt.create_backup(
                data_dir / fmt.DB_NAME,
                root,
                reason,
                extra=extra,
                attachments_dir=attachments_dir or _attachments_dir(data_dir, settings),
            )
        info = _complete(folder)
        if out_dir is None:
            thin(root, data_dir)
    return info


def size_text(size: int) -> str:
    """«512 КБ», «1,4 МБ», «2,1 ГБ»."""
    if size < 1024 * 1024:
        return tr("{size} КБ").format(size=max(1, round(size / 1024)) if size else 0)
    if size < 1024**3:
        return tr("{size} МБ").format(size=f"{size / 1024**2:.1f}".replace(".", ","))
    return tr("{size} ГБ").format(size=f"{size / 1024**3:.1f}".replace(".", ","))


def is_due(ctx: AppContext, *, now: datetime | None = None, interval: timedelta = AUTO_INTERVAL) -> bool:
    """True when something changed since this folder's newest backup and
    `interval` has passed since it (interval 0: on closing)."""
    now = now or datetime.now().astimezone()
    if not ctx.store.is_sqlite:
        return False
    newest = next(iter(own_backups(backup_root(ctx.data_dir, ctx.settings), ctx.data_dir)), None)
    if newest is None:
        return True
    if now - newest.created < interval:
        return False
    with ctx.store.session() as session:
        return changes_since(session, newest) != 0


def own_backups(root: Path, data_dir: Path) -> list[BackupInfo]:
    mine = source_id(data_dir)
    return [b for b in list_backups(root) if b.manifest.extra.get("source") in (None, mine)]


def changes_since(session: Session, backup: BackupInfo) -> int | None:
    """Changes in the journal after the backup's snapshot (backups made are
    not changes); None when unknown — no journal then, or the journal went
    another way since (a restore of an older backup)."""
    head = _journal_head(session)
    m = backup.manifest
    if head is None or m.journal_head is None or m.kind != "database":
        return None
    if m.journal_head > head[0]:
        return None
    from sqlalchemy import func, select

    from tbn4_desktop.models import AuditEntry

    if m.journal_head and m.journal_head_hash:
        at_head = session.scalar(select(AuditEntry.entry_hash).where(AuditEntry.id == m.journal_head))
        if at_head != m.journal_head_hash:
            return None
    return (
        session.scalar(
            select(func.count())
            .select_from(AuditEntry)
            .where(AuditEntry.id > m.journal_head, AuditEntry.action != "backup")
        )
        or 0
    )


# --------------------------------------------------------------------------
# Thinning


def thin(root: Path, data_dir: Path, *, today: date | None = None) -> tuple[int, int]:
    """Remove this folder's backups the rule does not keep, then the blobs
    no remaining backup refers to. Returns (backups removed, blobs removed)."""
    today = today or datetime.now().astimezone().date()
    everything = list_backups(root)
    mine = {b.path for b in own_backups(root, data_dir)}
    keep = kept([Candidate(b.path, b.created, b.reason) for b in everything if b.path in mine], today)
    removed = 0
    for b in everything:
        if b.path in mine and b.path not in keep:
            shutil.rmtree(b.path, ignore_errors=True)
            removed += 1
    return removed, collect_blobs(root)


def collect_blobs(root: Path) -> int:
    """Remove pool blobs no complete backup refers to (a young blob may be
    a running backup's; it is left for the next time)."""
    import time

    referenced = {ref.sha256 for b in list_backups(root) for ref in b.manifest.blobs}
    pool = Path(root) / fmt.BLOB_POOL
    if not pool.is_dir():
        return 0
    cutoff, removed = time.time() - fmt.STALE_SECONDS, 0
    for blob in pool.glob("*/*"):
        if blob.name.startswith(".") or blob.name in referenced:
            continue
        with contextlib.suppress(OSError):
            if blob.stat().st_mtime < cutoff:
                blob.unlink()
                removed += 1
    return removed


# --------------------------------------------------------------------------
# Restore


def settings_for_restore(data_dir: Path) -> AppSettings:
    """The folder's settings, or the defaults when settings.json is damaged:
    restoring a backup (of the settings too) is the way out of that state."""
    from tbn4_desktop.core.settings import SettingsError

    try:
        return load_settings(data_dir)
    except SettingsError:
        return AppSettings()


def check_backup(data_dir: Path, backup_dir: Path) -> list[str]:
    """Why this backup cannot be restored into the data folder ([] = it can)."""
    from tbn4_desktop.store import known_revisions

    settings = settings_for_restore(data_dir)
    manifest, problems = verify_backup(backup_dir, _attachments_dir(data_dir, settings))
    if problems or manifest is None:
        return problems
    name = Path(backup_dir).name
    if manifest.kind == "database" and settings.database_url:
        return [
            tr(
                "Резервная копия «{name}» — копия локальной базы, а программа работает с общей базой данных "
                "офиса: её восстанавливает администратор сервера."
            ).format(name=name)
        ]
    if manifest.schema_revision and manifest.schema_revision not in known_revisions():
        return [
            tr(
                "Резервная копия «{name}» сделана более новой версией программы: обновите программу, "
                "чтобы восстановить её."
            ).format(name=name)
        ]
    return []


def _attachments_dir(data_dir: Path, settings: AppSettings) -> Path:
    from tbn4_desktop.store import ATTACHMENTS_DIR

    if settings.database_url and settings.attachments_dir:
        return Path(settings.attachments_dir)
    return Path(data_dir) / ATTACHMENTS_DIR


def restore_backup(data_dir: Path, backup_dir: Path) -> RestoreResult:
    """Verify the backup, back up the current state («before-restore»), put
    the files back, then the database. The caller has closed the store.
    Raises BackupError (one sentence; nothing changed)."""
    from tbn4_desktop.instance_lock import hold_backup_lock

    data_dir, backup_dir = Path(data_dir), Path(backup_dir).absolute()
    problems = check_backup(data_dir, backup_dir)
    if problems:
        raise BackupError(problems[0])
    settings = settings_for_restore(data_dir)
    info = _complete(backup_dir)
    when = f"{info.created:%d.%m.%Y %H:%M}"
    try:
        with hold_backup_lock(data_dir):
            undo = _save_current(data_dir, settings, settings_only=info.is_settings_only)
            if info.is_settings_only:
                atomic_write_bytes(data_dir / SETTINGS_FILE, (backup_dir / fmt.SETTINGS_NAME).read_bytes())
                return RestoreResult(
                    info,
                    undo,
                    0,
                    tr("Настройки этого компьютера восстановлены из резервной копии от {when}.").format(when=when),
                )
            blobs = restore_blobs(info.manifest, backup_dir.parent, _attachments_dir(data_dir, settings))
            # A database backup has its hash (check_backup); without one, "" matches no file either.
            replace_database(data_dir, backup_dir / fmt.DB_NAME, info.manifest.db_sha256 or "")
    except OSError as exc:
        from tbn4_desktop.core.fileio import describe_os_error

        raise BackupError(
            tr("Данные не восстановлены. {reason}").format(reason=describe_os_error(exc, exc.filename or data_dir))
        ) from exc
    if undo is None:
        return RestoreResult(
            info, None, blobs, tr("Данные восстановлены из резервной копии от {when}.").format(when=when)
        )
    return RestoreResult(
        info,
        undo,
        blobs,
        tr("Данные восстановлены из резервной копии от {when}; прежнее состояние сохранено в копии «{copy}».").format(
            when=when, copy=undo.name
        ),
    )


def _save_current(data_dir: Path, settings: AppSettings, *, settings_only: bool) -> BackupInfo | None:
    """The «before-restore» backup, so that a restore can itself be undone.
    A database SQLite cannot copy (damaged) is saved file by file."""
    root = backup_root(data_dir, settings)
    extra = {"source": source_id(data_dir)}
    if settings_only or settings.database_url:
        folder = fmt.backup_settings(data_dir / SETTINGS_FILE, root, "before-restore", extra=extra)
        return _complete(folder)
    db = data_dir / fmt.DB_NAME
    if not db.is_file():
        return None
    try:
        folder = fmt.create_backup(
            db, root, "before-restore", attachments_dir=_attachments_dir(data_dir, settings), extra=extra
        )
    except BackupError:
        folder = fmt.new_backup_folder(root, "before-restore")
        copy_raw_database(data_dir, folder)
        manifest = Manifest(
            created_at=datetime.now().astimezone().isoformat(timespec="milliseconds"),
            reason="before-restore",
            db_sha256=fmt.sha256_of(folder / fmt.DB_NAME),
            db_size=(folder / fmt.DB_NAME).stat().st_size,
            extra={**extra, "damaged": True},
        )
        atomic_write_bytes(folder / fmt.MANIFEST_NAME, manifest.to_json())
    return _complete(folder)


def record_restore(ctx: AppContext, result: RestoreResult) -> None:
    """The restore in the journal of the restored database (after reopening)."""
    if not ctx.store.is_sqlite or result.backup.is_settings_only:
        return
    with ctx.store.session() as session:
        audit.record_event(
            session,
            "restore",
            summary=f"Данные восстановлены из резервной копии от "  # i18n: ru-only — journal entry in the database
            f"{result.backup.created:%d.%m.%Y %H:%M} («{result.backup.name}»).",
            details={
                "backup": result.backup.name,
                "db_sha256": result.backup.manifest.db_sha256,
                "undo": result.undo.name if result.undo else None,
            },
        )


def reopen_in_place(ctx: AppContext) -> None:
    """Open the data folder again into the same AppContext object, so that
    every window holding it sees the restored store."""
    from tbn4_desktop.services.context import open_app

    fresh = open_app(ctx.data_dir, catalogs=(ctx.catalogs, ctx.catalog_problems))
    ctx.store, ctx.settings, ctx.blobs = fresh.store, fresh.settings, fresh.blobs
