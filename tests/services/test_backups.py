"""Backups and restore of a real data folder (services/backups.py): a backup
made while another process writes, restore over a stale WAL, refusals that
change nothing, thinning of the pool, «changes since», warnings."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from tbn4_desktop.core import backup as fmt
from tbn4_desktop.core.backup import BackupError
from tbn4_desktop.core.settings import AppSettings, load_settings, save_settings
from tbn4_desktop.core.sqlite_copy import integrity_problems
from tbn4_desktop.services import backup_warnings as W
from tbn4_desktop.services import backups as B
from tbn4_desktop.services.context import open_app

WRITER = r"""
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
conn.execute("PRAGMA journal_mode=WAL")
n = 0
while True:
    n += 1
    conn.execute("BEGIN IMMEDIATE")
    for part in range(3):   # one transaction of three rows: a torn copy would show 1 or 2 of them
        conn.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (f"writer-{n:07d}-{part}", str(n)))
    conn.execute("COMMIT")
    if n == 20:
        print("writing", flush=True)
"""


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    from tbn4_desktop.services.demo import create_demo

    folder = tmp_path_factory.mktemp("backups") / "template"
    ctx = open_app(folder)
    create_demo(ctx, 2026)
    ctx.close()
    return folder


@pytest.fixture
def demo_dir(demo_template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(demo_template, folder)
    return folder


def dump(db: Path, *, skip_writer: bool = False) -> dict[str, list[tuple]]:
    """Every table's rows, in a stable order: the logical state of a database."""
    conn = sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        state = {t: sorted(conn.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
    finally:
        conn.close()
    if skip_writer:
        state["setting"] = [r for r in state["setting"] if not str(r[0]).startswith("writer-")]
    return state


def writer_rows(db: Path) -> list[str]:
    conn = sqlite3.connect(f"{db.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return sorted(r[0] for r in conn.execute("SELECT key FROM setting WHERE key LIKE 'writer-%'"))
    finally:
        conn.close()


def test_a_backup_made_while_another_process_writes_restores_to_that_moment(demo_dir):
    db = demo_dir / fmt.DB_NAME
    before = dump(db)
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, text=True)
    ctx = open_app(demo_dir)
    try:
        assert writer.stdout.readline().strip() == "writing"
        made = []
        for _ in range(3):
            made.append(B.make_backup(ctx, reason="auto"))
            time.sleep(0.1)
    finally:
        writer.terminate()
        writer.wait(10)
        ctx.close()
    source = writer_rows(db)
    counts = []
    for info in made:
        copy = info.path / fmt.DB_NAME
        assert integrity_problems(copy) == []
        rows = writer_rows(copy)
        k = len(rows) // 3
        # Every transaction committed before the snapshot is there, whole; none after it, none half.
        assert rows == [f"writer-{n:07d}-{p}" for n in range(1, k + 1) for p in range(3)]
        assert rows == source[: len(rows)]
        assert dump(copy, skip_writer=True) == before
        counts.append(k)
    assert counts == sorted(counts) and counts[-1] > counts[0] > 0  # the copies were taken mid-writing
    result = B.restore_backup(demo_dir, made[1].path)
    assert dump(db) == dump(made[1].path / fmt.DB_NAME)
    assert writer_rows(result.undo.path / fmt.DB_NAME) == source  # the replaced state is kept


def add_rows_after_backup(db: Path, n: int = 5) -> None:
    conn = sqlite3.connect(db, isolation_level=None)
    for i in range(n):
        conn.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (f"after-{i}", "x"))
    conn.close()


def leave_stale_wal(db: Path) -> None:
    """A crash after some commits: the WAL holds them, never checkpointed."""
    conn = sqlite3.connect(db, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("INSERT INTO setting (key, value) VALUES ('after-crash', 'x')")
    saved = {s: Path(f"{db}{s}").read_bytes() for s in ("-wal", "-shm")}
    conn.close()  # a clean close checkpoints and deletes the WAL: put it back as a crash leaves it
    for suffix, data in saved.items():
        Path(f"{db}{suffix}").write_bytes(data)


def test_restore_removes_a_stale_wal_and_brings_back_exactly_the_backup(demo_dir):
    db = demo_dir / fmt.DB_NAME
    ctx = open_app(demo_dir)
    info = B.make_backup(ctx)
    ctx.close()
    backup_state = dump(info.path / fmt.DB_NAME)
    add_rows_after_backup(db)
    leave_stale_wal(db)
    assert Path(f"{db}-wal").stat().st_size > 0
    result = B.restore_backup(demo_dir, info.path)
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-shm").exists()
    assert integrity_problems(db) == []
    assert dump(db) == backup_state
    undo_keys = {r[0] for r in dump(result.undo.path / fmt.DB_NAME)["setting"]}
    assert {"after-0", "after-crash"} <= undo_keys  # the «before-restore» copy had the WAL's work
    assert result.undo.reason == "before-restore"


def test_restore_brings_back_missing_attachment_files(demo_dir):
    ctx = open_app(demo_dir)
    info = B.make_backup(ctx)
    ctx.close()
    shutil.rmtree(demo_dir / "attachments")
    result = B.restore_backup(demo_dir, info.path)
    assert result.blobs_restored == len(info.manifest.blobs) > 0
    for ref in info.manifest.blobs:
        data = (demo_dir / "attachments" / ref.sha256[:2] / ref.sha256).read_bytes()
        assert hashlib.sha256(data).hexdigest() == ref.sha256


def state_of(folder: Path) -> tuple:
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    return files, hashlib.sha256((folder / fmt.DB_NAME).read_bytes()).hexdigest()


def damage_db(backup: Path) -> None:
    data = bytearray((backup / fmt.DB_NAME).read_bytes())
    data[5000] ^= 0xFF
    (backup / fmt.DB_NAME).write_bytes(bytes(data))


def drop_manifest(backup: Path) -> None:
    (backup / fmt.MANIFEST_NAME).unlink()


def lose_blob(backup: Path, data_dir: Path, *, corrupt: bool = False) -> None:
    ref = fmt.read_manifest(backup).blobs[0]
    shutil.rmtree(data_dir / "attachments" / ref.sha256[:2])
    pooled = fmt.pool_path(backup.parent, ref.sha256)
    pooled.write_bytes(b"not the scan") if corrupt else pooled.unlink()


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda b, d: drop_manifest(b), "не полная резервная копия"),
        (lambda b, d: damage_db(b), "повреждён"),
        (lambda b, d: lose_blob(b, d), "недостаёт файлов вложений"),
        (lambda b, d: lose_blob(b, d, corrupt=True), "недостаёт файлов вложений"),
    ],
)
def test_a_damaged_or_incomplete_backup_is_refused_and_nothing_changes(demo_dir, damage, message):
    ctx = open_app(demo_dir)
    info = B.make_backup(ctx)
    ctx.close()
    add_rows_after_backup(demo_dir / fmt.DB_NAME)
    damage(info.path, demo_dir)
    before = state_of(demo_dir)
    with pytest.raises(BackupError, match=message) as refused:
        B.restore_backup(demo_dir, info.path)
    assert str(refused.value).count(".") <= 2 and "\n" not in str(refused.value)
    assert state_of(demo_dir) == before  # no «before-restore» copy either: nothing was touched


def test_changes_since_counts_the_journal_and_ignores_backups(demo_dir):
    ctx = open_app(demo_dir)
    try:
        first = B.make_backup(ctx)
        with ctx.store.session() as session:
            assert B.changes_since(session, first) == 0
        assert not B.is_due(ctx, interval=timedelta(0))
        from tbn4_desktop.services import audit

        with ctx.store.session() as session:
            audit.record_event(session, "import", summary="Проверка: одно изменение.")
        with ctx.store.session() as session:
            assert B.changes_since(session, first) == 1
        assert B.is_due(ctx, interval=timedelta(0))
        assert not B.is_due(ctx)  # less than 30 minutes since the last one
        assert B.is_due(ctx, now=datetime.now().astimezone() + timedelta(minutes=31))
    finally:
        ctx.close()


def test_thinning_removes_old_backups_and_their_unreferenced_blobs(demo_dir, monkeypatch):
    root = demo_dir / "backups"
    ctx = open_app(demo_dir)
    try:
        old = B.make_backup(ctx, reason="auto")
        orphan = fmt.pool_path(root, "ab" + "0" * 62)
        orphan.parent.mkdir(parents=True, exist_ok=True)
        orphan.write_bytes(b"left by a pruned backup")
        stale = time.time() - fmt.STALE_SECONDS - 60
        import os

        os.utime(orphan, (stale, stale))
        # Pretend the first backup is 3 days old and a newer one of the same day exists.
        for name in ("2026-01-01_090000_auto", "2026-01-01_100000_auto"):
            shutil.copytree(old.path, root / name)
            manifest = fmt.read_manifest(root / name)
            from dataclasses import replace

            created = datetime.fromisoformat(f"{name[:10]}T{name[11:13]}:00:00").astimezone().isoformat()
            (root / name / fmt.MANIFEST_NAME).write_bytes(replace(manifest, created_at=created).to_json())
        removed, blobs = B.thin(root, demo_dir)
    finally:
        ctx.close()
    assert removed == 1 and not (root / "2026-01-01_090000_auto").exists()
    assert (root / "2026-01-01_100000_auto").exists() and old.path.exists()
    assert blobs == 1 and not orphan.exists()
    for ref in old.manifest.blobs:
        assert fmt.pool_path(root, ref.sha256).exists()


def test_warnings_old_backup_and_same_disk(demo_dir, tmp_path):
    settings = AppSettings()
    assert any("ещё нет" in w for w in W.warnings(demo_dir, settings))
    ctx = open_app(demo_dir)
    B.make_backup(ctx)
    ctx.close()
    now = datetime.now().astimezone()
    current = W.warnings(demo_dir, settings, now=now)
    assert any("том же диске" in w for w in current)
    assert not any("7 дней" in w for w in current)
    assert any("больше 7 дней" in w for w in W.warnings(demo_dir, settings, now=now + timedelta(days=8)))


def test_the_shared_database_backs_up_this_pcs_settings_only(tmp_path):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    settings = AppSettings(database_url="postgresql+psycopg://office@server/tbn4", attachments_dir=str(tmp_path / "a"))
    save_settings(data_dir, settings)
    info = B.backup_now(data_dir, load_settings(data_dir))
    assert info.is_settings_only and (info.path / fmt.SETTINGS_NAME).is_file()
    assert not (info.path / fmt.DB_NAME).exists()
    assert B.SERVER_NOTE in W.warnings(data_dir, load_settings(data_dir))
    save_settings(data_dir, AppSettings())  # a damaged or lost setting…
    result = B.restore_backup(data_dir, info.path)  # …comes back from the copy
    assert load_settings(data_dir).database_url == settings.database_url
    assert result.undo is not None and result.undo.is_settings_only


def test_a_backup_of_a_newer_version_is_refused(demo_dir):
    ctx = open_app(demo_dir)
    info = B.make_backup(ctx)
    ctx.close()
    from dataclasses import replace

    manifest = replace(info.manifest, schema_revision="9999")
    (info.path / fmt.MANIFEST_NAME).write_bytes(manifest.to_json())
    with pytest.raises(BackupError, match="более новой версией"):
        B.restore_backup(demo_dir, info.path)


def test_damaged_settings_are_restored_from_a_settings_backup(tmp_path) -> None:
    """A damaged settings.json stops the app (SettingsError); restoring the
    settings backup is the way out, so the restore itself must not read it."""
    from tbn4_desktop.core.backup import backup_settings
    from tbn4_desktop.core.settings import SettingsError, load_settings
    from tbn4_desktop.services.backups import restore_backup

    data = tmp_path / "data"
    data.mkdir()
    good = b'{"database_url": "postgresql+psycopg://tbn4@server/tbn4"}'
    (data / "settings.json").write_bytes(good)
    folder = backup_settings(data / "settings.json", data / "backups", "manual")
    (data / "settings.json").write_bytes(b'{"database_url": "postgresql+psy')  # cut short
    with pytest.raises(SettingsError):
        load_settings(data)
    restore_backup(data, folder)
    assert (data / "settings.json").read_bytes() == good
    assert load_settings(data).database_url == "postgresql+psycopg://tbn4@server/tbn4"
