"""The deadline engine (tbn4_desktop.core.deadlines) on the real catalog and
the real calendar of Kazakhstan."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tbn4_desktop.core.catalog import AnchorEvent as A
from tbn4_desktop.core.catalog import DeadlineKind
from tbn4_desktop.core.deadlines import (
    NO_KARTA,
    Deadline,
    ExecutionFacts,
    compute_deadlines,
    period_bounds,
    workdays_left,
)
from tbn4_desktop.core.deadlines import (
    DeadlineState as S,
)
from tbn4_desktop.core.vocabulary import ExecutionStatus, OrgLevel, periods_of
from tbn4_desktop.core.workdays import CalendarEntry, WorkCalendar, load_calendar

NOT_STARTED, DONE = ExecutionStatus.NOT_STARTED, ExecutionStatus.UPLOADED
AS_OF = date(2025, 1, 15)


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return load_calendar()


def d(text: str) -> date:
    return date.fromisoformat(text)


def one(
    catalog,
    cal,
    code,
    period="",
    *,
    anchors=None,
    as_of=AS_OF,
    status=NOT_STARTED,
    completed_on=None,
    override=None,
    year=2025,
    level=OrgLevel.DISTRICT,
    previous=None,
    **facts,
) -> Deadline:
    report = compute_deadlines(
        catalog,
        level,
        year,
        [ExecutionFacts(code, period, status, completed_on, override, **facts)],
        anchors or {},
        cal,
        as_of,
        previous_report_signed=previous,
    )
    return next(x for x in report.deadlines if x.code == code and x.period == period)


def all_rows(catalog, level=OrgLevel.DISTRICT, status=NOT_STARTED):
    return [
        ExecutionFacts(s.code, p, status)
        for s in catalog.subtasks()
        if s.applies_to(level)
        for p in periods_of(s.periodicity)
    ]


# ------------------------------------------------------------ relative rules


@pytest.mark.parametrize(
    ("code", "event", "anchor", "due"),
    [
        # 12.05.2025 (Mon) − 10 working days, skipping 1, 7 and 9 May.
        ("1.1.3", A.ANALYSIS_START, "2025-05-12", "2025-04-23"),
        # 20.06.2025 − 10 working days, skipping 6 June (Курбан айт).
        ("1.1.4", A.ANALYSIS_END, "2025-06-20", "2025-06-05"),
        ("1.1.5", A.ANALYSIS_END, "2025-06-20", "2025-06-13"),
        # 25.06.2025 + 10 working days, skipping 7 July (День Столицы moved from Sunday).
        ("1.1.6", A.ANALYSIS_END, "2025-06-25", "2025-07-10"),
        ("1.1.7", A.REPORT_SIGNED, "2025-07-01", "2025-07-16"),
        # Friday 04.07.2025 + 3 working days: 8, 9, 10 July.
        ("1.1.8", A.PLAN_APPROVED, "2025-07-04", "2025-07-10"),
        # From the working Sunday 05.01.2025 (transfer): −10 crosses the New Year holidays.
        ("1.1.3", A.ANALYSIS_START, "2025-01-05", "2024-12-18"),
    ],
)
def test_relative_rules_count_working_days(catalog, cal, code, event, anchor, due):
    rule = catalog.subtask(code).deadline
    assert rule.kind is DeadlineKind.RELATIVE and rule.event is event
    x = one(catalog, cal, code, anchors={event: d(anchor)})
    assert x.due == d(due)
    assert x.explanation == f"{rule.text} ({d(due):%d.%m.%Y})"
    assert cal.is_working_day(x.due)
    assert x.due == cal.add_workdays(d(anchor), rule.workdays)


def test_every_relative_rule_of_the_catalog_is_covered(catalog):
    relative = {s.code for s in catalog.subtasks() if s.deadline.kind is DeadlineKind.RELATIVE}
    assert relative == {"1.1.3", "1.1.4", "1.1.5", "1.1.6", "1.1.7", "1.1.8"}


def test_explanation_example_of_the_issue(catalog, cal):
    x = one(catalog, cal, "1.1.4", anchors={A.ANALYSIS_END: d("2025-05-26")})
    assert x.explanation == (
        "не позднее 10 рабочих дней до завершения внутреннего анализа коррупционных рисков (12.05.2025)"
    )


def test_missing_anchor_asks_for_the_date(catalog, cal):
    x = one(catalog, cal, "1.1.6")
    assert (x.due, x.state) == (None, S.NO_DATE)
    assert x.explanation == "укажите дату: завершение внутреннего анализа коррупционных рисков"


def test_a_decree_moves_a_relative_deadline(catalog):
    extra = load_calendar([CalendarEntry(d("2025-07-15"), "day_off", "Выходной по постановлению")])
    x = one(catalog, extra, "1.1.7", anchors={A.REPORT_SIGNED: d("2025-07-01")})
    assert x.due == d("2025-07-17")


# ---------------------------------------------------------------- after_period


def test_after_period_is_the_5th_of_the_next_month_or_the_next_working_day(cal):
    """A user catalog may still use `after_period` (the shipped one no longer does: 1.1.9 is two steps)."""
    from tbn4_desktop.core.catalog_loader import load_catalog

    test_catalog = load_catalog(Path(__file__).parents[1] / "data" / "catalogs" / "minimal.yaml")
    for quarter, due, moved in (("Q3", "2025-10-06", True), ("Q2", "2025-07-08", True), ("Q4", "2026-01-05", False)):
        x = one(test_catalog, cal, "1.1.3", quarter, level=OrgLevel.CENTRAL)
        assert x.due == d(due), quarter
        assert ("выходной день" in x.explanation) is moved


# 1.1.9: «ежеквартально со дня подписания аналитической справки не позднее 5 числа месяца, следующего
# за отчетным периодом» the units send their information; «в течение 5 рабочих дней со дня поступления
# информации» the справка is formed.


@pytest.mark.parametrize(("quarter", "due"), [("Q3", "2025-08-12"), ("Q4", "2025-11-12")])
def test_monitoring_reports_fall_due_five_working_days_after_the_information(catalog, cal, quarter, due):
    signed = d("2025-04-07")  # quarters of monitoring end 07.07, 07.10, 07.01, 07.04
    x = one(catalog, cal, "1.1.9", quarter, anchors={A.REPORT_SIGNED: signed})
    assert x.due == d(due) and x.judged_by == "report"
    assert "в плане года, в котором квартал заканчивается" in x.explanation
    info_due = f"05.{d(due).month:02d}.2025"
    assert f"информация подразделений — не позднее {info_due}" in x.explanation


def test_a_known_receipt_date_moves_the_report_deadline(catalog, cal):
    x = one(catalog, cal, "1.1.9", "Q3", anchors={A.REPORT_SIGNED: d("2025-04-07")}, receipt_on=d("2025-08-01"))
    assert x.due == d("2025-08-08") and "(поступила 01.08.2025)" in x.explanation


def test_the_report_is_judged_by_its_own_signing_date(catalog, cal):
    kw = {
        "anchors": {A.REPORT_SIGNED: d("2025-04-07")},
        "status": ExecutionStatus.READY_FOR_UPLOAD,
        "as_of": d("2025-12-01"),
    }
    assert one(catalog, cal, "1.1.9", "Q3", action_on=d("2025-08-12"), **kw).state is S.DONE_ON_TIME
    assert one(catalog, cal, "1.1.9", "Q3", action_on=d("2025-08-13"), **kw).state is S.DONE_LATE


def test_period_bounds():
    assert period_bounds(2025, "") == (d("2025-01-01"), d("2025-12-31"))
    assert period_bounds(2024, "M02") == (d("2024-02-01"), d("2024-02-29"))
    assert period_bounds(2025, "Q4") == (d("2025-10-01"), d("2025-12-31"))


# ------------------------------------------------------- 1.1.9 monitoring year


def test_monitoring_window_across_a_year_boundary(catalog, cal):
    """Four reports a year after the signing; each in the plan of the calendar quarter it ends in."""
    signed = d("2025-08-15")  # quarters end 15.11.2025, 15.02.2026, 15.05.2026, 15.08.2026
    first = {q: one(catalog, cal, "1.1.9", q, anchors={A.REPORT_SIGNED: signed}) for q in periods_of_q()}
    assert [first[q].state is S.NOT_APPLICABLE for q in periods_of_q()] == [True, True, True, False]
    assert "не заканчивается ни один квартал мониторинга" in first["Q1"].explanation
    assert "15.11.2025, 15.02.2026, 15.05.2026, 15.08.2026" in first["Q1"].explanation
    assert first["Q4"].due == d("2025-12-12")
    second = {q: one(catalog, cal, "1.1.9", q, year=2026, previous=signed) for q in periods_of_q()}
    assert [second[q].state is S.NOT_APPLICABLE for q in periods_of_q()] == [False, False, False, True]
    assert second["Q3"].due == d("2026-09-14")  # 05.09.2026 is a Saturday: 07.09 + 5 working days


def test_signing_on_the_last_day_of_a_quarter_starts_with_the_next_one(catalog, cal):
    x = one(catalog, cal, "1.1.9", "Q1", anchors={A.REPORT_SIGNED: d("2025-03-31")})
    assert x.state is S.NOT_APPLICABLE
    y = one(catalog, cal, "1.1.9", "Q1", year=2026, previous=d("2025-03-31"))
    assert y.state is not S.NOT_APPLICABLE  # the fourth quarter ends 31.03.2026


def test_monitoring_without_signing_date_has_no_date(catalog, cal):
    x = one(catalog, cal, "1.1.9", "Q2")
    assert (x.due, x.state) == (None, S.NO_DATE)
    assert x.explanation == "укажите дату: подписание аналитической справки"


def periods_of_q():
    return ("Q1", "Q2", "Q3", "Q4")


# ----------------------------------------------------------------- fixed + override


def test_fixed_without_karta_has_no_date(catalog, cal):
    x = one(catalog, cal, "2.1.1")
    assert (x.due, x.state, x.explanation) == (None, S.NO_DATE, NO_KARTA)


def test_fixed_with_karta_date(catalog, cal):
    x = one(catalog, cal, "2.2.1", "Q1", override=d("2025-04-10"), as_of=d("2025-01-15"))
    assert (x.due, x.state) == (d("2025-04-10"), S.LATER)
    assert x.explanation == "ежеквартально, в срок, указанный в Карте реализации ТБН №4 (10.04.2025)"


def test_override_wins_over_a_rule_and_says_so(catalog, cal):
    x = one(catalog, cal, "1.1.7", anchors={A.REPORT_SIGNED: d("2025-07-01")}, override=d("2025-07-25"))
    assert x.due == d("2025-07-25")
    assert x.explanation.startswith("срок изменён вручную/по Карте: 25.07.2025")
    assert "16.07.2025" in x.explanation
    y = one(catalog, cal, "1.1.7", override=d("2025-07-25"))  # no anchor, override still counts
    assert (y.due, y.state) == (d("2025-07-25"), S.LATER)


# ----------------------------------------------------------------------- states


@pytest.mark.parametrize(
    ("days", "state"),
    [
        (-1, S.OVERDUE),
        (0, S.DUE_3),
        (3, S.DUE_3),
        (4, S.DUE_10),
        (10, S.DUE_10),
        (11, S.LATER),
    ],
)
def test_states_by_working_days_left(catalog, cal, days, state):
    as_of = d("2025-03-19")  # Wednesday before Наурыз (21–25 March are days off)
    due = as_of + timedelta(days=-1) if days < 0 else cal.add_workdays(as_of, days)
    x = one(catalog, cal, "2.1.1", override=due, as_of=as_of)
    assert x.state is state
    if days >= 0:
        assert workdays_left(cal, as_of, due) == days


def test_working_days_left_counts_after_today(cal):
    friday = d("2025-01-10")
    assert workdays_left(cal, friday, friday) == 0
    assert workdays_left(cal, friday, d("2025-01-13")) == 1  # Monday
    assert workdays_left(cal, d("2025-01-11"), d("2025-01-13")) == 1  # seen on Saturday
    assert workdays_left(cal, friday, d("2025-01-01")) == 0


@pytest.mark.parametrize(
    ("uploaded", "state"),
    [
        ("2025-04-10", S.DONE_ON_TIME),
        ("2025-04-09", S.DONE_ON_TIME),
        ("2025-04-11", S.DONE_LATE),
        (None, S.DONE_ON_TIME),
    ],
)
def test_a_karta_date_is_judged_by_the_upload_mark(catalog, cal, uploaded, state):
    """«Подтверждающие документы загружаются в ИСПУ согласно сроку, указанному в Карте»."""
    x = one(
        catalog,
        cal,
        "2.1.1",
        override=d("2025-04-10"),
        status=DONE,
        completed_on=d("2025-04-01"),
        uploaded_on=d(uploaded) if uploaded else None,
        as_of=d("2025-06-01"),
    )
    assert x.state is state and x.judged_by == "upload"


def test_done_without_a_due_date_is_on_time(catalog, cal):
    assert one(catalog, cal, "2.1.1", status=DONE, completed_on=d("2025-04-11")).state is S.DONE_ON_TIME


def test_ready_for_upload_past_an_upload_deadline_is_overdue(catalog, cal):
    kw = {"override": d("2025-01-10"), "completed_on": d("2025-01-09"), "as_of": d("2025-02-01")}
    assert one(catalog, cal, "2.1.1", status=ExecutionStatus.READY_FOR_UPLOAD, **kw).state is S.OVERDUE
    assert one(catalog, cal, "2.1.1", status=ExecutionStatus.SIGNED, **kw).state is S.OVERDUE
    before = {**kw, "as_of": d("2025-01-08")}
    assert one(catalog, cal, "2.1.1", status=ExecutionStatus.READY_FOR_UPLOAD, **before).state is S.DUE_3


def test_an_uploaded_subtask_without_its_documents_is_not_done(catalog, cal):
    kw = {"override": d("2025-01-10"), "uploaded_on": d("2025-01-09"), "as_of": d("2025-02-01")}
    assert one(catalog, cal, "2.1.1", status=DONE, **kw).state is S.DONE_ON_TIME
    assert one(catalog, cal, "2.1.1", status=DONE, complete=False, **kw).state is S.OVERDUE


def test_an_action_deadline_is_judged_by_the_documents_own_date(catalog, cal):
    """1.1.3: «за 10 рабочих дней до начала» — the announcement's publication, not its upload."""
    kw = {
        "anchors": {A.ANALYSIS_START: d("2025-05-12")},
        "status": DONE,
        "uploaded_on": d("2025-04-20"),
        "as_of": d("2025-06-01"),
    }
    on_time = one(catalog, cal, "1.1.3", action_on=d("2025-04-23"), **kw)
    assert (on_time.state, on_time.judged_by, on_time.judged_on) == (S.DONE_ON_TIME, "link", d("2025-04-23"))
    assert one(catalog, cal, "1.1.3", action_on=d("2025-04-24"), **kw).state is S.DONE_LATE
    ready = one(catalog, cal, "1.1.3", action_on=d("2025-04-22"), **{**kw, "status": ExecutionStatus.READY_FOR_UPLOAD})
    assert ready.state is S.DONE_ON_TIME  # published in time; not uploaded yet is no action delay


def test_a_subtask_answered_not_applicable_has_no_deadline(catalog, cal):
    rows = [ExecutionFacts("1.1.1", "", NOT_STARTED), ExecutionFacts("3.1.2", "", NOT_STARTED)]
    report = compute_deadlines(
        catalog,
        OrgLevel.DISTRICT,
        2025,
        rows,
        {},
        cal,
        AS_OF,
        answers={"system_wide_analysis": False, "supervises_quasi": True},
    )
    states = {x.code: x for x in report.deadlines if x.code in ("1.1.1", "3.1.2")}
    assert states["1.1.1"].state is S.NOT_APPLICABLE and "во всей системе" in states["1.1.1"].explanation
    assert states["3.1.2"].state is not S.NOT_APPLICABLE


# ------------------------------------------------------------------- level


def test_not_applicable_rows_for_the_level(catalog, cal):
    report = compute_deadlines(catalog, OrgLevel.QUASI, 2025, all_rows(catalog, OrgLevel.QUASI), {}, cal, AS_OF)
    na = {x.code for x in report.deadlines if x.state is S.NOT_APPLICABLE}
    assert na == {s.code for s in catalog.subtasks() if not s.applies_to(OrgLevel.QUASI)}
    assert na
    x = next(x for x in report.deadlines if x.state is S.NOT_APPLICABLE)
    assert x.period == "" and "Субъект квазигосударственного сектора" in x.explanation
    applicable = len(all_rows(catalog, OrgLevel.QUASI))
    assert len(report.deadlines) == applicable + len(na)
    order = [s.code for s in catalog.subtasks()]
    assert [order.index(x.code) for x in report.deadlines] == sorted(order.index(x.code) for x in report.deadlines)


def test_a_row_of_a_subtask_not_for_the_level_is_not_applicable(catalog, cal):
    code = next(s.code for s in catalog.subtasks() if not s.applies_to(OrgLevel.QUASI))
    report = compute_deadlines(catalog, OrgLevel.QUASI, 2025, [ExecutionFacts(code, "", NOT_STARTED)], {}, cal, AS_OF)
    assert [x.state for x in report.deadlines if x.code == code] == [S.NOT_APPLICABLE]


# ------------------------------------------------------------------ warnings


def warnings_for(catalog, cal, anchors, as_of=AS_OF, rows=None):
    return compute_deadlines(catalog, OrgLevel.DISTRICT, 2025, rows or all_rows(catalog), anchors, cal, as_of)


def test_analysis_longer_than_30_working_days(catalog, cal):
    start = d("2025-05-12")
    ok = warnings_for(catalog, cal, {A.ANALYSIS_START: start, A.ANALYSIS_END: cal.add_workdays(start, 29)})
    assert not ok.warnings
    report = warnings_for(catalog, cal, {A.ANALYSIS_START: start, A.ANALYSIS_END: cal.add_workdays(start, 30)})
    assert report.warnings == [
        (
            "Внутренний анализ коррупционных рисков длится 31 рабочих дней (12.05.2025–"
            f"{cal.add_workdays(start, 30):%d.%m.%Y}), а по Инструкции — не более 30 "
            "рабочих дней."
        )
    ]
    x = next(x for x in report.deadlines if x.code == "1.1.6")
    assert report.warnings[0] in x.warnings


def test_end_before_start(catalog, cal):
    report = warnings_for(catalog, cal, {A.ANALYSIS_START: d("2025-05-12"), A.ANALYSIS_END: d("2025-05-05")})
    assert report.warnings == [("Завершение анализа (05.05.2025) указано раньше его начала (12.05.2025).")]


def test_report_signed_before_the_end(catalog, cal):
    report = warnings_for(catalog, cal, {A.ANALYSIS_END: d("2025-06-20"), A.REPORT_SIGNED: d("2025-06-19")})
    assert report.warnings == [("Аналитическая справка подписана (19.06.2025) раньше завершения анализа (20.06.2025).")]


def test_plan_approved_before_report_signed(catalog, cal):
    report = warnings_for(catalog, cal, {A.REPORT_SIGNED: d("2025-07-01"), A.PLAN_APPROVED: d("2025-06-30")})
    assert report.warnings == [
        ("План мероприятий утверждён (30.06.2025) раньше подписания аналитической справки (01.07.2025).")
    ]
    assert report.warnings[0] in next(x for x in report.deadlines if x.code == "1.1.8").warnings


def test_anchor_on_a_day_off(catalog, cal):
    report = warnings_for(catalog, cal, {A.ANALYSIS_START: d("2025-06-06")})  # Курбан айт
    assert report.warnings == [
        (
            "Дата «начало внутреннего анализа коррупционных рисков» (06.06.2025) приходится "
            "на выходной день: проверьте её."
        )
    ]


def test_announcement_already_past_while_the_analysis_is_ahead(catalog, cal):
    anchors = {A.ANALYSIS_START: d("2025-05-12")}  # 1.1.3 due 23.04.2025
    report = warnings_for(catalog, cal, anchors, as_of=d("2025-05-02"))
    [warning] = report.warnings
    assert warning.startswith("Срок анонса о начале анализа (23.04.2025) уже прошёл")
    assert f"не ранее чем на {cal.add_workdays(d('2025-05-02'), 10):%d.%m.%Y}" in warning
    assert warning in next(x for x in report.deadlines if x.code == "1.1.3").warnings
    # Announced already, or the analysis has started: nothing to move.
    done = [ExecutionFacts("1.1.3", "", DONE, d("2025-04-20"))]
    assert not warnings_for(catalog, cal, anchors, as_of=d("2025-05-02"), rows=done).warnings
    assert not warnings_for(catalog, cal, anchors, as_of=d("2025-05-13")).warnings


def test_dates_outside_the_calendar_do_not_crash(catalog, cal):
    report = warnings_for(catalog, cal, {A.ANALYSIS_START: date(1990, 1, 1), A.REPORT_SIGNED: date(2101, 1, 1)})
    x = next(x for x in report.deadlines if x.code == "1.1.3")
    assert (x.due, x.state) == (None, S.NO_DATE) and x.warnings
    assert any("вне календаря" in w for w in report.warnings)
    far = compute_deadlines(catalog, OrgLevel.DISTRICT, 2025, all_rows(catalog), {}, cal, date(1999, 12, 31))
    assert any("вне календаря" in w for w in far.warnings)
    odd_year = compute_deadlines(catalog, OrgLevel.DISTRICT, 9999, all_rows(catalog), {}, cal, AS_OF)
    assert {x.state for x in odd_year.deadlines} <= {S.NO_DATE, S.NOT_APPLICABLE}
    unknown = compute_deadlines(
        catalog,
        OrgLevel.DISTRICT,
        2025,
        [ExecutionFacts("9.9.9", "Q7", NOT_STARTED), ExecutionFacts("2.2.1", "Q7", NOT_STARTED)],
        {},
        cal,
        AS_OF,
    )
    assert [x.state for x in unknown.deadlines if x.code in ("9.9.9", "2.2.1")] == [S.NO_DATE, S.NO_DATE]


dates = st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31))
statuses = st.sampled_from(list(ExecutionStatus))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    anchors=st.dictionaries(st.sampled_from(list(A)), dates),
    as_of=dates,
    year=st.integers(2024, 2026),
    status=statuses,
    override=st.none() | dates,
    completed=st.none() | dates,
    previous=st.none() | dates,
)
def test_random_input_never_crashes(catalog, cal, anchors, as_of, year, status, override, completed, previous):
    rows = [ExecutionFacts(f.code, f.period, status, completed, override) for f in all_rows(catalog)]
    report = compute_deadlines(
        catalog, OrgLevel.DISTRICT, year, rows, anchors, cal, as_of, previous_report_signed=previous
    )
    assert len(report.deadlines) == len(rows) + sum(not s.applies_to(OrgLevel.DISTRICT) for s in catalog.subtasks())
    for x in report.deadlines:
        assert x.explanation
        if x.due is not None and x.due != override:
            assert cal.is_working_day(x.due)
        if x.state in (S.DUE_3, S.DUE_10, S.LATER):
            assert x.due is not None and x.due >= as_of
        if x.state is S.OVERDUE:
            assert x.due < as_of
