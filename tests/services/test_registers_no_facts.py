"""«Фактов не выявлено» on a Project 2 Appendix 1 table: an explicit answer
kept with the execution, never together with rows, carried by the bundle,
and the Appendix 1 form prints «Факты не выявлены.» for it."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
from tbn4_desktop.models import Organization, SubtaskExecution, YearPlan
from tbn4_desktop.services.executions import ensure_year_plan, list_executions
from tbn4_desktop.services.organizations import (
    OrganizationInput,
    SignatoryInput,
    create_organization,
)
from tbn4_desktop.services.registers import (
    NO_FACTS_REGISTER,
    declared_no_facts,
    list_rows,
    no_facts_register,
    save_rows,
    set_no_facts,
)
from tests.services.test_registers import row

CODE = "2.3.1"


@pytest.fixture
def execution_id(store, catalog):
    with store.session() as s:
        org = create_organization(
            s,
            OrganizationInput(
                name="Аппарат акима Байзакского района",
                bin="050340001235",
                level=OrgLevel.DISTRICT,
                parent_name="Аппарат акима Жамбылской области",
            ),
            [SignatoryInput("Тулегенова Айгерим Нурлановна", "Руководитель аппарата", SignerRole.CHIEF_OF_STAFF)],
        )
        plan = ensure_year_plan(s, org.id, 2025, catalog)
        return next(e.id for e in list_executions(s, plan.id) if e.subtask_code == CODE)


def test_only_the_appendix_1_table_of_a_project_2_subtask_may_be_declared_empty(catalog):
    assert no_facts_register(catalog.subtask("2.3.1")).key == "app1_superiors_liability"
    assert no_facts_register(catalog.subtask("2.1.1")).key == "app1_reports"
    for code in ("1.1.1", "3.2.1", "4.2.1"):
        assert no_facts_register(catalog.subtask(code)) is None


def test_the_declaration_is_kept_and_excludes_rows(store, execution_id, catalog):
    register = catalog.subtask(CODE).register
    with store.session() as s:
        version = set_no_facts(s, execution_id, register, True)
    with store.session() as s:
        assert declared_no_facts(s, execution_id) == {register.key}
        assert s.get(SubtaskExecution, execution_id).version == version
        # Declaring twice is no change.
        assert set_no_facts(s, execution_id, register, True) == version

    # Saving facts withdraws the declaration: rows and «фактов не выявлено» never stand together.
    with store.session() as s:
        save_rows(s, execution_id, register, [row()])
    with store.session() as s:
        assert declared_no_facts(s, execution_id) == set()
        with pytest.raises(ValidationError) as refused:
            set_no_facts(s, execution_id, register, True)
    assert "есть строки" in refused.value.errors["no_facts"]
    with store.session() as s:
        assert declared_no_facts(s, execution_id) == set() and len(list_rows(s, execution_id, register)) == 1

    with store.session() as s:
        save_rows(s, execution_id, register, [])
        set_no_facts(s, execution_id, register, True)
        set_no_facts(s, execution_id, register, False)
    with store.session() as s:
        assert declared_no_facts(s, execution_id) == set()
        assert list_rows(s, execution_id, NO_FACTS_REGISTER.key) == []


def test_the_bundle_carries_the_declaration(tmp_path):
    from tbn4_desktop.services.export import export_bundle
    from tbn4_desktop.services.imports import import_bundle
    from tests.services.import_fixtures import YEAR, demo_bundle, oblast

    source, _bundle = demo_bundle(tmp_path / "src")
    catalog = source.catalog_for_year(YEAR)
    register = catalog.subtask("2.5.1").register
    with source.store.session() as s:
        ex = s.scalar(
            select(SubtaskExecution.id)
            .join(YearPlan)
            .where(YearPlan.year == YEAR, SubtaskExecution.subtask_code == "2.5.1")
        )
        save_rows(s, ex, register, [])
        set_no_facts(s, ex, register, True)
        bin_ = s.get(Organization, s.get(YearPlan, s.get(SubtaskExecution, ex).year_plan_id).organization_id).bin
    bundle = tmp_path / "bundle.zip"
    export_bundle(source, None, YEAR, bundle)
    source.close()
    region = oblast(tmp_path / "oblast")
    try:
        import_bundle(region, bundle, add_unknown_subordinate=True)
        with region.store.session() as s:
            org = s.scalar(select(Organization).where(Organization.bin == bin_))
            ex = s.scalar(
                select(SubtaskExecution.id)
                .join(YearPlan)
                .where(YearPlan.organization_id == org.id, SubtaskExecution.subtask_code == "2.5.1")
            )
            assert declared_no_facts(s, ex) == {register.key}
    finally:
        region.close()
