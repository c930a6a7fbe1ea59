"""The store: database engine, sessions, migrate-on-open.

SQLite in the data folder by default (WAL, foreign keys on); the same code
runs on PostgreSQL when a URL is given. Every error the user can meet here
becomes a StoreError with one Russian sentence.
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

from tbn4_desktop.core.fileio import describe_os_error
from tbn4_desktop.migrations import SCHEMA_HEAD
from tbn4_desktop.store_errors import ConcurrentEditError, StoreError  # noqa: F401 - re-exported

DB_FILE = "tbn4.sqlite3"
ATTACHMENTS_DIR = "attachments"


@dataclass
class Store:
    data_dir: Path
    url: str
    engine: Engine
    session_factory: sessionmaker[Session]

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / ATTACHMENTS_DIR

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


def open_store(data_dir: Path, url: str | None = None, *, migrate: bool = True) -> Store:
    """Open (creating if needed) the store for a data folder and bring its
    schema up to date. Raises StoreError with a Russian message."""
    data_dir = Path(data_dir)
    ensure_writable_dir(data_dir)
    url = url or sqlite_url(data_dir)
    engine = _create_engine(url)
    store = Store(data_dir=data_dir, url=url, engine=engine,
                  session_factory=sessionmaker(engine, expire_on_commit=False,
                                               # services that read blobs find them from a session
                                               info={"attachments_dir": str(data_dir / ATTACHMENTS_DIR)}))
    try:
        if migrate:
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


def ensure_writable_dir(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise StoreError(
                f"Папка данных «{folder}» доступна только для чтения. "
                "Выберите другую папку (параметр --data-dir) или попросите администратора дать права на запись."
            ) from exc
        raise StoreError(f"Не удалось открыть папку данных. {describe_os_error(exc, folder)}") from exc


def _create_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": 10})

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


def migrate_to_head(engine: Engine) -> None:
    """Apply pending migrations. Importing Alembic costs start-up time, so it
    is only done when the stored revision differs from SCHEMA_HEAD."""
    revision = current_revision(engine)
    if revision == SCHEMA_HEAD:
        return
    from alembic import command

    if revision is not None and revision not in known_revisions():
        raise StoreError(
            "База данных создана более новой версией программы "
            f"(схема {revision}). Обновите программу, чтобы открыть её."
        )
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")


def alembic_config():  # noqa: ANN201 - alembic types imported lazily
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    return cfg


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def translate_db_error(exc: BaseException) -> StoreError | None:
    """Map driver errors to one Russian sentence; None if it is not ours."""
    if isinstance(exc, StoreError):
        return None
    if isinstance(exc, StaleDataError):
        return ConcurrentEditError(
            "Эту запись только что изменил другой пользователь. "
            "Ваши изменения не сохранены: откройте запись заново и повторите."
        )
    if isinstance(exc, OperationalError | DBAPIError):
        message = str(getattr(exc, "orig", exc)).lower()
        if "locked" in message or "busy" in message:
            return StoreError(
                "База данных занята другой программой или другим пользователем. "
                "Подождите немного и повторите действие."
            )
        if "readonly" in message or "read-only" in message:
            return StoreError(
                "База данных доступна только для чтения. Проверьте права на папку данных."
            )
        if "disk" in message and ("full" in message or "i/o" in message) or "no space" in message:
            return StoreError("На диске закончилось место; изменения не сохранены. Освободите место и повторите.")
        if "unable to open" in message or "could not connect" in message or "connection" in message:
            return StoreError(
                "Не удалось подключиться к базе данных. Проверьте путь к папке данных "
                "или адрес общей базы в настройках."
            )
        if "not a database" in message or "malformed" in message:
            return StoreError(
                "Файл базы данных повреждён. Восстановите его из резервной копии."
            )
    if isinstance(exc, OSError):
        return StoreError(describe_os_error(exc, getattr(exc, "filename", "") or ""))
    return None
