"""Builders of Appendices 1–5 (the forms at the end of the instruction) from
typed register rows. Appendices 2–5 are built here; Appendix 1 is
appendix1.py and what every builder starts from (OrgData, FormContext, the
captions) appendix_data.py, both importable from here as before.

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

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Any

from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.forms.appendix1 import APP1_HEADERS as APP1_HEADERS
from tbn4_desktop.core.forms.appendix1 import APP1_ROW_TEXTS as APP1_ROW_TEXTS
from tbn4_desktop.core.forms.appendix1 import APP1_SUBTITLE as APP1_SUBTITLE
from tbn4_desktop.core.forms.appendix1 import APP1_TITLE as APP1_TITLE
from tbn4_desktop.core.forms.appendix1 import TERMINATION_COLUMNS as TERMINATION_COLUMNS
from tbn4_desktop.core.forms.appendix1 import TERMINATION_FLAG as TERMINATION_FLAG
from tbn4_desktop.core.forms.appendix1 import TERMINATION_TEXT as TERMINATION_TEXT
from tbn4_desktop.core.forms.appendix1 import app1_row_text as app1_row_text
from tbn4_desktop.core.forms.appendix1 import app1_subtasks as app1_subtasks
from tbn4_desktop.core.forms.appendix1 import build_app1 as build_app1
from tbn4_desktop.core.forms.appendix1 import describe_fact as describe_fact
from tbn4_desktop.core.forms.appendix_data import CHIEF_OF_STAFF as CHIEF_OF_STAFF
from tbn4_desktop.core.forms.appendix_data import ETHICS_COMMISSIONER as ETHICS_COMMISSIONER
from tbn4_desktop.core.forms.appendix_data import NO_DATA as NO_DATA
from tbn4_desktop.core.forms.appendix_data import NO_FACTS as NO_FACTS
from tbn4_desktop.core.forms.appendix_data import FormContext as FormContext
from tbn4_desktop.core.forms.appendix_data import OrgData as OrgData
from tbn4_desktop.core.forms.appendix_data import TypedRow as TypedRow
from tbn4_desktop.core.forms.appendix_data import caption as caption
from tbn4_desktop.core.forms.appendix_data import footer_line, prefixed, printed, rows_of
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
from tbn4_desktop.core.forms.names import APP2_QUARTERS as APP2_QUARTERS
from tbn4_desktop.core.forms.russian import official_date

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
    facts = rows_of(orgs, key) if key else []
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
                        Cell(prefixed(org, printed(r.get("plot")), orgs)),
                        Cell(printed(r.get("status"))),
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
        generated_on=footer_line(ctx),
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
    return printed(value)


def build_app3(catalog: Catalog, ctx: FormContext, orgs: Sequence[OrgData]) -> Form:
    """Nine columns as the appendix has them: the first names the region, the
    central body or the central company its companies belong to (the row's
    «parent_name», else the reporting body), spanning its companies' rows."""
    key = _register_key(catalog, "app3_")
    entries = rows_of(orgs, key) if key else []
    columns = (Column(APP3_FIRST, 1.9), *(c for _, c in APP3_COLUMNS))
    groups: dict[str, list[TypedRow]] = {}
    for org, r in entries:
        groups.setdefault(printed(r.get("parent_name") or org.name), []).append(r)
    rows: list[Row] = []
    for parent, members in groups.items():
        for i, r in enumerate(members):
            cells = tuple(Cell(_app3_value(k, r.get(k))) for k, _ in APP3_COLUMNS)
            first = (Cell(parent, rowspan=len(members)),) if i == 0 else ()
            rows.append(Row(first + cells, label=f"{parent}: {printed(r.get('company_name')) or i + 1}"))
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
        generated_on=footer_line(ctx),
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
    entries = [r for _, r in rows_of(orgs, key)] if key else []
    year = ctx.year
    columns = (Column("", 4.0), Column("", 3.0, Align.RIGHT, ValueKind.MONEY), Column("", 3.0))
    rows = []
    for r in (r for r in entries if r.get("year") == year and r.get("level") != APP4_REGION):
        label = printed(app4_label(str(r.get("level") or ""), str(r.get("name") or "")))
        rows.append(
            Row(
                (Cell(label), _money_cell(r.get("anticorruption_amount")), Cell(printed(r.get("tender_link")))),
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
    return Form(FormName.APP4, year, caption(4), (), APP4_TITLE, tables=tables, generated_on=footer_line(ctx))


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
    return printed(", ".join(p for p in parts if p))


def build_app5(catalog: Catalog, ctx: FormContext, orgs: Sequence[OrgData]) -> Form:
    key = _register_key(catalog, "app5_")
    entries = rows_of(orgs, key) if key else []
    rows = []
    for i, (org, r) in enumerate(entries, 1):
        who = printed(", ".join(str(v) for v in (r.get("employee_name"), r.get("employee_position")) if v))
        rows.append(
            Row(
                (Cell(f"{i}.", align=Align.CENTER), Cell(prefixed(org, who, orgs)), Cell(_event_text(r))),
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
        generated_on=footer_line(ctx),
    )
