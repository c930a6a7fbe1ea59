import os
import sys
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import IntegrityError

from tbn4_desktop.core.attachments import BlobStore
from tbn4_desktop.core.vocabulary import AttachmentRole, Channel, ExecutionStatus, OrgLevel, SignerRole
from tbn4_desktop.migrations import SCHEMA_HEAD
from tbn4_desktop.models import Base, SubtaskExecution
from tbn4_desktop.services.checklist import (
    SlotLinkInput,
    complete,
    set_slot_date,
    set_slot_links,
    set_slot_signer,
)
from tbn4_desktop.services.executions import (
    add_attachment,
    ensure_year_plan,
    find_year_plan,
    get_execution,
    list_executions,
    remove_attachment,
    save_notes,
)
from tbn4_desktop.services.organizations import (
    OrganizationInput,
    SignatoryInput,
    create_organization,
    get_current_organization,
    list_signatories,
)
from tbn4_desktop.store import (
    DB_FILE,
    ConcurrentEditError,
    StoreError,
    alembic_config,
    current_revision,
    open_store,
)

TABLES = {"organization", "signatory", "setting", "year_plan", "subtask_execution", "attachment", "link"}
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"


def test_an_empty_database_is_migrated_to_head(store):
    names = set(inspect(store.engine).get_table_names())
    assert TABLES | {"alembic_version"} <= names
    assert current_revision(store.engine) == SCHEMA_HEAD


def test_opening_again_is_a_no_op(store, data_dir):
    store.close()
    again = open_store(data_dir, store.url)
    try:
        assert current_revision(again.engine) == SCHEMA_HEAD
    finally:
        again.close()


def test_schema_head_constant_equals_alembic_head():
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    assert script.get_heads() == [SCHEMA_HEAD]


def test_migrations_match_the_models(store):
    """A model change without a migration (or the reverse) shows up here."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
    assert diff == []


def test_sqlite_runs_in_wal_mode_with_foreign_keys(data_dir):
    store = open_store(data_dir)
    try:
        with store.engine.connect() as conn:
            assert conn.execute(text("PRAGMA journal_mode")).scalar().lower() == "wal"
            assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert (data_dir / DB_FILE).is_file()
    finally:
        store.close()


def test_foreign_keys_are_enforced(store):
    with pytest.raises(IntegrityError), store.session() as s:
        s.execute(
            text(
                "INSERT INTO signatory (organization_id, full_name, position, role, active) "
                "VALUES (999, 'X', 'Y', 'first_head', true)"
            )
        )


def _store_error_as_nobody(folder) -> str:
    """Open the store in a forked child that runs as `nobody`, so the kernel
    (not a mock) refuses the writes; returns the child's StoreError text."""
    import pwd

    nobody = pwd.getpwnam("nobody")
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # child
        code = 0
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(nobody.pw_gid)
            os.setuid(nobody.pw_uid)
            try:
                open_store(folder).close()
                message = "OPENED"
            except StoreError as exc:
                message = str(exc)
            os.write(write_end, message.encode("utf-8"))
        except BaseException as exc:  # noqa: BLE001 - report anything to the parent
            os.write(write_end, f"CHILD FAILED: {exc!r}".encode())
            code = 1
        finally:
            os._exit(code)
    os.close(write_end)
    chunks = []
    while chunk := os.read(read_end, 65536):
        chunks.append(chunk)
    os.close(read_end)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode("utf-8")


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_read_only_data_folder_is_refused_in_russian(tmp_path):
    import shutil
    import tempfile

    # pytest's tmp_path is private to root; the unprivileged child needs a
    # folder it can reach, so this one lives directly under the system temp.
    base = Path(tempfile.mkdtemp(prefix="tbn4-ro-"))
    folder = base / "data"
    folder.mkdir()
    base.chmod(0o755)
    folder.chmod(0o555)
    try:
        if os.geteuid() == 0:
            # root ignores permissions: an unprivileged child tries instead.
            message = _store_error_as_nobody(folder)
        else:
            with pytest.raises(StoreError) as caught:
                open_store(folder)
            message = str(caught.value)
    finally:
        folder.chmod(0o755)
        shutil.rmtree(base)
    assert message.startswith(f"Папка данных «{folder}» доступна только для чтения."), message
    assert "--data-dir" in message


def test_a_database_made_by_a_newer_app_is_refused(store, data_dir):
    with store.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.close()
    with pytest.raises(StoreError) as caught:
        open_store(data_dir, store.url)
    assert str(caught.value) == (
        "База данных создана более новой версией программы (схема 9999). Обновите программу, чтобы открыть её."
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"this is not an sqlite database" * 100, "не является базой данных SQLite"),
        (b"SQLite format 3\x00" + b"\xff" * 5000, "Файл базы данных повреждён. Восстановите его из резервной копии"),
    ],
)
def test_a_corrupt_database_file_is_refused_in_russian_and_left_as_it_was(data_dir, content, expected):
    data_dir.mkdir(parents=True)
    (data_dir / DB_FILE).write_bytes(content)
    with pytest.raises(StoreError) as caught:
        open_store(data_dir)
    assert expected in str(caught.value)
    assert "tbn4 restore" in str(caught.value)
    assert (data_dir / DB_FILE).read_bytes() == content


def test_unreachable_postgresql_server_is_refused_in_russian(data_dir):
    with pytest.raises(StoreError, match="Не удалось подключиться к базе данных"):
        open_store(data_dir, "postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_an_error_inside_a_session_rolls_everything_back(store):
    with pytest.raises(RuntimeError), store.session() as s:
        create_organization(s, _org(), _signers())
        raise RuntimeError("boom")
    with store.session() as s:
        assert get_current_organization(s) is None


def _org():
    return OrganizationInput(
        name="Аппарат акима Байзакского района",
        bin="050340001235",
        level=OrgLevel.DISTRICT,
        parent_name="Аппарат акима Жамбылской области",
    )


def _signers():
    return [
        SignatoryInput("Жанабаев Ерлан Сапарбекович", "Аким Байзакского района", SignerRole.DISTRICT_AKIM),
        SignatoryInput(
            "Тулегенова Айгерим Нурлановна", "Руководитель аппарата акима Байзакского района", SignerRole.CHIEF_OF_STAFF
        ),
    ]


def test_round_trip_of_organisation_plan_executions_attachments_links(store, data_dir, catalog, tmp_path):
    blobs = BlobStore(store.attachments_dir)
    scan = tmp_path / "Приказ №12 о проведении анализа.pdf"
    scan.write_bytes(PDF)
    with store.session() as s:
        org = create_organization(s, _org(), _signers())
        plan = ensure_year_plan(s, org.id, 2025, catalog)
        rows = {(e.subtask_code, e.period): e for e in list_executions(s, plan.id)}
        order = rows[("1.1.2", "")]
        announce = rows[("1.1.3", "")]
        first = add_attachment(
            s, blobs, order.id, scan, AttachmentRole.SIGNED_SCAN, max_bytes=1 << 20, slot_key="order"
        )
        second = add_attachment(
            s, blobs, order.id, scan, AttachmentRole.SIGNED_SCAN, max_bytes=1 << 20, slot_key="order"
        )
        remove_attachment(s, first.id)
        akim = list_signatories(s, org.id)[0]
        set_slot_signer(s, catalog, order.id, "order", akim.id)
        set_slot_date(s, catalog, order.id, "order", date(2025, 2, 3))
        save_notes(s, order.id, expected_version=None, notes="Приказ №12")
        complete(s, catalog, order.id, expected_version=get_execution(s, order.id).info.version)
        set_slot_links(
            s,
            catalog,
            announce.id,
            "link",
            [
                SlotLinkInput(
                    f"https://www.gov.kz/memleket/entities/zhambyl-bayzak/press/news/details/{n}",
                    channel,
                    date(2025, 2, 10),
                    "Анонс начала анализа",
                )
                for n, channel in enumerate(Channel)
            ],
        )
        complete(s, catalog, announce.id)
    store.close()

    reopened = open_store(data_dir, store.url)
    try:
        with reopened.session() as s:
            current = get_current_organization(s)
            assert current == org
            assert current.parent_name == "Аппарат акима Жамбылской области"
            assert [x.full_name for x in list_signatories(s, org.id)] == [x.full_name for x in _signers()]
            again = find_year_plan(s, org.id, 2025)
            assert again == plan and again.catalog_id == catalog.id
            executions = list_executions(s, plan.id)
            assert len(executions) == len(rows)
            done = get_execution(s, order.id)
            assert done.info.status is ExecutionStatus.READY_FOR_UPLOAD
            assert done.info.completed_on is not None
            assert done.info.notes == "Приказ №12"
            assert [a.id for a in done.attachments] == [second.id]
            assert [a.id for a in done.history] == [first.id]
            assert done.attachments[0].original_name == scan.name
            assert blobs.path_of(done.attachments[0].sha256).read_bytes() == PDF
            links = get_execution(s, announce.id).links
            assert [(l.slot_key, l.channel, l.published_on) for l in links] == [
                ("link", c.value, date(2025, 2, 10)) for c in Channel
            ]
    finally:
        reopened.close()


def test_two_writers_of_the_same_row_conflict(store, catalog):
    """Optimistic locking (version column): the second of two users saving
    the same subtask gets ConcurrentEditError, the first one's data stays."""
    with store.session() as s:
        org = create_organization(s, _org(), _signers())
        plan = ensure_year_plan(s, org.id, 2025, catalog)
        execution_id = list_executions(s, plan.id)[0].id
    with pytest.raises(ConcurrentEditError) as caught, store.session() as first:
        first.get(SubtaskExecution, execution_id).notes = "первый"
        with store.session() as other:
            other.get(SubtaskExecution, execution_id).notes = "второй"
    assert "только что изменил другой пользователь" in str(caught.value)
    with store.session() as s:
        assert s.scalar(select(SubtaskExecution.notes).where(SubtaskExecution.id == execution_id)) == "второй"


def test_upgrading_from_the_first_schema_keeps_the_data(data_dir):
    """A database made by the first release opens in this one with its rows."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from tbn4_desktop.migrations import SCHEMA_HEAD
    from tbn4_desktop.store import alembic_config, current_revision, open_store, sqlite_url

    data_dir.mkdir(parents=True)
    engine = create_engine(sqlite_url(data_dir))
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(
            text(
                "INSERT INTO organization (name, bin, level, created_at) "
                "VALUES ('Аппарат акима района', '050340001235', 'district', '2025-01-01 00:00:00')"
            )
        )
    engine.dispose()

    store = open_store(data_dir)
    try:
        assert current_revision(store.engine) == SCHEMA_HEAD != "0001"
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT name FROM organization")).scalar() == "Аппарат акима района"
            assert conn.execute(text("SELECT count(*) FROM anchor_date")).scalar() == 0
    finally:
        store.close()


def test_upgrading_from_the_second_schema_keeps_the_data(data_dir):
    """A 0002 database with a plan and an execution gains register_row and keeps its rows."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from tbn4_desktop.store import alembic_config, current_revision, open_store, sqlite_url

    data_dir.mkdir(parents=True)
    engine = create_engine(sqlite_url(data_dir))
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
        conn.execute(
            text(
                "INSERT INTO organization (id, name, bin, level, created_at) "
                "VALUES (1, 'Аппарат акима района', '050340001235', 'district', '2025-01-01 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO year_plan (id, organization_id, year, catalog_id, catalog_version, created_at) "
                "VALUES (1, 1, 2025, 'tbn4-2023', 1, '2025-01-01 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO subtask_execution (id, year_plan_id, subtask_code, period, status, notes, "
                "updated_at, version) VALUES (7, 1, '2.3.1', '', 'in_progress', 'черновик', "
                "'2025-01-01 00:00:00', 1)"
            )
        )
    engine.dispose()

    store = open_store(data_dir)
    try:
        assert current_revision(store.engine) == SCHEMA_HEAD != "0002"
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT notes FROM subtask_execution WHERE id = 7")).scalar() == "черновик"
            assert conn.execute(text("SELECT count(*) FROM register_row")).scalar() == 0
    finally:
        store.close()


def test_upgrading_a_0004_database_keeps_executions_and_adds_exchange_tables(data_dir):
    """A 0004 database gains the upload marks and the export/import records;
    its executions read as «not marked uploaded»."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from tbn4_desktop.services.executions import get_execution
    from tbn4_desktop.store import alembic_config, current_revision, open_store, sqlite_url

    data_dir.mkdir(parents=True)
    engine = create_engine(sqlite_url(data_dir))
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0004")
        conn.execute(
            text(
                "INSERT INTO organization (id, name, bin, level, created_at, version) "
                "VALUES (1, 'Аппарат акима района', '050340001235', 'district', '2025-01-01 00:00:00', 1)"
            )
        )
        conn.execute(
            text(
                "INSERT INTO year_plan (id, organization_id, year, catalog_id, catalog_version, created_at) "
                "VALUES (1, 1, 2025, 'tbn4-2023', 1, '2025-01-01 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO subtask_execution (id, year_plan_id, subtask_code, period, status, notes, "
                "updated_at, version) VALUES (7, 1, '1.1.1', '', 'uploaded', 'загружено', "
                "'2025-01-01 00:00:00', 1)"
            )
        )
    engine.dispose()

    store = open_store(data_dir)
    try:
        assert current_revision(store.engine) == SCHEMA_HEAD != "0004"
        with store.session() as session:
            detail = get_execution(session, 7)
        assert detail.info.notes == "загружено" and detail.info.status.value == "uploaded"
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT uploaded_on, ispu_reference FROM subtask_execution")).one() == (None, None)
            for table in ("export_record", "exported_item", "imported_bundle"):
                assert conn.execute(text(f"SELECT count(*) FROM {table}")).scalar() == 0
    finally:
        store.close()


def test_upgrading_a_0005_database_sorts_files_links_and_signers_into_document_slots(data_dir, catalog):
    """Data saved before document slots is kept and sorted: a file goes to the one slot it can only belong
    to (1.1.2's order), else to «Не распределено» (2.2.1 has two forms); the old signer of the subtask
    becomes the signer of each slot that person may sign; a link goes to the one link slot, with its channel
    when the slot names one; a subtask marked «Готово к загрузке» that the checklist finds incomplete goes
    back to «В работе», an uploaded one keeps its mark; the plan moves to the catalog's new version."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from tbn4_desktop.services.checklist import plan_checklists
    from tbn4_desktop.store import alembic_config, open_store, sqlite_url

    data_dir.mkdir(parents=True)
    engine = create_engine(sqlite_url(data_dir))
    sha = "a" * 64
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0005")
        run = lambda sql: conn.execute(text(sql))  # noqa: E731
        run(
            "INSERT INTO organization (id, name, bin, level, created_at, version) "
            "VALUES (1, 'Аппарат акима района', '050340001235', 'district', '2025-01-01 00:00:00', 1)"
        )
        run(
            "INSERT INTO signatory (id, organization_id, full_name, position, role, active, version) VALUES "
            "(1, 1, 'Аким Ерлан', 'Аким района', 'district_akim', 1, 1), "
            "(2, 1, 'Тулегенова Айгерим', 'Руководитель аппарата', 'chief_of_staff', 1, 1)"
        )
        run(
            "INSERT INTO year_plan (id, organization_id, year, catalog_id, catalog_version, created_at) "
            "VALUES (1, 1, 2025, 'tbn4-2023', 1, '2025-01-01 00:00:00')"
        )
        executions = [
            (10, "1.1.2", "", "ready_for_upload", 1),
            (11, "2.2.1", "Q1", "ready_for_upload", 2),
            (12, "1.1.8", "", "uploaded", 2),
            (13, "1.1.3", "", "ready_for_upload", 2),
        ]
        for ex, code, period, status, signer in executions:
            run(
                f"INSERT INTO subtask_execution (id, year_plan_id, subtask_code, period, status, notes, "
                f"updated_at, version, completed_on, signatory_id) VALUES ({ex}, 1, '{code}', '{period}', "
                f"'{status}', '', '2025-01-01 00:00:00', 1, '2025-02-03', {signer})"
            )
        for att, ex in ((100, 10), (101, 11), (102, 11)):
            run(
                f"INSERT INTO attachment (id, execution_id, sha256, original_name, size, media_type, role, added_at) "
                f"VALUES ({att}, {ex}, '{sha}', 'скан {att}.pdf', 10, 'application/pdf', 'signed_scan', "
                f"'2025-02-01 00:00:00')"
            )
        run(
            "INSERT INTO link (id, execution_id, url, title, published_on) VALUES "
            "(200, 12, 'https://gov.kz/1', 'Справка и план', '2025-05-02'), "
            "(201, 13, 'https://gov.kz/2', 'Анонс', '2025-02-05')"
        )
    engine.dispose()

    store = open_store(data_dir)
    try:
        with store.engine.connect() as conn:
            q = lambda sql: conn.execute(text(sql)).all()  # noqa: E731
            assert q("SELECT id, slot_key FROM attachment ORDER BY id") == [(100, "order"), (101, ""), (102, "")]
            assert q("SELECT id, slot_key, channel FROM link ORDER BY id") == [
                (200, "link", "site"),
                (201, "link", None),
            ]
            # the akim may sign 1.1.2's order; the chief of staff both forms of 2.2.1
            assert q(
                "SELECT execution_id, slot_key, signatory_id FROM slot_record WHERE signatory_id IS NOT NULL "
                "ORDER BY execution_id, slot_key"
            ) == [(10, "order", 1), (11, "app1", 2), (11, "app2", 2)]
            # 1.1.8 and 1.1.3 are judged by the link's publication date
            assert q(
                "SELECT execution_id, doc_date FROM slot_record WHERE doc_date IS NOT NULL ORDER BY execution_id"
            ) in ([(12, date(2025, 5, 2)), (13, date(2025, 2, 5))], [(12, "2025-05-02"), (13, "2025-02-05")])
            statuses = dict(q("SELECT id, status FROM subtask_execution"))
            assert q("SELECT catalog_version FROM year_plan") == [(catalog.version,)]
        # 1.1.2 has its order signed by the akim; 2.2.1's files wait to be sorted; 1.1.3 lacks two channels
        assert statuses == {10: "ready_for_upload", 11: "in_progress", 12: "uploaded", 13: "in_progress"}
        with store.session() as s:
            checklists = plan_checklists(s, catalog, 1).checklists
        assert checklists[11].unassigned_files == 2 and not checklists[11].complete
        assert checklists[10].complete
    finally:
        store.close()
