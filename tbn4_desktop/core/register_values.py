"""Values of register cells: parsing what the user typed (or an XLSX cell
held) into typed values, checking a row, and showing values in Russian.

Typed values by column type: text/url/choice → str, date → datetime.date,
int → int, money → Decimal (tenge, two decimals at most), bool → bool; an
empty cell is None. In the store a row is JSON (`to_storage`/`from_storage`):
dates as ISO strings, money as a decimal string. Pure Python, never imports Qt.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from tbn4_desktop.core.catalog import Register, RegisterColumn
from tbn4_desktop.core.validation import iin_bin_check_digit, url_error
from tbn4_desktop.i18n import tc, tr

#: Earliest and latest dates a register accepts (a typo like 02.03.0225 is refused).
MIN_DATE = date(1950, 1, 1)
MAX_DATE = date(2100, 12, 31)

#: (earlier, later) column pairs of one row: the later date may not precede
#: the earlier one. Beside these, `<x>_start`/`<x>_end` and
#: `<x>_start_date`/`<x>_end_date` pairs are checked by name.
DATE_ORDER: tuple[tuple[str, str], ...] = (
    ("judgement_date", "judgement_effective_date"),  # entry into force not before the judgement
    ("event_date", "judgement_date"),  # the court judges an event that happened
    ("offence_date", "judgement_date"),
    ("start_date", "end_date"),  # training: end not before start
)

# What a user (or an XLSX cell) may write for yes / no, in Russian or Kazakh.
_TRUE = {"да", "true", "1", "+", "yes", "истина", "✓", "иә"}  # i18n: ru-only — parsing patterns for the user's input
_FALSE = {"нет", "false", "0", "-", "no", "ложь", "жоқ"}  # i18n: ru-only — parsing patterns for the user's input


class CellError(ValueError):
    """A value that cannot be taken; the message is Russian and complete."""


def is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def identity_kind(column: RegisterColumn) -> str | None:
    """'ИИН' or 'БИН' when the column holds one (by its key), else None."""
    key = column.key
    if key == "iin" or key.endswith("_iin"):
        return "ИИН"  # i18n: ru-only — a kind code compared in parse_identity, never shown
    if key == "bin" or key.endswith("_bin"):
        return "БИН"  # i18n: ru-only — a kind code compared in parse_identity, never shown
    return None


def is_phone(column: RegisterColumn) -> bool:
    return column.type == "text" and (column.key == "phone" or column.key.endswith("_phone"))


# ------------------------------------------------------------------ parsing
def parse_date(value: Any) -> date:
    if isinstance(value, datetime):
        value = value.date()
    if isinstance(value, date):
        result = value
    else:
        text = str(value).strip()
        m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text) or None
        iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
        if m is not None:
            day, month, year = int(m[1]), int(m[2]), int(m[3])
        elif iso is not None:
            day, month, year = int(iso[3]), int(iso[2]), int(iso[1])
        else:
            raise CellError(tr("Введите дату в виде ДД.ММ.ГГГГ, например 15.03.2025."))
        try:
            result = date(year, month, day)
        except ValueError:
            raise CellError(tr("Такой даты нет: {text}. Проверьте день и месяц.").format(text=text)) from None
    if not MIN_DATE <= result <= MAX_DATE:
        raise CellError(
            tr("Дата {date} вне допустимого диапазона ({first}–{last}).").format(
                date=f"{result:%d.%m.%Y}", first=f"{MIN_DATE:%d.%m.%Y}", last=f"{MAX_DATE:%d.%m.%Y}"
            )
        )
    return result


def _number_text(value: Any) -> str:
    # «1 250 000», «1 250 000,50», «1250000.5», with ordinary or non-breaking spaces.
    text = str(value).strip().replace("\u00a0", "").replace("\u202f", "").replace(" ", "")
    text = re.sub(r"(?i)(тнг\.?|тг\.?|тенге|теңге|₸)$", "", text)  # i18n: ru-only — parsing pattern
    return text.replace(",", ".")


def parse_int(value: Any) -> int:
    if isinstance(value, bool):
        raise CellError(tr("Введите целое число, например 12."))
    if isinstance(value, int):
        result = value
    elif isinstance(value, float) and value.is_integer():
        result = int(value)
    else:
        text = _number_text(value)
        if not re.fullmatch(r"[-+]?\d+", text):
            raise CellError(tr("Введите целое число, например 12."))
        result = int(text)
    if result < 0:
        raise CellError(tr("Число не может быть отрицательным."))
    return result


def parse_money(value: Any) -> Decimal:
    if isinstance(value, bool):
        raise CellError(tr("Введите сумму в тенге, например 1 250 000 или 1 250 000,50."))
    if isinstance(value, (int, Decimal)):
        result = Decimal(value)
    elif isinstance(value, float):
        result = Decimal(repr(value))
    else:
        text = _number_text(value)
        if not re.fullmatch(r"[-+]?\d+(\.\d+)?", text):
            raise CellError(tr("Введите сумму в тенге, например 1 250 000 или 1 250 000,50."))
        try:
            result = Decimal(text)
        except InvalidOperation:  # pragma: no cover - the pattern excludes it
            raise CellError(tr("Введите сумму в тенге.")) from None
    if result < 0:
        raise CellError(tr("Сумма не может быть отрицательной."))
    if result != result.quantize(Decimal("0.01")):
        raise CellError(tr("Сумма указывается с точностью до тиына: не больше двух знаков после запятой."))
    return result.quantize(Decimal("0.01")) if result != result.to_integral_value() else Decimal(int(result))


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    text = str(value).strip().lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise CellError(tr("Укажите «Да» или «Нет»."))


def parse_phone(value: Any) -> str:
    """+7 XXX XXX XX XX from any spacing, dashes or brackets; 8… is refused."""
    text = str(value).strip()
    digits = re.sub(r"[\s\-()]", "", text)
    if not re.fullmatch(r"\+7\d{10}", digits):
        raise CellError(tr("Введите номер телефона в виде +7 XXX XXX XX XX, например +7 701 234 56 78."))
    d = digits[2:]
    return f"+7 {d[:3]} {d[3:6]} {d[6:8]} {d[8:]}"


def parse_identity(value: Any, kind: str) -> str:
    text = str(value).strip()
    iin = kind == "ИИН"  # i18n: ru-only — the kind code of identity_kind
    if not re.fullmatch(r"\d{12}", text):
        raise CellError(tr("ИИН должен состоять из 12 цифр.") if iin else tr("БИН должен состоять из 12 цифр."))
    if iin_bin_check_digit(text[:11]) != int(text[11]):
        raise CellError(
            tr("ИИН введён с ошибкой: не сходится контрольная цифра. Проверьте номер.")
            if iin
            else tr("БИН введён с ошибкой: не сходится контрольная цифра. Проверьте номер.")
        )
    return text


def parse_value(column: RegisterColumn, value: Any) -> Any:
    """The typed value of one cell (None when empty); CellError if refused.
    Required-ness is checked by `normalise`, not here."""
    if is_empty(value):
        return None
    kind = column.type
    if kind == "date":
        return parse_date(value)
    if kind == "int":
        return parse_int(value)
    if kind == "money":
        return parse_money(value)
    if kind == "bool":
        return parse_bool(value)
    text = str(value).strip()
    if kind == "url":
        message = url_error(text)
        if message:
            raise CellError(message)
        return text
    if kind == "choice":
        if text not in column.choices:
            for choice in column.choices:  # tolerate case differences
                if choice.casefold() == text.casefold():
                    return choice
            raise CellError(
                tr("Выберите одно из значений: {choices}.").format(
                    choices="; ".join(f"«{tc(c)}»" for c in column.choices)
                )
            )
        return text
    identity = identity_kind(column)
    if identity:
        return parse_identity(text, identity)
    if is_phone(column):
        return parse_phone(text)
    return text


# ------------------------------------------------------------------ rows
def _date_pairs(register: Register) -> list[tuple[RegisterColumn, RegisterColumn]]:
    by_key = {c.key: c for c in register.columns}
    pairs = list(DATE_ORDER)
    for key in by_key:
        for start, end in (("_start", "_end"), ("_start_date", "_end_date")):
            if key.endswith(start):
                pairs.append((key, key[: -len(start)] + end))
    result = []
    for first, second in pairs:
        a, b = by_key.get(first), by_key.get(second)
        if a and b and a.type == b.type == "date" and (a, b) not in result:
            result.append((a, b))
    return result


def applies(column: RegisterColumn, typed_values: Mapping[str, Any]) -> bool:
    """Whether the column is filled in for a row with these typed values: its
    `when` condition holds (a column without one always applies). A value of
    None (empty, refused or itself not applicable) satisfies no condition."""
    for key, expected in column.when:
        value = typed_values.get(key)
        if value is None or type(value) is not type(expected) or value != expected:
            return False
    return True


def condition_text(register: Register, column: RegisterColumn) -> str:
    """The column's condition: «Заполняется, если «…» — «Да»»."""
    parts = []
    for key, expected in column.when:
        try:
            title = tc(register.column(key).title)
        except KeyError:
            title = key
        shown = (tr("Да") if expected else tr("Нет")) if isinstance(expected, bool) else tc(expected)
        parts.append(f"«{title}» — «{shown}»")
    if not parts:
        return ""
    conditions = parts[0]
    for part in parts[1:]:
        conditions = tr("{first} и {second}").format(first=conditions, second=part)
    return tr("Заполняется, если {conditions}").format(conditions=conditions)


def normalise(register: Register, values: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, str]]:
    """Typed values of a row and the errors (column key → Russian message).
    Keys not in the register are dropped; a refused cell is left out of the values.
    A column whose condition does not hold is None and never an error."""
    typed: dict[str, Any] = {}
    errors: dict[str, str] = {}
    deciders = {key for c in register.columns for key, _ in c.when}
    for column in register.columns:
        if not applies(column, typed):
            typed[column.key] = None  # conditions name earlier columns only
            continue
        raw = values.get(column.key)
        try:
            value = parse_value(column, raw)
        except CellError as exc:
            errors[column.key] = str(exc)
            continue
        if value is None and column.type == "bool" and not column.required and column.key in deciders:
            # An optional tick box that decides other columns (2.3.1's «прекращено органом досудебного
            # расследования»): left empty, as in rows saved before it existed, it reads «Нет».
            value = False
        if value is None and column.required:
            errors[column.key] = (
                tr("Укажите «Да» или «Нет» в столбце «{column}».")
                if column.type == "bool"
                else tr("Заполните столбец «{column}».")
            ).format(column=tc(column.title))
        typed[column.key] = value
    for first, second in _date_pairs(register):
        a, b = typed.get(first.key), typed.get(second.key)
        if a is not None and b is not None and b < a and second.key not in errors:
            errors[second.key] = tr(
                "«{later}» ({later_date}) не может быть раньше, чем «{earlier}» ({earlier_date})."
            ).format(
                later=tc(second.title),
                later_date=f"{b:%d.%m.%Y}",
                earlier=tc(first.title),
                earlier_date=f"{a:%d.%m.%Y}",
            )
    return typed, errors


def validate_row(register: Register, values: Mapping[str, Any]) -> dict[str, str]:
    """Column key → Russian message for every problem of one row ({} if none)."""
    return normalise(register, values)[1]


def is_blank_row(values: Mapping[str, Any]) -> bool:
    return all(is_empty(v) for v in values.values())


# ------------------------------------------------------------------ storage
def to_storage(register: Register, typed: Mapping[str, Any]) -> dict[str, Any]:
    """JSON-safe form of typed values (as `normalise` returns them)."""
    out: dict[str, Any] = {}
    for column in register.columns:
        value = typed.get(column.key)
        if isinstance(value, date):
            value = value.isoformat()
        elif isinstance(value, Decimal):
            value = str(value)
        out[column.key] = value
    return out


def from_storage(register: Register, stored: Mapping[str, Any]) -> dict[str, Any]:
    """Typed values from the stored JSON; a value that no longer parses (the
    catalog changed a column) is kept as its text so nothing is lost."""
    out: dict[str, Any] = {}
    for column in register.columns:
        raw = stored.get(column.key)
        try:
            out[column.key] = parse_value(column, raw)
        except CellError:
            out[column.key] = str(raw)
    return out


# ------------------------------------------------------------------ display
def format_money(value: Decimal | int | float) -> str:
    """1 250 000 тнг.; 1 250 000,50 тнг. (non-breaking thin spaces between
    groups): the official forms' Russian; the interface uses `show_money`."""
    return f"{_amount_text(value)}\u00a0тнг."  # i18n: ru-only — printed in the official forms (core/forms)


def _amount_text(value: Decimal | int | float) -> str:
    amount = Decimal(str(value))
    whole = int(amount)
    cents = int((amount - whole) * 100)
    text = f"{whole:,}".replace(",", "\u00a0")
    if cents:
        text += f",{cents:02d}"
    return text


def show_money(value: Decimal | int | float) -> str:
    """A sum as the interface shows it: «1 250 000 тнг.» in its language."""
    return tr("{amount}\u00a0тнг.").format(amount=_amount_text(value))


def format_value(column: RegisterColumn, value: Any) -> str:
    """How a typed value reads in an export or an official form (Russian:
    «Да», «тнг.»); the interface uses `show_value`."""
    if value is None:
        return ""
    if column.type == "date" and isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if column.type == "money" and isinstance(value, (Decimal, int, float)) and not isinstance(value, bool):
        return format_money(value)
    if column.type == "bool" and isinstance(value, bool):
        return "Да" if value else "Нет"  # i18n: ru-only — printed in the official forms (core/forms)
    return str(value)


def show_value(column: RegisterColumn, value: Any) -> str:
    """How a typed value reads in the interface (a table cell, an editor):
    as `format_value`, with yes/no and the tenge in the interface's language
    (both parse back)."""
    if column.type == "money" and isinstance(value, (Decimal, int, float)) and not isinstance(value, bool):
        return show_money(value)
    if column.type == "bool" and isinstance(value, bool):
        return tr("Да") if value else tr("Нет")
    return format_value(column, value)
