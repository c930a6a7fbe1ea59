"""What the subtask wizard reads of one execution's document slots in one
session: the stored execution, its checklist (core/checklist via
services/checklist), who signed each slot (the signatory's id, which the
checklist does not carry) and the row count of each register; and the
one change of a stored file that is not a new file: its kind
(`set_attachment_role`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.checklist import Applicability, Checklist
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.models import Attachment, RegisterRow, SlotRecord, SubtaskExecution
from tbn4_desktop.services.checklist import plan_checklists
from tbn4_desktop.services.executions import get_execution
from tbn4_desktop.services.executions_info import attachment_info
from tbn4_desktop.services.records import AttachmentInfo, ExecutionDetail
from tbn4_desktop.services.versioning import check_version
from tbn4_desktop.store_errors import ConcurrentEditError

FILE_GONE = N_(
    "Этот файл уже убран из подзадачи (он в истории): вид меняется только у приложенного файла. "
    "Откройте подзадачу заново."
)


@dataclass(frozen=True)
class SlotSnapshot:
    detail: ExecutionDetail
    checklist: Checklist
    applicability: Applicability | None
    signer_ids: dict[str, int]  # slot key → signatory id (slots with a signer only)
    register_rows: dict[str, int]  # register key → number of rows


def slot_signer_ids(session: Session, execution_id: int) -> dict[str, int]:
    return {
        key: cast(int, signatory_id)  # not NULL: the query's condition
        for key, signatory_id in session.execute(
            select(SlotRecord.slot_key, SlotRecord.signatory_id).where(
                SlotRecord.execution_id == execution_id, SlotRecord.signatory_id.is_not(None)
            )
        )
    }


def register_row_counts(session: Session, execution_id: int) -> dict[str, int]:
    return {
        key: n
        for key, n in session.execute(
            select(RegisterRow.register_key, func.count())
            .where(RegisterRow.execution_id == execution_id)
            .group_by(RegisterRow.register_key)
        )
    }


def read_slots(session: Session, catalog: Catalog, execution_id: int) -> SlotSnapshot:
    detail = get_execution(session, execution_id)
    e = session.get(SubtaskExecution, execution_id)
    assert e is not None
    checklists = plan_checklists(session, catalog, e.year_plan_id)
    return SlotSnapshot(
        detail=detail,
        checklist=checklists.checklists[execution_id],
        applicability=checklists.applicability.get(e.subtask_code),
        signer_ids=slot_signer_ids(session, execution_id),
        register_rows=register_row_counts(session, execution_id),
    )


def allowed_roles(
    catalog: Catalog, subtask_code: str, slot_key: str, role: AttachmentRole | None = None
) -> tuple[AttachmentRole, ...]:
    """The kinds a file of this slot may be: a signed document takes its
    signed scan, its draft or a supporting file; a document nobody signs
    here (an electronic copy) cannot have a «signed scan». A signature file
    (`role` SIGNATURE) is that by its content and nothing else, and no other
    file can become one."""
    if role is AttachmentRole.SIGNATURE:
        return (AttachmentRole.SIGNATURE,)
    slot = next((d for d in catalog.subtask(subtask_code).documents if d.key == slot_key), None)
    if slot is not None and not slot.kind.needs_signer:
        return (AttachmentRole.SUPPORTING, AttachmentRole.DRAFT)
    return (AttachmentRole.SIGNED_SCAN, AttachmentRole.DRAFT, AttachmentRole.SUPPORTING)


def set_attachment_role(
    session: Session, catalog: Catalog, attachment_id: int, role: AttachmentRole, *, expected_version: int | None = None
) -> AttachmentInfo:
    """Change what an attached file is (signed scan, draft, supporting file):
    it decides whether the document counts as there. The file itself stays
    as stored; the journal records the change (services/audit_changes).
    ValidationError (Russian, key "role") when the slot does not allow the
    kind; ConcurrentEditError when the file was meanwhile moved to the
    history or the subtask changed since `expected_version`."""
    a = session.get(Attachment, attachment_id)
    if a is None:
        raise ValueError(f"attachment {attachment_id} does not exist")
    check_version(a.execution, expected_version)
    if a.removed_at is not None:
        raise ConcurrentEditError(tr(FILE_GONE))
    allowed = allowed_roles(catalog, a.execution.subtask_code, a.slot_key or "", AttachmentRole(a.role))
    if role is not AttachmentRole(a.role) and AttachmentRole.SIGNATURE in (role, AttachmentRole(a.role)):
        raise ValidationError(
            {
                "role": tr(
                    "Вид файла электронной подписи не меняется, и другой файл не становится подписью: подписью "
                    "программа считает только файл ЭЦП (CMS), «{name}» приложен как «{kind}»."
                ).format(name=a.original_name, kind=AttachmentRole(a.role).label)
            }
        )
    if role not in allowed:
        raise ValidationError(
            {
                "role": tr(
                    "Файл «{name}» не может быть видом «{kind}»: этот документ не подписывается "
                    "в организации; допустимо: {allowed}."
                ).format(name=a.original_name, kind=role.label, allowed=", ".join(f"«{r.label}»" for r in allowed))
            }
        )
    if a.role != role.value:
        a.role = role.value
        session.flush()
    return attachment_info(a)
