"""The working-day calendar of Kazakhstan (tbn4_desktop.core.workdays)."""

from __future__ import annotations

import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tbn4_desktop.core.workdays import (
    DAY_OFF,
    HOLIDAY,
    MOVED_HOLIDAY,
    WORKING_DAY,
    CalendarEntry,
    WorkCalendar,
    WorkCalendarError,
    calendar_file_from_data,
    load_calendar,
    read_calendar_file,
)

SHIPPED = Path(__file__).resolve().parents[2] / "resources" / "calendars"


@pytest.fixture(scope="module")
def cal() -> WorkCalendar:
    return load_calendar()


def d(text: str) -> date:
    return date.fromisoformat(text)


# ---------------------------------------------------------------- figures --


@pytest.mark.parametrize(("year", "expected"), [(2024, 249), (2025, 246), (2026, 247)])
def test_working_days_per_year(cal: WorkCalendar, year: int, expected: int) -> None:
    assert cal.count_workdays(date(year, 1, 1), date(year, 12, 31)) == expected
    assert cal.working_days_in_year(year) == expected


def test_shipped_years_are_official(cal: WorkCalendar) -> None:
    assert cal.official_years() == [2024, 2025, 2026]
    assert all(cal.has_official_data(y) for y in (2024, 2025, 2026))
    assert not cal.has_official_data(2030)


# ------------------------------------------------------------ fixed dates --

DAYS_OFF = {
    2024: [
        "2024-01-01",
        "2024-01-02",
        "2024-03-08",
        "2024-03-21",
        "2024-03-22",
        "2024-03-25",
        "2024-05-01",
        "2024-05-07",
        "2024-05-08",
        "2024-05-09",
        "2024-07-08",
        "2024-08-30",
        "2024-10-25",
        "2024-12-16",
    ],
    2025: [
        "2025-01-01",
        "2025-01-02",
        "2025-01-03",
        "2025-01-07",
        "2025-03-10",
        "2025-03-21",
        "2025-03-24",
        "2025-03-25",
        "2025-05-01",
        "2025-05-07",
        "2025-05-09",
        "2025-06-06",
        "2025-07-07",
        "2025-09-01",
        "2025-10-27",
        "2025-12-16",
    ],
    2026: [
        "2026-01-01",
        "2026-01-02",
        "2026-01-07",
        "2026-03-09",
        "2026-03-23",
        "2026-03-24",
        "2026-03-25",
        "2026-05-01",
        "2026-05-07",
        "2026-05-11",
        "2026-05-27",
        "2026-07-06",
        "2026-10-26",
        "2026-12-16",
    ],
}
WORKING_WEEKENDS = {2024: ["2024-05-04"], 2025: ["2025-01-05"], 2026: []}


@pytest.mark.parametrize("year", sorted(DAYS_OFF))
def test_special_days_match_the_official_calendar(cal: WorkCalendar, year: int) -> None:
    rows = cal.special_days(year)
    off = sorted(x.isoformat() for x, kind, _ in rows if kind != WORKING_DAY)
    worked = sorted(x.isoformat() for x, kind, _ in rows if kind == WORKING_DAY)
    assert off == DAYS_OFF[year]
    assert worked == WORKING_WEEKENDS[year]
    for x, _kind, reason in rows:
        assert reason and reason[0].isupper(), (x, reason)
        assert not any("a" <= ch.lower() <= "z" for ch in reason.replace("holidays", "")), reason
    for x in DAYS_OFF[year]:
        assert not cal.is_working_day(d(x))
    for x in WORKING_WEEKENDS[year]:
        assert cal.is_working_day(d(x))


@pytest.mark.parametrize(
    ("day", "working"),
    [
        ("2025-01-05", True),  # Sunday made a working day
        ("2025-01-03", False),  # Friday made a day off in exchange
        ("2025-01-06", True),
        ("2025-01-04", False),
        ("2025-03-08", False),
        ("2025-03-10", False),
        ("2025-03-11", True),
        ("2024-05-04", True),
        ("2024-05-08", False),
        ("2024-05-10", True),
        ("2025-08-30", False),
        ("2025-09-01", False),
        ("2025-09-02", True),
        ("2026-08-31", True),  # 2026: no Constitution Day on 30 August
        ("2026-01-05", True),
        ("2026-01-06", True),  # no transfer in January 2026
        ("2025-12-31", True),
    ],
)
def test_spot_checks(cal: WorkCalendar, day: str, working: bool) -> None:
    assert cal.is_working_day(d(day)) is working


def test_reasons_are_russian_holiday_names(cal: WorkCalendar) -> None:
    assert cal.reason(d("2025-03-21")) == (HOLIDAY, "Наурыз мейрамы")
    assert cal.reason(d("2025-05-09")) == (HOLIDAY, "День Победы")
    assert cal.reason(d("2025-12-16")) == (HOLIDAY, "День Независимости")
    kind, why = cal.reason(d("2025-07-07"))
    assert kind == MOVED_HOLIDAY and "06.07.2025" in why and "День Столицы" in why
    assert cal.reason(d("2025-01-03"))[0] == DAY_OFF
    assert "№ 436" in "".join(e.basis for e in read_calendar_file(SHIPPED / "kz-2025.yaml").entries)
    assert cal.reason(d("2025-01-08")) is None


def test_christmas_and_kurban_ait_never_move(cal: WorkCalendar) -> None:
    # 7 January 2024 and Курбан айт 16 June 2024 were Sundays: no day off on Monday.
    assert cal.is_working_day(d("2024-01-08"))
    assert cal.is_working_day(d("2024-06-17"))
    # The package's own rule would be irrelevant: the file's date wins.
    assert cal.reason(d("2026-05-27"))[1].startswith("Курбан айт")


def test_no_move_rule_in_a_year_without_file() -> None:
    cal = WorkCalendar()
    # 2034: 7 January is a Saturday; the next Monday stays a working day.
    assert date(2034, 1, 7).weekday() == 5
    assert cal.is_working_day(d("2034-01-09"))
    # 2028: 1–2 January Sat–Sun → Mon 3 and Tue 4 January are days off.
    assert not cal.is_working_day(d("2028-01-03"))
    assert not cal.is_working_day(d("2028-01-04"))
    assert not cal.has_official_data(2028)
    kurban = [r for y in range(2027, 2036) for _, _, r in cal.special_days(y) if "Курбан" in r]
    assert kurban and all("дата ориентировочная" in r for r in kurban)


def test_kurban_ait_correction_replaces_package_estimate(tmp_path: Path) -> None:
    (tmp_path / "kz-2027.yaml").write_text(
        "year: 2027\nkurban_ait:\n  date: 2027-05-17\n  basis: проверка\nentries: []\n", encoding="utf-8"
    )
    cal = load_calendar(directory=tmp_path)
    assert cal.has_official_data(2027)
    assert not cal.is_working_day(d("2027-05-17"))
    kurban = [x for x, _, r in cal.special_days(2027) if r.startswith("Курбан")]
    assert kurban == [d("2027-05-17")]


# ------------------------------------------------------ add / count rules --


def test_add_and_count_conventions(cal: WorkCalendar) -> None:
    assert cal.add_workdays(d("2025-01-03"), 1) == d("2025-01-05")
    assert cal.add_workdays(d("2025-01-04"), 1) == d("2025-01-05")  # from a day off
    assert cal.add_workdays(d("2025-01-04"), -1) == d("2024-12-31")
    assert cal.add_workdays(d("2025-01-04"), 0) == d("2025-01-05")  # n == 0 → next working day
    assert cal.add_workdays(d("2025-01-06"), 0) == d("2025-01-06")
    assert cal.add_workdays(d("2025-03-20"), 1) == d("2025-03-26")
    assert cal.count_workdays(d("2025-01-10"), d("2025-01-01")) == 0
    assert cal.count_workdays(d("2025-01-05"), d("2025-01-05")) == 1
    assert cal.count_workdays(d("2024-12-30"), d("2025-01-06")) == 4  # 30, 31 Dec, 5, 6 Jan


def test_dates_outside_the_supported_years_are_refused(cal: WorkCalendar) -> None:
    with pytest.raises(WorkCalendarError, match="2000–2100"):
        cal.is_working_day(date(1999, 12, 31))
    with pytest.raises(WorkCalendarError):
        cal.add_workdays(date(2100, 12, 30), 10)


working_range = st.dates(min_value=date(2023, 1, 1), max_value=date(2028, 12, 31))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=working_range, n=st.integers(min_value=-400, max_value=400))
def test_add_then_subtract_returns(cal: WorkCalendar, start: date, n: int) -> None:
    start = cal.add_workdays(start, 0)  # a working day
    there = cal.add_workdays(start, n)
    assert cal.is_working_day(there)
    assert cal.add_workdays(there, -n) == start


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=working_range, n=st.integers(min_value=1, max_value=400))
def test_count_agrees_with_add(cal: WorkCalendar, start: date, n: int) -> None:
    end = cal.add_workdays(start, n)
    inner = cal.count_workdays(start + timedelta(days=1), end)
    assert inner == n
    assert cal.count_workdays(start, end) == n + (1 if cal.is_working_day(start) else 0)
    back = cal.add_workdays(start, -n)
    assert cal.count_workdays(back, start - timedelta(days=1)) == n


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=working_range, n=st.integers(min_value=-400, max_value=400))
def test_add_never_lands_on_a_day_off(cal: WorkCalendar, start: date, n: int) -> None:
    assert cal.is_working_day(cal.add_workdays(start, n))


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(a=working_range, b=working_range)
def test_count_matches_day_by_day(cal: WorkCalendar, a: date, b: date) -> None:
    a, b = min(a, b), min(max(a, b), a + timedelta(days=500))
    slow = sum(cal.is_working_day(a + timedelta(days=i)) for i in range((b - a).days + 1))
    assert cal.count_workdays(a, b) == slow


# ------------------------------------------------------ user's entries --


def test_extra_entries_win_over_the_file() -> None:
    cal = load_calendar(
        extra_entries=[
            CalendarEntry(d("2025-01-05"), "day_off", "Отмена переноса", "Решение пользователя"),
            CalendarEntry(d("2025-01-08"), "day_off", "Дополнительный выходной", "Постановление № 1"),
            CalendarEntry(d("2025-01-11"), "working_day", "Рабочая суббота", "Постановление № 1"),
            CalendarEntry(d("2025-03-21"), "working_day", "Рабочий праздник", "Проверка"),
        ]
    )
    assert not cal.is_working_day(d("2025-01-05"))
    assert cal.reason(d("2025-01-08")) == (DAY_OFF, "Дополнительный выходной")
    assert cal.reason(d("2025-01-11")) == (WORKING_DAY, "Рабочая суббота")
    assert cal.is_working_day(d("2025-03-21"))
    assert cal.working_days_in_year(2025) == 246 - 1 - 1 + 1 + 1
    assert cal.add_workdays(d("2025-01-03"), 1) == d("2025-01-06")


def test_extra_entry_kind_is_checked() -> None:
    with pytest.raises(WorkCalendarError, match="неизвестен"):
        CalendarEntry(d("2025-01-05"), "holiday", "x", "y")  # type: ignore[arg-type]


# ------------------------------------------------------ calendar files --


def test_shipped_files_are_valid_and_readable() -> None:
    for path in sorted(SHIPPED.glob("kz-*.yaml")):
        f = read_calendar_file(path)
        assert path.name == f"kz-{f.year}.yaml"
        assert f.kurban_ait is not None
        assert all(e.basis and e.note for e in f.entries)
        assert "Постановление" in path.read_text(encoding="utf-8") or f.year == 2026


GOOD = {
    "year": 2025,
    "entries": [{"date": date(2025, 1, 5), "kind": "working_day", "note": "Рабочий день", "basis": "Постановление"}],
}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ([], "Файл календаря kz-2025.yaml: ожидается набор полей"),
        ({"entries": []}, "kz-2025.yaml: year — обязательное поле отсутствует"),
        ({"year": 2024, "entries": []}, "year — год 2024 не совпадает с годом в имени файла"),
        ({"year": "2025", "entries": []}, "year — ожидается год"),
        ({**GOOD, "extra": 1}, "extra — неизвестное поле «extra»"),
        ({"year": 2025, "entries": {}}, "entries — ожидается список записей"),
        (
            {"year": 2025, "entries": [{**GOOD["entries"][0], "date": "2025-02-30"}]},
            "entries[0].date — ожидается дата ГГГГ-ММ-ДД, получено «2025-02-30»",
        ),
        (
            {"year": 2025, "entries": [{**GOOD["entries"][0], "date": date(2024, 1, 5)}]},
            "entries[0].date — дата 05.01.2024 не относится к 2025 году",
        ),
        ({"year": 2025, "entries": [{**GOOD["entries"][0], "kind": "holiday"}]}, "entries[0].kind — ожидается day_off"),
        ({"year": 2025, "entries": [{**GOOD["entries"][0], "note": ""}]}, "entries[0].note — ожидается непустой текст"),
        (
            {"year": 2025, "entries": [{k: v for k, v in GOOD["entries"][0].items() if k != "basis"}]},
            "entries[0].basis — обязательное поле отсутствует",
        ),
        (
            {"year": 2025, "entries": [GOOD["entries"][0], GOOD["entries"][0]]},
            "entries[1].date — дата 05.01.2025 уже указана в entries[0]",
        ),
        ({**GOOD, "kurban_ait": {"date": date(2025, 6, 6)}}, "kurban_ait.basis — обязательное поле"),
    ],
)
def test_malformed_data_is_refused_with_file_and_field(data: object, message: str) -> None:
    with pytest.raises(WorkCalendarError) as err:
        calendar_file_from_data(data, "kz-2025.yaml")
    assert message in str(err.value)


def test_malformed_files(tmp_path: Path) -> None:
    bad_yaml = tmp_path / "kz-2025.yaml"
    bad_yaml.write_text("year: 2025\nentries: [\n", encoding="utf-8")
    with pytest.raises(WorkCalendarError, match=r"kz-2025\.yaml: ошибка синтаксиса YAML \(строка"):
        load_calendar(directory=tmp_path)
    bad_yaml.write_bytes("year: 2025\nentries: []\n# \xe9\n".encode("cp1251", errors="ignore") + b"\xff")
    with pytest.raises(WorkCalendarError, match="UTF-8"):
        read_calendar_file(bad_yaml)
    bad_yaml.write_text(
        "year: 2025\nentries:\n  - date: 2025-01-05\n    kind: free\n    note: x\n    basis: y\n", encoding="utf-8"
    )
    with pytest.raises(WorkCalendarError, match=r"kz-2025\.yaml: entries\[0\]\.kind"):
        load_calendar(directory=tmp_path)


# ------------------------------------------------------------ speed --


def test_construction_is_fast() -> None:
    t = time.perf_counter()
    cal = load_calendar()
    cal.is_working_day(date(2025, 6, 1))
    assert time.perf_counter() - t < 2.0
