"""What follows from any change of a subtask: the one place of both rules.

1. Optimistic concurrency (shared office database). The execution row's
   `version` (SQLAlchemy's version_id_col) stands for the whole subtask: its
   own fields and also its files, links and register rows. Every write of any
   of them bumps it, so a PC that still holds an older version is refused by
   `check_version` instead of overwriting what another PC saved meanwhile. A
   race between the check and the commit is caught by the versioned UPDATE
   itself (StaleDataError → ConcurrentEditError in the store).
2. «After a change it must be uploaded again»: a changed file, link or
   register row of a subtask marked «Загружено в ИСПУ» moves it back to
   «Готово к загрузке»; leaving «Загружено в ИСПУ» by any path drops the
   upload date and ISPU number.

The listener below sees ORM changes; bulk statements call `subtask_changed`.
"""

from __future__ import annotations

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from tbn4_desktop.core.vocabulary import ExecutionStatus
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.models import (
    Attachment,
    Link,
    RegisterRow,
    SlotRecord,
    SubtaskExecution,
)
from tbn4_desktop.models.base import utcnow
from tbn4_desktop.store_errors import ConcurrentEditError

SUBTASK_CHANGED_MESSAGE = N_(
    "Эту подзадачу только что изменил другой пользователь. Ваши изменения не сохранены: откройте её заново и повторите."
)


def check_version(e: SubtaskExecution, expected_version: int | None) -> None:
    """Refuse a write based on an older reading of the subtask (None: the
    caller holds no reading — scripts and the demo — and is not checked)."""
    if expected_version is not None and e.version != expected_version:
        raise ConcurrentEditError(tr(SUBTASK_CHANGED_MESSAGE))


def touch(e: SubtaskExecution) -> None:
    """Mark the subtask changed: its UPDATE bumps (and checks) the version."""
    e.updated_at = utcnow()


def subtask_changed(e: SubtaskExecution) -> None:
    """Something of the subtask changed: bump its version and, if it was
    marked uploaded, it is to be uploaded again."""
    touch(e)
    if inspect(e).attrs.status.history.added:
        return  # the status was set in this very flush (marked now, or set by hand in the demo)
    if ExecutionStatus(e.status) is ExecutionStatus.UPLOADED:
        e.status = ExecutionStatus.READY_FOR_UPLOAD.value


@event.listens_for(Session, "before_flush")
def _subtask_children_changed(session: Session, _context: object, _instances: object) -> None:
    for obj in (*session.new, *session.dirty, *session.deleted):
        if not isinstance(obj, Attachment | Link | RegisterRow | SlotRecord):
            continue
        if obj in session.dirty and not session.is_modified(obj):
            continue
        e = getattr(obj, "execution", None)
        if e is None and obj.execution_id is not None:
            e = session.get(SubtaskExecution, obj.execution_id)
        if e is not None and e not in session.deleted:
            subtask_changed(e)
    for obj in session.dirty:
        if (
            isinstance(obj, SubtaskExecution)
            and ExecutionStatus(obj.status) is not ExecutionStatus.UPLOADED
            and (obj.uploaded_on is not None or obj.ispu_reference is not None)
        ):
            obj.uploaded_on = None
            obj.ispu_reference = None
