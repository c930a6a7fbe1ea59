"""A fast index of working days over a WorkCalendar: the working days of a
range of years as sorted ordinals, so adding and counting working days are
bisections; one index per calendar (workday_index), and workdays_left."""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from datetime import date

from tbn4_desktop.core.workdays import (
    YEAR_MAX,
    YEAR_MIN,
    WorkCalendar,
    WorkCalendarError,
)
from tbn4_desktop.i18n import tr


class WorkdayIndex:
    """The working days of a contiguous range of years as a sorted list of
    ordinals: adding and counting working days become two bisections instead
    of a loop over days. Built from ``WorkCalendar.is_working_day`` (so it
    follows every rule and decree of the calendar), a year at a time."""

    __slots__ = ("calendar", "first_year", "last_year", "ordinals")

    def __init__(self, calendar: WorkCalendar) -> None:
        self.calendar = calendar
        self.first_year = self.last_year = 0
        self.ordinals: list[int] = []

    def _year_ordinals(self, year: int) -> list[int]:
        start = date(year, 1, 1).toordinal()
        end = date(year, 12, 31).toordinal()
        is_working = self.calendar.is_working_day
        from_ord = date.fromordinal
        return [o for o in range(start, end + 1) if is_working(from_ord(o))]

    def cover(self, first: int, last: int) -> None:
        """Make sure the years ``first``…``last`` (clamped to the calendar's
        range) are indexed."""
        first, last = max(first, YEAR_MIN), min(last, YEAR_MAX)
        if first > last:
            return
        if not self.ordinals:
            self.ordinals = [o for y in range(first, last + 1) for o in self._year_ordinals(y)]
            self.first_year, self.last_year = first, last
            return
        if first < self.first_year:
            head = [o for y in range(first, self.first_year) for o in self._year_ordinals(y)]
            self.ordinals[:0] = head
            self.first_year = first
        if last > self.last_year:
            for y in range(self.last_year + 1, last + 1):
                self.ordinals.extend(self._year_ordinals(y))
            self.last_year = last

    def _check(self, d: date) -> None:
        if not YEAR_MIN <= d.year <= YEAR_MAX:
            raise WorkCalendarError(
                tr("Календарь рабочих дней охватывает {first}–{last} годы, а не {year} год.").format(
                    first=YEAR_MIN, last=YEAR_MAX, year=d.year
                )
            )
        if not self.first_year <= d.year <= self.last_year:
            self.cover(d.year - 1, d.year + 1)

    def add(self, d: date, n: int) -> date:
        """Same result as ``WorkCalendar.add_workdays``."""
        self._check(d)
        o = d.toordinal()
        ords = self.ordinals
        if n > 0:
            i = bisect_right(ords, o) + n - 1
        else:
            i = bisect_left(ords, o) + n
        if 0 <= i < len(ords):
            return date.fromordinal(ords[i])
        before = (self.first_year, self.last_year)  # beyond the indexed years: widen, retry
        if i < 0:
            self.cover(self.first_year - 1, self.last_year)
        else:
            self.cover(self.first_year, self.last_year + 1)
        if (self.first_year, self.last_year) == before:
            return self.calendar.add_workdays(d, n)  # at the calendar's edge: raises
        return self.add(d, n)

    def left_after(self, today: date, due: date) -> int:
        """Working days after ``today`` up to and including ``due``."""
        self._check(today)
        self._check(due)
        ords = self.ordinals
        return max(0, bisect_right(ords, due.toordinal()) - bisect_right(ords, today.toordinal()))

    def is_working(self, d: date) -> bool:
        self._check(d)
        o = d.toordinal()
        i = bisect_left(self.ordinals, o)
        return i < len(self.ordinals) and self.ordinals[i] == o


_INDEXES: weakref.WeakKeyDictionary[WorkCalendar, WorkdayIndex] = weakref.WeakKeyDictionary()


def workday_index(calendar: WorkCalendar) -> WorkdayIndex:
    idx = _INDEXES.get(calendar)
    if idx is None:
        idx = _INDEXES[calendar] = WorkdayIndex(calendar)
    return idx


def workdays_left(calendar: WorkCalendar, as_of: date, due: date) -> int:
    """Working days left after ``as_of`` up to and including ``due`` (0 when
    ``due`` is today or past). Due tomorrow (a working day) → 1; due on
    Monday seen on Friday → 1. Raises WorkCalendarError outside the calendar."""
    return workday_index(calendar).left_after(as_of, due)
