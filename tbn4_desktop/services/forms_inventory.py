"""The inventory's lines (опись документов) of one organisation's year:
one per signed scan, electronically signed file and attached signature
(drafts never) and per publication link, with its signer, date and pages."""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tbn4_desktop.core.attachments import BlobStore
from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.checklist import SlotState
from tbn4_desktop.core.documents import DocumentError, page_count
from tbn4_desktop.core.esign.evidence import SignatureFacts, SignerFacts
from tbn4_desktop.core.forms.inventory import InventoryItem
from tbn4_desktop.core.vocabulary import AttachmentRole, period_label_ru
from tbn4_desktop.models import Attachment, Link, SubtaskExecution
from tbn4_desktop.services.bundle_signatures import esign_date, esign_signer_text
from tbn4_desktop.services.checklist import plan_checklists
from tbn4_desktop.services.forms_approver import short_name

_PAGES: dict[str, int | None] = {}  # sha256 → pages: a stored blob never changes


def store_blobs(session: Session) -> BlobStore | None:
    folder = session.info.get("attachments_dir")
    return BlobStore(Path(folder)) if folder else None


def _pages(
    blobs: BlobStore | None, sha256: str, media_type: str, known: MutableMapping[str, int | None] | None = None
) -> int | None:
    """The blob's page count; `known`: counts kept across runs (the export's
    page-count file), so that a scan is not read a second time just for them."""
    if known is not None and sha256 in known:
        return known[sha256]
    if sha256 not in _PAGES:
        if blobs is None or not blobs.has(sha256):
            return None  # a missing blob: the export reports it; the inventory leaves it blank
        try:
            _PAGES[sha256] = page_count(blobs.path_of(sha256), media_type)
        except (DocumentError, OSError, ValueError):
            return None
    pages = _PAGES[sha256]
    if known is not None:
        known[sha256] = pages  # also a count this process made earlier (a form shown before the export)
    return pages


def _inventory_period(period: str, year: int) -> str:
    label = period_label_ru(period) if period else f"{year} год"  # i18n: ru-only — printed in the inventory form
    return label[0].upper() + label[1:]  # «Март»; «II квартал» keeps its numeral


def _signer_text(state: SlotState | None, esigners: Sequence[SignerFacts] = ()) -> str:
    """«Касымов А. Б., руководитель аппарата»: the signer recorded for the
    document's slot ('' for a slot nobody signs or nobody was recorded for);
    for an electronically signed document its certificates' «Иванов И. И. (ЭЦП)»."""
    if esigners:
        return esign_signer_text(esigners)
    if state is None or state.signer_name is None or state.signer_role is None:
        return ""
    label = state.signer_role.label_ru  # printed in the inventory form
    return f"{short_name(state.signer_name)}, {label[0].lower()}{label[1:]}"


def plan_inventory_items(
    session: Session,
    catalog: Catalog,
    plan_id: int,
    year: int,
    blobs: BlobStore | None,
    period: str | None = None,
    pages: MutableMapping[str, int | None] | None = None,
) -> list[InventoryItem]:
    # Who signed each document and when: its slot's signer and date in the
    # execution's checklist (a file not sorted into a slot has neither).
    checklists = plan_checklists(session, catalog, plan_id).checklists
    where = [SubtaskExecution.year_plan_id == plan_id]
    if period is not None:
        where.append(SubtaskExecution.period == period)
    # Signed scans, files an intact current signature signs (any role) and
    # attached signatures (the document is inside); never a detached signature.
    current = session.execute(
        select(
            SubtaskExecution.subtask_code,
            SubtaskExecution.period,
            SubtaskExecution.id,
            Attachment.slot_key,
            Attachment.original_name,
            Attachment.sha256,
            Attachment.media_type,
            Attachment.role,
            Attachment.signs_sha256,
            Attachment.signature_info,
        )
        .join(Attachment, Attachment.execution_id == SubtaskExecution.id)
        .where(*where, Attachment.removed_at.is_(None))
        .order_by(SubtaskExecution.id, Attachment.id)
    ).all()
    signature = AttachmentRole.SIGNATURE.value
    esigned: dict[tuple[int, str], list[SignerFacts]] = {}  # (execution, signed file's SHA-256) → signers
    for a in current:
        facts = SignatureFacts.from_json(a.signature_info) if a.role == signature else None
        if facts is not None and facts.intact:
            esigned.setdefault((a.id, a.signs_sha256 or a.sha256), []).extend(facts.signers)
    # A draft is never listed: signed or not, the user says it is not the signed version.
    scans = [
        (*a[:7], esigned.get((a.id, a.sha256), []))
        for a in current
        if (
            (a.id, a.sha256) in esigned
            and (a.role != signature or a.signs_sha256 is None)
            and a.role != AttachmentRole.DRAFT.value
        )
        or a.role == AttachmentRole.SIGNED_SCAN.value
    ]
    links = session.execute(
        select(
            SubtaskExecution.subtask_code,
            SubtaskExecution.period,
            SubtaskExecution.id,
            Link.slot_key,
            Link.url,
            Link.published_on,
        )
        .join(Link, Link.execution_id == SubtaskExecution.id)
        .where(*where)
        .order_by(SubtaskExecution.id, Link.id)
    )
    items: list[InventoryItem] = []

    def state_of(execution_id: int, slot_key: str | None) -> SlotState | None:
        checklist = checklists.get(execution_id)
        if checklist is None or not slot_key:
            return None
        try:
            return checklist.state(slot_key)
        except KeyError:
            return None

    def add(
        code: str,
        period_key: str,
        state: SlotState | None,
        signed_on: date | None,
        document: str,
        pages: int | None,
        esigners: Sequence[SignerFacts] = (),
    ) -> None:
        try:
            subtask = catalog.subtask(code)
        except KeyError:
            return  # a code the plan's catalog no longer knows has no place in the form
        items.append(
            InventoryItem(
                project=subtask.project,
                project_title=catalog.project(subtask.project).title,
                code=code,
                subtask_title=subtask.short_title,
                period=_inventory_period(period_key, year),
                document=document,
                pages=pages,
                signer=_signer_text(state, esigners),
                signed_on=signed_on,
            )
        )

    # Per execution (period order: M01 < M02, Q1 < Q2), scans first, then links.
    found: list[
        tuple[
            tuple[str, str, int, int],
            tuple[str, str, SlotState | None, date | None, str, int | None, Sequence[SignerFacts]],
        ]
    ] = []
    for n, (code, period_key, ex, key, name, sha256, media_type, esigners) in enumerate(scans):
        state = state_of(ex, key)
        day = (state.doc_date if state else None) or esign_date(esigners)
        found.append(
            (
                (code, period_key, 0, n),
                (code, period_key, state, day, name, _pages(blobs, sha256, media_type, pages), esigners),
            )
        )
    for n, (code, period_key, ex, key, url, published_on) in enumerate(links):
        state = state_of(ex, key)
        found.append(
            (
                (code, period_key, 1, n),
                (code, period_key, state, published_on or (state.doc_date if state else None), url, None, ()),
            )
        )
    for _, item in sorted(found, key=lambda pair: pair[0]):
        add(*item)
    return items
