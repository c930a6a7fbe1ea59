"""Whole year, one project, or only what changed since the last export; the
pre-flight list; and the export records the «changed» scope relies on."""

import hashlib
import zipfile
from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from tbn4_desktop.core.bundle import MANIFEST_NAME, BundleCancelled, verify_bundle
from tbn4_desktop.models.exchange import ExportedItem, ExportRecord
from tbn4_desktop.services.context import open_app
from tbn4_desktop.services.demo import create_demo
from tbn4_desktop.services.executions import find_year_plan, get_execution, list_executions, save_draft
from tbn4_desktop.services.export import (
    ExportError, ExportScope, NothingToExport, ScopeKind, export_bundle, export_preflight, last_export,
)
from tbn4_desktop.services.records import LinkInput
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
    assert len(first["items"]) == len(every)                  # never exported: everything has changed
    assert first["scope"] == {"kind": "changed", "project": None, "since": None}

    with pytest.raises(NothingToExport, match="ничего не изменилось: пакет не сформирован"):
        export_bundle(ctx, None, YEAR, tmp_path / "2.zip", scope=CHANGED)
    assert not (tmp_path / "2.zip").exists()

    # A new publication link on one subtask, rows edited on another.
    target = next(e for e in every if e.subtask_code == "1.1.8")
    with ctx.store.session() as s:
        save_draft(s, target.id, expected_version=target.version, signatory_id=target.signatory_id,
                   links=[LinkInput("https://bayzak.gov.kz/news/123", "Публикация", date(2025, 5, 2))], notes="")
    catalog = ctx.catalog_for_year(YEAR)
    monthly = next(e for e in every if e.subtask_code == "4.2.2" and e.period == "M01")
    register = catalog.subtask("4.2.2").register
    with ctx.store.session() as s:
        rows = [dict(r.values) for r in list_rows(s, monthly.id, register)]
        rows[0]["topic"] = "Антикоррупционные ограничения (повторный семинар)"
        save_rows(s, monthly.id, register, rows)
    third = verify_bundle(export_bundle(ctx, None, YEAR, tmp_path / "3.zip", scope=CHANGED).path)
    assert codes(third) == [("1.1.8", ""), ("4.2.2", "M01")]
    assert third["scope"]["since"].startswith(CREATED.astimezone().strftime("%Y-%m-%dT"))
    assert third["items"][0]["links"][0]["url"] == "https://bayzak.gov.kz/news/123"
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


def test_preflight_of_the_demo_names_what_is_missing_unsigned_and_overdue(ctx, demo):
    issues = export_preflight(ctx, None, YEAR, today=date(2025, 6, 1))
    by_item: dict = {}
    for i in issues:
        by_item.setdefault((i.code, i.period), []).append(i)
    details = {}
    with ctx.store.session() as s:
        for e in executions(ctx, demo.id):
            details[(e.subtask_code, e.period)] = get_execution(s, e.id)
    done_complete = [k for k, d in details.items() if d.info.status.is_done and d.info.signatory_id]
    assert done_complete and not any(k in by_item for k in done_complete if by_item.get(k, [None])[0] is None)
    kinds = {i.kind for i in issues}
    assert kinds == {"missing_scan", "missing_link", "unsigned", "not_ready", "overdue"}
    # 1.1.7 was prepared but never signed and its date (21.04.2025) has passed.
    texts = [i.text for i in by_item[("1.1.7", "")]]
    assert texts == ["Не приложен скан подписанного документа.",
                     "Документ не подписан: статус «Документ подготовлен».",
                     "Срок 21.04.2025 прошёл, подзадача не исполнена."]
    assert [i.kind for i in by_item[("1.1.6", "")]][0] == "not_ready"
    assert ("1.1.8", "") in by_item and "missing_link" in [i.kind for i in by_item[("1.1.8", "")]]
    # Nothing is overdue before its date, and a done item never is.
    for i in issues:
        if i.kind == "overdue":
            assert not details[(i.code, i.period)].info.status.is_done
    early = export_preflight(ctx, None, YEAR, today=date(2025, 1, 2))
    assert "overdue" not in {i.kind for i in early}
    # The scope limits the list.
    project4 = export_preflight(ctx, None, YEAR, ExportScope.of_project(4), today=date(2025, 6, 1))
    assert project4 and all(i.code.startswith("4.") for i in project4)
    assert export_preflight(ctx, None, YEAR + 2) == []
