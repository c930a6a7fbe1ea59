"""A register's rows replaced by the register editor (services/registers.
save_rows: one DELETE of the register's rows, then an INSERT of each) in
the journal of changes: the listener cannot see a bulk DELETE, so the rows
are compared here, before it, by content."""

from __future__ import annotations

import difflib
from typing import Any

from sqlalchemy.orm import Session

from tbn4_desktop.core.journal import AuditAction, canonical_json
from tbn4_desktop.models import SubtaskExecution
from tbn4_desktop.services import audit_text as T
from tbn4_desktop.services.audit import SUPPRESS_KEY, PendingEntry
from tbn4_desktop.services.audit_changes import COVERED_KEY, QUEUE_KEY

A = AuditAction
#: Above this many changed rows one save is journaled as one entry listing them all.
MAX_ROW_ENTRIES = 20


def register_rows_replaced(
    session: Session,
    execution: SubtaskExecution,
    register_key: str,
    old_rows: list[dict[str, Any]],
    new_rows: list[dict[str, Any]],
) -> None:
    """Journal a register's rows replaced by a DELETE and new INSERTs (the
    listener cannot see a bulk DELETE): rows added, changed and removed,
    matched by content so that removing row 2 of 10 is one removal. The new
    rows' INSERTs of this flush are then not journaled again."""
    if session.info.get(SUPPRESS_KEY):
        return
    session.info.setdefault(COVERED_KEY, set()).add((execution.id, register_key))
    refs = T.References(session)
    ref = refs.execution(execution.id)
    if ref is None:
        return
    register = refs.register(ref, register_key)
    changes = _row_changes(old_rows, new_rows)
    entries = [
        PendingEntry(
            *T.row_change(register, position, old, new),
            ref.organization_id,
            ref.year,
            ref.code,
            ref.period,
            {"register": register_key, "row": position + 1, "old": old, "new": new},
        )
        for position, old, new in changes
    ]
    if len(entries) > MAX_ROW_ENTRIES:
        entries = [
            PendingEntry(
                A.ROWS_REPLACED,
                T.rows_replaced(register, changes),
                ref.organization_id,
                ref.year,
                ref.code,
                ref.period,
                {"register": register_key, "changes": [{"row": p + 1, "old": o, "new": n} for p, o, n in changes]},
            )
        ]
    session.info.setdefault(QUEUE_KEY, []).extend(entries)


def _row_changes(
    old_rows: list[dict[str, Any]], new_rows: list[dict[str, Any]]
) -> list[tuple[int, dict[str, Any] | None, dict[str, Any] | None]]:
    """(position, old, new) of every row added, changed or removed: equal
    runs matched by content; inside a differing run each new row is paired
    with the most similar old one, the rest are additions and removals."""
    a, b = [canonical_json(r) for r in old_rows], [canonical_json(r) for r in new_rows]
    changes: list[tuple[int, dict[str, Any] | None, dict[str, Any] | None]] = []
    for op, a0, a1, b0, b1 in difflib.SequenceMatcher(a=a, b=b, autojunk=False).get_opcodes():
        if op == "equal":
            continue
        pairs = _pair_similar(a[a0:a1], b[b0:b1])
        paired_old = {i for i, _ in pairs}
        paired_new = {j for _, j in pairs}
        changes += [(b0 + j, old_rows[a0 + i], new_rows[b0 + j]) for i, j in pairs]
        changes += [(a0 + i, old_rows[a0 + i], None) for i in range(a1 - a0) if i not in paired_old]
        changes += [(b0 + j, None, new_rows[b0 + j]) for j in range(b1 - b0) if j not in paired_new]
    return sorted(changes, key=lambda c: (c[0], c[2] is None))


def _pair_similar(old: list[str], new: list[str]) -> list[tuple[int, int]]:
    if not old or not new:
        return []
    if len(old) * len(new) > 400:  # a big rewrite: pair by position, not worth comparing all
        return [(i, i) for i in range(min(len(old), len(new)))]
    scored = sorted(
        ((difflib.SequenceMatcher(a=o, b=n).quick_ratio(), i, j) for i, o in enumerate(old) for j, n in enumerate(new)),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    used_old: set[int] = set()
    used_new: set[int] = set()
    pairs = []
    for _, i, j in scored:
        if i not in used_old and j not in used_new:
            pairs.append((i, j))
            used_old.add(i)
            used_new.add(j)
    return sorted(pairs)
