"""Optimistic concurrency of a subtask's execution (shared office database).

The execution row's `version` (SQLAlchemy's version_id_col) stands for the
whole subtask: its own fields and also its files, links and register rows.
Every write of any of them bumps it — the listener below for ORM changes,
`touch` for bulk statements — so a PC that still holds an older version is
refused by `check_version` instead of overwriting what another PC saved
meanwhile. A race between the check and the commit is caught by the
versioned UPDATE itself (StaleDataError → ConcurrentEditError in the store).
"""

from __future__ import annotations

from sqlalchemy import event
from sqlalchemy.orm import Session

from tbn4_desktop.models import Attachment, Link, RegisterRow, SubtaskExecution
from tbn4_desktop.models.base import utcnow
from tbn4_desktop.store_errors import ConcurrentEditError

SUBTASK_CHANGED_MESSAGE = (
    "Эту подзадачу только что изменил другой пользователь. "
    "Ваши изменения не сохранены: откройте её заново и повторите."
)


def check_version(e: SubtaskExecution, expected_version: int | None) -> None:
    """Refuse a write based on an older reading of the subtask (None: the
    caller holds no reading — scripts and the demo — and is not checked)."""
    if expected_version is not None and e.version != expected_version:
        raise ConcurrentEditError(SUBTASK_CHANGED_MESSAGE)


def touch(e: SubtaskExecution) -> None:
    """Mark the subtask changed: its UPDATE bumps (and checks) the version."""
    e.updated_at = utcnow()


@event.listens_for(Session, "before_flush")
def _bump_execution_of_children(session: Session, _context, _instances) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        if not isinstance(obj, Attachment | Link | RegisterRow):
            continue
        if obj in session.dirty and not session.is_modified(obj):
            continue
        e = getattr(obj, "execution", None)
        if e is None and obj.execution_id is not None:
            e = session.get(SubtaskExecution, obj.execution_id)
        if e is not None and e not in session.deleted:
            touch(e)
