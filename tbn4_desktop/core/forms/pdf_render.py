"""An official form as PDF (reportlab platypus): A4 with the margins of
Kazakhstan's rules for official documents, Liberation Serif embedded (the
metrics of Times New Roman), 14 pt text and 12 pt tables.

This module draws the heading (appendix caption, approval block, title), the
pages and their footer; the tables, which lay themselves out over pages row
by row and inside rows, are pdf_table.py. A form no page can hold even so is
one Russian sentence naming the row (render.row_too_tall), never a traceback.

Output is deterministic (`invariant=1`): the same form gives the same bytes.
"""

from __future__ import annotations

import re
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from tbn4_desktop.core.forms.model import (
    Align,
    Approval,
    BlockLineKind,
    Form,
    FormName,
    approval_lines,
)
from tbn4_desktop.core.forms.pdf_fonts import SubsetTTFont
from tbn4_desktop.core.forms.pdf_table import LayoutState, build_table, fit_widths  # noqa: F401  (fit_widths: API)
from tbn4_desktop.core.forms.pdf_text import (  # noqa: F401
    FONT,
    FONT_BOLD,
    SMALL_PT,
    TABLE_PT,
    TEXT_PT,
    markup,
    para,
)
from tbn4_desktop.i18n import tr

FONT_FILES = {
    FONT: "LiberationSerif-Regular.ttf",
    FONT_BOLD: "LiberationSerif-Bold.ttf",
    "TBN4Serif-Italic": "LiberationSerif-Italic.ttf",
    "TBN4Serif-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}

MARGINS = {"left": 30 * mm, "right": 10 * mm, "top": 20 * mm, "bottom": 20 * mm}
BLOCK_WIDTH = 100 * mm  # the right-hand caption and approval blocks
TABLE_GAP = 10  # between two tables
HEADING_GAP = 12  # between the heading and the first table

_registered = False


def register_fonts() -> None:
    """Register the embedded Liberation Serif faces once per process."""
    global _registered
    if _registered:
        return
    from tbn4_desktop.core.forms.errors import FormError
    from tbn4_desktop.paths import resource_dir

    folder = resource_dir() / "fonts"
    for name, file in FONT_FILES.items():
        path = folder / file
        if not path.is_file():
            raise FormError(
                tr("Не найден шрифт «{file}» в папке программы: переустановите программу.").format(file=file)
            )
        pdfmetrics.registerFont(SubsetTTFont(name, str(path)))
    pdfmetrics.registerFontFamily(
        FONT, normal=FONT, bold=FONT_BOLD, italic="TBN4Serif-Italic", boldItalic="TBN4Serif-BoldItalic"
    )
    # Compressed streams stay binary, not ASCII85 text as well: a quarter smaller, and
    # without reportlab's C accelerator the encoding is a tenth of a long form's time.
    # Process-wide, once: the forms are reportlab's only user here, and every form
    # must be written the same way (deterministic bytes).
    rl_config.useA85 = 0
    _registered = True


# ------------------------------------------------------------------ heading
def _right_block(paragraphs: list[Flowable], width: float) -> Table:
    """Paragraphs stacked in a borderless block standing at the right margin."""
    block = Table([[p] for p in paragraphs], colWidths=[min(BLOCK_WIDTH, width)], hAlign="RIGHT")
    block.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, TEXT_PT),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return block


def _approval(approval: Approval, year: int, width: float) -> Table:
    """The approval block from the model's lines: left-aligned inside the
    block; a note under a signature line (UNDER) small and centred under its line."""
    lines: list[Flowable] = []
    above = ""
    for line in approval_lines(approval, year):
        if line.kind is BlockLineKind.UNDER:
            underscores = re.match(r"_*", above)
            assert underscores is not None  # "_*" matches at the start of any string
            rule = underscores.group() or above
            indent = max(
                0.0,
                (pdfmetrics.stringWidth(rule, FONT, TEXT_PT) - pdfmetrics.stringWidth(line.text, FONT, SMALL_PT)) / 2,
            )
            lines.append(para(line.text, size=SMALL_PT, indent=indent))
            lines.append(Spacer(1, 4))
        else:
            lines.append(para(line.text))
        above = line.text
    return _right_block(lines, width)


def _heading(form: Form, width: float) -> list[Flowable]:
    """What stands above the tables, each item with the gap above it."""
    items: list[tuple[float, object]] = []
    if form.appendix_caption:
        items.append((0, _right_block([para(form.appendix_caption, size=SMALL_PT)], width)))
    if form.approval is not None:
        items.append((8, _approval(form.approval, form.year, width)))
    items += [(16 if i == 0 else 0, para(name)) for i, name in enumerate(form.organizations)]
    if form.title:
        items.append((8 if form.organizations else 16, para(form.title, align=Align.CENTER, bold=True)))
    if form.subtitle:
        items.append((0 if form.title else 16, para(form.subtitle, align=Align.CENTER)))
    flow: list[Flowable] = []
    for gap, flowable in items:
        if flow and gap:
            flow.append(Spacer(1, gap))
        flow.append(flowable)
    return flow


def story(form: Form, width: float, state: LayoutState | None = None) -> list[Flowable]:
    """The flowables of the form. No gap trails the last of them: a table's
    gap is its spaceBefore (dropped at the top of a page), so no gap alone can
    spill onto a page of its own (App 3's blank last page)."""
    state = state or LayoutState()
    flow = _heading(form, width)
    # Appendix 3's columns need 11 pt to fit their headings on a landscape page
    size = TABLE_PT - 1 if form.name is FormName.APP3 else TABLE_PT
    tables: list[Flowable] = []
    for table in form.tables:
        drawn = build_table(table, width, size, caption=table.caption, state=state)
        if drawn is not None:
            drawn.spaceBefore = TABLE_GAP if tables else (HEADING_GAP if flow else 0)
            tables.append(drawn)
        elif table.caption:
            tables.append(para(table.caption, size=TABLE_PT, bold=True))
    notes = tuple(para(note, size=TABLE_PT) for note in form.notes)
    if tables and hasattr(tables[-1], "notes"):
        tables[-1].notes = notes  # kept with the last table's last row
    else:
        for note in notes:
            if flow or tables:
                tables.append(Spacer(1, 4))
            tables.append(note)
    return flow + tables


# ------------------------------------------------------------------ pages
def _numbered_canvas(footer: str) -> type[Canvas]:
    """A canvas that keeps its pages until save, so each can say «Страница N из M»
    (when there is more than one); `footer` («Сформировано …») when not empty."""

    class NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab: no type information
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
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
            if total > 1:
                self.drawRightString(page_width - MARGINS["right"], y, f"Страница {number} из {total}")
            if footer:
                self.drawString(MARGINS["left"], y, footer)

    return NumberedCanvas


def pdf_title(form: Form) -> str:
    """«ОТЧЁТ (Справка) — Приложение №1»: the title with its appendix (a form
    without a title, as Appendix 3: the form's name)."""
    appendix = form.appendix_caption.split(" к Инструкции")[0].strip()
    if not form.title:
        return form.name.label_ru
    return f"{form.title} — {appendix}" if appendix else form.title


def render_pdf(form: Form, out: BinaryIO) -> None:
    register_fonts()
    pagesize = landscape(A4) if form.landscape else A4
    doc = BaseDocTemplate(
        out,
        pagesize=pagesize,
        leftMargin=MARGINS["left"],
        rightMargin=MARGINS["right"],
        topMargin=MARGINS["top"],
        bottomMargin=MARGINS["bottom"],
        title=pdf_title(form),
        author="ТБН-4",
        creator="ТБН-4",
        subject=form.subtitle,
        lang="ru",
        invariant=1,
        initialFontName=FONT,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, 0, 0, 0, 0, id="body")
    doc.addPageTemplates([PageTemplate("form", [frame])])
    state = LayoutState()
    try:
        doc.build(story(form, doc.width, state), canvasmaker=_numbered_canvas(form.generated_on))
    except LayoutError:
        from tbn4_desktop.core.forms.errors import row_too_tall

        raise row_too_tall(form, state.label or "") from None
