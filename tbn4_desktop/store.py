"""The store: database engine, sessions, migrate-on-open.

SQLite in the data folder by default (WAL, foreign keys on); the same code
runs on PostgreSQL when a URL is given. Every error the user can meet here
becomes a StoreError with one Russian sentence. A SQLite file is checked
before it is opened for writing (store_file.py); an existing one is backed
up before an upgrade, and the upgrade is one transaction (migrations/runner.py).
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from tbn4_desktop import store_file
from tbn4_desktop.core.fileio import describe_os_error
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.migrations import SCHEMA_HEAD
from tbn4_desktop.store_errors import ConcurrentEditError, StoreError  # noqa: F401 - re-exported
from tbn4_desktop.store_file import DatabaseFile, check_database_file

DB_FILE = "tbn4.sqlite3"
ATTACHMENTS_DIR = "attachments"
BACKUPS_DIR = "backups"  # = services/backups.py's default backup root
# How long a write waits for another program's SQLite lock before the user
# is told the database is busy.
SQLITE_BUSY_TIMEOUT_S = 10.0


@dataclass
class Store:
    data_dir: Path
    url: str
    engine: Engine
    session_factory: sessionmaker[Session]
    # A shared folder (e.g. \\server\tbn4\attachments) when several PCs
    # share one database; None: the data folder's own.
    shared_attachments_dir: Path | None = None

    @property
    def attachments_dir(self) -> Path:
        return self.shared_attachments_dir or self.data_dir / ATTACHMENTS_DIR

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed on success, rolled back on any error."""
        session = self.session_factory()
        try:
            yield session
            session.commit()
        except BaseException as exc:
            session.rollback()
            translated = translate_db_error(exc)
            if translated is not None:
                raise translated from exc
            raise
        finally:
            session.close()

    def close(self) -> None:
        self.engine.dispose()


def sqlite_url(data_dir: Path) -> str:
    return f"sqlite:///{(Path(data_dir) / DB_FILE).as_posix()}"


def open_store(
    data_dir: Path,
    url: str | None = None,
    *,
    migrate: bool = True,
    attachments_dir: Path | None = None,
    backup_root: Path | None = None,
) -> Store:
    """Open (creating if needed) the store for a data folder and bring its
    schema up to date. Raises StoreError with a Russian message.

    A SQLite file is checked first without writing to it (store_file.py);
    an existing SQLite database is backed up into `backup_root` (default:
    the data folder's `backups`) before it is upgraded."""
    data_dir = Path(data_dir)
    ensure_writable_dir(data_dir)
    url = url or sqlite_url(data_dir)
    db_file = check_database_file(sqlite_path(url)) if url.startswith("sqlite") else None
    engine = _create_engine(url)
    blobs_dir = Path(attachments_dir) if attachments_dir else data_dir / ATTACHMENTS_DIR
    store = Store(
        data_dir=data_dir,
        url=url,
        engine=engine,
        session_factory=sessionmaker(
            engine,
            expire_on_commit=False,
            # services that read blobs find them from a session
            info={"attachments_dir": str(blobs_dir)},
        ),
        shared_attachments_dir=Path(attachments_dir) if attachments_dir else None,
    )
    try:
        if migrate and db_file is not None:
            migrate_sqlite(url, db_file, Path(backup_root) if backup_root else data_dir / BACKUPS_DIR)
        elif migrate:
            migrate_to_head(engine)
        else:
            with engine.connect() as conn:
                conn.execute(text("SELECT 1"))
    except BaseException as exc:
        engine.dispose()
        translated = translate_db_error(exc)
        if translated is not None:
            raise translated from exc
        raise
    return store


def sqlite_path(url: str) -> Path:
    from sqlalchemy.engine import make_url

    return Path(make_url(url).database or "")


def ensure_writable_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise StoreError(
                tr(
                    "Папка данных «{folder}» доступна только для чтения. Выберите другую папку "
                    "(параметр --data-dir) или попросите администратора дать права на запись."
                ).format(folder=folder)
            ) from exc
        raise StoreError(
            tr("Не удалось открыть папку данных. {error}").format(error=describe_os_error(exc, folder))
        ) from exc


def _create_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_conn, _record) -> None:  # noqa: ANN001
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA synchronous=NORMAL")  # safe with WAL: a crash loses no committed data
            cur.close()

        return engine
    return create_engine(url, pool_pre_ping=True)


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate_sqlite(url: str, db_file: DatabaseFile, backup_root: Path) -> None:
    """Bring a SQLite database to SCHEMA_HEAD: a verified backup of an
    existing one first, then the whole run in one transaction (a crash
    leaves the database exactly as it was). Alembic is only imported when
    there is something to do."""
    if db_file.revision == SCHEMA_HEAD:
        return
    if db_file.has_data:
        backup_before_upgrade(db_file.path, backup_root)
    from tbn4_desktop.migrations.runner import sqlite_migration_engine, upgrade

    engine = sqlite_migration_engine(url, SQLITE_BUSY_TIMEOUT_S)
    try:
        with engine.begin() as conn:
            upgrade(conn)
    finally:
        engine.dispose()


def backup_before_upgrade(db_path: Path, backup_root: Path) -> Path:
    from tbn4_desktop.core.backup import BackupError, backup_database

    try:
        return backup_database(db_path, backup_root, reason="before-upgrade")
    except (BackupError, OSError) as exc:
        why = str(exc) if isinstance(exc, BackupError) else describe_os_error(exc, exc.filename or backup_root)
        raise StoreError(
            tr(
                "Программа не обновила базу данных и ничего в ней не изменила, потому что не смогла "
                "сначала сделать её резервную копию в папке «{folder}». {error}"
            ).format(folder=backup_root, error=why)
        ) from exc


def migrate_to_head(engine: Engine) -> None:
    """Apply pending migrations on a server database (PostgreSQL, whose DDL
    is transactional: the run is one transaction). Importing Alembic costs
    start-up time, so it is only done when the revision differs from SCHEMA_HEAD."""
    revision = current_revision(engine)
    if revision == SCHEMA_HEAD:
        return
    from tbn4_desktop.migrations.runner import check_server_database, upgrade

    with engine.begin() as conn:
        check_server_database(conn)
        upgrade(conn)


def alembic_config():  # noqa: ANN201 - alembic types imported lazily
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    return cfg


def known_revisions() -> set[str]:
    return set(store_file.known_revisions())


# Raised as tr(…) (translated when the error happens).
CONCURRENT_EDIT_MESSAGE = N_(
    "Эту запись только что изменил другой пользователь. "
    "Ваши изменения не сохранены: откройте запись заново и повторите."
)
SERVER_UNREACHABLE_MESSAGE = N_(
    "Не удалось подключиться к базе данных: сервер не отвечает. Проверьте адрес и порт сервера, "
    "что он запущен и что брандмауэр не закрывает подключение."
)


def translate_db_error(exc: BaseException) -> StoreError | None:
    """Map driver errors to one Russian sentence; None if it is not ours."""
    if isinstance(exc, StoreError):
        return None
    if isinstance(exc, StaleDataError):
        return ConcurrentEditError(tr(CONCURRENT_EDIT_MESSAGE))
    if isinstance(exc, OperationalError | DBAPIError):
        orig = getattr(exc, "orig", exc)
        message = str(orig).lower()
        if type(orig).__module__.startswith("psycopg"):
            translated = _postgres_error(orig, message)
            if translated is not None:
                return translated
        if "locked" in message or "busy" in message:
            return StoreError(
                tr(
                    "База данных занята другой программой или другим пользователем. "
                    "Подождите немного и повторите действие."
                )
            )
        if "readonly" in message or "read-only" in message:
            return StoreError(tr("База данных доступна только для чтения. Проверьте права на папку данных."))
        if "disk" in message and ("full" in message or "i/o" in message) or "no space" in message:
            return StoreError(tr("На диске закончилось место; изменения не сохранены. Освободите место и повторите."))
        if "unable to open" in message or "could not connect" in message or "connection" in message:
            return StoreError(
                tr(
                    "Не удалось подключиться к базе данных. Проверьте путь к папке данных "
                    "или адрес общей базы в настройках."
                )
            )
        if "not a database" in message or "malformed" in message:
            return StoreError(tr("Файл базы данных повреждён. Восстановите его из резервной копии."))
    if isinstance(exc, OSError):
        return StoreError(describe_os_error(exc, getattr(exc, "filename", "") or ""))
    return None


# PostgreSQL states by SQLSTATE (errors inside a session) …
_PG_STATES = {
    "40001": CONCURRENT_EDIT_MESSAGE,  # serialization_failure
    "40P01": CONCURRENT_EDIT_MESSAGE,  # deadlock_detected
    "55P03": N_("Запись занята другим пользователем. Подождите немного и повторите действие."),
    "53100": N_("На сервере базы данных закончилось место; изменения не сохранены. Обратитесь к администратору."),
    "25006": N_("Общая база данных открыта только для чтения; изменения не сохранены. Обратитесь к администратору."),
    "42501": N_("У пользователя общей базы данных нет прав на это действие. Обратитесь к администратору сервера."),
}


def _postgres_error(orig: BaseException, message: str) -> StoreError | None:
    """… and connection failures, which libpq reports by text only."""
    state = getattr(orig, "sqlstate", None)
    if state in _PG_STATES:
        cls = ConcurrentEditError if state in ("40001", "40P01") else StoreError
        return cls(tr(_PG_STATES[state]))
    if (
        "password authentication failed" in message
        or "no password supplied" in message
        or ("role" in message and "does not exist" in message)
    ):
        return StoreError(tr("Неверное имя пользователя или пароль общей базы данных."))
    if "database" in message and "does not exist" in message:
        name = str(orig).split('database "', 1)[-1].split('"', 1)[0] if 'database "' in str(orig) else ""
        if not name:
            return StoreError(
                tr("На сервере нет базы данных. Проверьте её имя или попросите администратора создать её.")
            )
        return StoreError(
            tr("На сервере нет базы данных «{name}». Проверьте её имя или попросите администратора создать её.").format(
                name=name
            )
        )
    if "permission denied" in message:
        return StoreError(
            tr(
                "У пользователя нет прав на общую базу данных (подключение или создание таблиц). "
                "Обратитесь к администратору сервера."
            )
        )
    if any(
        k in message
        for k in (
            "connection refused",
            "timeout expired",
            "failed to resolve host",
            "could not translate host name",
            "no route to host",
            "network is unreachable",
            "connection failed",
            "server closed the connection",
            "could not connect",
        )
    ):
        return StoreError(tr(SERVER_UNREACHABLE_MESSAGE))
    return None
