"""The working-day calendar's vocabulary: the supported years, the kinds of
special days and their labels, one transfer (CalendarEntry), one parsed
calendar file (CalendarFile) and the calendar's error."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Literal

from tbn4_desktop.i18n import N_, language, tr

YEAR_MIN, YEAR_MAX = 2000, 2100

EntryKind = Literal["day_off", "working_day"]
ENTRY_KINDS: tuple[str, ...] = ("day_off", "working_day")

# Kinds of special days (``special_days``) and their labels (shown as ``kind_label(kind)``).
HOLIDAY = "holiday"  # a public holiday on a weekday
MOVED_HOLIDAY = "moved_holiday"  # the weekday a holiday on a weekend moved to
DAY_OFF = "day_off"  # a weekday made a day off (transfer, decree)
WORKING_DAY = "working_day"  # a weekend day made a working day
KIND_LABELS: dict[str, str] = {
    HOLIDAY: N_("праздник"),
    MOVED_HOLIDAY: N_("перенос праздника"),
    DAY_OFF: N_("выходной"),
    WORKING_DAY: N_("рабочий день"),
}


def kind_label(kind: str) -> str:
    """The label of a special day's kind in the interface's language (an
    unknown kind is shown as is)."""
    return tr(KIND_LABELS.get(kind, kind))


class WorkCalendarError(ValueError):
    """A calendar file, a user entry or a date the calendar refuses; the
    message is one Russian sentence for the user."""


@dataclass(frozen=True)
class CalendarEntry:
    """One transfer or correction: ``day_off`` makes a weekday a day off,
    ``working_day`` makes a weekend day (or a holiday) a working day."""

    date: date
    kind: EntryKind
    note: str
    basis: str = ""
    note_kk: str = ""  # the note in Kazakh, shown in the Kazakh interface when given

    @property
    def shown_note(self) -> str:
        return self.note_kk if self.note_kk and language() == "kk" else self.note

    def __post_init__(self) -> None:
        if self.kind not in ENTRY_KINDS:
            raise WorkCalendarError(
                tr("Вид записи календаря «{kind}» неизвестен: допустимы day_off, working_day.").format(kind=self.kind)
            )
        if not isinstance(self.date, date) or isinstance(self.date, datetime):
            raise WorkCalendarError(tr("Дата записи календаря должна быть датой без времени."))


@dataclass(frozen=True)
class CalendarFile:
    """The parsed contents of one ``kz-<year>.yaml``."""

    year: int
    kurban_ait: date | None
    kurban_ait_basis: str
    entries: tuple[CalendarEntry, ...]
    source: str


def format_day(d: date) -> str:
    """dd.mm.yyyy, as the calendar's messages and reasons show a date."""
    return d.strftime("%d.%m.%Y")
