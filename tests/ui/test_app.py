"""Start-up: one app per data folder, store errors as calm messages, the
crash hook, and the `--exit-after-start` smoke mode."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(REPO), **extra)
    env.pop("TBN4_DATA_DIR", None)
    return env


def test_second_instance_on_the_same_data_dir_is_refused(data_dir, modal):
    from tbn4_desktop.ui.app import run_gui

    data_dir.mkdir(parents=True)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import sys
            from pathlib import Path
            from tbn4_desktop.ui.app import InstanceLock
            lock = InstanceLock(Path({str(data_dir)!r}))
            assert lock.acquire()
            print("locked", flush=True)
            sys.stdin.readline()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert run_gui(data_dir) == 1
        assert len(modal.boxes) == 1
        assert modal.texts[0].startswith("Программа уже запущена с этой папкой данных.")
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    # Once the first copy is gone, the folder opens again.
    from tbn4_desktop.ui.app import InstanceLock

    lock = InstanceLock(data_dir)
    assert lock.acquire()
    lock.release()


def test_a_lock_left_by_a_killed_copy_does_not_block(data_dir):
    from tbn4_desktop.ui.app import InstanceLock

    data_dir.mkdir(parents=True)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import os
            from pathlib import Path
            from tbn4_desktop.ui.app import InstanceLock
            lock = InstanceLock(Path({str(data_dir)!r}))
            assert lock.acquire()
            print("locked", flush=True)
            os.kill(os.getpid(), 9)
        """),
        ],
        stdout=subprocess.PIPE,
        text=True,
        env=child_env(),
    )
    assert holder.stdout.readline().strip() == "locked"
    holder.wait(timeout=10)
    assert (data_dir / "tbn4.lock").exists()
    lock = InstanceLock(data_dir)
    assert lock.acquire()
    lock.release()


def test_a_lock_file_naming_no_process_does_not_block(data_dir):
    from tbn4_desktop.ui.app import LOCK_FILE, InstanceLock

    data_dir.mkdir(parents=True)
    (data_dir / LOCK_FILE).write_bytes(b"")  # e.g. left by an older version
    lock = InstanceLock(data_dir)
    assert lock.acquire()
    lock.release()


def test_unusable_data_folder_is_a_message_not_a_traceback(tmp_path, modal):
    from tbn4_desktop.ui.app import run_gui

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    assert run_gui(blocker / "data") == 1
    assert len(modal.boxes) == 1
    assert "Traceback" not in modal.texts[0]
    assert modal.texts[0].startswith("Не удалось открыть папку данных.")


def test_broken_database_is_a_message_not_a_traceback(data_dir, modal):
    from tbn4_desktop.ui.app import run_gui

    data_dir.mkdir(parents=True)
    (data_dir / "tbn4.sqlite3").write_bytes(b"this is not a database" * 200)
    assert run_gui(data_dir) == 1
    assert modal.boxes and "повреждён" in modal.texts[-1]


def test_unexpected_exception_is_logged_and_explained(data_dir, modal):
    from tbn4_desktop.ui import errors

    errors.set_log_dir(data_dir / "logs")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        errors._excepthook(*sys.exc_info())
    box = modal.boxes[-1]
    assert box["text"] == errors.UNEXPECTED_MESSAGE
    assert "Открыть папку журналов" in box["buttons"]
    logs = list((data_dir / "logs").glob("error-*.log"))
    assert len(logs) == 1 and "RuntimeError: boom" in logs[0].read_text(encoding="utf-8")


def test_known_errors_keep_their_own_russian_message(data_dir, modal):
    from tbn4_desktop.store import StoreError
    from tbn4_desktop.ui import errors

    errors.set_log_dir(data_dir / "logs")
    try:
        raise StoreError("База данных занята другой программой.")
    except StoreError:
        errors._excepthook(*sys.exc_info())
    assert modal.texts[-1] == "База данных занята другой программой."


def _run_cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tbn4_desktop", *args],
        check=False,
        capture_output=True,
        text=True,
        timeout=120,
        env=child_env(**env),
        cwd=REPO,
    )


def run_python(code: str) -> subprocess.CompletedProcess[str]:
    """`code` in a fresh interpreter from the repository, with child_env()."""
    return subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env=child_env(),
        cwd=REPO,
        check=False,
    )


def test_exit_after_start_fills_the_tree_and_marks_the_moment(data_dir, ctx, organization):
    ctx.close()
    done = _run_cli("gui", "--data-dir", str(data_dir), "--exit-after-start", TBN4_STARTUP_MARK="1")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    marks = [line.split() for line in lines if not line.startswith("TBN4_LANGUAGE ")]
    assert [m[0] for m in marks] == ["TBN4_READY", "TBN4_STORE_READY"]
    assert float(marks[0][1]) <= float(marks[1][1])
    # The language the window speaks, for the frozen smoke test: ours and Qt's.
    language = [line for line in lines if line.startswith("TBN4_LANGUAGE ")]
    assert len(language) == 1 and language[0].startswith("TBN4_LANGUAGE ru | Отмена | ТБН-4")


def test_the_start_up_steps_are_marked_in_order_for_the_benchmark(data_dir, ctx, organization):
    ctx.close()
    assert _run_cli("gui", "--data-dir", str(data_dir), "--exit-after-start").returncode == 0  # makes the year
    done = _run_cli("gui", "--data-dir", str(data_dir), "--exit-after-start", TBN4_STARTUP_MARK="phases")
    assert done.returncode == 0, done.stderr
    marks = [line.split() for line in done.stdout.splitlines() if not line.startswith("TBN4_LANGUAGE ")]
    names = [m[1] if m[0] == "TBN4_PHASE" else m[0] for m in marks]
    assert names == [
        "entry",
        "language",
        "qt",
        "translations-icons",
        "modules",
        "year-read",
        "catalogs",
        "window-built",
        "tree-filled",
        "TBN4_READY",
        "store-open",
        "TBN4_STORE_READY",
    ]
    stamps = [float(m[-1]) for m in marks]
    assert stamps == sorted(stamps)


def test_a_usual_start_shows_the_filled_window_before_loading_sqlalchemy(data_dir, ctx, organization):
    ctx.close()
    assert _run_cli("gui", "--data-dir", str(data_dir), "--exit-after-start").returncode == 0  # makes the year
    probe = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        import tbn4_desktop.ui.app as app
        def mark(name="TBN4_READY"):
            print(name, "sqlalchemy" in sys.modules, flush=True)
        app.mark_ready = mark
        sys.exit(app.run_gui(Path({str(data_dir)!r}), exit_after_start=True))
    """)
    done = run_python(probe)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["TBN4_READY", "False", "TBN4_STORE_READY", "True"]


def test_the_first_paint_loads_only_what_it_shows(data_dir, ctx, organization):
    """`tbn4 gui` takes the short way in (gui_start); the panel of the
    hidden «Подзадачи» tab is built when first used; Russian plural forms
    come without an XML parser; no hash is computed (on Windows hashlib
    loads OpenSSL's DLL). None of these is paid for before the window."""
    ctx.close()
    assert _run_cli("gui", "--data-dir", str(data_dir), "--exit-after-start").returncode == 0  # makes the year
    unwanted = ["tbn4_desktop.cli", "tbn4_desktop.ui.subtask_panel", "sqlalchemy", "xml.etree.ElementTree", "hashlib"]
    probe = textwrap.dedent(f"""
        import sys
        import tbn4_desktop.ui.app as app
        def mark(name="TBN4_READY"):
            if name == "TBN4_READY":
                print(*[m for m in {unwanted!r} if m in sys.modules], "|", flush=True)
        app.mark_ready = mark
        from tbn4_desktop.__main__ import main
        sys.exit(main(["gui", "--data-dir", {str(data_dir)!r}, "--exit-after-start"]))
    """)
    done = run_python(probe)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["|"]


def test_exit_after_start_prints_nothing_without_the_mark(data_dir, ctx, organization):
    ctx.close()
    done = _run_cli("gui", "--data-dir", str(data_dir), "--exit-after-start")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""


def test_exit_after_start_on_an_empty_folder_builds_the_first_start_dialog(tmp_path):
    done = _run_cli("gui", "--data-dir", str(tmp_path / "fresh"), "--exit-after-start")
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize("name", ["qtbase_ru"])
def test_qt_ships_its_russian_catalogue(name):
    from PySide6.QtCore import QLibraryInfo

    folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (folder / f"{name}.qm").is_file()


def test_missing_catalog_is_a_message_and_exit_1(data_dir, ctx, organization, monkeypatch, modal):
    from tbn4_desktop.core.catalog import CatalogNotFoundError
    from tbn4_desktop.core.catalog_registry import CatalogRegistry
    from tbn4_desktop.ui.app import run_gui

    ctx.close()
    message = "Нет каталога ТБН №4 на этот год или более ранний. Импортируйте Карту реализации на этот год."

    def missing(self, *args):
        raise CatalogNotFoundError(message)

    monkeypatch.setattr(CatalogRegistry, "for_year", missing)
    monkeypatch.setattr(CatalogRegistry, "for_plan", missing)
    assert run_gui(data_dir) == 1
    assert modal.texts == [message]


def _unreachable_shared_database(data_dir: Path) -> None:
    from dataclasses import replace

    from tbn4_desktop.core.settings import load_settings, save_settings

    settings = load_settings(data_dir)
    save_settings(
        data_dir,
        replace(
            settings,
            database_url="postgresql+psycopg://tbn4@127.0.0.1:1/tbn4",
            attachments_dir=str(data_dir / "нет такой общей папки"),
        ),
    )


def test_an_unreachable_shared_database_offers_this_pcs_own(data_dir, ctx, organization, modal):
    """The office server is off: the user may work in the local database
    today instead of facing a dead end; the shared setting stays. (The
    start-up step itself: a whole run_gui with exec() would quit the test's
    QApplication.)"""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from tbn4_desktop.core.settings import load_settings
    from tbn4_desktop.services.catalogs import load_catalogs
    from tbn4_desktop.services.organizations import get_current_organization
    from tbn4_desktop.ui.app import _Startup

    ctx.close()
    _unreachable_shared_database(data_dir)
    startup = _Startup(QApplication.instance(), data_dir, exit_after_start=True)
    modal.answer = QMessageBox.StandardButton.No
    assert not startup._open_context(load_catalogs(data_dir))
    assert modal.texts[-1].startswith("Общая база данных офиса недоступна. Не удалось подключиться")
    modal.answer = QMessageBox.StandardButton.Yes
    assert startup._open_context(load_catalogs(data_dir))
    try:
        assert startup.ctx.store.url.startswith("sqlite")
        with startup.ctx.store.session() as session:
            assert get_current_organization(session).id == organization.id  # the local organisation
    finally:
        startup.ctx.close()
    assert load_settings(data_dir).database_url.startswith("postgresql+psycopg://")
