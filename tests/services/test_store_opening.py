"""Opening a data folder's database: what is refused before anything is
written, read-only files, a stale -wal, the backup before an upgrade, a
damaged settings.json, and the migration run as one transaction (issue 12,
items 5 and 6)."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect, text

from tbn4_desktop.cli import run
from tbn4_desktop.core.settings import SETTINGS_FILE, AppSettings, SettingsError, load_settings, save_settings
from tbn4_desktop.core.sqlite_copy import integrity_problems
from tbn4_desktop.migrations import SCHEMA_HEAD
from tbn4_desktop.store import DB_FILE, StoreError, alembic_config, current_revision, open_store, sqlite_url
from tbn4_desktop.store_file import FIRST_SCHEMA_TABLES, OUR_TABLES, known_revisions


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _at_revision(folder: Path, revision: str, url: str | None = None) -> str:
    """A database made by an earlier build, at `revision`, with an organisation."""
    from alembic import command

    folder.mkdir(parents=True, exist_ok=True)
    url = url or sqlite_url(folder)
    engine = create_engine(url)
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        conn.execute(
            text(
                "INSERT INTO organization (id, name, bin, level, created_at) VALUES "
                "(1, 'Аппарат акима района', '050340001235', 'district', '2025-01-01 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO signatory (id, organization_id, full_name, position, role, active) "
                "VALUES (1, 1, 'Аким Ерлан', 'Аким района', 'district_akim', true)"
            )
        )
    engine.dispose()
    return url


def _head_with_data(folder: Path) -> Path:
    _at_revision(folder, "head")
    conn = sqlite3.connect(folder / DB_FILE)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    return folder / DB_FILE


def _sqlite(path: Path, *statements: str) -> None:
    conn = sqlite3.connect(path)
    for statement in statements:
        conn.execute(statement)
    conn.commit()
    conn.close()


# --------------------------------------------------------------------------
# Refused before anything is written


def _empty(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / DB_FILE).write_bytes(b"")
    return folder / DB_FILE


def _not_sqlite(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / DB_FILE).write_bytes(b"PK\x03\x04 a zip, not a database" * 100)
    return folder / DB_FILE


def _foreign(folder: Path) -> Path:
    folder.mkdir(parents=True)
    _sqlite(
        folder / DB_FILE,
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)",
        "INSERT INTO customers (name) VALUES ('ТОО Ромашка')",
    )
    return folder / DB_FILE


def _foreign_with_version_table(folder: Path) -> Path:
    folder.mkdir(parents=True)
    _sqlite(
        folder / DB_FILE,
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
        "CREATE TABLE invoices (id INTEGER PRIMARY KEY)",
        "INSERT INTO invoices VALUES (1)",
    )
    return folder / DB_FILE


def _no_version_row(folder: Path) -> Path:
    path = _head_with_data(folder)
    _sqlite(path, "DELETE FROM alembic_version")
    return path


def _no_version_row_in_wal_mode(folder: Path) -> Path:
    path = _no_version_row(folder)
    _sqlite(path, "PRAGMA journal_mode=WAL")  # as the app leaves it; the -wal goes with the last close
    return path


def _empty_version_row(folder: Path) -> Path:
    path = _head_with_data(folder)
    _sqlite(path, "UPDATE alembic_version SET version_num = ''")
    return path


def _unknown_revision(folder: Path) -> Path:
    path = _head_with_data(folder)
    _sqlite(path, "UPDATE alembic_version SET version_num = 'ae1027a6acf'")
    return path


def _two_version_rows(folder: Path) -> Path:
    path = _head_with_data(folder)
    _sqlite(path, "INSERT INTO alembic_version VALUES ('0003')")
    return path


def _version_table_of_another_shape(folder: Path) -> Path:
    folder.mkdir(parents=True)
    _sqlite(
        folder / DB_FILE,
        "CREATE TABLE alembic_version (revision TEXT)",
        "CREATE TABLE organization (id INTEGER PRIMARY KEY)",
    )
    return folder / DB_FILE


REFUSED = {
    "empty-file": (_empty, "пуст (0 байт)"),
    "not-sqlite": (_not_sqlite, "не является базой данных SQLite"),
    "foreign": (_foreign, "база данных другой программы"),
    "foreign-with-version-table": (_foreign_with_version_table, "база данных другой программы"),
    "no-version-row": (_no_version_row, "нет отметки о версии её схемы"),
    "no-version-row-wal": (_no_version_row_in_wal_mode, "нет отметки о версии её схемы"),
    "empty-version-row": (_empty_version_row, "нет отметки о версии её схемы"),
    "unknown-revision": (_unknown_revision, "нет отметки о версии её схемы"),
    "two-version-rows": (_two_version_rows, "нет отметки о версии её схемы"),
    "version-table-of-another-shape": (_version_table_of_another_shape, "база данных другой программы"),
}


@pytest.mark.parametrize("case", REFUSED, ids=list(REFUSED))
def test_a_database_that_is_not_ours_or_has_no_version_is_refused_unchanged(data_dir, case):
    make, expected = REFUSED[case]
    path = make(data_dir)
    before, files = _sha(path), sorted(data_dir.iterdir())
    with pytest.raises(StoreError) as caught:
        open_store(data_dir)
    assert sorted(data_dir.iterdir()) == files  # not even an empty -wal or -shm beside it
    message = str(caught.value)
    assert expected in message and f"«{path}»" in message
    assert message.count(".") <= 2 and "\n" not in message  # one sentence (the path has a dot)
    assert _sha(path) == before
    assert not (data_dir / "backups").exists()


@pytest.mark.parametrize("case", ["empty-file", "foreign", "no-version-row", "empty-version-row"])
@pytest.mark.parametrize(
    "command",
    [
        ["export", "--year", "2025", "--out", "{tmp}/пакет.zip"],
        ["deadlines", "--as-of", "2025-03-01"],
        ["form", "app1", "--year", "2025", "--out", "{tmp}/форма.pdf"],
    ],
    ids=["export", "deadlines", "form"],
)
def test_cli_commands_refuse_such_a_database_without_changing_it(data_dir, tmp_path, capsys, case, command):
    make, expected = REFUSED[case]
    path = make(data_dir)
    before = _sha(path)
    argv = [part.replace("{tmp}", str(tmp_path)) for part in command] + ["--data-dir", str(data_dir)]
    assert run(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith("tbn4: ") and expected in err and err.count("\n") == 1
    assert _sha(path) == before
    assert not list(tmp_path.glob("пакет*")) and not list(tmp_path.glob("форма*"))


def test_a_newer_apps_database_is_refused_unchanged(data_dir):
    path = _head_with_data(data_dir)
    _sqlite(path, "UPDATE alembic_version SET version_num = '0042'")
    before = _sha(path)
    with pytest.raises(StoreError, match=r"более новой версией программы \(схема 0042\)"):
        open_store(data_dir)
    assert _sha(path) == before


def test_a_first_start_an_earlier_build_did_not_finish_is_completed(data_dir, tmp_path):
    """Some of 0001's tables and an empty version table (what an earlier
    build's first start left when killed): ours, so it is completed."""
    fresh = tmp_path / "fresh"
    open_store(fresh).close()
    conn = sqlite3.connect(fresh / DB_FILE)
    ddl = dict(conn.execute("SELECT name, sql FROM sqlite_master WHERE name IN ('alembic_version', 'setting')"))
    conn.close()
    data_dir.mkdir(parents=True)
    _sqlite(data_dir / DB_FILE, ddl["alembic_version"], ddl["setting"])
    open_store(data_dir).close()
    assert _schema(data_dir / DB_FILE) == _schema(fresh / DB_FILE)
    assert not (data_dir / "backups").exists()  # nothing to keep: it never held data


def test_a_versionless_first_schema_holding_rows_is_backed_up_before_it_is_completed(data_dir):
    _at_revision(data_dir, "0001")
    _sqlite(data_dir / DB_FILE, "DELETE FROM alembic_version")
    open_store(data_dir).close()
    assert current_revision(create_engine(sqlite_url(data_dir))) == SCHEMA_HEAD
    conn = sqlite3.connect(data_dir / DB_FILE)
    assert conn.execute("SELECT name FROM organization").fetchall() == [("Аппарат акима района",)]
    conn.close()
    assert len(_backups(data_dir / "backups")) == 1


def _schema(path: Path) -> list:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'"))
    finally:
        conn.close()


def test_an_empty_sqlite_file_with_a_header_is_a_new_database(data_dir):
    """A first start killed right after SQLite wrote the file's header."""
    data_dir.mkdir(parents=True)
    _sqlite(data_dir / DB_FILE, "PRAGMA user_version = 0", "VACUUM")
    open_store(data_dir).close()
    assert current_revision(create_engine(sqlite_url(data_dir))) == SCHEMA_HEAD


def test_the_table_lists_match_the_models_and_the_first_migration():
    from alembic.script import ScriptDirectory

    from tbn4_desktop.models import Base

    assert set(Base.metadata.tables) | {"alembic_version"} == OUR_TABLES
    source = next((Path(alembic_config().get_main_option("script_location")) / "versions").glob("0001_*.py"))
    created = set(__import__("re").findall(r"create_table\(\s*'(\w+)'", source.read_text(encoding="utf-8")))
    assert created == FIRST_SCHEMA_TABLES
    script = ScriptDirectory.from_config(alembic_config())
    assert known_revisions() == {rev.revision for rev in script.walk_revisions()}


# --------------------------------------------------------------------------
# Read-only files


def _make_read_only(path: Path):
    """The kernel refuses writes to `path` for this process: chmod for a
    normal user, the immutable attribute for root. Returns the undo."""
    if os.geteuid() != 0:
        path.chmod(0o444)
        return lambda: path.chmod(0o644)
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)], capture_output=True, check=False).returncode != 0:
        pytest.skip("running as root on a file system without the immutable attribute (chattr +i)")
    return lambda: subprocess.run([chattr, "-i", str(path)], check=True)


@pytest.mark.parametrize("which", ["", "-wal"])
def test_a_read_only_database_file_in_a_writable_folder_is_explained(data_dir, which):
    store = open_store(data_dir)
    with store.engine.connect() as conn:
        conn.execute(text("SELECT 1"))
        if which:
            conn.connection.dbapi_connection.execute("PRAGMA wal_autocheckpoint=0")
            conn.execute(text("INSERT INTO setting (key, value) VALUES ('x', 'y')"))
            conn.commit()
            # the -wal is kept: copy it aside before the close checkpoints it
            saved = (data_dir / f"{DB_FILE}-wal").read_bytes()
    store.close()
    if which:
        (data_dir / f"{DB_FILE}{which}").write_bytes(saved)
    path = data_dir / f"{DB_FILE}{which}"
    undo = _make_read_only(path)
    try:
        with pytest.raises(StoreError) as caught:
            open_store(data_dir)
    finally:
        undo()
    assert str(caught.value).startswith(f"Файл «{path}» доступен только для чтения")
    assert "«Только чтение»" in str(caught.value)


# --------------------------------------------------------------------------
# A stale -wal beside a database restored by copying


def test_a_stale_wal_beside_a_restored_copy_is_set_aside_not_replayed(data_dir, tmp_path):
    store = open_store(data_dir)
    with store.session() as s:
        s.execute(text("INSERT INTO setting (key, value) VALUES ('state', 'backed up')"))
    store.close()
    backup = tmp_path / "backup.sqlite3"
    src, dst = sqlite3.connect(data_dir / DB_FILE), sqlite3.connect(backup)
    src.backup(dst)
    dst.execute("PRAGMA journal_mode=DELETE")
    dst.close()
    src.close()
    # work saved after the backup, still only in the -wal when the PC died
    conn = sqlite3.connect(data_dir / DB_FILE)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE setting SET value = 'saved later' WHERE key = 'state'")
    conn.commit()
    wal = (data_dir / f"{DB_FILE}-wal").read_bytes()
    conn.close()
    assert wal
    # restored by copying the file back; the old -wal stays beside it
    shutil.copyfile(backup, data_dir / DB_FILE)
    (data_dir / f"{DB_FILE}-wal").write_bytes(wal)

    store = open_store(data_dir)
    try:
        with store.session() as s:
            assert s.execute(text("SELECT value FROM setting WHERE key = 'state'")).scalar() == "backed up"
    finally:
        store.close()
    assert integrity_problems(data_dir / DB_FILE) == []
    kept = list(data_dir.glob(f"{DB_FILE}-wal.stale-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == wal  # set aside, never deleted


# --------------------------------------------------------------------------
# The backup before an upgrade


def _backups(root: Path) -> list[Path]:
    return sorted(p for p in root.iterdir() if (p / "manifest.json").is_file()) if root.is_dir() else []


def test_an_upgrade_is_preceded_by_a_verified_backup_of_the_old_database(data_dir):
    _at_revision(data_dir, "0005")
    old = data_dir.parent / "old.sqlite3"
    shutil.copyfile(data_dir / DB_FILE, old)
    open_store(data_dir).close()
    [folder] = _backups(data_dir / "backups")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["reason"] == "before-upgrade" and manifest["schema_revision"] == "0005"
    copy = folder / DB_FILE
    assert integrity_problems(copy) == []
    assert _schema(copy) == _schema(old)
    conn = sqlite3.connect(copy)
    assert conn.execute("SELECT name FROM organization").fetchall() == [("Аппарат акима района",)]
    conn.close()
    open_store(data_dir).close()  # already current: no second backup
    assert len(_backups(data_dir / "backups")) == 1


def test_no_backup_on_a_first_start(data_dir):
    open_store(data_dir).close()
    assert _backups(data_dir / "backups") == []


def test_the_backup_folder_setting_is_honoured(data_dir, tmp_path):
    from tbn4_desktop.services.context import open_app

    _at_revision(data_dir, "0004")
    save_settings(data_dir, AppSettings(backup_dir=str(tmp_path / "копии")))
    open_app(data_dir).close()
    assert len(_backups(tmp_path / "копии")) == 1
    assert not (data_dir / "backups").exists()


def test_without_a_backup_there_is_no_upgrade(data_dir):
    _at_revision(data_dir, "0004")
    (data_dir / "backups").write_text("a file where the backup folder should be")
    before = _sha(data_dir / DB_FILE)
    with pytest.raises(StoreError) as caught:
        open_store(data_dir)
    assert str(caught.value).startswith("Программа не обновила базу данных и ничего в ней не изменила")
    assert _sha(data_dir / DB_FILE) == before


# --------------------------------------------------------------------------
# One transaction


def test_an_error_inside_the_migration_run_leaves_the_database_as_it_was(data_dir, db_url, monkeypatch):
    """The whole run is one transaction, on SQLite (explicit BEGIN on the
    migration connection) and on PostgreSQL: an error in 0005's third table
    leaves no trace of 0005's first steps."""
    from tbn4_desktop.migrations import rerun

    _at_revision(data_dir, "0004", db_url)
    real = rerun.create_table

    def failing(name, *columns):  # noqa: ANN001, ANN202
        if name == "imported_bundle":
            raise RuntimeError("killed")
        return real(name, *columns)

    monkeypatch.setattr(rerun, "create_table", failing)
    with pytest.raises(RuntimeError, match="killed"):
        open_store(data_dir, db_url)
    engine = create_engine(db_url)
    try:
        assert current_revision(engine) == "0004"
        columns = {c["name"] for c in inspect(engine).get_columns("subtask_execution")}
        assert "uploaded_on" not in columns
        assert not inspect(engine).has_table("export_record")
    finally:
        engine.dispose()
    monkeypatch.setattr(rerun, "create_table", real)
    open_store(data_dir, db_url).close()
    engine = create_engine(db_url)
    try:
        assert current_revision(engine) == SCHEMA_HEAD
    finally:
        engine.dispose()


def test_a_batch_rebuild_inside_the_run_neither_cascades_nor_escapes_the_transaction(data_dir):
    """Batch mode rebuilds a table (copy, DROP, rename). Inside the migration
    transaction foreign keys stay off, so dropping the parent table
    `organization` does not delete its signatories (ON DELETE CASCADE), and a
    failure after the rebuild undoes it."""
    from alembic.migration import MigrationContext
    from alembic.operations import Operations

    from tbn4_desktop.migrations.runner import sqlite_migration_engine

    _at_revision(data_dir, "head")
    engine = sqlite_migration_engine(sqlite_url(data_dir), 5)
    try:
        with pytest.raises(RuntimeError), engine.begin() as conn:
            ops = Operations(MigrationContext.configure(conn, opts={"render_as_batch": True}))
            with ops.batch_alter_table("organization", recreate="always") as batch:
                batch.drop_column("bin")
            assert "bin" not in {c["name"] for c in inspect(conn).get_columns("organization")}
            assert conn.execute(text("SELECT count(*) FROM signatory")).scalar() == 1
            raise RuntimeError("after the rebuild")
        with engine.connect() as conn:
            assert "bin" in {c["name"] for c in inspect(conn).get_columns("organization")}
            assert conn.execute(text("SELECT count(*) FROM signatory")).scalar() == 1
    finally:
        engine.dispose()
    assert integrity_problems(data_dir / DB_FILE) == []


def test_leftovers_of_an_interrupted_batch_rebuild_are_settled(data_dir):
    _at_revision(data_dir, "0005")
    path = data_dir / DB_FILE
    _sqlite(
        path,
        "CREATE TABLE _alembic_tmp_attachment (id INTEGER)",  # the copy, unfinished
        "ALTER TABLE link RENAME TO _alembic_tmp_link",
    )  # the copy, renamed back
    open_store(data_dir).close()
    conn = sqlite3.connect(path)
    names = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    assert not {n for n in names if n.startswith("_alembic_tmp_")}
    assert {"attachment", "link"} <= names
    assert integrity_problems(path) == []


def test_server_databases_are_refused_the_same_way(postgres_url, data_dir):
    engine = create_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE customers (id INTEGER PRIMARY KEY)"))
    with pytest.raises(StoreError, match="есть чужие таблицы"):
        open_store(data_dir, postgres_url)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE customers"))
    engine.dispose()
    _at_revision(data_dir, "0003", postgres_url)
    engine = create_engine(postgres_url)
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM alembic_version"))
    engine.dispose()
    with pytest.raises(StoreError, match="нет отметки о версии её схемы"):
        open_store(data_dir, postgres_url)


# --------------------------------------------------------------------------
# settings.json


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{\"database_url\": \"postgresql+psycopg://tbn4@server/tbn4\"",
        b"\xff\xfe{}",
        b"[]",
        b"{\"database_url\": 42}",
    ],
    ids=["empty", "cut-short", "not-utf8", "not-an-object", "wrong-type"],
)
def test_a_damaged_settings_file_is_an_error_naming_the_file(data_dir, content):
    data_dir.mkdir(parents=True)
    (data_dir / SETTINGS_FILE).write_bytes(content)
    with pytest.raises(SettingsError) as caught:
        load_settings(data_dir)
    assert str(caught.value).startswith(f"Файл настроек «{data_dir / SETTINGS_FILE}» повреждён")
    assert isinstance(caught.value, StoreError)


def test_unknown_settings_of_a_newer_build_are_not_an_error(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / SETTINGS_FILE).write_text(json.dumps({"database_url": None, "a_newer_setting": [1, 2]}))
    assert load_settings(data_dir) == AppSettings()


@pytest.mark.parametrize(
    "command",
    [
        ["export", "--year", "2025", "--out", "{tmp}/пакет.zip"],
        ["deadlines"],
        ["demo", "--year", "2025"],
        ["workdays", "add", "2025-01-02", "5"],
    ],
    ids=["export", "deadlines", "demo", "workdays"],
)
def test_cli_commands_refuse_a_damaged_settings_file_and_use_no_database(data_dir, tmp_path, capsys, command):
    """An office's settings point at its shared server; damaged, they must
    not quietly send the command to this PC's own database."""
    data_dir.mkdir(parents=True)
    (data_dir / SETTINGS_FILE).write_bytes(b'{"database_url": "postgresql+psycopg://tbn4@server/tb')
    argv = [part.replace("{tmp}", str(tmp_path)) for part in command] + ["--data-dir", str(data_dir)]
    assert run(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"tbn4: Файл настроек «{data_dir / SETTINGS_FILE}» повреждён") and err.count("\n") == 1
    assert not (data_dir / DB_FILE).exists()
    assert (data_dir / SETTINGS_FILE).read_bytes() == b'{"database_url": "postgresql+psycopg://tbn4@server/tb'


def test_opening_the_local_database_for_one_session_leaves_damaged_settings_alone(data_dir):
    from tbn4_desktop.services.context import open_app

    data_dir.mkdir(parents=True)
    (data_dir / SETTINGS_FILE).write_bytes(b"{broken")
    with pytest.raises(SettingsError):
        open_app(data_dir)
    ctx = open_app(data_dir, local=True)
    try:
        assert ctx.store.is_sqlite and ctx.settings == AppSettings()
    finally:
        ctx.close()
    assert (data_dir / SETTINGS_FILE).read_bytes() == b"{broken"


def test_settings_are_written_atomically(data_dir, monkeypatch):
    """A write that fails half-way leaves the previous file whole."""
    from tbn4_desktop.core import fileio

    data_dir.mkdir(parents=True)
    save_settings(data_dir, AppSettings(database_url="postgresql+psycopg://tbn4@server/tbn4"))
    before = (data_dir / SETTINGS_FILE).read_bytes()

    def failing_replace(src, dst):  # noqa: ANN001, ANN202
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(fileio.os, "replace", failing_replace)
    with pytest.raises(OSError):
        save_settings(data_dir, AppSettings())
    monkeypatch.undo()
    assert (data_dir / SETTINGS_FILE).read_bytes() == before
    assert load_settings(data_dir).database_url == "postgresql+psycopg://tbn4@server/tbn4"
    assert [p.name for p in data_dir.iterdir()] == [SETTINGS_FILE]
