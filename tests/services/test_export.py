import errno
import hashlib
import zipfile
from datetime import datetime, timedelta, timezone

import pytest

from tbn4_desktop import __version__
from tbn4_desktop.core.bundle import LINKS_FILE_NAME, MANIFEST_NAME, BundleCancelled, verify_bundle
from tbn4_desktop.core.vocabulary import AttachmentRole, ExecutionStatus, OrgLevel, SignerRole, period_label
from tbn4_desktop.services.checklist import plan_checklists
from tbn4_desktop.services.context import open_app
from tbn4_desktop.services.deadlines import year_deadlines
from tbn4_desktop.services.demo import create_demo
from tbn4_desktop.services.executions import (
    ensure_year_plan,
    find_year_plan,
    get_execution,
    list_executions,
    remove_attachment,
)
from tbn4_desktop.services.export import ExportError, export_bundle, period_folder_name
from tbn4_desktop.services.organizations import (
    OrganizationInput,
    SignatoryInput,
    create_organization,
    list_signatories,
)

YEAR = 2025
CREATED = datetime(2026, 1, 20, 10, 0, 0, tzinfo=timezone(timedelta(hours=5)))


@pytest.fixture
def ctx(data_dir, db_url):
    context = open_app(data_dir, database_url=db_url)
    yield context
    context.close()


@pytest.fixture
def demo(ctx):
    return create_demo(ctx, YEAR)


def db_state(ctx, org_id):
    """Every execution of the demo year with what the bundle must carry."""
    with ctx.store.session() as s:
        plan = find_year_plan(s, org_id, YEAR)
        signers = {x.id: x for x in list_signatories(s, org_id, active_only=False)}
        details = [get_execution(s, e.id) for e in list_executions(s, plan.id)]
    return plan, signers, details


def test_round_trip_demo_export_verify(ctx, demo, tmp_path):
    out = tmp_path / "Пакет ИСПУ 2025.zip"
    seen = []
    result = export_bundle(ctx, None, YEAR, out, created_at=CREATED, progress=lambda d, t: seen.append((d, t)))
    assert result.path == out and out.is_file()
    manifest = verify_bundle(out, max_path_chars=ctx.settings.bundle_max_path_chars)

    plan, _signers, details = db_state(ctx, demo.id)
    with ctx.store.session() as s:
        report = year_deadlines(s, ctx.catalog_for_year(YEAR), demo.id, YEAR, CREATED.date())
        checklists = plan_checklists(s, ctx.catalog_for_year(YEAR), plan.id).checklists
    deadlines = {(d.code, d.period): d.due.isoformat() if d.due else None for d in report.deadlines}
    assert sum(v is not None for v in deadlines.values()) > len(deadlines) / 2
    assert manifest["format"] == "tbn4-bundle" and manifest["format_version"] == 2
    assert manifest["app_version"] == __version__
    assert manifest["created_at"] == "2026-01-20T10:00:00+05:00"
    assert manifest["year"] == YEAR
    assert manifest["catalog"] == {"id": plan.catalog_id, "version": plan.catalog_version}
    org = manifest["organization"]
    assert (org["id"], org["name"], org["bin"], org["level"]) == (demo.id, demo.name, demo.bin, "district")
    assert org["parent"]["name"] == "Аппарат акима Жамбылской области" and org["parent"]["level"] == "oblast"
    assert len(org["supervised"]) == 3 and manifest["answers"] == {
        "supervises_quasi": True,
        "system_wide_analysis": True,
    }

    items = {(it["code"], it["period"]): it for it in manifest["items"]}
    assert len(items) == len(details) == result.items
    exported_files = 0
    with zipfile.ZipFile(out) as zf:
        for d in details:
            it = items[(d.info.subtask_code, d.info.period)]
            subtask = ctx.catalog_for_year(YEAR).subtask(d.info.subtask_code)
            checklist = checklists[d.info.id]
            # «Готово к загрузке» only with every required document there.
            shown = (
                ExecutionStatus.IN_PROGRESS
                if d.info.status is ExecutionStatus.READY_FOR_UPLOAD and not checklist.complete
                else d.info.status
            )
            assert it["status"] == shown.value and it["complete"] is checklist.complete
            assert it["title"] == subtask.title
            assert it["deadline"] == deadlines[(d.info.subtask_code, d.info.period)]
            assert it["judged_by"] == ("upload" if subtask.deadline.judged_by_upload else subtask.deadline.slot)
            assert it["completed_on"] == (d.info.completed_on.isoformat() if d.info.completed_on else None)
            assert "signatory" not in it
            assert [x["key"] for x in it["slots"]] == [state.slot.key for state in checklist.slots]
            for x, state in zip(it["slots"], checklist.slots, strict=True):
                assert (x["satisfied"], x["ok"], x["waived"], x["problems"]) == (
                    state.satisfied,
                    state.ok,
                    state.waived_reason,
                    list(state.problems),
                )
                assert x["date"] == (state.doc_date.isoformat() if state.doc_date else None)
                assert (x["signer"] or {}).get("full_name") == state.signer_name
                assert [l["url"] for l in x["links"]] == [l.url for l in d.links if l.slot_key == state.slot.key]
                assert all(l["channel"] == next(k.channel for k in d.links if k.url == l["url"]) for l in x["links"])
            assert it["links"] == []  # the demo's links are all sorted into slots
            scans = [f for f in it["files"] if f["role"] not in ("links", "form")]
            wanted = [a for a in d.attachments if a.role is not AttachmentRole.DRAFT]
            assert [
                (f["sha256"], f["size"], f["role"], f["original_name"], f["media_type"], f["slot"]) for f in scans
            ] == [(a.sha256, a.size, a.role.value, a.original_name, a.media_type, a.slot_key) for a in wanted]
            folder = f"Проект {subtask.project}/Задача {subtask.task}/{subtask.code} "
            for f in scans:
                assert f["path"].startswith(folder)
                if d.info.period:
                    assert f"/{period_folder_name(d.info.period)}/" in f["path"]
                data = zf.read(f["path"])
                assert hashlib.sha256(data).hexdigest() == f["sha256"]
                assert data == ctx.blobs.path_of(f["sha256"]).read_bytes()
            link_files = [f for f in it["files"] if f["role"] == "links"]
            assert sorted(f["slot"] for f in link_files) == sorted({l.slot_key for l in d.links})
            for f in link_files:
                assert f["path"].endswith("/" + LINKS_FILE_NAME)
                text = zf.read(f["path"]).decode("utf-8-sig")
                assert all(l.url in text for l in d.links if l.slot_key == f["slot"])
            exported_files += len(it["files"])
        assert sorted(zf.namelist()) == sorted(
            [f["path"] for it in manifest["items"] for f in it["files"]]
            + [f["path"] for f in manifest["files"]]
            + [MANIFEST_NAME]
        )
    assert [(f["path"], f["role"]) for f in manifest["files"]] == [
        ("journal.json", "journal"),  # the journal of changes of the items (issue 12)
        (f"Опись документов {YEAR}.pdf", "inventory"),
        (f"Опись документов {YEAR}.xlsx", "inventory"),
    ]
    exported_files += len(manifest["files"])
    assert result.files == exported_files
    assert result.ready_items == sum(d.info.status.is_done and checklists[d.info.id].complete for d in details)
    assert seen[-1] == (result.bytes, result.bytes)
    # The demo has documents of every kind and every status the bundle shows.
    assert {it["status"] for it in manifest["items"]} >= {
        "not_started",
        "in_progress",
        "signed",
        "ready_for_upload",
        "uploaded",
    }
    assert {f["media_type"] for it in manifest["items"] for f in it["files"]} >= {
        "application/pdf",
        "image/jpeg",
        "image/png",
        "text/plain",
    }
    assert {f["role"] for it in manifest["items"] for f in it["files"]} == {"signed_scan", "links", "form", "signature"}


def test_drafts_and_removed_scans_stay_out_of_the_bundle(ctx, demo, tmp_path):
    plan, _, details = db_state(ctx, demo.id)
    drafts = [a for d in details for a in d.attachments if a.role is AttachmentRole.DRAFT]
    assert drafts, "the demo has a draft document"
    victim = next(d for d in details if d.info.subtask_code == "1.1.2")
    with ctx.store.session() as s:
        remove_attachment(s, victim.attachments[0].id)
    manifest = verify_bundle(export_bundle(ctx, None, YEAR, tmp_path / "b.zip").path)
    shas = {f["sha256"] for it in manifest["items"] for f in it["files"]}
    assert not shas & {a.sha256 for a in drafts}
    item = next(it for it in manifest["items"] if it["code"] == "1.1.2")
    assert item["files"] == []


def test_the_same_data_gives_the_same_bundle(ctx, demo, tmp_path):
    a = export_bundle(ctx, None, YEAR, tmp_path / "a.zip", created_at=CREATED)
    b = export_bundle(ctx, demo.id, YEAR, tmp_path / "b.zip", created_at=CREATED)
    assert a.path.read_bytes() == b.path.read_bytes()


def test_no_plan_for_the_year(ctx, demo, tmp_path):
    with pytest.raises(ExportError) as caught:
        export_bundle(ctx, None, 2027, tmp_path / "b.zip")
    assert str(caught.value).startswith("За 2027 год данных нет")
    assert list(tmp_path.glob("*.zip")) == []


def test_no_organisation_yet(ctx, tmp_path):
    with pytest.raises(ExportError, match="Организация ещё не настроена"):
        export_bundle(ctx, None, YEAR, tmp_path / "b.zip")


def test_unknown_organisation_number(ctx, demo, tmp_path):
    with pytest.raises(ExportError, match="Организации с номером 999 нет в базе"):
        export_bundle(ctx, 999, YEAR, tmp_path / "b.zip")


def test_unwritable_target_folder(ctx, demo, unwritable_dir):
    with pytest.raises(ExportError) as caught:
        export_bundle(ctx, None, YEAR, unwritable_dir / "b.zip")
    assert str(caught.value) == f"Не удалось создать файл пакета. Нет прав на запись или чтение: {unwritable_dir}."
    assert list(unwritable_dir.iterdir()) == []


def test_missing_target_folder_and_folder_as_target(ctx, demo, tmp_path):
    with pytest.raises(ExportError, match="не существует"):
        export_bundle(ctx, None, YEAR, tmp_path / "нет" / "b.zip")
    with pytest.raises(ExportError, match="Указана папка, а не имя файла"):
        export_bundle(ctx, None, YEAR, tmp_path)


def test_disk_full_leaves_no_file(ctx, demo, tmp_path, monkeypatch):
    import tbn4_desktop.core.bundle as bundle

    real = bundle._copy_entry
    calls = {"n": 0}

    def fill_up(*args):
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(*args)

    monkeypatch.setattr(bundle, "_copy_entry", fill_up)
    out = tmp_path / "b.zip"
    with pytest.raises(ExportError) as caught:
        export_bundle(ctx, None, YEAR, out)
    assert str(caught.value) == f"Не удалось записать пакет. На диске закончилось место: {out}."
    assert not any(p.suffix in (".zip", ".part") for p in tmp_path.iterdir())


def test_a_form_that_cannot_be_written_is_named_and_no_bundle_is_left(ctx, demo, tmp_path, monkeypatch):
    import tbn4_desktop.services.export_forms as export
    from tbn4_desktop.core.forms.model import FormName
    from tbn4_desktop.core.forms.render import FormError, row_too_tall

    real = export.write_form

    def refuse(form, path):
        if form.name is FormName.APP5 and path.suffix == ".pdf":
            raise row_too_tall(form, "мероприятие №2")
        if form.name is FormName.INVENTORY:
            raise FormError("Не найден шрифт «LiberationSerif-Regular.ttf» в папке программы.")
        return real(form, path)

    monkeypatch.setattr(export, "write_form", refuse)
    out = tmp_path / "b.zip"
    with pytest.raises(ExportError) as caught:
        export_bundle(ctx, None, YEAR, out)
    assert str(caught.value) == (
        f"Пакет не сформирован. {FormName.APP5.label}: строка «мероприятие №2» не "
        "помещается на страницу. Сократите её текст или разбейте сведения на несколько "
        "строк и сформируйте форму снова."
    )
    assert not out.exists()
    monkeypatch.setattr(
        export,
        "write_form",
        lambda form, path: refuse(form, path) if form.name is FormName.INVENTORY else real(form, path),
    )
    with pytest.raises(
        ExportError, match=r"^Пакет не сформирован\. Не удалось записать «Опись документов»\. Не найден шрифт"
    ):
        export_bundle(ctx, None, YEAR, out)
    assert not any(p.suffix in (".zip", ".part") for p in tmp_path.iterdir())


def test_missing_attachment_file_in_the_store(ctx, demo, tmp_path):
    _, _, details = db_state(ctx, demo.id)
    victim = next(d for d in details if d.info.subtask_code == "1.1.9" and d.info.period and d.attachments)
    blob = ctx.blobs.path_of(victim.attachments[0].sha256)
    blob.unlink()
    with pytest.raises(ExportError) as caught:
        export_bundle(ctx, None, YEAR, tmp_path / "b.zip")
    message = str(caught.value)
    where = f"подзадачи 1.1.9 ({period_label(victim.info.period)})"
    assert message.startswith(f"Файл «{victim.attachments[0].original_name}» {where} не найден в хранилище вложений")
    assert "резервной копии" in message
    assert not (tmp_path / "b.zip").exists()


def test_cancel_leaves_nothing(ctx, demo, tmp_path):
    with pytest.raises(BundleCancelled):
        export_bundle(ctx, None, YEAR, tmp_path / "b.zip", cancelled=lambda: True)
    assert not any(p.suffix in (".zip", ".part") for p in tmp_path.iterdir())


def test_an_organisation_with_an_empty_plan_exports_every_item(ctx, tmp_path):
    with ctx.store.session() as s:
        org = create_organization(
            s,
            OrganizationInput(
                name="ТОО «Жамбыл Су»",
                bin="990740002243",
                level=OrgLevel.QUASI,
                parent_name="Аппарат акима Жамбылской области",
            ),
            [SignatoryInput("Ким Виктор Сергеевич", "Генеральный директор", SignerRole.FIRST_HEAD)],
        )
        ensure_year_plan(s, org.id, YEAR, ctx.catalog_for_year(YEAR))
    manifest = verify_bundle(export_bundle(ctx, org.id, YEAR, tmp_path / "b.zip").path)
    assert manifest["organization"]["level"] == "quasi"
    assert all(it["status"] == ExecutionStatus.NOT_STARTED.value and it["files"] == [] for it in manifest["items"])
    with zipfile.ZipFile(tmp_path / "b.zip") as zf:
        # Nothing attached, nothing started: only the (empty) inventory and the manifest.
        assert zf.namelist() == [f"Опись документов {YEAR}.pdf", f"Опись документов {YEAR}.xlsx", MANIFEST_NAME]


def test_period_folders_sort_in_calendar_order():
    months = [period_folder_name(f"M{m:02d}") for m in range(1, 13)]
    assert months[0] == "01 январь" and months[2] == "03 март"
    assert sorted(months) == months
    quarters = [period_folder_name(f"Q{q}") for q in range(1, 5)]
    assert quarters == ["I квартал", "II квартал", "III квартал", "IV квартал"] == sorted(quarters)
    assert period_folder_name("") is None
