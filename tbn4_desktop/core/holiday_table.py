"""Kazakhstan's public holidays as the `holidays` package gives them, read
from a table made from that package (resources/calendars/kz-holidays-package.json).

Importing the package to ask for one country costs about 250 ms and opens
some 300 files: `holidays.countries` imports every country it knows, and
`holidays.version` imports importlib.metadata. Every start of the window
and every deadline command paid it. The table holds the package's answer
for the years the program works with (TABLE_YEARS), written by
`scripts/holidays_table.py` and compared year by year with the installed
package by tests/core/test_holiday_table.py, so it cannot drift from the
pinned release; any other year, or a missing or damaged table, asks the
package itself (the same answer, only slower).
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

TABLE_FILE = "kz-holidays-package.json"
TABLE_YEARS = range(2015, 2046)

_table: dict[str, Any] | None = None


def table_path() -> Path:
    from tbn4_desktop.paths import resource_dir

    return resource_dir() / "calendars" / TABLE_FILE


def holidays_from_package(year: int) -> dict[date, str]:
    """The package's holidays of one year, without its observed days, in
    Kazakh (the names the moving rules recognise)."""
    from holidays.countries.kazakhstan import Kazakhstan

    return dict(Kazakhstan(years=year, observed=False, islamic_show_estimated=False, language="kk").items())


def package_holidays(year: int) -> dict[date, str]:
    """`holidays_from_package(year)`, from the table when it has the year."""
    days = _read_table().get(str(year))
    if not isinstance(days, dict):
        return holidays_from_package(year)
    try:
        return {date.fromisoformat(day): str(name) for day, name in days.items()}
    except (TypeError, ValueError):
        return holidays_from_package(year)


def build_table() -> dict[str, Any]:
    """The table's content, asked of the installed package."""
    from importlib.metadata import version

    return {
        "source": "holidays",
        "version": version("holidays"),
        "years": {
            str(year): {day.isoformat(): name for day, name in sorted(holidays_from_package(year).items())}
            for year in TABLE_YEARS
        },
    }


def _read_table() -> dict[str, Any]:
    global _table
    if _table is None:
        try:
            content = json.loads(table_path().read_text(encoding="utf-8"))
            years = content.get("years") if isinstance(content, dict) else None
            _table = years if isinstance(years, dict) else {}
        except (OSError, ValueError):
            _table = {}  # the package answers instead
    return _table
