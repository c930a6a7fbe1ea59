"""KPIs of a stored year: 4.2.1 judged on the exact share (4.95 % is not
5 %), Project 3 divided by the organisation's list of supervised companies
(3.1.2 without points), and a quasi-state company counting itself."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tbn4_desktop.core.catalog import KpiKind
from tbn4_desktop.core.kpi import NO_SUPERVISED_TEXT, Entity
from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
from tbn4_desktop.services.checklist import add_supervised
from tbn4_desktop.services.executions import ensure_year_plan, list_executions
from tbn4_desktop.services.kpis import (
    organization_of_execution,
    plan_kpis,
    save_headcount,
    supervised_entities,
    supervised_of_execution,
)
from tbn4_desktop.services.organizations import OrganizationInput, SignatoryInput, create_organization
from tbn4_desktop.services.registers import save_rows

YEAR = 2025


@pytest.fixture
def year(store, catalog):
    with store.session() as s:
        org = create_organization(
            s,
            OrganizationInput(
                "Аппарат акима Тестового района", "000740000728", OrgLevel.DISTRICT, parent_name="Аппарат акима области"
            ),
            [SignatoryInput("Омарова Дина Каировна", "Руководитель аппарата", SignerRole.CHIEF_OF_STAFF)],
        )
        plan = ensure_year_plan(s, org.id, YEAR, catalog)
        ids = {(e.subtask_code, e.period): e.id for e in list_executions(s, plan.id)}
    return org, plan.id, ids


def trainees(n: int) -> list[dict]:
    return [
        {
            "full_name": f"Служащий {i}",
            "position": "Главный специалист",
            "training_organisation": "Академия государственного управления",
            "programme": "Антикоррупционная культура",
            "end_date": date(YEAR, 5, 20),
        }
        for i in range(n)
    ]


def test_4_2_1_is_judged_on_the_exact_share(store, catalog, year):
    _org, plan_id, ids = year
    execution = ids[("4.2.1", "")]
    with store.session() as s:
        save_rows(s, execution, catalog.subtask("4.2.1").register, trainees(99))
        save_headcount(s, execution, 2000)
        result = plan_kpis(s, catalog, plan_id)["4.2.1"]
    assert result.met is False and result.value == Decimal("4.95")
    assert "(4,95\u00a0%)" in result.text
    with store.session() as s:
        save_rows(s, execution, catalog.subtask("4.2.1").register, trainees(100))
        assert plan_kpis(s, catalog, plan_id)["4.2.1"].met is True


def test_project_3_divides_by_the_supervised_list(store, catalog, year):
    org, plan_id, ids = year
    rows = [
        {"company_name": "ТОО «Первое»", "has_document": True},
        {"company_name": "ТОО «Второе»", "has_document": True},
        {"company_name": "ТОО «Не наше»", "has_document": True},
    ]
    with store.session() as s:
        for code in ("3.1.2", "3.2.1"):
            save_rows(s, ids[(code, "")], catalog.subtask(code).register, rows)
        empty = plan_kpis(s, catalog, plan_id)
    # No list: said so, never «3 of 3» from the register.
    assert empty["3.2.1"].value is None and empty["3.2.1"].text == NO_SUPERVISED_TEXT
    with store.session() as s:
        for name in ("ТОО «Первое»", "ТОО «Второе»", "ТОО «Третье»", "ТОО «Четвёртое»"):
            add_supervised(s, org.id, name)
        kpis = plan_kpis(s, catalog, plan_id)
        assert [e.name for e in supervised_of_execution(s, ids[("3.2.1", "")])][:1] == ["ТОО «Второе»"]
        assert organization_of_execution(s, ids[("3.2.1", "")]) == org.id
    scored, share = kpis["3.2.1"], kpis["3.1.2"]
    assert (scored.part, scored.whole, scored.value, scored.score) == (2, 4, Decimal("50.0"), Decimal("1.0"))
    assert scored.unlisted == 1 and "не учтено 1 организация" in scored.text
    assert share.kind is KpiKind.QUASI_SHARE and share.score is None and (share.part, share.whole) == (2, 4)


def test_a_quasi_state_company_counts_itself(store, catalog):
    with store.session() as s:
        company = create_organization(
            s,
            OrganizationInput("ТОО «Жамбыл Су»", "990740002243", OrgLevel.QUASI, parent_name="Аппарат акима области"),
            [SignatoryInput("Ким Виктор", "Директор", SignerRole.FIRST_HEAD)],
        )
        assert supervised_entities(s, company.id) == [Entity("ТОО «Жамбыл Су»", "990740002243")]
        add_supervised(s, company.id, "ТОО «Дочернее»")
        assert [e.name for e in supervised_entities(s, company.id)] == ["ТОО «Дочернее»"]
