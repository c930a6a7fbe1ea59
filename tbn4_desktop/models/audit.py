"""The journal of changes (audit trail): one row per change, append-only,
hash-chained (core/journal.py, services/audit.py)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, String, Text, event
from sqlalchemy.orm import Mapped, Session, mapped_column

from tbn4_desktop.models.base import Base


class AuditEntry(Base):
    """When, who (Windows user and PC), which organisation, year, subtask
    and period, what (an AuditAction code, a Russian sentence and the old →
    new values as canonical JSON), chained by SHA-256 to the entry before.

    No foreign keys: an entry outlives the rows it tells about. The id is
    given by the writer (previous id + 1) under the journal's lock, so two
    writers can never both append the same link of the chain."""

    __tablename__ = "audit_entry"
    __table_args__ = (Index("ix_audit_entry_org_year_code", "organization_id", "year", "subtask_code"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column(index=True)  # UTC
    user_name: Mapped[str] = mapped_column(String(200))
    host_name: Mapped[str] = mapped_column(String(200))
    organization_id: Mapped[int | None] = mapped_column(Integer)
    year: Mapped[int | None] = mapped_column(Integer)
    subtask_code: Mapped[str | None] = mapped_column(String(20))
    period: Mapped[str | None] = mapped_column(String(3))
    action: Mapped[str] = mapped_column(String(40))  # core.journal.AuditAction
    summary: Mapped[str] = mapped_column(Text)
    details: Mapped[str] = mapped_column(Text)  # canonical JSON (hashed as stored)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64))


# Every session that can write the evidence tables journals them, in the
# same transaction: the listeners are registered here, with the table, so no
# writer can forget them; the work is in services/audit_changes.py (imported
# on first use). Each flush queues what it changed; the queue is appended to
# the chain just before the commit, and dropped on a rollback.


@event.listens_for(Session, "after_flush")
def _journal_the_flush(session: Session, flush_context) -> None:
    from tbn4_desktop.services.audit_changes import journal_flush

    journal_flush(session, flush_context)


@event.listens_for(Session, "before_commit")
def _journal_before_commit(session: Session) -> None:
    from tbn4_desktop.services.audit_changes import drain

    drain(session)


@event.listens_for(Session, "after_soft_rollback")
def _journal_rolled_back(session: Session, _previous_transaction) -> None:
    from tbn4_desktop.services.audit_changes import discard

    discard(session)
