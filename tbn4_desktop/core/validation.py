"""Checks a Kazakh official expects, returning a Russian message or None."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from urllib.parse import urlsplit

from tbn4_desktop.i18n import tr

_IIN_WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_IIN_WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)


def iin_bin_check_digit(first11: str) -> int | None:
    """The official control digit of an IIN/BIN (None: the number is invalid)."""
    digits = [int(c) for c in first11]
    check = sum(d * w for d, w in zip(digits, _IIN_WEIGHTS_1, strict=False)) % 11
    if check == 10:
        check = sum(d * w for d, w in zip(digits, _IIN_WEIGHTS_2, strict=False)) % 11
    return None if check == 10 else check


def bin_error(value: str) -> str | None:
    value = value.strip()
    if not re.fullmatch(r"\d{12}", value):
        return tr("БИН должен состоять из 12 цифр.")
    if iin_bin_check_digit(value[:11]) != int(value[11]):
        return tr("БИН введён с ошибкой: не сходится контрольная цифра. Проверьте номер.")
    return None


def iin_error(value: str) -> str | None:
    """An individual identification number (ИИН): 12 digits whose first six
    are the date of birth (ГГММДД), the seventh the century and sex, the
    last the control digit."""
    value = value.strip()
    if not re.fullmatch(r"\d{12}", value):
        return tr("ИИН должен состоять из 12 цифр.")
    if iin_bin_check_digit(value[:11]) != int(value[11]):
        return tr("ИИН введён с ошибкой: не сходится контрольная цифра. Проверьте номер.")
    century = {"1": 1800, "2": 1800, "3": 1900, "4": 1900, "5": 2000, "6": 2000}.get(value[6])
    try:
        if century is None:
            raise ValueError(value)
        date(century + int(value[:2]), int(value[2:4]), int(value[4:6]))
    except ValueError:
        return tr(
            "ИИН введён с ошибкой: первые шесть цифр — дата рождения (ГГММДД), седьмая — век и пол (1–6). "
            "Проверьте номер."
        )
    return None


def required_error(value: str, what: str) -> str | None:
    return None if value.strip() else tr("Заполните поле «{what}».").format(what=what)


def url_error(value: str) -> str | None:
    value = value.strip()
    if not value:
        return tr("Укажите адрес ссылки.")
    parts = urlsplit(value)
    host = parts.hostname or ""
    if parts.scheme not in ("http", "https") or "." not in host or any(c.isspace() for c in value):
        return tr("Ссылка должна начинаться с http:// или https:// и содержать адрес сайта, например https://gov.kz/…")
    return None


class ValidationError(ValueError):
    """Input the user must correct: field → Russian message."""

    def __init__(self, errors: dict[str, str]):
        self.errors = dict(errors)
        super().__init__(" ".join(self.errors.values()))


def describe_value(value: Any) -> str:
    """How a wrong value read from a data file is shown in a Russian message."""
    if value is None:
        return tr("пустое значение")
    if isinstance(value, bool):
        return tr("логическое значение «{value}»").format(value="true" if value else "false")
    if isinstance(value, str):
        shown = value if len(value) <= 40 else value[:39] + "…"
        return f"«{shown}»" if shown else tr("пустая строка")
    if isinstance(value, (int, float)):
        return tr("число {value}").format(value=value)
    if isinstance(value, datetime):
        return tr("дата и время «{value}»").format(value=value.isoformat(sep=" "))
    if isinstance(value, date):
        return tr("дата «{value}»").format(value=value.isoformat())
    if isinstance(value, list):
        return tr("список")
    if isinstance(value, dict):
        return tr("набор полей")
    return tr("значение типа {type}").format(type=type(value).__name__)
