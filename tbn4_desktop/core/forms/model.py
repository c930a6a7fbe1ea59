"""The view-model of an official form: what the DOCX, PDF and XLSX renderers
draw, with no knowledge of the store or of Qt.

A form is a heading (appendix caption, the bodies it concerns, an optional
approval block, a title) and one or more tables. A table is columns and rows
of cells; a cell may span rows downwards (Appendix 1's «Подзадача» column
spans its facts) or columns rightwards (a group heading in Appendix 2). Money
cells hold a Decimal so that XLSX can keep a number and sum it; a table's
`total` row asks the renderers for a sum of the money columns of its data
rows (a formula in XLSX, a computed figure elsewhere).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from tbn4_desktop.core.forms.names import FormName as FormName
from tbn4_desktop.core.forms.russian import blank_date_line


class Align(StrEnum):
    LEFT = "left"
    CENTER = "center"
    RIGHT = "right"


class ValueKind(StrEnum):
    TEXT = "text"
    MONEY = "money"  # Decimal tenge: «1 250 000 тнг.», a number in XLSX
    INT = "int"


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # relative weight; renderers scale to the page
    align: Align = Align.LEFT
    kind: ValueKind = ValueKind.TEXT


@dataclass(frozen=True)
class Cell:
    value: str | Decimal | int | None = None
    rowspan: int = 1  # rows covered downwards, this row included
    colspan: int = 1  # columns covered rightwards, this column included
    bold: bool = False
    align: Align | None = None  # None: the column's alignment


class RowKind(StrEnum):
    DATA = "data"
    GROUP = "group"  # a heading row inside the table (bold)
    TOTAL = "total"  # sums of the money columns of the table's DATA rows
    EMPTY = "empty"  # «Сведения отсутствуют.»-type row


@dataclass(frozen=True)
class Row:
    """Cells left to right. A position covered by a span from another cell
    (to the left, or in a row above) holds no Cell: the row is shorter."""

    cells: tuple[Cell, ...]
    kind: RowKind = RowKind.DATA
    # What the row is, for a message naming it: «подзадача 2.3.1, факт №3».
    label: str = ""

    @property
    def keeps_with_next(self) -> bool:
        """A heading row (a group) never stays alone at the bottom of a page."""
        return self.kind is RowKind.GROUP


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    caption: str = ""  # a line above the table (Appendix 4's sub-tables)
    # Header rows, repeated at the top of every page. None: one row of the
    # column titles; (): no header (Appendix 4's label/amount tables).
    head: tuple[Row, ...] | None = None

    def head_rows(self) -> tuple[Row, ...]:
        if self.head is not None:
            return self.head
        return (Row(tuple(Cell(c.title, bold=True, align=Align.CENTER) for c in self.columns), RowKind.GROUP),)


@dataclass(frozen=True)
class Approval:
    """The approval block at the top right, as each appendix prints it.

    Appendices 1 and 2: the body's name, «Руководитель аппарата», «____ (Ф.И.О)»,
    «(подпись, печать)», the date line. Appendix 5: «Уполномоченный по этике»,
    the body's name, «____ (Ф.И.О)», a separate signature line «____»,
    «(подпись)», the date line."""

    role_title: str  # «Руководитель аппарата», «Уполномоченный по этике»
    organization: str = ""  # the body's name, inside the block
    signer_name: str = ""  # filled in when known; «(Ф.И.О)» on a blank line otherwise
    with_stamp: bool = True  # «(подпись, печать)» or «(подпись)»
    organization_first: bool = True  # Appendices 1, 2: the body above the role; Appendix 5: below it
    separate_signature: bool = False  # Appendix 5: the name and the signature on two lines


class BlockLineKind(StrEnum):
    TEXT = "text"  # a line of the block
    SIGNATURE = "signature"  # «_______________ Касымов А. Б.» or «____ (Ф.И.О)»: a line to sign on
    UNDER = "under"  # «(подпись, печать)»: small, centred under the line above


@dataclass(frozen=True)
class BlockLine:
    text: str
    kind: BlockLineKind = BlockLineKind.TEXT


SIGN_LINE = "_______________"


def approval_lines(approval: Approval, year: int) -> tuple[BlockLine, ...]:
    """The approval block's lines top to bottom, the same in every format."""
    lines: list[BlockLine] = []
    body = [BlockLine(approval.organization)] if approval.organization else []
    role = [BlockLine(approval.role_title)]
    lines += body + role if approval.organization_first else role + body
    name = approval.signer_name or "(Ф.И.О)"
    lines.append(BlockLine(f"{SIGN_LINE} {name}", BlockLineKind.SIGNATURE))
    if approval.separate_signature:
        lines.append(BlockLine(SIGN_LINE + "________", BlockLineKind.SIGNATURE))
    lines.append(BlockLine("(подпись, печать)" if approval.with_stamp else "(подпись)", BlockLineKind.UNDER))
    lines.append(BlockLine(blank_date_line(year)))
    return tuple(lines)


@dataclass(frozen=True)
class Form:
    name: FormName
    year: int  # the reporting year: ««__» ____ 2025 год»
    appendix_caption: str  # top right: «Приложение №1 к Инструкции …»
    # Lines at the left margin above the title (the inventory names its body there);
    # the appendices print none: their body's name stands where each puts it.
    organizations: tuple[str, ...]
    title: str  # «ОТЧЁТ (Справка)»
    subtitle: str = ""  # the line(s) under the title
    approval: Approval | None = None
    tables: tuple[Table, ...] = ()
    notes: tuple[str, ...] = ()  # «Примечание: …» under the tables
    landscape: bool = False
    # «Сформировано 15.03.2025 в программе ТБН-4» at the foot of each page: the
    # appendices have no such line, so only when the user turns it on (settings).
    generated_on: str = ""
    extras: dict[str, str] = field(default_factory=dict)  # renderer-neutral metadata (document properties)

    @property
    def file_stem(self) -> str:
        """A short ASCII-free, Windows-safe default file name without extension."""
        return {
            FormName.APP1: "Приложение 1",
            FormName.APP2: "Приложение 2",
            FormName.APP3: "Приложение 3",
            FormName.APP4: "Приложение 4",
            FormName.APP5: "Приложение 5",
            FormName.INVENTORY: "Опись",
        }[self.name] + f" {self.year}"


def placed_cells(table: Table, rows: tuple[Row, ...] | None = None) -> list[list[tuple[int, Cell]]]:
    """For each row (the table's body unless `rows` is given), its cells with the grid column each starts at.

    Raises ValueError when the rows do not tile the grid (a programming
    error in a form builder, never user input): every row must cover exactly
    the table's columns once spans from above and to the left are counted."""
    width = len(table.columns)
    covered: dict[int, int] = {}  # column → rows (this one included) still covered
    placed: list[list[tuple[int, Cell]]] = []
    for r, row in enumerate(table.rows if rows is None else rows):
        busy = set(covered)
        col = 0
        here: list[tuple[int, Cell]] = []
        for cell in row.cells:
            while col in busy:
                col += 1
            if cell.colspan < 1 or cell.rowspan < 1 or col + cell.colspan > width:
                raise ValueError(f"row {r}: cell {cell!r} does not fit the {width} columns")
            here.append((col, cell))
            if cell.rowspan > 1:
                for c in range(col, col + cell.colspan):
                    covered[c] = cell.rowspan
            col += cell.colspan
        while col in busy:
            col += 1
        if col != width:
            raise ValueError(f"row {r}: covers {col} of {width} columns")
        placed.append(here)
        for c in list(covered):
            if c in busy or any(start <= c < start + cell.colspan for start, cell in here):
                covered[c] -= 1
                if covered[c] <= 0:
                    del covered[c]
    if covered:
        raise ValueError("a row span runs past the last row")
    return placed
