"""The checklists as read from the store: every execution's slot facts in a
few queries, judged by core/checklist.py for a whole year plan at once."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.checklist import (
    UNASSIGNED,
    Applicability,
    Checklist,
    FileFact,
    LinkFact,
    SlotFacts,
    SlotRecordFact,
    applicability,
    judge_plan,
)
from tbn4_desktop.core.esign.evidence import SignatureFacts
from tbn4_desktop.core.vocabulary import (
    AttachmentRole,
    Channel,
    ExecutionStatus,
    OrgLevel,
    SignerRole,
)
from tbn4_desktop.models import (
    Attachment,
    Link,
    Organization,
    RegisterRow,
    Signatory,
    SlotRecord,
    SubtaskExecution,
    YearPlan,
)
from tbn4_desktop.services.checklist_answers import get_answers
from tbn4_desktop.services.deadlines import get_anchors


def load_execution(session: Session, execution_id: int) -> SubtaskExecution:
    e = session.get(SubtaskExecution, execution_id)
    if e is None:
        raise ValueError(f"execution {execution_id} does not exist")
    return e


def signer_role(value: str | None) -> SignerRole | None:
    try:
        return SignerRole(value) if value else None
    except ValueError:
        return None


def channel_of(value: str | None) -> Channel | None:
    try:
        return Channel(value) if value else None
    except ValueError:
        return None


def _attachment_role(value: str) -> AttachmentRole:
    try:
        return AttachmentRole(value)
    except ValueError:
        return AttachmentRole.SUPPORTING


def plan_facts(session: Session, plan_id: int) -> dict[int, SlotFacts]:
    """SlotFacts of every execution of a plan, in five queries (year-scope
    slots not yet merged across periods: see plan_checklists)."""
    ids = list(session.scalars(select(SubtaskExecution.id).where(SubtaskExecution.year_plan_id == plan_id)))
    files: dict[int, list[FileFact]] = defaultdict(list)
    for ex, key, role, name, sha, signs, signature in session.execute(
        select(
            Attachment.execution_id,
            Attachment.slot_key,
            Attachment.role,
            Attachment.original_name,
            Attachment.sha256,
            Attachment.signs_sha256,
            Attachment.signature_info,
        )
        .join(SubtaskExecution, SubtaskExecution.id == Attachment.execution_id)
        .where(SubtaskExecution.year_plan_id == plan_id, Attachment.removed_at.is_(None))
        .order_by(Attachment.id)
    ):
        files[ex].append(
            FileFact(
                slot_key=key or UNASSIGNED,
                role=_attachment_role(role),
                name=name,
                sha256=sha,
                signs_sha256=signs,
                signature=SignatureFacts.from_json(signature),
            )
        )
    links: dict[int, list[LinkFact]] = defaultdict(list)
    for ex, key, url, channel, published in session.execute(
        select(Link.execution_id, Link.slot_key, Link.url, Link.channel, Link.published_on)
        .join(SubtaskExecution, SubtaskExecution.id == Link.execution_id)
        .where(SubtaskExecution.year_plan_id == plan_id)
        .order_by(Link.id)
    ):
        links[ex].append(
            LinkFact(slot_key=key or UNASSIGNED, url=url, channel=channel_of(channel), published_on=published)
        )
    records: dict[int, dict[str, SlotRecordFact]] = defaultdict(dict)
    for ex, key, name, role, day, reason, iin in session.execute(
        select(
            SlotRecord.execution_id,
            SlotRecord.slot_key,
            Signatory.full_name,
            Signatory.role,
            SlotRecord.doc_date,
            SlotRecord.waived_reason,
            Signatory.iin,
        )
        .join(SubtaskExecution, SubtaskExecution.id == SlotRecord.execution_id)
        .outerjoin(Signatory, Signatory.id == SlotRecord.signatory_id)
        .where(SubtaskExecution.year_plan_id == plan_id)
    ):
        records[ex][key] = SlotRecordFact(
            signer_name=name, signer_role=signer_role(role), doc_date=day, waived_reason=reason, signer_iin=iin
        )
    rows: dict[int, dict[str, int]] = defaultdict(dict)
    for ex, key, n in session.execute(
        select(RegisterRow.execution_id, RegisterRow.register_key, func.count())
        .join(SubtaskExecution, SubtaskExecution.id == RegisterRow.execution_id)
        .where(SubtaskExecution.year_plan_id == plan_id)
        .group_by(RegisterRow.execution_id, RegisterRow.register_key)
    ):
        rows[ex][key] = n
    org_bin = (
        session.scalar(
            select(Organization.bin)
            .join(YearPlan, YearPlan.organization_id == Organization.id)
            .where(YearPlan.id == plan_id)
        )
        or ""
    )
    return {
        ex: SlotFacts(
            files=tuple(files[ex]), links=tuple(links[ex]), records=records[ex], register_rows=rows[ex], org_bin=org_bin
        )
        for ex in ids
    }


@dataclass(frozen=True)
class PlanChecklists:
    """The checklist and applicability of every execution of a plan."""

    level: OrgLevel
    checklists: dict[int, Checklist]
    applicability: dict[str, Applicability]  # by subtask code
    answers: dict[str, bool]

    def is_done(self, execution_id: int, status: ExecutionStatus) -> bool:
        """Marked done and every required document there."""
        checklist = self.checklists.get(execution_id)
        return status.is_done and (checklist is None or checklist.complete)


def plan_checklists(session: Session, catalog: Catalog, plan_id: int) -> PlanChecklists:
    plan = session.get(YearPlan, plan_id)
    if plan is None:
        raise ValueError(f"year plan {plan_id} does not exist")
    org = session.get(Organization, plan.organization_id)
    assert org is not None
    level = OrgLevel(org.level)
    executions = session.execute(
        select(SubtaskExecution.id, SubtaskExecution.subtask_code, SubtaskExecution.period).where(
            SubtaskExecution.year_plan_id == plan_id
        )
    ).all()
    checklists = judge_plan(
        catalog,
        level,
        [(ex, code, period or "") for ex, code, period in executions],
        plan_facts(session, plan_id),
        get_anchors(session, plan_id),
    )
    answers = get_answers(session, plan_id)
    applies = {s.code: applicability(catalog, s, level, answers) for s in catalog.subtasks()}
    return PlanChecklists(level=level, checklists=checklists, applicability=applies, answers=answers)


def execution_checklist(session: Session, catalog: Catalog, execution_id: int) -> Checklist:
    e = load_execution(session, execution_id)
    return plan_checklists(session, catalog, e.year_plan_id).checklists[execution_id]
