"""The data folder's SQLite file, checked before anything opens it for writing.

Opening a database with the store switches it to WAL, which rewrites its
header: a file that is not ours, has no schema version or is empty must be
refused before that, with its bytes unchanged. So this module reads the file
with the standard library only (the GUI's fast start calls it before
SQLAlchemy is loaded) and never writes to it. It also sets aside a stale
`-wal` that SQLite would otherwise replay into a database restored by
copying (see `set_aside_stale_wal`).
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.migrations import SCHEMA_HEAD
from tbn4_desktop.store_errors import StoreError

SQLITE_HEADER = b"SQLite format 3\x00"
# Every table any revision of ours creates (tests/services/test_store_opening.py
# checks it against the models), and the tables of revision 0001 alone: a
# database holding no more than those and no version row is a first start
# that an earlier build did not finish, not somebody else's database.
OUR_TABLES = frozenset(
    {
        "alembic_version",
        "organization",
        "setting",
        "signatory",
        "year_plan",
        "subtask_execution",
        "attachment",
        "link",
        "calendar_decree",
        "anchor_date",
        "register_row",
        "export_record",
        "exported_item",
        "imported_bundle",
        "supervised_entity",
        "applicability_answer",
        "plan_periodicity",
        "slot_record",
        "audit_entry",
    }
)
FIRST_SCHEMA_TABLES = frozenset(
    {
        "organization",
        "setting",
        "signatory",
        "year_plan",
        "subtask_execution",
        "attachment",
        "link",
    }
)
BATCH_TMP_PREFIX = "_alembic_tmp_"  # Alembic's batch-mode copy of a table being rebuilt
_WRITE_REFUSED = (errno.EACCES, errno.EPERM, errno.EROFS)
_REVISION_FILE = re.compile(r"^(\d{4})_\w+\.pyc?$")


def empty_file_message(path: Path) -> str:
    return tr(
        "Файл базы данных «{path}» пуст (0 байт), хотя программа с ним уже работала: восстановите данные "
        "из резервной копии командой «tbn4 restore» или удалите этот файл, чтобы начать работу заново."
    ).format(path=path)


def not_a_database_message(path: Path) -> str:
    return tr(
        "Файл «{path}» не является базой данных SQLite (он повреждён или подменён), поэтому программа его "
        "не открывает и не меняет: восстановите данные из резервной копии командой «tbn4 restore»."
    ).format(path=path)


def not_ours_message(path: Path) -> str:
    return tr(
        "Файл «{path}» — база данных другой программы, а не ТБН-4, поэтому программа её не открывает "
        "и не меняет: укажите другую папку данных (параметр --data-dir) или восстановите данные "
        "из резервной копии командой «tbn4 restore»."
    ).format(path=path)


def no_version_message(path: Path) -> str:
    return tr(
        "В базе данных «{path}» нет отметки о версии её схемы, поэтому программа не может безопасно "
        "её открыть и ничего в ней не меняет: восстановите данные из резервной копии командой "
        "«tbn4 restore»."
    ).format(path=path)


def newer_app_message(revision: str) -> str:
    return tr(
        "База данных создана более новой версией программы (схема {revision}). Обновите программу, чтобы открыть её."
    ).format(revision=revision)


def read_only_message(path: Path) -> str:
    return tr(
        "Файл «{path}» доступен только для чтения, поэтому программа не сможет сохранить ни одного "
        "изменения: снимите с него атрибут «Только чтение» или попросите администратора дать права "
        "на запись."
    ).format(path=path)


DAMAGED_MESSAGE = N_("Файл базы данных повреждён. Восстановите его из резервной копии командой «tbn4 restore».")


@dataclass(frozen=True)
class DatabaseFile:
    """What the file holds: `revision` None means a new database (no file,
    no tables yet) or a first start an earlier build did not finish."""

    path: Path
    exists: bool
    revision: str | None
    tables: frozenset[str] = frozenset()
    holds_rows: bool = False

    @property
    def has_data(self) -> bool:
        """A database worth a backup before it is upgraded (a first start
        that never finished holds nothing)."""
        return self.revision is not None or self.holds_rows


def check_database_file(path: Path) -> DatabaseFile:
    """Refuse (StoreError) an empty file, a file that is not SQLite, a
    database that is not ours or has no usable version, a read-only file.
    Reads only; a stale -wal is moved aside (see set_aside_stale_wal)."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return DatabaseFile(path, exists=False, revision=None)
    except OSError as exc:
        from tbn4_desktop.core.fileio import describe_os_error

        raise StoreError(
            tr("Не удалось открыть базу данных. {error}").format(error=describe_os_error(exc, path))
        ) from exc
    if size == 0:
        raise StoreError(empty_file_message(path))
    if not _has_sqlite_header(path):
        raise StoreError(not_a_database_message(path))
    ensure_writable_files(path)
    set_aside_stale_wal(path)
    side_files = [p for p in (wal_path(path), shm_path(path)) if not p.exists()]
    try:
        tables, rows, holds_rows = _read_schema(path)
        revision = _revision(path, tables, rows)
    except StoreError:
        _remove_empty_side_files(side_files)
        raise
    return DatabaseFile(path, exists=True, revision=revision, tables=tables, holds_rows=holds_rows)


def _remove_empty_side_files(created: list[Path]) -> None:
    """Reading a WAL database creates an empty -wal and a -shm beside it; a
    refused database is left as it was found."""
    wal = next((p for p in created if p.name.endswith("-wal")), None)
    if wal is None or not wal.exists() or wal.stat().st_size:
        return
    for side in created:
        with contextlib.suppress(OSError):
            side.unlink()


def _has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def ensure_writable_files(path: Path) -> None:
    """The database and its -wal/-shm must open for writing (opening does not
    change a byte); otherwise the app would start and fail at the first save."""
    for candidate in (path, wal_path(path), shm_path(path)):
        try:
            fd = os.open(candidate, os.O_RDWR)
        except FileNotFoundError:
            continue
        except OSError as exc:
            if exc.errno in _WRITE_REFUSED:
                raise StoreError(read_only_message(candidate)) from exc
            continue  # anything else: SQLite reports it in its own words
        os.close(fd)


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def shm_path(path: Path) -> Path:
    return path.with_name(path.name + "-shm")


def set_aside_stale_wal(path: Path) -> Path | None:
    """A database whose header says «rollback journal» (a copy restored by
    hand, or by a restore that was interrupted) never had the `-wal` beside
    it: SQLite would still replay that file into it, bringing back later work
    or corrupting it. Such a `-wal` is renamed (kept, never deleted) and the
    `-shm` (only an index of it) removed. Returns the new name of the -wal."""
    wal = wal_path(path)
    try:
        if wal.stat().st_size == 0 or _header_journal_byte(path) != 1:
            return None
    except OSError:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = wal.with_name(f"{wal.name}.stale-{stamp}")
    counter = 1
    while aside.exists():
        counter += 1
        aside = wal.with_name(f"{wal.name}.stale-{stamp}-{counter}")
    os.replace(wal, aside)
    with contextlib.suppress(FileNotFoundError):
        shm_path(path).unlink()
    return aside


def _header_journal_byte(path: Path) -> int:
    """Byte 18 of the header: 1 = rollback journal, 2 = WAL."""
    with path.open("rb") as handle:
        header = handle.read(20)
    return header[18] if len(header) >= 20 else 0


def _read_schema(path: Path) -> tuple[frozenset[str], list[tuple] | None, bool]:
    """Table names, the rows of alembic_version (None: no such table) and,
    for a database without a version, whether any of our tables holds a
    row; read on a read-only connection."""
    try:
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=10)
    except sqlite3.Error as exc:
        raise StoreError(tr(DAMAGED_MESSAGE)) from exc
    try:
        tables = frozenset(
            name
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
            )
        )
        rows = None
        if "alembic_version" in tables:
            try:
                rows = conn.execute("SELECT version_num FROM alembic_version").fetchall()
            except sqlite3.OperationalError as exc:  # a table of that name, but not Alembic's
                raise StoreError(not_ours_message(path)) from exc
        holds_rows = not rows and any(
            conn.execute(f'SELECT 1 FROM "{t}" LIMIT 1').fetchone() for t in tables & FIRST_SCHEMA_TABLES
        )
        return tables, rows, holds_rows
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            raise StoreError(
                tr(
                    "База данных занята другой программой или другим пользователем. "
                    "Подождите немного и повторите действие."
                )
            ) from exc
        raise StoreError(tr(DAMAGED_MESSAGE)) from exc
    except sqlite3.DatabaseError as exc:
        raise StoreError(tr(DAMAGED_MESSAGE)) from exc
    finally:
        conn.close()


def _revision(path: Path, tables: frozenset[str], rows: list[tuple] | None) -> str | None:
    ours = {t for t in tables if t in OUR_TABLES or t.startswith(BATCH_TMP_PREFIX)}
    if rows is not None and len(rows) == 1 and isinstance(rows[0][0], str) and rows[0][0].strip():
        revision = rows[0][0]
        if revision in known_revisions():
            return revision
        if re.fullmatch(r"\d{4}", revision) and revision > SCHEMA_HEAD:
            raise StoreError(newer_app_message(revision))
        raise StoreError(not_ours_message(path) if tables - ours else no_version_message(path))
    if tables - ours:
        raise StoreError(not_ours_message(path))
    if rows and len(rows) > 0:
        raise StoreError(no_version_message(path))  # an empty version, or several
    if tables - {"alembic_version"} - {t for t in tables if t.startswith(BATCH_TMP_PREFIX)} <= FIRST_SCHEMA_TABLES:
        return None  # a first start an earlier build did not finish: it is completed
    raise StoreError(no_version_message(path))


def known_revisions() -> frozenset[str]:
    """The revisions this build ships, from the migration file names (no
    Alembic import on the way to the first window)."""
    folder = Path(__file__).parent / "migrations" / "versions"
    return frozenset(m.group(1) for name in os.listdir(folder) if (m := _REVISION_FILE.match(name)))
