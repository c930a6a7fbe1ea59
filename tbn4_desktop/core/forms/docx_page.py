"""The Word document's frame: the A4 page and its margins, the fonts and
paragraph styles (Times New Roman for every script), and the footer with
«Сформировано …» and «Страница N из M»."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Emu, Mm, Pt

if TYPE_CHECKING:
    from docx.document import Document as DocxDocument
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.section import Section
    from docx.text.paragraph import Paragraph

FONT = "Times New Roman"
TEXT_PT = 14
TABLE_PT = 12
SMALL_PT = 10
TABLE_STYLE = "Form Table Text"


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
    in_schema_order(rpr, _RPR_ORDER)


# Word refuses a file whose property elements are out of the schema's order.
TBL_PR_ORDER = (
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


def in_schema_order(parent: BaseOxmlElement, order: tuple[str, ...]) -> None:
    rank = {qn(f"w:{tag}"): i for i, tag in enumerate(order)}
    children = sorted(parent, key=lambda el: rank.get(el.tag, len(order)))
    for child in children:
        parent.append(child)  # lxml moves an element appended again


def setup_styles(doc: DocxDocument) -> None:
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


def setup_page(section: Section, landscape: bool) -> None:
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


def add_footer(section: Section, generated_on: str, width: int) -> None:
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
