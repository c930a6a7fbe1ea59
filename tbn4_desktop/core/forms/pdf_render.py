"""An official form as PDF (reportlab platypus): A4 with the margins of
Kazakhstan's rules for official documents, Liberation Serif embedded (the
metrics of Times New Roman), 14 pt text and 12 pt tables.

Row spans are drawn as a "visual merge", not as reportlab SPANs: a spanned
cell cannot be split across pages, and Appendix 1 may have one subtask
spanning a thousand facts. The text stands in the first row of the span and
the horizontal lines inside the span are left out in its columns; a page
break inside a span gets a closing and an opening line ('splitlast' /
'splitfirst'). Column spans are short (one row) and use SPAN.

Output is deterministic (`invariant=1`): the same form gives the same bytes.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Frame,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from tbn4_desktop.core.forms.model import (
    Align,
    Cell,
    Form,
    FormName,
    Row,
    RowKind,
    ValueKind,
    placed_cells,
)
from tbn4_desktop.core.forms.model import Table as FormTable
from tbn4_desktop.core.forms.russian import blank_date_line, money

FONT = "TBN4Serif"
FONT_BOLD = "TBN4Serif-Bold"
FONT_FILES = {FONT: "LiberationSerif-Regular.ttf", FONT_BOLD: "LiberationSerif-Bold.ttf",
              "TBN4Serif-Italic": "LiberationSerif-Italic.ttf",
              "TBN4Serif-BoldItalic": "LiberationSerif-BoldItalic.ttf"}

MARGINS = {"left": 30 * mm, "right": 10 * mm, "top": 20 * mm, "bottom": 20 * mm}
TEXT_PT, TABLE_PT, SMALL_PT = 14, 12, 10
LINE = 0.6                                   # table rule width, points
PAD = 3                                      # cell padding left and right, points
BLOCK_WIDTH = 100 * mm                       # the right-hand caption and approval blocks
SIGN_LINE = "_______________"

_registered = False


def register_fonts() -> None:
    """Register the embedded Liberation Serif faces once per process."""
    global _registered
    if _registered:
        return
    from tbn4_desktop.core.forms.render import FormError
    from tbn4_desktop.paths import resource_dir

    folder = resource_dir() / "fonts"
    for name, file in FONT_FILES.items():
        path = folder / file
        if not path.is_file():
            raise FormError(f"Не найден шрифт «{file}» в папке программы: переустановите программу.")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    pdfmetrics.registerFontFamily(FONT, normal=FONT, bold=FONT_BOLD, italic="TBN4Serif-Italic",
                                  boldItalic="TBN4Serif-BoldItalic")
    _registered = True


# ------------------------------------------------------------------ text
_ALIGN = {Align.LEFT: TA_LEFT, Align.CENTER: TA_CENTER, Align.RIGHT: TA_RIGHT}
_styles: dict[tuple, ParagraphStyle] = {}


def _style(size: float = TEXT_PT, align: Align = Align.LEFT, bold: bool = False,
           indent: float = 0.0, hyphenate: bool = False, link: bool = False) -> ParagraphStyle:
    key = (size, align, bold, indent, hyphenate, link)
    if key not in _styles:
        # embeddedHyphenation=2: a narrow column breaks «комплаенс-офицера» at its hyphen
        # before it cuts a word anywhere. Not for links: with it reportlab breaks
        # a URL once at a hyphen and lets the rest run out of the cell; without
        # it a long URL is cut wherever the cell ends (splitLongWords).
        _styles[key] = ParagraphStyle(f"s{len(_styles)}", fontName=FONT_BOLD if bold else FONT,
                                      fontSize=size, leading=round(size * 1.15, 1),
                                      alignment=_ALIGN[align], leftIndent=indent,
                                      embeddedHyphenation=0 if link else 2, splitLongWords=1,
                                      hyphenationLang="ru_RU" if hyphenate else "")
    return _styles[key]


def markup(text: str) -> str:
    """Plain text as Paragraph markup: & < > escaped, line breaks and runs
    of spaces kept (the inventory's signature line is spaced by hand)."""
    text = escape(text)
    text = re.sub(r" {2,}", lambda m: "\u00a0" * (len(m.group()) - 1) + " ", text)
    return text.replace("\n", "<br/>")


class _Paragraph(Paragraph):
    """A Paragraph that remembers its last wrap: a table wraps every cell to
    measure the rows and again to draw them, at the same width, and breaking
    lines is most of a long form's rendering time."""

    _wrapped: tuple[float, tuple[float, float]] | None = None

    def wrap(self, availWidth, availHeight):
        # reportlab's split() deletes blPara when the paragraph moves on whole: wrap again then.
        if self._wrapped is None or self._wrapped[0] != availWidth or "blPara" not in self.__dict__:
            self._wrapped = availWidth, super().wrap(availWidth, availHeight)
        return self._wrapped[1]


def _para(text: str, **style) -> Paragraph:
    return _Paragraph(markup(text), _style(**style))


def cell_text(value: str | Decimal | int | None, kind: ValueKind) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal) or (kind is ValueKind.MONEY and isinstance(value, int)):
        return money(value)
    return str(value)


# ------------------------------------------------------------------ tables
def _totals(table: FormTable, placed: list[list[tuple[int, Cell]]]) -> dict[int, Decimal]:
    """Sums of the money columns over the DATA rows (a TOTAL cell left empty asks for one)."""
    sums: dict[int, Decimal] = {}
    for row, cells in zip(table.rows, placed):
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


_PIECES = re.compile(r"[^ \t\n-]*-?")      # not \s: money keeps its no-break spaces


def _widest_piece(text: str, font: str, size: float, cache: dict) -> float:
    """The width of the longest part of `text` that cannot wrap (split at spaces and after hyphens).
    Links are left out: they are cut anywhere rather than widen their column."""
    widest = 0.0
    for piece in _PIECES.findall(text):
        if piece and "/" not in piece:
            if (piece, font) not in cache:
                cache[piece, font] = pdfmetrics.stringWidth(piece, font, size)
            widest = max(widest, cache[piece, font])
    return widest


def fit_widths(weights: list[float], needed: list[float], width: float) -> list[float]:
    """Column widths in proportion to the weights, but each at least as wide
    as its longest unbreakable word while the page allows it."""
    widths = [width * w / sum(weights) for w in weights]
    if sum(needed) > width:
        return widths
    fixed: set[int] = set()
    while True:
        short = {i for i, w in enumerate(widths) if i not in fixed and w < needed[i] - 0.01}
        if not short:
            return widths
        fixed |= short
        room = width - sum(needed[i] for i in fixed)
        free = [i for i in range(len(widths)) if i not in fixed]
        for i in fixed:
            widths[i] = needed[i]
        for i in free:
            widths[i] = room * weights[i] / sum(weights[j] for j in free)


# A page break closes the table on one page and opens it on the next, also inside a row span.
SPLIT_RULES = (("LINEABOVE", (0, "splitfirst"), (-1, "splitfirst"), LINE, colors.black),
               ("LINEBELOW", (0, "splitlast"), (-1, "splitlast"), LINE, colors.black))


class _FormTable(Table):
    """A table whose row spans, broken by a page, name themselves again at the
    top of the next page: «<subtask> (продолжение)» instead of an empty cell."""

    origin: list[int]                                   # each row's index in the whole table
    continued: dict[int, dict[int, tuple[str, ParagraphStyle]]]   # row → {column: span text}

    def split(self, availWidth, availHeight):
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2:
            first, rest = parts
            head, n = self.repeatRows, first._nrows
            first.origin, first.continued = self.origin[:n], self.continued
            rest.origin, rest.continued = self.origin[:head] + self.origin[n:], self.continued
            rest.setStyle(TableStyle(SPLIT_RULES))         # reportlab drops them from the rest
            if head < rest._nrows:
                for col, (text, style) in self.continued.get(rest.origin[head], {}).items():
                    rest._cellvalues[head][col] = _Paragraph(markup(f"{text} (продолжение)"), style)
                    rest._argH[head] = None                 # measure the row again with its new text
        return parts


def build_table(table: FormTable, width: float, size: float = TABLE_PT) -> _FormTable | None:
    head, body = table.head_rows(), table.rows
    rows: tuple[Row, ...] = (*head, *body)
    if not rows:
        return None
    ncols = len(table.columns)
    placed = placed_cells(table, head) + placed_cells(table, body)
    totals = _totals(table, placed[len(head):])
    data = [[""] * ncols for _ in rows]
    # top[r][c]: a rule above cell (r, c); left[r][c]: a rule left of it
    top = [[True] * ncols for _ in rows]
    left = [[True] * ncols for _ in rows]
    spans: list[tuple] = []
    needed = [0.0] * ncols
    # Cells with a word wider than the column's share of the page: if the
    # page cannot widen the column enough, they are hyphenated by the Russian
    # rules (pyphen) — «соб-ственности», never cut anywhere as «собств|енности».
    total_weight = sum(c.width for c in table.columns)
    min_width = [width * c.width / total_weight for c in table.columns]
    long_words: list[tuple[int, int, str, float, dict]] = []
    cache: dict = {}
    continued: dict[int, dict[int, tuple[str, ParagraphStyle]]] = {}
    for r, (row, cells) in enumerate(zip(rows, placed)):
        in_head = r < len(head)
        for col, cell in cells:
            column = table.columns[col]
            value = cell.value
            if value is None and row.kind is RowKind.TOTAL and col in totals:
                value = totals[col]
            default = Align.CENTER if in_head else column.align
            bold = cell.bold or in_head or row.kind in (RowKind.GROUP, RowKind.TOTAL)
            text = cell_text(value, column.kind)
            if text:
                look = {"size": size, "align": cell.align or default, "bold": bold, "link": "://" in text}
                data[r][col] = _para(text, **look)
                if cell.colspan == 1:
                    font = FONT_BOLD if bold else FONT
                    # + 2 pt: reportlab wraps a word that fills its cell to the point
                    widest = _widest_piece(text, font, size, cache) + 2 * PAD + 2
                    needed[col] = max(needed[col], widest)
                    if widest > min_width[col]:
                        long_words.append((r, col, text, widest, look))
            for c in range(col + 1, col + cell.colspan):
                left[r][c] = False
            if cell.colspan > 1 or (cell.rowspan > 1 and in_head):
                # a head never splits, so a real SPAN is safe there
                last = r + cell.rowspan - 1 if in_head else r
                spans.append(("SPAN", (col, r), (col + cell.colspan - 1, last)))
            for below in range(r + 1, r + cell.rowspan):
                if text and not in_head:
                    continued.setdefault(below, {})[col] = text, data[r][col].style
                for c in range(col, col + cell.colspan):
                    top[below][c] = False
                    if c > col:
                        left[below][c] = False
    widths = fit_widths([c.width for c in table.columns], needed, width)
    for r, col, text, widest, look in long_words:
        if widest > widths[col] + 0.01:
            data[r][col] = _para(text, **look, hyphenate=True)
    commands: list[tuple] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 0), (-1, -1), FONT, size),   # empty cells too, or reportlab names Helvetica
        ("LEFTPADDING", (0, 0), (-1, -1), PAD), ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BOX", (0, 0), (-1, -1), LINE, colors.black),
        *SPLIT_RULES,
        *spans,
    ]
    if head:
        commands.append(("VALIGN", (0, 0), (-1, len(head) - 1), "MIDDLE"))
    for c in range(ncols):
        for first, last in _runs([top[r][c] for r in range(1, len(rows))]):
            commands.append(("LINEABOVE", (c, first + 1), (c, last + 1), LINE, colors.black))
        if c:
            for first, last in _runs([left[r][c] for r in range(len(rows))]):
                commands.append(("LINEBEFORE", (c, first), (c, last), LINE, colors.black))
    drawn = _FormTable(data, colWidths=widths, repeatRows=len(head), style=TableStyle(commands), hAlign="LEFT")
    drawn.origin, drawn.continued = list(range(len(rows))), continued
    return drawn


# ------------------------------------------------------------------ heading
def _right_block(paragraphs: list, width: float) -> Table:
    """Paragraphs stacked in a borderless block standing at the right margin."""
    block = Table([[p] for p in paragraphs], colWidths=[min(BLOCK_WIDTH, width)], hAlign="RIGHT")
    block.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), FONT, TEXT_PT), ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return block


def _approval(form: Form, width: float) -> Table:
    approval = form.approval
    lines = [_para(approval.role_title)]
    if approval.organization:
        lines.append(_para(approval.organization))
    name = approval.signer_name or "(Ф.И.О.)"
    lines.append(_para(f"{SIGN_LINE} {name}"))
    under = "(подпись, печать)" if approval.with_stamp else "(подпись)"
    # centred under the signature line
    indent = max(0.0, (pdfmetrics.stringWidth(SIGN_LINE, FONT, TEXT_PT)
                       - pdfmetrics.stringWidth(under, FONT, SMALL_PT)) / 2)
    lines.append(_para(under, size=SMALL_PT, indent=indent))
    lines.append(Spacer(1, 4))
    lines.append(_para(blank_date_line(form.year)))
    return _right_block(lines, width)


def story(form: Form, width: float) -> list:
    flow: list = []
    if form.appendix_caption:
        flow += [_right_block([_para(form.appendix_caption, size=SMALL_PT)], width), Spacer(1, 10)]
    flow += [_para(name) for name in form.organizations]
    if form.approval is not None:
        flow += [Spacer(1, 8), _approval(form, width)]
    flow += [Spacer(1, 16), _para(form.title, align=Align.CENTER, bold=True)]
    if form.subtitle:
        flow.append(_para(form.subtitle, align=Align.CENTER))
    flow.append(Spacer(1, 12))
    # Appendix 3's eight columns need 11 pt to fit their headings on a landscape page
    size = TABLE_PT - 1 if form.name is FormName.APP3 else TABLE_PT
    for table in form.tables:
        if table.caption:
            flow += [_para(table.caption, size=TABLE_PT, bold=True), Spacer(1, 3)]
        drawn = build_table(table, width, size)
        if drawn is not None:
            flow += [drawn, Spacer(1, 10)]
    for note in form.notes:
        flow += [_para(note, size=TABLE_PT), Spacer(1, 4)]
    return flow


# ------------------------------------------------------------------ pages
def _numbered_canvas(footer: str):
    """A canvas that keeps its pages until save, so each can say «Страница N из M»."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._footer(number, total)
                super().showPage()
            super().save()

        def _footer(self, number: int, total: int) -> None:
            page_width = self._pagesize[0]
            y = MARGINS["bottom"] / 2
            self.setFont(FONT, SMALL_PT)
            self.drawRightString(page_width - MARGINS["right"], y, f"Страница {number} из {total}")
            if footer:
                self.drawString(MARGINS["left"], y, footer)

    return NumberedCanvas


def pdf_title(form: Form) -> str:
    """«ОТЧЁТ (Справка) — Приложение №1»: the title with its appendix."""
    appendix = form.appendix_caption.split(" к Инструкции")[0].strip()
    return f"{form.title} — {appendix}" if appendix else form.title


def render_pdf(form: Form, out: BinaryIO) -> None:
    register_fonts()
    pagesize = landscape(A4) if form.landscape else A4
    doc = BaseDocTemplate(out, pagesize=pagesize, leftMargin=MARGINS["left"], rightMargin=MARGINS["right"],
                          topMargin=MARGINS["top"], bottomMargin=MARGINS["bottom"],
                          title=pdf_title(form), author="ТБН-4", creator="ТБН-4", subject=form.subtitle,
                          lang="ru", invariant=1, initialFontName=FONT)
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate("form", [frame])])
    doc.build(story(form, doc.width), canvasmaker=_numbered_canvas(form.generated_on))
