"""The operations the crash test interrupts, each with how it is judged."""

from __future__ import annotations

import zipfile
from pathlib import Path

from PIL import Image
from sqlalchemy import select

from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.models import Attachment, ExportRecord, ImportedBundle, SubtaskExecution
from tbn4_desktop.services.context import AppContext, open_app
from tbn4_desktop.services.demo import create_demo
from tbn4_desktop.services.executions import add_attachment, save_notes
from tests.crash.harness import Scenario, log_action
from tests.services.import_fixtures import demo_bundle, oblast, snapshot

YEAR = 2025
SAVES = 120
BUNDLE = "bundle.zip"


def _data(run_dir: Path) -> Path:
    return run_dir / "data"


def _first_execution(ctx: AppContext) -> int:
    with ctx.store.session() as s:
        return s.scalars(select(SubtaskExecution.id).order_by(SubtaskExecution.id)).first()


# -- wizard saves: notes and scans of one subtask, one transaction each ----


def _prepare_saves(template: Path) -> None:
    ctx = open_app(_data(template))
    create_demo(ctx, YEAR)
    ctx.close()
    scans = template / "scans"
    scans.mkdir()
    for i in range(SAVES // 4 + 1):
        Image.new("RGB", (32, 32), (i * 7 % 256, i * 13 % 256, 90)).save(scans / f"scan-{i}.png")


def _work_saves(run_dir: Path) -> None:
    ctx = open_app(_data(run_dir))
    execution_id = _first_execution(ctx)
    for i in range(1, SAVES + 1):
        with ctx.store.session() as s:
            save_notes(s, execution_id, expected_version=None, notes=f"save {i}")
            if i % 4 == 0:
                add_attachment(
                    s,
                    ctx.blobs,
                    execution_id,
                    run_dir / "scans" / f"scan-{i // 4}.png",
                    AttachmentRole.SIGNED_SCAN,
                    max_bytes=1 << 20,
                )
        log_action(run_dir, f"save {i}")
    ctx.close()


def _judge_saves(run_dir: Path, ctx: AppContext, actions: list[str]) -> None:
    with ctx.store.session() as s:
        e = s.get(SubtaskExecution, _first_execution(ctx))
        names = {a.original_name for a in s.scalars(select(Attachment).where(Attachment.execution_id == e.id))}
        notes = e.notes or ""
    if not actions:
        return
    last = int(actions[-1].split()[-1])
    saved = int(notes.split()[-1]) if notes.startswith("save ") else 0
    assert saved >= last, f"save {last} was committed, the database has «{notes}»"
    for i in range(4, last + 1, 4):
        assert f"scan-{i // 4}.png" in names, f"scan-{i // 4}.png was committed and is missing"
    for name in names:
        if name.startswith("scan-"):
            blob = ctx.blobs.path_of(_sha_of(ctx, name))
            assert blob.is_file(), f"{name}: its row committed without its file"


def _sha_of(ctx: AppContext, name: str) -> str:
    with ctx.store.session() as s:
        return s.scalars(select(Attachment.sha256).where(Attachment.original_name == name)).first()


SAVES_SCENARIO = Scenario("saves", _prepare_saves, _work_saves, _judge_saves)


# -- import of a subordinate's bundle: all or nothing -----------------------


def _prepare_import(template: Path) -> None:
    district, bundle = demo_bundle(template / "district-src")
    district.close()
    bundle.rename(template / BUNDLE)
    oblast(_data(template)).close()
    # The expected «after» state, from an import that was not interrupted.
    reference = template / "reference"
    ctx = oblast(reference)
    from tbn4_desktop.services.imports import import_bundle

    import_bundle(ctx, template / BUNDLE, add_unknown_subordinate=True)
    (template / "after.txt").write_text(repr(snapshot(ctx)[0]), encoding="utf-8")
    ctx.close()
    ctx = open_app(_data(template))
    (template / "before.txt").write_text(repr(snapshot(ctx)[0]), encoding="utf-8")
    ctx.close()


def _work_import(run_dir: Path) -> None:
    from tbn4_desktop.services.imports import import_bundle

    ctx = open_app(_data(run_dir))
    import_bundle(ctx, run_dir / BUNDLE, add_unknown_subordinate=True)
    ctx.close()
    log_action(run_dir, "imported")


def _judge_import(run_dir: Path, ctx: AppContext, actions: list[str]) -> None:
    counts = repr(snapshot(ctx)[0])
    before = (run_dir / "before.txt").read_text(encoding="utf-8")
    after = (run_dir / "after.txt").read_text(encoding="utf-8")
    assert counts in (before, after), f"a half-applied import: {counts}"
    if actions:
        assert counts == after, "the import was committed and is missing"
    with ctx.store.session() as s:
        for sha in s.scalars(select(Attachment.sha256)):
            assert ctx.blobs.path_of(sha).is_file(), f"attachment {sha[:12]} has no file"
        assert s.scalar(select(ImportedBundle.id).limit(1)) is None or counts == after


IMPORT_SCENARIO = Scenario("import", _prepare_import, _work_import, _judge_import)


# -- export of the year's bundle into the user's folder ---------------------


def _prepare_export(template: Path) -> None:
    ctx = open_app(_data(template))
    create_demo(ctx, YEAR)
    ctx.close()
    (template / "out").mkdir()


def _work_export(run_dir: Path) -> None:
    from tbn4_desktop.services.export import export_bundle

    ctx = open_app(_data(run_dir))
    export_bundle(ctx, None, YEAR, run_dir / "out" / BUNDLE)
    ctx.close()
    log_action(run_dir, "exported")


def _judge_export(run_dir: Path, ctx: AppContext, actions: list[str]) -> None:
    target = run_dir / "out" / BUNDLE
    with ctx.store.session() as s:
        recorded = s.scalars(select(ExportRecord.target)).all()
    if target.exists():
        with zipfile.ZipFile(target) as archive:
            assert archive.testzip() is None, "the exported ZIP is damaged"
            assert "manifest.json" in archive.namelist(), "the exported ZIP has no manifest"
        assert str(target) in recorded, "the bundle was written but its export was not recorded"
    else:
        assert not actions, "the export finished and its file is missing"
        assert str(target) not in recorded, "an export was recorded and its file is missing"
    assert sorted(p.name for p in (run_dir / "out").iterdir()) in ([], [BUNDLE]), (
        f"other files in the export folder: {sorted(p.name for p in (run_dir / 'out').iterdir())}"
    )


EXPORT_SCENARIO = Scenario("export", _prepare_export, _work_export, _judge_export, outputs=("out",))


# -- a backup made while the app works ---------------------------------------


def _prepare_backup(template: Path) -> None:
    _prepare_saves(template)


def _work_backup(run_dir: Path) -> None:
    from tbn4_desktop.services.backups import make_backup

    ctx = open_app(_data(run_dir))
    make_backup(ctx, reason="manual")
    ctx.close()
    log_action(run_dir, "backed up")


def _judge_backup(run_dir: Path, ctx: AppContext, actions: list[str]) -> None:
    from tbn4_desktop.services.backups import backup_root, check_backup, list_backups

    backups = list_backups(backup_root(ctx.data_dir, ctx.settings))
    if actions:
        assert backups, "the backup finished and is not listed"
    for info in backups:
        problems = check_backup(ctx.data_dir, info.path)
        assert not problems, f"a listed backup does not verify: {problems[0]}"


BACKUP_SCENARIO = Scenario("backup", _prepare_backup, _work_backup, _judge_backup)


# -- a restore over work saved after the backup -------------------------------

BEFORE, AFTER = "as in the backup", "saved after the backup"


def _prepare_restore(template: Path) -> None:
    from tbn4_desktop.services.backups import make_backup

    _prepare_saves(template)
    ctx = open_app(_data(template))
    execution_id = _first_execution(ctx)
    with ctx.store.session() as s:
        save_notes(s, execution_id, expected_version=None, notes=BEFORE)
    info = make_backup(ctx, reason="manual")
    with ctx.store.session() as s:
        save_notes(s, execution_id, expected_version=None, notes=AFTER)
        add_attachment(
            s, ctx.blobs, execution_id, template / "scans" / "scan-0.png", AttachmentRole.SIGNED_SCAN, max_bytes=1 << 20
        )
    ctx.close()
    (template / "backup.txt").write_text(info.name, encoding="utf-8")


def _work_restore(run_dir: Path) -> None:
    from tbn4_desktop.core.settings import load_settings
    from tbn4_desktop.services.backups import backup_root, restore_backup

    data = _data(run_dir)
    name = (run_dir / "backup.txt").read_text(encoding="utf-8")
    restore_backup(data, backup_root(data, load_settings(data)) / name)
    log_action(run_dir, "restored")


def _judge_restore(run_dir: Path, ctx: AppContext, actions: list[str]) -> None:
    with ctx.store.session() as s:
        e = s.get(SubtaskExecution, _first_execution(ctx))
        notes = e.notes
        scans = [a.original_name for a in e.attachments if a.original_name == "scan-0.png"]
    assert notes in (BEFORE, AFTER), f"the restored database holds neither state: «{notes}»"
    # A database is one state or the other, never a mix (a replayed WAL mixes them).
    assert bool(scans) == (notes == AFTER), "the database mixes the backup with later work"
    if actions:
        assert notes == BEFORE, "the restore finished and the data is not the backup's"


RESTORE_SCENARIO = Scenario("restore", _prepare_restore, _work_restore, _judge_restore)

ALL = [SAVES_SCENARIO, IMPORT_SCENARIO, EXPORT_SCENARIO, BACKUP_SCENARIO, RESTORE_SCENARIO]
