"""Карта export → fill → import, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from tbn4_desktop.core.karta_xlsx import FIRST_DATA_ROW, KartaError
from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
from tbn4_desktop.models import SubtaskExecution, YearPlan
from tbn4_desktop.services.context import open_app
from tbn4_desktop.services.karta import export_karta, import_karta
from tbn4_desktop.services.organizations import (
    OrganizationInput,
    SignatoryInput,
    create_organization,
)

YEAR = 2025


@pytest.fixture
def ctx(data_dir, db_url):
    context = open_app(data_dir, database_url=db_url)
    yield context
    context.close()


@pytest.fixture
def org_id(ctx):
    with ctx.store.session() as s:
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
    return org.id


def _overrides(ctx, org_id):
    with ctx.store.session() as s:
        return {
            (e.subtask_code, e.period): e.due_date_override
            for e in s.scalars(
                select(SubtaskExecution).join(YearPlan).where(YearPlan.organization_id == org_id, YearPlan.year == YEAR)
            )
        }


def _set(path, values):
    wb = load_workbook(path)
    ws = wb.active
    for r in range(FIRST_DATA_ROW, ws.max_row + 1):
        key = (ws.cell(r, 1).value, ws.cell(r, 2).value or "")
        if key in values:
            ws.cell(r, 5).value = values[key]
    wb.save(path)


def test_export_fill_import_sets_the_overrides(ctx, org_id, tmp_path):
    path = tmp_path / "Карта.xlsx"
    rows = export_karta(ctx, org_id, YEAR, path)
    assert rows > 30
    _set(path, {("1.1.1", ""): date(2025, 2, 14), ("1.1.2", ""): "20.02.2025"})

    result = import_karta(ctx, org_id, YEAR, path)  # creates the year plan
    assert (result.updated, result.unchanged, result.not_applicable) == (2, rows - 2, ())
    overrides = _overrides(ctx, org_id)
    assert overrides[("1.1.1", "")] == date(2025, 2, 14)
    assert overrides[("1.1.2", "")] == date(2025, 2, 20)
    assert sum(v is not None for v in overrides.values()) == 2

    # The next export carries the dates; a blank cell keeps the stored date.
    again = tmp_path / "again.xlsx"
    export_karta(ctx, org_id, YEAR, again)
    ws = load_workbook(again).active
    dates = {
        ws.cell(r, 1).value: ws.cell(r, 5).value for r in range(FIRST_DATA_ROW, ws.max_row + 1) if ws.cell(r, 5).value
    }
    assert {k: v.date() for k, v in dates.items()} == {"1.1.1": date(2025, 2, 14), "1.1.2": date(2025, 2, 20)}
    _set(again, {("1.1.1", ""): None, ("1.1.2", ""): date(2025, 3, 2)})
    result = import_karta(ctx, org_id, YEAR, again)
    assert result.updated == 1
    overrides = _overrides(ctx, org_id)
    assert overrides[("1.1.1", "")] == date(2025, 2, 14)
    assert overrides[("1.1.2", "")] == date(2025, 3, 2)
    assert "изменено 1" in result.summary


def test_a_refused_file_changes_nothing(ctx, org_id, tmp_path):
    path = tmp_path / "Карта.xlsx"
    export_karta(ctx, org_id, YEAR, path)
    _set(path, {("1.1.1", ""): date(2025, 2, 14)})
    import_karta(ctx, org_id, YEAR, path)
    before = _overrides(ctx, org_id)

    _set(path, {("1.1.1", ""): date(2025, 5, 5), ("1.1.2", ""): "31.02.2025"})
    with pytest.raises(KartaError, match="31.02.2025"):
        import_karta(ctx, org_id, YEAR, path)
    assert _overrides(ctx, org_id) == before

    with pytest.raises(KartaError, match="ячейка B2"):
        import_karta(ctx, org_id, YEAR + 1, path)
    assert _overrides(ctx, org_id) == before


def test_wrong_year_on_a_new_year_creates_no_plan(ctx, org_id, tmp_path):
    path = tmp_path / "Карта.xlsx"
    export_karta(ctx, org_id, YEAR, path)
    with pytest.raises(KartaError, match="ячейка B2"):
        import_karta(ctx, org_id, YEAR + 1, path)
    with ctx.store.session() as s:
        assert s.scalars(select(YearPlan).where(YearPlan.organization_id == org_id)).all() == []


def test_rows_of_other_levels_are_skipped_and_reported(ctx, org_id, tmp_path, catalog):
    other = next((s for s in catalog.subtasks() if not s.applies_to(OrgLevel.DISTRICT)), None)
    if other is None:
        pytest.skip("every subtask of the catalog applies to districts")
    path = tmp_path / "Карта.xlsx"
    export_karta(ctx, org_id, YEAR, path)
    wb = load_workbook(path)
    ws = wb.active
    ws.append(
        [
            other.code,
            "" if other.periodicity.value in ("once", "yearly") else "I квартал",
            other.title,
            other.deadline.text,
            date(2025, 6, 1),
        ]
    )
    wb.save(path)
    result = import_karta(ctx, org_id, YEAR, path)
    assert len(result.not_applicable) == 1 and result.not_applicable[0].startswith(other.code)
    assert "Пропущено строк" in result.summary


def test_unknown_organization(ctx, tmp_path):
    with pytest.raises(KartaError, match="Организация не найдена"):
        export_karta(ctx, 999, YEAR, tmp_path / "x.xlsx")


def _rewrite_subtask(path, code, periodicity, periods):
    """Replace the subtask's rows of a template with one row per period, all with this periodicity."""
    wb = load_workbook(path)
    ws = wb.active
    first = next(r for r in range(FIRST_DATA_ROW, ws.max_row + 1) if ws.cell(r, 1).value == code)
    template = [ws.cell(first, c).value for c in range(1, 8)]
    for r in range(ws.max_row, FIRST_DATA_ROW - 1, -1):
        if ws.cell(r, 1).value == code:
            ws.delete_rows(r)
    for period in periods:
        ws.append([template[0], period, template[2], template[3], None, template[5], periodicity])
    wb.save(path)


def test_the_karta_sets_a_periodicity_the_instruction_does_not(ctx, org_id, tmp_path, catalog):
    """1.2.1's periodicity is not stated by the instruction: the Карта decides."""
    from tbn4_desktop.services.executions import find_year_plan, list_executions
    from tbn4_desktop.services.periodicity import plan_periodicities

    assert catalog.subtask("1.2.1").periodicity_source == ""
    path = tmp_path / "Карта.xlsx"
    export_karta(ctx, org_id, YEAR, path)
    assert load_workbook(path).active.cell(4, 7).value == "Периодичность"
    _rewrite_subtask(path, "1.2.1", "Ежеквартально", ["I квартал", "II квартал", "III квартал", "IV квартал"])
    _set(path, {("1.2.1", "II квартал"): date(2025, 7, 5)})
    result = import_karta(ctx, org_id, YEAR, path)
    assert result.periodicity_changed == ("1.2.1",) and "Периодичность изменена: 1.2.1" in result.summary
    with ctx.store.session() as s:
        plan = find_year_plan(s, org_id, YEAR)
        periods = sorted(e.period for e in list_executions(s, plan.id) if e.subtask_code == "1.2.1")
        assert plan_periodicities(s, ctx.catalog_for_year(YEAR), plan.id)["1.2.1"].value == "quarterly"
    assert periods == ["Q1", "Q2", "Q3", "Q4"]
    assert _overrides(ctx, org_id)[("1.2.1", "Q2")] == date(2025, 7, 5)
    # the next template lists the quarters
    export_karta(ctx, org_id, YEAR, path)
    ws = load_workbook(path).active
    assert [ws.cell(r, 2).value for r in range(FIRST_DATA_ROW, ws.max_row + 1) if ws.cell(r, 1).value == "1.2.1"] == [
        "I квартал",
        "II квартал",
        "III квартал",
        "IV квартал",
    ]


def test_a_period_with_data_is_never_dropped_by_a_periodicity_change(ctx, org_id, tmp_path):
    from tbn4_desktop.services.executions import find_year_plan, list_executions, save_notes

    path = tmp_path / "Карта.xlsx"
    export_karta(ctx, org_id, YEAR, path)
    import_karta(ctx, org_id, YEAR, path)
    with ctx.store.session() as s:
        plan = find_year_plan(s, org_id, YEAR)
        q3 = next(e for e in list_executions(s, plan.id) if (e.subtask_code, e.period) == ("3.1.1", "Q3"))
        save_notes(s, q3.id, expected_version=None, notes="протокол готовится")
    export_karta(ctx, org_id, YEAR, path)
    _rewrite_subtask(path, "3.1.1", "Ежегодно", [None])
    with pytest.raises(KartaError) as caught:
        import_karta(ctx, org_id, YEAR, path)
    assert "Периодичность подзадачи 3.1.1 не изменена" in str(caught.value)
    assert "«III квартал»" in str(caught.value)
    with ctx.store.session() as s:
        periods = sorted(e.period for e in list_executions(s, plan.id) if e.subtask_code == "3.1.1")
    assert periods == ["Q1", "Q2", "Q3", "Q4"]


def test_rows_of_one_subtask_must_agree_on_periodicity(ctx, org_id, tmp_path):
    path = tmp_path / "Карта.xlsx"
    export_karta(ctx, org_id, YEAR, path)
    wb = load_workbook(path)
    ws = wb.active
    rows = [r for r in range(FIRST_DATA_ROW, ws.max_row + 1) if ws.cell(r, 1).value == "4.2.2"]
    ws.cell(rows[1], 7).value = "Ежеквартально"
    ws.cell(rows[2], 7).value = "раз в сезон"
    wb.save(path)
    with pytest.raises(KartaError) as caught:
        import_karta(ctx, org_id, YEAR, path)
    assert "«раз в сезон» — не периодичность" in str(caught.value)
