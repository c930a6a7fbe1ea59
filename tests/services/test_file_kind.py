"""The kind of an attached file changed after adding (issue 14, item 5):
`services.slot_records.set_attachment_role` — a draft made the signed scan
completes its document, the change is journaled with the old and new kind,
a removed file or an older reading of the subtask is refused, and a
document nobody signs takes no «signed scan»."""

from __future__ import annotations

import pytest

from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import AttachmentRole, SignerRole
from tbn4_desktop.services.audit import list_entries
from tbn4_desktop.services.checklist import (
    complete,
    execution_checklist,
    set_slot_signer,
)
from tbn4_desktop.services.executions import (
    add_attachment,
    get_execution,
    remove_attachment,
)
from tbn4_desktop.services.slot_records import allowed_roles, set_attachment_role
from tbn4_desktop.store_errors import ConcurrentEditError
from tests.services.test_checklist_service import blobs  # noqa: F401 - fixture
from tests.services.test_executions import MAX, district, scan  # noqa: F401 - fixtures


def test_a_draft_made_the_signed_scan_completes_the_document_and_is_journaled(
    store,
    blobs,
    district,
    scan,  # noqa: F811
    catalog,
):
    _, _, signers, rows = district
    row = rows[("1.1.2", "")]
    with store.session() as s:
        draft = add_attachment(s, blobs, row.id, scan, AttachmentRole.DRAFT, max_bytes=MAX, slot_key="order")
        set_slot_signer(s, catalog, row.id, "order", signers[SignerRole.DISTRICT_AKIM].id)
        assert not execution_checklist(s, catalog, row.id).state("order").satisfied
        version = get_execution(s, row.id).info.version
    with store.session() as s:
        info = set_attachment_role(s, catalog, draft.id, AttachmentRole.SIGNED_SCAN, expected_version=version)
    assert info.role is AttachmentRole.SIGNED_SCAN and info.sha256 == draft.sha256  # the file itself stays
    with store.session() as s:
        assert get_execution(s, row.id).info.version > version
        assert execution_checklist(s, catalog, row.id).state("order").satisfied
        complete(s, catalog, row.id)
        entries = [e for e in list_entries(s) if e.action == "file_kind_changed"]
    assert len(entries) == 1
    assert entries[0].summary.startswith(f"Вид файла «{scan.name}» документа «")
    assert entries[0].summary.endswith("Проект документа (без подписи) → Скан подписанного документа.")


def test_the_same_kind_again_is_no_change(store, blobs, district, scan, catalog):  # noqa: F811
    _, _, _, rows = district
    row = rows[("1.1.2", "")]
    with store.session() as s:
        a = add_attachment(s, blobs, row.id, scan, AttachmentRole.SIGNED_SCAN, max_bytes=MAX, slot_key="order")
        version = get_execution(s, row.id).info.version
    with store.session() as s:
        set_attachment_role(s, catalog, a.id, AttachmentRole.SIGNED_SCAN, expected_version=version)
    with store.session() as s:
        assert get_execution(s, row.id).info.version == version
        assert not [e for e in list_entries(s) if e.action == "file_kind_changed"]


def test_a_removed_file_or_an_older_reading_is_refused(store, blobs, district, scan, catalog):  # noqa: F811
    _, _, _, rows = district
    row = rows[("1.1.2", "")]
    with store.session() as s:
        a = add_attachment(s, blobs, row.id, scan, AttachmentRole.DRAFT, max_bytes=MAX, slot_key="order")
        old = get_execution(s, row.id).info.version
        remove_attachment(s, a.id)
    with pytest.raises(ConcurrentEditError), store.session() as s:
        set_attachment_role(s, catalog, a.id, AttachmentRole.SIGNED_SCAN, expected_version=old)
    with pytest.raises(ConcurrentEditError) as caught, store.session() as s:
        set_attachment_role(s, catalog, a.id, AttachmentRole.SIGNED_SCAN)
    assert "уже убран из подзадачи" in str(caught.value)
    with store.session() as s:
        assert get_execution(s, row.id).history[0].role is AttachmentRole.DRAFT


def test_a_document_nobody_signs_takes_no_signed_scan(store, blobs, district, scan, catalog):  # noqa: F811
    _, _, _, rows = district
    subtask, slot = next(
        (s, d)
        for s in catalog.subtasks()
        for d in s.documents
        if d.kind.takes_files and not d.kind.needs_signer and (s.code, "") in rows
    )
    assert allowed_roles(catalog, subtask.code, slot.key) == (AttachmentRole.SUPPORTING, AttachmentRole.DRAFT)
    row = rows[(subtask.code, "")]
    with store.session() as s:
        a = add_attachment(s, blobs, row.id, scan, AttachmentRole.SUPPORTING, max_bytes=MAX, slot_key=slot.key)
    with pytest.raises(ValidationError) as caught, store.session() as s:
        set_attachment_role(s, catalog, a.id, AttachmentRole.SIGNED_SCAN)
    assert caught.value.errors["role"].startswith(f"Файл «{scan.name}» не может быть видом «Скан подписанного")
