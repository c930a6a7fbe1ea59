"""The shipped per-year calendar files ``resources/calendars/kz-<year>.yaml``:
read, validated field by field (problems → WorkCalendarError naming the file
and the field) and parsed into CalendarFile. PyYAML is imported on first use."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

from tbn4_desktop.core.validation import describe_value
from tbn4_desktop.core.workdays_entries import (
    ENTRY_KINDS,
    YEAR_MAX,
    YEAR_MIN,
    CalendarEntry,
    CalendarFile,
    WorkCalendarError,
    format_day,
)
from tbn4_desktop.i18n import tr

MAX_FILE_BYTES = 256 * 1024


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
            self.fail(path, tr("дата {date} не относится к {year} году").format(date=format_day(value), year=year))
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
                tr("дата {date} уже указана в {entry}").format(date=format_day(day), entry=f"entries[{seen[day]}]"),
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
