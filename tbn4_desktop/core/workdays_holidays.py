"""One year of the working-day calendar built from its sources: the
``holidays`` package's public holidays (named in Russian, moved off weekends
by Трудовой кодекс РК, статья 85), then the shipped file's Курбан айт date and
transfers (or the package's own transfers), then the user's decrees."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from tbn4_desktop.core.holiday_table import package_holidays
from tbn4_desktop.core.workdays_entries import (
    DAY_OFF,
    HOLIDAY,
    MOVED_HOLIDAY,
    CalendarEntry,
    CalendarFile,
    format_day,
)
from tbn4_desktop.i18n import N_, tr

# The reason of a package transfer, by the weekday the day off came from.
_MOVED_FROM = (
    N_("Выходной день перенесён с понедельника, {date}"),
    N_("Выходной день перенесён с вторника, {date}"),
    N_("Выходной день перенесён со среды, {date}"),
    N_("Выходной день перенесён с четверга, {date}"),
    N_("Выходной день перенесён с пятницы, {date}"),
    N_("Выходной день перенесён с субботы, {date}"),
    N_("Выходной день перенесён с воскресенья, {date}"),
)

# The package names holidays in Kazakh (its default language, no gettext
# involved); our names (Russian source texts), by the package's name.
_RUSSIAN_NAMES: dict[str, str] = {
    "Жаңа жыл": N_("Новый год"),  # i18n: ru-only — key: the holidays package's own name
    "Православиелік Рождество": N_("Православное Рождество"),  # i18n: ru-only — key: the package's name
    "Халықаралық әйелдер күні": N_("Международный женский день"),  # i18n: ru-only — key: the package's name
    "Наурыз мейрамы": N_("Наурыз мейрамы"),  # i18n: ru-only — key: the package's name
    "Қазақстан халқының бірлігі мерекесі":  # i18n: ru-only — key: the package's name
    N_("Праздник единства народа Казахстана"),
    "Отан Қорғаушы күні": N_("День защитника Отечества"),  # i18n: ru-only — key: the package's name
    "Жеңіс күні": N_("День Победы"),  # i18n: ru-only — key: the package's name
    "Астана күні": N_("День Столицы"),  # i18n: ru-only — key: the package's name
    "Қазақстан Республикасының Конституциясы күні":  # i18n: ru-only — key: the package's name
    N_("День Конституции Республики Казахстан"),
    "Республика күні": N_("День Республики"),  # i18n: ru-only — key: the package's name
    "Қазақстан Республикасы күні": N_("День Республики Казахстан"),  # i18n: ru-only — key: the package's name
    "Қазақстан Республикасының Тұңғыш Президенті күні":  # i18n: ru-only — key: the package's name
    N_("День Первого Президента Республики Казахстан"),
    "Тәуелсіздік күні": N_("День Независимости"),  # i18n: ru-only — key: the package's name
    "Құрбан айт": N_("Курбан айт (первый день)"),  # i18n: ru-only — key: the package's name
}
_KURBAN_AIT_KK = "Құрбан айт"  # i18n: ru-only — the holidays package's name, compared with its output
_KURBAN_AIT_RU = _RUSSIAN_NAMES[_KURBAN_AIT_KK]
_CHRISTMAS_RU = _RUSSIAN_NAMES["Православиелік Рождество"]  # i18n: ru-only — key: the package's name
# The package's own transfers: "Демалыс күні (05.04.2024 бастап ауыстырылды)".
_SUBSTITUTED_RE = re.compile(r"^Демалыс күні \((\d{2})\.(\d{2})\.(\d{4}) ")  # i18n: ru-only — the package's names


@dataclass
class YearDays:
    """Everything known about one year: the days that differ from the plain
    five-day week, with their kind and Russian reason."""

    official: bool
    off: dict[date, tuple[str, str]] = field(default_factory=dict)  # weekdays off
    working: dict[date, str] = field(default_factory=dict)  # weekend days worked


def build_year(year: int, file: CalendarFile | None, extra: Iterable[CalendarEntry]) -> YearDays:
    """The days of ``year`` that differ from the plain five-day week: the
    package's holidays (moved by our rule), then the transfers of our file
    (or, without one, the package's) and the user's ``extra`` entries."""
    y = YearDays(official=file is not None)
    holidays: dict[date, str] = {}  # date → Russian name
    no_move: set[date] = set()
    transfers: list[CalendarEntry] = []
    for d, name in package_holidays(year).items():
        sub = _SUBSTITUTED_RE.match(name)
        if sub:
            if file is None:  # without our file, keep the package's transfers
                source = date(int(sub.group(3)), int(sub.group(2)), int(sub.group(1)))
                basis = tr("по данным пакета holidays")
                transfers.append(CalendarEntry(d, "day_off", _moved_from(source), basis))
                if source.year == year:
                    transfers.append(CalendarEntry(source, "working_day", _moved_to(d), basis))
            continue
        if name == _KURBAN_AIT_KK:
            if file is not None and file.kurban_ait is not None:
                continue  # our exact date replaces the package's
            holidays[d] = (
                tr(_KURBAN_AIT_RU)
                if file is not None
                else tr("{holiday}, дата ориентировочная").format(holiday=tr(_KURBAN_AIT_RU))
            )
            no_move.add(d)
            continue
        ru = _RUSSIAN_NAMES.get(name)
        holidays[d] = tr(ru) if ru is not None else name
        if d.month == 1 and d.day == 7:
            no_move.add(d)
    if file is not None and file.kurban_ait is not None:
        holidays[file.kurban_ait] = tr(_KURBAN_AIT_RU)
        no_move.add(file.kurban_ait)
    # Public holidays on weekdays; those on a weekend move to the next
    # weekday that is neither a holiday nor already taken by a move.
    taken: set[date] = set()
    for d in sorted(holidays):
        name = holidays[d]
        if d.weekday() < 5:
            y.off[d] = (HOLIDAY, name)
            continue
        if d in no_move:
            continue
        target = d + timedelta(days=1)
        while target.weekday() >= 5 or target in holidays or target in taken:
            target += timedelta(days=1)
        taken.add(target)
        # Kazakhstan has no holiday late enough in December for a move to
        # leave the year, so a move never crosses into the next one.
        y.off[target] = (
            MOVED_HOLIDAY,
            tr("Перенос выходного дня с {date} ({holiday})").format(date=format_day(d), holiday=name),
        )
    if file is not None:
        transfers.extend(file.entries)
    transfers.extend(e for e in extra if e.date.year == year)
    for e in transfers:
        _apply(y, e)
    return y


def _apply(y: YearDays, e: CalendarEntry) -> None:
    why = e.shown_note
    weekend = e.date.weekday() >= 5
    if e.kind == "working_day":
        y.off.pop(e.date, None)
        if weekend:
            y.working[e.date] = why
    else:
        y.working.pop(e.date, None)
        if not weekend:
            y.off[e.date] = (DAY_OFF, why)


def _moved_from(source: date) -> str:
    return tr(_MOVED_FROM[source.weekday()]).format(date=format_day(source))


def _moved_to(target: date) -> str:
    return tr("Рабочий день: выходной перенесён на {date}").format(date=format_day(target))
