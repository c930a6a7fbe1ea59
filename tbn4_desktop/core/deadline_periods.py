"""Calendar arithmetic of the deadline rules: a reporting period's first and
last day, months added to a date, and the ends of the monitoring quarters."""

from __future__ import annotations

from calendar import monthrange
from datetime import date

from tbn4_desktop.core.deadline_types import MONITORING_QUARTERS


def period_bounds(year: int, period: str) -> tuple[date, date]:
    """First and last day of a reporting period ('' is the whole year)."""
    if period.startswith("Q"):
        q = int(period[1:])
        if not 1 <= q <= 4:
            raise ValueError(period)
        first = date(year, 3 * q - 2, 1)
        last_month = 3 * q
    elif period.startswith("M"):
        m = int(period[1:])
        first = date(year, m, 1)
        last_month = m
    elif period == "":
        first, last_month = date(year, 1, 1), 12
    else:
        raise ValueError(period)
    last = date(year, last_month, monthrange(year, last_month)[1])
    return first, last


def month_after(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _one_year_later(d: date) -> date:
    try:
        return d.replace(year=d.year + 1)
    except ValueError:  # 29 February
        return date(d.year + 1, 2, 28)


def add_months(d: date, months: int) -> date:
    y, m = month_after(d.year, d.month, months)
    return date(y, m, min(d.day, monthrange(y, m)[1]))


def monitoring_quarter_ends(signed: date) -> list[date]:
    """The ends of the four monitoring quarters counted from the signing of
    the analytic report («ежеквартально со дня подписания аналитической
    справки», taken literally)."""
    return [add_months(signed, 3 * k) for k in range(1, MONITORING_QUARTERS + 1)]
