"""The backup format (core/backup.py) and the thinning rule
(core/backup_thinning.py), on small SQLite files made here."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from tbn4_desktop.core import backup as fmt
from tbn4_desktop.core.backup_thinning import Candidate, kept
from tbn4_desktop.core.sqlite_copy import integrity_problems

TODAY = date(2026, 12, 5)


def at(days_ago: int, hour: int = 12) -> datetime:
    day = TODAY - timedelta(days=days_ago)
    return datetime(day.year, day.month, day.day, hour).astimezone()


def candidates(spec: list[tuple[int, int]], reason: str = "auto") -> list[Candidate]:
    return [Candidate(f"{d}-{h}", at(d, h), reason) for d, h in spec]


# ---------------------------------------------------------------- thinning


def test_today_and_yesterday_are_all_kept():
    backups = candidates([(0, h) for h in range(8, 18)] + [(1, h) for h in range(8, 18)])
    assert kept(backups, TODAY) == {b.key for b in backups}


def test_a_year_of_daily_backups_thins_to_12_days_10_weeks_9_months():
    backups = candidates([(d, h) for d in range(365) for h in (9, 17)])
    keep = kept(backups, TODAY)
    by_key = {b.key: b for b in backups}
    kept_days = sorted({by_key[k].created.date() for k in keep}, reverse=True)
    assert len(keep) == 4 + 12 + 10 + 9  # today and yesterday twice each, then one per period
    assert kept_days[:14] == [TODAY - timedelta(days=d) for d in range(14)]
    # Of each older day only its newest backup stays.
    assert all(by_key[k].created.hour == 17 for k in keep if (TODAY - by_key[k].created.date()).days > 1)
    weekly = kept_days[14:24]
    assert len({d.isocalendar()[:2] for d in weekly}) == 10
    monthly = kept_days[24:]
    assert len({(d.year, d.month) for d in monthly}) == 9
    assert min(kept_days) < TODAY - timedelta(days=180)  # the monthly tier reaches far back


def test_tiers_count_days_with_a_backup_not_calendar_days():
    """An office closed for months still keeps its last dozen working days."""
    backups = candidates([(d, 12) for d in range(100, 130)])
    keep = kept(backups, TODAY)
    assert {f"{d}-12" for d in range(100, 112)} <= keep


def test_before_restore_and_before_upgrade_are_kept_for_30_days():
    plenty = candidates([(d, 12) for d in range(2, 60)])
    # Each an hour before that day's ordinary backup: the tiers alone would drop it.
    protected = [
        Candidate("restore-20", at(20, 11), "before-restore"),
        Candidate("upgrade-25", at(25, 11), "before-upgrade"),
        Candidate("restore-45", at(45, 11), "before-restore"),
    ]
    keep = kept(plenty + protected, TODAY)
    assert {"restore-20", "upgrade-25"} <= keep
    assert "restore-45" not in keep
    as_ordinary = [Candidate(c.key, c.created, "auto") for c in protected]
    assert not {"restore-20", "upgrade-25"} & kept(plenty + as_ordinary, TODAY)


def test_thinning_an_empty_list():
    assert kept([], TODAY) == set()


# ---------------------------------------------------------------- format


def make_db(path: Path, blobs: list[bytes]) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.executescript("""
        CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY);
        INSERT INTO alembic_version VALUES ('0007');
        CREATE TABLE attachment (id INTEGER PRIMARY KEY, sha256 TEXT, size INTEGER);
        CREATE TABLE audit_entry (id INTEGER PRIMARY KEY, entry_hash TEXT);
        INSERT INTO audit_entry VALUES (1, 'a'), (2, 'b');
    """)
    for data in blobs:
        conn.execute(
            "INSERT INTO attachment (sha256, size) VALUES (?, ?)", (hashlib.sha256(data).hexdigest(), len(data))
        )
    conn.commit()
    conn.close()


def store_blobs(folder: Path, blobs: list[bytes]) -> None:
    for data in blobs:
        sha = hashlib.sha256(data).hexdigest()
        (folder / sha[:2]).mkdir(parents=True, exist_ok=True)
        (folder / sha[:2] / sha).write_bytes(data)


@pytest.fixture
def source(tmp_path: Path) -> tuple[Path, Path, list[bytes]]:
    blobs = [b"scan one" * 100, b"scan two" * 50, b"draft"]
    db, attachments = tmp_path / "data" / fmt.DB_NAME, tmp_path / "data" / "attachments"
    db.parent.mkdir()
    make_db(db, blobs)
    store_blobs(attachments, blobs)
    return db, attachments, blobs


def test_a_backup_holds_the_database_its_blobs_and_a_manifest(source, tmp_path):
    db, attachments, blobs = source
    root = tmp_path / "backups"
    folder = fmt.create_backup(db, root, "manual", attachments_dir=attachments)
    assert fmt.is_backup_name(folder.name) and folder.name.endswith("_manual")
    assert sorted(p.name for p in folder.iterdir()) == sorted([fmt.DB_NAME, fmt.MANIFEST_NAME])  # no -wal beside it
    assert integrity_problems(folder / fmt.DB_NAME) == []
    manifest = fmt.read_manifest(folder)
    assert manifest.schema_revision == "0007" and manifest.journal_head == 2 and manifest.journal_head_hash == "b"
    assert manifest.db_sha256 == fmt.sha256_of(folder / fmt.DB_NAME)
    assert {(b.sha256, b.size) for b in manifest.blobs} == {(hashlib.sha256(d).hexdigest(), len(d)) for d in blobs}
    for data in blobs:
        assert fmt.pool_path(root, hashlib.sha256(data).hexdigest()).read_bytes() == data
    raw = json.loads((folder / fmt.MANIFEST_NAME).read_text("utf-8"))
    assert raw["format"] == fmt.FORMAT_VERSION and raw["reason"] == "manual"


def test_the_second_backup_copies_no_blob_it_already_has(source, tmp_path, monkeypatch):
    db, attachments, _blobs = source
    root = tmp_path / "backups"
    fmt.create_backup(db, root, "auto", attachments_dir=attachments)
    copied = []
    real = fmt.copy_blob
    monkeypatch.setattr(fmt, "copy_blob", lambda *a, **kw: (copied.append(a[2]), real(*a, **kw)))
    second = fmt.create_backup(db, root, "auto", attachments_dir=attachments)
    assert copied == []
    assert len(fmt.read_manifest(second).blobs) == 3
    new = b"a new scan"
    store_blobs(attachments, [new])
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO attachment (sha256, size) VALUES (?, ?)", (hashlib.sha256(new).hexdigest(), len(new)))
    fmt.create_backup(db, root, "auto", attachments_dir=attachments)
    assert copied == [hashlib.sha256(new).hexdigest()]


def test_a_damaged_blob_is_not_copied_and_is_named_in_the_manifest(source, tmp_path):
    db, attachments, blobs = source
    sha = hashlib.sha256(blobs[0]).hexdigest()
    (attachments / sha[:2] / sha).write_bytes(b"rotten bits")
    folder = fmt.create_backup(db, tmp_path / "backups", "auto", attachments_dir=attachments)
    assert fmt.read_manifest(folder).missing_blobs == (sha,)
    assert not fmt.pool_path(tmp_path / "backups", sha).exists()


def test_backup_database_copies_the_database_only(source, tmp_path):
    db, _attachments, _blobs = source
    folder = fmt.backup_database(db, tmp_path / "backups", "before-upgrade")
    manifest = fmt.read_manifest(folder)
    assert manifest.reason == "before-upgrade" and not manifest.blobs_included and len(manifest.blobs) == 3
    assert not (tmp_path / "backups" / fmt.BLOB_POOL).exists()


def test_names_sort_in_time_order_even_within_one_second(source, tmp_path):
    db, _attachments, _blobs = source
    now = datetime(2026, 12, 5, 16, 30, 12).astimezone()
    names = [fmt.create_backup(db, tmp_path / "b", "auto", now=now).name for _ in range(3)]
    assert names == sorted(names) and len(set(names)) == 3


def test_a_folder_without_manifest_is_no_backup_and_the_sweep_removes_it_once_stale(tmp_path):
    root = tmp_path / "backups"
    crashed = root / "2026-12-01_100000_auto"
    crashed.mkdir(parents=True)
    (crashed / fmt.DB_NAME).write_bytes(b"half")
    assert fmt.read_manifest(crashed) is None
    assert fmt.remove_incomplete(root) == 0  # young: may be another process's running backup
    old = time.time() - fmt.STALE_SECONDS - 60
    for p in (crashed / fmt.DB_NAME, crashed):
        os.utime(p, (old, old))
    assert fmt.remove_incomplete(root) == 1
    assert not crashed.exists()


def test_a_database_that_fails_its_check_gives_no_backup(tmp_path):
    db = tmp_path / fmt.DB_NAME
    db.write_bytes(b"SQLite format 3\x00" + b"\xff" * 5000)
    with pytest.raises(fmt.BackupError):
        fmt.create_backup(db, tmp_path / "backups", "manual")
    assert [p.name for p in (tmp_path / "backups").iterdir()] == []
