"""Two PCs of one office on the same database: every write path of a
subtask refuses a second writer who read the subtask before the first one
saved (ConcurrentEditError), and the first writer's data stays. Run on one
SQLite file opened twice (two programs on one PC) and on PostgreSQL (two PCs,
each with its own data folder and a shared attachments folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tbn4_desktop.core.kpi import HEADCOUNT_REGISTER
from tbn4_desktop.core.settings import AppSettings, load_settings, save_settings
from tbn4_desktop.core.vocabulary import AttachmentRole, Channel, OrgLevel, SignerRole
from tbn4_desktop.models import Setting
from tbn4_desktop.services.checklist import SlotLinkInput, complete, set_slot_links, set_slot_signer
from tbn4_desktop.services.context import open_app
from tbn4_desktop.services.executions import (
    add_attachment,
    ensure_year_plan,
    get_execution,
    list_executions,
    merge_attachments,
    remove_attachment,
    replace_attachment,
    restore_attachment,
)
from tbn4_desktop.services.organizations import (
    OrganizationInput,
    SignatoryInput,
    create_organization,
    get_current_organization,
    list_signatories,
)
from tbn4_desktop.services.registers import list_rows, save_rows
from tbn4_desktop.store_errors import ConcurrentEditError
from tbn4_desktop.store_errors import StoreError as StoreErrorBase

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def _pdf(folder: Path, name: str, extra: str = "") -> Path:
    path = folder / name
    path.write_bytes(PDF + extra.encode())
    return path


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def two_pcs(request, tmp_path):
    """(pc_a, pc_b, catalog, execution ids by subtask code) on one database."""
    if request.param == "sqlite":
        dir_a = dir_b = tmp_path / "data"
    else:
        url = request.getfixturevalue("postgres_url")
        shared = tmp_path / "server-share" / "attachments"
        dir_a, dir_b = tmp_path / "pc-a", tmp_path / "pc-b"
        for folder in (dir_a, dir_b):
            folder.mkdir()
            save_settings(folder, AppSettings(database_url=url, attachments_dir=str(shared)))
    pc_a = open_app(dir_a)
    pc_b = open_app(dir_b)
    catalog = pc_a.catalog_for_year(2025)
    with pc_a.store.session() as s:
        org = create_organization(
            s,
            OrganizationInput(
                name="Аппарат акима Байзакского района",
                bin="050340001235",
                level=OrgLevel.DISTRICT,
                parent_name="Аппарат акима Жамбылской области",
            ),
            [SignatoryInput("Жанабаев Ерлан Сапарбекович", "Аким Байзакского района", SignerRole.DISTRICT_AKIM)],
        )
        plan = ensure_year_plan(s, org.id, 2025, catalog)
        ids = {(e.subtask_code, e.period): e.id for e in list_executions(s, plan.id)}
    yield pc_a, pc_b, catalog, ids
    pc_a.close()
    pc_b.close()


def _version(ctx, execution_id: int) -> int:
    with ctx.store.session() as s:
        return get_execution(s, execution_id).info.version


def _detail(ctx, execution_id: int):
    with ctx.store.session() as s:
        return get_execution(s, execution_id)


def test_the_shared_attachments_folder_is_used_by_both_pcs(two_pcs, tmp_path):
    pc_a, pc_b, _catalog, ids = two_pcs
    execution = ids[("1.1.2", "")]
    with pc_a.store.session() as s:
        info = add_attachment(
            s, pc_a.blobs, execution, _pdf(tmp_path, "Приказ.pdf"), AttachmentRole.SIGNED_SCAN, max_bytes=1 << 20
        )
    # PC B opens the file PC A attached: same database row, same folder.
    assert pc_b.blobs.path_of(info.sha256).read_bytes() == PDF
    assert [a.original_name for a in _detail(pc_b, execution).attachments] == ["Приказ.pdf"]
    settings = load_settings(pc_a.data_dir)
    if settings.attachments_dir:
        assert pc_a.blobs.root == pc_b.blobs.root == Path(settings.attachments_dir)
        assert pc_a.store.session_factory.kw["info"]["attachments_dir"] == settings.attachments_dir


def test_links_after_another_pcs_links_are_refused(two_pcs):
    pc_a, pc_b, catalog, ids = two_pcs
    execution = ids[("1.1.3", "")]
    read_by_a = _version(pc_a, execution)
    read_by_b = _version(pc_b, execution)
    with pc_b.store.session() as s:
        set_slot_links(
            s,
            catalog,
            execution,
            "link",
            [SlotLinkInput("https://www.gov.kz/b", Channel.SITE)],
            expected_version=read_by_b,
        )
    with pytest.raises(ConcurrentEditError, match="только что изменил другой пользователь"), pc_a.store.session() as s:
        set_slot_links(
            s,
            catalog,
            execution,
            "link",
            [SlotLinkInput("https://www.gov.kz/a", Channel.SITE)],
            expected_version=read_by_a,
        )
    detail = _detail(pc_a, execution)
    assert [l.url for l in detail.links] == ["https://www.gov.kz/b"]


def test_a_signer_after_another_pcs_change_is_refused(two_pcs):
    pc_a, pc_b, catalog, ids = two_pcs
    execution = ids[("1.1.2", "")]
    read_by_a = _version(pc_a, execution)
    with pc_b.store.session() as s:
        signers = list_signatories(s, get_current_organization(s).id)
        akim = next(x for x in signers if x.role is SignerRole.DISTRICT_AKIM)
        set_slot_signer(s, catalog, execution, "order", akim.id, expected_version=_version(pc_b, execution))
    with pytest.raises(ConcurrentEditError), pc_a.store.session() as s:
        set_slot_signer(s, catalog, execution, "order", None, expected_version=read_by_a)


def test_completing_after_another_pc_added_a_file_is_refused(two_pcs, tmp_path):
    pc_a, pc_b, catalog, ids = two_pcs
    execution = ids[("1.1.2", "")]
    with pc_a.store.session() as s:
        add_attachment(
            s, pc_a.blobs, execution, _pdf(tmp_path, "Скан A.pdf"), AttachmentRole.SIGNED_SCAN, max_bytes=1 << 20
        )
    read_by_a = _detail(pc_a, execution)
    with pc_a.store.session() as s:
        read_by_a_org = get_current_organization(s).id
    with pc_b.store.session() as s:
        add_attachment(
            s,
            pc_b.blobs,
            execution,
            _pdf(tmp_path, "Скан B.pdf", "b"),
            AttachmentRole.SIGNED_SCAN,
            max_bytes=1 << 20,
            expected_version=_version(pc_b, execution),
        )
    with pytest.raises(ConcurrentEditError), pc_a.store.session() as s:
        assert list_signatories(s, read_by_a_org)
        complete(s, catalog, execution, expected_version=read_by_a.info.version)
    after = _detail(pc_a, execution)
    assert after.info.status.value == "in_progress"
    assert sorted(a.original_name for a in after.attachments) == ["Скан A.pdf", "Скан B.pdf"]


def test_every_file_action_on_an_old_reading_is_refused(two_pcs, tmp_path):
    pc_a, pc_b, _catalog, ids = two_pcs
    execution = ids[("1.1.2", "")]
    with pc_a.store.session() as s:
        first = add_attachment(
            s, pc_a.blobs, execution, _pdf(tmp_path, "1.pdf", "1"), AttachmentRole.SIGNED_SCAN, max_bytes=1 << 20
        )
        second = add_attachment(
            s, pc_a.blobs, execution, _pdf(tmp_path, "2.pdf", "2"), AttachmentRole.SIGNED_SCAN, max_bytes=1 << 20
        )
        remove_attachment(s, second.id)
    stale = _version(pc_a, execution)
    with pc_b.store.session() as s:  # PC B adds a file: A's reading is now old
        add_attachment(
            s,
            pc_b.blobs,
            execution,
            _pdf(tmp_path, "B.pdf", "b"),
            AttachmentRole.SUPPORTING,
            max_bytes=1 << 20,
            expected_version=_version(pc_b, execution),
        )
    before = _detail(pc_a, execution)
    new = _pdf(tmp_path, "new.pdf", "n")
    actions = {
        "add": lambda s: add_attachment(
            s, pc_a.blobs, execution, new, AttachmentRole.SIGNED_SCAN, max_bytes=1 << 20, expected_version=stale
        ),
        "remove": lambda s: remove_attachment(s, first.id, expected_version=stale),
        "replace": lambda s: replace_attachment(
            s, pc_a.blobs, first.id, new, max_bytes=1 << 20, expected_version=stale
        ),
        "restore": lambda s: restore_attachment(s, second.id, expected_version=stale),
        "merge": lambda s: merge_attachments(
            s,
            pc_a.blobs,
            execution,
            [a.id for a in before.attachments],
            AttachmentRole.SIGNED_SCAN,
            "Всё",
            max_bytes=1 << 20,
            expected_version=stale,
        ),
    }
    for name, action in actions.items():
        with pytest.raises(ConcurrentEditError), pc_a.store.session() as s:
            action(s)
        assert _detail(pc_a, execution) == before, name


def test_replacing_a_file_another_pc_removed_is_refused(two_pcs, tmp_path):
    pc_a, pc_b, _catalog, ids = two_pcs
    execution = ids[("1.1.2", "")]
    with pc_a.store.session() as s:
        scan = add_attachment(
            s, pc_a.blobs, execution, _pdf(tmp_path, "1.pdf"), AttachmentRole.SIGNED_SCAN, max_bytes=1 << 20
        )
    with pc_b.store.session() as s:
        remove_attachment(s, scan.id)
    # A script without a reading (no expected version) is still told, not given a ValueError.
    with pytest.raises(ConcurrentEditError, match="убрал из подзадачи другой пользователь"), pc_a.store.session() as s:
        replace_attachment(s, pc_a.blobs, scan.id, _pdf(tmp_path, "2.pdf", "2"), max_bytes=1 << 20)
    assert [a.original_name for a in _detail(pc_a, execution).history] == ["1.pdf"]


def test_register_rows_of_another_pc_are_not_overwritten(two_pcs):
    pc_a, pc_b, catalog, ids = two_pcs
    subtask = catalog.subtask("4.2.1")
    register = subtask.registers[0]
    execution = next(i for (code, _p), i in ids.items() if code == "4.2.1")
    read_by_a = _version(pc_a, execution)
    with pc_b.store.session() as s:
        version = save_rows(
            s, execution, HEADCOUNT_REGISTER, [{"headcount": 120}], expected_version=_version(pc_b, execution)
        )
    assert version > read_by_a
    with pytest.raises(ConcurrentEditError), pc_a.store.session() as s:
        save_rows(s, execution, HEADCOUNT_REGISTER, [{"headcount": 80}], expected_version=read_by_a)
    with pytest.raises(ConcurrentEditError), pc_a.store.session() as s:
        save_rows(s, execution, register, [], expected_version=read_by_a)
    with pc_a.store.session() as s:
        assert [r.values for r in list_rows(s, execution, HEADCOUNT_REGISTER)] == [{"headcount": 120}]
        # Re-read, A may save: its version chain follows its own writes in one transaction.
        v = save_rows(s, execution, register, [], expected_version=version)
        save_rows(s, execution, HEADCOUNT_REGISTER, [{"headcount": 80}], expected_version=v)
    with pc_b.store.session() as s:
        assert [r.values for r in list_rows(s, execution, HEADCOUNT_REGISTER)] == [{"headcount": 80}]


# ------------------------------------------------------------ a database that cannot take the write
BUSY = "База данных занята другой программой или другим пользователем. Подождите немного и повторите действие."
FULL = "На диске закончилось место; изменения не сохранены. Освободите место и повторите."


def test_sqlite_locked_by_another_process_beyond_the_timeout_is_told(data_dir, monkeypatch):
    import subprocess
    import sys

    from tbn4_desktop import store as store_module

    monkeypatch.setattr(store_module, "SQLITE_BUSY_TIMEOUT_S", 0.3)
    ctx = open_app(data_dir)
    script = (
        "import sqlite3, sys\n"
        f"c = sqlite3.connect({str(data_dir / store_module.DB_FILE)!r}, isolation_level=None)\n"
        "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); sys.stdin.read()"
    )
    holder = subprocess.Popen([sys.executable, "-c", script], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(store_module.StoreError) as caught, ctx.store.session() as s:
            s.add(Setting(key="note", value="A"))
        assert str(caught.value) == BUSY
    finally:
        holder.communicate("")
    with ctx.store.session() as s:  # the lock is gone: the same write goes through
        s.add(Setting(key="note", value="A"))
    with ctx.store.session() as s:
        assert s.get(Setting, "note").value == "A"
    ctx.close()


@pytest.fixture
def tiny_disk(tmp_path):
    """A 3 MB tmpfs: a real file system that runs out of space."""
    import subprocess

    folder = tmp_path / "маленький диск"
    folder.mkdir()
    if (
        subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(folder)], check=False, capture_output=True
        ).returncode
        != 0
    ):
        pytest.skip("cannot mount a small tmpfs here (needs root)")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=True)


def test_a_database_on_a_full_disk_is_told_and_keeps_what_was_committed(tiny_disk):
    import os

    ctx = open_app(tiny_disk / "data")
    with ctx.store.session() as s:
        s.add(Setting(key="kept", value="committed before the disk filled up"))
    filler = tiny_disk / "filler"
    with open(filler, "wb", buffering=0) as f:  # fill the disk to the last block
        for chunk in (65536, 512):
            try:
                while True:
                    f.write(b"\0" * chunk)
            except OSError:
                pass
    try:
        with pytest.raises(StoreErrorBase) as caught, ctx.store.session() as s:
            for n in range(2000):  # ~4 MB of rows: more than the disk has
                s.add(Setting(key=f"bulk{n}", value=f"{n:08d}" * 250))
        assert str(caught.value) == FULL
    finally:
        os.unlink(filler)
    with ctx.store.session() as s:
        assert s.get(Setting, "kept").value == "committed before the disk filled up"
        assert s.get(Setting, "bulk0") is None
    ctx.close()


def test_a_wrong_password_is_told_in_russian():
    """The test server trusts every local connection, so the server's
    refusal is built here with libpq's own words."""
    import psycopg
    from sqlalchemy.exc import OperationalError

    from tbn4_desktop.store import translate_db_error

    for words in (
        'connection failed: connection to server at "10.0.0.5", port 5432 failed: '
        'FATAL:  password authentication failed for user "ivanova"',
        'connection failed: connection to server at "10.0.0.5", port 5432 failed: fe_sendauth: no password supplied',
    ):
        error = OperationalError("connect", {}, psycopg.OperationalError(words))
        assert str(translate_db_error(error)) == "Неверное имя пользователя или пароль общей базы данных."
