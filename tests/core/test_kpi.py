"""KPIs from register rows: every kind, the 100/90/50/40 % boundaries, rounding."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from tbn4_desktop.core.catalog import KpiKind
from tbn4_desktop.core.kpi import (
    NO_SUPERVISED_TEXT,
    Entity,
    company_counts,
    compute,
    events_in_year,
    format_percent,
    min_events,
    percent,
    quasi_score,
    quasi_share,
    quasi_share_score,
    share_meets,
    share_trained,
    shown_percent,
)


@pytest.mark.parametrize(
    "part, whole, score",
    [
        (10, 10, "2"),
        (9, 10, "1.8"),
        (8, 10, "1.6"),
        (5, 10, "1"),
        (4, 10, "0.8"),
        (0, 10, "0"),
        (89, 100, "1.6"),
        (99, 100, "1.8"),
        (1, 3, "0.6"),
        (2, 3, "1.2"),
    ],
)
def test_quasi_score_each_full_ten_percent_is_a_fifth_of_a_point(part, whole, score):
    assert quasi_score(part, whole) == Decimal(score)


def test_quasi_score_uses_the_exact_share_not_the_rounded_percent():
    # 8 996 of 10 000 is 90.0 % once rounded, but not a full 90 %.
    assert percent(8996, 10000) == Decimal("90.0")
    assert quasi_score(8996, 10000) == Decimal("1.6")


def test_quasi_text_is_russian():
    result = quasi_share_score(4, 5)
    assert result.text == "4 из 5 организаций (80\u00a0%) — 1,6 балла из 2"
    assert result.met is False and result.score == Decimal("1.6")
    assert quasi_share_score(5, 5).text.endswith("(100\u00a0%) — 2 балла из 2")
    assert quasi_share_score(5, 5).met is True
    assert quasi_share_score(1, 1).text == "1 из 1 организации (100\u00a0%) — 2 балла из 2"
    assert quasi_share_score(1, 2).text.endswith("1 балл из 2")
    assert quasi_share_score(0, 3).text.endswith("0 баллов из 2")
    empty = quasi_share_score(0, 0)
    assert empty.met is None and empty.value is None and empty.text == NO_SUPERVISED_TEXT
    assert empty.text.startswith("Список курируемых организаций не заполнен")


def test_3_1_2_is_a_share_without_points():
    result = quasi_share(3, 5)
    assert result.kind is KpiKind.QUASI_SHARE and result.score is None
    assert result.text == "3 из 5 организаций (60\u00a0%)" and result.met is False
    assert quasi_share(5, 5).met is True
    assert quasi_share(0, 0).text == NO_SUPERVISED_TEXT and quasi_share(0, 0).met is None


@pytest.mark.parametrize(
    "part, whole, expected",
    [
        (1, 3, "33.3"),
        (2, 3, "66.7"),
        (1, 8, "12.5"),
        (1, 16, "6.3"),
        (1, 200, "0.5"),
        (0, 7, "0.0"),
        (7, 7, "100.0"),
    ],
)
def test_percent_rounds_half_up_to_one_decimal(part, whole, expected):
    assert percent(part, whole) == Decimal(expected)


def test_4_95_percent_is_not_at_least_5_percent():
    # 99 of 2 000 is 4.95 %: one decimal rounds it to 5,0 %, but «не менее 5%» is not met.
    assert percent(99, 2000) == Decimal("5.0")
    assert not share_meets(99, 2000, 5) and share_meets(100, 2000, 5)
    result = share_trained(99, 2000)
    assert result.met is False and result.value == Decimal("4.95")
    assert "(4,95\u00a0%)" in result.text
    # 4 999 of 100 000 is 4.999 %: shown cut, never rounded up to the target.
    assert shown_percent(4999, 100000, 5) == Decimal("4.99")
    assert share_trained(4999, 100000).met is False
    # A target written as a decimal is compared as written, not as a binary float.
    assert share_meets(99, 2000, 4.95) and not share_meets(98, 2000, 4.95)
    # Met shares and clearly short ones keep one decimal.
    assert share_trained(13, 240).value == Decimal("5.4") and share_trained(9, 200).value == Decimal("4.5")


def test_share_trained_against_five_percent():
    assert share_trained(10, 200).met is True  # exactly 5 %
    assert share_trained(9, 200).met is False  # 4.5 %
    result = share_trained(13, 240)
    assert result.value == Decimal("5.4") and result.met
    assert result.text == "Обучено 13 из 240 служащих (5,4\u00a0%); цель — не менее 5\u00a0%"
    assert format_percent(Decimal("5.0")) == "5\u00a0%"
    missing = share_trained(3, None)
    assert missing.met is None and "штатную численность" in missing.text
    assert share_trained(30, 20).met is None  # more trained than employed: a typo


def test_min_events_counts_only_the_year():
    rows = [{"event_date": date(2025, m, 10), "topic": "x"} for m in range(1, 13)]
    rows += [{"event_date": date(2024, 12, 20), "topic": "прошлый год"}, {"event_date": None, "topic": None}]
    assert events_in_year(rows, 2025) == 12
    assert min_events(12).met is True and min_events(11).met is False
    assert min_events(12).text == "За год проведено 12 мероприятий; цель — не менее 12"
    assert min_events(1).text.startswith("За год проведено 1 мероприятие")


def test_the_supervised_list_is_the_denominator_not_the_register(catalog):
    register = catalog.subtask("3.2.1").register
    supervised = [Entity("АО «Один»", "990240005124"), Entity("ТОО  «Два»"), Entity("ГКП «Три»")]
    rows = [
        {"company_name": "АО Один (переименовано)", "bin": "990240005124", "has_document": True},  # by BIN
        {"company_name": "тоо «два»", "has_document": True},  # by name
        {"company_name": "ТОО «Чужое»", "has_document": True},  # not listed
        {"company_name": "ТОО «Чужое»", "has_document": False},
    ]
    assert company_counts(register, rows, supervised) == (2, 3, 1)
    assert company_counts(register, rows, []) == (0, 0, 3)
    result = compute(catalog.subtask("3.2.1").kpi, register, rows, supervised=supervised)
    assert (result.part, result.whole, result.score) == (2, 3, Decimal("1.2"))
    assert "не учтено 1 организация из таблицы, которых нет в списке курируемых" in result.text
    # No list: said so, never divided by the register's companies.
    empty = compute(catalog.subtask("3.2.1").kpi, register, rows)
    assert empty.value is None and empty.met is None and empty.text == NO_SUPERVISED_TEXT


def test_compute_dispatches_on_the_catalog_kind(catalog):
    quasi = catalog.subtask("3.2.1")
    rows = [{"company_name": f"АО {i}", "has_document": i < 9} for i in range(10)] + [{"company_name": None}]
    supervised = [Entity(f"АО {i}") for i in range(10)]
    result = compute(quasi.kpi, quasi.register, rows, supervised=supervised)
    assert result.kind is KpiKind.QUASI_SHARE_SCORE and result.score == Decimal("1.8") and result.whole == 10
    section = catalog.subtask("3.1.2")
    result = compute(section.kpi, section.register, rows, supervised=supervised)
    assert result.kind is KpiKind.QUASI_SHARE and result.score is None and result.value == Decimal("90.0")
    # The point scale belongs to 3.2.1–3.2.6 only.
    scored = {s.code for s in catalog.subtasks() if s.kpi and s.kpi.kind is KpiKind.QUASI_SHARE_SCORE}
    assert scored == {f"3.2.{n}" for n in range(1, 7)}

    trained = catalog.subtask("4.2.1")
    result = compute(trained.kpi, trained.register, [{"full_name": "А"}] * 6, headcount=100)
    assert result.value == Decimal("6.0") and result.met

    events = catalog.subtask("4.2.2")
    result = compute(events.kpi, events.register, [{"event_date": date(2025, 1, 5)}], year=2025)
    assert result.part == 1 and result.met is False
