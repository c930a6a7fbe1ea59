"""A migration killed at every step leaves a folder that opens (issue 12, item 5).

Two kinds of crash, each in a forked child killed with os._exit right after
its k-th DDL/DML statement:

* OLD: the behaviour of builds before this one — a migration connection in
  pysqlite's default mode, where each CREATE/ALTER commits on its own and the
  version is written after them — from a first start and from every older
  revision holding the demo's data, up to OLD_HEAD, the last revision those
  builds shipped. Opening the folder with this build must reach the head with
  the schema and the rows an uninterrupted upgrade gives.
* NEW: this build's own start (store.open_store). Killed anywhere, the
  database must be exactly as it was (revision and rows), and open next time.

By default every step of a first start and of the upgrade from 0005 runs,
and a deterministic sample of the others (all their schema steps are
covered by the first start and 0005 cases, and their data steps all fall in
one transaction); TBN4_CRASH_RUNS_FULL=1 runs every step of every case.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import sqlite3
import sys
import traceback
from pathlib import Path

import pytest
from sqlalchemy import Engine, create_engine, event

from tbn4_desktop.core.sqlite_copy import integrity_problems
from tbn4_desktop.migrations import SCHEMA_HEAD
from tbn4_desktop.store import DB_FILE, alembic_config, open_store, sqlite_url

pytestmark = pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "win32", reason="needs fork()")

OLD_HEAD = "0006"  # the newest revision of the builds that committed each DDL step on its own
OLD_REVISIONS = [None, "0001", "0002", "0003", "0004", "0005"]
FULL = os.environ.get("TBN4_CRASH_RUNS_FULL") == "1"
EVERY_STEP = {None, "0005"}
SAMPLE = 4
KILLED = 77


# --------------------------------------------------------------------------
# Databases at each revision, with data


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> dict[str | None, Path]:
    """The demo's year at the head, taken down to each older revision (the
    rows each revision can hold); None: no database yet."""
    from alembic import command

    from tbn4_desktop.services.context import open_app
    from tbn4_desktop.services.demo import create_demo

    root = tmp_path_factory.mktemp("revisions")
    demo_dir = root / "demo"
    ctx = open_app(demo_dir)
    try:
        create_demo(ctx, 2025)
    finally:
        ctx.close()
    result: dict[str | None, Path] = {None: root / "none"}
    for revision in ("0006", "0005", "0004", "0003", "0002", "0001"):
        folder = root / revision
        folder.mkdir()
        _plain_copy(demo_dir / DB_FILE, folder / DB_FILE)
        engine = create_engine(sqlite_url(folder))  # foreign keys off: a batch rebuild must not cascade
        with engine.begin() as conn:
            cfg = alembic_config()
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, revision)
        engine.dispose()
        _checkpoint(folder / DB_FILE)
        result[revision] = folder
    return result


def _plain_copy(source: Path, target: Path) -> None:
    src = sqlite3.connect(source)
    dst = sqlite3.connect(target)
    src.backup(dst)
    dst.close()
    src.close()


def _checkpoint(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")  # a template is one self-contained file
    conn.close()


def _fresh_folder(templates, revision: str | None, tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    if revision is not None:
        shutil.copyfile(templates[revision] / DB_FILE, folder / DB_FILE)
    return folder


# --------------------------------------------------------------------------
# What a database holds


def _read(path: Path) -> dict:
    """Schema (exact SQL text) and every row of every table."""
    conn = sqlite3.connect(path)
    try:
        schema = sorted(
            conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")
        )
        tables = [name for kind, name, _t, _s in schema if kind == "table"]
        rows = {t: conn.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
        return {"schema": schema, "rows": rows}
    finally:
        conn.close()


def _revision(state: dict) -> str | None:
    rows = state["rows"].get("alembic_version") or []
    return rows[0][0] if rows else None


# --------------------------------------------------------------------------
# The child: migrate, die after statement k


def _statement_kind(statement: str) -> str | None:
    words = statement.split(None, 3)
    first = words[0].upper() if words else ""
    if first in ("BEGIN", "CREATE", "ALTER", "DROP"):
        return "ddl"
    if first in ("INSERT", "UPDATE", "DELETE"):
        return "version" if "alembic_version" in statement else "dml"
    return None


def _old_build_migration(folder: Path) -> None:
    """What builds before this one did: the store's engine (WAL, foreign keys
    on) in pysqlite's default transaction mode, the whole run in engine.begin()."""
    from alembic import command

    engine = create_engine(sqlite_url(folder), connect_args={"timeout": 10})

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.close()

    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, OLD_HEAD)


def _child(folder: Path, mode: str, kill_at: int, kinds_file: Path | None) -> int:
    kinds: list[str] = []

    def after(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        kind = _statement_kind(statement)
        if kind is None:
            return
        kinds.append(kind)
        if len(kinds) == kill_at:
            os._exit(KILLED)

    event.listen(Engine, "after_cursor_execute", after)
    if mode == "old":
        _old_build_migration(folder)
    else:
        open_store(folder).close()
    if kinds_file is not None:
        kinds_file.write_text(json.dumps(kinds))
    return 0


def _run_child(folder: Path, mode: str, kill_at: int, kinds_file: Path | None = None) -> int:
    pid = os.fork()
    if pid == 0:
        code = 2
        try:
            code = _child(folder, mode, kill_at, kinds_file)
        except BaseException:  # noqa: BLE001 - reported through the exit code
            traceback.print_exc()
        finally:
            os._exit(code)
    _pid, status = os.waitpid(pid, 0)
    return os.waitstatus_to_exitcode(status)


def _statement_kinds(templates, revision, mode, tmp_path) -> list[str]:
    folder = _fresh_folder(templates, revision, tmp_path, f"count-{mode}")
    kinds_file = tmp_path / f"kinds-{mode}.json"
    assert _run_child(folder, mode, kill_at=0, kinds_file=kinds_file) == 0
    return json.loads(kinds_file.read_text())


def _kill_points(kinds: list[str], revision: str | None, mode: str) -> list[int]:
    """1-based statement numbers to die after (see the module docstring)."""
    every = range(1, len(kinds) + 1)
    if FULL:
        return list(every)
    if revision in EVERY_STEP:
        data = [k for k in every if kinds[k - 1] == "dml"]
        sampled = set(data[:: max(1, len(data) // 5)][:5]) | set(data[-1:])
        return [k for k in every if kinds[k - 1] != "dml" or k in sampled]
    chosen = set(random.Random(f"{revision}-{mode}").sample(list(every), min(SAMPLE, len(kinds))))
    return sorted(chosen | {1, len(kinds)})


# --------------------------------------------------------------------------
# The tests


def _reference(templates, revision, tmp_path) -> dict:
    """The uninterrupted upgrade of this build."""
    folder = _fresh_folder(templates, revision, tmp_path, "reference")
    open_store(folder).close()
    state = _read(folder / DB_FILE)
    assert _revision(state) == SCHEMA_HEAD
    return state


def _assert_opens_as(folder: Path, reference: dict, before: dict | None) -> None:
    store = open_store(folder)
    store.close()
    assert integrity_problems(folder / DB_FILE) == []
    state = _read(folder / DB_FILE)
    assert state["schema"] == reference["schema"]
    assert state["rows"] == reference["rows"]
    if before is not None:  # said in so many words: no row of the old data is lost
        for table, rows in before["rows"].items():
            if table != "alembic_version":
                assert len(state["rows"][table]) == len(rows), table


@pytest.mark.parametrize("revision", OLD_REVISIONS, ids=lambda r: f"from-{r or 'nothing'}")
def test_a_folder_an_old_build_left_mid_migration_opens(templates, revision, tmp_path):
    reference = _reference(templates, revision, tmp_path)
    before = _read(templates[revision] / DB_FILE) if revision else None
    kinds = _statement_kinds(templates, revision, "old", tmp_path)
    stranded = 0
    for k in _kill_points(kinds, revision, "old"):
        folder = _fresh_folder(templates, revision, tmp_path, f"old-{k}")
        assert _run_child(folder, "old", k) == KILLED
        left = _read(folder / DB_FILE)
        if left["schema"] != (before or {"schema": []})["schema"] and _revision(left) == revision:
            stranded += 1  # the old build left schema changes without their version
        _assert_opens_as(folder, reference, before)
        shutil.rmtree(folder)
    # The reproduction is faithful: some kill points did strand the folder.
    assert stranded > 0


@pytest.mark.parametrize("revision", [*OLD_REVISIONS, "0006"], ids=lambda r: f"from-{r or 'nothing'}")
def test_this_build_killed_mid_migration_leaves_the_database_as_it_was(templates, revision, tmp_path):
    reference = _reference(templates, revision, tmp_path)
    before = _read(templates[revision] / DB_FILE) if revision else None
    kinds = _statement_kinds(templates, revision, "new", tmp_path)
    assert kinds[0] == "ddl" and kinds[-1] == "version"  # BEGIN IMMEDIATE … the new version
    points = _kill_points(kinds, revision, "new")
    reopened = set(points) if FULL else {points[0], points[len(points) // 2], points[-1]}
    for k in points:
        folder = _fresh_folder(templates, revision, tmp_path, f"new-{k}")
        assert _run_child(folder, "new", k) == KILLED
        if before is None:
            assert _read(folder / DB_FILE)["schema"] == []  # a first start leaves an empty file
        else:
            assert _read(folder / DB_FILE) == before  # old revision, old rows, old schema
        if k in reopened:  # the same file as before each time: opening a sample of them is enough
            _assert_opens_as(folder, reference, before)
        shutil.rmtree(folder)
