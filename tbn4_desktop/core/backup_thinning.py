"""Which backups to keep: the thinning rule (as Anki thins its backups).

Everything from today and yesterday is kept; older backups, newest first,
fill tiers of distinct periods: the newest backup of each of the next 12
days that have one, then of 10 weeks, then of 9 months. The tiers count
days *with a backup*, not calendar days, so an office closed for a month
still finds its last dozen working days. A «before-restore» or
«before-upgrade» backup younger than 30 days is kept whatever the tiers
say: it is the way back from a restore or an upgrade gone wrong.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass
from datetime import date, datetime

DAILY = 12
WEEKLY = 10
MONTHLY = 9
PROTECTED_REASONS = frozenset({"before-restore", "before-upgrade"})
PROTECTED_DAYS = 30


@dataclass(frozen=True)
class Candidate:
    key: Hashable
    created: datetime  # local time
    reason: str


def kept(
    backups: Iterable[Candidate], today: date, *, daily: int = DAILY, weekly: int = WEEKLY, monthly: int = MONTHLY
) -> set[Hashable]:
    """The keys of the backups to keep; the others may be removed."""
    keep: set[Hashable] = set()
    last_day: date | None = None
    last_week: tuple[int, int] | None = None
    last_month: tuple[int, int] | None = None
    for backup in sorted(backups, key=lambda b: b.created, reverse=True):
        day = backup.created.date()
        week = day.isocalendar()[:2]
        month = (day.year, day.month)
        age = (today - day).days
        if age <= 1 or (backup.reason in PROTECTED_REASONS and age < PROTECTED_DAYS):
            keep.add(backup.key)
            continue
        # One tier at a time: a later tier starts when the one before is used up.
        if daily:
            if day == last_day:
                continue
            daily -= 1
        elif weekly:
            if week == last_week:
                continue
            weekly -= 1
        elif monthly:
            if month == last_month:
                continue
            monthly -= 1
        else:
            break
        keep.add(backup.key)
        last_day, last_week, last_month = day, week, month
    return keep
