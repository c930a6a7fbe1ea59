"""Kazakhstan's working-day calendar (five-day week).

A day is a day off when it is a Saturday or Sunday, a public holiday, the
weekday a holiday on a weekend moved to, or a weekday the Government made a
day off; a weekend day the Government made a working day is a working day.

Sources, in order of precedence (the later wins):

1. the ``holidays`` package — the public holidays of Kazakhstan (Закон РК
   «О праздниках в Республике Казахстан»), taken *without* its "observed" days
   and *without* its transfers: we apply the moving rule ourselves (Трудовой
   кодекс РК, статья 85: a holiday on a day off moves to the next working day,
   except 7 January and the first day of Курбан айт, which never move), so the
   result does not depend on how a package release models it;
2. our per-year file ``resources/calendars/kz-<year>.yaml`` — the exact date
   of Курбан айт (the package only estimates future ones) and the Government's
   transfers (постановления о переносе выходных дней). A year with a file is
   "official" (``has_official_data``); a year without one is computed from the
   package alone: its Курбан айт date may be an estimate and its transfers are
   the package's, if any;
3. ``extra_entries`` — decrees the user entered in the app; they win over the
   shipped file.

Conventions (the deadline engine relies on them):

* ``add_workdays(d, n)``: n > 0 counts working days after ``d``, n < 0 before
  it; from a day off, +1 is the next working day and −1 the previous one.
  n == 0 returns ``d`` itself if it is a working day, otherwise the next
  working day (a deadline never rests on a day off).
* ``count_workdays(a, b)`` counts working days from ``a`` to ``b`` inclusive;
  when ``a`` is after ``b`` the range is empty and the result is 0.
* Supported years: ``YEAR_MIN``…``YEAR_MAX``; a date outside raises
  ``WorkCalendarError`` with a Russian message.

Pure Python (no Qt, no SQLAlchemy). The ``holidays`` package's answers for
2015–2045 come from a table made from it (core/holiday_table: its import
costs ~250 ms); the package itself and PyYAML are imported on first use,
then each year is cached.

This module holds the calendar's queries and arithmetic (WorkCalendar); the
vocabulary is in workdays_entries, the files in workdays_files, the building
of one year in workdays_holidays — their public names are re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from pathlib import Path

from tbn4_desktop.core.workdays_entries import DAY_OFF as DAY_OFF
from tbn4_desktop.core.workdays_entries import ENTRY_KINDS as ENTRY_KINDS
from tbn4_desktop.core.workdays_entries import HOLIDAY as HOLIDAY
from tbn4_desktop.core.workdays_entries import KIND_LABELS as KIND_LABELS
from tbn4_desktop.core.workdays_entries import MOVED_HOLIDAY as MOVED_HOLIDAY
from tbn4_desktop.core.workdays_entries import WORKING_DAY as WORKING_DAY
from tbn4_desktop.core.workdays_entries import YEAR_MAX as YEAR_MAX
from tbn4_desktop.core.workdays_entries import YEAR_MIN as YEAR_MIN
from tbn4_desktop.core.workdays_entries import CalendarEntry as CalendarEntry
from tbn4_desktop.core.workdays_entries import CalendarFile as CalendarFile
from tbn4_desktop.core.workdays_entries import EntryKind as EntryKind
from tbn4_desktop.core.workdays_entries import WorkCalendarError as WorkCalendarError
from tbn4_desktop.core.workdays_entries import kind_label as kind_label
from tbn4_desktop.core.workdays_files import MAX_FILE_BYTES as MAX_FILE_BYTES
from tbn4_desktop.core.workdays_files import calendar_file_from_data as calendar_file_from_data
from tbn4_desktop.core.workdays_files import default_calendar_dir as default_calendar_dir
from tbn4_desktop.core.workdays_files import read_calendar_file as read_calendar_file
from tbn4_desktop.core.workdays_holidays import YearDays, build_year
from tbn4_desktop.i18n import tr


class WorkCalendar:
    """Working days of Kazakhstan; see the module docstring for the rules."""

    def __init__(self, files: Iterable[CalendarFile] = (), extra_entries: Iterable[CalendarEntry] = ()) -> None:
        self._files: dict[int, CalendarFile] = {}
        for f in files:
            if f.year in self._files:
                raise WorkCalendarError(
                    tr("Календарь на {year} год задан дважды: {first} и {second}.").format(
                        year=f.year, first=self._files[f.year].source, second=f.source
                    )
                )
            self._files[f.year] = f
        self._extra: dict[date, CalendarEntry] = {}
        for e in extra_entries:
            if not isinstance(e, CalendarEntry):
                raise WorkCalendarError(tr("Запись календаря пользователя имеет неверный тип."))
            self._extra[e.date] = e  # the later entry for a date wins
        self._years: dict[int, YearDays] = {}

    # -- construction ------------------------------------------------------

    @classmethod
    def from_directory(cls, directory: Path | None = None, extra_entries: Iterable[CalendarEntry] = ()) -> WorkCalendar:
        directory = default_calendar_dir() if directory is None else directory
        files = [read_calendar_file(p) for p in sorted(directory.glob("kz-*.yaml"))]
        return cls(files, extra_entries)

    # -- queries -----------------------------------------------------------

    def has_official_data(self, year: int) -> bool:
        """True when a shipped calendar file covers ``year`` (exact Курбан айт
        date and the Government's transfers); otherwise the year comes from
        the package alone and may be wrong."""
        return year in self._files

    def official_years(self) -> list[int]:
        return sorted(self._files)

    def is_working_day(self, d: date) -> bool:
        y = self._year(d)
        if d.weekday() >= 5:
            return d in y.working
        return d not in y.off

    def reason(self, d: date) -> tuple[str, str] | None:
        """(kind, Russian reason) when ``d`` differs from the plain five-day
        week, else None."""
        y = self._year(d)
        if d.weekday() >= 5:
            return (WORKING_DAY, y.working[d]) if d in y.working else None
        return y.off.get(d)

    def special_days(self, year: int) -> list[tuple[date, str, str]]:
        """Every non-working weekday and every working weekend day of
        ``year``: (date, kind, Russian reason), by date."""
        self._check_year(year)
        y = self._year(date(year, 1, 1))
        rows = [(d, kind, why) for d, (kind, why) in y.off.items()]
        rows += [(d, WORKING_DAY, why) for d, why in y.working.items()]
        return sorted(rows)

    non_working_days = special_days

    def working_days_in_year(self, year: int) -> int:
        return self.count_workdays(date(year, 1, 1), date(year, 12, 31))

    def add_workdays(self, d: date, n: int) -> date:
        """``d`` plus ``n`` working days (see the module docstring)."""
        self._check_year(d.year)
        if n == 0:
            while not self.is_working_day(d):
                d = self._step(d, 1)
            return d
        step = 1 if n > 0 else -1
        left = abs(n)
        while left:
            d = self._step(d, step)
            if self.is_working_day(d):
                left -= 1
        return d

    def count_workdays(self, a: date, b: date) -> int:
        """Working days from ``a`` to ``b`` inclusive; 0 when ``a`` > ``b``."""
        if a > b:
            return 0
        self._check_year(a.year)
        self._check_year(b.year)
        total = 0
        for year in range(a.year, b.year + 1):
            first = max(a, date(year, 1, 1))
            last = min(b, date(year, 12, 31))
            days = (last - first).days + 1
            weeks, rest = divmod(days, 7)
            weekdays = weeks * 5 + sum(1 for i in range(rest) if (first.weekday() + i) % 7 < 5)
            y = self._year(first)
            weekdays -= sum(1 for x in y.off if first <= x <= last)
            weekdays += sum(1 for x in y.working if first <= x <= last)
            total += weekdays
        return total

    # -- internals ---------------------------------------------------------

    def _check_year(self, year: int) -> None:
        if not YEAR_MIN <= year <= YEAR_MAX:
            raise WorkCalendarError(
                tr("Календарь рабочих дней охватывает {first}–{last} годы, а не {year} год.").format(
                    first=YEAR_MIN, last=YEAR_MAX, year=year
                )
            )

    def _step(self, d: date, step: int) -> date:
        try:
            return d + timedelta(days=step)
        except OverflowError:
            raise WorkCalendarError(tr("Дата выходит за пределы календаря.")) from None

    def _year(self, d: date) -> YearDays:
        y = self._years.get(d.year)
        if y is None:
            self._check_year(d.year)
            y = self._years[d.year] = build_year(d.year, self._files.get(d.year), self._extra.values())
        return y


def load_calendar(extra_entries: Iterable[CalendarEntry] = (), directory: Path | None = None) -> WorkCalendar:
    """The calendar from the shipped files (or ``directory``) plus the user's
    entries, which win over the files."""
    return WorkCalendar.from_directory(directory, extra_entries)
