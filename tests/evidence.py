"""Filling a subtask's checklist in tests the way a user does in the wizard:
a file in every file slot, a signer allowed for each signed slot, each
slot's date, a link per required channel, then «Завершить»."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from tbn4_desktop.core.attachments import BlobStore
from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.vocabulary import AttachmentRole, DocumentKind, OrgLevel, SignerRole
from tbn4_desktop.models import SubtaskExecution
from tbn4_desktop.services.checklist import (
    SlotLinkInput,
    complete,
    set_slot_date,
    set_slot_links,
    set_slot_signer,
)
from tbn4_desktop.services.executions import add_attachment

NEWS = "https://www.gov.kz/memleket/entities/zhambyl-bayzak/press/news/details/{}"


def fill_checklist(
    session,
    catalog: Catalog,
    blobs: BlobStore,
    execution_id: int,
    scan: Path,
    signers: Mapping[SignerRole, object],
    *,
    day: date,
    level: OrgLevel = OrgLevel.DISTRICT,
    skip: tuple[str, ...] = (),
    max_bytes: int = 1 << 20,
) -> None:
    """Every slot except those in ``skip``; ``signers``: role → SignatoryInfo."""
    e = session.get(SubtaskExecution, execution_id)
    subtask = catalog.subtask(e.subtask_code)
    for n, slot in enumerate(subtask.documents):
        if slot.key in skip:
            continue
        if slot.kind.takes_files:
            add_attachment(
                session, blobs, execution_id, scan, AttachmentRole.SIGNED_SCAN, max_bytes=max_bytes, slot_key=slot.key
            )
        if slot.kind.needs_signer:
            role = next(r for r in slot.signers_for(level) if r in signers)
            set_slot_signer(session, catalog, execution_id, slot.key, signers[role].id)
        if slot.kind is DocumentKind.LINK:
            set_slot_links(
                session,
                catalog,
                execution_id,
                slot.key,
                [
                    SlotLinkInput(NEWS.format(100 + n * 10 + i), channel, day)
                    for i, channel in enumerate(slot.channels[:1] if slot.any_channel else slot.channels)
                ],
            )
        elif slot.date is not None:
            set_slot_date(session, catalog, execution_id, slot.key, day)


def complete_filled(
    store,
    catalog: Catalog,
    blobs: BlobStore,
    execution_id: int,
    scan: Path,
    signers: Mapping[SignerRole, object],
    *,
    day: date,
    **kw,
) -> None:
    """fill_checklist, then complete, in one transaction."""
    with store.session() as s:
        fill_checklist(s, catalog, blobs, execution_id, scan, signers, day=day, **kw)
        complete(s, catalog, execution_id)
