"""One writer per data folder: the app and every `tbn4` command that writes
share `tbn4.lock`; a second writer is refused with one sentence naming who
holds it, read-only commands still work, a dead holder's lock is taken over.
Holders and commands are real processes."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tbn4_desktop.instance_lock import (
    BACKUP_LOCK_FILE,
    LOCK_FILE,
    ROLE_APP,
    ROLE_COMMAND,
    InstanceLock,
    hold_backup_lock,
    hold_write_lock,
)
from tbn4_desktop.store_errors import StoreError
from tests.test_cli import ROOT, tbn4

BUSY = re.compile(
    r"tbn4: Папка данных занята: её использует (?P<who>приложение ТБН-4|команда tbn4) "
    r"\(процесс (?P<pid>\d+) на компьютере (?P<host>[^)]+)\)\. (?P<advice>.+)$"
)


def _env() -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    env.pop("TBN4_DATA_DIR", None)
    return env


def _holder(code: str, *args: str) -> subprocess.Popen:
    """A process that runs `code`, prints «locked» and waits for a line on
    stdin (or for its death)."""
    proc = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=_env(),
        cwd=ROOT,
    )
    line = proc.stdout.readline().strip()
    assert line == "locked", (line, proc.stderr.read() if proc.poll() is not None else "")
    return proc


def _release(proc: subprocess.Popen) -> None:
    proc.stdin.close()
    proc.wait(timeout=30)


COMMAND_HOLDER = """
    import sys
    from pathlib import Path
    from tbn4_desktop.instance_lock import hold_write_lock
    with hold_write_lock(Path(sys.argv[1])):
        print("locked", flush=True)
        sys.stdin.readline()
"""

APP_HOLDER = """
    import sys
    from pathlib import Path
    from tbn4_desktop.instance_lock import InstanceLock
    lock = InstanceLock(Path(sys.argv[1]))
    assert lock.acquire()
    print("locked", flush=True)
    sys.stdin.readline()
"""

# An app of an earlier build: the bare QLockFile, no record of its role.
OLD_APP_HOLDER = """
    import sys
    from PySide6.QtCore import QLockFile
    lock = QLockFile(sys.argv[1] + "/tbn4.lock")
    lock.setStaleLockTime(0)
    assert lock.tryLock(0)
    print("locked", flush=True)
    sys.stdin.readline()
"""

# `tbn4 demo`, paused inside the command (the lock is held) until told to go on.
PAUSED_DEMO = """
    import sys
    import tbn4_desktop.services.demo as demo
    real = demo.create_demo
    def paused(*args, **kwargs):
        print("locked", flush=True)
        sys.stdin.readline()
        return real(*args, **kwargs)
    demo.create_demo = paused
    from tbn4_desktop.cli import run
    sys.exit(run(["demo", "--data-dir", sys.argv[1]]))
"""


def _listing(folder: Path) -> dict[str, int]:
    return {str(p.relative_to(folder)): p.stat().st_size for p in sorted(folder.rglob("*")) if p.is_file()}


def _assert_busy(proc, who: str, pid: int) -> None:
    assert proc.returncode == 1, (proc.out, proc.err)
    assert "Traceback" not in proc.err
    [line] = proc.err.splitlines()
    match = BUSY.match(line)
    assert match, line
    assert (match["who"], int(match["pid"])) == (who, pid), line
    assert match["host"].strip()


def test_a_second_demo_and_an_import_are_refused_while_a_demo_runs(tmp_path):
    folder = tmp_path / "данные"
    first = _holder(PAUSED_DEMO, str(folder))
    try:
        second = tbn4("demo", "--data-dir", folder)
        _assert_busy(second, "команда tbn4", first.pid)
        assert second.err.rstrip().endswith("Дождитесь её завершения и повторите.")
        bundle = tmp_path / "пакет.zip"
        bundle.write_bytes(b"PK\x05\x06" + b"\0" * 18)
        _assert_busy(tbn4("import", bundle, "--data-dir", folder), "команда tbn4", first.pid)
    finally:
        _release(first)
    assert first.returncode == 0, first.stderr.read()
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith("tbn4.lock")) == [], "the lock is released"
    # Once the first is done, the folder is free again (the demo is refused for its own reason).
    again = tbn4("demo", "--data-dir", folder)
    assert again.returncode == 1 and "уже есть организация" in again.err


@pytest.mark.parametrize(
    ("code", "who", "advice"),
    [
        (APP_HOLDER, "приложение ТБН-4", "Закройте его и повторите."),
        (OLD_APP_HOLDER, "приложение ТБН-4", "Закройте его и повторите."),
    ],
)
def test_writers_are_refused_while_the_app_runs_and_readers_are_not(tmp_path, code, who, advice):
    folder = tmp_path / "данные"
    assert tbn4("demo", "--data-dir", folder).returncode == 0
    (folder / (LOCK_FILE + ".holder")).write_text("1\nvm\ncommand\n", "utf-8")  # a stale record: not believed
    app = _holder(code, str(folder))
    try:
        before = _listing(folder)
        refused = tbn4(
            "org", "init", "--name", "X", "--bin", "050340001235", "--level", "district", "--data-dir", folder
        )
        _assert_busy(refused, who, app.pid)
        assert refused.err.rstrip().endswith(advice)
        assert _listing(folder) == before, "a refused command changes nothing"
        catalog = tbn4("catalog", "--data-dir", folder)
        assert catalog.returncode == 0, catalog.err
        deadlines = tbn4("deadlines", "--data-dir", folder)
        assert deadlines.returncode == 0, deadlines.err
    finally:
        _release(app)


def test_the_app_is_told_that_a_command_holds_the_folder(tmp_path):
    from tbn4_desktop.instance_lock import busy_message

    command = _holder(COMMAND_HOLDER, str(tmp_path))
    try:
        lock = InstanceLock(tmp_path, ROLE_APP)
        assert not lock.acquire()
        holder = lock.holder()
        assert (holder.pid, holder.role) == (command.pid, ROLE_COMMAND)
        assert busy_message(holder).startswith(
            f"Папка данных занята: её использует команда tbn4 (процесс {command.pid} "
        )
    finally:
        _release(command)
    lock = InstanceLock(tmp_path)
    assert lock.acquire()
    lock.release()


def test_a_lock_left_by_a_killed_command_is_taken_over(tmp_path):
    command = _holder(COMMAND_HOLDER, str(tmp_path))
    os.kill(command.pid, signal.SIGKILL)
    command.wait(timeout=10)
    assert (tmp_path / LOCK_FILE).exists()
    with hold_write_lock(tmp_path):
        assert InstanceLock(tmp_path).holder().pid == os.getpid()
    assert not (tmp_path / LOCK_FILE).exists()


def test_the_lock_is_reentrant_within_a_process(tmp_path):
    with hold_write_lock(tmp_path):
        with hold_write_lock(tmp_path):
            pass
        assert (tmp_path / LOCK_FILE).exists(), "the outer hold still has it"
    assert not (tmp_path / LOCK_FILE).exists()
    assert not (tmp_path / (LOCK_FILE + ".holder")).exists()


def test_backups_have_their_own_lock(tmp_path):
    app = _holder(APP_HOLDER, str(tmp_path))
    try:
        with hold_backup_lock(tmp_path):  # a backup runs while the app holds the folder
            assert (tmp_path / BACKUP_LOCK_FILE).exists()
        backup = _holder(
            """
            import sys
            from pathlib import Path
            from tbn4_desktop.instance_lock import hold_backup_lock
            with hold_backup_lock(Path(sys.argv[1])):
                print("locked", flush=True)
                sys.stdin.readline()
        """,
            str(tmp_path),
        )
        try:
            with pytest.raises(StoreError) as caught, hold_backup_lock(tmp_path):
                pass
            assert str(caught.value) == (
                "Резервная копия этой папки данных уже создаётся: её делает команда tbn4 "
                f"(процесс {backup.pid} на компьютере {InstanceLock(tmp_path, name=BACKUP_LOCK_FILE).holder().host}). "
                "Дождитесь окончания и повторите."
            )
        finally:
            _release(backup)
    finally:
        _release(app)


def test_another_thread_of_the_process_waits_its_turn_for_a_backup(tmp_path):
    """The app's background jobs are threads: re-entrance is per thread."""
    import threading

    holding, done = threading.Event(), threading.Event()

    def backup_job() -> None:
        with hold_backup_lock(tmp_path, ROLE_APP):
            holding.set()
            done.wait(30)

    job = threading.Thread(target=backup_job)
    job.start()
    try:
        assert holding.wait(30)
        with pytest.raises(StoreError, match="её делает приложение ТБН-4"), hold_backup_lock(tmp_path):
            pass
    finally:
        done.set()
        job.join(30)
    with hold_backup_lock(tmp_path):
        pass


def test_the_apps_own_process_writes_as_the_app(tmp_path):
    """Code running inside the app (which holds the folder for its whole
    life) is not refused by its own lock."""
    app = InstanceLock(tmp_path)
    assert app.acquire()
    try:
        with hold_write_lock(tmp_path):
            assert (tmp_path / LOCK_FILE).exists()
    finally:
        app.release()
    assert not (tmp_path / LOCK_FILE).exists()
    with hold_write_lock(tmp_path):
        pass


WRITERS = [
    ["demo"],
    ["import", "x.zip"],
    ["export", "--year", "2025", "--out", "x.zip"],
    ["org", "init", "--name", "N", "--bin", "1", "--level", "district"],
    ["signatory", "add", "Ф", "--position", "P", "--role", "first_head"],
    ["applicability", "set", "k", "yes"],
    ["supervised", "add", "N"],
    ["supervised", "remove", "N"],
    ["attach", "1.1.2", "f.pdf", "--doc", "order"],
    ["link", "1.1.8", "https://x", "--doc", "link"],
    ["waive", "1.1.2", "--doc", "order", "--undo"],
    ["anchor", "set", "analysis_start", "none"],
    ["due", "set", "1.1.2", "none"],
    ["karta", "import", "k.xlsx"],
    ["complete", "1.1.2"],
    ["uploaded", "1.1.2", "--on", "2025-01-01"],
]
READERS = [
    ["catalog"],
    ["deadlines"],
    ["status"],
    ["form", "app1", "--out", "x.pdf"],
    ["workdays", "list", "2025"],
    ["signatory", "list"],
    ["applicability", "list"],
    ["supervised", "list"],
    ["backups"],
    ["backup"],
    ["check"],
    ["journal"],
    ["gui"],
]


@pytest.mark.parametrize(
    ("argv", "writes"),
    [(a, True) for a in WRITERS] + [(a, False) for a in READERS],
    ids=lambda a: " ".join(a) if isinstance(a, list) else "",
)
def test_which_commands_take_the_write_lock(argv, writes):
    """run() takes the lock for these; restore and check --repair take it in
    their own code (tests/test_cli_backup.py, tests/test_cli_check.py)."""
    from tbn4_desktop.cli import build_parser

    assert getattr(build_parser().parse_args(argv), "writes", False) is writes
