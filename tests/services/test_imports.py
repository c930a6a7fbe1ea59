"""Import of a subordinate's bundle: round trip of the demo (the same
checklist for every item), a format 1 bundle sorted into slots, idempotence,
newer replaces older (history kept), older refused, and every refusal that
depends on this installation leaves the store exactly as it was."""

from datetime import timedelta

import pytest
from sqlalchemy import select

from tbn4_desktop.core.bundle import BundleCancelled, BundleError
from tbn4_desktop.core.slot_assignment import file_slot, link_slot
from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
from tbn4_desktop.models import Organization, RegisterRow, Signatory, SubtaskExecution, YearPlan
from tbn4_desktop.models.exchange import ImportedBundle
from tbn4_desktop.services.checklist import SlotLinkInput, get_answers, list_supervised, plan_checklists, set_slot_links
from tbn4_desktop.services.deadlines import get_anchors
from tbn4_desktop.services.executions import find_year_plan, list_executions
from tbn4_desktop.services.imports import ImportError_, UnknownSubordinate, import_bundle
from tbn4_desktop.services.organizations import (
    OrganizationInput,
    SignatoryInput,
    create_organization,
    get_current_organization,
)
from tests.services.import_fixtures import (
    CREATED,
    YEAR,
    as_format_1,
    demo_bundle,
    make_bin,
    oblast,
    rewrite_manifest,
    snapshot,
)


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    ctx, bundle = demo_bundle(tmp_path_factory.mktemp("district"))
    yield ctx, bundle
    ctx.close()


@pytest.fixture
def region(tmp_path):
    ctx = oblast(tmp_path / "oblast")
    yield ctx
    ctx.close()


def year_state(ctx, bin_):
    """Everything the bundle carries about an organisation's year, by (code, period)."""
    with ctx.store.session() as s:
        org = s.scalar(select(Organization).where(Organization.bin == bin_))
        plan = s.scalar(select(YearPlan).where(YearPlan.organization_id == org.id, YearPlan.year == YEAR))
        state = {}
        for e in s.scalars(select(SubtaskExecution).where(SubtaskExecution.year_plan_id == plan.id)):
            rows = s.scalars(
                select(RegisterRow)
                .where(RegisterRow.execution_id == e.id)
                .order_by(RegisterRow.register_key, RegisterRow.position)
            )
            signers = {}
            for r in e.slot_records:
                signer = s.get(Signatory, r.signatory_id) if r.signatory_id else None
                if signer is not None:
                    signers[r.slot_key] = (signer.full_name, signer.position, signer.role)
            state[(e.subtask_code, e.period)] = {
                "status": e.status,
                "completed_on": e.completed_on,
                "uploaded_on": e.uploaded_on,
                "ispu_reference": e.ispu_reference,
                "signers": signers,
                "waived": {r.slot_key: r.waived_reason for r in e.slot_records if r.waived_reason},
                "links": [(l.url, l.title, l.published_on, l.slot_key, l.channel) for l in e.links],
                "files": [
                    (a.sha256, a.original_name, a.role, a.media_type, a.size, a.slot_key)
                    for a in e.attachments
                    if a.removed_at is None and a.role != "draft"
                ],  # never exported
                "rows": [(r.register_key, r.position, r.values) for r in rows],
            }
        return org, state


def checklists(ctx, bin_):
    """(code, period) → the checklist as judged: every slot's verdict, signer,
    date, waiver, links and problems (the count of files aside: drafts stay home)."""
    catalog = ctx.catalog_for_year(YEAR)
    with ctx.store.session() as s:
        org = s.scalar(select(Organization).where(Organization.bin == bin_))
        plan = find_year_plan(s, org.id, YEAR)
        codes = {e.id: (e.subtask_code, e.period) for e in list_executions(s, plan.id)}
        judged = plan_checklists(s, catalog, plan.id)
        extra = {
            "answers": get_answers(s, plan.id),
            "anchors": get_anchors(s, plan.id),
            "supervised": [(x.name, x.bin) for x in list_supervised(s, org.id)],
        }
    out = {}
    for ex, checklist in judged.checklists.items():
        if not judged.applicability[codes[ex][0]].applies:
            continue
        out[codes[ex]] = (
            checklist.complete,
            checklist.refusal(),
            checklist.unassigned_files,
            [
                (
                    st.slot.key,
                    st.satisfied,
                    st.ok,
                    st.waived_reason,
                    st.signer_name,
                    st.signer_role,
                    st.signer_allowed,
                    st.doc_date,
                    st.links,
                    st.missing_channels,
                    st.problems,
                    st.mark,
                )
                for st in checklist.slots
            ],
        )
    return out, extra


def file_bytes(ctx, state):
    return {f[0]: ctx.blobs.path_of(f[0]).read_bytes() for item in state.values() for f in item["files"]}


def refused(ctx, path, *words, error=ImportError_, **kwargs):
    before = snapshot(ctx)
    with pytest.raises(error) as caught:
        import_bundle(ctx, path, **kwargs)
    message = str(caught.value)
    for word in words:
        assert word in message, message
    assert snapshot(ctx) == before  # no row, no file, no staging folder left
    return message


# ---------------------------------------------------------------- round trip


def test_round_trip_gives_identical_records_and_files(district, region):
    source, bundle = district
    with source.store.session() as s:
        demo = get_current_organization(s)
    steps = []
    result = import_bundle(
        region, bundle, add_unknown_subordinate=True, progress=lambda done, total: steps.append((done, total))
    )
    assert result.added_subordinate and not result.already_imported and result.files > 0
    assert "принят" in result.message and demo.name in result.message
    assert steps[-1][0] == steps[-1][1]

    _org, expected = year_state(source, demo.bin)
    org, imported = year_state(region, demo.bin)
    assert imported == expected
    assert any(item["rows"] for item in expected.values())  # the demo has register rows
    assert any(item["signers"] for item in expected.values())
    assert any(item["waived"] for item in expected.values())  # 3.1.1 Q1: «не опубликовано»
    # The same checklist for every item, judged by the oblast from the bundle's slots.
    assert checklists(region, demo.bin) == checklists(source, demo.bin)
    lists, extra = checklists(region, demo.bin)
    assert any(c[0] for c in lists.values()) and not all(c[0] for c in lists.values())
    assert extra["answers"] == {"supervises_quasi": True, "system_wide_analysis": True}
    assert len(extra["supervised"]) == 3 and extra["anchors"] == checklists(source, demo.bin)[1]["anchors"]
    # The oblast's matrix counts as done what is marked done with its checklist complete.
    from tbn4_desktop.services.rollup import subordinates_status

    class Catalogs:
        def for_plan(self, catalog_id, version, year):
            return region.catalog_for_plan(catalog_id, version, year)

    with region.store.session() as s:
        oblast_org = get_current_organization(s)
        [row] = subordinates_status(s, Catalogs(), oblast_org.id, YEAR, as_of=CREATED.date())
    done = {(c, p) for c, ps in row.periods.items() for p in ps if p.done}
    wanted = {
        key
        for key, (complete, *_rest) in lists.items()
        if complete and expected[key]["status"] in ("ready_for_upload", "uploaded")
    }
    assert {(c, p.period) for c, p in done} == wanted and wanted
    assert file_bytes(region, imported) == file_bytes(source, expected)
    with region.store.session() as s:
        oblast_org = get_current_organization(s)
        stored = s.get(Organization, org.id)
        assert (stored.name, stored.level, stored.parent_id) == (demo.name, "district", oblast_org.id)
        (record,) = s.scalars(select(ImportedBundle)).all()
    assert record.superseded_at is None and record.year == YEAR and record.source_name == bundle.name
    assert region.blobs.path_of(record.bundle_sha256).read_bytes() == bundle.read_bytes()  # the original kept
    assert not [p for p in region.blobs.root.iterdir() if p.name.startswith((".import-", "~tbn4-"))]


def test_importing_the_same_bundle_twice_changes_nothing(district, region):
    _source, bundle = district
    import_bundle(region, bundle, add_unknown_subordinate=True)
    before = snapshot(region)
    again = import_bundle(region, bundle)
    assert again.already_imported and "уже принят" in again.message
    assert snapshot(region) == before


def test_a_newer_bundle_replaces_the_live_data_and_keeps_the_older_in_history(district, region, tmp_path):
    source, old_bundle = district
    import_bundle(region, old_bundle, add_unknown_subordinate=True)
    with source.store.session() as s:
        demo = get_current_organization(s)
        plan = find_year_plan(s, demo.id, YEAR)
        catalog = source.catalog_for_year(YEAR)
        target = next(
            e
            for e in list_executions(s, plan.id)
            if e.link_count == 0
            and e.status.value == "not_started"
            and any(d.kind.value == "link" for d in catalog.subtask(e.subtask_code).documents)
        )
    from tbn4_desktop.services.export import export_bundle

    catalog = source.catalog_for_year(YEAR)
    subtask = next(catalog.subtask(e.subtask_code) for e in [target])
    try:
        slot = next(d for d in subtask.documents if d.kind.value == "link")
        with source.store.session() as s:
            set_slot_links(
                s,
                catalog,
                target.id,
                slot.key,
                [
                    SlotLinkInput(
                        url="https://bayzak.gov.kz/news/999", channel=slot.channels[0], title="Новая публикация"
                    )
                ],
            )
        new_bundle = tmp_path / "новее.zip"
        export_bundle(source, None, YEAR, new_bundle, created_at=CREATED + timedelta(days=3))
        result = import_bundle(region, new_bundle)
        assert result.replaced_older and "заменил" in result.message
        _, expected = year_state(source, demo.bin)
        _, imported = year_state(region, demo.bin)
        assert imported == expected
        assert imported[(target.subtask_code, target.period)]["status"] == "in_progress"
        with region.store.session() as s:
            bundles = s.scalars(select(ImportedBundle).order_by(ImportedBundle.bundle_created_at)).all()
            assert [b.superseded_at is None for b in bundles] == [False, True]
            kept = [region.blobs.path_of(b.bundle_sha256).read_bytes() for b in bundles]
        assert kept == [old_bundle.read_bytes(), new_bundle.read_bytes()]

        message = refused(region, old_bundle, "более новый пакет", "не принимается")
        assert demo.name in message
        earlier = rewrite_manifest(
            old_bundle, tmp_path / "раньше.zip", lambda m: m.update(created_at="2026-01-01T09:00:00+05:00")
        )
        refused(region, earlier, "сформирован 01.01.2026", "более новый пакет")
    finally:
        with source.store.session() as s:  # the module's demo stays as the other tests expect it
            e = s.get(SubtaskExecution, target.id)
            e.links, e.status = [], "not_started"


def test_a_format_1_bundle_is_still_imported_its_files_and_signer_sorted_into_slots(district, region, tmp_path):
    source, bundle = district
    with source.store.session() as s:
        demo = get_current_organization(s)
    catalog = source.catalog_for_year(YEAR)
    old = rewrite_manifest(bundle, tmp_path / "формат 1.zip", as_format_1)
    result = import_bundle(region, old, add_unknown_subordinate=True)
    assert result.items > 0 and result.files > 0 and result.old_format
    assert "Пакет прежнего формата" in result.message and "«Не распределено»" in result.message
    _, expected = year_state(source, demo.bin)
    _, imported = year_state(region, demo.bin)
    assert imported.keys() == expected.keys()
    signed = 0
    for key, item in imported.items():
        subtask = catalog.subtask(key[0])
        source_item = expected[key]
        assert item["rows"] == source_item["rows"] and item["status"] == source_item["status"]
        # A file joins the one file slot of its subtask, else «Не распределено».
        assert [f[:5] for f in item["files"]] == [f[:5] for f in source_item["files"]]
        assert {f[5] for f in item["files"]} <= {file_slot(subtask)}
        # A link joins the one link slot; a slot of one channel gives its channel.
        want_slot, want_channel = link_slot(subtask)
        assert [(l[0], l[3]) for l in item["links"]] == [(l[0], want_slot) for l in source_item["links"]]
        assert all(l[4] == (want_channel.value if want_channel else None) for l in item["links"])
        # The one signer signs each slot that person may sign.
        for slot_key, person in item["signers"].items():
            role = SignerRole(person[2])
            assert role in subtask.slot(slot_key).signers_for(OrgLevel.DISTRICT)
            assert person in source_item["signers"].values()
            signed += 1
        assert item["waived"] == {}  # format 1 had no «не требуется»
    assert signed


def test_a_file_in_a_slot_that_takes_no_files_is_refused(district, region, tmp_path):
    _source, bundle = district

    def misplace(m):
        item = next(
            it
            for it in m["items"]
            if any(f["role"] == "signed_scan" for f in it["files"]) and any(x["kind"] == "link" for x in it["slots"])
        )
        link = next(x["key"] for x in item["slots"] if x["kind"] == "link")
        next(f for f in item["files"] if f["role"] == "signed_scan")["slot"] = link
        misplace.code = item["code"]

    path = rewrite_manifest(bundle, tmp_path / "слот.zip", misplace)
    refused(
        region, path, f"подзадачи {misplace.code}", "к которому файлы не прикладываются", add_unknown_subordinate=True
    )


def test_a_waiver_the_slot_does_not_allow_is_refused(district, region, tmp_path):
    _source, bundle = district

    def waive(m):
        item = next(it for it in m["items"] if any(x["waived"] for x in it["slots"]))
        next(x for x in item["slots"] if x["waived"])["waived"] = "не успели"

    path = rewrite_manifest(bundle, tmp_path / "причина.zip", waive)
    refused(region, path, "недопустимая причина «не требуется»: «не успели»", add_unknown_subordinate=True)


# ---------------------------------------------------------------- refusals


def test_an_unknown_organisation_is_offered_to_be_added(district, region):
    _source, bundle = district
    with pytest.raises(UnknownSubordinate) as caught:
        import_bundle(region, bundle)
    assert caught.value.name == "Аппарат акима Байзакского района" and len(caught.value.bin) == 12
    refused(region, bundle, "не числится подведомственной", "добавьте её", error=UnknownSubordinate)


def test_an_organisation_that_is_not_a_subordinate_is_refused(district, region):
    source, bundle = district
    with source.store.session() as s:
        demo = get_current_organization(s)
    with region.store.session() as s:
        create_organization(
            s,
            OrganizationInput(
                name="Чужой акимат области", bin=make_bin(300), level=OrgLevel.OBLAST, parent_name="Центр"
            ),
            [SignatoryInput("Петров П. П.", "Аким", SignerRole.FIRST_HEAD)],
            make_current=False,
        )
        create_organization(
            s,
            OrganizationInput(
                name=demo.name, bin=demo.bin, level=OrgLevel.DISTRICT, parent_name="Чужой акимат области"
            ),
            [SignatoryInput("Сидоров С. С.", "Аким района", SignerRole.DISTRICT_AKIM)],
            make_current=False,
        )
    refused(region, bundle, "не является подведомственной", add_unknown_subordinate=True)


def test_the_own_organisations_bundle_is_refused(district):
    source, bundle = district
    refused(source, bundle, "пакет вашей же организации")


def test_an_unknown_catalog_is_refused(district, region, tmp_path):
    _source, bundle = district
    path = rewrite_manifest(bundle, tmp_path / "каталог.zip", lambda m: m["catalog"].update(version=99))
    refused(region, path, "версии 99", "которого нет в программе", add_unknown_subordinate=True)


def test_a_bad_register_row_refuses_the_whole_bundle(district, region, tmp_path):
    source, bundle = district
    catalog = source.catalog_for_year(YEAR)

    def spoil(m):
        for item in m["items"]:
            subtask = catalog.subtask(item["code"])
            if subtask.register is not None:
                date_col = next((c for c in subtask.register.columns if c.type == "date"), None)
                if date_col is not None:
                    item["data_rows"] = {subtask.register.key: [{date_col.key: "31.02.2025"}]}
                    spoil.where = (item["code"], subtask.register.title)
                    return

    path = rewrite_manifest(bundle, tmp_path / "строки.zip", spoil)
    code, title = spoil.where
    refused(region, path, "строка 1", f"«{title}»", f"подзадачи {code}", add_unknown_subordinate=True)


def test_a_subtask_the_catalog_does_not_know_is_refused(district, region, tmp_path):
    _source, bundle = district
    path = rewrite_manifest(bundle, tmp_path / "код.zip", lambda m: m["items"][0].update(code="9.9.9"))
    refused(region, path, "подзадачи 9.9.9 нет в каталоге", add_unknown_subordinate=True)


def test_a_scan_that_is_no_document_is_refused(district, region, tmp_path):
    import hashlib
    import zipfile

    _source, bundle = district
    fake = b"MZ\x90\x00 definitely not a scan" * 50
    target = {}

    def swap(m):
        for item in m["items"]:
            for f in item["files"]:
                if f["role"] == "signed_scan":
                    f.update(sha256=hashlib.sha256(fake).hexdigest(), size=len(fake))
                    target["path"] = f["path"]
                    return

    path = rewrite_manifest(bundle, tmp_path / "exe.zip", swap)
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(tmp_path / "exe2.zip", "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, fake if info.filename == target["path"] else zin.read(info))
    refused(
        region,
        tmp_path / "exe2.zip",
        f"«{target['path']}»",
        "не является документом допустимого типа",
        add_unknown_subordinate=True,
    )


def test_a_hostile_archive_is_refused_before_the_store(region, tmp_path):
    path = tmp_path / "evil.zip"
    import zipfile

    with zipfile.ZipFile(path, "w") as zf:
        info = zipfile.ZipInfo("x")
        info.filename = "../../evil.txt"
        zf.writestr(info, b"x")
    refused(region, path, "«../../evil.txt»", error=BundleError, add_unknown_subordinate=True)


def test_a_cancelled_import_changes_nothing(district, region):
    _source, bundle = district
    refused(
        region,
        bundle,
        "Приём пакета отменён",
        error=BundleCancelled,
        add_unknown_subordinate=True,
        cancelled=lambda: True,
    )


def test_without_an_organisation_nothing_is_imported(district, tmp_path):
    from tbn4_desktop.services.context import open_app

    _source, bundle = district
    ctx = open_app(tmp_path / "empty")
    try:
        refused(ctx, bundle, "Организация ещё не настроена", add_unknown_subordinate=True)
    finally:
        ctx.close()
