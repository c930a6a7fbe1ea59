"""Marking executions «Загружено в ИСПУ», taking the mark back, and the rule
that a change after the upload asks for a new upload."""

from datetime import date, timedelta

import pytest

from tbn4_desktop.core.attachments import BlobStore
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import AttachmentRole, Channel, ExecutionStatus
from tbn4_desktop.services.checklist import SlotLinkInput, set_slot_links
from tbn4_desktop.services.executions import (
    add_attachment,
    get_execution,
    mark_uploaded,
    remove_attachment,
    unmark_uploaded,
)
from tbn4_desktop.services.registers import save_rows
from tbn4_desktop.store import ConcurrentEditError
from tests.evidence import complete_filled
from tests.services.test_executions import MAX, NEWS, PDF, district, first_code, scan, version_of  # noqa: F401

DONE = date(2025, 2, 3)


@pytest.fixture
def blobs(store):
    return BlobStore(store.attachments_dir)


@pytest.fixture
def ready(store, blobs, district, scan, catalog):
    """A subtask with a scan and links, every document dated 03.02.2025 («Готово к загрузке»)."""
    _, _, signers, rows = district
    code = first_code(catalog, needs_link=True, needs_scan=True)
    row = rows[(code, "")]
    complete_filled(store, catalog, blobs, row.id, scan, signers, day=DONE)
    return row.id


def mark(store, execution_id, day=date(2025, 2, 10), reference="ИСПУ-4521"):
    with store.session() as s:
        return mark_uploaded(
            s,
            [execution_id],
            uploaded_on=day,
            ispu_reference=reference,
            expected_versions={execution_id: version_of(store, execution_id)},
        )


def info(store, execution_id):
    with store.session() as s:
        return get_execution(s, execution_id).info


def test_mark_and_unmark(store, ready):
    [marked] = mark(store, ready, reference="  ИСПУ-4521 ")
    assert marked.status is ExecutionStatus.UPLOADED
    stored = info(store, ready)
    assert (stored.uploaded_on, stored.ispu_reference) == (date(2025, 2, 10), "ИСПУ-4521")
    assert stored.status_text == "Загружено в ИСПУ 10.02.2025 (№\u00a0ИСПУ-4521)"
    with store.session() as s:
        unmark_uploaded(s, [ready], expected_versions={ready: stored.version})
    back = info(store, ready)
    assert back.status is ExecutionStatus.READY_FOR_UPLOAD
    assert (back.uploaded_on, back.ispu_reference) == (None, None)
    assert back.status_text == "Готово к загрузке"


def test_reference_is_optional(store, ready):
    mark(store, ready, reference="")
    stored = info(store, ready)
    assert stored.ispu_reference is None and stored.status_text == "Загружено в ИСПУ 10.02.2025"


@pytest.mark.parametrize(
    "day, reference, field, message",
    [
        (date.today() + timedelta(days=1), "", "uploaded_on", "Дата загрузки не может быть в будущем."),
        (DONE, "7" * 201, "ispu_reference", "Номер в ИСПУ длиннее 200 символов."),
    ],
)
def test_refusals_change_nothing(store, ready, day, reference, field, message):
    before = info(store, ready)
    with pytest.raises(ValidationError) as caught:
        mark(store, ready, day=day, reference=reference)
    assert list(caught.value.errors) == [field] and caught.value.errors[field].startswith(message)
    assert info(store, ready) == before


def test_an_incomplete_checklist_cannot_be_marked_uploaded(store, ready, catalog):
    with store.session() as s:
        remove_attachment(s, get_execution(s, ready).attachments[0].id)
    with pytest.raises(ValidationError) as caught, store.session() as s:
        mark_uploaded(
            s,
            [ready],
            uploaded_on=DONE,
            ispu_reference=None,
            expected_versions={ready: version_of(store, ready)},
            catalog=catalog,
        )
    assert "нельзя завершить: нет подписанного документа" in caught.value.errors["executions"]


def test_only_ready_executions_can_be_marked(store, ready, district):
    _, _, _, rows = district
    other = next(r for r in rows.values() if r.id != ready)
    with pytest.raises(ValidationError) as caught, store.session() as s:
        mark_uploaded(
            s,
            [ready, other.id],
            uploaded_on=DONE,
            ispu_reference=None,
            expected_versions={ready: version_of(store, ready), other.id: other.version},
        )
    assert "только для подзадач со статусом «Готово к загрузке»" in caught.value.errors["executions"]
    assert other.subtask_code in caught.value.errors["executions"]
    assert info(store, ready).status is ExecutionStatus.READY_FOR_UPLOAD  # all or nothing


def test_unmark_refuses_what_is_not_uploaded(store, ready):
    with pytest.raises(ValidationError, match="в ИСПУ не загружено"), store.session() as s:
        unmark_uploaded(s, [ready], expected_versions={ready: version_of(store, ready)})


def test_a_stale_version_is_refused(store, ready):
    stale = version_of(store, ready) - 1
    with pytest.raises(ConcurrentEditError), store.session() as s:
        mark_uploaded(s, [ready], uploaded_on=DONE, ispu_reference=None, expected_versions={ready: stale})
    assert info(store, ready).status is ExecutionStatus.READY_FOR_UPLOAD


def test_a_new_file_after_the_upload_asks_for_a_new_upload(store, blobs, ready, tmp_path):
    mark(store, ready)
    extra = tmp_path / "Протокол.pdf"
    extra.write_bytes(PDF.replace(b"1.4", b"1.5"))
    with store.session() as s:
        add_attachment(s, blobs, ready, extra, AttachmentRole.SUPPORTING, max_bytes=MAX)
    after = info(store, ready)
    assert after.status is ExecutionStatus.READY_FOR_UPLOAD
    assert (after.uploaded_on, after.ispu_reference) == (None, None)


def test_a_removed_file_or_changed_links_ask_for_a_new_upload(store, ready):
    mark(store, ready)
    with store.session() as s:
        remove_attachment(s, get_execution(s, ready).attachments[0].id)
    assert info(store, ready).status is ExecutionStatus.READY_FOR_UPLOAD
    mark(store, ready)
    with store.session() as s:
        set_slot_links(s, catalog_of(s), ready, "link", [SlotLinkInput(NEWS + "2", c, DONE) for c in Channel])
    assert info(store, ready).status is ExecutionStatus.READY_FOR_UPLOAD


def test_saving_the_same_links_keeps_the_upload(store, ready):
    mark(store, ready)
    with store.session() as s:
        links = get_execution(s, ready).links
        set_slot_links(
            s,
            catalog_of(s),
            ready,
            "link",
            [SlotLinkInput(l.url, Channel(l.channel), l.published_on, l.title) for l in links],
        )
    assert info(store, ready).status is ExecutionStatus.UPLOADED


def catalog_of(_session):
    from tbn4_desktop.core.catalog import builtin_catalog_dir
    from tbn4_desktop.core.catalog_registry import CatalogRegistry

    return CatalogRegistry.from_dirs(builtin_catalog_dir())[0].latest(2023)


def test_changed_register_rows_ask_for_a_new_upload(store, district, catalog, blobs, scan):
    _, _, signers, rows = district
    sub = catalog.subtask("3.1.2")
    row = rows[("3.1.2", "")]
    complete_filled(store, catalog, blobs, row.id, scan, signers, day=DONE)
    mark(store, row.id)
    with store.session() as s:
        save_rows(s, row.id, sub.register, [{"company_name": "ТОО «Байзак су»", "has_document": True}])
    assert info(store, row.id).status is ExecutionStatus.READY_FOR_UPLOAD


def test_saving_the_same_document_date_keeps_the_upload(store, ready):
    from tbn4_desktop.services.checklist import set_slot_date

    mark(store, ready)
    with store.session() as s:
        set_slot_date(s, catalog_of(s), ready, "protocol", DONE)
    assert info(store, ready).status is ExecutionStatus.UPLOADED
    with store.session() as s:
        set_slot_date(s, catalog_of(s), ready, "protocol", DONE - timedelta(days=1))
    assert info(store, ready).status is ExecutionStatus.READY_FOR_UPLOAD
