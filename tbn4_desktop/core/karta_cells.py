"""The values of a Карта's cells read strictly: the year cell, a date cell
(a date, Excel's day number or «ДД.ММ.ГГГГ» text; errors and formulas are
refused with a translated sentence), blanks, and a cell quoted in a message."""

from __future__ import annotations

import re
from datetime import date, datetime

from tbn4_desktop.core.karta_layout import YEAR_CELL, KartaError
from tbn4_desktop.i18n import tr

_TEXT_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:г\.?)?\s*$")  # i18n: ru-only — parses «05.03.2025 г.»
_EXCEL_ERRORS = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))

#: A date cell's problem: a translated sentence with {row} and {column}, and its other values.
DueProblem = tuple[str, dict[str, object]]


def ws_epoch(ws: object) -> datetime:
    """The workbook's date system (1900 or 1904)."""
    from openpyxl.utils.datetime import CALENDAR_WINDOWS_1900

    parent = getattr(ws, "parent", None)
    epoch: datetime = getattr(parent, "epoch", CALENDAR_WINDOWS_1900)
    return epoch


def check_year(value: object, year: int) -> None:
    """The year cell must hold `year`; anything else → KartaError."""
    found: int | None = None
    if isinstance(value, bool):
        found = None
    elif isinstance(value, int):
        found = value
    elif isinstance(value, float) and value.is_integer():
        found = int(value)
    elif isinstance(value, str) and value.strip().isdigit():
        found = int(value.strip())
    if found is None:
        raise KartaError(
            tr(
                "В ячейке {cell} должен быть год Карты (например {year}), а там «{value}». "
                "Заполните шаблон, выгруженный программой."
            ).format(cell=YEAR_CELL, year=year, value=cell_text(value))
        )
    if found != year:
        raise KartaError(
            tr(
                "Это Карта на {found} год (ячейка {cell}), а импортируются сроки {year} года. "
                "Выберите Карту этого года."
            ).format(found=found, cell=YEAR_CELL, year=year)
        )


def blank(value: object) -> bool:
    """An empty cell or one of spaces only."""
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: object) -> str:
    """A cell's value as quoted in a message: one line, at most 60 characters."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = " ".join(str(value).split())
    return text if len(text) <= 60 else text[:57] + "…"


def _not_a_date(value: object) -> DueProblem:
    return (
        tr("строка {row}, столбец «{column}»: «{value}» — не дата; введите дату в формате ДД.ММ.ГГГГ."),
        {"value": cell_text(value)},
    )


def _not_a_date_number(value: object) -> DueProblem:
    return (
        tr("строка {row}, столбец «{column}»: число {value} не является датой; введите дату в формате ДД.ММ.ГГГГ."),
        {"value": cell_text(value)},
    )


def parse_due(value: object, epoch: datetime) -> tuple[date | None, DueProblem | None]:
    """(date, None), (None, None) for a blank cell, or (None, problem): a
    translated sentence with {row} and {column} and its other values."""
    from openpyxl.utils.datetime import from_excel

    if blank(value):
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, bool):
        return None, _not_a_date(value)
    if isinstance(value, (int, float)):
        # A date typed into a cell whose format is not a date format arrives
        # as Excel's day number; only a plausible one (1900..9999) is a date.
        if not (1 <= value <= 2958465) or value != value:
            return None, _not_a_date_number(value)
        try:
            converted = from_excel(value, epoch)
        except (ValueError, OverflowError):
            return None, _not_a_date_number(value)
        return (converted.date() if isinstance(converted, datetime) else converted), None
    if isinstance(value, str):
        text = value.strip()
        if text in _EXCEL_ERRORS:
            return None, (
                tr(
                    "строка {row}, столбец «{column}»: в ячейке ошибка {error} (или число, которое не "
                    "является датой); введите дату в формате ДД.ММ.ГГГГ."
                ),
                {"error": text},
            )
        if text.startswith("="):
            return None, (
                tr("строка {row}, столбец «{column}»: формулы не допускаются: введите саму дату в формате ДД.ММ.ГГГГ."),
                {},
            )
        match = _TEXT_DATE.match(text)
        if not match:
            return None, _not_a_date(text)
        day, month, yr = (int(g) for g in match.groups())
        try:
            return date(yr, month, day), None
        except ValueError:
            return None, (
                tr("строка {row}, столбец «{column}»: «{value}» — такой даты нет."),
                {"value": cell_text(text)},
            )
    return None, _not_a_date(value)
