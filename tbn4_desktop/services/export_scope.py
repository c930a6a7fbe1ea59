"""What an export takes: the year's executions read in a few queries with
their checklists (services/checklist.plan_checklists: the same reading as
the tree, the panel and `tbn4 status`), the scope (whole year, one project,
only what changed since the last export), per-execution fingerprints, the
pre-flight list, and the export records.

A subtask the organisation answered «нет» for (its applicability question)
is not exported and never listed as missing. A subtask and period is done
only when it is marked done and its checklist is complete.

«Changed» compares each execution's fingerprint with the one recorded by the
newest export that carried it (an export of one project leaves the other
projects «never exported»), so nothing is skipped that was never sent.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.checklist import UNASSIGNED, Applicability, Checklist, roles_text
from tbn4_desktop.core.deadlines import DeadlineState, fmt_date
from tbn4_desktop.core.register_values import from_storage, to_storage
from tbn4_desktop.core.vocabulary import (
    AttachmentRole,
    ExecutionStatus,
    OrgLevel,
    period_label,
)
from tbn4_desktop.i18n import tc, tr, trn
from tbn4_desktop.models import (
    Attachment,
    Link,
    RegisterRow,
    SlotRecord,
    SubtaskExecution,
    YearPlan,
)
from tbn4_desktop.models.exchange import ExportedItem, ExportRecord
from tbn4_desktop.services.bundle_signatures import exported_signatures
from tbn4_desktop.services.checklist import plan_checklists
from tbn4_desktop.services.deadlines import get_anchors, year_deadlines

#: Drafts (unsigned) never go to ISPU; signed scans, supporting material and
#: the electronic signatures of exported files do.
EXPORTED_ROLES = (AttachmentRole.SIGNED_SCAN.value, AttachmentRole.SUPPORTING.value, AttachmentRole.SIGNATURE.value)
_SIGNATURE = AttachmentRole.SIGNATURE.value


class ScopeKind(StrEnum):
    YEAR = "year"
    PROJECT = "project"
    CHANGED = "changed"


@dataclass(frozen=True)
class ExportScope:
    kind: ScopeKind = ScopeKind.YEAR
    project: int | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", ScopeKind(self.kind))
        if (self.kind is ScopeKind.PROJECT) != (self.project is not None):
            raise ValueError("a project number goes with the project scope only")

    @classmethod
    def of_project(cls, number: int) -> ExportScope:
        return cls(ScopeKind.PROJECT, number)

    @property
    def stored(self) -> str:
        """As export_record.scope keeps it: "year", "project:N", "changed"."""
        return f"project:{self.project}" if self.kind is ScopeKind.PROJECT else self.kind.value

    @property
    def label(self) -> str:
        """In the interface's language."""
        if self.kind is ScopeKind.PROJECT:
            return tr("проект {number}").format(number=self.project)
        return tr("весь год") if self.kind is ScopeKind.YEAR else tr("только изменённое")

    @property
    def label_ru(self) -> str:
        """In Russian, for the journal (stored in the database)."""
        if self.kind is ScopeKind.PROJECT:
            return f"проект {self.project}"  # i18n: ru-only — journal entry stored in the database
        # i18n: ru-only-begin — journal entry stored in the database
        return "весь год" if self.kind is ScopeKind.YEAR else "только изменённое"
        # i18n: ru-only-end


@dataclass(frozen=True)
class ScanRow:
    sha256: str
    original_name: str
    media_type: str
    role: str
    size: int
    slot_key: str = UNASSIGNED
    signs_sha256: str | None = None  # a detached signature: the file it signs (exported too)
    signature_info: str | None = None  # a signature: its SignatureFacts JSON


@dataclass(frozen=True)
class LinkRow:
    url: str
    title: str
    published_on: date | None
    slot_key: str = UNASSIGNED
    channel: str | None = None  # vocabulary.Channel value; None = not said


@dataclass(frozen=True)
class ExecRow:
    """One execution with everything the bundle and its fingerprint need."""

    id: int
    code: str
    period: str
    status: ExecutionStatus
    completed_on: date | None
    uploaded_on: date | None
    ispu_reference: str | None
    deadline: date | None
    files: tuple[ScanRow, ...]  # exported roles, not removed, in attachment order
    links: tuple[LinkRow, ...]  # in the order entered
    rows: dict[str, list[dict[str, Any]]] = field(default_factory=dict)  # register key → storage JSON
    checklist: Checklist | None = None  # None: a code the plan's catalog does not know
    slot_signers: dict[str, int] = field(default_factory=dict)  # slot key → signatory id
    deadline_state: DeadlineState | None = None
    judged_by: str = "upload"  # "upload" or the key of the slot whose date is judged
    fingerprint: str = ""

    @property
    def complete(self) -> bool:
        return self.checklist is None or self.checklist.complete

    @property
    def done(self) -> bool:
        """Marked done and every required document there: what the bundle may call done."""
        return self.status.is_done and self.complete


@dataclass(frozen=True)
class YearSnapshot:
    plan_id: int
    executions: list[ExecRow]
    last_export_at: datetime | None  # local time with offset
    exported: dict[int, str]  # execution id → fingerprint of its newest export
    level: OrgLevel = OrgLevel.DISTRICT
    answers: dict[str, bool] = field(default_factory=dict)  # the year's applicability answers
    anchors: dict[str, date] = field(default_factory=dict)  # the year's anchor dates by event


@dataclass(frozen=True)
class PreflightIssue:
    code: str
    period: str
    kind: str  # incomplete | unassigned | signer | not_ready | overdue (ISSUE_KINDS)
    text: str  # one sentence in the interface's language

    @property
    def period_text(self) -> str:
        return period_label(self.period)  # '' → «за год»


#: The pre-flight kinds, in the order they are listed for one item.
ISSUE_KINDS = ("incomplete", "unassigned", "signer", "not_ready", "overdue")


# --------------------------------------------------------------------------
# Reading


def read_year(session: Session, catalog: Catalog, org_id: int, year: int, as_of: date) -> YearSnapshot | None:
    """The plan's applicable executions with their checklists, in a few
    queries; None when there is no plan. Subtasks answered «нет» (their
    applicability question) are left out: they are not exported."""
    plan = session.scalar(select(YearPlan).where(YearPlan.organization_id == org_id, YearPlan.year == year))
    if plan is None:
        return None
    checklists = plan_checklists(session, catalog, plan.id)
    execs = [
        e
        for e in session.scalars(
            select(SubtaskExecution).where(SubtaskExecution.year_plan_id == plan.id).order_by(SubtaskExecution.id)
        )
        if _applies(checklists.applicability.get(e.subtask_code))
    ]
    ids = [e.id for e in execs]
    files: dict[int, list[ScanRow]] = defaultdict(list)
    for a in session.scalars(
        select(Attachment)
        .where(Attachment.execution_id.in_(ids), Attachment.removed_at.is_(None), Attachment.role.in_(EXPORTED_ROLES))
        .order_by(Attachment.id)
    ):
        files[a.execution_id].append(
            ScanRow(
                a.sha256,
                a.original_name,
                a.media_type,
                a.role,
                a.size,
                a.slot_key or UNASSIGNED,
                a.signs_sha256,
                a.signature_info,
            )
        )
    links: dict[int, list[LinkRow]] = defaultdict(list)
    for link in session.scalars(select(Link).where(Link.execution_id.in_(ids)).order_by(Link.id)):
        links[link.execution_id].append(
            LinkRow(link.url, link.title or "", link.published_on, link.slot_key or UNASSIGNED, link.channel or None)
        )
    signers: dict[int, dict[str, int]] = defaultdict(dict)
    for ex, key, signatory_id in session.execute(
        select(SlotRecord.execution_id, SlotRecord.slot_key, SlotRecord.signatory_id).where(
            SlotRecord.execution_id.in_(ids), SlotRecord.signatory_id.is_not(None)
        )
    ):
        signers[ex][key] = cast(int, signatory_id)  # not NULL: the query's condition
    rows: dict[int, dict[str, list[dict[str, Any]]]] = defaultdict(dict)
    registers = {r.key: r for s in catalog.subtasks() for r in s.registers}
    for r in session.scalars(
        select(RegisterRow)
        .where(RegisterRow.execution_id.in_(ids))
        .order_by(RegisterRow.execution_id, RegisterRow.register_key, RegisterRow.position, RegisterRow.id)
    ):
        register = registers.get(r.register_key)
        # Typed and back: the row as the catalog's columns define it today.
        value = to_storage(register, from_storage(register, r.values)) if register else dict(r.values)
        rows[r.execution_id].setdefault(r.register_key, []).append(value)
    deadlines = {(d.code, d.period): d for d in year_deadlines(session, catalog, org_id, year, as_of).deadlines}
    out = []
    for e in execs:
        d = deadlines.get((e.subtask_code, e.period or ""))
        row = ExecRow(
            id=e.id,
            code=e.subtask_code,
            period=e.period or "",
            status=_status(e.status),
            completed_on=e.completed_on,
            uploaded_on=e.uploaded_on,
            ispu_reference=e.ispu_reference,
            deadline=d.due if d else None,
            files=exported_signatures(files[e.id]),
            links=tuple(links[e.id]),
            rows=rows[e.id],
            checklist=checklists.checklists.get(e.id),
            slot_signers=signers[e.id],
            deadline_state=d.state if d else None,
            judged_by=d.judged_by if d else "upload",
        )
        out.append(_with_fingerprint(row))
    last_at, exported = _last_exports(session, org_id, year)
    anchors = {event.value: day for event, day in get_anchors(session, plan.id).items()}
    return YearSnapshot(plan.id, out, last_at, exported, checklists.level, checklists.answers, anchors)


def _applies(applicability: Applicability | None) -> bool:
    # A code the catalog does not know has no applicability: it is kept.
    return applicability is None or applicability.applies


def _status(value: str) -> ExecutionStatus:
    try:
        return ExecutionStatus(value)
    except ValueError:
        return ExecutionStatus.NOT_STARTED


def fingerprint(row: ExecRow) -> str:
    """SHA-256 of a canonical JSON of what the bundle carries of an execution:
    its status, files and links with their slots, each slot's signer, date
    and waiver, the register rows and the upload mark."""
    slots = []
    for state in row.checklist.slots if row.checklist else ():
        key = state.slot.key
        slots.append([key, row.slot_signers.get(key), _iso(state.doc_date), state.waived_reason])
    data = {
        "status": row.status.value,
        "completed_on": _iso(row.completed_on),
        "slots": slots,
        "links": [[l.url, l.title, _iso(l.published_on), l.slot_key, l.channel] for l in row.links],
        # A signature adds what it signs, so a document's files fingerprint as before.
        "files": sorted(
            [f.role, f.sha256, f.slot_key] + ([f.signs_sha256 or ""] if f.role == _SIGNATURE else []) for f in row.files
        ),
        "rows": row.rows,
        "uploaded": [_iso(row.uploaded_on), row.ispu_reference],
    }
    text = json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _with_fingerprint(row: ExecRow) -> ExecRow:
    return replace(row, fingerprint=fingerprint(row))


def _last_exports(session: Session, org_id: int, year: int) -> tuple[datetime | None, dict[int, str]]:
    records = session.execute(
        select(ExportRecord.id, ExportRecord.created_at)
        .where(ExportRecord.organization_id == org_id, ExportRecord.year == year)
        .order_by(ExportRecord.id)
    ).all()
    if not records:
        return None, {}
    order = {rid: n for n, (rid, _) in enumerate(records)}
    newest: dict[int, tuple[int, str]] = {}
    for export_id, execution_id, fp in session.execute(
        select(ExportedItem.export_id, ExportedItem.execution_id, ExportedItem.fingerprint).where(
            ExportedItem.export_id.in_(order)
        )
    ):
        rank = order[export_id]
        if execution_id not in newest or newest[execution_id][0] < rank:
            newest[execution_id] = (rank, fp)
    return _local(records[-1][1]), {k: fp for k, (_, fp) in newest.items()}


def _local(stored: datetime) -> datetime:
    """A stored (naive UTC) moment as local time with its offset."""
    return stored.replace(tzinfo=UTC).astimezone()


def in_scope(snapshot: YearSnapshot, catalog: Catalog, scope: ExportScope) -> list[ExecRow]:
    if scope.kind is ScopeKind.PROJECT:
        return [e for e in snapshot.executions if project_of(catalog, e.code) == scope.project]
    if scope.kind is ScopeKind.CHANGED:
        return [e for e in snapshot.executions if snapshot.exported.get(e.id) != e.fingerprint]
    return list(snapshot.executions)


def project_of(catalog: Catalog, code: str) -> int:
    try:
        return catalog.subtask(code).project
    except KeyError:
        head = code.split(".")[0]
        return int(head) if head.isdigit() else 0


# --------------------------------------------------------------------------
# Pre-flight


def preflight(
    session: Session,
    catalog: Catalog,
    org_id: int,
    year: int,
    scope: ExportScope | None = None,
    *,
    today: date | None = None,
) -> list[PreflightIssue]:
    """What the bundle would carry incomplete, per applicable execution in
    the scope: the checklist's refusal sentence when a required document is
    missing, files left in «Не распределено», documents with no signer
    allowed for them, a complete subtask not marked «Готово к загрузке», and
    a passed deadline. Sorted by code and period."""
    today = today or date.today()
    snapshot = read_year(session, catalog, org_id, year, today)
    if snapshot is None:
        return []
    return issues_of(catalog, in_scope(snapshot, catalog, scope or ExportScope()), today, snapshot.level)


def issues_of(
    catalog: Catalog, executions: list[ExecRow], today: date, level: OrgLevel = OrgLevel.DISTRICT
) -> list[PreflightIssue]:
    issues: list[PreflightIssue] = []
    for e in executions:

        def add(kind: str, text: str, e: ExecRow = e) -> None:
            issues.append(PreflightIssue(e.code, e.period, kind, text))

        checklist = e.checklist
        if checklist is not None and not checklist.complete:
            add("incomplete", checklist.refusal())
        if checklist is not None and checklist.unassigned_files:
            n = checklist.unassigned_files
            add(
                "unassigned",
                trn(
                    "%n файл не распределён по документам и останутся в папке «Не распределено»: "
                    "укажите, к какому документу относится каждый файл.",
                    n,
                ),
            )
        for state in checklist.slots if checklist else ():
            # Required documents are in the refusal already; an optional (or
            # waived) document with a scan still needs a signer allowed for it.
            if not state.ok or not state.slot.kind.needs_signer or not state.files or state.signer_allowed:
                continue
            allowed = roles_text(state.slot.signers_for(level))
            if state.signer_role is None:
                add(
                    "signer",
                    tr("Не указан подписант документа «{title}»; подписывать его может: {allowed}.").format(
                        title=tc(state.slot.title), allowed=allowed
                    ),
                )
            else:
                add(
                    "signer",
                    tr("Документ «{title}» подписал(а) {name} — {role}, а подписывать его может: {allowed}.").format(
                        title=tc(state.slot.title),
                        name=state.signer_name,
                        role=state.signer_role.label.lower(),
                        allowed=allowed,
                    ),
                )
        if e.complete and not e.status.is_done:
            add("not_ready", tr("Документы собраны, но подзадача не отмечена «Готово к загрузке»."))
        if e.deadline_state is DeadlineState.OVERDUE and e.deadline is not None:
            if e.done and e.judged_by == "upload":
                # «Готово к загрузке» past a Карта date: judged by the ISPU upload mark.
                add(
                    "overdue",
                    tr("Срок {date} прошёл, а отметки о загрузке в ИСПУ нет.").format(date=fmt_date(e.deadline)),
                )
            else:
                add("overdue", tr("Срок {date} прошёл, подзадача не исполнена.").format(date=fmt_date(e.deadline)))
    order = {kind: n for n, kind in enumerate(ISSUE_KINDS)}
    return sorted(issues, key=lambda i: (_code_key(i.code), i.period, order[i.kind]))


def _code_key(code: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in code.split("."))


# --------------------------------------------------------------------------
# Records


def last_export_at(session: Session, org_id: int, year: int) -> datetime | None:
    """When this organisation's year was last exported (the newest record; local time), or None."""
    stored = session.scalar(
        select(ExportRecord.created_at)
        .where(ExportRecord.organization_id == org_id, ExportRecord.year == year)
        .order_by(ExportRecord.id.desc())
        .limit(1)
    )
    return None if stored is None else _local(stored)


def record_export(
    session: Session,
    *,
    org_id: int,
    year: int,
    scope: ExportScope,
    created_at: datetime,
    target: str,
    files: int,
    size: int,
    manifest_sha256: str,
    executions: list[ExecRow],
) -> int:
    """Remember a finished export and the fingerprint of every execution it carried."""
    stored_at = created_at.astimezone(UTC).replace(tzinfo=None) if created_at.tzinfo else created_at
    record = ExportRecord(
        organization_id=org_id,
        year=year,
        scope=scope.stored,
        created_at=stored_at,
        target=target[:1000],
        files=files,
        bytes=size,
        manifest_sha256=manifest_sha256,
    )
    record.items = [ExportedItem(execution_id=e.id, fingerprint=e.fingerprint) for e in executions]
    session.add(record)
    session.flush()
    return record.id


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
