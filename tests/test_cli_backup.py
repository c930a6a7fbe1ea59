"""`tbn4 backup`, `tbn4 backups`, `tbn4 restore`: exit codes (0 done, 1
refused with one Russian line, 2 usage) and what the user reads."""

from __future__ import annotations

import io
import json
import shutil
import sqlite3
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pytest

from tbn4_desktop import cli
from tbn4_desktop.core import backup as fmt


@dataclass
class Result:
    rc: int
    out: str
    err: str


def tbn4(*args) -> Result:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            rc = cli.run([str(a) for a in args])
        except SystemExit as exc:  # argparse's usage error
            rc = exc.code
    return Result(rc, out.getvalue(), err.getvalue())


def assert_refused(result: Result, starts_with: str) -> None:
    assert result.rc == 1, result
    lines = result.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("tbn4: " + starts_with), result.err
    assert "Traceback" not in result.err


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cli-backup") / "данные"
    assert tbn4("demo", "--data-dir", folder, "--year", "2026").rc == 0
    return folder


@pytest.fixture
def data_dir(template: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "данные"
    shutil.copytree(template, folder)
    return folder


def setting_keys(db: Path) -> set[str]:
    with sqlite3.connect(db) as conn:
        return {r[0] for r in conn.execute("SELECT key FROM setting")}


def test_backup_list_and_restore(data_dir: Path):
    made = tbn4("backup", "--data-dir", data_dir)
    assert made.rc == 0, made.err
    folder = Path(made.out.splitlines()[0])
    assert folder.parent == data_dir / "backups" and fmt.read_manifest(folder) is not None
    assert made.out.splitlines()[1].startswith("Резервная копия создана: ")

    listed = tbn4("backups", "--data-dir", data_dir)
    assert listed.rc == 0
    assert "Дата и время" in listed.out and "вручную" in listed.out and folder.name in listed.out
    assert "том же диске" in listed.err  # a warning, not a refusal

    as_json = json.loads(tbn4("backups", "--data-dir", data_dir, "--json").out)
    assert [b["name"] for b in as_json["backups"]] == [folder.name]
    assert as_json["backups"][0]["changes_since"] == 0 and as_json["backups"][0]["reason_label"] == "вручную"

    with sqlite3.connect(data_dir / fmt.DB_NAME) as conn:
        conn.execute("INSERT INTO setting (key, value) VALUES ('after-backup', 'x')")
    restored = tbn4("restore", "--data-dir", data_dir, folder.name)
    assert restored.rc == 0, restored.err
    assert restored.out.startswith("Данные восстановлены из резервной копии от ")
    assert "after-backup" not in setting_keys(data_dir / fmt.DB_NAME)
    undo = restored.out.splitlines()[-1].split()[-1]
    assert tbn4("restore", "--data-dir", data_dir, undo).rc == 0  # the restore undone
    assert "after-backup" in setting_keys(data_dir / fmt.DB_NAME)


def test_backup_into_another_folder(data_dir: Path, tmp_path: Path):
    made = tbn4("backup", "--data-dir", data_dir, "--out", tmp_path / "usb")
    assert made.rc == 0, made.err
    assert Path(made.out.splitlines()[0]).parent == tmp_path / "usb"
    assert (tmp_path / "usb" / fmt.BLOB_POOL).is_dir()


def test_refusals(data_dir: Path, tmp_path: Path):
    assert_refused(tbn4("backup", "--data-dir", tmp_path / "пусто"), "В папке данных")
    assert not (tmp_path / "пусто").exists()
    assert_refused(tbn4("restore", "--data-dir", data_dir, "2020-01-01_000000_manual"), "Папка резервной копии")
    not_a_backup = tmp_path / "просто папка"
    not_a_backup.mkdir()
    assert_refused(tbn4("restore", "--data-dir", data_dir, not_a_backup), "Папка «просто папка» — не полная")
    file_out = tmp_path / "файл"
    file_out.write_text("x")
    assert_refused(tbn4("backup", "--data-dir", data_dir, "--out", file_out), f"«{file_out}» — это файл")


APP_HOLDING_THE_LOCK = """
import sys
from tbn4_desktop.instance_lock import InstanceLock
lock = InstanceLock(sys.argv[1])
print("locked" if lock.acquire() else "busy", flush=True)
sys.stdin.read()
"""


def test_restore_refuses_while_the_app_holds_the_folder(data_dir: Path):
    folder = Path(tbn4("backup", "--data-dir", data_dir).out.splitlines()[0])
    before = (data_dir / fmt.DB_NAME).read_bytes()
    app = subprocess.Popen(
        [sys.executable, "-c", APP_HOLDING_THE_LOCK, str(data_dir)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert app.stdout.readline().strip() == "locked"
        refused = tbn4("restore", "--data-dir", data_dir, folder)
        assert_refused(refused, "Папка данных занята: её использует приложение ТБН-4")
        assert tbn4("backup", "--data-dir", data_dir).rc == 0  # a backup only reads: allowed
    finally:
        app.stdin.close()
        app.wait(10)
    assert (data_dir / fmt.DB_NAME).read_bytes() == before


def test_usage_errors_exit_2(data_dir: Path):
    assert tbn4("restore", "--data-dir", data_dir).rc == 2
    assert tbn4("backups", "--data-dir", data_dir, "--bogus").rc == 2
