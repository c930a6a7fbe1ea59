"""A form as a spreadsheet (openpyxl): the heading as merged rows, then the
tables one under another, amounts as numbers and totals as live SUM formulas,
so that a user who corrects a figure in Excel gets a correct total.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import TYPE_CHECKING, BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins

from tbn4_desktop.core.forms.errors import FormError
from tbn4_desktop.core.forms.model import (
    Align,
    BlockLineKind,
    Cell,
    Form,
    Row,
    RowKind,
    Table,
    ValueKind,
    approval_lines,
    placed_cells,
)
from tbn4_desktop.i18n import tr

if TYPE_CHECKING:
    from openpyxl.worksheet.worksheet import Worksheet

FONT = "Times New Roman"
# Thousands separated by the reader's locale (a space in ru-RU and kk-KZ); whole tenge or tiyn.
MONEY_FORMAT = '#,##0 "тнг."'
MONEY_CENTS_FORMAT = '#,##0.00 "тнг."'
INT_FORMAT = "0"
_MM_PER_INCH = 25.4
_LINE_PT = 15.75  # one 12 pt line with its leading
MAX_ROW_PT = 409  # Excel's tallest row
MAX_CELL_CHARS = 32_767  # Excel's longest cell text
_THIN = Side(style="thin")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_H = {Align.LEFT: "left", Align.CENTER: "center", Align.RIGHT: "right"}


def sheet_title(form: Form) -> str:
    """«Приложение 3», «Опись»: the file stem without its year, within Excel's 31 characters."""
    stem = form.file_stem
    return stem[: -len(str(form.year))].strip()[:31] if stem.endswith(str(form.year)) else stem[:31]


def render_xlsx(form: Form, out: BinaryIO) -> None:
    _check_lengths(form)
    wb = Workbook()
    ws = wb.active
    ws.title = sheet_title(form)
    width = max((len(t.columns) for t in form.tables), default=1)
    chars = _column_widths(form, width)
    for i, w in enumerate(chars, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    row = _heading(ws, form, width, chars)
    first_head: tuple[int, int] | None = None
    for table in form.tables:
        if table.caption:
            row = _merged(ws, row, width, table.caption, chars, bold=True) + 1
        head_start = row
        row = _table(ws, table, row, chars)
        # The header repeated on each printed page and frozen on screen: a
        # single table's (Appendix 4's small tables have headers of their own).
        if len(form.tables) == 1 and table.head_rows():
            first_head = (head_start, head_start + len(table.head_rows()) - 1)
        row += 1  # a blank row between tables
    for note in form.notes:
        row = _merged(ws, row, width, note, chars)
    if form.generated_on:
        row = _merged(ws, row + 1, width, form.generated_on, chars, size=9)
    _page_setup(ws, form, first_head)
    props = wb.properties
    props.title, props.creator, props.language, props.subject = form.title, "ТБН-4", "ru-RU", form.name.label_ru
    wb.save(out)


def _column_widths(form: Form, width: int) -> list[float]:
    """Excel character widths from the widest table's weights: about 140
    characters across in landscape, 92 in portrait."""
    widest = max(form.tables, key=lambda t: len(t.columns), default=None)
    across = 140 if form.landscape else 92
    if widest is None:
        return [float(across)]
    total = sum(c.width for c in widest.columns) or 1
    chars = [max(4.0, round(across * c.width / total, 1)) for c in widest.columns] + [10.0] * (
        width - len(widest.columns)
    )
    # An amount that does not fit shows as «####»: its column widens (printing still fits the page width).
    for table in form.tables:
        for _row, cells in zip(table.rows, placed_cells(table), strict=True):
            for col, cell in cells:
                number = _number(cell.value)
                if number is not None and cell.colspan == 1:
                    text = f"{number:,.2f} тнг." if isinstance(number, float) else f"{number:,} тнг."
                    # Times New Roman 12 pt digits are about 1.2 of Excel's width unit (Calibri 11 «0»).
                    chars[col] = max(chars[col], round(len(text) * 1.2 + 1, 1))
    return chars


def _lines(text: str, chars: float, size: float = 12, bold: bool = False) -> int:
    """Lines a text takes when wrapped at word boundaries in a cell `chars`
    wide: Excel and LibreOffice size neither merged nor wrapped rows by
    themselves, so the heights are set from this estimate (generous, never clipping)."""
    capacity = max(1.0, chars * 11 / size * (0.85 if bold else 0.95))
    total = 0
    for part in text.split("\n"):
        lines, used = 1, 0.0
        for word in part.split():
            if used and used + 1 + len(word) > capacity:
                lines, used = lines + 1, 0.0
            used += len(word) + (1 if used else 0)
            while used > capacity:  # a word longer than the cell breaks anywhere
                lines, used = lines + 1, used - capacity
        total += lines
    return total


def _height(lines: float, size: float = 12) -> float:
    """A row's height in points for `lines` lines, at most Excel's 409 pt (a taller text is cut off on screen)."""
    return min(MAX_ROW_PT, round(lines * _LINE_PT * size / 12, 2))


def _merged(
    ws: Worksheet,
    row: int,
    width: int,
    text: str,
    chars: list[float],
    *,
    bold: bool = False,
    size: float = 12,
    align: str = "left",
    first: int = 1,
    indent: int = 0,
) -> int:
    """A heading line over columns first…width; returns the next row."""
    cell = ws.cell(row=row, column=first, value=text)
    cell.font = Font(name=FONT, size=size, bold=bold)
    cell.alignment = Alignment(horizontal=align, vertical="top", wrap_text=True, indent=indent)
    if width > first:
        ws.merge_cells(start_row=row, start_column=first, end_row=row, end_column=width)
    span = sum(chars[first - 1 : width])
    ws.row_dimensions[row].height = _height(_lines(text, span, size, bold), size)
    return row + 1


def _heading(ws: Worksheet, form: Form, width: int, chars: list[float]) -> int:
    right = max(1, width // 2 + 1) if width > 1 else 1  # the right half, as on paper
    row = 1
    if form.appendix_caption:
        row = _merged(ws, row, width, form.appendix_caption, chars, size=10, first=right) + 1
    for name in form.organizations:
        row = _merged(ws, row, width, name, chars)
    if form.approval is not None:
        row += 1
        previous = ""
        for line in approval_lines(form.approval, form.year):
            if line.kind is BlockLineKind.UNDER:
                row = _merged(
                    ws, row, width, line.text, chars, size=10, first=right, indent=_under_indent(previous, line.text)
                )
            else:
                row = _merged(ws, row, width, line.text, chars, first=right)
            previous = line.text
    if form.title or form.subtitle:
        row += 1
    if form.title:
        row = _merged(ws, row, width, form.title, chars, bold=True, size=14, align="center")
    if form.subtitle:
        row = _merged(ws, row, width, form.subtitle, chars, align="center")
    return row + 1


def _under_indent(signature: str, under: str) -> int:
    """Indent steps that roughly centre a 10 pt «(подпись)» under the 12 pt
    underscores of the signature line above it: «_» is half an em, a
    letter about as wide, an indent step three spaces of Excel's 11 pt
    Calibri (about 7.5 pt)."""
    line = (len(signature) - len(signature.lstrip("_"))) * 0.5 * 12
    return max(0, min(15, round((line - len(under) * 0.5 * 10) / 2 / 7.5)))


def _number(value: str | Decimal | int | None) -> int | float | None:
    if isinstance(value, bool) or not isinstance(value, (int, Decimal)):
        return None
    return int(value) if value == int(value) else float(value)


def _table(ws: Worksheet, table: Table, top: int, chars: list[float]) -> int:
    """Writes head and body from row `top`; returns the row after the table."""
    head = table.head_rows()
    row = _rows(ws, table, head, placed_cells(table, head) if head else [], top, chars, is_head=True, data_rows=[])
    data_rows = [row + i for i, r in enumerate(table.rows) if r.kind is RowKind.DATA]
    return _rows(ws, table, table.rows, placed_cells(table), row, chars, is_head=False, data_rows=data_rows)


def _rows(
    ws: Worksheet,
    table: Table,
    rows: tuple[Row, ...],
    placed: list[list[tuple[int, Cell]]],
    top: int,
    chars: list[float],
    *,
    is_head: bool,
    data_rows: list[int],
) -> int:
    ncols = len(table.columns)
    for offset, (row, cells) in enumerate(zip(rows, placed, strict=True)):
        r = top + offset
        lines = 1
        for col, cell in cells:
            lines = max(lines, _write(ws, table, row, r, col, cell, chars, is_head, data_rows))
        for c in range(1, ncols + 1):  # borders on covered cells too, or merges lose them
            ws.cell(row=r, column=c).border = _BOX
        ws.row_dimensions[r].height = _height(lines)
    return top + len(rows)


def _write(
    ws: Worksheet,
    table: Table,
    row: Row,
    r: int,
    col: int,
    cell: Cell,
    chars: list[float],
    is_head: bool,
    data_rows: list[int],
) -> int:
    column = table.columns[col]
    target = ws.cell(row=r, column=col + 1)
    number = _number(cell.value)
    letter = get_column_letter(col + 1)
    if row.kind is RowKind.TOTAL and number is not None and data_rows:
        target.value = f"=SUM({letter}{data_rows[0]}:{letter}{data_rows[-1]})"
    elif number is not None:
        target.value = number
    else:
        target.value = None if cell.value in (None, "") else str(cell.value)
    if number is not None:
        money = column.kind is ValueKind.MONEY or isinstance(cell.value, Decimal)
        cents = isinstance(number, float) or (row.kind is RowKind.TOTAL and _has_cents(ws, col + 1, data_rows))
        target.number_format = (MONEY_CENTS_FORMAT if cents else MONEY_FORMAT) if money else INT_FORMAT
    bold = cell.bold or is_head or row.kind in (RowKind.GROUP, RowKind.TOTAL)
    align = cell.align or (Align.CENTER if is_head else column.align)
    target.font = Font(name=FONT, size=12, bold=bold)
    target.alignment = Alignment(horizontal=_H[align], vertical="center" if is_head else "top", wrap_text=True)
    if cell.rowspan > 1 or cell.colspan > 1:
        ws.merge_cells(start_row=r, start_column=col + 1, end_row=r + cell.rowspan - 1, end_column=col + cell.colspan)
    text = "" if target.value is None else (f"{number:,.0f} тнг." if number is not None else str(target.value))
    return math.ceil(_lines(text, sum(chars[col : col + cell.colspan]), bold=bold) / cell.rowspan)


def too_long(form: Form, label: str) -> FormError:
    """The one sentence for a text Excel cannot hold in a cell."""
    if len(label) > 80:  # a label made of the long text itself: its beginning names the row
        label = label[:80].rsplit(" ", 1)[0].rstrip(" ,;:") + "…"
    limit = f"{MAX_CELL_CHARS:,}".replace(",", "\u00a0")
    if label:
        return FormError(
            tr(
                "{form}: в строке «{label}» текст длиннее {limit} знаков — больше ячейка Excel не "
                "вмещает; сократите его или сохраните форму в DOCX или PDF."
            ).format(form=form.name.label, label=label, limit=limit)
        )
    return FormError(
        tr(
            "{form}: в одной из строк текст длиннее {limit} знаков — больше ячейка Excel не вмещает; "
            "сократите его или сохраните форму в DOCX или PDF."
        ).format(form=form.name.label, limit=limit)
    )


def _check_lengths(form: Form) -> None:
    """Refuse before writing: Excel calls a file with a longer cell damaged."""
    for table in form.tables:
        for row in table.rows:
            if any(isinstance(c.value, str) and len(c.value) > MAX_CELL_CHARS for c in row.cells):
                raise too_long(form, row.label)


def _has_cents(ws: Worksheet, column: int, data_rows: list[int]) -> bool:
    return any(isinstance(ws.cell(row=r, column=column).value, float) for r in data_rows)


def _page_setup(ws: Worksheet, form: Form, first_head: tuple[int, int] | None) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if form.landscape else "portrait"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(
        left=30 / _MM_PER_INCH,
        right=10 / _MM_PER_INCH,
        top=20 / _MM_PER_INCH,
        bottom=20 / _MM_PER_INCH,
        header=8 / _MM_PER_INCH,
        footer=8 / _MM_PER_INCH,
    )
    # As in the DOCX: no page number on the first page, so a one-page form has none.
    ws.HeaderFooter.differentFirst = True
    ws.oddFooter.right.text = "Страница &P из &N"
    ws.oddFooter.right.size = 9
    if form.generated_on:
        for footer in (ws.oddFooter, ws.firstFooter):
            footer.left.text = form.generated_on
            footer.left.size = 9
    if first_head is not None:
        ws.print_title_rows = f"{first_head[0]}:{first_head[1]}"
        ws.freeze_panes = f"A{first_head[1] + 1}"
