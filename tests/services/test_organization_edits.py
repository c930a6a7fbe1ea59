"""Changing the organisation and its signatories after the first start
(SQLite and PostgreSQL through the `store` fixture)."""

from datetime import date

import pytest

from tbn4_desktop.core.attachments import BlobStore
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import (
    AttachmentRole,
    DocumentKind,
    OrgLevel,
    SignerRole,
    periods_of,
)
from tbn4_desktop.services.checklist import complete as complete_checklist
from tbn4_desktop.services.checklist import (
    execution_checklist,
    set_slot_date,
    set_slot_signer,
)
from tbn4_desktop.services.executions import (
    add_attachment,
    ensure_year_plan,
    get_execution,
    list_executions,
    save_notes,
)
from tbn4_desktop.services.organizations import (
    OrganizationInput,
    SignatoryInput,
    add_signatory,
    create_organization,
    deactivate_signatory,
    get_organization,
    list_signatories,
    reactivate_signatory,
    update_organization,
    update_signatory,
)
from tbn4_desktop.store_errors import ConcurrentEditError

PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
ETHICS = SignatoryInput(
    "Сейтказиев Нурлан Маратович", "Уполномоченный по этике аппарата акима района", SignerRole.ETHICS_COMMISSIONER
)


def district_input(**overrides):
    values = dict(
        name="Аппарат акима Байзакского района",
        bin="050340001235",
        level=OrgLevel.DISTRICT,
        parent_name="Аппарат акима Жамбылской области",
    )
    values.update(overrides)
    return OrganizationInput(**values)


@pytest.fixture
def org(store, catalog):
    """A district akimat (akim, chief of staff) with its 2025 plan."""
    with store.session() as s:
        info = create_organization(
            s,
            district_input(),
            [
                SignatoryInput("Жанабаев Ерлан Сапарбекович", "Аким Байзакского района", SignerRole.DISTRICT_AKIM),
                SignatoryInput(
                    "Тулегенова Айгерим Нурлановна",
                    "Руководитель аппарата акима Байзакского района",
                    SignerRole.CHIEF_OF_STAFF,
                ),
            ],
        )
        ensure_year_plan(s, info.id, 2025, catalog)
    return info


def plan_catalog(catalog):
    return lambda _id, _version, _year: catalog


def signers_of(store, org_id, **kw):
    with store.session() as s:
        return {x.role: x for x in list_signatories(s, org_id, **kw)}


def rows_of(store, org_id, catalog):
    with store.session() as s:
        plan = ensure_year_plan(s, org_id, 2025, catalog)
        return {(e.subtask_code, e.period): e for e in list_executions(s, plan.id)}


def complete(store, catalog, org_id, code, signatory_id, tmp_path):
    """Complete a subtask whose documents are signed scans: each counting
    slot gets its scan, its signer and its date, then «Готово к загрузке»."""
    subtask = catalog.subtask(code)
    row = rows_of(store, org_id, catalog)[(code, periods_of(subtask.periodicity)[0])]
    for slot in subtask.documents:
        if not slot.counts:
            continue
        assert slot.kind is DocumentKind.SIGNED, "pick a subtask confirmed by signed scans only"
        scan = tmp_path / f"{code}_{slot.key}.pdf"
        scan.write_bytes(PDF)
        with store.session() as s:
            add_attachment(
                s,
                BlobStore(store.attachments_dir),
                row.id,
                scan,
                AttachmentRole.SIGNED_SCAN,
                max_bytes=1 << 20,
                slot_key=slot.key,
            )
            set_slot_signer(s, catalog, row.id, slot.key, signatory_id)
            if slot.date is not None:
                set_slot_date(s, catalog, row.id, slot.key, date(2025, 3, 3))
    with store.session() as s:
        version = get_execution(s, row.id).info.version
        complete_checklist(s, catalog, row.id, expected_version=version)
        assert execution_checklist(s, catalog, row.id).complete
    return row.id


def scan_only_code(catalog, role):
    """A subtask of the district level, confirmed by signed scans only, each
    of which `role` may sign, and decided by no question."""
    return next(
        sub.code
        for sub in catalog.subtasks()
        if sub.applies_to(OrgLevel.DISTRICT)
        and sub.applies_if is None
        and [d for d in sub.documents if d.counts]
        and all(
            d.kind is DocumentKind.SIGNED and role in d.signers_for(OrgLevel.DISTRICT)
            for d in sub.documents
            if d.counts
        )
    )


def test_name_bin_and_parent_change_and_the_version_moves_on(store, org):
    with store.session() as s:
        updated = update_organization(
            s,
            org.id,
            district_input(
                name="  ГУ «Аппарат акима Байзакского района»  ",
                bin="060240007897",
                parent_name="Аппарат акима области Жетісу",
            ),
            org.version,
        )
    with store.session() as s:
        again = get_organization(s, org.id)
    assert again == updated
    assert (again.name, again.bin, again.parent_name) == (
        "ГУ «Аппарат акима Байзакского района»",
        "060240007897",
        "Аппарат акима области Жетісу",
    )
    assert again.version > org.version


def test_bad_fields_are_refused_each_at_its_key(store, org):
    with store.session() as s, pytest.raises(ValidationError) as caught:
        update_organization(s, org.id, district_input(name="", bin="050340001236", parent_name=""), org.version)
    assert set(caught.value.errors) == {"name", "bin", "parent_name"}
    assert "контрольн" in caught.value.errors["bin"]
    with store.session() as s:
        assert get_organization(s, org.id).name == "Аппарат акима Байзакского района"


def test_the_bin_of_another_organisation_is_refused(store, org):
    with store.session() as s:
        create_organization(s, district_input(name="Другой аппарат", bin="060240007897"), [ETHICS], make_current=False)
    with store.session() as s, pytest.raises(ValidationError) as caught:
        update_organization(s, org.id, district_input(bin="060240007897"), org.version)
    assert caught.value.errors == {"bin": "Организация с таким БИН уже есть в базе."}


def test_a_stale_version_is_refused_for_the_organisation_and_a_signatory(store, org):
    with store.session() as s:
        update_organization(s, org.id, district_input(name="Первое изменение"), org.version)
    with store.session() as s, pytest.raises(ConcurrentEditError, match="другой пользователь"):
        update_organization(s, org.id, district_input(name="Второе изменение"), org.version)
    akim = signers_of(store, org.id)[SignerRole.DISTRICT_AKIM]
    with store.session() as s:
        update_signatory(
            s, akim.id, SignatoryInput("Жанабаев Ерлан", "Аким района", SignerRole.DISTRICT_AKIM), akim.version
        )
    with store.session() as s, pytest.raises(ConcurrentEditError):
        deactivate_signatory(s, akim.id, akim.version)
    with store.session() as s:
        assert get_organization(s, org.id).name == "Первое изменение"
        assert signers_of(store, org.id)[SignerRole.DISTRICT_AKIM].full_name == "Жанабаев Ерлан"


def test_adding_the_ethics_commissioner_and_errors_at_fields(store, org):
    with store.session() as s, pytest.raises(ValidationError) as caught:
        add_signatory(s, org.id, SignatoryInput(" ", "", SignerRole.ETHICS_COMMISSIONER))
    assert set(caught.value.errors) == {"full_name", "position"}
    with store.session() as s:
        added = add_signatory(s, org.id, ETHICS)
    assert added.active and added.role is SignerRole.ETHICS_COMMISSIONER
    assert signers_of(store, org.id)[SignerRole.ETHICS_COMMISSIONER].id == added.id


def test_a_deactivated_signatory_is_not_offered_but_old_records_still_name_them(store, org, catalog, tmp_path):
    chief = signers_of(store, org.id)[SignerRole.CHIEF_OF_STAFF]
    code = scan_only_code(catalog, SignerRole.CHIEF_OF_STAFF)
    execution_id = complete(store, catalog, org.id, code, chief.id, tmp_path)
    with store.session() as s:
        add_signatory(
            s,
            org.id,
            SignatoryInput(
                "Омарова Салтанат Ериковна", "Руководитель аппарата акима района", SignerRole.CHIEF_OF_STAFF
            ),
        )
    with store.session() as s:
        gone = deactivate_signatory(s, chief.id, chief.version)
    assert not gone.active
    with store.session() as s:
        active = list_signatories(s, org.id)
        checklist = execution_checklist(s, catalog, execution_id)
    assert chief.id not in [x.id for x in active]
    # The completed subtask still names its signer, and is still complete.
    assert {st.signer_name for st in checklist.slots if st.slot.counts} == {"Тулегенова Айгерим Нурлановна"}
    assert checklist.complete
    with store.session() as s:
        back = reactivate_signatory(s, chief.id, gone.version)
    assert back.active and chief.id in {x.id for x in list_signatories_now(store, org.id)}


def list_signatories_now(store, org_id):
    with store.session() as s:
        return list_signatories(s, org_id)


def test_the_role_of_someone_who_signed_a_completed_subtask_stays(store, org, catalog, tmp_path):
    chief = signers_of(store, org.id)[SignerRole.CHIEF_OF_STAFF]
    complete(store, catalog, org.id, scan_only_code(catalog, SignerRole.CHIEF_OF_STAFF), chief.id, tmp_path)
    with store.session() as s, pytest.raises(ValidationError) as caught:
        update_signatory(
            s, chief.id, SignatoryInput(chief.full_name, chief.position, SignerRole.DEPUTY_HEAD), chief.version
        )
    assert "Не подписывает больше" in caught.value.errors["role"]
    with store.session() as s:  # a typo in the name may still be corrected
        fixed = update_signatory(
            s,
            chief.id,
            SignatoryInput("Тулегенова Айгерим Нурлан-кызы", chief.position, SignerRole.CHIEF_OF_STAFF),
            chief.version,
        )
    assert fixed.full_name == "Тулегенова Айгерим Нурлан-кызы"


def test_the_last_active_signatory_cannot_be_deactivated(store, org):
    signers = signers_of(store, org.id)
    with store.session() as s:
        deactivate_signatory(s, signers[SignerRole.DISTRICT_AKIM].id, signers[SignerRole.DISTRICT_AKIM].version)
    chief = signers[SignerRole.CHIEF_OF_STAFF]
    with store.session() as s, pytest.raises(ValidationError) as caught:
        deactivate_signatory(s, chief.id, chief.version)
    assert "последний подписант" in caught.value.errors["signatory"]


def test_a_level_change_before_any_completion_aligns_the_plan(store, org, catalog):
    assert ("4.1.3", "") not in rows_of(store, org.id, catalog)
    with store.session() as s:
        changed = update_organization(
            s, org.id, district_input(level=OrgLevel.OBLAST), org.version, catalog_for_plan=plan_catalog(catalog)
        )
    assert changed.level is OrgLevel.OBLAST
    rows = rows_of(store, org.id, catalog)
    assert set(rows) == {
        (sub.code, p)
        for sub in catalog.subtasks()
        if sub.applies_to(OrgLevel.OBLAST)
        for p in periods_of(sub.periodicity)
    }
    with store.session() as s:  # and back to central: 4.1.x are dropped (nothing was done there)
        update_organization(
            s,
            org.id,
            district_input(level=OrgLevel.CENTRAL, parent_name=""),
            changed.version,
            catalog_for_plan=plan_catalog(catalog),
        )
    assert not {code for code, _ in rows_of(store, org.id, catalog)} & {"4.1.1", "4.1.2", "4.1.3"}


def test_a_level_change_that_would_drop_work_in_progress_is_refused(store, org, catalog):
    row = rows_of(store, org.id, catalog)[("4.1.1", periods_of(catalog.subtask("4.1.1").periodicity)[0])]
    with store.session() as s:
        save_notes(s, row.id, expected_version=row.version, notes="черновик")
    with store.session() as s, pytest.raises(ValidationError) as caught:
        update_organization(
            s,
            org.id,
            district_input(level=OrgLevel.CENTRAL, parent_name=""),
            org.version,
            catalog_for_plan=plan_catalog(catalog),
        )
    assert "4.1.1" in caught.value.errors["level"] and "в работе" in caught.value.errors["level"]
    with store.session() as s:
        assert get_organization(s, org.id).level is OrgLevel.DISTRICT


def test_a_level_change_after_a_completion_is_refused_with_the_reason(store, org, catalog, tmp_path):
    akim = signers_of(store, org.id)[SignerRole.DISTRICT_AKIM]
    code = scan_only_code(catalog, SignerRole.DISTRICT_AKIM)
    complete(store, catalog, org.id, code, akim.id, tmp_path)
    with store.session() as s, pytest.raises(ValidationError) as caught:
        update_organization(
            s, org.id, district_input(level=OrgLevel.OBLAST), org.version, catalog_for_plan=plan_catalog(catalog)
        )
    message = caught.value.errors["level"]
    assert f"подзадача {code} (2025 г.) уже выполнена" in message
    with store.session() as s:  # the other fields may still change
        renamed = update_organization(s, org.id, district_input(name="Новое наименование"), org.version)
    assert renamed.level is OrgLevel.DISTRICT and renamed.name == "Новое наименование"


def test_upgrading_a_0003_database_gives_its_rows_version_1(data_dir):
    """Organisations and signatories of an older database gain a version and stay editable."""
    from alembic import command
    from sqlalchemy import create_engine, text

    from tbn4_desktop.migrations import SCHEMA_HEAD
    from tbn4_desktop.store import (
        alembic_config,
        current_revision,
        open_store,
        sqlite_url,
    )

    data_dir.mkdir(parents=True)
    engine = create_engine(sqlite_url(data_dir))
    with engine.begin() as conn:
        cfg = alembic_config()
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0003")
        conn.execute(
            text(
                "INSERT INTO organization (id, name, bin, level, created_at) "
                "VALUES (1, 'Аппарат акима района', '050340001235', 'district', '2025-01-01 00:00:00')"
            )
        )
        conn.execute(
            text(
                "INSERT INTO signatory (id, organization_id, full_name, position, role, active) "
                "VALUES (3, 1, 'Иванова Анна Петровна', 'Руководитель аппарата', 'chief_of_staff', 1)"
            )
        )
    engine.dispose()

    store = open_store(data_dir)
    try:
        assert current_revision(store.engine) == SCHEMA_HEAD != "0003"
        with store.session() as s:
            org = get_organization(s, 1)
            [chief] = list_signatories(s, 1)
        assert (org.version, chief.version, chief.full_name) == (1, 1, "Иванова Анна Петровна")
        with store.session() as s:
            update_signatory(
                s,
                3,
                SignatoryInput("Иванова Анна", "Руководитель аппарата", SignerRole.CHIEF_OF_STAFF),
                expected_version=1,
            )
            renamed = update_organization(s, 1, district_input(name="Аппарат акима района (новое)"), 1)
        assert renamed.version == 2
    finally:
        store.close()


def test_a_signatory_may_carry_an_iin_checked_by_its_control_digit(store, org):
    from tbn4_desktop.services.organizations import add_signatory, update_signatory

    with store.session() as s:
        person = add_signatory(
            s,
            org.id,
            SignatoryInput(
                "Ахметов Серик Болатович", "Заместитель акима района", SignerRole.DISTRICT_AKIM, " 900101300126 "
            ),
        )
        assert person.iin == "900101300126"
        with pytest.raises(ValidationError) as refused:
            add_signatory(
                s,
                org.id,
                SignatoryInput("Иванова Анна", "Руководитель аппарата", SignerRole.CHIEF_OF_STAFF, "900101300127"),
            )
        assert set(refused.value.errors) == {"iin"}
        cleared = update_signatory(
            s, person.id, SignatoryInput(person.full_name, person.position, person.role, ""), person.version
        )
        assert cleared.iin is None
    assert {p.full_name: p.iin for p in signers_of_list(store, org.id)}["Ахметов Серик Болатович"] is None


def signers_of_list(store, org_id):
    with store.session() as s:
        return list_signatories(s, org_id)
