"""A subtask's periodicity for one year as the Карта sets it. The
instruction states it for a few subtasks only (the catalog's
`periodicity_source`); for the rest the Карта is the authority. A change
adds the executions of the new periods and removes those of the old ones —
only while they hold nothing: a period with files, links, table rows, a
signer, a date or a status is never dropped."""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import (
    ExecutionStatus,
    Periodicity,
    period_label,
    periods_of,
)
from tbn4_desktop.i18n import tr
from tbn4_desktop.models import (
    Attachment,
    Link,
    PlanPeriodicity,
    RegisterRow,
    SlotRecord,
    SubtaskExecution,
)


def plan_periodicities(session: Session, catalog: Catalog, plan_id: int) -> dict[str, Periodicity]:
    """Every subtask's periodicity in this plan: the Карта's where it set one, else the catalog's."""
    result = {s.code: s.periodicity for s in catalog.subtasks()}
    for code, value in session.execute(
        select(PlanPeriodicity.subtask_code, PlanPeriodicity.periodicity).where(PlanPeriodicity.year_plan_id == plan_id)
    ):
        if code in result and value in Periodicity._value2member_map_:
            result[code] = Periodicity(value)
    return result


def _holds_something(session: Session, e: SubtaskExecution) -> bool:
    if ExecutionStatus(e.status) is not ExecutionStatus.NOT_STARTED or e.notes or e.uploaded_on:
        return True
    for model in (Attachment, Link, RegisterRow, SlotRecord):
        if session.scalar(select(func.count()).select_from(model).where(model.execution_id == e.id)):
            return True
    return False


def set_periodicity(session: Session, catalog: Catalog, plan_id: int, code: str, periodicity: Periodicity) -> bool:
    """Set a subtask's periodicity for the plan; True when it changed.
    Raises ValidationError (Russian) when a period that would go away holds
    data; nothing is changed then."""
    subtask = catalog.subtask(code)
    current = plan_periodicities(session, catalog, plan_id)[code]
    if current is periodicity:
        return False
    executions = {
        e.period: e
        for e in session.scalars(
            select(SubtaskExecution).where(
                SubtaskExecution.year_plan_id == plan_id, SubtaskExecution.subtask_code == code
            )
        )
    }
    wanted = periods_of(periodicity)
    gone = [e for period, e in executions.items() if period not in wanted]
    busy = [e for e in gone if _holds_something(session, e)]
    if busy:
        periods = ", ".join(f"«{period_label(e.period)}»" for e in busy)
        raise ValidationError(
            {
                "periodicity": tr(
                    "Периодичность подзадачи {code} не изменена на «{periodicity}»: за {periods} уже есть данные. "
                    "Перенесите их или оставьте прежнюю периодичность."
                ).format(code=code, periodicity=periodicity.label.lower(), periods=periods)
            }
        )
    if executions:  # subtasks of other levels have no executions: nothing to align
        for e in gone:
            session.delete(e)
        for period in wanted:
            if period not in executions:
                session.add(
                    SubtaskExecution(
                        year_plan_id=plan_id,
                        subtask_code=code,
                        period=period,
                        status=ExecutionStatus.NOT_STARTED.value,
                        notes="",
                    )
                )
    row = session.scalar(
        select(PlanPeriodicity).where(PlanPeriodicity.year_plan_id == plan_id, PlanPeriodicity.subtask_code == code)
    )
    if periodicity is subtask.periodicity:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(PlanPeriodicity(year_plan_id=plan_id, subtask_code=code, periodicity=periodicity.value))
    else:
        row.periodicity = periodicity.value
    session.flush()
    return True
