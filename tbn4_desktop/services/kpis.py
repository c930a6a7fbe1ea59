"""KPIs of a year from the stored registers: the 4.2.1 headcount (a one-row
register, see core.kpi.HEADCOUNT_REGISTER), the rows of the other periods of
a subtask (4.2.2 counts the events of every month), the list of supervised
quasi-state companies the Project 3 shares divide by (`supervised_entities`)
and every KPI of a plan (`year_kpis`: for the details panel and the «Сроки»
dashboard)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import Catalog, Kpi, Register, Subtask
from tbn4_desktop.core.kpi import HEADCOUNT_REGISTER, Entity, KpiResult, compute
from tbn4_desktop.core.register_values import from_storage
from tbn4_desktop.core.vocabulary import OrgLevel
from tbn4_desktop.models import Organization, RegisterRow, SubtaskExecution, YearPlan
from tbn4_desktop.services.checklist import list_supervised
from tbn4_desktop.services.registers import list_rows, save_rows


def get_headcount(session: Session, execution_id: int) -> int | None:
    rows = list_rows(session, execution_id, HEADCOUNT_REGISTER)
    value = rows[0].values.get("headcount") if rows else None
    return value if isinstance(value, int) else None


def save_headcount(session: Session, execution_id: int, headcount: int | None) -> None:
    """Store (or clear, with None) the headcount of a 4.2.1 execution."""
    save_rows(session, execution_id, HEADCOUNT_REGISTER, [{"headcount": headcount}] if headcount else [])


def supervised_entities(session: Session, org_id: int) -> list[Entity]:
    """The quasi-state companies a Project 3 share of the organisation divides
    by: its list of supervised entities. A quasi-state company executes
    Project 3 itself (the supervising body counts it among its companies):
    with no list of its own, it is its own one company."""
    entities = [Entity(s.name, s.bin) for s in list_supervised(session, org_id)]
    if not entities:
        org = session.get(Organization, org_id)
        if org is not None and org.level == OrgLevel.QUASI.value:
            entities = [Entity(org.name, org.bin)]
    return entities


def supervised_of_execution(session: Session, execution_id: int) -> list[Entity]:
    """supervised_entities of the organisation an execution belongs to (for
    the KPI line of the wizard's «Данные» page)."""
    return supervised_entities(session, organization_of_execution(session, execution_id))


def plan_year(session: Session, execution_id: int) -> int:
    execution = session.get(SubtaskExecution, execution_id)
    if execution is None:
        raise ValueError(f"execution {execution_id} does not exist")
    return execution.year_plan.year


def other_period_rows(session: Session, execution_id: int, register: Register) -> list[dict[str, Any]]:
    """Typed rows of `register` in the other executions (periods) of the same
    subtask and year plan."""
    execution = session.get(SubtaskExecution, execution_id)
    if execution is None:
        raise ValueError(f"execution {execution_id} does not exist")
    others = session.scalars(
        select(SubtaskExecution.id)
        .where(
            SubtaskExecution.year_plan_id == execution.year_plan_id,
            SubtaskExecution.subtask_code == execution.subtask_code,
            SubtaskExecution.id != execution_id,
        )
        .order_by(SubtaskExecution.id)
    )
    return [r.values for other in others for r in list_rows(session, other, register)]


@dataclass(frozen=True)
class KpiStatus:
    """One KPI of a year plan as the panel and the dashboard show it."""

    code: str  # the subtask, e.g. "4.2.1"
    title: str  # the subtask's short title
    result: KpiResult  # value, target, met


def plan_kpis(session: Session, catalog: Catalog, plan_id: int) -> dict[str, KpiResult]:
    """Subtask code → its KPI computed from every stored execution of the plan."""
    return {s.code: s.result for s in _plan_statuses(session, catalog, plan_id)}


def year_kpis(session: Session, catalog: Catalog, org_id: int, year: int) -> list[KpiStatus]:
    """Every KPI of the catalog that applies to the organisation's year plan
    (the plan has executions of its subtask), in catalog order; empty when
    the year has no plan yet."""
    plan_id = session.scalar(select(YearPlan.id).where(YearPlan.organization_id == org_id, YearPlan.year == year))
    return [] if plan_id is None else _plan_statuses(session, catalog, plan_id)


def _plan_statuses(session: Session, catalog: Catalog, plan_id: int) -> list[KpiStatus]:
    # Two queries for the whole plan (the executions of the KPI subtasks, then
    # all their register rows), never one per execution.
    plan = session.get(YearPlan, plan_id)
    if plan is None:
        raise ValueError(f"year plan {plan_id} does not exist")
    kpi_subtasks: dict[str, tuple[Subtask, Kpi, Register]] = {
        s.code: (s, s.kpi, s.register) for s in catalog.subtasks() if s.kpi is not None and s.register is not None
    }
    executions = session.execute(
        select(SubtaskExecution.id, SubtaskExecution.subtask_code).where(
            SubtaskExecution.year_plan_id == plan_id,
            SubtaskExecution.subtask_code.in_(list(kpi_subtasks)),
        )
    ).all()
    code_of = {execution_id: code for execution_id, code in executions}
    rows: dict[str, list[dict[str, Any]]] = {code: [] for code in code_of.values()}
    headcounts: dict[str, int] = {}
    stored = (
        session.execute(
            select(RegisterRow.execution_id, RegisterRow.register_key, RegisterRow.values)
            .where(
                RegisterRow.execution_id.in_(list(code_of)),
            )
            .order_by(RegisterRow.execution_id, RegisterRow.position, RegisterRow.id)
        ).all()
        if code_of
        else []
    )
    for execution_id, key, values in stored:
        code = code_of[execution_id]
        _, _, register = kpi_subtasks[code]
        if key == register.key:
            rows[code].append(from_storage(register, values))
        elif key == HEADCOUNT_REGISTER.key and code not in headcounts:
            value = from_storage(HEADCOUNT_REGISTER, values).get("headcount")
            if isinstance(value, int) and value:
                headcounts[code] = value
    supervised = supervised_entities(session, plan.organization_id)
    return [
        KpiStatus(
            code=code,
            title=subtask.short_title,
            result=compute(
                kpi,
                register,
                rows[code],
                headcount=headcounts.get(code),
                year=plan.year,
                supervised=supervised,
            ),
        )
        for code, (subtask, kpi, register) in kpi_subtasks.items()
        if code in rows
    ]


def organization_of_execution(session: Session, execution_id: int) -> int:
    """The id of the organisation whose year plan holds the execution."""
    execution = session.get(SubtaskExecution, execution_id)
    if execution is None:
        raise ValueError(f"execution {execution_id} does not exist")
    return execution.year_plan.organization_id
