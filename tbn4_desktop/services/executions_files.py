"""A subtask's attached files: adding (checked, stored, a signature paired
with its document), removing to the history, merging into one PDF,
replacing and restoring."""

from __future__ import annotations

import tempfile
from pathlib import Path

from sqlalchemy.orm import Session

from tbn4_desktop.core.attachments import SIGNATURE_TYPE, AttachmentError, BlobStore
from tbn4_desktop.core.documents import DocumentError, check_readable, merge_to_pdf
from tbn4_desktop.core.tempfiles import temp_name
from tbn4_desktop.core.vocabulary import AttachmentRole, ExecutionStatus
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.models import Attachment, SubtaskExecution
from tbn4_desktop.models.base import utcnow
from tbn4_desktop.services.executions_info import attachment_info
from tbn4_desktop.services.records import AttachmentInfo
from tbn4_desktop.services.versioning import check_version
from tbn4_desktop.store_errors import ConcurrentEditError


def _readable_scan(source: Path, media_type: str) -> None:
    # A scan that cannot be opened is refused when added, not found out later
    # in the preview or at merge time.
    try:
        check_readable(source, media_type)
    except DocumentError as exc:
        raise AttachmentError(str(exc)) from exc


def add_attachment(
    session: Session,
    blobs: BlobStore,
    execution_id: int,
    source: Path,
    role: AttachmentRole,
    *,
    max_bytes: int,
    check_pages: bool = False,
    expected_version: int | None = None,
    slot_key: str = "",
    signs_attachment_id: int | None = None,
) -> AttachmentInfo:
    """Check and store a file, then record it in a slot ('' = «Не
    распределено»; the caller checks the slot exists). Raises AttachmentError.
    `check_pages`: also refuse a PDF or image whose pages cannot be opened
    (the documents page; synthetic test files and the demo skip it).
    `expected_version`: the subtask as the caller read it (see versioning).
    A signature file (ЭЦП) is always of the role «signature», paired with the
    document it signs (`signs_attachment_id`: the file it was dropped on) and
    kept in that document's slot (services/signatures)."""
    e = session.get(SubtaskExecution, execution_id)
    if e is None:
        raise ValueError(f"execution {execution_id} does not exist")
    check_version(e, expected_version)
    attachment = _ingest(
        e,
        blobs,
        source,
        role,
        slot_key,
        max_bytes=max_bytes,
        check_pages=check_pages,
        signs_attachment_id=signs_attachment_id,
    )
    e.attachments.append(attachment)
    if ExecutionStatus(e.status) is ExecutionStatus.NOT_STARTED:
        e.status = ExecutionStatus.IN_PROGRESS.value
    session.flush()
    return attachment_info(attachment)


def _ingest(
    e: SubtaskExecution,
    blobs: BlobStore,
    source: Path,
    role: AttachmentRole,
    slot_key: str,
    *,
    max_bytes: int,
    check_pages: bool,
    signs_attachment_id: int | None = None,
) -> Attachment:
    """A new, not yet added Attachment for a checked and stored file."""
    pairing = None

    def check(path: Path, media_type: str) -> None:
        nonlocal pairing
        if media_type == SIGNATURE_TYPE:
            from tbn4_desktop.services.signatures import pair_signature

            pairing = pair_signature(e, blobs, path, slot_key, signs_attachment_id)
        elif check_pages:
            _readable_scan(path, media_type)

    blob = blobs.ingest(source, max_bytes=max_bytes, check=check)
    attachment = Attachment(
        sha256=blob.sha256,
        original_name=blob.original_name[:255],
        size=blob.size,
        media_type=blob.media_type,
        role=role.value,
        slot_key=slot_key,
    )
    if pairing is not None:
        attachment.role = AttachmentRole.SIGNATURE.value
        attachment.slot_key = pairing.slot_key
        attachment.signs_sha256 = pairing.signs_sha256
        attachment.signature_info = pairing.facts.to_json()
        if pairing.document is not None and pairing.document.role == AttachmentRole.DRAFT.value:
            # Signed after all: a file with a valid signature is no draft.
            pairing.document.role = (
                AttachmentRole.SUPPORTING if role in (AttachmentRole.DRAFT, AttachmentRole.SIGNATURE) else role
            ).value
    elif role is AttachmentRole.SIGNATURE:
        # Only a file that is a signature by its content is one.
        attachment.role = AttachmentRole.SIGNED_SCAN.value
    return attachment


def remove_attachment(session: Session, attachment_id: int, *, expected_version: int | None = None) -> None:
    """Move an attachment to the history; its file stays in the store.
    Removing a file somebody else already removed is no change."""
    a = session.get(Attachment, attachment_id)
    if a is not None:
        check_version(a.execution, expected_version)
    if a is not None and a.removed_at is None:
        now = a.removed_at = utcnow()
        # Its signatures go with it: a signature of a file no longer there is
        # evidence of nothing (unless the same file is attached again).
        current = [x for x in a.execution.attachments if x.removed_at is None]
        if not any(x.sha256 == a.sha256 and x.role != AttachmentRole.SIGNATURE.value for x in current):
            for x in current:
                if x.signs_sha256 == a.sha256:
                    x.removed_at = now


def merge_attachments(
    session: Session,
    blobs: BlobStore,
    execution_id: int,
    attachment_ids_in_order: list[int],
    role: AttachmentRole,
    name: str,
    *,
    max_bytes: int,
    expected_version: int | None = None,
) -> AttachmentInfo:
    """Merge current attachments, in this order, into one new PDF attachment;
    the sources move to the history. Raises DocumentError / AttachmentError,
    ConcurrentEditError when a source was meanwhile removed elsewhere."""
    e = session.get(SubtaskExecution, execution_id)
    if e is None:
        raise ValueError(f"execution {execution_id} does not exist")
    check_version(e, expected_version)
    by_id = {a.id: a for a in e.attachments if a.removed_at is None}
    sources = [by_id[i] for i in attachment_ids_in_order if i in by_id]
    if len(attachment_ids_in_order) < 2:
        raise DocumentError(tr("Для объединения выберите не меньше двух приложенных файлов."))
    if len(sources) != len(attachment_ids_in_order):
        raise ConcurrentEditError(tr(_FILE_GONE))
    if any(a.role == AttachmentRole.SIGNATURE.value for a in sources):
        raise DocumentError(
            tr(
                "Файл электронной подписи не объединяется с документами: подпись относится "
                "к одному файлу, и после объединения она бы ничего не подтверждала."
            )
        )
    name = name.strip() or tr("Объединённый документ")
    if not name.lower().endswith(".pdf"):
        name += ".pdf"
    blobs.root.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix=temp_name("merge") + "-", dir=blobs.root) as tmp:
        target = Path(tmp) / name.replace("/", "_").replace("\\", "_")
        merge_to_pdf([(blobs.path_of(a.sha256), a.media_type) for a in sources], target)
        blob = blobs.ingest(target, max_bytes=max_bytes)
    # The merged file stays in the slot of its sources when they share one.
    slots = {a.slot_key or "" for a in sources}
    merged = Attachment(
        sha256=blob.sha256,
        original_name=name[:255],
        size=blob.size,
        media_type=blob.media_type,
        role=role.value,
        slot_key=slots.pop() if len(slots) == 1 else "",
    )
    now = utcnow()
    for a in sources:
        a.removed_at = now
    e.attachments.append(merged)
    session.flush()
    return attachment_info(merged)


def replace_attachment(
    session: Session,
    blobs: BlobStore,
    attachment_id: int,
    new_path: Path,
    *,
    max_bytes: int,
    check_pages: bool = False,
    expected_version: int | None = None,
) -> AttachmentInfo:
    """Put a new file in the place of a current attachment (same role); the
    old one moves to the history. Raises AttachmentError; ConcurrentEditError
    when the old one was meanwhile removed elsewhere."""
    old = session.get(Attachment, attachment_id)
    if old is None:
        raise ValueError(f"attachment {attachment_id} does not exist")
    check_version(old.execution, expected_version)
    if old.removed_at is not None:
        raise ConcurrentEditError(_FILE_GONE)
    new = _ingest(
        old.execution,
        blobs,
        new_path,
        AttachmentRole(old.role),
        old.slot_key,
        max_bytes=max_bytes,
        check_pages=check_pages,
    )
    old.removed_at = utcnow()
    old.execution.attachments.append(new)
    session.flush()
    return attachment_info(new)


def restore_attachment(session: Session, attachment_id: int, *, expected_version: int | None = None) -> AttachmentInfo:
    """Bring a file back from the history as a new current attachment (the
    history entry stays, so the history is never rewritten)."""
    old = session.get(Attachment, attachment_id)
    if old is None:
        raise ValueError(f"attachment {attachment_id} does not exist")
    check_version(old.execution, expected_version)
    restored = Attachment(
        sha256=old.sha256,
        original_name=old.original_name,
        size=old.size,
        media_type=old.media_type,
        role=old.role,
        slot_key=old.slot_key,
        signs_sha256=old.signs_sha256,
        signature_info=old.signature_info,
    )
    old.execution.attachments.append(restored)
    session.flush()
    return attachment_info(restored)


_FILE_GONE = N_(
    "Этот файл только что убрал из подзадачи другой пользователь. "
    "Ваши изменения не сохранены: откройте подзадачу заново и повторите."
)
