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

Pure Python (no Qt, no SQLAlchemy). The ``holidays`` package (~90 ms to
import) and PyYAML are imported on first use, then each year is cached.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Literal, NoReturn

from tbn4_desktop.core.validation import describe_value
from tbn4_desktop.i18n import N_, language, tr

YEAR_MIN, YEAR_MAX = 2000, 2100
MAX_FILE_BYTES = 256 * 1024

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


@dataclass
class _Year:
    """Everything known about one year: the days that differ from the plain
    five-day week, with their kind and Russian reason."""

    official: bool
    off: dict[date, tuple[str, str]] = field(default_factory=dict)  # weekdays off
    working: dict[date, str] = field(default_factory=dict)  # weekend days worked


# --------------------------------------------------------------------------
# Calendar files


def _fmt(d: date) -> str:
    return d.strftime("%d.%m.%Y")


class _FileValidator:
    def __init__(self, file_name: str) -> None:
        self.file = file_name

    def fail(self, path: str, problem: str) -> NoReturn:
        """`problem`: a whole clause in the interface's language."""
        if path:
            raise WorkCalendarError(
                tr("Файл календаря {file}: {path} — {problem}.").format(file=self.file, path=path, problem=problem)
            )
        raise WorkCalendarError(tr("Файл календаря {file}: {problem}.").format(file=self.file, problem=problem))

    def mapping(self, value: Any, path: str, allowed: tuple[str, ...], required: tuple[str, ...]) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            self.fail(
                path, tr("ожидается набор полей «ключ: значение», получено {value}").format(value=describe_value(value))
            )
        for key in value:
            if key not in allowed:
                name = f"{path}.{key}" if path else str(key)
                self.fail(
                    name,
                    tr("неизвестное поле «{key}» (допустимые поля: {allowed})").format(
                        key=key, allowed=", ".join(allowed)
                    ),
                )
        for key in required:
            if key not in value:
                self.fail(f"{path}.{key}" if path else key, tr("обязательное поле отсутствует"))
        return value

    def day(self, value: Any, path: str, year: int) -> date:
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value.strip())
            except ValueError:
                self.fail(path, tr("ожидается дата ГГГГ-ММ-ДД, получено {value}").format(value=describe_value(value)))
        if isinstance(value, datetime) or not isinstance(value, date):
            self.fail(path, tr("ожидается дата ГГГГ-ММ-ДД, получено {value}").format(value=describe_value(value)))
        if value.year != year:
            self.fail(path, tr("дата {date} не относится к {year} году").format(date=_fmt(value), year=year))
        return value

    def text(self, value: Any, path: str) -> str:
        if not isinstance(value, str) or not value.strip():
            self.fail(path, tr("ожидается непустой текст, получено {value}").format(value=describe_value(value)))
        return " ".join(value.split())


def calendar_file_from_data(data: Any, file_name: str) -> CalendarFile:
    """Validate parsed YAML of a calendar file (see resources/calendars/)."""
    v = _FileValidator(file_name)
    top = v.mapping(data, "", ("year", "kurban_ait", "entries"), ("year", "entries"))
    year = top["year"]
    if isinstance(year, bool) or not isinstance(year, int) or not YEAR_MIN <= year <= YEAR_MAX:
        v.fail(
            "year",
            tr("ожидается год от {first} до {last}, получено {value}").format(
                first=YEAR_MIN, last=YEAR_MAX, value=describe_value(year)
            ),
        )
    expected = re.fullmatch(r"kz-(\d{4})\.ya?ml", file_name)
    if expected and int(expected.group(1)) != year:
        v.fail("year", tr("год {year} не совпадает с годом в имени файла").format(year=year))
    kurban: date | None = None
    kurban_basis = ""
    if top.get("kurban_ait") is not None:
        k = v.mapping(top["kurban_ait"], "kurban_ait", ("date", "basis"), ("date", "basis"))
        kurban = v.day(k["date"], "kurban_ait.date", year)
        kurban_basis = v.text(k["basis"], "kurban_ait.basis")
    raw = top["entries"]
    if raw is None:
        raw = []
    if not isinstance(raw, list):
        v.fail("entries", tr("ожидается список записей, получено {value}").format(value=describe_value(raw)))
    entries: list[CalendarEntry] = []
    seen: dict[date, int] = {}
    for i, item in enumerate(raw):
        path = f"entries[{i}]"
        m = v.mapping(item, path, ("date", "kind", "note", "basis", "note_kk"), ("date", "kind", "note", "basis"))
        day = v.day(m["date"], f"{path}.date", year)
        if day in seen:
            v.fail(
                f"{path}.date",
                tr("дата {date} уже указана в {entry}").format(date=_fmt(day), entry=f"entries[{seen[day]}]"),
            )
        seen[day] = i
        kind = m["kind"]
        if kind not in ENTRY_KINDS:
            v.fail(
                f"{path}.kind",
                tr("ожидается day_off (выходной) или working_day (рабочий день), получено {value}").format(
                    value=describe_value(kind)
                ),
            )
        note_kk = v.text(m["note_kk"], f"{path}.note_kk") if "note_kk" in m else ""
        entries.append(
            CalendarEntry(day, kind, v.text(m["note"], f"{path}.note"), v.text(m["basis"], f"{path}.basis"), note_kk)
        )
    return CalendarFile(year, kurban, kurban_basis, tuple(entries), file_name)


def read_calendar_file(path: Path) -> CalendarFile:
    """Read and validate one ``kz-<year>.yaml``; problems → WorkCalendarError."""
    import yaml

    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise WorkCalendarError(
                tr("Файл календаря {file}: слишком большой ({size} байт).").format(file=name, size=size)
            )
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError:
        raise WorkCalendarError(tr("Файл календаря {file}: не в кодировке UTF-8.").format(file=name)) from None
    except OSError as exc:
        raise WorkCalendarError(
            tr("Файл календаря {file}: не удалось прочитать ({reason}).").format(file=name, reason=exc.strerror)
        ) from exc
    try:
        data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            raise WorkCalendarError(
                tr("Файл календаря {file}: ошибка синтаксиса YAML (строка {line}).").format(
                    file=name, line=mark.line + 1
                )
            ) from exc
        raise WorkCalendarError(tr("Файл календаря {file}: ошибка синтаксиса YAML.").format(file=name)) from exc
    return calendar_file_from_data(data, name)


def default_calendar_dir() -> Path:
    from tbn4_desktop.paths import resource_dir

    return resource_dir() / "calendars"


# --------------------------------------------------------------------------
# The calendar


def _package_holidays(year: int) -> dict[date, str]:
    """The package's holidays of one year, without its observed days."""
    from holidays.countries.kazakhstan import Kazakhstan

    return dict(Kazakhstan(years=year, observed=False, islamic_show_estimated=False, language="kk").items())


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
        self._years: dict[int, _Year] = {}

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

    def _year(self, d: date) -> _Year:
        y = self._years.get(d.year)
        if y is None:
            self._check_year(d.year)
            y = self._years[d.year] = self._build_year(d.year)
        return y

    def _build_year(self, year: int) -> _Year:
        file = self._files.get(year)
        y = _Year(official=file is not None)
        holidays: dict[date, str] = {}  # date → Russian name
        no_move: set[date] = set()
        transfers: list[CalendarEntry] = []
        for d, name in _package_holidays(year).items():
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
                tr("Перенос выходного дня с {date} ({holiday})").format(date=_fmt(d), holiday=name),
            )
        if file is not None:
            transfers.extend(file.entries)
        transfers.extend(e for e in self._extra.values() if e.date.year == year)
        for e in transfers:
            self._apply(y, e)
        return y

    @staticmethod
    def _apply(y: _Year, e: CalendarEntry) -> None:
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
    return tr(_MOVED_FROM[source.weekday()]).format(date=_fmt(source))


def _moved_to(target: date) -> str:
    return tr("Рабочий день: выходной перенесён на {date}").format(date=_fmt(target))


def load_calendar(extra_entries: Iterable[CalendarEntry] = (), directory: Path | None = None) -> WorkCalendar:
    """The calendar from the shipped files (or ``directory``) plus the user's
    entries, which win over the files."""
    return WorkCalendar.from_directory(directory, extra_entries)
