"""The data check, its repair, and the start-up sweep of a killed process's
leftovers (services/integrity, services/leftovers, core/tempfiles)."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from tbn4_desktop.core.tempfiles import TempRegistry, host_tag
from tbn4_desktop.core.vocabulary import AttachmentRole, OrgLevel, SignerRole
from tbn4_desktop.services.context import open_app
from tbn4_desktop.services.executions import add_attachment, ensure_year_plan, list_executions
from tbn4_desktop.services.integrity import QUARANTINE_DIR, check_data, repair
from tbn4_desktop.services.organizations import OrganizationInput, SignatoryInput, create_organization

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
HOUR = 3600


def dead_pid() -> int:
    """The id of a process that has ended (as a killed app's would be)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def ours(purpose: str, pid: int, suffix: str = "") -> str:
    return f"~tbn4-{purpose}-{host_tag()}-{pid}-0badc0de{suffix}"


def age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then))


@pytest.fixture
def ctx(data_dir, catalog, tmp_path, monkeypatch):
    # The system's temporary folder of the test, not the machine's.
    systemp = tmp_path / "systemp"
    systemp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(systemp))
    context = open_app(data_dir)
    with context.store.session() as s:
        org = create_organization(
            s,
            OrganizationInput(
                name="Аппарат акима Байзакского района",
                bin="050340001235",
                level=OrgLevel.DISTRICT,
                parent_name="Аппарат акима Жамбылской области",
            ),
            [SignatoryInput("Жанабаев Ерлан Сапарбекович", "Аким района", SignerRole.DISTRICT_AKIM)],
        )
        plan = ensure_year_plan(s, org.id, 2025, catalog)
        execution = list_executions(s, plan.id)[0]
    scan = tmp_path / "Приказ №12.pdf"
    scan.write_bytes(PDF)
    with context.store.session() as s:
        add_attachment(s, context.blobs, execution.id, scan, AttachmentRole.SIGNED_SCAN, max_bytes=1 << 20)
    yield context
    context.close()


def stray_blob(ctx, content: bytes, *, hours_old: float = 2) -> Path:
    """A blob no row points at, as a killed import leaves it."""
    sha = hashlib.sha256(content).hexdigest()
    path = ctx.blobs.path_of(sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    age(path, hours_old * HOUR)
    return path


def test_a_sound_folder_is_reported_sound(ctx):
    report = check_data(ctx)
    assert report.ok, (report.problems, report.unreferenced, report.leftovers)
    assert report.files_checked == 1 and report.bytes_checked == len(PDF)
    assert "всё в порядке" in report.summary()


def test_a_changed_file_is_a_problem_and_repair_never_touches_it(ctx):
    blob = ctx.blobs.path_of(hashlib.sha256(PDF).hexdigest())
    blob.write_bytes(PDF.replace(b"1.4", b"1.7"))  # same size, other content
    report = check_data(ctx)
    assert not report.ok and len(report.problems) == 1
    assert "«Приказ №12.pdf»" in report.problems[0] and "повреждён или изменён" in report.problems[0]
    result = repair(ctx, report)
    assert blob.read_bytes() == PDF.replace(b"1.4", b"1.7")  # evidence left as it is
    assert result.quarantined == 0 and not (ctx.data_dir / QUARANTINE_DIR).exists()
    assert result.remaining(report).problems == report.problems


def test_a_missing_file_is_a_problem(ctx):
    ctx.blobs.path_of(hashlib.sha256(PDF).hexdigest()).unlink()
    [problem] = check_data(ctx).problems
    assert "«Приказ №12.pdf»" in problem and "отсутствует" in problem


def test_an_unreferenced_blob_is_reported_and_quarantined_never_deleted(ctx):
    content = b"%PDF-1.4 left by a killed import" * 100
    path = stray_blob(ctx, content)
    young = stray_blob(ctx, b"%PDF-1.4 another process is about to commit this", hours_old=0)
    report = check_data(ctx)
    assert report.unreferenced == [(path, len(content))]  # not the young one
    assert not report.ok and report.repairable and "1" in report.summary()
    result = repair(ctx, report)
    assert result.quarantined == 1 and result.quarantined_bytes == len(content)
    moved = result.quarantine_dir / path.parent.name / path.name
    assert moved.read_bytes() == content and not path.exists()
    assert result.quarantine_dir.parent == ctx.data_dir / QUARANTINE_DIR
    assert young.exists()
    assert check_data(ctx).ok


def test_a_blob_attached_again_after_the_check_stays(ctx, tmp_path):
    path = stray_blob(ctx, PDF + b"%% second scan")
    report = check_data(ctx)
    assert [p for p, _ in report.unreferenced] == [path]
    again = tmp_path / "Тот же скан.pdf"
    again.write_bytes(PDF + b"%% second scan")
    with ctx.store.session() as s:
        execution_id = s.scalar(text("SELECT execution_id FROM attachment LIMIT 1"))
        add_attachment(s, ctx.blobs, execution_id, again, AttachmentRole.SUPPORTING, max_bytes=1 << 20)
    result = repair(ctx, report)
    assert result.quarantined == 0 and path.is_file()
    assert check_data(ctx).ok


def test_an_edited_journal_entry_is_reported(ctx):
    with ctx.store.engine.begin() as conn:
        conn.execute(
            text("UPDATE audit_entry SET summary = 'Ничего не было.' WHERE id = (SELECT MAX(id) FROM audit_entry)")
        )
    report = check_data(ctx)
    assert any("журнала изменений" in p and "изменена" in p for p in report.problems), report.problems


def test_a_damaged_database_is_reported(ctx):
    with ctx.store.engine.connect() as conn:
        conn.execute(text("PRAGMA foreign_keys = OFF"))
        conn.execute(
            text(
                "INSERT INTO attachment (execution_id, sha256, original_name, size, media_type, role, "
                "slot_key, added_at) VALUES (99999, :sha, 'x.pdf', 1, 'application/pdf', "
                "'signed_scan', '', '2025-01-01')"
            ),
            {"sha": hashlib.sha256(PDF).hexdigest()},
        )
        conn.commit()
    problems = check_data(ctx).problems
    assert any("База данных повреждена" in p and "attachment" in p for p in problems), problems


# ------------------------------------------------------------ the start-up sweep


def test_a_killed_process_leaves_nothing_after_the_next_start(ctx, tmp_path):
    """Every kind of leftover a killed import, attach, export, form save or
    earlier version leaves, and what must stay."""
    data, attachments, pid = ctx.data_dir, ctx.blobs.root, dead_pid()
    users = tmp_path / "Мои документы"
    users.mkdir()
    stage = attachments / ours("import", pid)
    stage.mkdir()
    (stage / "staged-bundle.zip").write_bytes(b"x" * 5000)
    (attachments / ours("incoming", pid)).write_bytes(b"partial scan")
    (data / ours("save", pid, ".part")).write_bytes(b"half a settings file")
    pool, one_backup = data / "backups" / "blobs", data / "backups" / "2025-06-01_120000_manual"
    pool.mkdir(parents=True)
    one_backup.mkdir()
    (pool / ours("blob", pid, ".part")).write_bytes(b"half a blob copy")
    (one_backup / ours("dbcopy", pid, ".part-journal")).write_bytes(b"sqlite journal of a copy")
    (Path(tempfile.gettempdir()) / ours("forms", pid, "-abc")).mkdir()
    export_part = users / ours("export", pid, ".part")
    TempRegistry.of_data_dir(data).add(export_part, target=str(users / "Пакет.zip"), kind="export")
    export_part.write_bytes(b"PK half a bundle")
    legacy = attachments / ".import-oldversion"
    legacy.mkdir()
    age(legacy, 2 * HOUR)
    must_stay = [
        attachments / ours("incoming", os.getpid()),  # this process is alive: its work in progress
        attachments / ".import-justnow",  # an earlier version's, maybe still running
        users / "отчёт.part",  # the user's own files
        data / "~tbn4-заметки.txt",  # not one of our names
    ]
    for path in must_stay:
        path.write_bytes(b"keep")
    other_pc = attachments / f"~tbn4-import-000000-{pid}-0badc0de"  # another PC's: its pid means nothing here
    other_pc.mkdir()
    ctx.close()

    reopened = open_app(data)
    reopened.close()
    for gone in (
        stage,
        attachments / ours("incoming", pid),
        data / ours("save", pid, ".part"),
        Path(tempfile.gettempdir()) / ours("forms", pid, "-abc"),
        export_part,
        legacy,
        pool / ours("blob", pid, ".part"),
        one_backup / ours("dbcopy", pid, ".part-journal"),
    ):
        assert not gone.exists(), gone
    assert not list((data / "pending-temp").iterdir())
    for kept in (*must_stay, other_pc):
        assert kept.exists(), kept


def test_leftovers_are_listed_with_sizes_and_removed_by_repair(ctx):
    stage = ctx.blobs.root / ours("import", dead_pid())
    stage.mkdir()
    (stage / "a.pdf").write_bytes(b"a" * 3000)
    report = check_data(ctx)
    assert report.leftovers == [(stage, 3000)] and not report.ok
    result = repair(ctx, report)
    assert result.removed == 1 and result.removed_bytes == 3000 and not stage.exists()
    assert check_data(ctx).ok


def test_a_changed_file_is_refused_when_copied_out_for_the_viewer(ctx, tmp_path):
    from tbn4_desktop.core.attachments import BlobDamaged

    sha = hashlib.sha256(PDF).hexdigest()
    ctx.blobs.copy_out(sha, tmp_path / "копия.pdf", "Приказ №12.pdf")
    assert (tmp_path / "копия.pdf").read_bytes() == PDF
    ctx.blobs.path_of(sha).write_bytes(PDF + b"%")
    with pytest.raises(BlobDamaged, match="«Приказ №12.pdf» в хранилище вложений повреждён"):
        ctx.blobs.copy_out(sha, tmp_path / "вторая копия.pdf", "Приказ №12.pdf")
    assert not (tmp_path / "вторая копия.pdf").exists()


def test_the_check_on_either_database(data_dir, db_url, catalog, tmp_path):
    """On the shared PostgreSQL database the server answers for its
    integrity (said in a note); the files and the journal are checked alike."""
    context = open_app(data_dir, database_url=db_url)
    try:
        with context.store.session() as s:
            org = create_organization(
                s,
                OrganizationInput(
                    name="Аппарат акима Байзакского района",
                    bin="050340001235",
                    level=OrgLevel.DISTRICT,
                    parent_name="Аппарат акима Жамбылской области",
                ),
                [SignatoryInput("Жанабаев Ерлан Сапарбекович", "Аким района", SignerRole.DISTRICT_AKIM)],
            )
            execution = list_executions(s, ensure_year_plan(s, org.id, 2025, catalog).id)[0]
        scan = tmp_path / "Приказ №12.pdf"
        scan.write_bytes(PDF)
        with context.store.session() as s:
            add_attachment(s, context.blobs, execution.id, scan, AttachmentRole.SIGNED_SCAN, max_bytes=1 << 20)
        report = check_data(context)
        assert report.ok and report.files_checked == 1, report.problems
        assert bool(report.notes) is db_url.startswith("postgresql")
        context.blobs.path_of(hashlib.sha256(PDF).hexdigest()).write_bytes(PDF + b"%")
        assert "«Приказ №12.pdf»" in check_data(context).problems[0]
    finally:
        context.close()


def test_a_full_disk_while_storing_a_scan_names_the_attachments_folder(ctx, tmp_path, monkeypatch):
    import errno
    import io

    from tbn4_desktop.core.attachments import AttachmentError

    class FullDisk(io.BytesIO):
        def write(self, _data):
            raise OSError(errno.ENOSPC, "No space left on device")

    scan = tmp_path / "Сканы с флешки" / "Акт.pdf"
    scan.parent.mkdir()
    scan.write_bytes(PDF + b"% another")
    real = os.fdopen
    monkeypatch.setattr(os, "fdopen", lambda fd, *a, **k: (os.close(fd), FullDisk())[1])
    try:
        with pytest.raises(AttachmentError) as caught:
            ctx.blobs.ingest(scan, max_bytes=1 << 20)
    finally:
        monkeypatch.setattr(os, "fdopen", real)
    message = str(caught.value)
    assert f"На диске закончилось место: {ctx.blobs.root}." in message, message
    assert str(scan.parent) not in message
    assert not [p for p in ctx.blobs.root.iterdir() if p.name.startswith("~tbn4-")]
