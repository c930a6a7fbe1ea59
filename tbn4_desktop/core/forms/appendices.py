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

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Any

from tbn4_desktop.core.catalog import Catalog, Register, RegisterColumn, Subtask
from tbn4_desktop.core.forms.breaking import keep_together
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


def _text(value: Any) -> str:
    """A printed text value: no line break inside a phone, a date, initials."""
    return keep_together("" if value is None else str(value))


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
    return [
        s
        for s in catalog.subtasks()
        if s.register is not None and s.register.key.startswith("app1_") and s.periodicity is Periodicity.YEARLY
    ]


#: 2.3.1/2.3.2: a case closed by the pre-trial investigation body has no
#: court act; the fact then says so in one clause instead of the court data.
TERMINATION_FLAG = "pretrial_termination"
TERMINATION_COLUMNS = (TERMINATION_FLAG, "termination_date", "termination_body")
TERMINATION_TEXT = "Уголовное дело прекращено органом досудебного расследования по нереабилитирующим основаниям"


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
    parts = [_without_full_stop(part) for part in parts[:-1]] + parts[-1:]
    text = keep_together("; ".join(parts))
    return text if not text or text.endswith(".") else text + "."  # «… 1 250 000 тнг.» has its full stop


# A value that ends a sentence («… уволен.», «ул. Абая.») loses its full stop
# before «;»; an abbreviation — a short lower-case word: «тнг.», «т.д.», «обл.» — keeps it.
_ABBREVIATION = re.compile(r"(?:^|[^\w])[а-яёәғқңөұүһіa-z]{1,4}\.$")


def _without_full_stop(part: str) -> str:
    return part[:-1] if part.endswith(".") and not _ABBREVIATION.search(part) else part


#: Appendix 1's row texts as the instruction prints them (its column
#: «Подзадача»), by subtask: the catalog's titles are the instruction's
#: subtask headings, which differ (2.5.5 continues for three more lines).
APP1_ROW_TEXTS = {
    "2.1.1": "Сообщение о коррупционных правонарушениях (административных и уголовных)",
    "2.3.1": "Мониторинг привлечения к дисциплинарной ответственности руководителей за коррупционные "
    "преступления подчиненных",
    "2.3.2": "Установление фактов не рассмотрения ответственности руководителей за коррупцию подчиненных, "
    "в связи с назначением на иную должность",
    "2.4.1": "Установление фактов, принятия на работу лиц ранее совершивших коррупционное правонарушение",
    "2.5.1": "Установление лиц, осуществляющих деятельность, не совместимую с выполнением государственных функций",
    "2.5.2": "Установление фактов совместной службы (работы) близких родственников, супругов и свойственников",
    "2.5.3": "Установление фактов осуществления должностных обязанностей при наличии конфликта интересов",
    "2.5.4": "Установление фактов использования служебной и иной информации, не подлежащей официальному "
    "распространению, в целях получения или извлечения имущественных и неимущественных благ и "
    "преимуществ",
    "2.5.5": "Установление фактов принятия материального вознаграждения, подарков или услуг за действия "
    "(бездействие) в пользу лиц, их предоставивших, если такие действия входят в служебные полномочия",
    "2.5.6": "Установление фактов открытия, владения счетами (вкладами), хранения наличных денег и ценностей "
    "в иностранных банках, расположенных за пределами Республики Казахстан",
}
APP1_TITLE = "ОТЧЁТ (Справка)"
APP1_SUBTITLE = "Соблюдение норм антикоррупционного законодательства"
APP1_HEADERS = ("Подзадача", "№", "Описание выявленного факта, принятые меры")


def app1_row_text(subtask: Subtask) -> str:
    """The appendix's row text; a subtask the appendix has no row for (the
    quarterly 2.2.1 confirmed by an Appendix 1 of its own) is named by its title."""
    return APP1_ROW_TEXTS.get(subtask.code, subtask.title)


def build_app1(catalog: Catalog, ctx: FormContext, orgs: Sequence[OrgData], codes: Sequence[str] | None = None) -> Form:
    subtasks = [catalog.subtask(c) for c in codes] if codes else app1_subtasks(catalog)
    rows: list[Row] = []
    for subtask in subtasks:
        register = subtask.register
        facts = _rows_of(orgs, register.key) if register else []
        title = app1_row_text(subtask)
        if register is None or not facts:
            rows.append(
                Row(
                    (Cell(title), Cell("—", align=Align.CENTER), Cell(NO_FACTS)),
                    RowKind.EMPTY,
                    label=f"подзадача {subtask.code}",
                )
            )
            continue
        for i, (org, fact) in enumerate(facts, 1):
            description = _prefixed(org, describe_fact(register, fact), orgs)
            number = Cell(f"{i}.", align=Align.CENTER)
            label = f"подзадача {subtask.code}, факт №{i}"
            if i == 1:
                rows.append(Row((Cell(title, rowspan=len(facts)), number, Cell(description)), label=label))
            else:
                rows.append(Row((number, Cell(description)), label=label))
    table = Table(
        columns=(
            Column(APP1_HEADERS[0], 3.2),
            Column(APP1_HEADERS[1], 0.6, Align.CENTER),
            Column(APP1_HEADERS[2], 6.2),
        ),
        rows=tuple(rows),
    )
    # A quarterly Appendix 1 (2.2.1) says which quarter; the yearly one is the year's.
    subtitle = APP1_SUBTITLE + (f" {ctx.period_text}" if ctx.period_text else "")
    return Form(
        FormName.APP1,
        ctx.year,
        caption(1),
        (),
        APP1_TITLE,
        subtitle=subtitle,
        approval=Approval(CHIEF_OF_STAFF, organization=ctx.organization, signer_name=ctx.approver_name),
        tables=(table,),
        generated_on=_footer(ctx),
    )


# ------------------------------------------------------------------ Appendix 2
APP2_CATEGORIES = (
    "Административное правонарушение",
    "Уголовное правонарушение",
    "Правонарушение, дискредитирующее государственную службу",
)
APP2_TITLE = "АКТ СВЕРКИ"
APP2_SUBTITLE = (
    "административных и уголовных коррупционных правонарушений, и правонарушений, "
    "дискредитирующих государственную службу"
)
APP2_HEADERS = ("№", "Категория", "Фабула правонарушения", "Статус")
#: The act is made for one quarter: the note says «проводится ежеквартально».
APP2_QUARTERS = ("Q1", "Q2", "Q3", "Q4")
APP2_NOTE = (
    "Примечание: проводится ежеквартально с органами КПСиСУ ГП РК. В сверке отражаются сведения, "
    "по вступившим в законную силу приговорам и постановлениям."
)


def _register_key(catalog: Catalog, prefix: str) -> str | None:
    for subtask in catalog.subtasks():
        for register in subtask.registers:
            if register.key.startswith(prefix):
                return register.key
    return None


def build_app2(catalog: Catalog, ctx: FormContext, orgs: Sequence[OrgData]) -> Form:
    """The act of one quarter (services/forms refuses a year: «проводится ежеквартально»)."""
    key = _register_key(catalog, "app2_")
    facts = _rows_of(orgs, key) if key else []
    rows: list[Row] = []
    for category in APP2_CATEGORIES:
        rows.append(Row((Cell(""), Cell(category, bold=True), Cell(""), Cell("")), RowKind.GROUP, label=category))
        mine = [(org, r) for org, r in facts if r.get("category") == category]
        if not mine:
            rows.append(
                Row((Cell("—", align=Align.CENTER), Cell(""), Cell(NO_DATA), Cell("")), RowKind.EMPTY, label=category)
            )
        for i, (org, r) in enumerate(mine, 1):
            rows.append(
                Row(
                    (
                        Cell(f"{i}."),
                        Cell(""),
                        Cell(_prefixed(org, _text(r.get("plot")), orgs)),
                        Cell(_text(r.get("status"))),
                    ),
                    label=f"{category}, №{i}",
                )
            )
    table = Table(
        columns=(
            Column(APP2_HEADERS[0], 0.6, Align.CENTER),
            Column(APP2_HEADERS[1], 2.6),
            Column(APP2_HEADERS[2], 4.8),
            Column(APP2_HEADERS[3], 2.0),
        ),
        rows=tuple(rows),
    )
    subtitle = APP2_SUBTITLE + (f" {ctx.period_text}" if ctx.period_text else "")
    # «НАИМЕНОВАНИЕ ГОСУДАРСТВЕННОГО ОРГАНА»: Appendix 2 writes the body's name in capitals.
    return Form(
        FormName.APP2,
        ctx.year,
        caption(2),
        (),
        APP2_TITLE,
        subtitle=subtitle,
        approval=Approval(CHIEF_OF_STAFF, organization=ctx.organization.upper(), signer_name=ctx.approver_name),
        tables=(table,),
        notes=(APP2_NOTE,),
        generated_on=_footer(ctx),
    )


# ------------------------------------------------------------------ Appendix 3
#: (register column, header as the instruction prints it, width, alignment, kind)
APP3_FIRST = "1.Наименование региона; 2.Наименование ЦГО; 3.Наименование центральной компании."
APP3_COLUMNS = (
    ("company_name", Column("Наименование организации квазигосударственного сектора", 2.4)),
    ("ownership_form", Column("Форма собственности (АО, ТОО, ГККП, ГКП, ГКП на ПХВ)", 1.3, Align.CENTER)),
    ("staff_count", Column("Штатная численность организации", 1.1, Align.RIGHT, ValueKind.INT)),
    ("budget", Column("Бюджет организации", 1.5, Align.RIGHT, ValueKind.MONEY)),
    ("activity", Column("Направление деятельности организации", 1.7)),
    (
        "has_compliance_service",
        Column("Наличие самостоятельной комплаенс-службы (комплаенс офицера)\n+/-", 1.3, Align.CENTER),
    ),
    ("compliance_officer", Column("Ф.И.О. Комплаенс-офицера, тел", 1.6)),
    (
        "responsible_person",
        Column("Ф.И.О. и основная должность ответственного лица, на которое возложены функции комплаенс, тел.", 2.0),
    ),
)


def _app3_value(key: str, value: Any) -> str | Decimal | int | None:
    if key == "has_compliance_service":
        return "" if value is None else ("+" if value else "−")
    if key in ("staff_count", "budget"):
        amount: Decimal | int | None = value
        return amount
    return _text(value)


def build_app3(catalog: Catalog, ctx: FormContext, orgs: Sequence[OrgData]) -> Form:
    """Nine columns as the appendix has them: the first names the region, the
    central body or the central company its companies belong to (the row's
    «parent_name», else the reporting body), spanning its companies' rows."""
    key = _register_key(catalog, "app3_")
    entries = _rows_of(orgs, key) if key else []
    columns = (Column(APP3_FIRST, 1.9), *(c for _, c in APP3_COLUMNS))
    groups: dict[str, list[TypedRow]] = {}
    for org, r in entries:
        groups.setdefault(_text(r.get("parent_name") or org.name), []).append(r)
    rows: list[Row] = []
    for parent, members in groups.items():
        for i, r in enumerate(members):
            cells = tuple(Cell(_app3_value(k, r.get(k))) for k, _ in APP3_COLUMNS)
            first = (Cell(parent, rowspan=len(members)),) if i == 0 else ()
            rows.append(Row(first + cells, label=f"{parent}: {_text(r.get('company_name')) or i + 1}"))
    if not rows:
        rows.append(Row((Cell(NO_DATA, colspan=len(columns)),), RowKind.EMPTY))
    return Form(
        FormName.APP3,
        ctx.year,
        caption(3),
        (),
        "",
        tables=(Table(columns, tuple(rows)),),
        landscape=True,
        generated_on=_footer(ctx),
    )


# ------------------------------------------------------------------ Appendix 4
APP4_REGION = "Регион (всего)"
APP4_TITLE = "Координация ГСЗ на антикоррупционную тематику в регионе"
APP4_TOTAL = "Всего выделено в регионе на ГСЗ"
APP4_ANTI = "Выделен ГСЗ на антикоррупционную тематику"
APP4_NOTE_SPEC = "* дополнительно необходимо приложить тех.спецификации в отдельную папку"
APP4_BREAKDOWN = "Сумма ГСЗ на антикоррупционную тематику в разрезе:"
APP4_LINK = "*ссылка на конкурс"
#: The register's levels and the appendix's row labels («в разрезе: Областных управлений, город, район»).
APP4_LEVEL_LABELS = {"Областные управления": "Областных управлений", "Город": "город", "Район": "район"}


def _app4_totals(entries: Sequence[TypedRow], year: int) -> tuple[Decimal | None, Decimal | None]:
    """(all ГСЗ, anti-corruption ГСЗ) of the region for a year: the «Регион
    (всего)» row when there is one, else the sums of the breakdown rows."""
    of_year = [r for r in entries if r.get("year") == year]
    region = [r for r in of_year if r.get("level") == APP4_REGION]
    source = region or of_year
    if not source:
        return None, None
    totals: list[Decimal] = [r["total_amount"] for r in source if r.get("total_amount") is not None]
    anti: list[Decimal] = [r["anticorruption_amount"] for r in source if r.get("anticorruption_amount") is not None]
    return (sum(totals, Decimal(0)) if totals else None, sum(anti, Decimal(0)) if anti else None)


def _money_cell(amount: Decimal | None) -> Cell:
    return Cell(amount if amount is not None else "—", align=Align.RIGHT)


def app4_label(level: str, name: str) -> str:
    """«Областных управлений (Управление образования)», «город Тараз», «Байзакский район»."""
    label = APP4_LEVEL_LABELS.get(level, level)
    name = name.strip()
    if not name or name.casefold() == label.casefold():
        return label
    if level == "Город":
        return name if name.casefold().startswith(("г.", "город")) else f"{label} {name}"
    if level == "Район":
        return name if "район" in name.casefold() else f"{name} {label}"
    if level == "Областные управления":
        return f"{label} ({name})"
    return name


def _app4_year_table(entries: Sequence[TypedRow], year: int, suffix: str, note: str) -> Table:
    total, anti = _app4_totals(entries, year)
    columns = (Column("", 4.0), Column("", 3.0, Align.RIGHT, ValueKind.MONEY), Column("", 3.0))
    head = Row((Cell(APP4_TOTAL + suffix, bold=True), Cell(APP4_ANTI + suffix, bold=True), Cell(note)), RowKind.GROUP)
    return Table(
        columns, (Row((_money_cell(total), _money_cell(anti), Cell("")), label=APP4_TOTAL + suffix),), head=(head,)
    )


def build_app4(catalog: Catalog, ctx: FormContext, orgs: Sequence[OrgData]) -> Form:
    key = _register_key(catalog, "app4_")
    entries = [r for _, r in _rows_of(orgs, key)] if key else []
    year = ctx.year
    columns = (Column("", 4.0), Column("", 3.0, Align.RIGHT, ValueKind.MONEY), Column("", 3.0))
    rows = []
    for r in (r for r in entries if r.get("year") == year and r.get("level") != APP4_REGION):
        label = _text(app4_label(str(r.get("level") or ""), str(r.get("name") or "")))
        rows.append(
            Row(
                (Cell(label), _money_cell(r.get("anticorruption_amount")), Cell(_text(r.get("tender_link")))),
                label=label,
            )
        )
    if not rows:
        rows.append(Row((Cell(NO_DATA), Cell("—", align=Align.RIGHT), Cell("")), RowKind.EMPTY))
    breakdown = Table(
        columns,
        tuple(rows),
        head=(Row((Cell(APP4_BREAKDOWN, bold=True), Cell(""), Cell(APP4_LINK, bold=True)), RowKind.GROUP),),
    )
    tables = (
        _app4_year_table(entries, year, "", APP4_NOTE_SPEC),
        breakdown,
        *(_app4_year_table(entries, later, f" на {later} г.", "") for later in (year + 1, year + 2)),
    )
    return Form(FormName.APP4, year, caption(4), (), APP4_TITLE, tables=tables, generated_on=_footer(ctx))


# ------------------------------------------------------------------ Appendix 5
APP5_TITLE = "ОТЧЁТ"
APP5_SUBTITLE = (
    "по организации уполномоченными по этике системной профилактической работы\n"
    "с государственными служащими, занимающими должности, подверженные коррупционным рискам"
)
APP5_HEADERS = (
    "№",
    "Ф.И.О., должность государственного служащего",
    "Дата, время, формат проведения мероприятия,\nПрочие участники (при участии других лиц), "
    "тема мероприятия, ссылка на интернет-ресурс",
)


def _event_text(r: TypedRow) -> str:
    when = r.get("event_date")
    parts = [official_date(when) if isinstance(when, date) else str(when or "")]
    for key, label in (
        ("event_time", ""),
        ("format", "формат: "),
        ("other_participants", "прочие участники: "),
        ("topic", "тема: "),
        ("link", ""),
    ):
        value = r.get(key)
        if value not in (None, ""):
            text = str(value)
            parts.append(label + (text.lower() if key == "format" else text))
    return _text(", ".join(p for p in parts if p))


def build_app5(catalog: Catalog, ctx: FormContext, orgs: Sequence[OrgData]) -> Form:
    key = _register_key(catalog, "app5_")
    entries = _rows_of(orgs, key) if key else []
    rows = []
    for i, (org, r) in enumerate(entries, 1):
        who = _text(", ".join(str(v) for v in (r.get("employee_name"), r.get("employee_position")) if v))
        rows.append(
            Row(
                (Cell(f"{i}.", align=Align.CENTER), Cell(_prefixed(org, who, orgs)), Cell(_event_text(r))),
                label=f"мероприятие №{i}",
            )
        )
    if not rows:
        rows.append(Row((Cell("—", align=Align.CENTER), Cell(NO_DATA), Cell("")), RowKind.EMPTY))
    table = Table(
        columns=(
            Column(APP5_HEADERS[0], 0.6, Align.CENTER),
            Column(APP5_HEADERS[1], 3.6),
            Column(APP5_HEADERS[2], 5.8),
        ),
        rows=tuple(rows),
    )
    # «Наименование ЦГО/МИО» stands under the commissioner's title, with a separate signature line.
    return Form(
        FormName.APP5,
        ctx.year,
        caption(5),
        (),
        APP5_TITLE,
        subtitle=APP5_SUBTITLE,
        approval=Approval(
            ETHICS_COMMISSIONER,
            organization=ctx.organization,
            signer_name=ctx.approver_name,
            with_stamp=False,
            organization_first=False,
            separate_signature=True,
        ),
        tables=(table,),
        generated_on=_footer(ctx),
    )
