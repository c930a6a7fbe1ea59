"""A form as a Word document (python-docx), laid out as the instruction shows it.

Tables are written as WordprocessingML rows directly rather than through
python-docx's cell API: that API rebuilds the whole cell grid on every
access, which makes a 1,000-row Appendix 1 take minutes instead of a fraction
of a second, and it cannot express a vertical merge without that grid.
"""

from __future__ import annotations

from decimal import Decimal
from typing import BinaryIO

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Emu, Mm, Pt

from tbn4_desktop.core.forms.model import (
    Align,
    Cell,
    Column,
    Form,
    Row,
    RowKind,
    Table,
    ValueKind,
    placed_cells,
)
from tbn4_desktop.core.forms.russian import blank_date_line, money

FONT = "Times New Roman"
TEXT_PT = 14
TABLE_PT = 12
SMALL_PT = 10
TABLE_STYLE = "Form Table Text"
_JC = {Align.LEFT: "left", Align.CENTER: "center", Align.RIGHT: "right"}
_ALIGN = {Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT, Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
          Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT}
_TWIPS_PER_EMU = 1 / 635
CELL_MARGIN = 57                      # twips (1 mm) each side: the narrow columns of Appendix 3 need the room
_EM_TWIPS = 20 * 0.6                  # a bold Cyrillic letter is about 0.6 em wide; twips per point


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
    _footer(section, form.generated_on)
    props = doc.core_properties
    props.title, props.author, props.language = form.title, "ТБН-4", "ru-RU"
    props.subject, props.keywords, props.comments = form.name.label, "ТБН-4", ""
    text_width = section.page_width - section.left_margin - section.right_margin
    body = doc.element.body
    # The template's empty first paragraph would push the form down by a line.
    for p in list(body.iterchildren(qn("w:p"))):
        body.remove(p)
    _heading(doc, form, text_width)
    for table in form.tables:
        if table.caption:
            _para(doc, table.caption, bold=True, before=8, after=4)
        _table(doc, table, text_width)
    for note in form.notes:
        _para(doc, note, before=8)
    if not form.tables and not form.notes:
        _para(doc, "")
    # Word hyphenates Russian words that do not fit a narrow column rather than splitting them anywhere.
    settings = doc.settings.element
    tab_stop = settings.find(qn("w:defaultTabStop"))
    hyphenation = _el("w:autoHyphenation", val="true")
    if tab_stop is not None:
        tab_stop.addnext(hyphenation)
    doc.save(out)


# ------------------------------------------------------------------ page and styles
def _fonts(rpr, size_pt: float) -> None:
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
_TBL_PR_ORDER = ("tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize", "tblStyleColBandSize",
                 "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd", "tblLayout", "tblCellMar", "tblLook")
_RPR_ORDER = ("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
              "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
              "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
              "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath")


def _in_schema_order(parent, order: tuple[str, ...]) -> None:
    rank = {qn(f"w:{tag}"): i for i, tag in enumerate(order)}
    children = sorted(parent, key=lambda el: rank.get(el.tag, len(order)))
    for child in children:
        parent.append(child)          # lxml moves an element appended again


def _styles(doc) -> None:
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


def _page(section, landscape: bool) -> None:
    short, long = Mm(210), Mm(297)
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = (long, short) if landscape else (short, long)
    section.left_margin, section.right_margin = Mm(30), Mm(10)
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.header_distance, section.footer_distance = Mm(10), Mm(10)


def _field(paragraph, instruction: str) -> None:
    """A PAGE/NUMPAGES field Word and LibreOffice fill in when they lay out the pages."""
    def run_with(child):
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


def _footer(section, generated_on: str) -> None:
    """«Сформировано … в программе ТБН-4» on the left, «Страница N из M» on the right."""
    paragraph = section.footer.paragraphs[0]
    # The template's Footer style has centre/right stops for Letter paper; ours is the text width.
    paragraph.style.paragraph_format.tab_stops.clear_all()
    width = section.page_width - section.left_margin - section.right_margin
    paragraph.paragraph_format.tab_stops.add_tab_stop(Emu(width), WD_TAB_ALIGNMENT.RIGHT)
    small = paragraph.add_run(f"{generated_on}\tСтраница " if generated_on else "\tСтраница ")
    small.font.size = Pt(SMALL_PT)
    _field(paragraph, "PAGE")
    paragraph.add_run(" из ").font.size = Pt(SMALL_PT)
    _field(paragraph, "NUMPAGES")


# ------------------------------------------------------------------ heading
def _para(doc, text: str, *, bold: bool = False, size: float | None = None, align: Align = Align.LEFT,
          indent=None, before: float = 0, after: float = 0):
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


def _heading(doc, form: Form, text_width: int) -> None:
    # The caption and the approval block sit in the right part of the page,
    # left-aligned within it, as in the instruction's forms.
    right_block = Emu(int(text_width * (0.6 if form.landscape else 0.42)))
    if form.appendix_caption:
        _para(doc, form.appendix_caption, size=SMALL_PT + 1, indent=right_block, after=10)
    approval = form.approval
    for name in form.organizations:
        # Appendix 5 names the body under the commissioner's title only, not again top left.
        if approval is None or name != approval.organization:
            _para(doc, name, after=2)
    if approval is not None:
        _para(doc, approval.role_title, indent=right_block, before=8)
        if approval.organization:
            _para(doc, approval.organization, indent=right_block)
        signer = approval.signer_name or "(Ф.И.О.)"
        _para(doc, f"_______________ {signer}", indent=right_block, before=6)
        _para(doc, "(подпись, печать)" if approval.with_stamp else "(подпись)", size=SMALL_PT,
              indent=Emu(right_block + Cm(0.6)))
        _para(doc, blank_date_line(form.year), indent=right_block, before=4)
    _para(doc, form.title, bold=True, align=Align.CENTER, before=14)
    if form.subtitle:
        _para(doc, form.subtitle, align=Align.CENTER, after=10)
    else:
        doc.paragraphs[-1].paragraph_format.space_after = Pt(10)


# ------------------------------------------------------------------ tables
def _el(tag: str, parent=None, **attrs):
    el = OxmlElement(tag)
    for key, value in attrs.items():
        el.set(qn(f"w:{key}"), str(value))
    if parent is not None:
        parent.append(el)
    return el


def _table(doc, table: Table, text_width: int) -> None:
    total = sum(c.width for c in table.columns) or 1
    twips = [int(text_width * _TWIPS_PER_EMU * c.width / total) for c in table.columns]
    grid_table = doc.add_table(rows=0, cols=len(table.columns))
    grid_table.style = doc.styles["Table Grid"]
    tbl = grid_table._tbl
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
    for col, width in zip(tbl.tblGrid.iterchildren(qn("w:gridCol")), twips):
        col.set(qn("w:w"), str(width))
    head = table.head_rows()
    for rows, is_head in ((head, True), (table.rows, False)):
        if rows:
            _rows(tbl, table, rows, placed_cells(table, rows), twips, is_head)


def _rows(tbl, table: Table, rows: tuple[Row, ...], placed, twips: list[int], is_head: bool) -> None:
    spanning: dict[int, list[int]] = {}         # start column → [colspan, rows still covered]
    for row, cells in zip(rows, placed):
        tr = _el("w:tr")
        tr_pr = _el("w:trPr", tr)
        _el("w:cantSplit", tr_pr)
        if is_head:
            _el("w:tblHeader", tr_pr)
        entries = [(col, cell) for col, cell in cells] + [(col, None) for col in spanning]
        for col, cell in sorted(entries, key=lambda e: e[0]):
            if cell is None:
                _continuation(tr, col, spanning[col][0], twips)
            else:
                tr.append(_tc(table, row, col, cell, twips, is_head))
        for col in list(spanning):
            spanning[col][1] -= 1
            if spanning[col][1] <= 0:
                del spanning[col]
        for col, cell in cells:
            if cell.rowspan > 1:
                spanning[col] = [cell.colspan, cell.rowspan - 1]
        tbl.append(tr)


def _tc_pr(tc, col: int, colspan: int, twips: list[int]):
    tc_pr = _el("w:tcPr", tc)
    _el("w:tcW", tc_pr, w=sum(twips[col:col + colspan]), type="dxa")
    if colspan > 1:
        _el("w:gridSpan", tc_pr, val=colspan)
    return tc_pr


def _continuation(tr, col: int, colspan: int, twips: list[int]) -> None:
    """The covered part of a cell spanning rows: Word needs a w:tc marked as a merge continuation."""
    tc = _el("w:tc", tr)
    tc_pr = _tc_pr(tc, col, colspan, twips)
    _el("w:vMerge", tc_pr)
    p = _el("w:p", tc)
    _el("w:pStyle", _el("w:pPr", p), val=TABLE_STYLE.replace(" ", ""))


def _tc(table: Table, row: Row, col: int, cell: Cell, twips: list[int], is_head: bool):
    column = table.columns[col]
    tc = _el("w:tc")
    tc_pr = _tc_pr(tc, col, cell.colspan, twips)
    if cell.rowspan > 1:
        _el("w:vMerge", tc_pr, val="restart")
    _el("w:vAlign", tc_pr, val="center" if is_head else "top")
    align = cell.align or (Align.CENTER if is_head else column.align)
    bold = cell.bold or is_head or row.kind in (RowKind.GROUP, RowKind.TOTAL)
    p = _el("w:p", tc)
    p_pr = _el("w:pPr", p)
    _el("w:pStyle", p_pr, val=TABLE_STYLE.replace(" ", ""))
    _el("w:jc", p_pr, val=_JC[align])
    text = cell_text(column, cell)
    if text:
        r = _el("w:r", p)
        size = _head_size(text, sum(twips[col:col + cell.colspan])) if is_head else TABLE_PT
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


def _head_size(text: str, width: int) -> int:
    """12 pt, or down to 10 pt so that a column title's longest word fits its
    narrow column (Appendix 3's «численность» in 22 mm) instead of splitting."""
    longest = max((len(word) for word in text.split()), default=0)
    room = width - 2 * CELL_MARGIN
    for size in (TABLE_PT, TABLE_PT - 1, TABLE_PT - 2):
        if longest * size * _EM_TWIPS <= room:
            return size
    return TABLE_PT - 2
