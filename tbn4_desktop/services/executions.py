"""A year's plan and the execution of its subtasks: status, signatory,
attached scans and publication links.

The attached files are handled in executions_files, the ISPU upload marks in
executions_upload, the records made from rows in executions_info; their
names are importable from here as before."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.vocabulary import (
    ExecutionStatus,
    OrgLevel,
    periods_of,
)
from tbn4_desktop.models import (
    Attachment,
    Link,
    Organization,
    SubtaskExecution,
    YearPlan,
)
from tbn4_desktop.services.executions_files import add_attachment as add_attachment
from tbn4_desktop.services.executions_files import merge_attachments as merge_attachments
from tbn4_desktop.services.executions_files import remove_attachment as remove_attachment
from tbn4_desktop.services.executions_files import replace_attachment as replace_attachment
from tbn4_desktop.services.executions_files import restore_attachment as restore_attachment
from tbn4_desktop.services.executions_info import attachment_info, check_execution_version, current_info, execution_info
from tbn4_desktop.services.executions_upload import ISPU_REFERENCE_MAX as ISPU_REFERENCE_MAX
from tbn4_desktop.services.executions_upload import mark_uploaded as mark_uploaded
from tbn4_desktop.services.executions_upload import unmark_uploaded as unmark_uploaded
from tbn4_desktop.services.records import AttachmentInfo as AttachmentInfo
from tbn4_desktop.services.records import ExecutionDetail as ExecutionDetail
from tbn4_desktop.services.records import ExecutionInfo as ExecutionInfo
from tbn4_desktop.services.records import LinkInfo as LinkInfo
from tbn4_desktop.services.records import LinkInput as LinkInput
from tbn4_desktop.services.records import PlanInfo as PlanInfo


def ensure_year_plan(session: Session, org_id: int, year: int, catalog: Catalog) -> PlanInfo:
    """The organisation's plan for a year, created with one execution row per
    applicable subtask and period if it does not exist yet."""
    plan = session.scalar(select(YearPlan).where(YearPlan.organization_id == org_id, YearPlan.year == year))
    if plan is None:
        org = session.get(Organization, org_id)
        if org is None:
            raise ValueError(f"organization {org_id} does not exist")
        plan = YearPlan(organization_id=org_id, year=year, catalog_id=catalog.id, catalog_version=catalog.version)
        session.add(plan)
        level = OrgLevel(org.level)
        for subtask in catalog.subtasks():
            if not subtask.applies_to(level):
                continue
            for period in periods_of(subtask.periodicity):
                session.add(
                    SubtaskExecution(
                        year_plan=plan,
                        subtask_code=subtask.code,
                        period=period,
                        status=ExecutionStatus.NOT_STARTED.value,
                        notes="",
                    )
                )
        session.flush()
    return _plan_info(plan)


def find_year_plan(session: Session, org_id: int, year: int) -> PlanInfo | None:
    plan = session.scalar(select(YearPlan).where(YearPlan.organization_id == org_id, YearPlan.year == year))
    return _plan_info(plan) if plan else None


def list_plan_years(session: Session, org_id: int) -> list[int]:
    return list(
        session.scalars(select(YearPlan.year).where(YearPlan.organization_id == org_id).order_by(YearPlan.year))
    )


def _plan_info(plan: YearPlan) -> PlanInfo:
    return PlanInfo(
        id=plan.id,
        organization_id=plan.organization_id,
        year=plan.year,
        catalog_id=plan.catalog_id,
        catalog_version=plan.catalog_version,
    )


def list_executions(session: Session, plan_id: int) -> list[ExecutionInfo]:
    """Every execution of a plan with attachment and link counts, in one query."""
    att = (
        select(Attachment.execution_id, func.count().label("n"))
        .where(Attachment.removed_at.is_(None))
        .group_by(Attachment.execution_id)
        .subquery()
    )
    lnk = select(Link.execution_id, func.count().label("n")).group_by(Link.execution_id).subquery()
    rows = session.execute(
        select(SubtaskExecution, func.coalesce(att.c.n, 0), func.coalesce(lnk.c.n, 0))
        .outerjoin(att, att.c.execution_id == SubtaskExecution.id)
        .outerjoin(lnk, lnk.c.execution_id == SubtaskExecution.id)
        .where(SubtaskExecution.year_plan_id == plan_id)
        .order_by(SubtaskExecution.id)
    )
    return [execution_info(e, n_att, n_lnk) for e, n_att, n_lnk in rows]


def get_execution(session: Session, execution_id: int) -> ExecutionDetail:
    e = session.get(SubtaskExecution, execution_id)
    if e is None:
        raise ValueError(f"execution {execution_id} does not exist")
    current = [a for a in e.attachments if a.removed_at is None]
    history = [a for a in e.attachments if a.removed_at is not None]
    return ExecutionDetail(
        info=execution_info(e, len(current), len(e.links)),
        attachments=[attachment_info(a) for a in current],
        history=[attachment_info(a) for a in history],
        links=[
            LinkInfo(
                id=l.id,
                url=l.url,
                title=l.title,
                published_on=l.published_on,
                slot_key=l.slot_key or "",
                channel=l.channel,
            )
            for l in e.links
        ],
    )


def save_notes(session: Session, execution_id: int, *, expected_version: int | None, notes: str) -> ExecutionInfo:
    """Keep the user's notes of a subtask without completing it."""
    e = session.get(SubtaskExecution, execution_id)
    if e is None:
        raise ValueError(f"execution {execution_id} does not exist")
    if expected_version is not None:
        check_execution_version(e, expected_version)
    if e.notes != notes:
        e.notes = notes
    if ExecutionStatus(e.status) is ExecutionStatus.NOT_STARTED and notes:
        e.status = ExecutionStatus.IN_PROGRESS.value
    session.flush()
    return current_info(e)
