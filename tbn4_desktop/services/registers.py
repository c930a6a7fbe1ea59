"""Rows of a subtask's registers: reading, saving (checked cell by cell, all
rows of a register replaced in one transaction) and XLSX import/export.

Rows go in as dicts of raw or typed values (column key → value) and come out
as typed values (see core.register_values).

«Фактов не выявлено»: a Project 2 subtask's Appendix 1 table may be empty
because nothing was found — an answer the user gives explicitly. It is kept
like the 4.2.1 headcount (core.kpi.HEADCOUNT_REGISTER): as rows of a register
of its own, NO_FACTS_REGISTER, one row per table declared empty, under the
same execution — no schema change, exported, imported, journaled and
deleted with the execution's other rows. Rows and the declaration exclude
each other: declaring with rows is refused, saving rows withdraws it."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import Register, RegisterColumn, Subtask
from tbn4_desktop.core.register_values import (
    from_storage,
    is_blank_row,
    is_empty,
    normalise,
    to_storage,
)
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.i18n import N_, tc, tr
from tbn4_desktop.models import RegisterRow, SubtaskExecution
from tbn4_desktop.services.audit_rows import register_rows_replaced
from tbn4_desktop.services.versioning import check_version, subtask_changed

#: Rows an imported sheet may hold (beyond that it is surely the wrong file).
MAX_IMPORT_ROWS = 20_000

#: «Фактов не выявлено»: one row per table of the execution declared empty.
NO_FACTS_REGISTER = Register(
    key="no_facts",
    title=N_("Фактов не выявлено"),
    columns=(RegisterColumn(key="register", title=N_("Таблица, в которой фактов не выявлено"), required=True),),
)
NO_FACTS_TEXT = N_("Фактов не выявлено")


def no_facts_register(subtask: Subtask) -> Register | None:
    """The table of `subtask` that may be declared «Фактов не выявлено»:
    the Appendix 1 table of a Project 2 subtask (the form prints «Факты не
    выявлены.» for it); None elsewhere."""
    register = subtask.register
    if subtask.project == 2 and register is not None and register.key.startswith("app1_"):
        return register
    return None


def declared_no_facts(session: Session, execution_id: int) -> set[str]:
    """Keys of the execution's tables declared «Фактов не выявлено»."""
    return {str(r.values.get("register")) for r in list_rows(session, execution_id, NO_FACTS_REGISTER.key)}


def set_no_facts(
    session: Session, execution_id: int, register: Register, declared: bool, *, expected_version: int | None = None
) -> int:
    """Declare (or withdraw) «Фактов не выявлено» for one table; refused
    while the table has rows. Returns the subtask's version."""
    keys = declared_no_facts(session, execution_id)
    if declared and list_rows(session, execution_id, register.key):
        raise ValidationError(
            {
                "no_facts": tr(
                    "В таблице «{table}» есть строки: «{no_facts}» можно отметить только "
                    "для пустой таблицы. Удалите строки или снимите отметку."
                ).format(table=tc(register.title), no_facts=tr(NO_FACTS_TEXT))
            }
        )
    wanted = (keys | {register.key}) if declared else (keys - {register.key})
    return save_rows(
        session,
        execution_id,
        NO_FACTS_REGISTER,
        [{"register": k} for k in sorted(wanted)],
        expected_version=expected_version,
    )


@dataclass(frozen=True)
class RegisterRowRecord:
    id: int
    position: int
    values: dict[str, Any]  # column key → typed value (None when empty)


def list_rows(session: Session, execution_id: int, register: Register | str) -> list[RegisterRowRecord]:
    """The register's rows in order. With a Register the values are typed;
    with only its key they are as stored (JSON)."""
    key = register if isinstance(register, str) else register.key
    rows = session.scalars(
        select(RegisterRow)
        .where(
            RegisterRow.execution_id == execution_id,
            RegisterRow.register_key == key,
        )
        .order_by(RegisterRow.position, RegisterRow.id)
    )
    return [
        RegisterRowRecord(
            id=r.id,
            position=r.position,
            values=dict(r.values) if isinstance(register, str) else from_storage(register, r.values),
        )
        for r in rows
    ]


def check_rows(register: Register, rows: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Typed values of every non-blank row; ValidationError keyed
    `rows[i].column` (i: index in `rows`) when any cell is refused."""
    errors: dict[str, str] = {}
    typed_rows: list[dict[str, Any]] = []
    for i, row in enumerate(rows):
        if is_blank_row(row):
            continue
        typed, row_errors = normalise(register, row)
        for column, message in row_errors.items():
            errors[f"rows[{i}].{column}"] = message
        typed_rows.append(typed)
    if errors:
        raise ValidationError(errors)
    return typed_rows


def save_rows(
    session: Session,
    execution_id: int,
    register: Register,
    rows: Sequence[Mapping[str, Any]],
    *,
    expected_version: int | None = None,
) -> int:
    """Replace the register's rows of an execution. Fully blank rows are
    skipped. Nothing is written unless every row is valid. Replacing all rows
    would silently drop rows another PC saved meanwhile, so the subtask's
    version is checked against `expected_version` (ConcurrentEditError) and
    bumped; returns the new version."""
    execution = session.get(SubtaskExecution, execution_id)
    if execution is None:
        raise ValueError(f"execution {execution_id} does not exist")
    check_version(execution, expected_version)
    typed_rows = check_rows(register, rows)
    if (
        typed_rows
        and register.key != NO_FACTS_REGISTER.key
        and register.key in declared_no_facts(session, execution_id)
    ):
        # Facts entered: «Фактов не выявлено» no longer holds.
        set_no_facts(session, execution_id, register, False)
    stored = [to_storage(register, typed) for typed in typed_rows]
    current = session.scalars(
        select(RegisterRow.values)
        .where(RegisterRow.execution_id == execution_id, RegisterRow.register_key == register.key)
        .order_by(RegisterRow.position)
    ).all()
    if list(current) == stored:
        return execution.version  # the same rows again: no change, nothing to upload again
    # The bulk DELETE below is journaled here: the journal's listener does not see it.
    register_rows_replaced(session, execution, register.key, list(current), stored)
    session.execute(
        delete(RegisterRow).where(RegisterRow.execution_id == execution_id, RegisterRow.register_key == register.key)
    )
    for position, values in enumerate(stored):
        session.add(RegisterRow(execution_id=execution_id, register_key=register.key, position=position, values=values))
    subtask_changed(execution)  # the bulk DELETE above is not seen by the versioning listener
    session.flush()
    return execution.version


# ------------------------------------------------------------------ XLSX
def export_register_xlsx(register: Register, rows: Sequence[Mapping[str, Any]], path: Path) -> None:
    """One sheet: a header row of column titles, then one row per record.
    Dates and amounts are real Excel dates and numbers."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = "Реестр"  # i18n: ru-only — the exported sheet is read back by import_register_xlsx whatever the language
    ws.append([c.title for c in register.columns])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        typed, _ = normalise(register, row)
        out: list[Any] = []
        for column in register.columns:
            value = typed.get(column.key, row.get(column.key))
            if column.type == "bool" and isinstance(value, bool):
                value = "Да" if value else "Нет"  # i18n: ru-only — exported values, read back by the import
            elif isinstance(value, Decimal):
                value = int(value) if value == value.to_integral_value() else float(value)
            out.append(value)
        ws.append(out)
        for column, cell in zip(register.columns, ws[ws.max_row], strict=False):
            if column.type == "date":
                cell.number_format = "DD.MM.YYYY"
            elif column.type == "money":
                cell.number_format = "#,##0.00"
    for i, column in enumerate(register.columns, start=1):
        ws.column_dimensions[get_column_letter(i)].width = min(max(len(column.title) * 0.6, 12), 45)
    ws.freeze_panes = "A2"
    wb.properties.title = register.title
    wb.save(path)


def import_register_xlsx(register: Register, path: Path) -> list[dict[str, Any]]:
    """Typed rows of the first sheet of an XLSX file whose header row holds
    the register's column titles (the catalog's Russian ones, as the export
    writes them: messages name them so). ValidationError (all problems, «строка N,
    столбец «…»») when anything is wrong: nothing is taken half-way."""
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=False)
    except FileNotFoundError:
        raise ValidationError({"file": tr("Файл «{name}» не найден.").format(name=Path(path).name)}) from None
    except Exception:  # noqa: BLE001 - openpyxl raises many kinds for a damaged or foreign file
        raise ValidationError(
            {"file": tr("Файл «{name}» не является таблицей Excel (XLSX) или повреждён.").format(name=Path(path).name)}
        ) from None
    try:
        ws = wb.worksheets[0]
        rows_iter = ws.iter_rows(values_only=True)
        header = next(rows_iter, None)
        by_title = {c.title.strip().casefold(): c for c in register.columns}
        errors: dict[str, str] = {}
        if header is None:
            raise ValidationError({"header": tr("Таблица пуста: в первой строке должны быть названия столбцов.")})
        columns: list[RegisterColumn | None] = []
        for n, title in enumerate(header, start=1):
            if is_empty(title):
                columns.append(None)
                continue
            column = by_title.get(str(title).strip().casefold())
            if column is None:
                errors[f"header[{n}]"] = tr("Строка 1, столбец {number}: неизвестный столбец «{title}».").format(
                    number=n, title=str(title).strip()
                )
            elif column in columns:
                errors[f"header[{n}]"] = tr("Строка 1: столбец «{title}» указан дважды.").format(title=column.title)
            columns.append(column)
        for column in register.columns:
            if column.required and column not in columns:
                errors[f"header.{column.key}"] = tr("Строка 1: нет обязательного столбца «{title}».").format(
                    title=column.title
                )
        if errors:
            raise ValidationError(errors)
        result: list[dict[str, Any]] = []
        for row_number, cells in enumerate(rows_iter, start=2):
            if row_number - 1 > MAX_IMPORT_ROWS:
                raise ValidationError(
                    {"file": tr("В таблице больше {max} строк: проверьте файл.").format(max=MAX_IMPORT_ROWS)}
                )
            raw: dict[str, Any] = {}
            for column, value in zip(columns, cells, strict=False):
                if column is None:
                    if not is_empty(value):
                        errors[f"rows[{row_number}]"] = tr("Строка {row}: значение в столбце без названия.").format(
                            row=row_number
                        )
                    continue
                if isinstance(value, str) and value.startswith("="):
                    errors[f"rows[{row_number}].{column.key}"] = tr(
                        "Строка {row}, столбец «{title}»: формула вместо значения. Замените формулы значениями."
                    ).format(row=row_number, title=column.title)
                    continue
                raw[column.key] = value
            if is_blank_row(raw):
                continue
            typed, row_errors = normalise(register, raw)
            for key, message in row_errors.items():
                errors[f"rows[{row_number}].{key}"] = tr("Строка {row}, столбец «{title}»: {message}").format(
                    row=row_number, title=register.column(key).title, message=message
                )
            result.append(typed)
        if errors:
            raise ValidationError(errors)
        return result
    finally:
        wb.close()
