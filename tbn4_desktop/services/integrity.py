"""The data check (`tbn4 check`, «Справка → Проверка данных»), its repair,
and the quiet clean-up at every start.

The check: the database's integrity and foreign keys (SQLite; the server
answers for PostgreSQL), every stored file a row points at is there with
the SHA-256 it is stored under, blobs no row points at, leftover temporary
files and staging folders, and the hash chain of the journal of changes.
A file whose hash does not match is a problem shown to the user and never
touched: it is evidence. Repair moves unreferenced blobs into
`<data folder>/quarantine/<time>/` (never deletes them) and removes our own
leftovers.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from tbn4_desktop.core.attachments import file_sha256
from tbn4_desktop.core.fileio import remove_path
from tbn4_desktop.core.settings import AppSettings, load_settings
from tbn4_desktop.core.sqlite_copy import integrity_problems
from tbn4_desktop.core.tempfiles import TempRegistry, set_process_registry
from tbn4_desktop.core.vocabulary import period_label
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.models import Attachment, SubtaskExecution
from tbn4_desktop.models.exchange import ExportRecord, ImportedBundle
from tbn4_desktop.services import audit, leftovers
from tbn4_desktop.services.context import AppContext

log = logging.getLogger(__name__)

QUARANTINE_DIR = "quarantine"
#: A blob younger than this may be another process's import or attachment
#: about to commit (a shared attachments folder): not called unreferenced.
UNREFERENCED_MIN_AGE_S = 3600
MAX_DB_PROBLEMS = 20
#: progress(done, total, text)
Progress = Callable[[int, int, str], None]


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)  # Russian sentences: repair cannot fix these
    leftovers: list[tuple[Path, int]] = field(default_factory=list)  # our temporary files (path, bytes)
    unreferenced: list[tuple[Path, int]] = field(default_factory=list)  # blobs no row points at
    notes: list[str] = field(default_factory=list)  # what was not checked, and why
    files_checked: int = 0
    bytes_checked: int = 0

    @property
    def ok(self) -> bool:
        return not (self.problems or self.leftovers or self.unreferenced)

    @property
    def repairable(self) -> bool:
        return bool(self.leftovers or self.unreferenced)

    def summary(self) -> str:
        """One line for the status bar or stderr."""
        if self.ok:
            return tr("Проверка данных: всё в порядке, проверено файлов: {count}.").format(count=self.files_checked)
        parts = []
        if self.problems:
            parts.append(tr("Проверка данных нашла проблем: {count}.").format(count=len(self.problems)))
        if self.unreferenced:
            parts.append(
                tr("Файлов хранилища, на которые нет ссылок: {count} ({size}).").format(
                    count=len(self.unreferenced), size=size_text(sum(s for _p, s in self.unreferenced))
                )
            )
        if self.leftovers:
            parts.append(
                tr("Оставшихся временных файлов: {count} ({size}).").format(
                    count=len(self.leftovers), size=size_text(sum(s for _p, s in self.leftovers))
                )
            )
        return " ".join(parts)


@dataclass
class RepairResult:
    quarantined: int = 0
    quarantined_bytes: int = 0
    quarantine_dir: Path | None = None
    removed: int = 0
    removed_bytes: int = 0
    skipped: list[str] = field(default_factory=list)  # sentences
    moved: set[Path] = field(default_factory=set)  # the blobs quarantined
    deleted: set[Path] = field(default_factory=set)  # the leftovers removed

    def remaining(self, report: CheckReport) -> CheckReport:
        """The report as it stands after this repair (nothing re-read)."""
        return CheckReport(
            problems=list(report.problems),
            notes=list(report.notes),
            leftovers=[x for x in report.leftovers if x[0] not in self.deleted],
            unreferenced=[x for x in report.unreferenced if x[0] not in self.moved],
            files_checked=report.files_checked,
            bytes_checked=report.bytes_checked,
        )

    def message(self) -> str:
        parts = []
        if self.quarantined:
            parts.append(
                tr("Файлов перенесено в карантин: {count} ({size}), папка «{folder}».").format(
                    count=self.quarantined, size=size_text(self.quarantined_bytes), folder=self.quarantine_dir
                )
            )
        if self.removed:
            parts.append(
                tr("Временных файлов удалено: {count} ({size}).").format(
                    count=self.removed, size=size_text(self.removed_bytes)
                )
            )
        if not parts:
            parts.append(tr("Исправлять было нечего."))
        return " ".join(parts + self.skipped)


def size_text(size: int) -> str:
    """КБ below a megabyte, else МБ with a decimal comma (as ui/formatting)."""
    if size < 1024 * 1024:
        return tr("{size} КБ").format(size=max(1, round(size / 1024)) if size else 0)
    return tr("{size} МБ").format(size=f"{size / (1024 * 1024):.1f}".replace(".", ","))


# --------------------------------------------------------------------------
# At every start


def sweep_stale_temp(data_dir: Path, attachments_dir: Path) -> int:
    """Remove our stale temporary files and staging folders quietly; the
    bytes freed. Never raises: the start goes on whatever happens here."""
    try:
        return leftovers.sweep(Path(data_dir), Path(attachments_dir), extra_dirs=_backup_dirs(Path(data_dir)))
    except Exception:  # noqa: BLE001 - a clean-up must never stop the start
        log.exception("the start-up sweep failed")
        return 0


def on_open(ctx: AppContext) -> int:
    """What opening a data folder does besides the store: this process's
    temporary paths in users' folders are recorded in its registry; stale
    leftovers are removed, and an export killed between its rename and its
    commit is settled against the database. Quiet; returns bytes freed."""
    set_process_registry(TempRegistry.of_data_dir(ctx.data_dir))
    try:
        _remove_interrupted_backups(ctx.data_dir)
        return leftovers.sweep(
            ctx.data_dir,
            ctx.blobs.root,
            extra_dirs=_backup_dirs(ctx.data_dir, ctx.settings),
            recorded=lambda sha: _export_recorded(ctx, sha),
        )
    except Exception:  # noqa: BLE001 - a clean-up must never stop the start
        log.exception("the start-up sweep failed")
        return 0


def _remove_interrupted_backups(data_dir: Path) -> None:
    """Backup folders a killed backup left without their manifest, in the data
    folder's own backup folder, when no backup of this folder is running
    (its lock is free). A folder chosen in the settings may be shared by
    other PCs: there the age rule of remove_incomplete applies instead."""
    from tbn4_desktop.core.backup import remove_incomplete
    from tbn4_desktop.instance_lock import hold_backup_lock
    from tbn4_desktop.store_errors import StoreError

    try:
        with hold_backup_lock(data_dir):
            remove_incomplete(Path(data_dir) / "backups", min_age=0)
    except StoreError:
        pass  # a backup is running in another process: it finishes or the next start cleans up


def _export_recorded(ctx: AppContext, manifest_sha256: str) -> bool:
    with ctx.store.session() as session:
        return (
            session.scalar(select(ExportRecord.id).where(ExportRecord.manifest_sha256 == manifest_sha256).limit(1))
            is not None
        )


def _backup_dirs(data_dir: Path, settings: AppSettings | None = None) -> list[Path]:
    """The backup folders: the data folder's own and the one the settings
    name (their backups' temporary copies)."""
    folders = [Path(data_dir) / "backups"]
    try:
        folder = (settings or load_settings(data_dir)).backup_dir
    except Exception:  # noqa: BLE001 - a damaged settings file is reported elsewhere
        folder = None
    if folder:
        folders.append(Path(folder).expanduser())
    return folders


# --------------------------------------------------------------------------
# The check


def check_data(ctx: AppContext, progress: Progress | None = None) -> CheckReport:
    """Check the data folder (see the module's docstring); reads only."""
    report = CheckReport()
    _say(progress, 0, 1, tr("Проверка базы данных…"))
    _check_database(ctx, report)
    referenced = _referenced(ctx)
    _check_files(ctx, referenced, report, progress)
    report.unreferenced = _unreferenced(ctx.blobs.root, set(referenced))
    report.leftovers = [
        (left.path, left.size)
        for left in leftovers.find_leftovers(
            ctx.data_dir, ctx.blobs.root, extra_dirs=_backup_dirs(ctx.data_dir, ctx.settings)
        )
    ]
    _say(progress, 1, 1, tr("Проверка журнала изменений…"))
    _check_journal(ctx, report)
    return report


def _say(progress: Progress | None, done: int, total: int, text: str) -> None:
    if progress:
        progress(done, total, text)


def _check_database(ctx: AppContext, report: CheckReport) -> None:
    if not ctx.store.is_sqlite:
        report.notes.append(
            tr(
                "Целостность общей базы данных PostgreSQL проверяет её сервер; здесь проверены "
                "файлы вложений и журнал изменений."
            )
        )
        return
    database = ctx.store.engine.url.database
    problems = integrity_problems(Path(database)) if database else []
    for problem in problems[:MAX_DB_PROBLEMS]:
        report.problems.append(
            tr("База данных повреждена: SQLite сообщает «{problem}». Восстановите данные из резервной копии.").format(
                problem=problem
            )
        )
    if len(problems) > MAX_DB_PROBLEMS:
        report.problems.append(tr("И ещё ошибок базы данных: {count}.").format(count=len(problems) - MAX_DB_PROBLEMS))


# How a file is named in a problem: an attachment («Приказ.pdf» подзадачи
# 1.1.2 (I квартал)) or a subordinate's bundle; one whole sentence for each.
_FILE_PROBLEMS = {
    "missing": (
        N_(
            "Файл «{name}» подзадачи {item} отсутствует в хранилище вложений ({path}). "
            "Восстановите его из резервной копии или приложите заново."
        ),
        N_(
            "Файл пакет подведомственной организации «{name}» отсутствует в хранилище вложений ({path}). "
            "Восстановите его из резервной копии или приложите заново."
        ),
    ),
    "unreadable": (
        N_("Файл «{name}» подзадачи {item} не читается ({path}): {reason}."),
        N_("Файл пакет подведомственной организации «{name}» не читается ({path}): {reason}."),
    ),
    "damaged": (
        N_(
            "Файл «{name}» подзадачи {item} повреждён или изменён: его содержимое не совпадает с "
            "сохранённой контрольной суммой ({path}). Восстановите его из резервной копии."
        ),
        N_(
            "Файл пакет подведомственной организации «{name}» повреждён или изменён: его содержимое не "
            "совпадает с сохранённой контрольной суммой ({path}). Восстановите его из резервной копии."
        ),
    ),
}


def _file_problem(problem: str, ref: tuple[str, str | None], **values: object) -> str:
    """`ref`: (file name, «1.1.2 (I квартал)») of an attachment, (bundle name, None) of a bundle."""
    name, item = ref
    attachment, bundle = _FILE_PROBLEMS[problem]
    if item is None:
        return tr(bundle).format(name=name, **values)
    return tr(attachment).format(name=name, item=item, **values)


def _referenced(ctx: AppContext) -> dict[str, tuple[str, str | None]]:
    """SHA-256 → how the user knows the file: (its name, «1.1.2 (I квартал)»)
    for an attachment, (the bundle's name, None) for a subordinate's bundle."""
    out: dict[str, tuple[str, str | None]] = {}
    with ctx.store.session() as session:
        rows = session.execute(
            select(Attachment.sha256, Attachment.original_name, SubtaskExecution.subtask_code, SubtaskExecution.period)
            .join(SubtaskExecution, SubtaskExecution.id == Attachment.execution_id)
            .order_by(Attachment.id)
        )
        for sha, name, code, period in rows:
            out.setdefault(sha, (name, f"{code} ({period_label(period)})" if period else code))
        for sha, source in session.execute(select(ImportedBundle.bundle_sha256, ImportedBundle.source_name)):
            out.setdefault(sha, (source, None))
    return out


def _check_files(
    ctx: AppContext, referenced: dict[str, tuple[str, str | None]], report: CheckReport, progress: Progress | None
) -> None:
    sizes: dict[str, int] = {}
    for sha, what in referenced.items():
        try:
            sizes[sha] = ctx.blobs.path_of(sha).stat().st_size
        except OSError:
            report.problems.append(_file_problem("missing", what, path=ctx.blobs.path_of(sha)))
    total = sum(sizes.values()) or 1
    done = 0

    def step(n: int) -> None:
        nonlocal done
        done += n
        _say(progress, done, total, tr("Проверка файлов вложений…"))

    for sha, size in sizes.items():
        path = ctx.blobs.path_of(sha)
        try:
            actual = file_sha256(path, step)
        except OSError as exc:
            report.problems.append(_file_problem("unreadable", referenced[sha], path=path, reason=exc.strerror or exc))
            continue
        report.files_checked += 1
        report.bytes_checked += size
        if actual != sha:
            report.problems.append(_file_problem("damaged", referenced[sha], path=path))


def _unreferenced(root: Path, referenced: set[str], now: float | None = None) -> list[tuple[Path, int]]:
    """Blobs (`ab/abcdef…`) no row points at, older than an hour."""
    now = now or time.time()
    out = []
    for folder in _blob_folders(root):
        for path in folder.iterdir():
            if not _is_blob_name(path.name) or path.name[:2] != folder.name or path.name in referenced:
                continue
            try:
                info = path.stat()
            except OSError:
                continue
            if path.is_file() and now - info.st_mtime > UNREFERENCED_MIN_AGE_S:
                out.append((path, info.st_size))
    return sorted(out)


def _blob_folders(root: Path) -> list[Path]:
    try:
        return [p for p in root.iterdir() if len(p.name) == 2 and _is_hex(p.name) and p.is_dir()]
    except OSError:
        return []


def _is_blob_name(name: str) -> bool:
    return len(name) == 64 and _is_hex(name)


def _is_hex(text: str) -> bool:
    return all(c in "0123456789abcdef" for c in text)


def _check_journal(ctx: AppContext, report: CheckReport) -> None:
    with ctx.store.session() as session:
        report.problems.extend(audit.verify_chain(session))


# --------------------------------------------------------------------------
# Repair


def repair(ctx: AppContext, report: CheckReport, progress: Progress | None = None) -> RepairResult:
    """Move the report's unreferenced blobs into quarantine (those a row
    points at meanwhile stay), remove its leftovers (still stale). Files
    with a wrong hash and the database are never touched."""
    result = RepairResult()
    still = _still_unreferenced(ctx, report.unreferenced)
    total = len(still) + len(report.leftovers)
    quarantine = ctx.data_dir / QUARANTINE_DIR / datetime.now().strftime("%Y-%m-%d_%H-%M-%S")
    if still:
        result.quarantine_dir = quarantine
    for n, (path, size) in enumerate(still, 1):
        _say(progress, n, total, tr("Перенос в карантин…"))
        target = quarantine / path.parent.name / path.name
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(path), str(target))
        except OSError as exc:
            result.skipped.append(
                tr("Файл {path} не перенесён в карантин: {reason}.").format(path=path, reason=exc.strerror or exc)
            )
            continue
        result.quarantined += 1
        result.quarantined_bytes += size
        result.moved.add(path)
    fresh = {
        left.path
        for left in leftovers.find_leftovers(
            ctx.data_dir, ctx.blobs.root, extra_dirs=_backup_dirs(ctx.data_dir, ctx.settings)
        )
    }
    for n, (path, size) in enumerate(report.leftovers, len(still) + 1):
        _say(progress, n, total, tr("Удаление временных файлов…"))
        if path not in fresh:
            continue  # gone meanwhile, or its owner is back
        remove_path(path)
        if os.path.lexists(path):
            result.skipped.append(tr("Временный файл {path} удалить не удалось.").format(path=path))
            continue
        result.removed += 1
        result.removed_bytes += size
        result.deleted.add(path)
    return result


def _still_unreferenced(ctx: AppContext, blobs: list[tuple[Path, int]]) -> list[tuple[Path, int]]:
    """Asked again just before moving: a file attached again since the check
    (same content, same blob) must stay where its new row expects it."""
    if not blobs:
        return []
    referenced = set(_referenced(ctx))
    return [(p, s) for p, s in blobs if p.name not in referenced and p.is_file()]
