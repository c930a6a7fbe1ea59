"""A year's plan and the execution of its subtasks: status, signatory,
attached scans and publication links."""

from __future__ import annotations

import tempfile
from collections.abc import Iterable, Mapping
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tbn4_desktop.core.attachments import SIGNATURE_TYPE, AttachmentError, BlobStore
from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.documents import DocumentError, check_readable, merge_to_pdf
from tbn4_desktop.core.esign.evidence import SignatureFacts
from tbn4_desktop.core.tempfiles import temp_name
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import (
    AttachmentRole,
    ExecutionStatus,
    OrgLevel,
    period_label,
    periods_of,
)
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.models import (
    Attachment,
    Link,
    Organization,
    SubtaskExecution,
    YearPlan,
)
from tbn4_desktop.models.base import utcnow
from tbn4_desktop.services.records import (  # noqa: F401 - re-exported for callers
    AttachmentInfo as AttachmentInfo,
)
from tbn4_desktop.services.records import (
    ExecutionDetail as ExecutionDetail,
)
from tbn4_desktop.services.records import (
    ExecutionInfo as ExecutionInfo,
)
from tbn4_desktop.services.records import (
    LinkInfo as LinkInfo,
)
from tbn4_desktop.services.records import (
    LinkInput as LinkInput,
)
from tbn4_desktop.services.records import (
    PlanInfo as PlanInfo,
)
from tbn4_desktop.services.versioning import SUBTASK_CHANGED_MESSAGE, check_version
from tbn4_desktop.store_errors import ConcurrentEditError


def ensure_year_plan(session: Session, org_id: int, year: int, catalog: Catalog) -> PlanInfo:
    """The organisation's plan for a year, created with one execution row per
    applicable subtask and period if it does not exist yet."""
    plan = session.scalar(select(YearPlan).where(YearPlan.organization_id == org_id, YearPlan.year == year))
    if plan is None:
        org = session.get(Organization, org_id)
        if org is None:
            raise ValueError(f"organization {org_id} does not exist")
        plan = YearPlan(organization_id=org_id, year=year, catalog_id=catalog.id, catalog_version=catalog.version)
        session.add(plan)
        level = OrgLevel(org.level)
        for subtask in catalog.subtasks():
            if not subtask.applies_to(level):
                continue
            for period in periods_of(subtask.periodicity):
                session.add(
                    SubtaskExecution(
                        year_plan=plan,
                        subtask_code=subtask.code,
                        period=period,
                        status=ExecutionStatus.NOT_STARTED.value,
                        notes="",
                    )
                )
        session.flush()
    return _plan_info(plan)


def find_year_plan(session: Session, org_id: int, year: int) -> PlanInfo | None:
    plan = session.scalar(select(YearPlan).where(YearPlan.organization_id == org_id, YearPlan.year == year))
    return _plan_info(plan) if plan else None


def list_plan_years(session: Session, org_id: int) -> list[int]:
    return list(
        session.scalars(select(YearPlan.year).where(YearPlan.organization_id == org_id).order_by(YearPlan.year))
    )


def _plan_info(plan: YearPlan) -> PlanInfo:
    return PlanInfo(
        id=plan.id,
        organization_id=plan.organization_id,
        year=plan.year,
        catalog_id=plan.catalog_id,
        catalog_version=plan.catalog_version,
    )


def list_executions(session: Session, plan_id: int) -> list[ExecutionInfo]:
    """Every execution of a plan with attachment and link counts, in one query."""
    att = (
        select(Attachment.execution_id, func.count().label("n"))
        .where(Attachment.removed_at.is_(None))
        .group_by(Attachment.execution_id)
        .subquery()
    )
    lnk = select(Link.execution_id, func.count().label("n")).group_by(Link.execution_id).subquery()
    rows = session.execute(
        select(SubtaskExecution, func.coalesce(att.c.n, 0), func.coalesce(lnk.c.n, 0))
        .outerjoin(att, att.c.execution_id == SubtaskExecution.id)
        .outerjoin(lnk, lnk.c.execution_id == SubtaskExecution.id)
        .where(SubtaskExecution.year_plan_id == plan_id)
        .order_by(SubtaskExecution.id)
    )
    return [_execution_info(e, n_att, n_lnk) for e, n_att, n_lnk in rows]


def _execution_info(e: SubtaskExecution, n_att: int, n_lnk: int) -> ExecutionInfo:
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


def _attachment_info(a: Attachment) -> AttachmentInfo:
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


def get_execution(session: Session, execution_id: int) -> ExecutionDetail:
    e = session.get(SubtaskExecution, execution_id)
    if e is None:
        raise ValueError(f"execution {execution_id} does not exist")
    current = [a for a in e.attachments if a.removed_at is None]
    history = [a for a in e.attachments if a.removed_at is not None]
    return ExecutionDetail(
        info=_execution_info(e, len(current), len(e.links)),
        attachments=[_attachment_info(a) for a in current],
        history=[_attachment_info(a) for a in history],
        links=[
            LinkInfo(
                id=l.id,
                url=l.url,
                title=l.title,
                published_on=l.published_on,
                slot_key=l.slot_key or "",
                channel=l.channel,
            )
            for l in e.links
        ],
    )


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
    return _attachment_info(attachment)


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
    return _attachment_info(merged)


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
    return _attachment_info(new)


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
    return _attachment_info(restored)


_FILE_GONE = N_(
    "Этот файл только что убрал из подзадачи другой пользователь. "
    "Ваши изменения не сохранены: откройте подзадачу заново и повторите."
)


def save_notes(session: Session, execution_id: int, *, expected_version: int | None, notes: str) -> ExecutionInfo:
    """Keep the user's notes of a subtask without completing it."""
    e = session.get(SubtaskExecution, execution_id)
    if e is None:
        raise ValueError(f"execution {execution_id} does not exist")
    if expected_version is not None:
        _check_version(e, expected_version)
    if e.notes != notes:
        e.notes = notes
    if ExecutionStatus(e.status) is ExecutionStatus.NOT_STARTED and notes:
        e.status = ExecutionStatus.IN_PROGRESS.value
    session.flush()
    return _info(e)


def _check_version(e: SubtaskExecution, expected_version: int) -> None:
    if e.version != expected_version:
        raise ConcurrentEditError(tr(SUBTASK_CHANGED_MESSAGE))


# ------------------------------------------------------------------ ISPU upload marks
ISPU_REFERENCE_MAX = 200


def mark_uploaded(
    session: Session,
    execution_ids: Iterable[int],
    *,
    uploaded_on: date,
    ispu_reference: str | None,
    expected_versions: Mapping[int, int] | None,
    catalog: Catalog | None = None,
) -> list[ExecutionInfo]:
    """Mark «Готово к загрузке» executions «Загружено в ИСПУ» on a day, with
    the ISPU reference the user noted. With the catalog, an execution whose
    checklist is no longer complete is refused too. All or nothing:
    ValidationError (fields: uploaded_on, ispu_reference, executions) or
    ConcurrentEditError. ``expected_versions`` None: not checked (scripts)."""
    executions = _load_for_marking(session, execution_ids, expected_versions)
    reference = " ".join((ispu_reference or "").split()) or None
    errors: dict[str, str] = {}
    not_ready = [e for e in executions if ExecutionStatus(e.status) is not ExecutionStatus.READY_FOR_UPLOAD]
    if not_ready:
        errors["executions"] = tr(
            "Отметить загрузку можно только для подзадач со статусом «Готово к загрузке»; не готово: {names}."
        ).format(names=_names(not_ready))
    elif catalog is not None:
        from tbn4_desktop.services.checklist import plan_checklists

        incomplete = []
        for e in executions:
            checklist = plan_checklists(session, catalog, e.year_plan_id).checklists.get(e.id)
            if checklist is not None and not checklist.complete:
                incomplete.append(checklist.refusal())
        if incomplete:
            errors["executions"] = " ".join(incomplete)
    if uploaded_on > date.today():
        errors["uploaded_on"] = tr("Дата загрузки не может быть в будущем.")
    if reference and len(reference) > ISPU_REFERENCE_MAX:
        errors["ispu_reference"] = tr("Номер в ИСПУ длиннее {max} символов.").format(max=ISPU_REFERENCE_MAX)
    if errors:
        raise ValidationError(errors)
    for e in executions:
        e.status = ExecutionStatus.UPLOADED.value
        e.uploaded_on = uploaded_on
        e.ispu_reference = reference
    session.flush()
    return [_info(e) for e in executions]


def unmark_uploaded(
    session: Session, execution_ids: Iterable[int], *, expected_versions: Mapping[int, int] | None
) -> list[ExecutionInfo]:
    """Take the upload mark back: «Загружено в ИСПУ» → «Готово к загрузке»."""
    executions = _load_for_marking(session, execution_ids, expected_versions)
    not_uploaded = [e for e in executions if ExecutionStatus(e.status) is not ExecutionStatus.UPLOADED]
    if not_uploaded:
        raise ValidationError(
            {
                "executions": tr(
                    "Отметка о загрузке есть не у всех выбранных подзадач: {names} в ИСПУ не загружено."
                ).format(names=_names(not_uploaded))
            }
        )
    for e in executions:
        e.status = ExecutionStatus.READY_FOR_UPLOAD.value  # the listener clears the date and number
    session.flush()
    return [_info(e) for e in executions]


def _load_for_marking(
    session: Session, execution_ids: Iterable[int], expected_versions: Mapping[int, int] | None
) -> list[SubtaskExecution]:
    ids = list(dict.fromkeys(execution_ids))
    if not ids:
        raise ValidationError({"executions": tr("Не выбрано ни одной подзадачи.")})
    executions = []
    for execution_id in ids:
        e = session.get(SubtaskExecution, execution_id)
        if e is None:
            raise ValueError(f"execution {execution_id} does not exist")
        if expected_versions is not None:
            if execution_id not in expected_versions:
                raise ValueError(f"no expected version for execution {execution_id}")
            _check_version(e, expected_versions[execution_id])
        executions.append(e)
    return executions


def _names(executions: list[SubtaskExecution]) -> str:
    return ", ".join(f"{e.subtask_code} ({period_label(e.period)})" if e.period else e.subtask_code for e in executions)


def _info(e: SubtaskExecution) -> ExecutionInfo:
    return _execution_info(e, sum(a.removed_at is None for a in e.attachments), len(e.links))
