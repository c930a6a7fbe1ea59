import pytest

from tbn4_desktop.core.attachments import AttachmentError, BlobStore
from tbn4_desktop.core.vocabulary import (
    AttachmentRole,
    DocumentKind,
    ExecutionStatus,
    OrgLevel,
    SignerRole,
    periods_of,
)
from tbn4_desktop.services.checklist import complete
from tbn4_desktop.services.executions import (
    add_attachment,
    ensure_year_plan,
    get_execution,
    list_executions,
    list_plan_years,
    remove_attachment,
    save_notes,
)
from tbn4_desktop.services.organizations import (
    OrganizationInput,
    SignatoryInput,
    create_organization,
    list_signatories,
)
from tbn4_desktop.store import ConcurrentEditError

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
MAX = 1 << 20
NEWS = "https://www.gov.kz/memleket/entities/zhambyl-bayzak/press/news/details/101"


@pytest.fixture
def blobs(store):
    return BlobStore(store.attachments_dir)


@pytest.fixture
def scan(tmp_path):
    path = tmp_path / "Приказ №12.pdf"
    path.write_bytes(PDF)
    return path


@pytest.fixture
def district(store, catalog):
    """A district akimat with its three signatories and its 2025 plan."""
    with store.session() as s:
        org = create_organization(
            s,
            OrganizationInput(
                name="Аппарат акима Байзакского района",
                bin="050340001235",
                level=OrgLevel.DISTRICT,
                parent_name="Аппарат акима Жамбылской области",
            ),
            [
                SignatoryInput("Жанабаев Ерлан Сапарбекович", "Аким Байзакского района", SignerRole.DISTRICT_AKIM),
                SignatoryInput(
                    "Тулегенова Айгерим Нурлановна",
                    "Руководитель аппарата акима Байзакского района",
                    SignerRole.CHIEF_OF_STAFF,
                ),
                SignatoryInput(
                    "Сейтказиев Нурлан Маратович",
                    "Уполномоченный по этике аппарата акима района",
                    SignerRole.ETHICS_COMMISSIONER,
                ),
            ],
        )
        plan = ensure_year_plan(s, org.id, 2025, catalog)
        signers = {x.role: x for x in list_signatories(s, org.id)}
        rows = {(e.subtask_code, e.period): e for e in list_executions(s, plan.id)}
    return org, plan, signers, rows


def first_code(catalog, *, needs_link: bool, needs_scan: bool, signer: SignerRole = SignerRole.DISTRICT_AKIM):
    """The first subtask with (or without) a link slot and a file slot whose
    signed slots ``signer`` may sign at district level."""
    for sub in catalog.subtasks():
        kinds = {d.kind for d in sub.documents}
        has_link = DocumentKind.LINK in kinds
        has_scan = any(k.takes_files for k in kinds)
        signs = all(signer in d.signers_for(OrgLevel.DISTRICT) for d in sub.documents if d.kind.needs_signer)
        if (
            (has_link, has_scan) == (needs_link, needs_scan)
            and signs
            and sub.applies_to(OrgLevel.DISTRICT)
            and sub.applies_if is None
        ):
            return sub.code
    raise AssertionError("the catalog has no such subtask")


def version_of(store, execution_id):
    with store.session() as s:
        return get_execution(s, execution_id).info.version


def test_plan_has_one_row_per_applicable_subtask_and_period(store, catalog, district):
    org, plan, _, rows = district
    expected = {
        (sub.code, p)
        for sub in catalog.subtasks()
        if sub.applies_to(OrgLevel.DISTRICT)
        for p in periods_of(sub.periodicity)
    }
    not_applicable = [sub.code for sub in catalog.subtasks() if not sub.applies_to(OrgLevel.DISTRICT)]
    assert len(catalog.subtasks()) == 37
    assert not_applicable, "the catalog should have subtasks a district does not execute"
    assert set(rows) == expected
    assert not {code for code, _ in rows} & set(not_applicable)
    assert all(e.status is ExecutionStatus.NOT_STARTED for e in rows.values())
    with store.session() as s:
        assert ensure_year_plan(s, org.id, 2025, catalog) == plan  # idempotent
        assert len(list_executions(s, plan.id)) == len(expected)
        assert list_plan_years(s, org.id) == [2025]


def test_attaching_a_scan_starts_the_work(store, blobs, district, scan, catalog):
    _, _, _, rows = district
    code = first_code(catalog, needs_link=False, needs_scan=True)
    row = rows[(code, "")]
    with store.session() as s:
        att = add_attachment(s, blobs, row.id, scan, AttachmentRole.SIGNED_SCAN, max_bytes=MAX)
    with store.session() as s:
        detail = get_execution(s, row.id)
    assert detail.info.status is ExecutionStatus.IN_PROGRESS
    assert [a.id for a in detail.attachments] == [att.id]
    assert att.original_name == "Приказ №12.pdf" and att.media_type == "application/pdf"
    assert blobs.has(att.sha256)


def test_a_refused_file_is_not_recorded(store, blobs, district, tmp_path, catalog):
    _, _, _, rows = district
    fake = tmp_path / "приказ.pdf"
    fake.write_bytes(b"MZ\x90\x00" + b"\x00" * 100)
    row = rows[(first_code(catalog, needs_link=False, needs_scan=True), "")]
    with pytest.raises(AttachmentError, match="не является документом допустимого типа"), store.session() as s:
        add_attachment(s, blobs, row.id, fake, AttachmentRole.SIGNED_SCAN, max_bytes=MAX)
    with store.session() as s:
        detail = get_execution(s, row.id)
    assert detail.attachments == [] and detail.info.status is ExecutionStatus.NOT_STARTED


def test_removed_attachment_goes_to_history(store, blobs, district, scan, tmp_path, catalog):
    _, plan, _, rows = district
    row = rows[(first_code(catalog, needs_link=False, needs_scan=True), "")]
    other = tmp_path / "Приказ исправленный.pdf"
    other.write_bytes(PDF + b"% v2\n")
    with store.session() as s:
        old = add_attachment(s, blobs, row.id, scan, AttachmentRole.SIGNED_SCAN, max_bytes=MAX)
        new = add_attachment(s, blobs, row.id, other, AttachmentRole.SIGNED_SCAN, max_bytes=MAX)
    with store.session() as s:
        remove_attachment(s, old.id)
        remove_attachment(s, old.id)  # twice is harmless
    with store.session() as s:
        detail = get_execution(s, row.id)
    assert [a.id for a in detail.attachments] == [new.id]
    assert [a.id for a in detail.history] == [old.id]
    assert detail.history[0].removed_at is not None
    assert detail.info.attachment_count == 1
    assert blobs.has(old.sha256), "the file of a removed attachment is kept"
    with store.session() as s:
        listed = {e.id: e for e in list_executions(s, plan.id)}
    assert listed[row.id].attachment_count == 1


def test_a_stale_version_is_refused(store, blobs, district, scan, catalog):
    _, _, _, rows = district
    row = rows[(first_code(catalog, needs_link=False, needs_scan=True), "")]
    with store.session() as s:
        add_attachment(s, blobs, row.id, scan, AttachmentRole.SIGNED_SCAN, max_bytes=MAX)
    seen = version_of(store, row.id)
    with store.session() as s:  # somebody else saves notes first
        save_notes(s, row.id, expected_version=seen, notes="чужая правка")
    with pytest.raises(ConcurrentEditError) as caught, store.session() as s:
        complete(s, catalog, row.id, expected_version=seen)
    assert str(caught.value) == (
        "Эту подзадачу только что изменил другой пользователь. "
        "Ваши изменения не сохранены: откройте её заново и повторите."
    )
    with store.session() as s:
        detail = get_execution(s, row.id)
    assert detail.info.notes == "чужая правка" and detail.info.status is ExecutionStatus.IN_PROGRESS


def test_notes_are_kept_without_completing(store, district):
    _, _, _, rows = district
    row = next(iter(rows.values()))
    with store.session() as s:
        info = save_notes(s, row.id, expected_version=row.version, notes="черновик")
    assert info.status is ExecutionStatus.IN_PROGRESS and info.notes == "черновик"
