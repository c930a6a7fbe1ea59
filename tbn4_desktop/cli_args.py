"""Argument parsing of `tbn4`: usage errors as one Russian line (exit 2),
and the one parser every YEAR, DATE and output name goes through (a bad
value is refused input: exit 1, before anything is opened or written).

argparse builds its messages from English templates passed through
gettext's `_` (the default domain, with no catalog of ours to bind); while
`tbn4` builds and runs its parser, that `_` is swapped for a lookup in the
Russian templates below, so the messages, the `--help` headings and the
`-h` help are Russian. The msgids are those of Python 3.11–3.13.
"""

from __future__ import annotations

import argparse
import contextlib
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import NoReturn

from tbn4_desktop.core.workdays_entries import YEAR_MAX, YEAR_MIN
from tbn4_desktop.i18n import N_, tr

# A file name the app writes: Windows allows 255 UTF-16 units, Linux 255
# bytes (two a Cyrillic letter); 120 characters fit both, whatever the script.
MAX_NAME_CHARS = 120
MAX_NAME_BYTES = 255

# Translated where argparse asks for them (_gettext), in the interface's language.
_RU = {
    "usage: ": N_("использование: "),
    "positional arguments": N_("аргументы"),
    "options": N_("параметры"),
    "show this help message and exit": N_("показать эту справку и выйти"),
    " (default: %(default)s)": N_(" (по умолчанию: %(default)s)"),
    "argument %(argument_name)s: %(message)s": N_("параметр %(argument_name)s: %(message)s"),
    "the following arguments are required: %s": N_("не указаны обязательные параметры: %s"),
    "one of the arguments %s is required": N_("укажите один из параметров: %s"),
    "not allowed with argument %s": N_("нельзя указывать вместе с %s"),
    "unrecognized arguments: %s": N_("неизвестные параметры: %s"),
    "expected one argument": N_("после него нужно указать значение"),
    "expected at most one argument": N_("допускается не больше одного значения"),
    "expected at least one argument": N_("нужно указать хотя бы одно значение"),
    "invalid choice: %(value)r (choose from %(choices)s)": N_(
        "нет такого значения: «%(value)s» (допустимые: %(choices)s)"
    ),
    # Our only `type=` converter left is int (--org, --project).
    "invalid %(type)s value: %(value)r": N_("«%(value)s» — не целое число"),
    "ambiguous option: %(option)s could match %(matches)s": N_(
        "сокращение %(option)s неоднозначно: подходят %(matches)s"
    ),
    "ignored explicit argument %r": N_("значение «%s» здесь не принимается"),
    "unexpected option string: %s": N_("неожиданный параметр %s"),
}
_RU_PLURAL = {"expected %s argument": N_("нужно указать значений: %s")}


def _gettext(message: str) -> str:
    return tr(_RU[message]) if message in _RU else message


def _ngettext(singular: str, plural: str, n: int) -> str:
    if singular in _RU_PLURAL:
        return tr(_RU_PLURAL[singular])
    return singular if n == 1 else plural


@contextlib.contextmanager
def russian_messages() -> Iterator[None]:
    """argparse speaks Russian while the parser is built and run."""
    saved = {name: getattr(argparse, name) for name in ("_", "ngettext") if hasattr(argparse, name)}
    if "_" in saved:
        argparse._ = _gettext  # type: ignore[attr-defined]
    if "ngettext" in saved:
        argparse.ngettext = _ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(argparse, name, value)


class RussianArgumentParser(argparse.ArgumentParser):
    """A usage error is one line: what is wrong and where the help is."""

    def error(self, message: str) -> NoReturn:
        text = " ".join(message.split()).rstrip(".")
        text = text[:1].upper() + text[1:]
        self.exit(2, tr("tbn4: {text}. Справка: {prog} --help.").format(text=text, prog=self.prog) + "\n")

    def parse_args(self, args=None, namespace=None):  # noqa: ANN001, ANN201 - argparse's signature
        # An unknown option is found by the top parser; the help to point
        # to is that of the (sub)command it was given to.
        parsed, extras = self.parse_known_args(args, namespace)
        if extras:
            self._chosen(parsed).error(argparse._("unrecognized arguments: %s") % " ".join(extras))
        return parsed

    def _chosen(self, parsed: argparse.Namespace) -> argparse.ArgumentParser:
        for action in self._actions:
            if isinstance(action, argparse._SubParsersAction):
                chosen = action.choices.get(getattr(parsed, action.dest, None) or "")
                if isinstance(chosen, RussianArgumentParser):
                    return chosen._chosen(parsed)
        return self

    def _check_value(self, action: argparse.Action, value: object) -> None:
        # The choices without Python's quotes (a list of commands, mostly).
        if action.choices is not None and value not in action.choices:
            choices = ", ".join(map(str, action.choices))
            raise argparse.ArgumentError(
                action,
                tr("значение «{value}» не допускается (допустимые: {choices})").format(value=value, choices=choices),
            )


# ---------------------------------------------------------------- values


class Refused(Exception):
    """Input the command refuses; its message is printed on stderr, exit 1."""


_YEAR = re.compile(r"[0-9]{1,6}")
_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def parse_year(text: str) -> int:
    """A year the working-day calendar and the catalogs cover."""
    value = text.strip()
    if not value:
        raise Refused(
            tr("Год не указан: укажите год числом от {year_min} до {year_max}.").format(
                year_min=YEAR_MIN, year_max=YEAR_MAX
            )
        )
    if not _YEAR.fullmatch(value):
        raise Refused(
            tr("«{text}» — не год: укажите год числом от {year_min} до {year_max}.").format(
                text=text, year_min=YEAR_MIN, year_max=YEAR_MAX
            )
        )
    year = int(value)
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise Refused(
            tr("Год {year} вне допустимого диапазона: укажите год от {year_min} до {year_max}.").format(
                year=year, year_min=YEAR_MIN, year_max=YEAR_MAX
            )
        )
    return year


def parse_date(text: str) -> date:
    """An existing date ГГГГ-ММ-ДД within the years parse_year accepts."""
    value = text.strip()
    if not value:
        raise Refused(tr("Дата не указана: укажите дату в виде ГГГГ-ММ-ДД."))
    try:
        if not _DATE.fullmatch(value):
            raise ValueError(value)
        day = date.fromisoformat(value)
    except ValueError:
        raise Refused(
            tr("«{text}» — не дата: укажите существующую дату в виде ГГГГ-ММ-ДД.").format(text=text)
        ) from None
    if not YEAR_MIN <= day.year <= YEAR_MAX:
        raise Refused(
            tr("Дата {date} вне допустимого диапазона: укажите дату с 01.01.{year_min} по 31.12.{year_max}.").format(
                date=f"{day:%d.%m.%Y}", year_min=YEAR_MIN, year_max=YEAR_MAX
            )
        )
    return day


def parse_date_or_none(text: str) -> date | None:
    """A date, or `none` to clear it."""
    return None if text.strip().lower() == "none" else parse_date(text)


def output_path(text: str) -> Path:
    """A file or folder the command creates: every name in it that does not
    exist yet must be a valid Windows name of at most MAX_NAME_CHARS, on
    every system, so a script tested on Linux works on Windows too."""
    if not text.strip():
        raise Refused(tr("Путь не указан: укажите имя файла или папки."))
    path = Path(text).expanduser().absolute()
    for part in _new_parts(path):
        problem = name_problem(part)
        if problem is not None:
            raise Refused(problem)
    return path


def name_problem(name: str) -> str | None:
    """One Russian sentence on why `name` cannot be a file name, or None."""
    from tbn4_desktop.core.bundle import name_problem as windows_problem

    if len(name) > MAX_NAME_CHARS or len(name.encode("utf-8", "surrogatepass")) > MAX_NAME_BYTES:
        return tr("Имя «{name}…» слишком длинное (длина {length}): допускается не больше {max_chars} символов.").format(
            name=name[:40], length=len(name), max_chars=MAX_NAME_CHARS
        )
    problem = windows_problem(name)
    if problem is not None:
        return tr(
            "Имя «{name}» недопустимо: {problem} (имена проверяются по правилам Windows); укажите другое имя."
        ).format(name=name, problem=problem)
    return None


def _new_parts(path: Path) -> list[str]:
    """The names of `path` that do not exist yet (they would be created)."""
    parts: list[str] = []
    while path != path.parent:
        try:
            if path.exists():
                break
        except OSError:
            pass  # e.g. a name too long to look up: check it like a new one
        parts.append(path.name)
        path = path.parent
    return parts
