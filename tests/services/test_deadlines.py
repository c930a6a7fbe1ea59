"""Anchor dates, calendar decrees and a year's deadlines from the store
(SQLite and PostgreSQL)."""

from datetime import date

import pytest

from tbn4_desktop.core.catalog import AnchorEvent as A
from tbn4_desktop.core.deadlines import DeadlineState as S
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
from tbn4_desktop.core.workdays import CalendarEntry
from tbn4_desktop.models import SubtaskExecution
from tbn4_desktop.services.context import open_app
from tbn4_desktop.services.deadlines import (
    add_decree,
    get_anchors,
    list_decrees,
    load_work_calendar,
    remove_decree,
    set_anchors,
    year_deadlines,
)
from tbn4_desktop.services.demo import create_demo
from tbn4_desktop.services.executions import ensure_year_plan, find_year_plan
from tbn4_desktop.services.organizations import (
    OrganizationInput,
    SignatoryInput,
    create_organization,
)


@pytest.fixture
def plans(store, catalog):
    """A district akimat with its 2025 and 2026 plans: (org id, plan 2025, plan 2026)."""
    with store.session() as s:
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
        p25 = ensure_year_plan(s, org.id, 2025, catalog)
        p26 = ensure_year_plan(s, org.id, 2026, catalog)
    return org.id, p25.id, p26.id


def test_anchors_round_trip(store, plans):
    _org, plan, _ = plans
    with store.session() as s:
        assert get_anchors(s, plan) == {}
        set_anchors(s, plan, {A.ANALYSIS_START: date(2025, 5, 12), A.ANALYSIS_END: date(2025, 6, 20)})
    with store.session() as s:
        assert get_anchors(s, plan) == {A.ANALYSIS_START: date(2025, 5, 12), A.ANALYSIS_END: date(2025, 6, 20)}
        result = set_anchors(
            s, plan, {A.ANALYSIS_START: None, A.ANALYSIS_END: date(2025, 6, 23), A.REPORT_SIGNED: date(2025, 6, 30)}
        )
        assert result == {A.ANALYSIS_END: date(2025, 6, 23), A.REPORT_SIGNED: date(2025, 6, 30)}
    with store.session() as s:
        assert get_anchors(s, plan) == {A.ANALYSIS_END: date(2025, 6, 23), A.REPORT_SIGNED: date(2025, 6, 30)}


def test_anchor_out_of_range_is_refused_in_russian_per_field(store, plans):
    _org, plan, _ = plans
    with store.session() as s:
        with pytest.raises(ValidationError) as err:
            set_anchors(
                s,
                plan,
                {
                    A.ANALYSIS_START: date(2025, 5, 12),
                    A.REPORT_SIGNED: date(2030, 1, 1),
                    A.PLAN_APPROVED: date(1900, 1, 1),
                },
            )
        assert set(err.value.errors) == {"report_signed", "plan_approved"}
        assert err.value.errors["report_signed"] == (
            "Дата «подписание аналитической справки» (01.01.2030) должна "
            "относиться к 2024–2026 годам (план на 2025 год)."
        )
        assert get_anchors(s, plan) == {}  # nothing half-saved


def test_decrees_round_trip_and_one_per_day(store):
    entry = CalendarEntry(date(2027, 1, 4), "day_off", "Перенос выходного дня с 09.01.2027", "Постановление №1")
    with store.session() as s:
        assert list_decrees(s) == []
        add_decree(s, entry)
        add_decree(s, CalendarEntry(date(2027, 1, 9), "working_day", "Рабочий день"))
    with store.session() as s:
        assert [e.date for e in list_decrees(s)] == [date(2027, 1, 4), date(2027, 1, 9)]
        assert list_decrees(s)[0] == entry
        with pytest.raises(ValidationError) as err:
            add_decree(s, CalendarEntry(date(2027, 1, 4), "working_day", "Другое"))
        assert err.value.errors["date"].startswith("На 04.01.2027 уже есть запись календаря")
        with pytest.raises(ValidationError) as err:
            add_decree(s, CalendarEntry(date(2027, 2, 1), "day_off", "  "))
        assert "note" in err.value.errors
    with store.session() as s:
        assert remove_decree(s, date(2027, 1, 4)) is True
        assert remove_decree(s, date(2027, 1, 4)) is False
    with store.session() as s:
        assert [e.date for e in list_decrees(s)] == [date(2027, 1, 9)]


def test_a_stored_decree_changes_a_computed_due_date(store, plans, catalog):
    org, plan, _ = plans
    with store.session() as s:
        set_anchors(s, plan, {A.REPORT_SIGNED: date(2025, 7, 1)})
        before = year_deadlines(s, catalog, org, 2025, date(2025, 7, 2))
        cal_before = load_work_calendar(s)
        assert load_work_calendar(s) is cal_before  # cached while the decrees are the same
        add_decree(s, CalendarEntry(date(2025, 7, 15), "day_off", "Выходной по постановлению"))
    with store.session() as s:
        after = year_deadlines(s, catalog, org, 2025, date(2025, 7, 2))
        assert load_work_calendar(s) is not cal_before
    due = {x.code: x.due for x in before.deadlines}, {x.code: x.due for x in after.deadlines}
    assert due[0]["1.1.7"] == date(2025, 7, 16)
    assert due[1]["1.1.7"] == date(2025, 7, 17)


def test_year_deadlines_use_overrides_and_the_previous_years_signing(store, plans, catalog):
    org, p25, p26 = plans
    with store.session() as s:
        set_anchors(s, p25, {A.REPORT_SIGNED: date(2025, 8, 15)})
        row = s.query(SubtaskExecution).filter_by(year_plan_id=p26, subtask_code="2.1.1").one()
        row.due_date_override = date(2026, 3, 2)
        s.flush()
        report = year_deadlines(s, catalog, org, 2026, date(2026, 2, 20))
    rows = {(x.code, x.period): x for x in report.deadlines}
    assert rows[("2.1.1", "")].due == date(2026, 3, 2)
    assert rows[("2.1.1", "")].state is S.DUE_10
    assert [rows[("1.1.9", q)].state is S.NOT_APPLICABLE for q in ("Q1", "Q2", "Q3", "Q4")] == [
        False,
        False,
        False,
        True,
    ]
    # the quarter of monitoring ending 15.02.2026: information by 05.03, the справка 5 working days later
    # (09.03 is the day off for 8 March, a Sunday)
    assert rows[("1.1.9", "Q1")].due == date(2026, 3, 13)


def test_year_deadlines_without_a_plan(store, plans, catalog):
    org, _, _ = plans
    with store.session() as s:
        report = year_deadlines(s, catalog, org, 2024, date(2024, 5, 1))
    assert report.deadlines == [] and report.warnings == ["За 2024 год план организации не создан."]


def test_year_deadlines_of_the_demo(data_dir, db_url):
    ctx = open_app(data_dir, database_url=db_url)
    try:
        org = create_demo(ctx, 2025, today=date(2025, 10, 1))
        with ctx.store.session() as s:
            plan = find_year_plan(s, org.id, 2025)
            set_anchors(
                s,
                plan.id,
                {
                    A.ANALYSIS_START: date(2025, 5, 12),
                    A.ANALYSIS_END: date(2025, 6, 20),
                    A.REPORT_SIGNED: date(2025, 6, 30),
                    A.PLAN_APPROVED: date(2025, 7, 4),
                },
            )
            catalog = ctx.catalog_for_plan(plan.catalog_id, plan.catalog_version, 2025)
            report = year_deadlines(s, catalog, org.id, 2025, date(2025, 10, 1))
    finally:
        ctx.close()
    states = {x.state for x in report.deadlines}
    assert S.DONE_ON_TIME in states or S.DONE_LATE in states
    assert S.NOT_APPLICABLE in states
    rows = {(x.code, x.period): x for x in report.deadlines}
    assert rows[("1.1.8", "")].due == date(2025, 7, 10)
    # the demo's units sent their information on 05.08: the справка was due 5 working days later
    assert rows[("1.1.9", "Q3")].due == date(2025, 8, 12)
    assert rows[("1.1.9", "Q3")].judged_by == "report"
    assert rows[("1.1.9", "Q1")].state is S.NOT_APPLICABLE
    assert report.warnings == []
