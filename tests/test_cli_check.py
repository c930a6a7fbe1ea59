"""`tbn4 check [--repair] [--json]` as an administrator runs it."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import time

import pytest

from tests.test_cli import tbn4


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("check") / "данные"
    proc = tbn4("demo", "--data-dir", folder)
    assert proc.returncode == 0, proc.err
    return folder


@pytest.fixture
def folder(demo_template, tmp_path):
    copy = tmp_path / "данные"
    shutil.copytree(demo_template, copy)
    return copy


def some_blob(folder):
    return next(p for p in sorted((folder / "attachments").glob("??/*")) if len(p.name) == 64)


def stray_blob(folder, content: bytes):
    sha = hashlib.sha256(content).hexdigest()
    path = folder / "attachments" / sha[:2] / sha
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(content)
    then = time.time() - 7200
    os.utime(path, (then, then))
    return path


def test_a_sound_folder_exits_0(folder):
    proc = tbn4("check", "--data-dir", folder)
    assert proc.returncode == 0, (proc.out, proc.err)
    assert proc.err == ""
    assert "всё в порядке" in proc.out and "Проверено файлов вложений:" in proc.out


def test_a_damaged_file_exits_1_with_one_line_on_stderr_and_details_on_stdout(folder):
    blob = some_blob(folder)
    blob.write_bytes(blob.read_bytes() + b"tampered")
    proc = tbn4("check", "--data-dir", folder)
    assert proc.returncode == 1
    assert len(proc.err.splitlines()) == 1 and proc.err.startswith("tbn4: Проверка данных нашла проблем: 1.")
    assert "повреждён или изменён" in proc.out and str(blob) in proc.out
    # --repair cannot fix it and leaves it as it is.
    before = blob.read_bytes()
    proc = tbn4("check", "--repair", "--data-dir", folder)
    assert proc.returncode == 1 and blob.read_bytes() == before


def test_repair_quarantines_what_is_unreferenced_and_then_exits_0(folder):
    content = b"%PDF-1.4 a blob a killed import left" * 50
    path = stray_blob(folder, content)
    proc = tbn4("check", "--json", "--data-dir", folder)
    assert proc.returncode == 1 and len(proc.err.splitlines()) == 1
    report = json.loads(proc.out)
    assert report["ok"] is False and report["problems"] == []
    assert report["unreferenced"] == [{"path": str(path), "size": len(content)}]

    proc = tbn4("check", "--repair", "--json", "--data-dir", folder)
    assert proc.returncode == 0, (proc.out, proc.err)
    report = json.loads(proc.out)
    assert report["ok"] is True and report["unreferenced"] == []
    assert report["repair"]["quarantined"] == 1
    moved = next((folder / "quarantine").glob(f"*/{path.parent.name}/{path.name}"))
    assert moved.read_bytes() == content and not path.exists()


def test_repair_refuses_while_the_app_holds_the_folder(folder):
    from tbn4_desktop.instance_lock import hold_write_lock

    path = stray_blob(folder, b"%PDF-1.4 stray")
    with hold_write_lock(folder):
        proc = tbn4("check", "--repair", "--data-dir", folder)
    assert proc.returncode == 1 and len(proc.err.splitlines()) == 1
    assert "команда tbn4" in proc.err or "приложение" in proc.err, proc.err
    assert path.exists() and not (folder / "quarantine").exists()
