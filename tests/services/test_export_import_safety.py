"""An export is recorded exactly when its bundle is in place; an import's
refusal names the user's file and a failed write names the folder whose
disk it is; stored files reach the disk before their rows commit."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import delete, event, func, select
from sqlalchemy.orm import Session

from tbn4_desktop.core.bundle import BundleError
from tbn4_desktop.core.tempfiles import TempRegistry, host_tag
from tbn4_desktop.models import ExportRecord
from tbn4_desktop.models.exchange import ExportedItem
from tbn4_desktop.services import export as export_service
from tbn4_desktop.services import export_forms
from tbn4_desktop.services.context import open_app
from tbn4_desktop.services.export import export_bundle
from tbn4_desktop.services.import_staging import ImportError_, copy_in
from tbn4_desktop.services.imports import import_bundle
from tests.services.import_fixtures import CREATED, YEAR, demo_bundle, oblast, snapshot


@pytest.fixture(scope="module")
def district(tmp_path_factory):
    ctx, bundle = demo_bundle(tmp_path_factory.mktemp("district"))
    yield ctx, bundle
    ctx.close()


def recorded(ctx) -> int:
    with ctx.store.session() as s:
        return s.scalar(select(func.count()).select_from(ExportRecord))


def manifest_sha(bundle: Path) -> str:
    with zipfile.ZipFile(bundle) as archive:
        return hashlib.sha256(archive.read("manifest.json")).hexdigest()


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


# ------------------------------------------------------------------ exports


def test_an_export_whose_commit_fails_leaves_no_bundle(district, tmp_path, monkeypatch):
    ctx, _bundle = district
    out = tmp_path / "Пакет.zip"
    before = recorded(ctx)
    armed = []
    original = export_service.record_export
    monkeypatch.setattr(export_service, "record_export", lambda *a, **k: armed.append(1) or original(*a, **k))

    def fail_commit(_session):
        if armed:
            armed.clear()
            raise RuntimeError("the disk of the database failed at commit")

    event.listen(Session, "before_commit", fail_commit)
    try:
        with pytest.raises(RuntimeError):
            export_bundle(ctx, None, YEAR, out, created_at=CREATED)
    finally:
        event.remove(Session, "before_commit", fail_commit)
    assert list(tmp_path.iterdir()) == []  # neither the bundle nor its temporary file
    assert recorded(ctx) == before
    assert list((ctx.data_dir / "pending-temp").iterdir()) == []


def test_an_export_is_recorded_with_its_file_and_no_temporary_file_stays(district, tmp_path):
    ctx, _bundle = district
    before = recorded(ctx)
    out = tmp_path / "Пакет.zip"
    export_bundle(ctx, None, YEAR, out, created_at=CREATED)
    assert [p.name for p in tmp_path.iterdir()] == ["Пакет.zip"]
    with ctx.store.session() as s:
        last = s.scalars(select(ExportRecord).order_by(ExportRecord.id.desc())).first()
    assert recorded(ctx) == before + 1 and last.manifest_sha256 == manifest_sha(out)
    assert list((ctx.data_dir / "pending-temp").iterdir()) == []


@pytest.mark.parametrize("committed", [False, True], ids=["not committed", "committed"])
def test_an_export_killed_between_rename_and_commit_is_settled_at_the_next_start(tmp_path, committed):
    """The process died after the rename: the registry record it left says
    which bundle it was; without its record the bundle is removed, with it
    the bundle stays."""
    ctx, out = demo_bundle(tmp_path / "src")
    sha = manifest_sha(out)
    if not committed:
        with ctx.store.session() as s:
            ids = s.scalars(select(ExportRecord.id).where(ExportRecord.manifest_sha256 == sha)).all()
            s.execute(delete(ExportedItem).where(ExportedItem.export_id.in_(ids)))
            s.execute(delete(ExportRecord).where(ExportRecord.id.in_(ids)))
    registry = TempRegistry.of_data_dir(ctx.data_dir)
    tmp = out.parent / f"~tbn4-export-{host_tag()}-{dead_pid()}-0badc0de.part"  # already renamed
    registry.add(tmp, target=str(out), kind="export")
    registry.update(tmp, manifest_sha256=sha)
    ctx.close()

    open_app(ctx.data_dir).close()
    assert out.exists() is committed
    assert list(registry.folder.iterdir()) == []


def test_a_bundle_changed_in_the_store_is_refused_naming_the_file(district, tmp_path):
    ctx, _bundle = district
    from tbn4_desktop.models import Attachment

    with ctx.store.session() as s:
        attachment = s.scalars(
            select(Attachment).where(Attachment.removed_at.is_(None)).order_by(Attachment.id)
        ).first()
        name, sha = attachment.original_name, attachment.sha256
    blob = ctx.blobs.path_of(sha)
    original = blob.read_bytes()
    try:
        blob.write_bytes(original[:-1] + bytes([original[-1] ^ 1]))
        with pytest.raises(export_service.ExportError) as caught:
            export_bundle(ctx, None, YEAR, tmp_path / "Пакет.zip", created_at=CREATED)
    finally:
        blob.write_bytes(original)
    assert f"«{name}»" in str(caught.value) and "повреждён" in str(caught.value)
    assert list(tmp_path.iterdir()) == []


# ------------------------------------------------------------------ imports


def test_a_refusal_found_in_the_staged_copy_names_the_users_file(district, tmp_path):
    _ctx, bundle = district
    damaged = tmp_path / "Байзак — от Айгерим.zip"
    with zipfile.ZipFile(bundle) as zin, zipfile.ZipFile(damaged, "w") as zout:
        flipped = False
        for info in zin.infolist():
            data = zin.read(info)
            if not flipped and info.filename.endswith(".pdf"):
                data, flipped = data[:-1] + bytes([data[-1] ^ 1]), True  # same size, other content
            zout.writestr(info, data)
    region = oblast(tmp_path / "oblast")
    before = snapshot(region)
    with pytest.raises(BundleError) as caught:
        import_bundle(region, damaged, add_unknown_subordinate=True)
    message = str(caught.value)
    assert f"Пакет «{damaged.name}» отклонён" in message and "контрольная сумма" in message, message
    assert "staged" not in message and "bundle.zip" not in message
    assert snapshot(region) == before  # and no staging folder left
    region.close()


def test_a_failed_copy_into_the_attachments_folder_names_that_folder(tmp_path, unwritable_dir):
    source = tmp_path / "Пакет района.zip"
    source.write_bytes(b"PK" * 100)
    with pytest.raises(ImportError_) as caught:
        copy_in(source, unwritable_dir, None, None)
    message = str(caught.value)
    assert str(unwritable_dir.parent) in message and "папку вложений" in message
    assert str(source) not in message


def test_imported_files_are_flushed_before_their_rows_commit(district, tmp_path, monkeypatch):
    _ctx, bundle = district
    flushed: list[str] = []
    real_fsync = os.fsync

    def spy(fd):
        flushed.append(os.readlink(f"/proc/self/fd/{fd}") if os.path.exists(f"/proc/self/fd/{fd}") else "")
        return real_fsync(fd)

    if not Path("/proc/self/fd").exists():
        pytest.skip("needs /proc to name the flushed files")
    region = oblast(tmp_path / "oblast")
    monkeypatch.setattr(os, "fsync", spy)
    import_bundle(region, bundle, add_unknown_subordinate=True)
    monkeypatch.undo()
    with region.store.session() as s:
        from tbn4_desktop.models import Attachment

        shas = set(s.scalars(select(Attachment.sha256)))
    region.close()
    staged = {Path(p).name for p in flushed}
    assert shas and shas <= staged, shas - staged  # every stored file was flushed in staging


def test_a_full_disk_while_rendering_the_forms_names_the_temporary_folder(district, tmp_path, monkeypatch):
    """The forms are rendered in the system's temporary folder, the bundle
    written beside its target: a full disk names the one that is full."""
    import errno
    import tempfile

    ctx, _bundle = district
    systemp = tmp_path / "системная папка"
    systemp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(systemp))

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    # Rendered or copied from the render cache (the fixture's export filled it): either write fails.
    monkeypatch.setattr(export_forms, "write_form", full)
    monkeypatch.setattr(export_forms.FormCache, "fetch", full)
    out = tmp_path / "Пакеты" / "Пакет.zip"
    out.parent.mkdir()
    with pytest.raises(export_service.ExportError) as caught:
        export_bundle(ctx, None, YEAR, out, created_at=CREATED)
    message = str(caught.value)
    assert "во временной папке" in message and f"На диске закончилось место: {systemp}" in message, message
    assert str(out.parent) not in message
    assert list(out.parent.iterdir()) == [] and list(systemp.iterdir()) == []
