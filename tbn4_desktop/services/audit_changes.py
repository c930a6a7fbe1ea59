"""ORM changes of the evidence tables → entries of the journal of changes.

`journal_flush` runs after every flush (models/audit.py registers it), while
the flush's changes and their old values are still known: new objects in
`session.new`, changed ones in `session.dirty` (attribute history), deleted
ones — also orphans removed from a collection — in the flush's own states.
It turns them into one batch of entries appended in the same transaction.
Bulk statements are not seen here: services/audit_rows.py (the register
editor's DELETE + INSERT) and `services.audit.record_event` cover them.

The reading of one flush is in audit_flush, the pairing of files and links
at the commit in audit_pairing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from tbn4_desktop.services.audit import SUPPRESS_KEY, append
from tbn4_desktop.services.audit_flush import COVERED_KEY as COVERED_KEY
from tbn4_desktop.services.audit_flush import WATCHED, FlushChanges
from tbn4_desktop.services.audit_pairing import paired

#: session.info key: what the flushes of the transaction found, appended before the commit.
QUEUE_KEY = "audit_queue"


def journal_flush(session: Session, flush_context: Any) -> None:
    if session.info.get(SUPPRESS_KEY):
        return
    new = [o for o in session.new if isinstance(o, WATCHED)]
    dirty = [o for o in session.dirty if isinstance(o, WATCHED)]
    deleted = [
        s.obj()
        for s, (is_delete, list_only) in flush_context.states.items()
        if is_delete and not list_only and isinstance(s.obj(), WATCHED)
    ]
    if new or dirty or deleted:
        items = FlushChanges(session, new, [o for o in dirty if o not in deleted], deleted).entries()
        session.info.setdefault(QUEUE_KEY, []).extend(items)
    session.info.pop(COVERED_KEY, None)


def drain(session: Session) -> None:
    """Append what the flushes of this transaction queued (the session's
    changes are flushed first). Called before the commit and before an
    explicit entry, so the chain keeps the order of events. Files and links
    are paired over the whole transaction: a file taken out and another put
    in its place is one «replaced», even when an autoflush split them."""
    if session.info.get(SUPPRESS_KEY):
        return
    if session.new or session.dirty or session.deleted:
        session.flush()
    queue = session.info.pop(QUEUE_KEY, None)
    if queue:
        append(session, paired(queue))


def discard(session: Session) -> None:
    """The transaction was rolled back: what it queued never happened."""
    for key in (QUEUE_KEY, COVERED_KEY, "audit_exec_refs", "audit_plan_refs"):
        session.info.pop(key, None)
