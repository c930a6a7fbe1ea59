"""Builders of Appendices 1–5 (the forms at the end of the instruction) from
typed register rows.

Which registers feed which form is a naming convention of the catalog: a
register whose key starts with `app1_` … `app5_` holds rows of that
appendix. Appendix 1's rows are the yearly Project 2 subtasks with an
`app1_` register (the ten of the form, in catalog order); the quarterly
2.2.1 gets its own Appendix 1 with its reconciliation act, by `codes`.
Appendices 2–5 read the column keys named in the builders below; the
shipped catalog is checked against them in tests/core/test_forms_model.py.

Every builder takes one or many organisations' data, so the oblast prints
consolidated forms with the same code: each fact is then prefixed with the
organisation it belongs to.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from tbn4_desktop.core.catalog import Catalog, Register, RegisterColumn, Subtask
from tbn4_desktop.core.forms.model import (
    Align,
    Approval,
    Cell,
    Column,
    Form,
    FormName,
    Row,
    RowKind,
    Table,
    ValueKind,
)
from tbn4_desktop.core.forms.russian import official_date
from tbn4_desktop.core.register_values import format_value
from tbn4_desktop.core.vocabulary import Periodicity

TypedRow = Mapping[str, Any]

_CAPTION = ("Приложение №{n} к Инструкции по исполнению проектов «Типового базового направления №4 "
            "«Предупреждение и противодействие коррупции»")
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
    organization: str                 # the issuing body (the oblast for a consolidated form)
    approver_name: str = ""
    period_text: str = ""             # «за I квартал 2025 года» for quarterly forms
    generated_on: date | None = None


def caption(n: int) -> str:
    return _CAPTION.format(n=n)


def _consolidated(orgs: Sequence[OrgData]) -> bool:
    return len(orgs) > 1


def _prefixed(org: OrgData, text: str, orgs: Sequence[OrgData]) -> str:
    return f"{org.name}: {text}" if _consolidated(orgs) else text


def _rows_of(orgs: Sequence[OrgData], key: str) -> list[tuple[OrgData, TypedRow]]:
    return [(org, row) for org in orgs for row in org.rows.get(key, ())]


def _footer(ctx: FormContext) -> str:
    return f"Сформировано {ctx.generated_on:%d.%m.%Y} в программе ТБН-4" if ctx.generated_on else ""


# ------------------------------------------------------------------ Appendix 1
def app1_subtasks(catalog: Catalog) -> list[Subtask]:
    """The rows of the yearly Appendix 1: yearly subtasks with an app1_ register."""
    return [s for s in catalog.subtasks()
            if s.register is not None and s.register.key.startswith("app1_")
            and s.periodicity is Periodicity.YEARLY]


#: 2.3.1/2.3.2: a case closed by the pre-trial investigation body has no
#: court act; the fact then says so in one clause instead of the court data.
TERMINATION_FLAG = "pretrial_termination"
TERMINATION_COLUMNS = (TERMINATION_FLAG, "termination_date", "termination_body")
TERMINATION_TEXT = ("Уголовное дело прекращено органом досудебного расследования по нереабилитирующим "
                    "основаниям")


def _termination_clause(row: TypedRow) -> str:
    """«Уголовное дело прекращено органом досудебного расследования по
    нереабилитирующим основаниям (Департамент …), дата прекращения «12» мая
    2025 года»."""
    text = TERMINATION_TEXT
    body = str(row.get("termination_body") or "").strip()
    if body:
        text += f" ({body})"
    day = row.get("termination_date")
    if isinstance(day, date):
        text += f", дата прекращения {official_date(day)}"
    return text


def _contradicted(column: RegisterColumn, row: TypedRow) -> bool:
    """Whether the row answers the column's `when` condition otherwise (a
    court column of a case closed before trial). An unanswered condition
    (a row kept from before the column existed) does not hide a value."""
    return any(row.get(key) is not None and row.get(key) != expected for key, expected in column.when)


def describe_fact(register: Register, row: TypedRow) -> str:
    """«Категория правонарушения: Уголовное; Дата события: 12.01.2025; …» —
    every filled column whose `when` condition the row does not answer
    otherwise, in the catalog's order and wording. A criminal case closed by
    the pre-trial investigation body (2.3.1, 2.3.2) reads «Уголовное дело
    прекращено … , дата прекращения …» where the court data would be."""
    parts = []
    terminated = row.get(TERMINATION_FLAG) is True
    for column in register.columns:
        if _contradicted(column, row):
            continue
        if column.key in TERMINATION_COLUMNS:
            # The yes/no flag itself is not a fact; when set, one clause says it all.
            if column.key == TERMINATION_FLAG and terminated:
                parts.append(_termination_clause(row))
            continue
        value = row.get(column.key)
        # dates as official forms write them: «12» января 2026 года
        text = official_date(value) if isinstance(value, date) else format_value(column, value).strip()
        if text:
            parts.append(f"{column.title}: {text}")
    text = "; ".join(parts)
    return text if not text or text.endswith(".") else text + "."   # «… 1 250 000 тнг.» has its full stop


def build_app1(catalog: Catalog, ctx: FormContext, orgs: Sequence[OrgData],
               codes: Sequence[str] | None = None) -> Form:
    subtasks = [catalog.subtask(c) for c in codes] if codes else app1_subtasks(catalog)
    rows: list[Row] = []
    for subtask in subtasks:
        register = subtask.register
        facts = _rows_of(orgs, register.key) if register else []
        if not facts:
            rows.append(Row((Cell(subtask.title), Cell("—", align=Align.CENTER), Cell(NO_FACTS)), RowKind.EMPTY))
            continue
        for i, (org, fact) in enumerate(facts, 1):
            description = _prefixed(org, describe_fact(register, fact), orgs)
            number = Cell(f"{i}.", align=Align.CENTER)
            if i == 1:
                rows.append(Row((Cell(subtask.title, rowspan=len(facts)), number, Cell(description))))
            else:
                rows.append(Row((number, Cell(description))))
    table = Table(columns=(Column("Подзадача", 3.2), Column("№", 0.6, Align.CENTER),
                           Column("Описание выявленного факта, принятые меры", 6.2)),
                  rows=tuple(rows))
    return Form(FormName.APP1, ctx.year, caption(1), (ctx.organization,), "ОТЧЁТ (Справка)",
                subtitle="Соблюдение норм антикоррупционного законодательства" + (
                    f" {ctx.period_text}" if ctx.period_text else ""),
                approval=Approval(CHIEF_OF_STAFF, signer_name=ctx.approver_name),
                tables=(table,), generated_on=_footer(ctx))


# ------------------------------------------------------------------ Appendix 2
APP2_CATEGORIES = ("Административное правонарушение", "Уголовное правонарушение",
                   "Правонарушение, дискредитирующее государственную службу")
APP2_NOTE = ("Примечание: проводится ежеквартально с органами КПСиСУ ГП РК. В сверке отражаются "
             "сведения по вступившим в законную силу приговорам и постановлениям.")


def _register_key(catalog: Catalog, prefix: str) -> str | None:
    for subtask in catalog.subtasks():
        for register in subtask.registers:
            if register.key.startswith(prefix):
                return register.key
    return None


def build_app2(catalog: Catalog, ctx: FormContext, orgs: Sequence[OrgData]) -> Form:
    key = _register_key(catalog, "app2_")
    facts = _rows_of(orgs, key) if key else []
    rows: list[Row] = []
    for category in APP2_CATEGORIES:
        rows.append(Row((Cell(""), Cell(category, bold=True), Cell(""), Cell("")), RowKind.GROUP))
        mine = [(org, r) for org, r in facts if r.get("category") == category]
        if not mine:
            rows.append(Row((Cell("—", align=Align.CENTER), Cell(""), Cell(NO_DATA), Cell("")), RowKind.EMPTY))
        for i, (org, r) in enumerate(mine, 1):
            rows.append(Row((Cell(f"{i}."), Cell(""), Cell(_prefixed(org, str(r.get("plot") or ""), orgs)),
                             Cell(str(r.get("status") or "")))))
    table = Table(columns=(Column("№", 0.6, Align.CENTER), Column("Категория", 2.6),
                           Column("Фабула правонарушения", 4.8), Column("Статус", 2.0)),
                  rows=tuple(rows))
    subtitle = ("административных и уголовных коррупционных правонарушений, и правонарушений, "
                "дискредитирующих государственную службу")
    if ctx.period_text:
        subtitle += f" {ctx.period_text}"
    return Form(FormName.APP2, ctx.year, caption(2), (ctx.organization.upper(),), "АКТ СВЕРКИ",
                subtitle=subtitle, approval=Approval(CHIEF_OF_STAFF, signer_name=ctx.approver_name),
                tables=(table,), notes=(APP2_NOTE,), generated_on=_footer(ctx))


# ------------------------------------------------------------------ Appendix 3
APP3_HEAD = "1. Наименование региона; 2. Наименование ЦГО; 3. Наименование центральной компании."
APP3_COLUMNS = (
    ("company_name", Column("Наименование организации квазигосударственного сектора", 2.6)),
    ("ownership_form", Column("Форма собственности (АО, ТОО, ГККП, ГКП, ГКП на ПХВ)", 1.3, Align.CENTER)),
    ("staff_count", Column("Штатная численность организации", 1.1, Align.RIGHT, ValueKind.INT)),
    ("budget", Column("Бюджет организации", 1.6, Align.RIGHT, ValueKind.MONEY)),
    ("activity", Column("Направление деятельности организации", 1.8)),
    ("has_compliance_service", Column("Наличие самостоятельной комплаенс-службы (комплаенс-офицера) +/-",
                                      1.3, Align.CENTER)),
    ("compliance_officer", Column("Ф.И.О. комплаенс-офицера, тел.", 1.8)),
    ("responsible_person", Column("Ф.И.О. и основная должность ответственного лица, на которое "
                                  "возложены функции комплаенс, тел.", 2.2)),
)


def _app3_value(key: str, value: Any) -> str | Decimal | int | None:
    if key == "has_compliance_service":
        return "" if value is None else ("+" if value else "−")
    if key in ("staff_count", "budget"):
        return value
    return "" if value is None else str(value)


def build_app3(catalog: Catalog, ctx: FormContext, orgs: Sequence[OrgData]) -> Form:
    key = _register_key(catalog, "app3_")
    entries = _rows_of(orgs, key) if key else []
    columns = tuple(c for _, c in APP3_COLUMNS)
    width = len(columns)
    head = (Row((Cell(APP3_HEAD, colspan=width, bold=True, align=Align.LEFT),), RowKind.GROUP),
            Row(tuple(Cell(c.title, bold=True, align=Align.CENTER) for c in columns), RowKind.GROUP))
    rows: list[Row] = []
    groups: dict[str, list[TypedRow]] = {}
    for org, r in entries:
        parent = str(r.get("parent_name") or org.name)
        groups.setdefault(parent, []).append(r)
    for parent, members in groups.items():
        rows.append(Row((Cell(parent, colspan=width, bold=True),), RowKind.GROUP))
        for r in members:
            rows.append(Row(tuple(Cell(_app3_value(k, r.get(k))) for k, _ in APP3_COLUMNS)))
    if not rows:
        rows.append(Row((Cell(NO_DATA, colspan=width),), RowKind.EMPTY))
    else:
        staff = sum((r.get("staff_count") or 0) for _, r in entries)
        budget = sum((r.get("budget") or Decimal(0)) for _, r in entries)
        rows.append(Row((Cell("Итого", bold=True), Cell(""), Cell(staff, bold=True), Cell(budget, bold=True),
                         *(Cell("") for _ in range(width - 4))), RowKind.TOTAL))
    table = Table(columns=columns, rows=tuple(rows), head=head)
    return Form(FormName.APP3, ctx.year, caption(3), (ctx.organization,),
                "Реестр антикоррупционных комплаенс-служб (комплаенс-офицеров)",
                subtitle=f"по состоянию на {ctx.year} год", tables=(table,), landscape=True,
                generated_on=_footer(ctx))


# ------------------------------------------------------------------ Appendix 4
APP4_REGION = "Регион (всего)"
APP4_LEVEL_LABELS = {"Областные управления": "Областные управления", "Город": "город", "Район": "район"}
APP4_NOTE_SPEC = "* дополнительно необходимо приложить технические спецификации в отдельную папку"


def _app4_totals(entries: Sequence[TypedRow], year: int) -> tuple[Decimal | None, Decimal | None]:
    """(all ГСЗ, anti-corruption ГСЗ) of the region for a year: the «Регион
    (всего)» row when there is one, else the sums of the breakdown rows."""
    of_year = [r for r in entries if r.get("year") == year]
    region = [r for r in of_year if r.get("level") == APP4_REGION]
    source = region or of_year
    if not source:
        return None, None
    totals = [r.get("total_amount") for r in source if r.get("total_amount") is not None]
    anti = [r.get("anticorruption_amount") for r in source if r.get("anticorruption_amount") is not None]
    return (sum(totals, Decimal(0)) if totals else None, sum(anti, Decimal(0)) if anti else None)


def _money_cell(amount: Decimal | None) -> Cell:
    return Cell(amount if amount is not None else "—", align=Align.RIGHT)


def build_app4(catalog: Catalog, ctx: FormContext, orgs: Sequence[OrgData]) -> Form:
    key = _register_key(catalog, "app4_")
    entries = [r for _, r in _rows_of(orgs, key)] if key else []
    year = ctx.year
    columns = (Column("", 4.0), Column("", 3.0, Align.RIGHT, ValueKind.MONEY), Column("", 3.0))
    total, anti = _app4_totals(entries, year)
    tables = [Table(columns, (Row((_money_cell(total), _money_cell(anti), Cell(""))),), head=(
        Row((Cell("Всего выделено в регионе на ГСЗ", bold=True), Cell("Выделен ГСЗ на антикоррупционную тематику", bold=True),
             Cell(APP4_NOTE_SPEC)), RowKind.GROUP),))]
    breakdown = [r for r in entries if r.get("year") == year and r.get("level") != APP4_REGION]
    rows = []
    for r in breakdown:
        label = APP4_LEVEL_LABELS.get(str(r.get("level")), str(r.get("level") or ""))
        name = str(r.get("name") or "")
        text = label if name in ("", label) else (f"{label} {name}" if label != "Областные управления" else name)
        rows.append(Row((Cell(text), _money_cell(r.get("anticorruption_amount")), Cell(str(r.get("tender_link") or "")))))
    if rows:
        amounts = [r.get("anticorruption_amount") for r in breakdown if r.get("anticorruption_amount") is not None]
        rows.append(Row((Cell("Итого", bold=True), Cell(sum(amounts, Decimal(0)), bold=True, align=Align.RIGHT),
                         Cell("")), RowKind.TOTAL))
    else:
        rows.append(Row((Cell(NO_DATA), Cell("—", align=Align.RIGHT), Cell("")), RowKind.EMPTY))
    tables.append(Table(columns, tuple(rows), head=(
        Row((Cell("Сумма ГСЗ на антикоррупционную тематику в разрезе:", bold=True), Cell(""),
             Cell("* ссылка на конкурс", bold=True)), RowKind.GROUP),)))
    for later in (year + 1, year + 2):
        total, anti = _app4_totals(entries, later)
        tables.append(Table(columns, (Row((_money_cell(total), _money_cell(anti), Cell(""))),), head=(
            Row((Cell(f"Всего выделено в регионе на ГСЗ на {later} г.", bold=True),
                 Cell(f"Выделен ГСЗ на антикоррупционную тематику на {later} г.", bold=True), Cell("")),
                RowKind.GROUP),)))
    return Form(FormName.APP4, year, caption(4), (ctx.organization,),
                "Координация ГСЗ на антикоррупционную тематику в регионе",
                subtitle=f"на {year} год", tables=tuple(tables), generated_on=_footer(ctx))


# ------------------------------------------------------------------ Appendix 5
def _event_text(r: TypedRow) -> str:
    when = r.get("event_date")
    parts = [official_date(when) if isinstance(when, date) else str(when or "")]
    for key, label in (("event_time", ""), ("format", "формат: "), ("other_participants", "прочие участники: "),
                       ("topic", "тема: "), ("link", "")):
        value = r.get(key)
        if value not in (None, ""):
            text = str(value)
            parts.append(label + (text.lower() if key == "format" else text))
    return ", ".join(p for p in parts if p)


def build_app5(catalog: Catalog, ctx: FormContext, orgs: Sequence[OrgData]) -> Form:
    key = _register_key(catalog, "app5_")
    entries = _rows_of(orgs, key) if key else []
    rows = []
    for i, (org, r) in enumerate(entries, 1):
        who = ", ".join(str(v) for v in (r.get("employee_name"), r.get("employee_position")) if v)
        rows.append(Row((Cell(f"{i}.", align=Align.CENTER), Cell(_prefixed(org, who, orgs)), Cell(_event_text(r)))))
    if not rows:
        rows.append(Row((Cell("—", align=Align.CENTER), Cell(NO_DATA), Cell("")), RowKind.EMPTY))
    table = Table(columns=(Column("№", 0.6, Align.CENTER), Column("Ф.И.О., должность государственного служащего", 3.6),
                           Column("Дата, время, формат проведения мероприятия, прочие участники (при участии "
                                  "других лиц), тема мероприятия, ссылка на интернет-ресурс", 5.8)),
                  rows=tuple(rows))
    return Form(FormName.APP5, ctx.year, caption(5), (ctx.organization,), "ОТЧЁТ",
                subtitle=("по организации уполномоченными по этике системной профилактической работы "
                          "с государственными служащими, занимающими должности, подверженные "
                          "коррупционным рискам"),
                approval=Approval(ETHICS_COMMISSIONER, organization=ctx.organization,
                                  signer_name=ctx.approver_name, with_stamp=False),
                tables=(table,), generated_on=_footer(ctx))

