"""A form as a Word document (python-docx), laid out as the instruction shows it.

Tables are written as WordprocessingML rows directly rather than through
python-docx's cell API: that API rebuilds the whole cell grid on every
access, which makes a 1,000-row Appendix 1 take minutes instead of a fraction
of a second, and it cannot express a vertical merge without that grid.

This module assembles the document and writes its heading; the page, styles
and footer are docx_page.py, the tables docx_table.py.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, BinaryIO

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Pt

from tbn4_desktop.core.forms.docx_page import FONT as FONT
from tbn4_desktop.core.forms.docx_page import SMALL_PT as SMALL_PT
from tbn4_desktop.core.forms.docx_page import TABLE_PT as TABLE_PT
from tbn4_desktop.core.forms.docx_page import TABLE_STYLE as TABLE_STYLE
from tbn4_desktop.core.forms.docx_page import TEXT_PT as TEXT_PT
from tbn4_desktop.core.forms.docx_page import add_footer, setup_page, setup_styles
from tbn4_desktop.core.forms.docx_table import CELL_MARGIN as CELL_MARGIN
from tbn4_desktop.core.forms.docx_table import add_table, el, keep_row_with_next, note_row
from tbn4_desktop.core.forms.docx_table import cell_text as cell_text
from tbn4_desktop.core.forms.model import (
    Align,
    BlockLine,
    BlockLineKind,
    Form,
    approval_lines,
)

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.shared import Length
    from docx.text.paragraph import Paragraph

_ALIGN = {
    Align.LEFT: WD_ALIGN_PARAGRAPH.LEFT,
    Align.CENTER: WD_ALIGN_PARAGRAPH.CENTER,
    Align.RIGHT: WD_ALIGN_PARAGRAPH.RIGHT,
}
_UNDERSCORE_EM = 0.5  # Times New Roman's «_» is half an em wide (Liberation Serif too)


def render_docx(form: Form, out: BinaryIO) -> None:
    doc = Document()
    setup_styles(doc)
    section = doc.sections[0]
    setup_page(section, form.landscape)
    page_width, left, right = section.page_width, section.left_margin, section.right_margin
    assert page_width is not None and left is not None and right is not None  # setup_page() has just set them
    text_width = page_width - left - right
    add_footer(section, form.generated_on, text_width)
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
        previous = add_table(doc, table, text_width)
    if form.notes and previous is not None:
        # «Примечание» never stands alone on a page: the table's last row goes with it.
        keep_row_with_next(previous.tr_lst[-1])
        for i, note in enumerate(form.notes):
            note_row(previous, note, keep=i < len(form.notes) - 1)
    else:
        for note in form.notes:
            _para(doc, note, before=8)
    # A document ends with a paragraph (Word and LibreOffice add one after a closing
    # table): a full-size one would start a blank page after a table that fills the last.
    p_pr = el("w:pPr", doc.add_paragraph()._p)
    el("w:spacing", p_pr, before=0, after=0, line=20, lineRule="exact")
    el("w:sz", el("w:rPr", p_pr), val=2)
    # Word hyphenates Russian words that do not fit a narrow column rather than splitting them anywhere.
    settings = doc.settings.element
    tab_stop = settings.find(qn("w:defaultTabStop"))
    hyphenation = el("w:autoHyphenation", val="true")
    if tab_stop is not None:
        tab_stop.addnext(hyphenation)
    doc.save(out)


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
