"""A consistent, verified copy of a SQLite database taken while it is in use.

SQLite's online backup API copies in steps and restarts whenever another
connection writes between two steps; one step (`pages=-1`) copies the whole
database under a single read snapshot instead, so a writer in another
process neither restarts nor tears the copy. The copy is written to a
temporary name, checked with `PRAGMA integrity_check`, flushed and only then
renamed into place: a killed process leaves no half copy under the final name.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from tbn4_desktop.core.fileio import fsync_dir
from tbn4_desktop.core.tempfiles import temp_name
from tbn4_desktop.i18n import tr

SQLITE_HEADER = b"SQLite format 3\x00"


class CopyError(Exception):
    """The copy could not be made or failed its check (Russian message)."""


def is_sqlite_file(path: Path) -> bool:
    """True when the file starts with SQLite's header (a 0-byte file is not one)."""
    try:
        with Path(path).open("rb") as handle:
            return handle.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def integrity_problems(path: Path, *, quick: bool = False) -> list[str]:
    """`PRAGMA integrity_check` (or quick_check) and `foreign_key_check` of a
    database file opened read-only; [] when it is sound."""
    uri = f"{Path(path).absolute().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        pragma = "quick_check" if quick else "integrity_check"
        rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}")]
        problems = [] if rows == ["ok"] else rows
        problems += [
            f"foreign key: {table} row {rowid} → {parent}"
            for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")
        ]
        return problems
    except sqlite3.Error as exc:
        return [str(exc)]
    finally:
        conn.close()


def copy_database(source: Path, target: Path) -> None:
    """Copy the database `source` to `target` in one step of the backup API,
    verify the copy, fsync it, and rename it into place. Raises CopyError."""
    source, target = Path(source), Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    # Our temporary-name convention, so that a killed copy is swept at the next start.
    tmp = target.with_name(temp_name("dbcopy", ".part"))
    try:
        src = sqlite3.connect(f"{source.absolute().as_uri()}?mode=ro", uri=True, timeout=30)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst, pages=-1)  # one step: one consistent snapshot
                # The copy must stand alone: no -wal beside it, ever.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        problems = integrity_problems(tmp)
        if problems:
            raise CopyError(
                tr("Копия базы данных не прошла проверку целостности: {problem}").format(problem=problems[0])
            )
        with tmp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        fsync_dir(target.parent)
    except sqlite3.Error as exc:
        raise CopyError(tr("Не удалось скопировать базу данных: {error}.").format(error=exc)) from exc
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
