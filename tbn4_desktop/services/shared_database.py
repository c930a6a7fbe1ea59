"""The shared office database: its address in the settings, a connection
check for the dialog, and the way back to the local database.

The URL in settings.json never holds the password (see core/pgpass.py).
Changes take effect at the next start: the running app keeps its store.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import NullPool

from tbn4_desktop.core import pgpass
from tbn4_desktop.core.fileio import describe_os_error
from tbn4_desktop.core.settings import AppSettings, load_settings, save_settings
from tbn4_desktop.i18n import tr
from tbn4_desktop.migrations import SCHEMA_HEAD
from tbn4_desktop.store import (
    StoreError,
    current_revision,
    known_revisions,
    translate_db_error,
)

DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5


@dataclass(frozen=True)
class DatabaseAddress:
    host: str
    port: int
    database: str
    user: str

    def url(self, password: str | None = None, *, timeout_s: int | None = None) -> URL:
        query = {"connect_timeout": str(timeout_s)} if timeout_s else {}
        return URL.create(
            DRIVER,
            username=self.user,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
            query=query,
        )

    def settings_url(self) -> str:
        """What settings.json keeps: the address without any password."""
        return self.url().render_as_string(hide_password=False)

    def problems(self) -> dict[str, str]:
        errors = {}
        if not self.host.strip():
            errors["host"] = tr("Укажите имя или адрес сервера.")
        if not 0 < self.port < 65536:
            errors["port"] = tr("Порт — число от 1 до 65535.")
        if not self.database.strip():
            errors["database"] = tr("Укажите имя базы данных.")
        if not self.user.strip():
            errors["user"] = tr("Укажите имя пользователя.")
        return errors


def address_from_url(url: str | None) -> DatabaseAddress | None:
    """The address of a PostgreSQL URL from the settings (None: not one)."""
    if not url:
        return None
    try:
        parsed = make_url(url)
    except ArgumentError:
        return None
    if not parsed.drivername.startswith("postgresql"):
        return None
    return DatabaseAddress(
        host=parsed.host or "",
        port=parsed.port or DEFAULT_PORT,
        database=parsed.database or "",
        user=parsed.username or "",
    )


@dataclass(frozen=True)
class ConnectionReport:
    server_version: str
    schema: str  # one sentence about the tables

    @property
    def text(self) -> str:
        return tr("Подключение установлено: PostgreSQL {version}. {schema}").format(
            version=self.server_version, schema=self.schema
        )


def check_connection(
    address: DatabaseAddress, password: str | None = None, *, timeout_s: int = CONNECT_TIMEOUT_S
) -> ConnectionReport:
    """Connect, read the server version and check that this app can work
    with the tables (or create them). StoreError with one sentence."""
    problems = address.problems()
    if problems:
        raise StoreError(next(iter(problems.values())))
    engine = create_engine(address.url(password, timeout_s=timeout_s), poolclass=NullPool)
    try:
        with engine.connect() as conn:
            version = conn.execute(text("SHOW server_version")).scalar() or ""
            can_create = conn.execute(text("SELECT has_schema_privilege(current_user, 'public', 'CREATE')")).scalar()
            has_tables = bool(inspect(conn).get_table_names())
        revision = current_revision(engine)
    except BaseException as exc:
        translated = translate_db_error(exc)
        if translated is not None:
            raise translated from exc
        raise
    finally:
        engine.dispose()
    version = version.split()[0] if version else "?"
    if revision == SCHEMA_HEAD:
        return ConnectionReport(version, tr("Таблицы программы на месте, схема актуальна."))
    if revision is not None and revision not in known_revisions():
        raise StoreError(
            tr(
                "База данных создана более новой версией программы (схема {revision}). "
                "Обновите программу на этом компьютере."
            ).format(revision=revision)
        )
    if not can_create:
        raise StoreError(
            tr(
                "У пользователя нет права создавать таблицы в этой базе (схема public). "
                "Обратитесь к администратору сервера."
            )
        )
    if revision is None and has_tables:
        raise StoreError(tr("В этой базе данных уже есть чужие таблицы. Укажите отдельную пустую базу для программы."))
    if revision is None:
        return ConnectionReport(version, tr("База пуста: таблицы программы будут созданы при следующем запуске."))
    return ConnectionReport(version, tr("Таблицы программы будут обновлены при следующем запуске."))


def check_attachments_folder(folder: str) -> Path:
    """The shared attachments folder exists (or can be made) and takes files."""
    if not folder.strip():
        raise StoreError(tr("Укажите общую папку для вложений: её должны видеть все компьютеры офиса."))
    path = Path(folder.strip())
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / f".tbn4-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise StoreError(
            tr("Общая папка вложений недоступна для записи. {reason}").format(reason=describe_os_error(exc, path))
        ) from exc
    return path


def save_shared_database(
    data_dir: Path, address: DatabaseAddress, attachments_dir: str, *, password: str | None, remember_password: bool
) -> None:
    """Keep the address and the shared folder in the settings (without the
    password) and, if asked, the password in the user's PostgreSQL password
    file; forgetting it takes out this server's line. Next start uses it."""
    problems = address.problems()
    if problems:
        raise StoreError(next(iter(problems.values())))
    folder = check_attachments_folder(attachments_dir)
    try:
        if remember_password and password:
            pgpass.store_password(address.host, address.port, address.database, address.user, password)
        elif not remember_password:
            pgpass.store_password(address.host, address.port, address.database, address.user, None)
    except OSError as exc:
        raise StoreError(
            tr("Не удалось сохранить пароль. {reason}").format(reason=describe_os_error(exc, pgpass.pgpass_path()))
        ) from exc
    settings = load_settings(data_dir)
    settings.database_url = address.settings_url()
    settings.attachments_dir = str(folder)
    _save(data_dir, settings)


def use_local_database(data_dir: Path) -> None:
    """Back to the SQLite file and attachments of the data folder (next start)."""
    settings = load_settings(data_dir)
    settings.database_url = None
    settings.attachments_dir = None
    _save(data_dir, settings)


def _save(data_dir: Path, settings: AppSettings) -> None:
    try:
        save_settings(data_dir, settings)
    except OSError as exc:
        raise StoreError(
            tr("Не удалось сохранить настройки. {reason}").format(reason=describe_os_error(exc, Path(data_dir)))
        ) from exc
