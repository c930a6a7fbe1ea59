"""Who approves a form: the signer recorded for the appendix's FORM slot
in the checklists of the executions the form confirms (never a guess), and
the short form of a name the forms print («Тулегенова А. Н.»)."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import Catalog, DocumentSlot, Subtask
from tbn4_desktop.core.forms.model import FormName
from tbn4_desktop.core.vocabulary import DocumentKind, OrgLevel, SignerRole
from tbn4_desktop.models import Organization, Signatory, SlotRecord, SubtaskExecution

#: The forms with an approval block (Appendices 3, 4 and the inventory have
#: none), and the role their block names: the approver printed is the signer
#: recorded for the form's slot, whose catalog rule allows that role.
APPROVER_ROLE = {
    FormName.APP1: SignerRole.CHIEF_OF_STAFF,
    FormName.APP2: SignerRole.CHIEF_OF_STAFF,
    FormName.APP5: SignerRole.ETHICS_COMMISSIONER,
}


def short_name(full_name: str) -> str:
    """«Тулегенова Айгерим Нурлановна» → «Тулегенова А. Н.» (a name of one word stays as is)."""
    surname, *given = full_name.split()
    initials = " ".join(f"{part[0]}." for part in given if part)
    return f"{surname} {initials}".strip()


def form_slot(subtask: Subtask, name: FormName) -> DocumentSlot | None:
    """The subtask's FORM slot of this appendix, if it has one."""
    for slot in subtask.documents:
        if slot.kind is DocumentKind.FORM and slot.appendix is not None and f"app{slot.appendix}" == name.value:
            return slot
    return None


def approver_name(
    session: Session,
    catalog: Catalog,
    org: Organization,
    plan_id: int,
    name: FormName,
    period: str | None,
    subtasks: Sequence[Subtask],
) -> str:
    """The approver of the form: the signer recorded for the appendix's FORM
    slot of the execution(s) the form confirms (Appendix 2: the app2 slot of
    2.2.1, signed by the chief of staff; Appendix 5: the app5 slot, signed by
    the ethics commissioner). A form covering several executions (the yearly
    Appendix 1 of ten subtasks) names the signer only when all of them
    record the same person.

    When no signer is recorded (or the recorded ones differ), the approval
    block stays blank, a line for a hand signature: the form never invents
    a name, not even the organisation's current holder of the role."""
    if name not in APPROVER_ROLE:
        return ""
    slots = {s.code: slot for s in subtasks if (slot := form_slot(s, name)) is not None}
    if not slots:
        return ""
    level = OrgLevel(org.level)
    query = (
        select(
            SubtaskExecution.subtask_code,
            SubtaskExecution.period,
            SlotRecord.slot_key,
            Signatory.full_name,
            Signatory.role,
        )
        .join(SlotRecord, SlotRecord.execution_id == SubtaskExecution.id)
        .join(Signatory, Signatory.id == SlotRecord.signatory_id)
        .where(SubtaskExecution.year_plan_id == plan_id, SubtaskExecution.subtask_code.in_(list(slots)))
    )
    if period is not None:
        query = query.where(SubtaskExecution.period == period)
    wanted = session.execute(
        select(func.count())
        .select_from(SubtaskExecution)
        .where(
            SubtaskExecution.year_plan_id == plan_id,
            SubtaskExecution.subtask_code.in_(list(slots)),
            *([SubtaskExecution.period == period] if period is not None else []),
        )
    ).scalar_one()
    names: set[str] = set()
    signed = 0
    for code, _period, key, full_name, role in session.execute(query):
        slot = slots[code]
        if key != slot.key or role not in {r.value for r in slot.signers_for(level)}:
            continue
        names.add(full_name)
        signed += 1
    # Every execution the form confirms signed by one and the same person.
    return short_name(names.pop()) if len(names) == 1 and signed == wanted else ""
