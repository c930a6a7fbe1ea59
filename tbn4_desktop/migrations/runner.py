"""Running the migrations: the whole run is one transaction.

SQLite has transactional DDL, but Python's sqlite3 module (3.11, legacy
transaction control) runs a CREATE/ALTER outside any transaction when none
is open, so each step used to commit on its own and the version was written
last: a crash left a half-upgraded database no build could open. The
migration connection therefore follows SQLAlchemy's recipe for SQLite
transactional DDL — the driver's own transaction handling off
(`isolation_level = None`) and an explicit `BEGIN IMMEDIATE` — so the run
commits once, or not at all. Ordinary sessions keep their own engine and
settings (store.py).

Foreign keys are off on the migration connection: inside a transaction the
pragma cannot change, and batch mode's table rebuild (copy, DROP, rename)
would otherwise fire ON DELETE CASCADE on the DROP. What the run leaves is
checked with `PRAGMA foreign_key_check` before the commit instead, as
SQLite's documentation for schema changes advises.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.pool import NullPool

from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.migrations import SCHEMA_HEAD
from tbn4_desktop.store_errors import StoreError
from tbn4_desktop.store_file import (
    BATCH_TMP_PREFIX,
    OUR_TABLES,
    known_revisions,
    newer_app_message,
)

# Two PCs starting a new build on one shared database at once: the second
# waits for the first one's run and then finds nothing to do.
_PG_MIGRATION_LOCK = 0x7462_6E34  # "tbn4"

SERVER_NO_VERSION_MESSAGE = N_(
    "В общей базе данных офиса нет отметки о версии её схемы, поэтому программа не может безопасно её "
    "открыть и ничего в ней не меняет: обратитесь к администратору сервера."
)
SERVER_NOT_OURS_MESSAGE = N_(
    "В общей базе данных офиса есть чужие таблицы, поэтому программа её не открывает и ничего в ней не "
    "меняет: укажите в настройках отдельную пустую базу для программы."
)
FOREIGN_KEYS_MESSAGE = N_(
    "Обновление базы данных нарушило бы связи между записями, поэтому оно отменено и база не изменена: "
    "сообщите об этом разработчикам."
)


def sqlite_migration_engine(url: str, busy_timeout_s: float) -> Engine:
    """An engine for the migration run only (see the module docstring)."""
    engine = create_engine(url, poolclass=NullPool, connect_args={"timeout": busy_timeout_s})

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:  # noqa: ANN001
        dbapi_conn.isolation_level = None  # no implicit BEGIN/COMMIT by the driver
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=OFF")
        cur.execute("PRAGMA synchronous=FULL")  # the one commit of the run reaches the disk
        cur.close()

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # IMMEDIATE: the write lock is taken now, so nobody writes between
        # reading the version and writing the new one.
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def upgrade(conn: Connection) -> None:
    """Bring the database on `conn` (inside its transaction) to the head."""
    from alembic import command

    from tbn4_desktop.store import alembic_config

    sqlite = conn.dialect.name == "sqlite"
    if sqlite:
        settle_batch_leftovers(conn)
        broken_before = _foreign_key_problems(conn)
    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    command.upgrade(cfg, "head")
    if sqlite and _foreign_key_problems(conn) > broken_before:
        raise StoreError(tr(FOREIGN_KEYS_MESSAGE))


def settle_batch_leftovers(conn: Connection) -> None:
    """A batch-mode table rebuild interrupted by an earlier build: the copy
    `_alembic_tmp_<t>` is dropped while `<t>` still exists (the rebuild had
    not replaced it), else it is the table and takes its name back."""
    names = set(inspect(conn).get_table_names())
    for leftover in sorted(n for n in names if n.startswith(BATCH_TMP_PREFIX)):
        table = leftover[len(BATCH_TMP_PREFIX) :]
        if table in names:
            conn.exec_driver_sql(f'DROP TABLE "{leftover}"')
        else:
            conn.exec_driver_sql(f'ALTER TABLE "{leftover}" RENAME TO "{table}"')


def _foreign_key_problems(conn: Connection) -> int:
    return len(conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall())


def check_server_database(conn: Connection) -> None:
    """The same refusals as store_file.check_database_file, on a server
    database (whose DDL always was transactional: no half-applied states)."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
    tables = set(inspect(conn).get_table_names())
    if "alembic_version" not in tables:
        if tables - OUR_TABLES:
            raise StoreError(tr(SERVER_NOT_OURS_MESSAGE))
        if tables:
            raise StoreError(tr(SERVER_NO_VERSION_MESSAGE))
        return
    rows = conn.execute(text("SELECT version_num FROM alembic_version")).fetchall()
    if len(rows) != 1 or not (rows[0][0] or "").strip():
        if rows or tables - {"alembic_version"}:
            raise StoreError(tr(SERVER_NOT_OURS_MESSAGE) if tables - OUR_TABLES else tr(SERVER_NO_VERSION_MESSAGE))
        return  # only an empty version table: nothing was ever created
    revision = rows[0][0]
    if revision not in known_revisions():
        if revision.isdigit() and len(revision) == 4 and revision > SCHEMA_HEAD:
            raise StoreError(newer_app_message(revision))
        raise StoreError(tr(SERVER_NO_VERSION_MESSAGE))
