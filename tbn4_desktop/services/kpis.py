"""KPIs of a year from the stored registers: the 4.2.1 headcount (a one-row
register, see core.kpi.HEADCOUNT_REGISTER), the rows of the other periods of
a subtask (4.2.2 counts the events of every month) and every KPI of a plan."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import Catalog, Register
from tbn4_desktop.core.kpi import HEADCOUNT_REGISTER, KpiResult, compute
from tbn4_desktop.models import SubtaskExecution, YearPlan
from tbn4_desktop.services.registers import list_rows, save_rows


def get_headcount(session: Session, execution_id: int) -> int | None:
    rows = list_rows(session, execution_id, HEADCOUNT_REGISTER)
    value = rows[0].values.get("headcount") if rows else None
    return value if isinstance(value, int) else None


def save_headcount(session: Session, execution_id: int, headcount: int | None) -> None:
    """Store (or clear, with None) the headcount of a 4.2.1 execution."""
    save_rows(session, execution_id, HEADCOUNT_REGISTER, [{"headcount": headcount}] if headcount else [])


def plan_year(session: Session, execution_id: int) -> int:
    execution = session.get(SubtaskExecution, execution_id)
    if execution is None:
        raise ValueError(f"execution {execution_id} does not exist")
    return session.get(YearPlan, execution.year_plan_id).year


def other_period_rows(session: Session, execution_id: int, register: Register) -> list[dict[str, Any]]:
    """Typed rows of `register` in the other executions (periods) of the same
    subtask and year plan."""
    execution = session.get(SubtaskExecution, execution_id)
    if execution is None:
        raise ValueError(f"execution {execution_id} does not exist")
    others = session.scalars(select(SubtaskExecution.id).where(
        SubtaskExecution.year_plan_id == execution.year_plan_id,
        SubtaskExecution.subtask_code == execution.subtask_code,
        SubtaskExecution.id != execution_id,
    ).order_by(SubtaskExecution.id))
    return [r.values for other in others for r in list_rows(session, other, register)]


def plan_kpis(session: Session, catalog: Catalog, plan_id: int) -> dict[str, KpiResult]:
    """Subtask code → its KPI computed from every stored execution of the plan."""
    plan = session.get(YearPlan, plan_id)
    if plan is None:
        raise ValueError(f"year plan {plan_id} does not exist")
    executions = session.scalars(select(SubtaskExecution).where(SubtaskExecution.year_plan_id == plan_id)
                                 .order_by(SubtaskExecution.id)).all()
    results: dict[str, KpiResult] = {}
    for code in dict.fromkeys(e.subtask_code for e in executions):
        subtask = catalog.subtask(code)
        if subtask.kpi is None or subtask.register is None:
            continue
        ids = [e.id for e in executions if e.subtask_code == code]
        rows = [r.values for i in ids for r in list_rows(session, i, subtask.register)]
        headcount = next((h for h in (get_headcount(session, i) for i in ids) if h), None)
        results[code] = compute(subtask.kpi, subtask.register, rows, headcount=headcount, year=plan.year)
    return results
