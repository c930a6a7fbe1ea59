"""Whole year, one project, or only what changed since the last export; the
pre-flight list read from the checklists; subtasks answered «нет» left out;
and the export records the «changed» scope relies on."""

import hashlib
import zipfile
from dataclasses import replace
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from tbn4_desktop.core.bundle import MANIFEST_NAME, BundleCancelled, verify_bundle
from tbn4_desktop.core.checklist import FileFact, SlotFacts, judge
from tbn4_desktop.core.vocabulary import AttachmentRole, ExecutionStatus, OrgLevel, Requirement
from tbn4_desktop.models.exchange import ExportedItem, ExportRecord
from tbn4_desktop.services.checklist import (
    SlotLinkInput,
    assign_attachment,
    execution_checklist,
    set_answer,
    set_slot_links,
    set_slot_signer,
)
from tbn4_desktop.services.context import open_app
from tbn4_desktop.services.demo import create_demo
from tbn4_desktop.services.executions import find_year_plan, get_execution, list_executions
from tbn4_desktop.services.export import (
    ExportError,
    ExportScope,
    NothingToExport,
    ScopeKind,
    export_bundle,
    export_preflight,
    last_export,
)
from tbn4_desktop.services.export_scope import ExecRow, issues_of
from tbn4_desktop.services.registers import list_rows, save_rows

YEAR = 2025
CREATED = datetime(2026, 1, 20, 10, 0, 0, tzinfo=timezone(timedelta(hours=5)))
CHANGED = ExportScope(ScopeKind.CHANGED)


@pytest.fixture
def ctx(data_dir, db_url):
    context = open_app(data_dir, database_url=db_url)
    yield context
    context.close()


@pytest.fixture
def demo(ctx):
    return create_demo(ctx, YEAR)


def executions(ctx, org_id):
    with ctx.store.session() as s:
        return list_executions(s, find_year_plan(s, org_id, YEAR).id)


def codes(manifest):
    return [(it["code"], it["period"]) for it in manifest["items"]]


def test_one_project_only(ctx, demo, tmp_path):
    manifest = verify_bundle(export_bundle(ctx, None, YEAR, tmp_path / "p4.zip", scope=ExportScope.of_project(4)).path)
    wanted = sorted((e.subtask_code, e.period) for e in executions(ctx, demo.id) if e.subtask_code.startswith("4."))
    assert sorted(codes(manifest)) == wanted and wanted
    assert manifest["scope"] == {"kind": "project", "project": 4, "since": None}
    with zipfile.ZipFile(tmp_path / "p4.zip") as zf:
        folders = {n.split("/")[0] for n in zf.namelist() if "/" in n}
    assert folders == {"Проект 4"}
    with pytest.raises(ExportError, match="В проекте 9 нет подзадач"):
        export_bundle(ctx, None, YEAR, tmp_path / "p9.zip", scope=ExportScope.of_project(9))
    assert not (tmp_path / "p9.zip").exists()


def test_changed_exports_only_what_changed_and_an_unchanged_year_nothing(ctx, demo, tmp_path):
    every = executions(ctx, demo.id)
    first = verify_bundle(export_bundle(ctx, None, YEAR, tmp_path / "1.zip", scope=CHANGED, created_at=CREATED).path)
    assert len(first["items"]) == len(every)  # never exported: everything has changed
    assert first["scope"] == {"kind": "changed", "project": None, "since": None}

    with pytest.raises(NothingToExport, match="ничего не изменилось: пакет не сформирован"):
        export_bundle(ctx, None, YEAR, tmp_path / "2.zip", scope=CHANGED)
    assert not (tmp_path / "2.zip").exists()

    # A new publication link on one subtask, rows edited on another.
    target = next(e for e in every if e.subtask_code == "1.1.8")
    catalog = ctx.catalog_for_year(YEAR)
    slot = next(d for d in catalog.subtask("1.1.8").documents if d.kind.value == "link")
    with ctx.store.session() as s:
        set_slot_links(
            s,
            catalog,
            target.id,
            slot.key,
            [SlotLinkInput("https://bayzak.gov.kz/news/123", slot.channels[0], date(2025, 5, 2), "Публикация")],
        )
    monthly = next(e for e in every if e.subtask_code == "4.2.2" and e.period == "M01")
    register = catalog.subtask("4.2.2").register
    with ctx.store.session() as s:
        rows = [dict(r.values) for r in list_rows(s, monthly.id, register)]
        rows[0]["topic"] = "Антикоррупционные ограничения (повторный семинар)"
        save_rows(s, monthly.id, register, rows)
    third = verify_bundle(export_bundle(ctx, None, YEAR, tmp_path / "3.zip", scope=CHANGED).path)
    assert codes(third) == [("1.1.8", ""), ("4.2.2", "M01")]
    assert third["scope"]["since"].startswith(CREATED.astimezone().strftime("%Y-%m-%dT"))
    link_slot = next(x for x in third["items"][0]["slots"] if x["key"] == slot.key)
    assert link_slot["links"][0]["url"] == "https://bayzak.gov.kz/news/123"
    assert link_slot["links"][0]["channel"] == slot.channels[0].value
    # A signer changed on a slot is a change too.
    ready = next(e for e in every if e.subtask_code == "4.2.3")
    with ctx.store.session() as s:
        set_slot_signer(s, catalog, ready.id, "app5", None)
    assert codes(verify_bundle(export_bundle(ctx, None, YEAR, tmp_path / "3b.zip", scope=CHANGED).path)) == [
        ("4.2.3", "")
    ]
    with pytest.raises(NothingToExport):
        export_bundle(ctx, None, YEAR, tmp_path / "4.zip", scope=CHANGED)


def test_after_exporting_one_project_the_others_still_count_as_changed(ctx, demo, tmp_path):
    export_bundle(ctx, None, YEAR, tmp_path / "p1.zip", scope=ExportScope.of_project(1))
    manifest = verify_bundle(export_bundle(ctx, None, YEAR, tmp_path / "rest.zip", scope=CHANGED).path)
    assert manifest["items"] and all(not it["code"].startswith("1.") for it in manifest["items"])


def test_each_finished_export_is_recorded_and_a_cancelled_one_not(ctx, demo, tmp_path):
    assert last_export(ctx, demo.id, YEAR) is None
    with pytest.raises(BundleCancelled):
        export_bundle(ctx, None, YEAR, tmp_path / "c.zip", cancelled=lambda: True)
    with ctx.store.session() as s:
        assert s.scalar(select(func.count()).select_from(ExportRecord)) == 0
    out = export_bundle(ctx, None, YEAR, tmp_path / "b.zip", created_at=CREATED).path
    with ctx.store.session() as s:
        record = s.scalars(select(ExportRecord)).one()
        fingerprints = s.scalars(select(ExportedItem.fingerprint)).all()
        assert (record.scope, record.year, record.organization_id, record.target) == ("year", YEAR, demo.id, str(out))
        with zipfile.ZipFile(out) as zf:
            assert record.manifest_sha256 == hashlib.sha256(zf.read(MANIFEST_NAME)).hexdigest()
            assert record.files == len(zf.namelist()) - 1
        assert len(fingerprints) == len(executions(ctx, demo.id))
    assert last_export(ctx, demo.id, YEAR) == CREATED


def test_preflight_of_the_demo_reads_the_checklists(ctx, demo):
    issues = export_preflight(ctx, None, YEAR, today=date(2025, 6, 1))
    by_item: dict = {}
    for i in issues:
        by_item.setdefault((i.code, i.period), []).append(i)
    catalog = ctx.catalog_for_year(YEAR)
    with ctx.store.session() as s:
        checklists = {
            (e.subtask_code, e.period): execution_checklist(s, catalog, e.id) for e in executions(ctx, demo.id)
        }
        details = {(e.subtask_code, e.period): get_execution(s, e.id) for e in executions(ctx, demo.id)}
    # Every incomplete checklist is listed with its own refusal sentence, and only those.
    incomplete = {k: c.refusal() for k, c in checklists.items() if not c.complete}
    assert incomplete
    assert {(i.code, i.period): i.text for i in issues if i.kind == "incomplete"} == incomplete
    # A done and complete item has nothing to say but, perhaps, that it is not
    # uploaded though its date has passed (the Карта date is judged by the upload).
    ready_late = []
    for key, detail in details.items():
        if detail.info.status.is_done and checklists[key].complete:
            assert [i.kind for i in by_item.get(key, [])] in ([], ["overdue"])
            if key in by_item:
                ready_late.append(key)
                assert detail.info.status is ExecutionStatus.READY_FOR_UPLOAD
                assert by_item[key][0].text.endswith("прошёл, а отметки о загрузке в ИСПУ нет.")
    assert ready_late
    # 1.1.6: every document there, not marked «Готово к загрузке».
    assert [i.kind for i in by_item[("1.1.6", "")]][0] == "not_ready"
    assert by_item[("1.1.6", "")][0].text == "Документы собраны, но подзадача не отмечена «Готово к загрузке»."
    overdue = [i for i in issues if i.kind == "overdue" and (i.code, i.period) not in ready_late]
    assert overdue and all(
        i.text.startswith("Срок ") and i.text.endswith("прошёл, подзадача не исполнена.") for i in overdue
    )
    for i in overdue:
        assert not (details[(i.code, i.period)].info.status.is_done and checklists[(i.code, i.period)].complete)
    early = export_preflight(ctx, None, YEAR, today=date(2025, 1, 2))
    assert "overdue" not in {i.kind for i in early}
    # The scope limits the list.
    project4 = export_preflight(ctx, None, YEAR, ExportScope.of_project(4), today=date(2025, 6, 1))
    assert project4 and all(i.code.startswith("4.") for i in project4)
    assert export_preflight(ctx, None, YEAR + 2) == []


def test_done_without_a_signer_is_not_exported_as_done_and_loose_files_are_named(ctx, demo, tmp_path):
    catalog = ctx.catalog_for_year(YEAR)
    every = {(e.subtask_code, e.period): e for e in executions(ctx, demo.id)}
    report = every[("4.2.3", "")]
    with ctx.store.session() as s:
        assert get_execution(s, report.id).info.status is ExecutionStatus.READY_FOR_UPLOAD
        set_slot_signer(s, catalog, report.id, "app5", None)
        scan = next(a for a in get_execution(s, every[("1.1.2", "")].id).attachments)
        assign_attachment(s, catalog, scan.id, "")
    issues = {(i.code, i.kind): i.text for i in export_preflight(ctx, None, YEAR, today=date(2025, 6, 1))}
    assert issues[("4.2.3", "incomplete")] == (
        "Подзадачу 4.2.3 нельзя завершить: не указан подписант документа «Отчёт по организации "
        "уполномоченными по этике системной профилактической работы (Приложение №5 к Инструкции)»."
    )
    # The order and its electronic signature: a signature goes where its document goes.
    assert issues[("1.1.2", "unassigned")].startswith("2 файла не распределены по документам")
    assert "нет подписанного документа" in issues[("1.1.2", "incomplete")]
    result = export_bundle(ctx, None, YEAR, tmp_path / "b.zip", created_at=CREATED)
    manifest = verify_bundle(result.path)
    items = {(it["code"], it["period"]): it for it in manifest["items"]}
    assert items[("4.2.3", "")]["status"] == "in_progress" and items[("4.2.3", "")]["complete"] is False
    app5 = next(x for x in items[("4.2.3", "")]["slots"] if x["key"] == "app5")
    assert app5["signer"] is None and app5["problems"]
    # Re-sorting a file of an uploaded subtask makes it «to upload again», and
    # with its scan out of the slot it is not done either.
    assert items[("1.1.2", "")]["status"] == "in_progress" and items[("1.1.2", "")]["complete"] is False
    loose = [f for f in items[("1.1.2", "")]["files"] if f["role"] == "signed_scan"]
    assert [f["slot"] for f in loose] == [""] and "/Не распределено/" in loose[0]["path"]
    with ctx.store.session() as s:
        done = sum(
            1
            for e in list_executions(s, find_year_plan(s, demo.id, YEAR).id)
            if e.status.is_done and execution_checklist(s, catalog, e.id).complete
        )
    assert result.ready_items == done


def test_subtasks_answered_no_are_neither_exported_nor_listed(ctx, demo, tmp_path):
    catalog = ctx.catalog_for_year(YEAR)
    with ctx.store.session() as s:
        set_answer(s, catalog, find_year_plan(s, demo.id, YEAR).id, "supervises_quasi", False)
    quasi = {s.code for s in catalog.subtasks() if s.applies_if == "supervises_quasi"}
    assert quasi
    issues = export_preflight(ctx, None, YEAR, today=date(2025, 12, 31))
    assert issues and not any(i.code in quasi for i in issues)
    manifest = verify_bundle(export_bundle(ctx, None, YEAR, tmp_path / "b.zip").path)
    assert not any(it["code"] in quasi for it in manifest["items"])
    assert manifest["answers"]["supervises_quasi"] is False
    with pytest.raises(ExportError, match="В проекте 3 нет подзадач"):
        export_bundle(ctx, None, YEAR, tmp_path / "p3.zip", scope=ExportScope.of_project(3))


def test_a_scanned_document_without_an_allowed_signer_is_listed_even_when_optional(catalog):
    # No shipped slot is an optional signed document; one made so must still name its signer.
    subtask = catalog.subtask("1.1.2")
    optional = replace(
        subtask, documents=tuple(replace(d, requirement=Requirement.OPTIONAL) for d in subtask.documents)
    )
    facts = SlotFacts(files=(FileFact("order", AttachmentRole.SIGNED_SCAN, "приказ.pdf"),))
    checklist = judge(optional, "", OrgLevel.DISTRICT, facts)
    assert checklist.complete
    row = ExecRow(
        id=1,
        code="1.1.2",
        period="",
        status=ExecutionStatus.READY_FOR_UPLOAD,
        completed_on=None,
        uploaded_on=None,
        ispu_reference=None,
        deadline=None,
        files=(),
        links=(),
        checklist=checklist,
    )
    (issue,) = issues_of(catalog, [row], date(2025, 6, 1), OrgLevel.DISTRICT)
    assert issue.kind == "signer"
    assert issue.text == (
        "Не указан подписант документа «"
        + subtask.documents[0].title
        + "»; подписывать его может: аким района (города)."
    )
