from tbn4_desktop.core.signer_rules import appendices_text, roles_text, signing_hint
from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole


def test_appendix_numbers_are_joined_into_ranges():
    assert appendices_text([5]) == "Приложение №5"
    assert appendices_text([2, 1, 2]) == "Приложения №1–2"
    assert appendices_text([1, 2, 5]) == "Приложения №1–2, №5"


def test_roles_after_the_first_are_lower_case():
    assert (
        roles_text((SignerRole.DISTRICT_AKIM, SignerRole.CHIEF_OF_STAFF))
        == "Аким района (города), руководитель аппарата"
    )


def test_the_district_hint_comes_from_the_catalog(catalog):
    assert signing_hint(catalog, OrgLevel.DISTRICT) == (
        "Аким района (города), руководитель аппарата — подтверждающие документы; "
        "руководитель аппарата — Приложения №1–2; аким района (города) — подзадачи 1.1.2, 1.1.6, 1.1.7; "
        "уполномоченный по этике — Приложение №5."
    )


def test_roles_offered_and_suggested_per_level_come_from_the_catalog(catalog):
    from tbn4_desktop.core.signer_rules import offered_roles, suggested_roles, unsigned_documents

    assert offered_roles(catalog, OrgLevel.DISTRICT) == [
        SignerRole.DISTRICT_AKIM,
        SignerRole.CHIEF_OF_STAFF,
        SignerRole.ETHICS_COMMISSIONER,
    ]
    assert SignerRole.FIRST_HEAD not in offered_roles(catalog, OrgLevel.DISTRICT)
    assert suggested_roles(catalog, OrgLevel.CENTRAL) == [
        SignerRole.FIRST_HEAD,
        SignerRole.CHIEF_OF_STAFF,
        SignerRole.ETHICS_COMMISSIONER,
    ]
    assert unsigned_documents(catalog, OrgLevel.DISTRICT, {SignerRole.DISTRICT_AKIM, SignerRole.CHIEF_OF_STAFF}) == [
        "Некому подписать Приложение №5: нужен подписант с ролью «Уполномоченный по этике»."
    ]
