"""The checklist of confirming documents of each subtask and period, read
from the store and written slot by slot: files sorted into slots, who
signed each document and when, «не требуется» with a reason the instruction
allows, links with their channels, and completion by the instruction's
rules (core/checklist.py). Also the organisation's applicability answers
and the quasi-state companies it supervises.

Reading is in checklist_read, writing slots in checklist_slots, the answers
and supervised companies in checklist_answers / checklist_supervised; this
module keeps completion and the old import path."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import Catalog, DocumentSlot, Subtask
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import ExecutionStatus
from tbn4_desktop.i18n import tr
from tbn4_desktop.models import SubtaskExecution, YearPlan
from tbn4_desktop.services.checklist_answers import get_answers as get_answers
from tbn4_desktop.services.checklist_answers import set_answer as set_answer
from tbn4_desktop.services.checklist_read import PlanChecklists as PlanChecklists
from tbn4_desktop.services.checklist_read import execution_checklist as execution_checklist
from tbn4_desktop.services.checklist_read import load_execution
from tbn4_desktop.services.checklist_read import plan_checklists as plan_checklists
from tbn4_desktop.services.checklist_read import plan_facts as plan_facts
from tbn4_desktop.services.checklist_slots import SlotLinkInput as SlotLinkInput
from tbn4_desktop.services.checklist_slots import assign_attachment as assign_attachment
from tbn4_desktop.services.checklist_slots import set_slot_date as set_slot_date
from tbn4_desktop.services.checklist_slots import set_slot_links as set_slot_links
from tbn4_desktop.services.checklist_slots import set_slot_signer as set_slot_signer
from tbn4_desktop.services.checklist_slots import waive_slot as waive_slot
from tbn4_desktop.services.checklist_supervised import SupervisedInfo as SupervisedInfo
from tbn4_desktop.services.checklist_supervised import add_supervised as add_supervised
from tbn4_desktop.services.checklist_supervised import list_supervised as list_supervised
from tbn4_desktop.services.checklist_supervised import remove_supervised as remove_supervised
from tbn4_desktop.services.versioning import check_version


def complete(
    session: Session,
    catalog: Catalog,
    execution_id: int,
    *,
    expected_version: int | None = None,
    notes: str | None = None,
    on: date | None = None,
) -> None:
    """Mark a subtask and period «Готово к загрузке» when its checklist is
    complete; else ValidationError({"slots": one sentence naming
    what is missing}). ``on``: the day it is marked (today by default; it
    judges no deadline)."""
    e = load_execution(session, execution_id)
    check_version(e, expected_version)
    checklists = plan_checklists(session, catalog, e.year_plan_id)
    applies = checklists.applicability.get(e.subtask_code)
    if applies is not None and not applies.applies:
        raise ValidationError(
            {
                "slots": tr("Подзадача {code} не применяется ({reason}).").format(
                    code=e.subtask_code, reason=applies.reason
                )
            }
        )
    checklist = checklists.checklists[execution_id]
    if not checklist.complete:
        raise ValidationError({"slots": checklist.refusal()})
    if ExecutionStatus(e.status) is not ExecutionStatus.UPLOADED:
        e.status = ExecutionStatus.READY_FOR_UPLOAD.value
    e.completed_on = e.completed_on or on or date.today()
    if notes is not None:
        e.notes = notes
    session.flush()


def plan_year_of(session: Session, execution_id: int) -> int:
    """The year of the plan an execution belongs to."""
    execution = session.get(SubtaskExecution, execution_id)
    plan = session.get(YearPlan, execution.year_plan_id) if execution is not None else None
    if plan is None:
        raise ValueError(f"execution {execution_id} does not exist")
    return plan.year


def sibling_executions(session: Session, execution_id: int, codes: Iterable[str]) -> dict[str, int]:
    """Subtask code → execution id of `codes` in the year plan of
    `execution_id` (the first period of each, as the main window takes):
    the documents matrix opened from a Project 3 wizard."""
    execution = session.get(SubtaskExecution, execution_id)
    if execution is None:
        raise ValueError(f"execution {execution_id} does not exist")
    out: dict[str, int] = {}
    for ex_id, code in session.execute(
        select(SubtaskExecution.id, SubtaskExecution.subtask_code)
        .where(SubtaskExecution.year_plan_id == execution.year_plan_id, SubtaskExecution.subtask_code.in_(list(codes)))
        .order_by(SubtaskExecution.period, SubtaskExecution.id)
    ):
        out.setdefault(code, ex_id)
    return out


def slot_of(subtask: Subtask, key: str) -> DocumentSlot | None:
    try:
        return subtask.slot(key)
    except KeyError:
        return None
