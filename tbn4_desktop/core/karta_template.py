"""Writing the Карта template: one row per subtask × period, fixed-rule rows
first with a highlighted date cell, Excel's date and periodicity checks, print
setup; the file is written atomically. openpyxl is imported on first use."""

from __future__ import annotations

import io
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tbn4_desktop.core.catalog import Catalog, DeadlineKind
from tbn4_desktop.core.fileio import atomic_writer, describe_os_error
from tbn4_desktop.core.karta_layout import (
    FIRST_DATA_ROW,
    HEADER_ROW,
    HEADERS,
    SHEET_PREFIX,
    WHO_COMPUTED,
    WHO_FIXED,
    YEAR_CELL,
    KartaError,
    KartaTemplateRow,
    date_bounds,
    period_cell_text,
)
from tbn4_desktop.core.vocabulary import Periodicity
from tbn4_desktop.i18n import tr

if TYPE_CHECKING:
    from openpyxl.styles import Font

_WIDTHS = (11, 13, 62, 44, 14, 19, 16)
_LINE_HEIGHT = 15  # points per wrapped line (11 pt Calibri)


def _catalog_periodicity(catalog: Catalog, code: str) -> Periodicity | None:
    try:
        return catalog.subtask(code).periodicity
    except KeyError:
        return None


def write_karta_template(
    path: Path | str, catalog: Catalog, year: int, rows: Iterable[KartaTemplateRow | tuple[Any, ...]]
) -> int:
    """Write the template to `path` atomically; returns the number of rows.

    Fixed-rule rows (the dates the Карта sets) come first with a highlighted
    date cell; relative-rule rows follow, greyed and marked as computed by
    the app. Raises KartaError when the file cannot be written."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    items = [KartaTemplateRow(*r) for r in rows]
    order = {s.code: i for i, s in enumerate(catalog.subtasks())}

    def is_fixed(code: str) -> bool:
        try:
            return catalog.subtask(code).deadline.kind is DeadlineKind.FIXED
        except KeyError:
            return False

    items.sort(key=lambda r: (not is_fixed(r.code), order.get(r.code, len(order)), _period_order(r.period)))

    wb = Workbook()
    ws = wb.active
    ws.title = f"{SHEET_PREFIX} {year}"
    last_col = get_column_letter(len(HEADERS))

    thin = Side(style="thin", color="A0A0A0")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap_top = Alignment(wrap_text=True, vertical="top")
    fixed_fill = PatternFill("solid", fgColor="FFF2CC")
    header_fill = PatternFill("solid", fgColor="D9E1F2")
    grey = _font(color="666666")

    # i18n: ru-only-begin — the workbook's text: the Карта is a Russian document whatever the interface language
    ws["A1"] = f"Карта реализации ТБН №4 на {year} год: сроки исполнения подзадач"
    ws["A1"].font = _font(bold=True, size=13)
    ws.merge_cells(f"A1:{last_col}1")
    ws["A2"] = "Год:"
    ws["A2"].font = _font(bold=True)
    ws["A2"].alignment = Alignment(horizontal="right")
    ws[YEAR_CELL] = year
    ws[YEAR_CELL].font = _font(bold=True, size=12)
    ws[YEAR_CELL].number_format = "0"
    ws[YEAR_CELL].alignment = Alignment(horizontal="left")
    ws["C2"] = (
        f"Каталог: {catalog.title} ({catalog.id}, версия {catalog.version}). Год в ячейке {YEAR_CELL} не меняйте."
    )
    ws["C2"].font = grey
    ws.merge_cells(f"C2:{last_col}2")
    ws["A3"] = (
        "Укажите сроки в столбце «Срок» для строк, выделенных жёлтым: их устанавливает Карта "
        "реализации. Остальные сроки программа рассчитывает сама; дату там указывают, только "
        "чтобы заменить расчётный срок. Пустая ячейка — срок в программе не меняется."
    )
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    # i18n: ru-only-end
    ws.merge_cells(f"A3:{last_col}3")
    ws.row_dimensions[3].height = 32

    for col, (title, width) in enumerate(zip(HEADERS, _WIDTHS, strict=True), start=1):
        cell = ws.cell(row=HEADER_ROW, column=col, value=title)
        cell.font = _font(bold=True)
        cell.fill = header_fill
        cell.border = border
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.row_dimensions[HEADER_ROW].height = 30

    for i, item in enumerate(items):
        r = FIRST_DATA_ROW + i
        fixed = is_fixed(item.code)
        periodicity = item.periodicity or _catalog_periodicity(catalog, item.code)
        values = (
            item.code,
            period_cell_text(item.period),
            item.title,
            item.rule,
            item.due,
            WHO_FIXED if fixed else WHO_COMPUTED,
            periodicity.label_ru if periodicity else "",
        )
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=col, value=value)
            cell.border = border
            cell.alignment = wrap_top
            if not fixed and col != 5:
                cell.font = grey
        ws.cell(row=r, column=1).number_format = "@"
        ws.cell(row=r, column=2).number_format = "@"
        due_cell = ws.cell(row=r, column=5)
        due_cell.number_format = "DD.MM.YYYY"
        due_cell.alignment = Alignment(horizontal="center", vertical="top")
        if fixed:
            due_cell.fill = fixed_fill
            ws.cell(row=r, column=6).font = _font(bold=True)
        # Spreadsheet programs do not grow wrapped rows on opening: set the height.
        ws.row_dimensions[r].height = _LINE_HEIGHT * max(
            _wrapped_lines(str(v or ""), _WIDTHS[c]) for c, v in enumerate(values) if c != 4
        )

    last_row = FIRST_DATA_ROW + max(len(items), 1) - 1
    low, high = date_bounds(year)
    # i18n: ru-only-begin — Excel's prompts and checks inside the Russian workbook
    dv = DataValidation(
        type="date",
        operator="between",
        allow_blank=True,
        formula1=str(_excel_serial(low)),
        formula2=str(_excel_serial(high)),
        showErrorMessage=True,
        errorTitle="Неверная дата",
        error=(f"Введите дату в формате ДД.ММ.ГГГГ с {low:%d.%m.%Y} по {high:%d.%m.%Y} или оставьте ячейку пустой."),
        showInputMessage=True,
        promptTitle="Срок",
        prompt="Дата в формате ДД.ММ.ГГГГ. Пустая ячейка — срок не меняется.",
    )
    dv.add(f"E{FIRST_DATA_ROW}:E{last_row}")
    ws.add_data_validation(dv)
    choices = ",".join(p.label_ru for p in Periodicity)
    periodicity_dv = DataValidation(
        type="list",
        formula1=f'"{choices}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Периодичность",
        error=f"Выберите одно из значений: {choices.replace(',', ', ')}.",
        showInputMessage=True,
        promptTitle="Периодичность",
        prompt=(
            "Как часто подзадача исполняется по Карте. Если периодичность меняется, укажите её "
            "одинаково во всех строках подзадачи и перечислите её периоды."
        ),
    )
    # i18n: ru-only-end
    periodicity_dv.add(f"G{FIRST_DATA_ROW}:G{last_row}")
    ws.add_data_validation(periodicity_dv)

    ws.freeze_panes = ws.cell(row=FIRST_DATA_ROW, column=1)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{last_row}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.center.text = "Стр. &P из &N"  # i18n: ru-only — the printed Russian workbook's footer

    buffer = io.BytesIO()
    wb.save(buffer)
    target = Path(path)
    if target.is_dir():
        raise KartaError(tr("Указана папка, а не файл: {path}.").format(path=target))
    try:
        with atomic_writer(target) as handle:
            handle.write(buffer.getvalue())
    except OSError as exc:
        raise KartaError(describe_os_error(exc, target)) from exc
    return len(items)


def _font(**kwargs: object) -> Font:
    """One font family everywhere, so no cell falls back to another face."""
    from openpyxl.styles import Font

    return Font(name="Calibri", **kwargs)


def _wrapped_lines(text: str, width: float) -> int:
    """Lines `text` takes in a column `width` characters wide (an estimate
    that errs on the generous side)."""
    per_line = max(int(width * 0.95) - 1, 1)
    lines = 0
    for paragraph in text.split("\n") or [""]:
        length, count = 0, 1
        for word in paragraph.split():
            if length and length + 1 + len(word) > per_line:
                count += 1
                length = len(word)
            else:
                length += len(word) + (1 if length else 0)
            count += max(length - 1, 0) // per_line
            length = length % per_line if length > per_line else length
        lines += count
    return max(lines, 1)


def _period_order(period: str) -> int:
    return int(period[1:]) if period else 0


def _excel_serial(value: date) -> int:
    return (value - date(1899, 12, 30)).days
