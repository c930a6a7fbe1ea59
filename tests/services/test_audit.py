"""The journal of changes: every change of the evidence is an entry written
in the same transaction (who, which PC, which subtask and period, old → new),
hash-chained so that an edited, deleted or reordered entry is found."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select, text

from tbn4_desktop.core.journal import AuditAction as A
from tbn4_desktop.core.vocabulary import AttachmentRole, ExecutionStatus, SignerRole
from tbn4_desktop.models import AuditEntry
from tbn4_desktop.services import audit
from tbn4_desktop.services.checklist import (
    SlotLinkInput,
    complete,
    set_slot_links,
    set_slot_signer,
    waive_slot,
)
from tbn4_desktop.services.executions import (
    add_attachment,
    mark_uploaded,
    remove_attachment,
    replace_attachment,
)
from tbn4_desktop.services.organizations import (
    SignatoryInput,
    deactivate_signatory,
    list_signatories,
    update_signatory,
)
from tbn4_desktop.services.registers import save_rows
from tests.evidence import fill_checklist
from tests.services.test_executions import MAX, PDF, district, scan  # noqa: F401 - fixtures

DAY = date(2025, 3, 3)


@pytest.fixture(autouse=True)
def who(monkeypatch):
    monkeypatch.setattr(audit, "identity", lambda: ("ivanova", "BUH-PC-07"))


@pytest.fixture
def blobs(store):
    from tbn4_desktop.core.attachments import BlobStore

    return BlobStore(store.attachments_dir)


def entries(store, **flt):
    with store.session() as s:
        return audit.list_entries(s, audit.JournalFilter(**flt))


def newest(store, n=1, **flt):
    return entries(store, **flt)[:n]


def other_pdf(tmp_path, name="Протокол (исправленный).pdf"):
    path = tmp_path / name
    path.write_bytes(PDF + b"% corrected\n")
    return path


# --------------------------------------------------------------------------
# What is recorded


def test_a_file_added_replaced_and_removed_is_recorded_with_its_hash(store, blobs, district, scan, catalog, tmp_path):
    _, _, _, rows = district
    row = rows[("1.1.2", "")]
    with store.session() as s:
        added = add_attachment(s, blobs, row.id, scan, AttachmentRole.SIGNED_SCAN, max_bytes=MAX)
    by_action = {e.action: e for e in entries(store, subtask_code="1.1.2")}
    file_entry = by_action[A.FILE_ADDED]
    assert added.sha256 in file_entry.details and "«Приказ №12.pdf»" in file_entry.summary
    assert file_entry.who == "ivanova@BUH-PC-07" and (file_entry.year, file_entry.period) == (2025, "")
    assert by_action[A.STATUS_CHANGED].summary == "Статус: «Не начато» → «В работе»."

    with store.session() as s:
        new = replace_attachment(s, blobs, added.id, other_pdf(tmp_path), max_bytes=MAX)
    [replaced] = newest(store, subtask_code="1.1.2")
    assert replaced.action == A.FILE_REPLACED
    assert added.sha256 in replaced.details and new.sha256 in replaced.details
    assert replaced.summary.startswith("Файл «Приказ №12.pdf» (SHA-256 ")
    with store.session() as s:
        remove_attachment(s, new.id)
    [removed] = newest(store, subtask_code="1.1.2")
    assert removed.action == A.FILE_REMOVED and new.sha256 in removed.details


def test_signer_date_waiver_and_links_are_recorded_old_to_new(store, blobs, district, scan, catalog):
    _, _, signers, rows = district
    code = "1.1.5"
    subtask = catalog.subtask(code)
    signed = next(d for d in subtask.documents if d.kind.needs_signer)
    link = next(d for d in subtask.documents if d.kind.name == "LINK")
    row = rows[(code, "")]
    first = next(signers[r] for r in signed.signers_for(district[0].level) if r in signers)
    with store.session() as s:
        set_slot_signer(s, catalog, row.id, signed.key, first.id)
    [entry] = newest(store, action=A.SIGNER_SET)
    assert entry.summary == f"Подписант документа «{signed.title}»: {first.full_name}."
    with store.session() as s:
        set_slot_signer(s, catalog, row.id, signed.key, None)
    [entry] = newest(store, action=A.SIGNER_SET)
    assert entry.summary == f"Подписант документа «{signed.title}» снят (был: {first.full_name})."

    with store.session() as s:
        set_slot_links(s, catalog, row.id, link.key, [SlotLinkInput("https://bayzak.gov.kz/news/1", None, DAY)])
    [added] = newest(store, subtask_code=code, action=A.LINK_ADDED)
    assert "https://bayzak.gov.kz/news/1" in added.summary
    with store.session() as s:  # the same link again, with a title: one «changed», not removed + added
        set_slot_links(
            s,
            catalog,
            row.id,
            link.key,
            [SlotLinkInput("https://bayzak.gov.kz/news/1", None, DAY, "Протокол слушаний")],
        )
    [changed] = newest(store, subtask_code=code)
    assert changed.action == A.LINK_CHANGED and "название — → «Протокол слушаний»" in changed.summary
    with store.session() as s:
        set_slot_links(s, catalog, row.id, link.key, [])
    [removed] = newest(store, subtask_code=code)
    assert removed.action == A.LINK_REMOVED

    waivable = next((d for d in subtask.documents if d.waive_reasons), None)
    if waivable is not None:
        with store.session() as s:
            waive_slot(s, catalog, row.id, waivable.key, waivable.waive_reasons[0])
        [waived] = newest(store, subtask_code=code)
        assert waived.action == A.WAIVER_SET and waivable.waive_reasons[0] in waived.summary
        with store.session() as s:
            waive_slot(s, catalog, row.id, waivable.key, None)
        assert newest(store, subtask_code=code)[0].action == A.WAIVER_REMOVED


def test_register_rows_are_recorded_row_by_row_old_to_new(store, district, catalog):
    _, _, _, rows = district
    code = "2.5.6"  # «Сведения о счетах за рубежом»: three text columns, all required
    register = catalog.subtask(code).register
    row = rows[(code, "")]
    text_col = register.column("person_name")

    def make(n: int) -> dict:
        return {
            "person_position": "Главный специалист",
            "person_name": f"Запись {n}",
            "measures_taken": "Проведена беседа",
        }

    with store.session() as s:
        save_rows(s, row.id, register, [make(1), make(2), make(3)])
    added = [e for e in entries(store, subtask_code=code) if e.action == A.ROW_ADDED]
    assert len(added) == 3
    with store.session() as s:
        first = audit.last_entry_id(s)
        # Row 2 removed, row 3 corrected: one removal and one change, not «every row replaced».
        save_rows(s, row.id, register, [make(1), {**make(3), text_col.key: "Запись 3 (исправлено)"}])
    with store.session() as s:
        assert audit.count_since(s, first) == 2
    changed, removed = newest(store, 2, subtask_code=code)
    assert {changed.action, removed.action} == {A.ROW_CHANGED, A.ROW_REMOVED}
    change = changed if changed.action == A.ROW_CHANGED else removed
    assert f"«{text_col.title}» Запись 3 → Запись 3 (исправлено)" in change.summary
    gone = removed if removed.action == A.ROW_REMOVED else changed
    assert "Запись 2" in gone.summary and '"old":{' in gone.details


def test_upload_mark_and_its_loss_after_a_change_are_recorded(store, blobs, district, scan, catalog):
    _, _, signers, rows = district
    row = rows[("1.1.2", "")]
    with store.session() as s:
        fill_checklist(s, catalog, blobs, row.id, scan, signers, day=DAY)
        complete(s, catalog, row.id)
    with store.session() as s:
        mark_uploaded(s, [row.id], uploaded_on=DAY, ispu_reference="ИСПУ-77", expected_versions=None)
    [marked] = newest(store, subtask_code="1.1.2")
    assert (marked.action, marked.summary) == (A.UPLOAD_MARKED, "Отмечена загрузка в ИСПУ 03.03.2025, номер ИСПУ-77.")
    with store.session() as s:
        add_attachment(s, blobs, row.id, scan, AttachmentRole.SUPPORTING, max_bytes=MAX)
    actions = {e.action: e for e in newest(store, 2, subtask_code="1.1.2")}
    assert set(actions) == {A.FILE_ADDED, A.UPLOAD_UNMARKED}
    assert actions[A.UPLOAD_UNMARKED].summary == (
        "Снята отметка о загрузке в ИСПУ (была 03.03.2025, номер ИСПУ-77); статус «Готово к загрузке»; "
        "подзадача изменена после загрузки, её нужно загрузить снова."
    )


def test_signatory_changes_name_the_organisation(store, district):
    org, _, signers, _ = district
    chief = signers[SignerRole.CHIEF_OF_STAFF]
    with store.session() as s:
        update_signatory(
            s,
            chief.id,
            SignatoryInput(chief.full_name, "Руководитель аппарата (и.о.)", SignerRole.CHIEF_OF_STAFF),
            chief.version,
        )
    [entry] = newest(store)
    assert (entry.action, entry.organization_id) == (A.SIGNATORY_CHANGED, org.id)
    assert (
        "должность «Руководитель аппарата акима Байзакского района» → «Руководитель аппарата (и.о.)»" in entry.summary
    )
    with store.session() as s:
        current = {x.id: x for x in list_signatories(s, org.id)}[chief.id]
        deactivate_signatory(s, chief.id, current.version)
    assert newest(store)[0].summary == f"Подписант {chief.full_name} больше не подписывает документы."


def test_a_rolled_back_change_leaves_no_entry(store, blobs, district, scan):
    _, _, _, rows = district
    with store.session() as s:
        before = audit.last_entry_id(s)
    with pytest.raises(RuntimeError), store.session() as s:
        add_attachment(s, blobs, rows[("1.1.2", "")].id, scan, AttachmentRole.SIGNED_SCAN, max_bytes=MAX)
        raise RuntimeError("crash before commit")
    with store.session() as s:
        assert audit.last_entry_id(s) == before
        assert audit.verify_chain(s) == []


def test_record_event_and_the_counters(store, district):
    org, _, _, _ = district
    with store.session() as s:
        head = audit.last_entry_id(s)
        audit.record_event(s, A.BACKUP.value, summary="Сделана резервная копия.", details={"folder": "2025-03-03"})
        audit.record_event(s, A.RESTORE.value, summary="Данные восстановлены.", year=2025)
    with store.session() as s:
        assert audit.last_entry_id(s) == head + 2 and audit.count_since(s, head) == 2
        assert audit.count_since(s, head + 2) == 0
    restore, backup = newest(store, 2)
    assert (restore.action, restore.organization_id, restore.year) == (A.RESTORE, org.id, 2025)
    assert backup.details == '{"folder":"2025-03-03"}'
    with store.session() as s, pytest.raises(ValueError):
        audit.record_event(s, "made_up", summary="…")


# --------------------------------------------------------------------------
# The chain


def _tamper(store, sql: str, **params) -> list[str]:
    with store.engine.begin() as conn:
        conn.execute(text(sql), params)
    with store.session() as s:
        return audit.verify_chain(s)


def _five_entries(store) -> None:
    with store.session() as s:
        for n in range(5):
            audit.record_event(s, A.BACKUP.value, summary=f"Резервная копия {n}.")


def test_an_intact_chain_has_no_problems(store):
    _five_entries(store)
    with store.session() as s:
        assert audit.last_entry_id(s) == 5
        assert audit.verify_chain(s) == []


def test_an_entry_edited_with_raw_sql_is_detected(store):
    _five_entries(store)
    problems = _tamper(store, "UPDATE audit_entry SET summary = 'Ничего не было.' WHERE id = 3")
    assert len(problems) == 1
    assert problems[0].startswith("Запись журнала изменений №3 от ")
    assert "изменена после того, как была сделана" in problems[0]


def test_an_edit_that_also_rewrites_the_hash_breaks_the_next_link(store):
    from tbn4_desktop.core.journal import EntryFields, entry_hash

    _five_entries(store)
    columns = [
        getattr(AuditEntry, c)
        for c in (
            "id",
            "at",
            "user_name",
            "host_name",
            "organization_id",
            "year",
            "subtask_code",
            "period",
            "action",
            "summary",
            "details",
            "prev_hash",
        )
    ]
    with store.engine.begin() as conn:
        row = conn.execute(select(*columns).where(AuditEntry.id == 2)).one()
        fields = replace(EntryFields(*row), summary="Ничего не было.")
        conn.execute(
            text("UPDATE audit_entry SET summary = :s, entry_hash = :h WHERE id = 2"),
            {"s": fields.summary, "h": entry_hash(fields)},
        )
    with store.session() as s:
        problems = audit.verify_chain(s)
    assert len(problems) == 1 and problems[0].startswith("Запись журнала изменений №3 от ")
    assert "не продолжает предыдущую" in problems[0]


def test_a_deleted_entry_is_detected(store):
    _five_entries(store)
    problems = _tamper(store, "DELETE FROM audit_entry WHERE id = 2")
    assert len(problems) == 1 and problems[0].startswith(
        "Из журнала изменений удалены записи №2: за ними идёт запись №3 от "
    )


def test_deleting_the_newest_entries_is_detected(store):
    _five_entries(store)
    assert _tamper(store, "DELETE FROM audit_entry WHERE id >= 4") == [
        "Из журнала изменений удалены последние записи №4–5."
    ]


def test_reordered_entries_are_detected(store):
    _five_entries(store)
    with store.engine.begin() as conn:  # swap the contents of entries 2 and 3, each keeping its id
        conn.execute(text("UPDATE audit_entry SET id = 100 WHERE id = 2"))
        conn.execute(text("UPDATE audit_entry SET id = 2 WHERE id = 3"))
        conn.execute(text("UPDATE audit_entry SET id = 3 WHERE id = 100"))
    with store.session() as s:
        problems = audit.verify_chain(s)
    assert any(p.startswith("Запись журнала изменений №2 от ") for p in problems)
    assert any(p.startswith("Запись журнала изменений №3 от ") for p in problems)


def test_two_writers_at_once_extend_one_chain(store, data_dir, db_url):
    """Two PCs appending at the same moment: on PostgreSQL the advisory lock,
    on SQLite the write lock, keep one chain (no fork, no lost entry)."""
    from tbn4_desktop.store import open_store

    other = open_store(data_dir, db_url)
    failures: list[BaseException] = []

    def write(st, tag):
        try:
            for n in range(15):
                with st.session() as s:
                    audit.record_event(s, A.BACKUP.value, summary=f"{tag} {n}.")
        except BaseException as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    threads = [threading.Thread(target=write, args=(st, tag)) for st, tag in ((store, "А"), (other, "Б"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    other.close()
    assert failures == []
    with store.session() as s:
        assert audit.last_entry_id(s) == 30
        assert audit.verify_chain(s) == []


def test_the_journal_is_filtered_by_subtask_user_and_dates(store, blobs, district, scan):
    _, _, _, rows = district
    with store.session() as s:
        add_attachment(s, blobs, rows[("1.1.2", "")].id, scan, AttachmentRole.SIGNED_SCAN, max_bytes=MAX)
    today = date.today()
    assert {e.subtask_code for e in entries(store, subtask_code="1.1.2")} == {"1.1.2"}
    assert entries(store, date_from=today, date_to=today)
    assert entries(store, date_to=date(2000, 1, 1)) == []
    assert entries(store, user="ivanova@BUH-PC-07") and entries(store, user="petrov@OTHER") == []
    with store.session() as s:
        assert audit.journal_users(s) == ["ivanova@BUH-PC-07"]
    statuses = entries(store, action=A.STATUS_CHANGED)
    assert statuses and all(e.action == A.STATUS_CHANGED for e in statuses)
    assert ExecutionStatus.IN_PROGRESS.label in statuses[0].summary


# --------------------------------------------------------------------------
# The journal in a bundle


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    from tests.services.import_fixtures import demo_bundle

    ctx, bundle = demo_bundle(tmp_path_factory.mktemp("district"))
    yield ctx, bundle
    ctx.close()


def _journal_of(bundle) -> dict:
    import json
    import zipfile

    with zipfile.ZipFile(bundle) as zf:
        return json.loads(zf.read("journal.json"))


def test_a_bundle_carries_the_journal_of_its_subtasks(exported):
    from tbn4_desktop.core.bundle import verify_bundle
    from tbn4_desktop.core.journal import EntryFields, canonical_json, entry_hash
    from tests.services.import_fixtures import YEAR

    ctx, bundle = exported
    manifest = verify_bundle(bundle)
    items = {(it["code"], it["period"]) for it in manifest["items"]}
    journal = _journal_of(bundle)
    entries_ = journal["entries"]
    assert journal["format"] == "tbn4-journal" and entries_
    assert {e["action"] for e in entries_} >= {"file_added", "signer_set", "upload_marked"}
    assert all(e["year"] == YEAR and (e["code"], e["period"]) in items or e["period"] is None for e in entries_)
    assert "export" not in {e["action"] for e in entries_}  # the exporter's own journal keeps that
    for e in entries_:  # every entry can be checked by whoever receives it
        fields = EntryFields(
            e["id"],
            datetime_of(e["at"]),
            e["user"],
            e["host"],
            e["organization_id"],
            e["year"],
            e["code"],
            e["period"],
            e["action"],
            e["summary"],
            canonical_json(e["details"]),
            e["prev_hash"],
        )
        assert entry_hash(fields) == e["entry_hash"]
    with ctx.store.session() as s:
        [export_entry] = audit.list_entries(s, audit.JournalFilter(action=A.EXPORT.value))
    assert export_entry.summary.startswith(f"Выгружен пакет за {YEAR} год (весь год) в «")


def datetime_of(text_: str):
    from datetime import datetime

    return datetime.fromisoformat(text_.removesuffix("Z"))


def test_an_edited_journal_entry_in_a_bundle_is_refused(exported, tmp_path):
    import hashlib
    import json

    from tbn4_desktop.core.bundle import BundleError, verify_bundle
    from tbn4_desktop.core.bundle_reader import open_bundle
    from tests.services.import_fixtures import rewrite_manifest

    _, bundle = exported
    journal = _journal_of(bundle)
    journal["entries"][0]["summary"] = "Файл не добавлялся."
    data = (json.dumps(journal, ensure_ascii=False, indent=2) + "\n").encode("utf-8")

    def swap_journal(manifest: dict) -> None:
        entry = next(f for f in manifest["files"] if f["role"] == "journal")
        entry["sha256"], entry["size"] = hashlib.sha256(data).hexdigest(), len(data)

    forged = _replace_entry(
        rewrite_manifest(bundle, tmp_path / "m.zip", swap_journal), tmp_path / "Пакет.zip", "journal.json", data
    )
    with pytest.raises(BundleError) as caught:
        verify_bundle(forged)
    assert str(caught.value) == (
        "Пакет «Пакет.zip» отклонён: запись №1 журнала изменений (journal.json) изменена: "
        "не совпадает её контрольная сумма."
    )
    with pytest.raises(BundleError) as caught:
        open_bundle(forged, verify=False)
    assert "запись №1 журнала изменений (journal.json) изменена" in str(caught.value)


def _replace_entry(source, target, name: str, data: bytes):
    import zipfile

    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info, data if info.filename == name else zin.read(info))
    return target


def test_an_import_is_one_entry_and_the_subordinate_journal_stays_readable(exported, tmp_path):
    from tbn4_desktop.models import Organization
    from tbn4_desktop.services.imports import import_bundle
    from tests.services.import_fixtures import YEAR, oblast

    _, bundle = exported
    sent = _journal_of(bundle)["entries"]
    region = oblast(tmp_path / "oblast")
    try:
        with region.store.session() as s:
            before = audit.last_entry_id(s)
        import_bundle(region, bundle, add_unknown_subordinate=True)
        with region.store.session() as s:
            assert audit.count_since(s, before) == 1
            [entry] = audit.list_entries(s, audit.JournalFilter(limit=1))
            org_id = s.scalar(select(Organization.id).where(Organization.name.like("%Байзак%")))
            kept = audit.imported_journal(s, region.blobs, org_id, YEAR)
            assert audit.verify_chain(s) == []
        assert entry.action == A.IMPORT and entry.organization_id == org_id
        assert entry.summary.startswith("Пакет «Байзак 2025.zip» организации «")
        assert f"записей её журнала изменений {len(sent)}." in entry.summary
        assert [k.id for k in kept] == [e["id"] for e in reversed(sent)]
        assert kept[0].who == f"{sent[-1]['user']}@{sent[-1]['host']}"
    finally:
        region.close()


def test_a_bundle_without_a_journal_still_imports(exported, tmp_path):
    """Bundles of earlier builds have no journal.json: format 2 keeps them valid."""
    import zipfile

    from tbn4_desktop.core.bundle import verify_bundle
    from tbn4_desktop.models import Organization
    from tbn4_desktop.services.imports import import_bundle
    from tests.services.import_fixtures import YEAR, oblast, rewrite_manifest

    _, bundle = exported

    def drop_journal(manifest: dict) -> None:
        manifest["files"] = [f for f in manifest["files"] if f["role"] != "journal"]

    staged = rewrite_manifest(bundle, tmp_path / "m.zip", drop_journal)
    old = tmp_path / "Байзак (старая версия).zip"
    with zipfile.ZipFile(staged) as zin, zipfile.ZipFile(old, "w") as zout:
        for info in zin.infolist():
            if info.filename != "journal.json":
                zout.writestr(info, zin.read(info))
    verify_bundle(old)
    region = oblast(tmp_path / "oblast")
    try:
        import_bundle(region, old, add_unknown_subordinate=True)
        with region.store.session() as s:
            org_id = s.scalar(select(Organization.id).where(Organization.name.like("%Байзак%")))
            assert audit.imported_journal(s, region.blobs, org_id, YEAR) == []
            with pytest.raises(audit.JournalUnavailable) as caught:
                audit.imported_journal(s, region.blobs, org_id, YEAR + 1)
        assert str(caught.value) == f"Пакет этой организации за {YEAR + 1} год ещё не принят."
    finally:
        region.close()
