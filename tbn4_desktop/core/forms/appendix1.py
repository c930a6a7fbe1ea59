"""Appendix 1 (ОТЧЁТ (Справка)): the yearly subtasks with an `app1_`
register, each fact described in one cell in the catalog's order and wording."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from tbn4_desktop.core.catalog import Catalog, Register, RegisterColumn, Subtask
from tbn4_desktop.core.forms.appendix_data import (
    CHIEF_OF_STAFF,
    NO_FACTS,
    FormContext,
    OrgData,
    TypedRow,
    caption,
    footer_line,
    prefixed,
    rows_of,
)
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
)
from tbn4_desktop.core.forms.russian import official_date
from tbn4_desktop.core.register_values import format_value
from tbn4_desktop.core.vocabulary import Periodicity


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
        facts = rows_of(orgs, register.key) if register else []
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
            description = prefixed(org, describe_fact(register, fact), orgs)
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
        generated_on=footer_line(ctx),
    )
