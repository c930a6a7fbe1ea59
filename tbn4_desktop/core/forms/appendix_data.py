"""What every appendix builder starts from: the organisations' typed rows
(OrgData), who issues the form and for what year (FormContext), the
instruction's captions, and the helpers the builders share."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from tbn4_desktop.core.forms.breaking import keep_together

TypedRow = Mapping[str, Any]

# The captions as the instruction prints them: Appendices 1, 2 and 5 in three
# lines, Appendices 3 and 4 in one («…проектов ТБН №4…»).
_CAPTION = (
    "Приложение №{n} к Инструкции по исполнению\nпроектов «Типового базового направления №4\n"
    "«Предупреждение и противодействие коррупции»"
)
_CAPTION_SHORT = (
    "Приложение №{n} к Инструкции по исполнению проектов ТБН №4 «Предупреждение и противодействие коррупции»"
)
NO_FACTS = "Факты не выявлены."
NO_DATA = "Сведения отсутствуют."
CHIEF_OF_STAFF = "Руководитель аппарата"
ETHICS_COMMISSIONER = "Уполномоченный по этике"


@dataclass(frozen=True)
class OrgData:
    """One organisation's rows: register key → typed rows (register_values)."""

    name: str
    rows: Mapping[str, Sequence[TypedRow]] = field(default_factory=dict)


@dataclass(frozen=True)
class FormContext:
    """Who issues the form and for what year; the approver is printed in the
    approval block when known (a blank line to fill in by hand otherwise)."""

    year: int
    organization: str  # the issuing body (the oblast for a consolidated form)
    approver_name: str = ""
    period_text: str = ""  # «за I квартал 2025 года» for quarterly forms
    generated_on: date | None = None  # set only when the user asked for the «Сформировано…» line


def caption(n: int) -> str:
    return (_CAPTION_SHORT if n in (3, 4) else _CAPTION).format(n=n)


def printed(value: Any) -> str:
    """A printed text value: no line break inside a phone, a date, initials."""
    return keep_together("" if value is None else str(value))


def consolidated(orgs: Sequence[OrgData]) -> bool:
    return len(orgs) > 1


def prefixed(org: OrgData, text: str, orgs: Sequence[OrgData]) -> str:
    return f"{org.name}: {text}" if consolidated(orgs) else text


def rows_of(orgs: Sequence[OrgData], key: str) -> list[tuple[OrgData, TypedRow]]:
    return [(org, row) for org in orgs for row in org.rows.get(key, ())]


def footer_line(ctx: FormContext) -> str:
    return f"Сформировано {ctx.generated_on:%d.%m.%Y} в программе ТБН-4" if ctx.generated_on else ""
