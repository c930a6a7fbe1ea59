"""The app's start with a database it must not open, a read-only database,
or a damaged settings.json: one Russian sentence, the files unchanged
(issue 12, item 6)."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from tbn4_desktop.store import DB_FILE

SETTINGS = "settings.json"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _no_version_row(data_dir: Path, ctx) -> Path:  # noqa: ANN001 - AppContext
    ctx.close()
    path = data_dir / DB_FILE
    conn = sqlite3.connect(path)
    conn.execute("DELETE FROM alembic_version")
    conn.commit()
    conn.close()
    return path


def _foreign(data_dir: Path, _ctx) -> Path:  # noqa: ANN001
    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(data_dir / DB_FILE)
    conn.execute("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")
    conn.commit()
    conn.close()
    return data_dir / DB_FILE


def _empty(data_dir: Path, _ctx) -> Path:  # noqa: ANN001
    data_dir.mkdir(parents=True)
    (data_dir / DB_FILE).write_bytes(b"")
    return data_dir / DB_FILE


@pytest.mark.parametrize(
    ("make", "expected"),
    [
        (_no_version_row, "нет отметки о версии её схемы"),
        (_foreign, "база данных другой программы"),
        (_empty, "пуст (0 байт)"),
    ],
    ids=["no-version-row", "foreign", "empty-file"],
)
def test_the_app_refuses_such_a_database_at_start_and_leaves_it_alone(request, data_dir, modal, make, expected):
    from tbn4_desktop.ui.app import run_gui

    ctx = None
    if make is _no_version_row:  # a real folder of ours, its version row gone
        request.getfixturevalue("organization")
        ctx = request.getfixturevalue("ctx")
    path = make(data_dir, ctx)
    before = _sha(path)
    assert run_gui(data_dir) == 1
    assert len(modal.boxes) == 1 and expected in modal.texts[0]
    assert _sha(path) == before


def test_a_read_only_database_is_explained_at_start_not_at_the_first_save(data_dir, ctx, organization, modal):
    """The usual fast start would show the year from a read-only file; the
    check comes first, so the user reads why before any window."""
    from tbn4_desktop.ui.app import run_gui

    ctx.close()
    path = data_dir / DB_FILE
    chattr = shutil.which("chattr")
    if os.geteuid() != 0:
        path.chmod(0o444)
        undo = lambda: path.chmod(0o644)  # noqa: E731
    elif chattr and subprocess.run([chattr, "+i", str(path)], capture_output=True, check=False).returncode == 0:
        undo = lambda: subprocess.run([chattr, "-i", str(path)], check=True)  # noqa: E731
    else:
        pytest.skip("running as root on a file system without the immutable attribute (chattr +i)")
    try:
        assert run_gui(data_dir) == 1
    finally:
        undo()
    assert modal.texts == [modal.texts[0]] and modal.texts[0].startswith(f"Файл «{path}» доступен только для чтения")


def test_a_damaged_settings_file_offers_this_pcs_database_for_one_session(data_dir, ctx, organization, modal):
    """Nothing destructive: «No» ends the start; «Open the local database»
    opens it for this session; the settings file is never rewritten."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from tbn4_desktop.services.catalogs import load_catalogs
    from tbn4_desktop.services.organizations import get_current_organization
    from tbn4_desktop.ui.app import _Startup, run_gui

    ctx.close()
    damaged = b'{"database_url": "postgresql+psycopg://tbn4@server/tb'
    (data_dir / SETTINGS).write_bytes(damaged)
    modal.answer = QMessageBox.StandardButton.No
    assert run_gui(data_dir) == 1
    assert modal.texts[-1].startswith(f"Файл настроек «{data_dir / SETTINGS}» повреждён")
    assert "на этот сеанс" in modal.boxes[-1]["informative"]
    assert "Открыть локальную базу" in modal.boxes[-1]["buttons"]

    modal.answer = QMessageBox.StandardButton.Yes
    startup = _Startup(QApplication.instance(), data_dir, exit_after_start=True)
    assert startup._open_context(load_catalogs(data_dir))
    try:
        assert startup.ctx.store.is_sqlite
        with startup.ctx.store.session() as session:
            assert get_current_organization(session).id == organization.id
    finally:
        startup.ctx.close()
    assert (data_dir / SETTINGS).read_bytes() == damaged
