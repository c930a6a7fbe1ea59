"""A form as a Word document (python-docx), laid out as the instruction shows it.

Tables are written as WordprocessingML rows directly rather than through
python-docx's cell API: that API rebuilds the whole cell grid on every
access, which makes a 1,000-row Appendix 1 take minutes instead of a fraction
of a second, and it cannot express a vertical merge without that grid.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, BinaryIO

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt

from tbn4_desktop.core.forms.model import (
    Align,
    BlockLine,
    BlockLineKind,
    Cell,
    Column,
    Form,
    Row,
    RowKind,
    Table,
    ValueKind,
    approval_lines,
    placed_cells,
)
from tbn4_desktop.core.forms.russian import money

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.oxml.table import CT_Tbl
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.section import Section
    from docx.shared import Length
    from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
TEXT_PT = 14
TABLE_PT = 12
SMALL_PT = 10
TABLE_STYLE = "Form Table Text"
_JC = {Align.LEFT: "left", Align.CENTER: "center", Align.RIGHT: "right"}
_ALIGN = {
    Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
}
_TWIPS_PER_EMU = 1 / 635
CELL_MARGIN = 57  # twips (1 mm) each side: the narrow columns of Appendix 3 need the room
_EM_TWIPS = 20 * 0.6  # a bold Cyrillic letter is about 0.6 em wide; twips per point
_UNDERSCORE_EM = 0.5  # Times New Roman's «_» is half an em wide (Liberation Serif too)


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


def render_docx(form: Form, out: BinaryIO) -> None:
    doc = Document()
    _styles(doc)
    section = doc.sections[0]
    _page(section, form.landscape)
    page_width, left, right = section.page_width, section.left_margin, section.right_margin
    assert page_width is not None and left is not None and right is not None  # _page() has just set them
    text_width = page_width - left - right
    _footer(section, form.generated_on, text_width)
    props = doc.core_properties
    props.title, props.author, props.language = form.title, "ТБН-4", "ru-RU"
    props.subject, props.keywords, props.comments = form.name.label_ru, "ТБН-4", ""
    body = doc.element.body
    # The template's empty first paragraph would push the form down by a line.
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    _heading(doc, form, text_width)
    previous = None
    for table in form.tables:
        if table.caption:
            _para(doc, table.caption, bold=True, before=8, after=4).paragraph_format.keep_with_next = True
        elif previous is not None:
            # Two tables that touch are one table to Word and LibreOffice (Appendix 4's four).
            _para(doc, "")
        previous = _table(doc, table, text_width)
    if form.notes and previous is not None:
        # «Примечание» never stands alone on a page: the table's last row goes with it.
        _keep_row_with_next(previous.tr_lst[-1])
        for i, note in enumerate(form.notes):
            _note_row(previous, note, keep=i < len(form.notes) - 1)
    else:
        for note in form.notes:
            _para(doc, note, before=8)
    # A document ends with a paragraph (Word and LibreOffice add one after a closing
    # table): a full-size one would start a blank page after a table that fills the last.
    p_pr = _el("w:pPr", doc.add_paragraph()._p)
    _el("w:spacing", p_pr, before=0, after=0, line=20, lineRule="exact")
    _el("w:sz", _el("w:rPr", p_pr), val=2)
    # Word hyphenates Russian words that do not fit a narrow column rather than splitting them anywhere.
    settings = doc.settings.element
    tab_stop = settings.find(qn("w:defaultTabStop"))
    hyphenation = _el("w:autoHyphenation", val="true")
    if tab_stop is not None:
        tab_stop.addnext(hyphenation)
    doc.save(out)


# ------------------------------------------------------------------ page and styles
def _fonts(rpr: BaseOxmlElement, size_pt: float) -> None:
    """Times New Roman for every script, so Word never falls back for Cyrillic."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attr), FONT)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:cstheme", "w:eastAsiaTheme"):
        fonts.attrib.pop(qn(attr), None)
    for tag in ("w:sz", "w:szCs"):
        el = rpr.find(qn(tag))
        if el is None:
            el = OxmlElement(tag)
            rpr.append(el)
        el.set(qn("w:val"), str(int(size_pt * 2)))
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "ru-RU")
    lang.set(qn("w:eastAsia"), "ru-RU")
    _in_schema_order(rpr, _RPR_ORDER)


# Word refuses a file whose property elements are out of the schema's order.
_TBL_PR_ORDER = (
    "tblStyle",
    "tblpPr",
    "tblOverlap",
    "bidiVisual",
    "tblStyleRowBandSize",
    "tblStyleColBandSize",
    "tblW",
    "jc",
    "tblCellSpacing",
    "tblInd",
    "tblBorders",
    "shd",
    "tblLayout",
    "tblCellMar",
    "tblLook",
)
_RPR_ORDER = (
    "rStyle",
    "rFonts",
    "b",
    "bCs",
    "i",
    "iCs",
    "caps",
    "smallCaps",
    "strike",
    "dstrike",
    "outline",
    "shadow",
    "emboss",
    "imprint",
    "noProof",
    "snapToGrid",
    "vanish",
    "webHidden",
    "color",
    "spacing",
    "w",
    "kern",
    "position",
    "sz",
    "szCs",
    "highlight",
    "u",
    "effect",
    "bdr",
    "shd",
    "fitText",
    "vertAlign",
    "rtl",
    "cs",
    "em",
    "lang",
    "eastAsianLayout",
    "specVanish",
    "oMath",
)


def _in_schema_order(parent: BaseOxmlElement, order: tuple[str, ...]) -> None:
    rank = {qn(f"w:{tag}"): i for i, tag in enumerate(order)}
    children = sorted(parent, key=lambda el: rank.get(el.tag, len(order)))
    for child in children:
        parent.append(child)  # lxml moves an element appended again


def _styles(doc: DocxDocument) -> None:
    normal = doc.styles["Normal"]
    _fonts(normal.element.get_or_add_rPr(), TEXT_PT)
    fmt = normal.paragraph_format
    fmt.space_before, fmt.space_after, fmt.line_spacing = Pt(0), Pt(0), 1.0
    defaults = doc.styles.element.find(qn("w:docDefaults"))
    if defaults is not None:
        rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}")
        if rpr is not None:
            _fonts(rpr, TEXT_PT)
    table_text = doc.styles.add_style(TABLE_STYLE, WD_STYLE_TYPE.PARAGRAPH)
    table_text.base_style = normal
    table_text.font.size = Pt(TABLE_PT)
    _fonts(table_text.element.get_or_add_rPr(), TABLE_PT)
    tfmt = table_text.paragraph_format
    tfmt.space_before, tfmt.space_after, tfmt.line_spacing = Pt(0), Pt(0), 1.0


def _page(section: Section, landscape: bool) -> None:
    short, long = Mm(210), Mm(297)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    section.left_margin, section.right_margin = Mm(30), Mm(10)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)


def _field(paragraph: Paragraph, instruction: str) -> None:
    """A PAGE/NUMPAGES field Word and LibreOffice fill in when they lay out the pages."""

    def run_with(child: BaseOxmlElement) -> None:
        run = paragraph.add_run()
        run.font.size = Pt(SMALL_PT)
        run._r.append(child)

    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    run_with(begin)
    run_with(instr)
    run_with(separate)
    paragraph.add_run("1").font.size = Pt(SMALL_PT)
    run_with(end)


def _footer(section: Section, generated_on: str, width: int) -> None:
    """«Сформировано … в программе ТБН-4» (only when asked for) on the left of
    every page; «Страница N из M» on the right from page 2 on.

    A one-page form has no page number. Word could decide that with
    { IF { NUMPAGES } > 1 … }, but LibreOffice does not evaluate IF (it prints
    the nested fields' values side by side), so the first page has a footer of
    its own without the number; as in Russian office practice, the first page
    of a longer form is not numbered either. `width`: the text width (EMU)."""
    section.different_first_page_header_footer = True
    for footer, numbered in ((section.footer, True), (section.first_page_footer, False)):
        paragraph = footer.paragraphs[0]
        # The template's Footer style has centre/right stops for Letter paper; ours is the text width.
        paragraph.style.paragraph_format.tab_stops.clear_all()
        paragraph.paragraph_format.tab_stops.add_tab_stop(Emu(width), WD_TAB_ALIGNMENT.RIGHT)
        text = generated_on + ("\tСтраница " if numbered else "")
        if text:
            paragraph.add_run(text).font.size = Pt(SMALL_PT)
        if numbered:
            _field(paragraph, "PAGE")
            paragraph.add_run(" из ").font.size = Pt(SMALL_PT)
            _field(paragraph, "NUMPAGES")


# ------------------------------------------------------------------ heading
def _para(
    doc: DocxDocument,
    text: str,
    *,
    bold: bool = False,
    size: float | None = None,
    align: Align = Align.LEFT,
    indent: Length | None = None,
    before: float = 0,
    after: float = 0,
) -> Paragraph:
    paragraph = doc.add_paragraph()
    fmt = paragraph.paragraph_format
    fmt.alignment = _ALIGN[align]
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if indent is not None:
        fmt.left_indent = indent
    for i, line in enumerate(text.split("\n")):
        run = paragraph.add_run(line)
        if i:
            run._r.insert(0, OxmlElement("w:br"))
        run.bold = bold or None
        if size:
            run.font.size = Pt(size)
    return paragraph


def _heading(doc: DocxDocument, form: Form, text_width: int) -> None:
    # The caption and the approval block sit in the right part of the page,
    # left-aligned within it, as in the instruction's forms.
    right_block = int(text_width * (0.6 if form.landscape else 0.42))
    if form.appendix_caption:
        _para(doc, form.appendix_caption, size=SMALL_PT + 1, indent=Emu(right_block), after=10)
    for name in form.organizations:
        _para(doc, name, after=2)
    if form.approval is not None:
        _approval(doc, approval_lines(form.approval, form.year), text_width, right_block)
    if form.title:
        _para(doc, form.title, bold=True, align=Align.CENTER, before=14)
    if form.subtitle:
        _para(doc, form.subtitle, align=Align.CENTER, before=0 if form.title else 14)
    if doc.paragraphs:
        doc.paragraphs[-1].paragraph_format.space_after = Pt(10)


def _approval(doc: DocxDocument, lines: tuple[BlockLine, ...], text_width: int, right_block: int) -> None:
    """The approval block: its lines left-aligned at `right_block`; a small
    «(подпись, печать)» centred under the line to sign on above it."""
    previous: BlockLine | None = None
    for i, line in enumerate(lines):
        if line.kind is BlockLineKind.UNDER:
            signed = len(previous.text) - len(previous.text.lstrip("_")) if previous is not None else 0
            line_width = int(signed * _UNDERSCORE_EM * TEXT_PT * 20 * 635)  # EMU
            paragraph = _para(
                doc, line.text, size=SMALL_PT, align=Align.CENTER if signed else Align.LEFT, indent=Emu(right_block)
            )
            if signed:
                paragraph.paragraph_format.right_indent = Emu(max(0, text_width - right_block - line_width))
        else:
            before = (
                8
                if i == 0
                else 6
                if line.kind is BlockLineKind.SIGNATURE
                else 4
                if previous is not None and previous.kind is BlockLineKind.UNDER
                else 0
            )
            _para(doc, line.text, indent=Emu(right_block), before=before)
        previous = line


# ------------------------------------------------------------------ tables
def _el(tag: str, parent: BaseOxmlElement | None = None, **attrs: object) -> BaseOxmlElement:
    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), str(value))
    if parent is not None:
        parent.append(el)
    return el


def _table(doc: DocxDocument, table: Table, text_width: int) -> CT_Tbl:
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
    _el("w:tblW", tbl_pr, w=sum(twips), type="dxa")
    _el("w:tblLayout", tbl_pr, type="fixed")
    margins = _el("w:tblCellMar", tbl_pr)
    for side in ("left", "right"):
        _el(f"w:{side}", margins, w=CELL_MARGIN, type="dxa")
    _in_schema_order(tbl_pr, _TBL_PR_ORDER)
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
        tr = _el("w:tr")
        # A body row taller than what is left of the page splits rather than
        # being cut (Word) or pushed whole to the next page; the header rows
        # and headings are a line or two and stay whole.
        keep = is_head or row.keeps_with_next
        if keep:
            tr_pr = _el("w:trPr", tr)
            _el("w:cantSplit", tr_pr)
            if is_head:
                _el("w:tblHeader", tr_pr)
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
    tc_pr = _el("w:tcPr", tc)
    _el("w:tcW", tc_pr, w=sum(twips[col : col + colspan]), type="dxa")
    if colspan > 1:
        _el("w:gridSpan", tc_pr, val=colspan)
    return tc_pr


def _continuation(tr: BaseOxmlElement, col: int, colspan: int, twips: list[int], keep: bool) -> None:
    """The covered part of a cell spanning rows: Word needs a w:tc marked as a merge continuation."""
    tc = _el("w:tc", tr)
    tc_pr = _tc_pr(tc, col, colspan, twips)
    _el("w:vMerge", tc_pr)
    _p(tc, keep)


def _p(tc: BaseOxmlElement, keep: bool) -> tuple[BaseOxmlElement, BaseOxmlElement]:
    """A cell's paragraph in the table style; `keep`: kept on the page of the next row's.

    Word keeps a row with the next when every paragraph of the row is «keep
    with next»; LibreOffice 7.4 does too, on any page (a heading row is
    never left at the foot of a page: tests/core/test_forms_docx_xlsx.py)."""
    p = _el("w:p", tc)
    p_pr = _el("w:pPr", p)
    _el("w:pStyle", p_pr, val=TABLE_STYLE.replace(" ", ""))
    if keep:
        _el("w:keepNext", p_pr)
    return p, p_pr


def _keep_row_with_next(tr: BaseOxmlElement) -> None:
    for p_pr in tr.iter(qn("w:pPr")):
        if p_pr.find(qn("w:keepNext")) is None:
            p_pr.find(qn("w:pStyle")).addnext(_el("w:keepNext"))


def _note_row(tbl: CT_Tbl, text: str, keep: bool) -> None:
    """A note under the table («Примечание: …»), written as the table's last
    row with no border but the line above: the row before keeps with it in
    Word and LibreOffice alike. (A paragraph after the table would do in Word,
    but LibreOffice 7.4 keeps a table's last row with the paragraph after it
    only when the table ends on its first or second page.)"""
    widths = [int(col.get(qn("w:w"))) for col in tbl.tblGrid.iterchildren(qn("w:gridCol"))]
    tc = _el("w:tc", _el("w:tr", tbl))
    tc_pr = _tc_pr(tc, 0, len(widths), widths)
    borders = _el("w:tcBorders", tc_pr)
    for side in ("left", "bottom", "right"):
        _el(f"w:{side}", borders, val="nil")
    p = _el("w:p", tc)
    p_pr = _el("w:pPr", p)
    if keep:
        _el("w:keepNext", p_pr)
    _el("w:spacing", p_pr, before=160, after=0)
    r = _el("w:r", p)
    for i, line in enumerate(text.split("\n")):
        if i:
            _el("w:br", r)
        t = _el("w:t", r)
        t.set(qn("xml:space"), "preserve")
        t.text = line


def _tc(table: Table, row: Row, col: int, cell: Cell, twips: list[int], is_head: bool, keep: bool) -> BaseOxmlElement:
    column = table.columns[col]
    tc = _el("w:tc")
    tc_pr = _tc_pr(tc, col, cell.colspan, twips)
    if cell.rowspan > 1:
        _el("w:vMerge", tc_pr, val="restart")
    _el("w:vAlign", tc_pr, val="center" if is_head else "top")
    align = cell.align or (Align.CENTER if is_head else column.align)
    bold = cell.bold or is_head or row.kind in (RowKind.GROUP, RowKind.TOTAL)
    p, p_pr = _p(tc, keep)
    _el("w:jc", p_pr, val=_JC[align])
    text = cell_text(column, cell)
    if text:
        r = _el("w:r", p)
        width = sum(twips[col : col + cell.colspan])
        size = _head_size(text, width) if is_head else _amount_size(text, width) if _is_number(cell) else TABLE_PT
        if bold or size != TABLE_PT:
            r_pr = _el("w:rPr", r)
            if bold:
                _el("w:b", r_pr)
                _el("w:bCs", r_pr)
            if size != TABLE_PT:
                _el("w:sz", r_pr, val=size * 2)
                _el("w:szCs", r_pr, val=size * 2)
        for i, line in enumerate(text.split("\n")):
            if i:
                _el("w:br", r)
            t = _el("w:t", r)
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
