"""Russian wording of dates and amounts in official forms (UX.md, «Formats»).

The twelve genitive month names are spelt out here rather than taken from a
locale library: they are fixed, and Babel's locale data would add tens of
megabytes to the installer for them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from tbn4_desktop.core.register_values import format_money

MONTHS_GENITIVE = (
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
)


def official_date(when: date) -> str:
    """«15» марта 2025 года."""
    return f"«{when.day:02d}» {MONTHS_GENITIVE[when.month - 1]} {when.year} года"


def blank_date_line(year: int) -> str:
    """The date line of an approval block, filled in by hand: «___» ____________ 2025 год."""
    return f"«___» ________________ {year} год"


def money(amount: Decimal | int | None) -> str:
    """1 250 000 тнг. (non-breaking spaces, so an amount never breaks across lines); '' for None."""
    return "" if amount is None else format_money(amount)
