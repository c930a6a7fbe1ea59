"""«Общая база данных офиса»: the connection check against a real
PostgreSQL server (version, empty database, Russian refusals), saving the
address without the password (the password goes to the PostgreSQL password
file), the next start on the shared database, and the way back."""

from __future__ import annotations

import json
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tbn4_desktop.core import pgpass
from tbn4_desktop.core.settings import load_settings
from tbn4_desktop.services.context import open_app
from tbn4_desktop.ui.database_dialog import RESTART_NOTE, DatabaseDialog


@pytest.fixture(autouse=True)
def own_pgpass(tmp_path, monkeypatch):
    """Never touch the real user's password file."""
    path = tmp_path / "pgpass.conf"
    monkeypatch.setenv("PGPASSFILE", str(path))
    return path


@pytest.fixture
def dialog(qtbot, data_dir, modal):
    data_dir.mkdir(parents=True, exist_ok=True)
    dlg = DatabaseDialog(data_dir)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def fill(dlg, url: str, *, database: str | None = None, user: str | None = None) -> None:
    u = make_url(url)
    dlg.host.setText(u.host)
    dlg.port.setValue(u.port)
    dlg.database.setText(database or u.database)
    dlg.user.setText(user or u.username)


@pytest.mark.postgres
def test_check_reports_the_server_version_of_an_empty_database(dialog, postgres_url):
    fill(dialog, postgres_url)
    assert dialog.start_check()
    assert dialog.wait_check()
    assert dialog.status.text().startswith("Подключение установлено: PostgreSQL 1")
    assert "База пуста: таблицы программы будут созданы при следующем запуске." in dialog.status.text()
    assert dialog.error.isHidden()


@pytest.mark.postgres
def test_check_names_a_missing_database_and_a_missing_permission(dialog, postgres_url):
    fill(dialog, postgres_url, database="нет_такой_базы")
    dialog.start_check()
    dialog.wait_check()
    assert dialog.error.label.text() == (
        "На сервере нет базы данных «нет_такой_базы». Проверьте её имя или попросите администратора создать её."
    )
    role = f"tbn4_noconnect_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_url, isolation_level="AUTOCOMMIT")
    database = make_url(postgres_url).database
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
            conn.execute(text(f'REVOKE CONNECT ON DATABASE "{database}" FROM PUBLIC'))
        fill(dialog, postgres_url, user=role)
        dialog.start_check()
        dialog.wait_check()
        assert dialog.error.label.text().startswith("У пользователя нет прав на общую базу данных")
        assert dialog.status.isHidden()
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP ROLE IF EXISTS "{role}"'))
        admin.dispose()


def test_check_of_a_server_that_does_not_answer(dialog):
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)
    dialog.user.setText("tbn4")
    dialog.start_check()
    assert dialog.wait_check()
    assert dialog.error.label.text().startswith("Не удалось подключиться к базе данных: сервер не отвечает.")


def test_missing_fields_are_named_and_nothing_is_checked_or_saved(dialog, data_dir):
    dialog.host.clear()
    dialog.user.clear()
    assert not dialog.start_check() and not dialog.checking
    assert dialog.field_errors["host"].label.text() == "Укажите имя или адрес сервера."
    assert dialog.field_errors["user"].label.text() == "Укажите имя пользователя."
    assert not dialog.save()
    assert dialog.field_errors["folder"].label.text().startswith("Укажите общую папку для вложений")
    assert load_settings(data_dir).database_url is None


def test_save_keeps_the_password_out_of_the_settings(dialog, data_dir, tmp_path, own_pgpass, modal):
    dialog.host.setText("server01")
    dialog.port.setValue(5433)
    dialog.database.setText("tbn4")
    dialog.user.setText("ivanova")
    dialog.password.setText("пароль:с\\двоеточием")
    dialog.folder.setText(str(tmp_path / "share" / "вложения"))
    assert dialog.save()
    raw = (data_dir / "settings.json").read_text(encoding="utf-8")
    assert "пароль" not in raw
    settings = json.loads(raw)
    assert settings["database_url"] == "postgresql+psycopg://ivanova@server01:5433/tbn4"
    assert settings["attachments_dir"] == str(tmp_path / "share" / "вложения")
    assert (tmp_path / "share" / "вложения").is_dir()
    assert own_pgpass.read_text(encoding="utf-8") == "server01:5433:tbn4:ivanova:пароль\\:с\\\\двоеточием\n"
    assert own_pgpass.stat().st_mode & 0o077 == 0
    assert pgpass.stored_password("server01", 5433, "tbn4", "ivanova") == "пароль:с\\двоеточием"
    assert modal.boxes[-1]["text"] == "Настройки общей базы данных сохранены."
    assert modal.boxes[-1]["informative"] == RESTART_NOTE

    again = DatabaseDialog(data_dir)
    assert (again.host.text(), again.port.value(), again.database.text(), again.user.text()) == (
        "server01",
        5433,
        "tbn4",
        "ivanova",
    )
    assert again.password.text() == "" and again.password.placeholderText() == "сохранён"
    assert again.remember.isChecked() and again.local_button.isEnabled()
    again.remember.setChecked(False)  # «forget the password» takes the line out
    assert again.save()
    assert pgpass.stored_password("server01", 5433, "tbn4", "ivanova") is None


def test_back_to_the_local_database(dialog, data_dir, tmp_path, modal):
    dialog.host.setText("server01")
    dialog.user.setText("ivanova")
    dialog.folder.setText(str(tmp_path / "share"))
    dialog.save()
    again = DatabaseDialog(data_dir)
    assert "общей базой «tbn4» на сервере server01:5432" in again.current.text()
    assert again.use_local()
    settings = load_settings(data_dir)
    assert settings.database_url is None and settings.attachments_dir is None
    assert modal.boxes[-1]["text"] == "Программа будет работать с локальной базой."


@pytest.mark.postgres
def test_after_saving_the_next_start_works_on_the_shared_database(dialog, data_dir, tmp_path, postgres_url):
    fill(dialog, postgres_url)
    dialog.folder.setText(str(tmp_path / "share"))
    assert dialog.save()
    ctx = open_app(data_dir)  # «the next start»
    try:
        assert ctx.store.url.startswith("postgresql+psycopg://") and not ctx.store.is_sqlite
        assert ctx.blobs.root == tmp_path / "share"
        assert not (data_dir / "tbn4.sqlite3").exists()
    finally:
        ctx.close()
    again = DatabaseDialog(data_dir)
    fill(again, postgres_url)
    again.start_check()
    again.wait_check()
    assert "Таблицы программы на месте, схема актуальна." in again.status.text()


def test_the_file_menu_opens_it(qtbot, main_window):
    main_window.database_action.trigger()
    dialogs = [w for w in main_window.findChildren(DatabaseDialog)]
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert "локальной базой" in dialogs[0].current.text()
    dialogs[0].reject()
