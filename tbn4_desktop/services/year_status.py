"""The state of a year as the instruction judges it: every subtask and
period with its applicability, its checklist of confirming documents, its
deadline (and what judges it) and its upload mark. One reading shared by
`tbn4 status`, the panel and the «Сроки» tab."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.checklist import Applicability, Checklist, SlotState
from tbn4_desktop.core.deadlines import Deadline, DeadlineState, judged_by_text
from tbn4_desktop.core.vocabulary import ExecutionStatus, period_label
from tbn4_desktop.core.workdays import WorkCalendar
from tbn4_desktop.i18n import tr
from tbn4_desktop.models import (
    Attachment,
    Link,
    Organization,
    SubtaskExecution,
    YearPlan,
)


@dataclass(frozen=True)
class StatusItem:
    execution_id: int
    code: str
    period: str
    stored_status: ExecutionStatus
    applicability: Applicability
    checklist: Checklist
    deadline: Deadline | None
    uploaded_on: date | None
    ispu_reference: str | None
    files: dict[str, list[str]]  # slot key → current file names ('' = «Не распределено»)
    links: dict[str, list[tuple[str, str | None]]]  # slot key → (url, channel)

    @property
    def status(self) -> ExecutionStatus:
        """«Готово к загрузке» only while every required document is there."""
        if self.stored_status is ExecutionStatus.READY_FOR_UPLOAD and not self.checklist.complete:
            return ExecutionStatus.IN_PROGRESS
        return self.stored_status


@dataclass(frozen=True)
class YearStatus:
    organization: str
    year: int
    as_of: date
    items: list[StatusItem]
    warnings: list[str]


def year_status(
    session: Session, catalog: Catalog, org_id: int, year: int, as_of: date, calendar: WorkCalendar | None = None
) -> YearStatus:
    from tbn4_desktop.services.checklist import plan_checklists
    from tbn4_desktop.services.deadlines import year_deadlines

    org = session.get(Organization, org_id)
    if org is None:
        raise ValueError(f"organization {org_id} does not exist")
    plan = session.scalar(select(YearPlan).where(YearPlan.organization_id == org_id, YearPlan.year == year))
    if plan is None:
        return YearStatus(
            org.name, year, as_of, [], [tr("За {year} год план организации не создан.").format(year=year)]
        )
    checklists = plan_checklists(session, catalog, plan.id)
    report = year_deadlines(session, catalog, org_id, year, as_of, calendar)
    deadlines = {(d.code, d.period): d for d in report.deadlines}
    files: dict[int, dict[str, list[str]]] = {}
    for ex, key, name in session.execute(
        select(Attachment.execution_id, Attachment.slot_key, Attachment.original_name)
        .join(SubtaskExecution, SubtaskExecution.id == Attachment.execution_id)
        .where(SubtaskExecution.year_plan_id == plan.id, Attachment.removed_at.is_(None))
        .order_by(Attachment.id)
    ):
        files.setdefault(ex, {}).setdefault(key or "", []).append(name)
    links: dict[int, dict[str, list[tuple[str, str | None]]]] = {}
    for ex, key, url, channel in session.execute(
        select(Link.execution_id, Link.slot_key, Link.url, Link.channel)
        .join(SubtaskExecution, SubtaskExecution.id == Link.execution_id)
        .where(SubtaskExecution.year_plan_id == plan.id)
        .order_by(Link.id)
    ):
        links.setdefault(ex, {}).setdefault(key or "", []).append((url, channel))
    order = {s.code: i for i, s in enumerate(catalog.subtasks())}
    items: list[StatusItem] = []
    for e in session.scalars(select(SubtaskExecution).where(SubtaskExecution.year_plan_id == plan.id)):
        checklist = checklists.checklists.get(e.id)
        applies = checklists.applicability.get(e.subtask_code)
        if checklist is None or applies is None or not applies.applies:
            continue
        items.append(
            StatusItem(
                execution_id=e.id,
                code=e.subtask_code,
                period=e.period or "",
                stored_status=_status(e.status),
                applicability=applies,
                checklist=checklist,
                deadline=deadlines.get((e.subtask_code, e.period or "")),
                uploaded_on=e.uploaded_on,
                ispu_reference=e.ispu_reference,
                files=files.get(e.id, {}),
                links=links.get(e.id, {}),
            )
        )
    items.sort(key=lambda i: (order.get(i.code, 999), _period_key(i.period)))
    return YearStatus(org.name, year, as_of, items, report.warnings)


def _status(value: str) -> ExecutionStatus:
    try:
        return ExecutionStatus(value)
    except ValueError:
        return ExecutionStatus.NOT_STARTED


def _period_key(period: str) -> tuple[int, str]:
    return (0 if not period else 1 if period.startswith("Q") else 2, period)


# ------------------------------------------------------------------ JSON (`tbn4 status --json`)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _slot_json(state: SlotState, item: StatusItem, level: Any) -> dict[str, Any]:
    slot = state.slot
    return {
        "key": slot.key,
        "title": slot.title,
        "kind": slot.kind.value,
        "requirement": slot.requirement.value,
        "satisfied": state.satisfied,
        "waived": state.waived_reason,
        "ok": state.ok,
        "files": item.files.get(slot.key, []),
        "links": [{"url": u, "channel": c} for u, c in item.links.get(slot.key, [])],
        "missing_channels": [c.value for c in state.missing_channels],
        "signer": (
            {"name": state.signer_name, "role": state.signer_role.value} if state.signer_role is not None else None
        ),
        "signer_allowed": state.signer_allowed,
        "allowed_roles": [r.value for r in slot.signers_for(level)] if slot.kind.needs_signer else [],
        "date": _iso(state.doc_date),
        "date_kind": slot.date.value if slot.date else None,
        "problems": list(state.problems),
        "certificate_signers": list(state.certificate_signers),
        "warnings": list(state.warnings),
    }


def status_to_json(status: YearStatus, catalog: Catalog, level: Any) -> dict[str, Any]:
    out_items = []
    for item in status.items:
        subtask = catalog.subtask(item.code)
        d = item.deadline
        out_items.append(
            {
                "code": item.code,
                "period": item.period,
                "period_label": period_label(item.period),
                "title": subtask.title,
                "status": item.status.value,
                "status_label": item.status.label,
                "complete": item.checklist.complete,
                "missing": item.checklist.refusal(),
                "applicability": {
                    "question": item.applicability.question.key if item.applicability.question else None,
                    "answer": item.applicability.answer,
                    "note": item.applicability.reason,
                },
                "slots": [_slot_json(s, item, level) for s in item.checklist.slots],
                "unassigned_files": item.files.get("", []),
                "deadline": None
                if d is None
                else {
                    "due": _iso(d.due),
                    "state": d.state.value,
                    "state_label": d.state.label,
                    "judged_by": d.judged_by,
                    "judged_by_text": judged_by_text(subtask),
                    "judged_on": _iso(d.judged_on),
                    "explanation": d.explanation,
                },
                "upload": {"uploaded_on": _iso(item.uploaded_on), "ispu_reference": item.ispu_reference},
            }
        )
    return {
        "organization": status.organization,
        "year": status.year,
        "as_of": status.as_of.isoformat(),
        "items": out_items,
        "warnings": status.warnings,
    }


def late_or_overdue(status: YearStatus) -> list[StatusItem]:
    return [
        i
        for i in status.items
        if i.deadline is not None and i.deadline.state in (DeadlineState.OVERDUE, DeadlineState.DONE_LATE)
    ]
