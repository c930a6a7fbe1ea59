"""The journal of changes (audit trail): appending entries to the hash
chain, checking the chain, and reading entries back.

Entries come from two places, both inside the transaction of the change:
the flush listener (services/audit_changes.py) for every ORM change of the
evidence tables, and `record_event` for what is no ORM change of them
(import, export, restore, backup, bulk statements). Appending takes the
journal's lock first — on PostgreSQL a transaction-scoped advisory lock, on
SQLite the database's own write lock — so two PCs cannot fork the chain; the
explicit id (previous + 1, the primary key) would refuse a fork anyway.

The id and hash of the newest entry are also kept in the `setting` table
(AUDIT_HEAD_KEY), so deleting the newest entries is detected too.
"""

from __future__ import annotations

import contextlib
import functools
import getpass
import json
import os
import socket
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import bindparam, func, insert, select, text, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from tbn4_desktop.core.journal import (
    GENESIS_HASH,
    AuditAction,
    EntryFields,
    action_label,
    canonical_json,
    entry_hash,
)
from tbn4_desktop.i18n import tr
from tbn4_desktop.models import AuditEntry, Setting
from tbn4_desktop.models.base import utcnow

AUDIT_HEAD_KEY = "audit_head"
#: Key of PostgreSQL's advisory lock of the journal ("tbn4" in ASCII).
PG_LOCK_KEY = 0x74626E34
#: session.info key: while set, the flush listener records nothing (an
#: import records itself as one entry).
SUPPRESS_KEY = "audit_suppressed"
MAX_PROBLEMS = 20


@dataclass(frozen=True)
class PendingEntry:
    """An entry before it gets its place in the chain."""

    action: AuditAction
    summary: str
    organization_id: int | None = None
    year: int | None = None
    subtask_code: str | None = None
    period: str | None = None
    details: dict[str, Any] | None = None


@functools.lru_cache(maxsize=1)
def identity() -> tuple[str, str]:
    """(Windows user, PC name) of this process."""
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - getuser raises whatever the platform's lookup raises
        user = os.environ.get("USERNAME", "")
    host = socket.gethostname() or os.environ.get("COMPUTERNAME", "")
    return (user or "?")[:200], (host or "?")[:200]


def record_event(
    session: Session,
    action: str,
    *,
    summary: str,
    subtask_code: str | None = None,
    period: str | None = None,
    year: int | None = None,
    details: dict[str, Any] | None = None,
    organization_id: int | None = None,
) -> None:
    """Append one explicit entry (import, restore, backup made, export, a
    bulk statement) in the session's transaction. `action`: an AuditAction
    value; `summary`: one Russian sentence. Without `organization_id` the
    entry names the current organisation, if there is one."""
    from tbn4_desktop.services.audit_changes import drain

    kind = AuditAction(action)
    drain(session)  # what the session changed before comes first in the chain
    if organization_id is None:
        organization_id = _current_org_id(session)
    append(session, [PendingEntry(kind, summary, organization_id, year, subtask_code, period, details)])


def _current_org_id(session: Session) -> int | None:
    from tbn4_desktop.services.organizations import CURRENT_ORG_KEY

    value = session.connection().execute(select(Setting.value).where(Setting.key == CURRENT_ORG_KEY)).scalar()
    return int(value) if value and value.isdigit() else None


def append(session: Session, pending: list[PendingEntry]) -> None:
    """Give the entries their ids and hashes after the newest entry, and
    write them (Core statements on the session's connection: usable inside
    a flush)."""
    if not pending:
        return
    conn = session.connection()
    _lock(conn)
    last = conn.execute(_NEWEST).first()
    next_id, prev = (last[0] + 1, last[1]) if last else (1, GENESIS_HASH)
    at = utcnow()
    user, host = identity()
    rows = []
    for p in pending:
        fields = EntryFields(
            id=next_id,
            at=at,
            user_name=user,
            host_name=host,
            organization_id=p.organization_id,
            year=p.year,
            subtask_code=p.subtask_code,
            period=p.period,
            action=p.action.value,
            summary=p.summary,
            details=canonical_json(p.details or {}),
            prev_hash=prev,
        )
        digest = entry_hash(fields)
        rows.append({**fields.__dict__, "entry_hash": digest})
        prev, next_id = digest, next_id + 1
    conn.execute(_INSERT, rows)
    _set_head(conn, next_id - 1, prev)


# Built once: a journaled save runs these three statements.
_NEWEST = select(AuditEntry.id, AuditEntry.entry_hash).order_by(AuditEntry.id.desc()).limit(1)
_INSERT = insert(AuditEntry)
_SET_HEAD = update(Setting).where(Setting.key == AUDIT_HEAD_KEY).values(value=bindparam("head"))


def _lock(conn: Connection) -> None:
    """Serialise appenders until the transaction ends, before the newest
    entry is read. PostgreSQL: the journal's advisory lock. SQLite: a write
    statement, which takes the database's write lock (waiting for another
    writer) and so reads the newest entry; the driver does not open a
    transaction for reads alone."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_LOCK_KEY})
    elif not getattr(conn.connection.dbapi_connection, "in_transaction", False):
        # A transaction already open has written (the driver opens one for writes only): it holds the lock.
        conn.execute(update(Setting).where(Setting.key == AUDIT_HEAD_KEY).values(value=Setting.value))


def _set_head(conn: Connection, entry_id: int, digest: str) -> None:
    value = f"{entry_id}:{digest}"
    if conn.execute(_SET_HEAD, {"head": value}).rowcount == 0:
        conn.execute(insert(Setting).values(key=AUDIT_HEAD_KEY, value=value))


@contextlib.contextmanager
def suppressed(session: Session) -> Iterator[None]:
    """ORM changes inside are not journaled one by one: the caller records
    the whole operation as one entry (an import of a subordinate's year)."""
    session.info[SUPPRESS_KEY] = session.info.get(SUPPRESS_KEY, 0) + 1
    try:
        yield
        session.flush()  # what was changed inside is flushed while still suppressed
    finally:
        session.info[SUPPRESS_KEY] -= 1


# --------------------------------------------------------------------------
# The chain


def last_entry_id(session: Session) -> int:
    """The newest entry's id; 0 when the journal is empty."""
    return session.scalar(select(func.max(AuditEntry.id))) or 0


def count_since(session: Session, entry_id: int) -> int:
    """How many entries were appended after entry `entry_id`."""
    return session.scalar(select(func.count()).select_from(AuditEntry).where(AuditEntry.id > entry_id)) or 0


def verify_chain(session: Session) -> list[str]:
    """Recompute every entry's hash and follow the chain. Returns
    sentences, one per problem (at most MAX_PROBLEMS and a count of the
    rest), each naming the entry and its date; [] when intact."""
    problems: list[str] = []
    expected_id, expected_prev = 1, GENESIS_HASH
    columns = [getattr(AuditEntry, c) for c in _FIELD_NAMES] + [AuditEntry.entry_hash]
    for row in session.execute(select(*columns).order_by(AuditEntry.id)).yield_per(2000):
        fields = EntryFields(*row[:-1])
        stored = row[-1]
        where = {"id": fields.id, "when": _when(fields.at)}
        if fields.id != expected_id:
            gap = f"№{expected_id}" if fields.id == expected_id + 1 else f"№{expected_id}–{fields.id - 1}"
            problems.append(
                tr("Из журнала изменений удалены записи {gap}: за ними идёт запись №{id} от {when}.").format(
                    gap=gap, **where
                )
                if fields.id > expected_id
                else tr(
                    "Запись журнала изменений №{id} от {when} стоит не на своём месте: записи переставлены."
                ).format(**where)
            )
        elif fields.prev_hash != expected_prev:
            problems.append(
                tr(
                    "Запись журнала изменений №{id} от {when} не продолжает предыдущую: записи удалены, "
                    "вставлены или переставлены."
                ).format(**where)
            )
        if entry_hash(fields) != stored:
            problems.append(
                tr(
                    "Запись журнала изменений №{id} от {when} изменена после того, как была сделана: "
                    "её контрольная сумма не совпадает."
                ).format(**where)
            )
        expected_id, expected_prev = fields.id + 1, stored
    problems += _head_problems(session, expected_id - 1, expected_prev)
    if len(problems) > MAX_PROBLEMS:
        rest = len(problems) - MAX_PROBLEMS
        problems = problems[:MAX_PROBLEMS] + [tr("И ещё нарушений в журнале изменений: {count}.").format(count=rest)]
    return problems


_FIELD_NAMES = (
    "id",
    "at",
    "user_name",
    "host_name",
    "organization_id",
    "year",
    "subtask_code",
    "period",
    "action",
    "summary",
    "details",
    "prev_hash",
)


def _head_problems(session: Session, last_id: int, last_hash: str) -> list[str]:
    head = session.scalar(select(Setting.value).where(Setting.key == AUDIT_HEAD_KEY))
    if head is None:
        return (
            []
            if last_id == 0
            else [tr("Пропала отметка о последней записи журнала изменений: удалённые последние записи не обнаружить.")]
        )
    head_id, _, head_hash = head.partition(":")
    if not head_id.isdigit():
        return [tr("Отметка о последней записи журнала изменений повреждена.")]
    if int(head_id) > last_id:
        gap = f"№{last_id + 1}" if int(head_id) == last_id + 1 else f"№{last_id + 1}–{head_id}"
        return [tr("Из журнала изменений удалены последние записи {gap}.").format(gap=gap)]
    if int(head_id) < last_id:
        return [tr("Записи журнала изменений после №{id} добавлены в обход программы.").format(id=head_id)]
    if head_hash != last_hash:
        return [tr("Последняя запись журнала изменений №{id} заменена в обход программы.").format(id=last_id)]
    return []


def _when(at: datetime) -> str:
    return local_time(at).strftime("%d.%m.%Y %H:%M")


def local_time(at: datetime) -> datetime:
    """A stored UTC moment in this PC's time zone (naive)."""
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


# --------------------------------------------------------------------------
# Reading


@dataclass(frozen=True)
class JournalRow:
    id: int
    at: datetime  # local time of this PC
    user_name: str
    host_name: str
    organization_id: int | None
    year: int | None
    subtask_code: str | None
    period: str | None
    action: str
    summary: str
    details: str  # canonical JSON

    @property
    def who(self) -> str:
        return f"{self.user_name}@{self.host_name}"

    @property
    def action_label(self) -> str:
        return action_label(self.action)


@dataclass(frozen=True)
class JournalFilter:
    """None: any. `period` "" is the year's period; `date_from`/`date_to`
    are this PC's local days, both included."""

    organization_id: int | None = None
    year: int | None = None
    subtask_code: str | None = None
    period: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    user: str | None = None  # «user@PC» as JournalRow.who
    action: str | None = None
    limit: int | None = None


def list_entries(session: Session, flt: JournalFilter | None = None) -> list[JournalRow]:
    """Entries matching the filter, newest first."""
    flt = flt or JournalFilter()
    query = select(*[getattr(AuditEntry, c) for c in _FIELD_NAMES[:-1]]).order_by(AuditEntry.id.desc())
    for column, value in (
        (AuditEntry.organization_id, flt.organization_id),
        (AuditEntry.year, flt.year),
        (AuditEntry.subtask_code, flt.subtask_code),
        (AuditEntry.period, flt.period),
        (AuditEntry.action, flt.action),
    ):
        if value is not None:
            query = query.where(column == value)
    if flt.date_from is not None:
        query = query.where(AuditEntry.at >= _utc_start(flt.date_from))
    if flt.date_to is not None:
        query = query.where(AuditEntry.at < _utc_start(date.fromordinal(flt.date_to.toordinal() + 1)))
    if flt.user:
        user, _, host = flt.user.rpartition("@")
        query = query.where(AuditEntry.user_name == user, AuditEntry.host_name == host)
    if flt.limit is not None:
        query = query.limit(flt.limit)
    return [JournalRow(r[0], local_time(r[1]), *r[2:]) for r in session.execute(query)]


def _utc_start(day: date) -> datetime:
    return datetime.combine(day, time.min).astimezone(UTC).replace(tzinfo=None)


def journal_users(session: Session, organization_id: int | None = None) -> list[str]:
    """Every «user@PC» that made an entry (of an organisation), sorted."""
    query = select(AuditEntry.user_name, AuditEntry.host_name).distinct()
    if organization_id is not None:
        query = query.where(AuditEntry.organization_id == organization_id)
    return sorted(f"{u}@{h}" for u, h in session.execute(query))


# --------------------------------------------------------------------------
# The journal in a bundle


def bundle_journal(session: Session, organization_id: int, year: int, items: list[tuple[str, str]]) -> bytes | None:
    """journal.json for a bundle: the entries of its subtasks and periods
    (and of a whole subtask, such as its periodicity; not the installation's
    own imports, exports, backups), oldest first;
    None when there are none. The same data gives the same bytes."""
    from tbn4_desktop.core.journal import LOCAL_ACTIONS, entry_record, journal_document

    wanted = set(items)
    codes = sorted({code for code, _ in wanted})
    if not codes:
        return None
    columns = [getattr(AuditEntry, c) for c in _FIELD_NAMES] + [AuditEntry.entry_hash]
    query = (
        select(*columns)
        .where(
            AuditEntry.organization_id == organization_id,
            AuditEntry.year == year,
            AuditEntry.subtask_code.in_(codes),
            AuditEntry.action.not_in([a.value for a in LOCAL_ACTIONS]),
        )
        .order_by(AuditEntry.id)
    )
    records = [
        entry_record(EntryFields(*row[:-1]), row[-1])
        for row in session.execute(query)
        if row.period is None or (row.subtask_code, row.period) in wanted
    ]
    return journal_document(records) if records else None


class JournalUnavailable(Exception):
    """A subordinate's journal cannot be shown; the message says why."""


def imported_journal(session: Session, blobs: Any, organization_id: int, year: int) -> list[JournalRow]:
    """The journal of changes a subordinate sent in its live bundle of a year,
    newest first, read from the bundle kept in the attachments store (the
    importer keeps the bundle, not a copy of its journal). [] when the bundle
    carries none; JournalUnavailable when there is no such bundle or it is gone."""
    from tbn4_desktop.core.bundle import BundleError, read_journal
    from tbn4_desktop.models import ImportedBundle

    bundle = session.scalar(
        select(ImportedBundle).where(
            ImportedBundle.organization_id == organization_id,
            ImportedBundle.year == year,
            ImportedBundle.superseded_at.is_(None),
        )
    )
    if bundle is None:
        raise JournalUnavailable(tr("Пакет этой организации за {year} год ещё не принят.").format(year=year))
    path = blobs.path_of(bundle.bundle_sha256)
    try:
        with zipfile.ZipFile(path) as zf:
            manifest = json.loads(zf.read("manifest.json").decode("utf-8"))
            root = [(f["path"], f["role"], f["size"]) for f in manifest.get("files", [])]
            entries = read_journal(root, zf.read, bundle.source_name) or []
    except (OSError, KeyError, ValueError, zipfile.BadZipFile, BundleError) as exc:
        raise JournalUnavailable(
            tr(
                "Журнал изменений из пакета «{name}» не прочитать: сохранённый пакет "
                "отсутствует или повреждён; примите пакет заново."
            ).format(name=bundle.source_name)
        ) from exc
    return [
        JournalRow(
            f.id,
            local_time(f.at),
            f.user_name,
            f.host_name,
            f.organization_id,
            f.year,
            f.subtask_code,
            f.period,
            f.action,
            f.summary,
            f.details,
        )
        for f in reversed(entries)
    ]
