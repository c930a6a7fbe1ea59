"""What a bundle holds beyond the scans: the manifest against its published
JSON Schema, the generated forms and the inventory (opening in their
programs), register rows that read back to the same typed values, the
Windows path limit once unpacked, byte-identical output, and the folder form."""

import errno
import hashlib
import io
import json
import time
import zipfile
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

import docx
import jsonschema
import openpyxl
import pypdf
import pytest

from tbn4_desktop.core.bundle import MANIFEST_NAME, BundleCancelled, verify_bundle
from tbn4_desktop.core.register_values import from_storage
from tbn4_desktop.core.vocabulary import AttachmentRole, OrgLevel, SignerRole
from tbn4_desktop.models import SubtaskExecution
from tbn4_desktop.services.context import open_app
from tbn4_desktop.services.demo import create_demo
from tbn4_desktop.services.executions import add_attachment, ensure_year_plan, find_year_plan, list_executions
from tbn4_desktop.services.export import ExportError, ExportScope, export_bundle
from tbn4_desktop.services.forms import forms_of_subtask
from tbn4_desktop.services.organizations import OrganizationInput, SignatoryInput, create_organization
from tbn4_desktop.services.registers import list_rows

YEAR = 2025
CREATED = datetime(2026, 1, 20, 10, 0, 0, tzinfo=timezone(timedelta(hours=5)))
SCHEMA = json.loads((Path(__file__).resolve().parents[2] / "docs" / "manifest.schema.json").read_text("utf-8"))


@pytest.fixture
def ctx(data_dir, db_url):
    context = open_app(data_dir, database_url=db_url)
    yield context
    context.close()


@pytest.fixture
def demo(ctx):
    return create_demo(ctx, YEAR)


def valid(manifest: dict) -> dict:
    jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(manifest)
    return manifest


def test_the_schema_is_a_valid_draft_2020_12_schema_that_refuses_bad_manifests(ctx, demo, tmp_path):
    jsonschema.Draft202012Validator.check_schema(SCHEMA)
    manifest = valid(verify_bundle(export_bundle(ctx, None, YEAR, tmp_path / "a.zip", created_at=CREATED).path))
    bad_path = json.loads(json.dumps(manifest))
    next(it for it in bad_path["items"] if it["files"])["files"][0]["path"] = "../outside.pdf"
    bad_period = json.loads(json.dumps(manifest))
    bad_period["items"][0]["period"] = "Q5"
    no_slot = json.loads(json.dumps(manifest))
    del next(it for it in no_slot["items"] if it["files"])["files"][0]["slot"]
    bad_waiver = json.loads(json.dumps(manifest))
    next(it for it in bad_waiver["items"] if it["slots"])["slots"][0]["signer_allowed"] = "да"
    for broken in (bad_path, bad_period, no_slot, bad_waiver, {**manifest, "format_version": 1}):
        with pytest.raises(jsonschema.ValidationError):
            valid(broken)


def test_every_kind_of_export_writes_a_manifest_the_schema_accepts(ctx, demo, tmp_path):
    valid(verify_bundle(export_bundle(ctx, None, YEAR, tmp_path / "year.zip").path))
    valid(verify_bundle(export_bundle(ctx, None, YEAR, tmp_path / "p3.zip", scope=ExportScope.of_project(3)).path))
    folder = export_bundle(ctx, None, YEAR, tmp_path / "папка", folder=True).path
    valid(json.loads((folder / MANIFEST_NAME).read_text("utf-8")))
    _mark_uploaded(ctx, demo.id, "1.1.2", date(2025, 3, 1), "ИСПУ-2025-000123")
    manifest = valid(
        verify_bundle(export_bundle(ctx, None, YEAR, tmp_path / "changed.zip", scope=ExportScope("changed")).path)
    )
    assert [(it["code"], it["uploaded_on"], it["ispu_reference"]) for it in manifest["items"]] == [
        ("1.1.2", "2025-03-01", "ИСПУ-2025-000123")
    ]
    assert manifest["scope"]["kind"] == "changed" and manifest["scope"]["since"]


def _mark_uploaded(ctx, org_id, code, day, reference):
    with ctx.store.session() as s:
        plan = find_year_plan(s, org_id, YEAR)
        e = s.get(SubtaskExecution, next(x.id for x in list_executions(s, plan.id) if x.subtask_code == code))
        e.uploaded_on, e.ispu_reference = day, reference


def test_forms_and_the_inventory_are_in_the_bundle_and_open(ctx, demo, tmp_path):
    out = export_bundle(ctx, None, YEAR, tmp_path / "b.zip", created_at=CREATED).path
    manifest = verify_bundle(out)
    catalog = ctx.catalog_for_year(YEAR)
    with zipfile.ZipFile(out) as zf:
        form_items = 0
        for it in manifest["items"]:
            forms = [f for f in it["files"] if f["role"] == "form"]
            started = it["status"] != "not_started" or it["data_rows"]
            wanted = forms_of_subtask(catalog.subtask(it["code"])) if started else []
            assert sorted(f["path"].rsplit("/", 1)[1] for f in forms) == sorted(
                f"{name.label.split('.')[0]}.{ext}" for name in wanted for ext in ("docx", "pdf")
            )
            form_items += bool(forms)
            for f in forms:
                data = zf.read(f["path"])
                if f["path"].endswith(".pdf"):
                    text = "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages)
                    assert "Приложение" in text or "ПРИЛОЖЕНИЕ" in text.upper()
                else:
                    document = docx.Document(io.BytesIO(data))
                    assert document.core_properties.modified == CREATED
                    assert document.tables
        assert form_items >= 3  # the demo fills Appendices 1, 3 and 5
        inventory_pdf = zf.read(f"Опись документов {YEAR}.pdf")
        workbook = openpyxl.load_workbook(io.BytesIO(zf.read(f"Опись документов {YEAR}.xlsx")))
    cells = [str(c.value) for row in workbook.active.iter_rows() for c in row if c.value is not None]
    scans = [f["path"].rsplit("/", 1)[1] for it in manifest["items"] for f in it["files"] if f["role"] == "signed_scan"]
    assert scans
    # The inventory names each scan as the bundle does («01 …»), every one of them.
    for name in scans:
        assert name in cells, name
    pdf_text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(inventory_pdf)).pages)
    assert "ОПИСЬ" in pdf_text.upper()


def test_data_rows_read_back_to_the_typed_register_values(ctx, demo, tmp_path):
    manifest = verify_bundle(export_bundle(ctx, None, YEAR, tmp_path / "b.zip").path)
    catalog = ctx.catalog_for_year(YEAR)
    registers = {r.key: r for s in catalog.subtasks() for r in s.registers}
    by_key = {(it["code"], it["period"]): it for it in manifest["items"]}
    compared = 0
    with ctx.store.session() as s:
        plan = find_year_plan(s, demo.id, YEAR)
        for e in list_executions(s, plan.id):
            subtask = catalog.subtask(e.subtask_code)
            item = by_key[(e.subtask_code, e.period)]
            for register in subtask.registers:
                typed = [r.values for r in list_rows(s, e.id, register)]
                shipped = item["data_rows"].get(register.key, [])
                assert [from_storage(register, row) for row in shipped] == typed
                compared += len(typed)
            assert set(item["data_rows"]) <= {r.key for r in subtask.registers}
    assert compared >= 5 and set(registers) >= {"monthly_events", "app5_preventive_work"}


def test_the_same_data_gives_a_byte_identical_bundle_also_seconds_later(ctx, demo, tmp_path):
    a = export_bundle(ctx, None, YEAR, tmp_path / "a.zip", created_at=CREATED).path.read_bytes()
    time.sleep(2.1)  # DOCX/XLSX would carry the clock's time (ZIP dates, core properties)
    b = export_bundle(ctx, None, YEAR, tmp_path / "b.zip", created_at=CREATED).path.read_bytes()
    assert a == b


def _long_org(ctx, tmp_path):
    long_name = (
        "Республиканское государственное учреждение «Департамент по обеспечению деятельности "
        "судов при Верховном Суде Республики Казахстан (аппарате Верховного Суда) по области"
    )
    with ctx.store.session() as s:
        org = create_organization(
            s,
            OrganizationInput(
                name=long_name,
                bin="990740002243",
                level=OrgLevel.CENTRAL,
                parent_name="Агентство Республики Казахстан по противодействию коррупции",
            ),
            [SignatoryInput("Ким Виктор Сергеевич", "Руководитель аппарата", SignerRole.CHIEF_OF_STAFF)],
        )
        plan = ensure_year_plan(s, org.id, YEAR, ctx.catalog_for_year(YEAR))
        executions = list_executions(s, plan.id)
    # 118 characters (Linux allows 255 bytes, two a Cyrillic letter).
    long_file = tmp_path / (
        "Протокол заседания комиссии по результатам внутреннего анализа коррупционных рисков "
        "№17 от 12.03.2025 (подписанный).pdf"
    )
    long_file.write_bytes(b"%PDF-1.4\n" + b"x" * 2000)
    with ctx.store.session() as s:
        for e in executions[:6]:
            add_attachment(
                s, ctx.blobs, e.id, long_file, AttachmentRole.SIGNED_SCAN, max_bytes=ctx.settings.max_attachment_bytes
            )
    return org


def test_paths_fit_windows_max_path_once_unpacked_in_downloads(ctx, tmp_path):
    org = _long_org(ctx, tmp_path)
    stem = "ТБН4_2025_990740002243 " + "Департамент по обеспечению деятельности судов"  # 69 characters
    out = export_bundle(ctx, org.id, YEAR, tmp_path / f"{stem}.zip").path
    manifest = verify_bundle(out)
    paths = [f["path"] for it in manifest["items"] for f in it["files"]] + [f["path"] for f in manifest["files"]]
    prefix = "C:\\Users\\" + "u" * 20 + "\\Downloads\\" + stem + "\\"
    assert max(len(prefix + p) for p in paths) <= 259
    assert max(len(prefix + p) for p in paths) >= 250  # the limit, not a lucky short title
    scans = [p for p in paths if "Протокол" in p]
    assert len(scans) == 6
    for p in scans:
        folder, name = p.rsplit("/", 1)
        assert name.startswith("01 Протокол") and name.endswith(".pdf")
        code = folder.split("/")[2].split(" ")[0]
        assert code.count(".") == 2


def test_a_bundle_name_too_long_for_max_path_is_refused(ctx, demo, tmp_path):
    out = tmp_path / ("П" * 120 + ".zip")
    with pytest.raises(ExportError, match="слишком длинное: после распаковки"):
        export_bundle(ctx, None, YEAR, out)
    assert not out.exists()


def test_the_folder_export_has_the_zips_layout_and_bytes(ctx, demo, tmp_path):
    zipped = export_bundle(ctx, None, YEAR, tmp_path / "пакет.zip", created_at=CREATED)
    folder = export_bundle(ctx, None, YEAR, tmp_path / "пакет", folder=True, created_at=CREATED)
    assert folder.folder and folder.files == zipped.files and folder.bytes == zipped.bytes
    on_disk = {p.relative_to(folder.path).as_posix(): p.read_bytes() for p in folder.path.rglob("*") if p.is_file()}
    with zipfile.ZipFile(zipped.path) as zf:
        in_zip = {n: zf.read(n) for n in zf.namelist()}
    assert on_disk == in_zip
    manifest = json.loads(on_disk[MANIFEST_NAME])
    for f in [*manifest["files"], *(f for it in manifest["items"] for f in it["files"])]:
        assert hashlib.sha256(on_disk[f["path"]]).hexdigest() == f["sha256"]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_an_existing_non_empty_folder_is_refused(ctx, demo, tmp_path):
    target = tmp_path / "занято"
    target.mkdir()
    (target / "чужой файл.txt").write_text("не трогать", encoding="utf-8")
    with pytest.raises(ExportError, match="уже существует и не пуста"):
        export_bundle(ctx, None, YEAR, target, folder=True)
    assert [p.name for p in target.iterdir()] == ["чужой файл.txt"]
    empty = tmp_path / "пустая"
    empty.mkdir()
    assert (export_bundle(ctx, None, YEAR, empty, folder=True).path / MANIFEST_NAME).is_file()


def test_a_cancelled_or_failed_folder_export_leaves_nothing(ctx, demo, tmp_path, monkeypatch):
    import tbn4_desktop.core.bundle as bundle

    target = tmp_path / "пакет"
    calls = {"n": 0}
    with pytest.raises(BundleCancelled, match="папка не создана"):
        export_bundle(
            ctx,
            None,
            YEAR,
            target,
            folder=True,
            cancelled=lambda: calls.__setitem__("n", calls["n"] + 1) or calls["n"] > 40,
        )
    assert leftovers(tmp_path) == []

    real = bundle._copy_entry
    seen = {"n": 0}

    def disk_full(*args):
        seen["n"] += 1
        if seen["n"] == 5:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*args)

    monkeypatch.setattr(bundle, "_copy_entry", disk_full)
    with pytest.raises(ExportError, match="На диске закончилось место"):
        export_bundle(ctx, None, YEAR, target, folder=True)
    assert seen["n"] == 5 and leftovers(tmp_path) == []


def leftovers(folder: Path) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name != "data"]
