"""What the subtask wizard reads of one execution's document slots in one
session: the stored execution, its checklist (core/checklist via
services/checklist), who signed each slot (the signatory's id, which the
checklist does not carry) and the row count of each register."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.checklist import Applicability, Checklist
from tbn4_desktop.models import RegisterRow, SlotRecord, SubtaskExecution
from tbn4_desktop.services.checklist import plan_checklists
from tbn4_desktop.services.executions import ExecutionDetail, get_execution


@dataclass(frozen=True)
class SlotSnapshot:
    detail: ExecutionDetail
    checklist: Checklist
    applicability: Applicability | None
    signer_ids: dict[str, int]          # slot key → signatory id (slots with a signer only)
    register_rows: dict[str, int]       # register key → number of rows


def slot_signer_ids(session: Session, execution_id: int) -> dict[str, int]:
    return {key: signatory_id for key, signatory_id in session.execute(
        select(SlotRecord.slot_key, SlotRecord.signatory_id).where(
            SlotRecord.execution_id == execution_id, SlotRecord.signatory_id.is_not(None)))}


def register_row_counts(session: Session, execution_id: int) -> dict[str, int]:
    return {key: n for key, n in session.execute(
        select(RegisterRow.register_key, func.count()).where(RegisterRow.execution_id == execution_id)
        .group_by(RegisterRow.register_key))}


def read_slots(session: Session, catalog: Catalog, execution_id: int) -> SlotSnapshot:
    detail = get_execution(session, execution_id)
    e = session.get(SubtaskExecution, execution_id)
    assert e is not None
    checklists = plan_checklists(session, catalog, e.year_plan_id)
    return SlotSnapshot(detail=detail, checklist=checklists.checklists[execution_id],
                        applicability=checklists.applicability.get(e.subtask_code),
                        signer_ids=slot_signer_ids(session, execution_id),
                        register_rows=register_row_counts(session, execution_id))
