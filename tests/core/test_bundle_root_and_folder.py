"""Bundle writer: files at the root (the inventory), the unpacked MAX_PATH
limit, the plain-folder form, and reproducible DOCX/XLSX."""

import io
import stat
import time
import zipfile
from datetime import datetime, timedelta, timezone

import docx
import openpyxl
import pytest

from tbn4_desktop.core.bundle import (
    MANIFEST_NAME,
    BundleError,
    BundleFile,
    BundleItem,
    BundleSpec,
    unpacked_path_limit,
    verify_bundle,
    write_bundle,
    write_bundle_folder,
)
from tbn4_desktop.core.ooxml import stabilize

CREATED = datetime(2025, 4, 2, 9, 30, 0, tzinfo=timezone(timedelta(hours=5)))


def spec(root=(), files=()):
    item = BundleItem(
        code="1.1.3",
        period="",
        project=1,
        task=1,
        short_title="Анонс начала ВАКР",
        period_folder=None,
        record={"status": "ready_for_upload"},
        files=tuple(files),
    )
    return BundleSpec(
        created_at=CREATED,
        organization={"id": 1, "name": "Аппарат", "level": "district"},
        year=2025,
        catalog={"id": "tbn4-2023", "version": 1},
        items=(item,),
        root_files=tuple(root),
    )


def test_root_files_are_listed_in_the_manifest_and_verified(tmp_path):
    root = [
        BundleFile("Опись документов 2025.pdf", b"%PDF-1.4 inventory", "inventory", form="inventory"),
        BundleFile("manifest.json", b"{}", "inventory"),
    ]  # never over the real manifest
    out = tmp_path / "b.zip"
    result = write_bundle(spec(root, [BundleFile("01 Приказ.pdf", b"%PDF-1.4 scan", "signed_scan")]), out)
    manifest = verify_bundle(out)
    assert [f["path"] for f in manifest["files"]] == ["manifest (2).json", "Опись документов 2025.pdf"]
    assert manifest["files"][1]["form"] == "inventory" and "form" not in manifest["items"][0]["files"][0]
    assert result.files == 3
    with zipfile.ZipFile(out) as zf:
        assert zf.namelist()[-1] == MANIFEST_NAME
        assert zf.read("Опись документов 2025.pdf") == b"%PDF-1.4 inventory"
    # A root file the manifest does not list is refused by the verifier.
    with zipfile.ZipFile(out, "a") as zf:
        zf.writestr("лишний.txt", b"x")
    with pytest.raises(BundleError, match="не указан в manifest.json"):
        verify_bundle(out)


def test_the_unpacked_limit_leaves_room_for_downloads_and_the_stem():
    # C:\Users\<20>\Downloads\<stem>\ is 41 characters plus the stem.
    assert unpacked_path_limit("ТБН4_2025") == 200  # the in-bundle limit binds
    assert unpacked_path_limit("x" * 40) == 259 - 41 - 40
    assert unpacked_path_limit("x" * 40, 150) == 150
    with pytest.raises(BundleError, match="слишком длинное"):
        unpacked_path_limit("x" * 100)


def test_a_folder_bundle_is_written_whole_or_not_at_all(tmp_path):
    target = tmp_path / "Пакет"
    result = write_bundle_folder(spec(files=[BundleFile("01 Приказ.pdf", b"%PDF scan", "signed_scan")]), target)
    assert result.path == target
    written = sorted(p.relative_to(target).as_posix() for p in target.rglob("*") if p.is_file())
    assert written == [MANIFEST_NAME, "Проект 1/Задача 1/1.1.3 Анонс начала ВАКР/01 Приказ.pdf"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o755
    with pytest.raises(BundleError, match="уже существует и не пуста"):
        write_bundle_folder(spec(), target)
    # A source that cannot be read: no folder, no hidden leftovers.
    with pytest.raises(BundleError):
        write_bundle_folder(
            spec(files=[BundleFile("01 a.pdf", tmp_path / "нет.pdf", "signed_scan")]), tmp_path / "второй"
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Пакет"]


@pytest.mark.parametrize("kind", ["docx", "xlsx"])
def test_office_files_are_reproducible_after_stabilize(tmp_path, kind):
    def make() -> bytes:
        path = tmp_path / f"f.{kind}"
        if kind == "docx":
            document = docx.Document()
            document.add_paragraph("Опись документов")
            document.save(path)
        else:
            workbook = openpyxl.Workbook()
            workbook.active["A1"] = "Опись документов"
            workbook.save(path)
        stabilize(path, CREATED)
        return path.read_bytes()

    first = make()
    time.sleep(2.1)  # ZIP dates have two-second steps
    assert make() == first
    with zipfile.ZipFile(io.BytesIO(first)) as zf:
        assert {i.date_time for i in zf.infolist()} == {(2025, 4, 2, 9, 30, 0)}
        assert b"2025-04-02T04:30:00Z" in zf.read("docProps/core.xml")
