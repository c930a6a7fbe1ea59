"""The inventory (опись) of what a bundle holds: per subtask and period,
each document with its pages, who signed it and when."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from tbn4_desktop.core.forms.appendices import NO_DATA, FormContext
from tbn4_desktop.core.forms.breaking import keep_together
from tbn4_desktop.core.forms.model import (
    Align,
    Cell,
    Column,
    Form,
    FormName,
    Row,
    RowKind,
    Table,
    ValueKind,
)


@dataclass(frozen=True)
class InventoryItem:
    project: int
    project_title: str
    code: str  # «2.3.1»
    subtask_title: str  # the short title
    period: str  # «I квартал», «Январь», «2025 год»
    document: str  # the file's name as in the bundle, or a link
    pages: int | None  # None: a link or an office file without pages
    signer: str = ""  # «Касымов А. Б., руководитель аппарата»; ЭЦП: «Иванов И. И. (ЭЦП)»
    signed_on: date | None = None
    organization: str = ""  # filled in for a consolidated inventory


def _code_key(code: str) -> tuple[int, ...]:
    return tuple(int(p) for p in code.split(".") if p.isdigit())


def build_inventory(ctx: FormContext, items: Sequence[InventoryItem]) -> Form:
    columns = (
        Column("№", 0.6, Align.CENTER),
        Column("Подзадача", 2.8),
        Column("Период", 1.2),
        Column("Документ", 3.6),
        Column("Листов", 0.8, Align.RIGHT, ValueKind.INT),
        Column("Подписант", 2.2),
        Column("Дата", 1.2, Align.CENTER),
    )
    consolidated = len({i.organization for i in items}) > 1
    rows: list[Row] = []
    project = None
    number = 0
    # Stable sort by subtask only: the caller's order of periods («Январь» before
    # «Февраль») and of documents within a period is kept.
    for item in sorted(items, key=lambda i: (i.organization, _code_key(i.code))):
        if item.project != project:
            project = item.project
            heading = f"Проект {item.project}. {item.project_title}"
            rows.append(
                Row((Cell(heading, colspan=len(columns), bold=True, align=Align.LEFT),), RowKind.GROUP, label=heading)
            )
        number += 1
        subtask = f"{item.code}. {item.subtask_title}"
        if consolidated and item.organization:
            subtask = f"{item.organization}: {subtask}"
        # The date as 15.03.2025: «15» марта 2025 года would wrap to three lines in a column this narrow.
        rows.append(
            Row(
                (
                    Cell(f"{number}."),
                    Cell(keep_together(subtask)),
                    Cell(item.period),
                    Cell(keep_together(item.document)),
                    Cell(item.pages),
                    Cell(keep_together(item.signer)),
                    Cell(f"{item.signed_on:%d.%m.%Y}" if item.signed_on else ""),
                ),
                label=f"{item.code}, {item.period}: {item.document}",
            )
        )
    if number:
        pages = sum(i.pages or 0 for i in items)
        rows.append(
            Row(
                (Cell(""), Cell("Всего листов", bold=True, colspan=3), Cell(pages, bold=True), Cell(""), Cell("")),
                RowKind.TOTAL,
            )
        )
    else:
        rows.append(Row((Cell(NO_DATA, colspan=len(columns)),), RowKind.EMPTY))
    return Form(
        FormName.INVENTORY,
        ctx.year,
        "",
        (ctx.organization,),
        "ОПИСЬ",
        subtitle=f"документов, подтверждающих исполнение проектов ТБН №4 за {ctx.year} год",
        tables=(Table(columns, tuple(rows)),),
        landscape=True,
        notes=("Опись составил: ____________________ (подпись)   ____________________ (Ф.И.О.)",),
        generated_on=f"Сформировано {ctx.generated_on:%d.%m.%Y} в программе ТБН-4" if ctx.generated_on else "",
    )
