"""The table of the `holidays` package's answers (core/holiday_table.py)
is the package's answer, year by year, and stands in for the package's
250 ms import."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from importlib.metadata import version

import pytest

from tbn4_desktop.core import holiday_table


@pytest.fixture
def fresh_table(monkeypatch):
    monkeypatch.setattr(holiday_table, "_table", None)
    yield
    holiday_table._table = None


def test_the_shipped_table_is_the_installed_package_answer() -> None:
    shipped = json.loads(holiday_table.table_path().read_text(encoding="utf-8"))
    assert shipped["version"] == version("holidays"), "run scripts/holidays_table.py after changing the pin"
    assert shipped == holiday_table.build_table()


def test_a_year_of_the_table_gives_what_the_package_gives(fresh_table) -> None:
    days = holiday_table.package_holidays(2026)
    assert days == holiday_table.holidays_from_package(2026)
    assert days[date(2026, 3, 22)] == "Наурыз мейрамы"
    assert len(days) >= 13


def test_a_year_outside_the_table_asks_the_package(fresh_table) -> None:
    assert 2090 not in holiday_table.TABLE_YEARS
    assert holiday_table.package_holidays(2090) == holiday_table.holidays_from_package(2090)


@pytest.mark.parametrize("content", ["{not json", '{"years": []}', '{"years": {"2026": {"2026-13-01": "x"}}}', ""])
def test_a_damaged_table_leaves_the_package_to_answer(fresh_table, monkeypatch, tmp_path, content) -> None:
    damaged = tmp_path / "table.json"
    damaged.write_text(content, encoding="utf-8")
    monkeypatch.setattr(holiday_table, "table_path", lambda: damaged)
    assert holiday_table.package_holidays(2026) == holiday_table.holidays_from_package(2026)


def test_reading_the_table_does_not_import_the_package() -> None:
    probe = (
        "import sys; from tbn4_desktop.core.holiday_table import package_holidays; "
        "package_holidays(2026); print(any(m == 'holidays' or m.startswith('holidays.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_working_days_of_a_table_year_do_not_import_the_package() -> None:
    """The deadlines of a start (and every deadline command) count working
    days without the package's 250 ms import."""
    probe = (
        "import sys, datetime; from tbn4_desktop.core.workdays import load_calendar; "
        "c = load_calendar(); print(c.add_workdays(datetime.date(2026, 3, 20), 1), "
        "any(m == 'holidays' or m.startswith('holidays.') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["2026-03-26", "False"]  # Наурыз 21–23 March, moved from the weekend to 24–25
