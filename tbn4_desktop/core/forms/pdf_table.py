"""A form's table in the PDF: the table flowable that lays itself out over
pages (its cells' text: pdf_text.py, its columns' widths: pdf_widths.py).

The columns take the width by their weights, widened to their longest word
while the page allows, then shifted a little between them where that saves
lines (balance: a name of four lines beside a description of two).

reportlab's own Table.split only breaks a row when not one whole row fits,
and its SPANs cannot break at all. So the table here keeps its own rows (a
cell per grid column, the rules above and left of each, the text of a row
span it lies in) and splits itself: whole rows while they fit, then the next
row cut through its cells' paragraphs, so every page is filled to its foot
and a row of any height runs on over pages. Each page's part is drawn as a
plain reportlab Table made from its slice of rows, with the header rows on
top and a box around it.

Row spans are a "visual merge": the text stands in the first row of the span
and the rules inside the span are left out in its columns; the first row on
a later page says «<text> (продолжение)» there. Column spans are one row
and use SPAN; the header may use row SPANs too (it never splits).

A heading row (a group) never ends a page, a table's caption stays with its
first rows and the form's notes with the last table's last row.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table, TableStyle

from tbn4_desktop.core.forms.model import (
    Align,
    Cell,
    Row,
    RowKind,
    ValueKind,
    placed_cells,
)
from tbn4_desktop.core.forms.model import Table as FormTable
from tbn4_desktop.core.forms.pdf_text import (
    FONT,
    FONT_BOLD,
    TABLE_PT,
    CachedParagraph,
    WidthCache,
    cell_text,
    markup,
    para,
    style,
    widest_piece,
)
from tbn4_desktop.core.forms.pdf_widths import BALANCE_ROWS
from tbn4_desktop.core.forms.pdf_widths import PAD as PAD
from tbn4_desktop.core.forms.pdf_widths import balance as balance
from tbn4_desktop.core.forms.pdf_widths import fit_widths as fit_widths

LINE = 0.6  # table rule width, points
TOP_PAD, BOTTOM_PAD = 2, 3  # cell padding above and below, points
MIN_SPLIT_LINES = 3  # a row is cut only where this many lines still fit
CAPTION_GAP, NOTES_GAP, NOTE_GAP = 3, 10, 4  # under a caption, above the notes, between notes
_EPS = 1e-6
Command = tuple[object, ...]  # a reportlab TableStyle command: ("SPAN", (col, row), (col, row)), …


# ------------------------------------------------------------------ values and rules
def _totals(table: FormTable, placed: list[list[tuple[int, Cell]]]) -> dict[int, Decimal]:
    """Sums of the money columns over the DATA rows (a TOTAL cell left empty asks for one)."""
    sums: dict[int, Decimal] = {}
    for row, cells in zip(table.rows, placed, strict=True):
        if row.kind is RowKind.DATA:
            for col, cell in cells:
                if table.columns[col].kind is ValueKind.MONEY and isinstance(cell.value, (Decimal, int)):
                    sums[col] = sums.get(col, Decimal(0)) + cell.value
    return sums


def _runs(flags: list[bool]) -> list[tuple[int, int]]:
    """(first, last) index of each run of True."""
    runs, start = [], None
    for i, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((start, i - 1))
            start = None
    return runs


# ------------------------------------------------------------------ rows
@dataclass
class GridRow:
    """One row as drawn: a cell per grid column (None: empty, or covered by a
    span), the rules above and left of each cell, and the text of the row span
    each column lies in (printed again «(продолжение)» when the row opens a page)."""

    cells: list[CachedParagraph | None]
    top: list[bool]
    left: list[bool]
    spans: tuple[tuple[int, int], ...] = ()  # (column, colspan) of the cells spanning columns
    span_text: dict[int, tuple[str, ParagraphStyle]] | None = None  # column → (text, style) of its row span
    keep: bool = False  # a heading: never the last row of a page
    follows: bool = False  # a total: never the first row of a page
    label: str = ""
    height: float | None = None


@dataclass
class LayoutState:
    """Shared by every part of every table of one render: the row that could
    not be placed, for the message if the document cannot be laid out."""

    label: str | None = None


class TableGrid:
    """What every part of one table shares: the columns, the header rows."""

    def __init__(
        self, widths: list[float], size: float, head: list[GridRow], head_commands: list[Command], state: LayoutState
    ):
        self.widths, self.size, self.head, self.state = widths, size, head, state
        self.ncols = len(widths)
        self.leading = style(size).leading
        self.base: list[Command] = [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), FONT, size),  # empty cells too, or reportlab names Helvetica
            ("LEFTPADDING", (0, 0), (-1, -1), PAD),
            ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
            ("TOPPADDING", (0, 0), (-1, -1), TOP_PAD),
            ("BOTTOMPADDING", (0, 0), (-1, -1), BOTTOM_PAD),
            ("BOX", (0, 0), (-1, -1), LINE, colors.black),
            *head_commands,
        ]
        self.head_heights: list[float] = []
        if head:
            measured = Table(
                [[c if c is not None else "" for c in r.cells] for r in head],
                colWidths=widths,
                style=TableStyle(self._commands(head, len(head))),
            )
            measured.wrap(sum(widths), 1e6)
            self.head_heights = list(measured._rowHeights)
        self.head_height = sum(self.head_heights)

    def inner_width(self, col: int, colspan: int = 1) -> float:
        return sum(self.widths[col : col + colspan]) - 2 * PAD

    def height(self, row: GridRow) -> float:
        if row.height is None:
            spans = dict(row.spans)
            tallest = self.leading
            for col, cell in enumerate(row.cells):
                if cell is not None:
                    tallest = max(tallest, cell.wrap(self.inner_width(col, spans.get(col, 1)), 1e6)[1])
            row.height = tallest + TOP_PAD + BOTTOM_PAD
        return row.height

    def _commands(self, rows: list[GridRow], opening: int | None) -> list[Command]:
        """The style of a table of `rows`; the row at index `opening` has its full rule above."""
        commands = list(self.base)
        for i, row in enumerate(rows):
            for col, span in row.spans:
                commands.append(("SPAN", (col, i), (col + span - 1, i)))
        for c in range(self.ncols):
            for first, last in _runs([rows[i].top[c] or i == opening for i in range(1, len(rows))]):
                commands.append(("LINEABOVE", (c, first + 1), (c, last + 1), LINE, colors.black))
            if c:
                for first, last in _runs([row.left[c] for row in rows]):
                    commands.append(("LINEBEFORE", (c, first), (c, last), LINE, colors.black))
        return commands

    def table(self, rows: list[GridRow]) -> Table:
        """One page's part as a reportlab Table: the header, then `rows`."""
        every = self.head + rows
        data = [[c if c is not None else "" for c in r.cells] for r in every]
        heights = self.head_heights + [self.height(r) for r in rows]
        return Table(
            data,
            colWidths=self.widths,
            rowHeights=heights,
            hAlign="LEFT",
            style=TableStyle(self._commands(every, len(self.head))),
        )

    def opening(self, row: GridRow) -> GridRow:
        """`row` at the top of a page: its row spans' texts «(продолжение)» in their empty cells."""
        span_text = row.span_text or {}
        missing = [c for c in span_text if row.cells[c] is None]
        if not missing:
            return row
        cells = list(row.cells)
        for c in missing:
            text, st = span_text[c]
            cells[c] = CachedParagraph(
                markup(f"{text} (продолжение)", self.inner_width(c), st.fontName, st.fontSize), st
            )
        return replace(row, cells=cells, height=None)

    def cut(self, row: GridRow, room: float) -> tuple[GridRow, GridRow] | None:
        """`row` cut into what fits in `room` and the rest, or None: each cell
        whose text is taller than the room gives its first lines to the first part."""
        inner = room - TOP_PAD - BOTTOM_PAD
        if row.keep or inner < MIN_SPLIT_LINES * self.leading - _EPS:  # a heading goes over whole
            return None
        spans = dict(row.spans)
        first = list(row.cells)
        rest: list[CachedParagraph | None] = [None] * self.ncols
        for col, cell in enumerate(row.cells):
            if cell is None:
                continue
            width = self.inner_width(col, spans.get(col, 1))
            if cell.wrap(width, 1e6)[1] <= inner + _EPS:
                continue
            parts = cell.cut(width, inner)
            if parts is None:
                return None
            first[col], rest[col] = parts
        if rest == [None] * self.ncols:
            return None
        head, tail = replace(row, cells=first, height=None), replace(row, cells=rest, height=None)
        if self.height(head) > room + _EPS:
            return None
        return head, tail


# ------------------------------------------------------------------ the flowable
class PagedTable(Flowable):  # type: ignore[misc]  # reportlab: no type information
    """A form table (with its caption above and the form's notes below, when
    it carries them) that splits itself between pages row by row and inside rows."""

    def __init__(
        self,
        grid: TableGrid,
        rows: list[GridRow],
        caption: tuple[Paragraph, ...] = (),
        notes: tuple[Paragraph, ...] = (),
        space_before: float = 0.0,
    ) -> None:
        super().__init__()
        self.grid, self.rows, self.caption, self.notes = grid, rows, caption, notes
        self.spaceBefore = space_before
        self._table: Table | None = None

    # the parts around the table
    def _extra(self, width: float) -> tuple[float, float]:
        above = sum(p.wrap(width, 1e6)[1] for p in self.caption) + (CAPTION_GAP if self.caption else 0)
        below = sum(p.wrap(width, 1e6)[1] for p in self.notes) + (
            NOTES_GAP + NOTE_GAP * (len(self.notes) - 1) if self.notes else 0
        )
        return above, below

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        above, below = self._extra(availWidth)
        height = above + below + self.grid.head_height
        for row in self.rows:  # stops once over the page: only "does not fit" is asked then
            height += self.grid.height(row)
            if height > availHeight + 1:
                break
        self.width, self.height = availWidth, height
        return availWidth, height

    def getSpaceBefore(self) -> float:
        return self.spaceBefore

    @property
    def table(self) -> Table:
        if self._table is None:
            self._table = self.grid.table(self.rows)
        return self._table

    def draw(self) -> None:
        y = self.height
        for p in self.caption:
            y -= p.wrap(self.width, 1e6)[1]
            p.drawOn(self.canv, 0, y)
        if self.caption:
            y -= CAPTION_GAP
        table = self.table
        y -= table.wrap(self.width, 1e6)[1]
        table.drawOn(self.canv, 0, y)
        if self.notes:
            y -= NOTES_GAP - NOTE_GAP
        for p in self.notes:
            y -= NOTE_GAP + p.wrap(self.width, 1e6)[1]
            p.drawOn(self.canv, 0, y)

    def _parts(self, first: list[GridRow], rest: list[GridRow]) -> list[PagedTable]:
        grid = self.grid
        rest = [grid.opening(rest[0]), *rest[1:]]
        return [PagedTable(grid, first, self.caption, (), self.spaceBefore), PagedTable(grid, rest, (), self.notes)]

    def _carry_over(self, rows: list[GridRow], last: int, room: float) -> list[PagedTable] | None:
        """The rows up to `last` for this page but the foot of row `last` (its last
        lines, or the whole row with the headings above it when it is too short to
        cut), which opens the next page with the rows after it; None when nothing
        could stay on this page."""
        grid, row = self.grid, rows[last]
        halves = grid.cut(row, min(room, grid.height(row) - grid.leading))
        if halves:
            return self._parts([*rows[:last], halves[0]], [halves[1], *rows[last + 1 :]])
        m = last
        while m and rows[m - 1].keep:
            m -= 1
        return self._parts(rows[:m], rows[m:]) if m else None

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:
        grid, rows = self.grid, self.rows
        room = availHeight - self._extra(availWidth)[0] - grid.head_height
        if not rows:
            return []
        used, n = 0.0, 0
        while n < len(rows) and used + grid.height(rows[n]) <= room + _EPS:
            used += grid.height(rows[n])
            n += 1
        if n == len(rows):
            # All rows fit but not the notes under them: the foot of the last row goes
            # over with them. The rest must open the next page: it would fit in the
            # room this page has left.
            last = n - 1
            while last and rows[last].follows:
                last -= 1
            parts = self._carry_over(rows, last, room - sum(grid.height(row) for row in rows[:last]))
            if parts:
                return [parts[0], PageBreak(), parts[1]]
            grid.state.label = rows[-1].label
            return []
        if rows[n].follows and n and not rows[n - 1].follows:
            # A total would open the next page alone: the foot of the row above goes over with it.
            parts = self._carry_over(rows, n - 1, room - used + grid.height(rows[n - 1]))
            if parts:
                return parts
        halves = grid.cut(rows[n], room - used)
        if halves:
            return self._parts([*rows[:n], halves[0]], [halves[1], *rows[n + 1 :]])
        while n and rows[n - 1].keep:  # a heading goes over with the row under it
            n -= 1
        if not n:
            grid.state.label = rows[0].label
            return []
        return self._parts(rows[:n], rows[n:])


def build_table(
    table: FormTable, width: float, size: float = TABLE_PT, caption: str = "", state: LayoutState | None = None
) -> PagedTable | None:
    head, body = table.head_rows(), table.rows
    rows: tuple[Row, ...] = (*head, *body)
    if not rows:
        return None
    ncols = len(table.columns)
    placed = placed_cells(table, head) + placed_cells(table, body)
    totals = _totals(table, placed[len(head) :])
    # top[r][c]: a rule above cell (r, c); left[r][c]: a rule left of it
    top = [[True] * ncols for _ in rows]
    left = [[True] * ncols for _ in rows]
    texts: list[list[tuple[int, Cell, str, dict[str, Any], float]]] = [[] for _ in rows]
    head_spans: list[Command] = []
    span_of: list[dict[int, tuple[int, int]]] = [{} for _ in rows]  # row → {column: (row, column) of its span cell}
    needed = [0.0] * ncols  # each column's widest word, money, phone …
    rigid = [0.0] * ncols  # … of those the Russian hyphenation cannot break
    cache: WidthCache = {}
    for r, (row, cells) in enumerate(zip(rows, placed, strict=True)):
        in_head = r < len(head)
        for col, cell in cells:
            column = table.columns[col]
            value = cell.value
            if value is None and row.kind is RowKind.TOTAL and col in totals:
                value = totals[col]
            bold = cell.bold or in_head or row.kind in (RowKind.GROUP, RowKind.TOTAL)
            text = cell_text(value, column.kind)
            look = {"size": size, "align": cell.align or (Align.CENTER if in_head else column.align), "bold": bold}
            widest = 0.0
            if text and cell.colspan == 1:
                # + 2 pt: reportlab wraps a word that fills its cell to the point
                widest, fixed = (w + 2 * PAD + 2 for w in widest_piece(text, FONT_BOLD if bold else FONT, size, cache))
                needed[col] = max(needed[col], widest)
                rigid[col] = max(rigid[col], fixed)
            texts[r].append((col, cell, text, look, widest))
            for c in range(col + 1, col + cell.colspan):
                left[r][c] = False
            if in_head and (cell.colspan > 1 or cell.rowspan > 1):
                # a head never splits, so a real SPAN is safe there
                head_spans.append(("SPAN", (col, r), (col + cell.colspan - 1, r + cell.rowspan - 1)))
            for below in range(r, r + cell.rowspan):
                if below > r:
                    for c in range(col, col + cell.colspan):
                        top[below][c] = False
                        if c > col:
                            left[below][c] = False
                if cell.rowspan > 1 and not in_head:
                    span_of[below][col] = (r, col)
    weights = [c.width for c in table.columns]
    # every word whole if the page allows; else hyphenate words, but never cut money or a phone
    widths = fit_widths(weights, needed if sum(needed) <= width else rigid, width)
    if ncols > 1:
        sample = [
            [
                (col, para(text, sum(widths[col : col + 1]) - 2 * PAD, **look))
                for col, cell, text, look, _ in cells
                if text and cell.colspan == 1
            ]
            for cells in texts[: len(head) + BALANCE_ROWS]
        ]
        floor = needed if sum(needed) <= width else rigid
        widths = balance(widths, [min(f, w) for f, w in zip(floor, widths, strict=True)], sample, style(size).leading)
    made: dict[tuple[int, int], Paragraph] = {}
    plain: dict[tuple[int, int], str] = {}
    grid_rows: list[GridRow] = []
    for r, (row, row_texts) in enumerate(zip(rows, texts, strict=True)):
        line: list[CachedParagraph | None] = [None] * ncols
        spans = []
        for col, cell, text, look, widest in row_texts:
            inner = sum(widths[col : col + cell.colspan]) - 2 * PAD
            if text:
                plain[r, col] = text
                # a word wider than the page lets its column be: hyphenated by the Russian
                # rules (pyphen) — «соб-ственности», never cut anywhere as «собств|енности»
                line[col] = made[r, col] = para(text, inner, **look, hyphenate=widest > widths[col] + 0.01)
            if cell.colspan > 1 and r >= len(head):
                spans.append((col, cell.colspan))
        span_text = {col: (plain[src], made[src].style) for col, src in span_of[r].items() if src in made}
        grid_rows.append(
            GridRow(
                line,
                top[r],
                left[r],
                tuple(spans),
                span_text or None,
                row.keeps_with_next and r >= len(head),
                row.kind is RowKind.TOTAL,
                row.label,
            )
        )
    grid = TableGrid(widths, size, grid_rows[: len(head)], head_spans, state or LayoutState())
    captions = (para(caption, size=TABLE_PT, bold=True),) if caption else ()
    return PagedTable(grid, grid_rows[len(head) :], captions)
