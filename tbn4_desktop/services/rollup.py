"""The consolidated view of an organisation's subordinates (Organization.
parent_id == the organisation: the districts of an oblast akimat, the
companies of a body): each one's status and deadline state per subtask and
period, Project 3's shares of quasi-state companies having each document
(with the score for 3.2.x), and who is late with what.

A subordinate's subtask period is done only when it is marked done and its
checklist is complete, judged by services/checklist.plan_checklists from
what is stored for the subordinate (for an imported one: the document slots
of its bundle), the same rules as the organisation's own. A subtask the
subordinate answered «нет» for does not apply to it. Project 3 divides by
each subordinate's own list of supervised companies, never by the companies
its registers happen to name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import Catalog, KpiKind
from tbn4_desktop.core.checklist import applicability
from tbn4_desktop.core.deadlines import DeadlineState
from tbn4_desktop.core.kpi import KpiResult, company_counts, quasi_result
from tbn4_desktop.core.register_values import from_storage
from tbn4_desktop.core.vocabulary import ExecutionStatus, OrgLevel
from tbn4_desktop.core.workdays import WorkCalendar, WorkCalendarError
from tbn4_desktop.i18n import sort_key
from tbn4_desktop.models import Organization, RegisterRow, SubtaskExecution, YearPlan
from tbn4_desktop.services.checklist import get_answers, plan_checklists
from tbn4_desktop.services.deadlines import load_work_calendar, year_deadlines
from tbn4_desktop.services.kpis import supervised_entities


class PlanCatalogs(Protocol):
    def for_plan(self, catalog_id: str, version: int, year: int) -> Catalog: ...


@dataclass(frozen=True)
class PeriodStatus:
    """One subtask period of a subordinate."""

    code: str
    period: str
    status: ExecutionStatus | None  # None: the subtask does not apply to the subordinate
    state: DeadlineState
    due: date | None
    completed_on: date | None = None
    uploaded_on: date | None = None
    ispu_reference: str | None = None
    execution_id: int | None = None
    complete: bool = True  # every required document there (its checklist)
    missing: str = ""  # the checklist's refusal sentence ('' when complete)

    @property
    def done(self) -> bool:
        """Marked done and the checklist complete."""
        return self.status is not None and self.status.is_done and self.complete

    @property
    def shown_status(self) -> ExecutionStatus | None:
        """«Готово к загрузке» only while every required document is there
        (as services/year_status shows it); the upload mark is a fact."""
        if self.status is ExecutionStatus.READY_FOR_UPLOAD and not self.complete:
            return ExecutionStatus.IN_PROGRESS
        return self.status


@dataclass(frozen=True)
class SubordinateStatus:
    organization_id: int
    name: str
    level: OrgLevel
    has_plan: bool
    periods: dict[str, list[PeriodStatus]] = field(default_factory=dict)  # subtask code → its periods

    @property
    def applicable(self) -> list[PeriodStatus]:
        return [p for ps in self.periods.values() for p in ps if p.status is not None]

    @property
    def done(self) -> int:
        return sum(1 for p in self.applicable if p.done)

    @property
    def uploaded(self) -> int:
        return sum(1 for p in self.applicable if p.status is ExecutionStatus.UPLOADED)

    @property
    def overdue(self) -> int:
        return sum(1 for p in self.applicable if p.state is DeadlineState.OVERDUE)

    @property
    def total(self) -> int:
        return len(self.applicable)


@dataclass(frozen=True)
class DocumentShare:
    """One Project 3 document across every subordinate's quasi-state companies."""

    code: str
    title: str
    result: KpiResult  # part = supervised companies having it, whole = supervised companies; value %, score
    # Subordinates the subtask applies to whose list of supervised companies is empty.
    without_list: tuple[str, ...] = ()


@dataclass(frozen=True)
class LateItem:
    organization_id: int
    organization: str
    code: str
    title: str
    period: str
    due: date
    workdays_late: int


# ------------------------------------------------------------------ subordinates
def subordinates(session: Session, org_id: int) -> list[Organization]:
    found = session.scalars(select(Organization).where(Organization.parent_id == org_id).order_by(Organization.id))
    return sorted(found, key=lambda org: sort_key(org.name))  # alphabet order: Ә, Қ, Ө… in their places


def has_subordinates(session: Session, org_id: int) -> bool:
    return session.scalar(select(Organization.id).where(Organization.parent_id == org_id).limit(1)) is not None


def _plans(session: Session, org_ids: Sequence[int], year: int) -> dict[int, YearPlan]:
    if not org_ids:
        return {}
    return {
        p.organization_id: p
        for p in session.scalars(
            select(YearPlan).where(YearPlan.organization_id.in_(list(org_ids)), YearPlan.year == year)
        )
    }


def subordinates_status(
    session: Session,
    catalogs: PlanCatalogs,
    org_id: int,
    year: int,
    *,
    as_of: date | None = None,
    calendar: WorkCalendar | None = None,
) -> list[SubordinateStatus]:
    """Each subordinate (by name) with the status and deadline state of every
    subtask period of its year plan; a subordinate without a plan for the year
    has `has_plan` False and no periods."""
    as_of = as_of or date.today()
    calendar = calendar or load_work_calendar(session)
    subs = subordinates(session, org_id)
    plans = _plans(session, [s.id for s in subs], year)
    stored: dict[tuple[int, str, str], SubtaskExecution] = {}
    if plans:
        for ex in session.scalars(
            select(SubtaskExecution).where(SubtaskExecution.year_plan_id.in_([p.id for p in plans.values()]))
        ):
            stored[(ex.year_plan_id, ex.subtask_code, ex.period)] = ex
    result = []
    for sub in subs:
        plan = plans.get(sub.id)
        periods: dict[str, list[PeriodStatus]] = {}
        if plan is not None:
            catalog = catalogs.for_plan(plan.catalog_id, plan.catalog_version, year)
            checked = plan_checklists(session, catalog, plan.id)
            for d in year_deadlines(session, catalog, sub.id, year, as_of, calendar).deadlines:
                e = stored.get((plan.id, d.code, d.period))
                applies = checked.applicability.get(d.code)
                if applies is not None and not applies.applies:
                    e = None  # answered «нет»: the subtask does not apply to it
                checklist = checked.checklists.get(e.id) if e else None
                periods.setdefault(d.code, []).append(
                    PeriodStatus(
                        d.code,
                        d.period,
                        _status(e.status) if e else None,
                        d.state,
                        d.due,
                        completed_on=e.completed_on if e else None,
                        uploaded_on=e.uploaded_on if e else None,
                        ispu_reference=e.ispu_reference if e else None,
                        execution_id=e.id if e else None,
                        complete=checklist is None or checklist.complete,
                        missing=checklist.refusal() if checklist is not None else "",
                    )
                )
        result.append(SubordinateStatus(sub.id, sub.name, OrgLevel(sub.level), plan is not None, periods))
    return result


def _status(value: str) -> ExecutionStatus:
    try:
        return ExecutionStatus(value)
    except ValueError:
        return ExecutionStatus.NOT_STARTED


# ------------------------------------------------------------------ Project 3
def project3_shares(
    session: Session, catalogs: PlanCatalogs, org_id: int, year: int, catalog: Catalog
) -> list[DocumentShare]:
    """Per Project 3 document (the catalog's quasi-state share subtasks:
    3.1.2 without points, 3.2.1–3.2.6 with them) the share of the quasi-state
    companies the subordinates supervise (each one's own list) that have it,
    and for 3.2.x the score (100 % → 2, each 10 % → 0,2). A subordinate the
    subtask does not apply to (answered «нет») is left out; one whose list is
    empty is named in `without_list`."""
    codes = [  # (subtask, its KPI, its register)
        (s, s.kpi, s.register)
        for s in catalog.subtasks()
        if s.kpi is not None
        and s.register is not None
        and s.kpi.kind in (KpiKind.QUASI_SHARE, KpiKind.QUASI_SHARE_SCORE)
    ]
    subs = {s.id: s for s in subordinates(session, org_id)}
    plans = _plans(session, list(subs), year)
    rows: dict[tuple[int, str], list[dict[str, Any]]] = {}  # (plan, code) → typed rows
    if plans and codes:
        registers = {register.key: (s, register) for s, _, register in codes}
        for plan_id, code, key, values in session.execute(
            select(
                SubtaskExecution.year_plan_id,
                SubtaskExecution.subtask_code,
                RegisterRow.register_key,
                RegisterRow.values,
            )
            .join(RegisterRow, RegisterRow.execution_id == SubtaskExecution.id)
            .where(
                SubtaskExecution.year_plan_id.in_([p.id for p in plans.values()]),
                SubtaskExecution.subtask_code.in_([s.code for s, _, _ in codes]),
            )
            .order_by(SubtaskExecution.id, RegisterRow.position, RegisterRow.id)
        ):
            found = registers.get(key)
            if found is not None and found[0].code == code:
                rows.setdefault((plan_id, code), []).append(from_storage(found[1], values))
    entities = {sub_id: supervised_entities(session, sub_id) for sub_id in plans}
    answers = {sub_id: get_answers(session, plan.id) for sub_id, plan in plans.items()}
    shares = []
    for subtask, kpi, register in codes:
        having = listed = unlisted = 0
        without: list[str] = []
        for sub_id, plan in plans.items():
            sub = subs[sub_id]
            if not applicability(catalog, subtask, OrgLevel(sub.level), answers[sub_id]).applies:
                continue
            if not entities[sub_id]:
                without.append(sub.name)
                continue
            h, n, u = company_counts(register, rows.get((plan.id, subtask.code), []), entities[sub_id])
            having, listed, unlisted = having + h, listed + n, unlisted + u
        shares.append(
            DocumentShare(
                subtask.code,
                subtask.short_title,
                quasi_result(kpi.kind, having, listed, kpi.target, unlisted=unlisted),
                without_list=tuple(without),
            )
        )
    return shares


# ------------------------------------------------------------------ who is late
def late_table(
    session: Session,
    catalogs: PlanCatalogs,
    org_id: int,
    year: int,
    catalog: Catalog,
    *,
    as_of: date | None = None,
    statuses: list[SubordinateStatus] | None = None,
    calendar: WorkCalendar | None = None,
) -> list[LateItem]:
    """Every overdue, not done subtask period of the subordinates, the most
    working days late first (then by name, subtask, period). Pass `statuses`
    already read to avoid reading them twice."""
    as_of = as_of or date.today()
    calendar = calendar or load_work_calendar(session)
    if statuses is None:
        statuses = subordinates_status(session, catalogs, org_id, year, as_of=as_of, calendar=calendar)
    items = []
    for sub in statuses:
        for p in sub.applicable:
            if p.state is not DeadlineState.OVERDUE or p.due is None:
                continue
            try:
                title = catalog.subtask(p.code).short_title
            except KeyError:
                title = ""
            items.append(
                LateItem(
                    sub.organization_id,
                    sub.name,
                    p.code,
                    title,
                    p.period,
                    p.due,
                    _workdays_late(calendar, p.due, as_of),
                )
            )
    items.sort(key=lambda i: (-i.workdays_late, i.organization, _code_key(i.code), i.period))
    return items


def _workdays_late(calendar: WorkCalendar, due: date, as_of: date) -> int:
    """Working days after the due date up to and including today."""
    try:
        return calendar.count_workdays(due + timedelta(days=1), as_of)
    except WorkCalendarError:
        return (as_of - due).days  # outside the calendar: calendar days, never nothing


def _code_key(code: str) -> tuple[int, ...]:
    return tuple(int(part) if part.isdigit() else 0 for part in code.split("."))
