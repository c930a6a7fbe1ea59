"""A form's table in the Word document, written as WordprocessingML rows
directly (w:tbl, w:tr, w:tc): row spans as vertical merges, header rows
repeated on every page, headings kept with the next row, the form's notes as
the table's last rows, and font sizes that keep an amount or a column title whole."""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from tbn4_desktop.core.forms.docx_page import TABLE_PT, TABLE_STYLE, TBL_PR_ORDER, in_schema_order
from tbn4_desktop.core.forms.model import (
    Align,
    Cell,
    Column,
    Row,
    RowKind,
    Table,
    ValueKind,
    placed_cells,
)
from tbn4_desktop.core.forms.russian import money

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.oxml.table import CT_Tbl
    from docx.oxml.xmlchemy import BaseOxmlElement

_JC = {Align.LEFT: "left", Align.CENTER: "center", Align.RIGHT: "right"}
_TWIPS_PER_EMU = 1 / 635
CELL_MARGIN = 57  # twips (1 mm) each side: the narrow columns of Appendix 3 need the room
_EM_TWIPS = 20 * 0.6  # a bold Cyrillic letter is about 0.6 em wide; twips per point


def cell_text(column: Column, cell: Cell) -> str:
    """What a cell prints: money as «1 250 000 тнг.», numbers plain, None as nothing."""
    value = cell.value
    if value is None:
        return ""
    if isinstance(value, (Decimal, int)) and not isinstance(value, bool):
        if column.kind is ValueKind.MONEY or isinstance(value, Decimal):
            # The currency may wrap under a long amount in a narrow column; the digits never split.
            text = money(value)
            return text[:-5] + " тнг." if text.endswith("тнг.") and text[-5].isspace() else text
        return str(value)
    return str(value)


def el(tag: str, parent: BaseOxmlElement | None = None, **attrs: object) -> BaseOxmlElement:
    """A WordprocessingML element `tag` with w: attributes, appended to `parent` when given."""
    element = OxmlElement(tag)
    for key, value in attrs.items():
        element.set(qn(f"w:{key}"), str(value))
    if parent is not None:
        parent.append(element)
    return element


def add_table(doc: DocxDocument, table: Table, text_width: int) -> CT_Tbl:
    """The table's w:tbl, appended to the document."""
    total = sum(c.width for c in table.columns) or 1
    twips = [int(text_width * _TWIPS_PER_EMU * c.width / total) for c in table.columns]
    grid_table = doc.add_table(rows=0, cols=len(table.columns))
    grid_table.style = doc.styles["Table Grid"]
    tbl: CT_Tbl = grid_table._tbl
    tbl_pr = tbl.tblPr
    for tag in ("w:tblW", "w:tblLayout"):
        old = tbl_pr.find(qn(tag))
        if old is not None:
            tbl_pr.remove(old)
    el("w:tblW", tbl_pr, w=sum(twips), type="dxa")
    el("w:tblLayout", tbl_pr, type="fixed")
    margins = el("w:tblCellMar", tbl_pr)
    for side in ("left", "right"):
        el(f"w:{side}", margins, w=CELL_MARGIN, type="dxa")
    in_schema_order(tbl_pr, TBL_PR_ORDER)
    for col, width in zip(tbl.tblGrid.iterchildren(qn("w:gridCol")), twips, strict=False):
        col.set(qn("w:w"), str(width))
    head = table.head_rows()
    for rows, is_head in ((head, True), (table.rows, False)):
        if rows:
            _rows(tbl, table, rows, placed_cells(table, rows), twips, is_head)
    return tbl


def _rows(
    tbl: CT_Tbl,
    table: Table,
    rows: tuple[Row, ...],
    placed: list[list[tuple[int, Cell]]],
    twips: list[int],
    is_head: bool,
) -> None:
    spanning: dict[int, list[int]] = {}  # start column → [colspan, rows still covered]
    for row, cells in zip(rows, placed, strict=True):
        tr = el("w:tr")
        # A body row taller than what is left of the page splits rather than
        # being cut (Word) or pushed whole to the next page; the header rows
        # and headings are a line or two and stay whole.
        keep = is_head or row.keeps_with_next
        if keep:
            tr_pr = el("w:trPr", tr)
            el("w:cantSplit", tr_pr)
            if is_head:
                el("w:tblHeader", tr_pr)
        entries = [(col, cell) for col, cell in cells] + [(col, None) for col in spanning]
        for col, cell in sorted(entries, key=lambda e: e[0]):
            if cell is None:
                _continuation(tr, col, spanning[col][0], twips, keep)
            else:
                tr.append(_tc(table, row, col, cell, twips, is_head, keep))
        for col in list(spanning):
            spanning[col][1] -= 1
            if spanning[col][1] <= 0:
                del spanning[col]
        for col, cell in cells:
            if cell.rowspan > 1:
                spanning[col] = [cell.colspan, cell.rowspan - 1]
        tbl.append(tr)


def _tc_pr(tc: BaseOxmlElement, col: int, colspan: int, twips: list[int]) -> BaseOxmlElement:
    tc_pr = el("w:tcPr", tc)
    el("w:tcW", tc_pr, w=sum(twips[col : col + colspan]), type="dxa")
    if colspan > 1:
        el("w:gridSpan", tc_pr, val=colspan)
    return tc_pr


def _continuation(tr: BaseOxmlElement, col: int, colspan: int, twips: list[int], keep: bool) -> None:
    """The covered part of a cell spanning rows: Word needs a w:tc marked as a merge continuation."""
    tc = el("w:tc", tr)
    tc_pr = _tc_pr(tc, col, colspan, twips)
    el("w:vMerge", tc_pr)
    _p(tc, keep)


def _p(tc: BaseOxmlElement, keep: bool) -> tuple[BaseOxmlElement, BaseOxmlElement]:
    """A cell's paragraph in the table style; `keep`: kept on the page of the next row's.

    Word keeps a row with the next when every paragraph of the row is «keep
    with next»; LibreOffice 7.4 does too, on any page (a heading row is
    never left at the foot of a page: tests/core/test_forms_docx_xlsx.py)."""
    p = el("w:p", tc)
    p_pr = el("w:pPr", p)
    el("w:pStyle", p_pr, val=TABLE_STYLE.replace(" ", ""))
    if keep:
        el("w:keepNext", p_pr)
    return p, p_pr


def keep_row_with_next(tr: BaseOxmlElement) -> None:
    for p_pr in tr.iter(qn("w:pPr")):
        if p_pr.find(qn("w:keepNext")) is None:
            p_pr.find(qn("w:pStyle")).addnext(el("w:keepNext"))


def note_row(tbl: CT_Tbl, text: str, keep: bool) -> None:
    """A note under the table («Примечание: …»), written as the table's last
    row with no border but the line above: the row before keeps with it in
    Word and LibreOffice alike. (A paragraph after the table would do in Word,
    but LibreOffice 7.4 keeps a table's last row with the paragraph after it
    only when the table ends on its first or second page.)"""
    widths = [int(col.get(qn("w:w"))) for col in tbl.tblGrid.iterchildren(qn("w:gridCol"))]
    tc = el("w:tc", el("w:tr", tbl))
    tc_pr = _tc_pr(tc, 0, len(widths), widths)
    borders = el("w:tcBorders", tc_pr)
    for side in ("left", "bottom", "right"):
        el(f"w:{side}", borders, val="nil")
    p = el("w:p", tc)
    p_pr = el("w:pPr", p)
    if keep:
        el("w:keepNext", p_pr)
    el("w:spacing", p_pr, before=160, after=0)
    r = el("w:r", p)
    for i, line in enumerate(text.split("\n")):
        if i:
            el("w:br", r)
        t = el("w:t", r)
        t.set(qn("xml:space"), "preserve")
        t.text = line


def _tc(table: Table, row: Row, col: int, cell: Cell, twips: list[int], is_head: bool, keep: bool) -> BaseOxmlElement:
    column = table.columns[col]
    tc = el("w:tc")
    tc_pr = _tc_pr(tc, col, cell.colspan, twips)
    if cell.rowspan > 1:
        el("w:vMerge", tc_pr, val="restart")
    el("w:vAlign", tc_pr, val="center" if is_head else "top")
    align = cell.align or (Align.CENTER if is_head else column.align)
    bold = cell.bold or is_head or row.kind in (RowKind.GROUP, RowKind.TOTAL)
    p, p_pr = _p(tc, keep)
    el("w:jc", p_pr, val=_JC[align])
    text = cell_text(column, cell)
    if text:
        r = el("w:r", p)
        width = sum(twips[col : col + cell.colspan])
        size = _head_size(text, width) if is_head else _amount_size(text, width) if _is_number(cell) else TABLE_PT
        if bold or size != TABLE_PT:
            r_pr = el("w:rPr", r)
            if bold:
                el("w:b", r_pr)
                el("w:bCs", r_pr)
            if size != TABLE_PT:
                el("w:sz", r_pr, val=size * 2)
                el("w:szCs", r_pr, val=size * 2)
        for i, line in enumerate(text.split("\n")):
            if i:
                el("w:br", r)
            t = el("w:t", r)
            t.set(qn("xml:space"), "preserve")
            t.text = line
    return tc


def _is_number(cell: Cell) -> bool:
    return isinstance(cell.value, (Decimal, int)) and not isinstance(cell.value, bool)


def _amount_size(text: str, width: int) -> int:
    """12 pt, or down to 10 pt so that an amount's digits stay on one line in
    a narrow column (a billion in Appendix 3's «Бюджет»); «тнг.» may wrap.
    Times New Roman's digits are half an em, the no-break space a quarter."""
    digits = text.removesuffix(" тнг.")
    ems = sum(0.25 if ch.isspace() else 0.5 for ch in digits)
    room = width - 2 * CELL_MARGIN
    for size in (TABLE_PT, TABLE_PT - 1, TABLE_PT - 2):
        if ems * size * 20 <= room:
            return size
    return TABLE_PT - 2


def _head_size(text: str, width: int) -> int:
    """12 pt, or down to 10 pt so that a column title's longest word fits its
    narrow column (Appendix 3's «численность» in 22 mm) instead of splitting."""
    longest = max((len(word) for word in text.split()), default=0)
    room = width - 2 * CELL_MARGIN
    for size in (TABLE_PT, TABLE_PT - 1, TABLE_PT - 2):
        if longest * size * _EM_TWIPS <= room:
            return size
    return TABLE_PT - 2
