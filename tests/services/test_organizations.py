import pytest

from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
from tbn4_desktop.services.organizations import (
    OrganizationInput,
    SignatoryInput,
    create_organization,
    get_current_organization,
    list_signatories,
)
from tbn4_desktop.store import open_store

SIGNERS = [
    SignatoryInput("Ахметов Серик Болатович", "Аким Байзакского района", SignerRole.DISTRICT_AKIM),
    SignatoryInput("Иванова Анна Петровна", "Руководитель аппарата акима района", SignerRole.CHIEF_OF_STAFF),
]


@pytest.fixture
def store(tmp_path):
    s = open_store(tmp_path / "data")
    yield s
    s.close()


def district(**overrides):
    values = dict(
        name="Аппарат акима Байзакского района",
        bin="050340001235",
        level=OrgLevel.DISTRICT,
        parent_name="Аппарат акима Жамбылской области",
    )
    values.update(overrides)
    return OrganizationInput(**values)


def test_first_organisation_becomes_current_with_parent_and_signatories(store):
    with store.session() as s:
        assert get_current_organization(s) is None
        created = create_organization(s, district(), SIGNERS)
    with store.session() as s:
        current = get_current_organization(s)
        assert current == created
        assert current.level is OrgLevel.DISTRICT
        assert current.parent_name == "Аппарат акима Жамбылской области"
        assert [x.role for x in list_signatories(s, current.id)] == [
            SignerRole.DISTRICT_AKIM,
            SignerRole.CHIEF_OF_STAFF,
        ]


def test_each_bad_field_gets_its_own_russian_message(store):
    with store.session() as s, pytest.raises(ValidationError) as caught:
        create_organization(s, district(name=" ", bin="123", parent_name=""), [])
    errors = caught.value.errors
    assert errors["name"] == "Заполните поле «Наименование организации»."
    assert errors["bin"] == "БИН должен состоять из 12 цифр."
    assert "вышестоящий" in errors["parent_name"]
    assert errors["signatories"] == "Добавьте хотя бы одного подписанта."
    with store.session() as s:
        assert get_current_organization(s) is None


def test_central_body_needs_no_parent(store):
    with store.session() as s:
        org = create_organization(s, district(level=OrgLevel.CENTRAL, parent_name=""), SIGNERS[:1])
    assert org.parent_id is None


def test_duplicate_bin_is_refused(store):
    with store.session() as s:
        create_organization(s, district(), SIGNERS)
    with store.session() as s, pytest.raises(ValidationError) as caught:
        create_organization(s, district(name="Другой"), SIGNERS)
    assert caught.value.errors == {"bin": "Организация с таким БИН уже есть в базе."}
