"""The records the execution services hand back, made from the stored rows,
and the strict version check of an execution (ConcurrentEditError)."""

from __future__ import annotations

from tbn4_desktop.core.esign.evidence import SignatureFacts
from tbn4_desktop.core.vocabulary import AttachmentRole, ExecutionStatus
from tbn4_desktop.i18n import tr
from tbn4_desktop.models import Attachment, SubtaskExecution
from tbn4_desktop.services.records import AttachmentInfo, ExecutionInfo
from tbn4_desktop.services.versioning import SUBTASK_CHANGED_MESSAGE
from tbn4_desktop.store_errors import ConcurrentEditError


def execution_info(e: SubtaskExecution, n_att: int, n_lnk: int) -> ExecutionInfo:
    return ExecutionInfo(
        id=e.id,
        subtask_code=e.subtask_code,
        period=e.period,
        status=ExecutionStatus(e.status),
        completed_on=e.completed_on,
        signatory_id=e.signatory_id,
        notes=e.notes,
        attachment_count=n_att,
        link_count=n_lnk,
        version=e.version,
        uploaded_on=e.uploaded_on,
        ispu_reference=e.ispu_reference,
    )


def attachment_info(a: Attachment) -> AttachmentInfo:
    return AttachmentInfo(
        id=a.id,
        sha256=a.sha256,
        original_name=a.original_name,
        size=a.size,
        media_type=a.media_type,
        role=AttachmentRole(a.role),
        added_at=a.added_at,
        removed_at=a.removed_at,
        slot_key=a.slot_key or "",
        signs_sha256=a.signs_sha256,
        signature=SignatureFacts.from_json(a.signature_info),
    )


def current_info(e: SubtaskExecution) -> ExecutionInfo:
    """The record of an execution as its loaded rows are now."""
    return execution_info(e, sum(a.removed_at is None for a in e.attachments), len(e.links))


def check_execution_version(e: SubtaskExecution, expected_version: int) -> None:
    if e.version != expected_version:
        raise ConcurrentEditError(tr(SUBTASK_CHANGED_MESSAGE))
