"""The long-row test of issue 13: a fact of 500, 3 000 and 20 000 characters
in every form and every format. Nothing fails, every page has text, the
PDF's pages are filled before a tall row continues on the next one, the
first and last words of the fact are printed (pdftotext), the page count
fits the text's length; DOCX and XLSX are opened by LibreOffice (one run for
the module); a heading never ends a page, App 2's note never stands alone.

The fact is made of real Russian words between two unique tokens,
«начало<N>» and «конец<N>» (single words, so no line or page break falls
inside them; a narrow column's hyphenation is joined again before the
search). Page bounds come from the fact's printed height: its lines wrapped
in its column (Liberation Serif 12 pt, 1.15 leading) over a page's frame
less the repeated table header, added to the pages of the same form with a
short fact."""

from __future__ import annotations

import io
import math
import random
import re
import subprocess
import traceback
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics

from tbn4_desktop.core.forms import appendices as A
from tbn4_desktop.core.forms import pdf_render
from tbn4_desktop.core.forms.inventory import InventoryItem, build_inventory
from tbn4_desktop.core.forms.model import Form, FormName, RowKind, placed_cells
from tbn4_desktop.core.forms.render import formats_of, write_form
from tbn4_desktop.core.register_values import from_storage
from tbn4_desktop.paths import resource_dir
from tests.core.test_forms_docx_xlsx import convert, soffice
from tests.core.test_forms_pdf import tool

YEAR = 2025
LENGTHS = (500, 3000, 20000)
SHORT = 60  # the same form with a short fact: the page count to add to
CTX = A.FormContext(YEAR, "Аппарат акима Байзакского района", "Омаров Данияр Кайратович")
FRAME_MARGINS = 40 * mm  # 30 + 10 mm across, 20 + 20 mm down (both renderers)
FOOTER_TOP = 50.0  # points from the page bottom: «Страница N из M» stands below
FILLED = 0.25  # a page's lowest text within this share of its height from the bottom
TABLE_PT, LEADING = 12, 13.8

VOCABULARY = (
    "служебное расследование проведено комиссией аппарата по фактам нарушения установленного порядка "
    "согласно приказу руководителя главный специалист отдела государственных закупок представил "
    "объяснительную записку материалы направлены в уполномоченный орган для правовой оценки действий "
    "должностного лица выявлены признаки конфликта интересов при заключении договоров поставки товаров "
    "работ и услуг для нужд районного акимата сотрудники ознакомлены с требованиями законодательства о "
    "противодействии коррупции рекомендовано усилить внутренний контроль провести разъяснительную работу "
    "с работниками подразделений по итогам рассмотрения наложено дисциплинарное взыскание в виде выговора "
    "сведения внесены в личное дело акт дела отдел"
)
WORDS = VOCABULARY.split()


def long_text(n: int, seed: int = 13) -> str:
    """Exactly n characters: «начало<n> Служебное расследование … конец<n>»."""
    rng = random.Random(seed * 100_003 + n)
    first, last = f"начало{n}", f"конец{n}"
    parts, size, sentence = [first], len(first), 0
    room = n - len(last) - 1
    while size + 1 + 16 < room:
        word = rng.choice(WORDS)
        word = word.capitalize() if sentence == 0 else word
        sentence += 1
        if sentence > 7 and rng.random() < 0.2:
            word, sentence = word + ".", 0
        elif rng.random() < 0.06:
            word += ","
        parts.append(word)
        size += 1 + len(word)
    while size < room:  # fill the gap with words of the right length
        gap = room - size
        if gap == 1:
            parts[-1] += "."
            size += 1
            continue
        word = max((w for w in WORDS if len(w) <= gap - 1), key=len)
        parts.append(word)
        size += 1 + len(word)
    text = " ".join([*parts, last])
    assert len(text) == n, (len(text), n)
    return text


# ------------------------------------------------------------------ the forms
REGISTERS: dict = {}


def typed(catalog, key: str, stored: dict) -> dict:
    """Values as the store gives them (register_values.from_storage of the stored JSON)."""
    if not REGISTERS:
        REGISTERS.update({r.key: r for s in catalog.subtasks() for r in s.registers})
    return from_storage(REGISTERS[key], stored)


def conflict(n: int, circumstances: str) -> dict:
    return {
        "person_position": "главный специалист отдела финансов",
        "person_name": f"Касымов Ерлан Болатович {n}",
        "circumstances": circumstances,
        "measures_taken": "Служебная проверка, замечание.",
    }


def app1_org(catalog, fact: str) -> A.OrgData:
    """Short facts in 2.1.1, before and after the long one in 2.5.3, and in 2.5.5."""
    report = {
        "category": "Уголовное",
        "event_date": "2025-01-12",
        "event_place": "с. Сарыкемер",
        "offender_position": "главный специалист",
        "offender_name": "Нурланов Серик Ерланович",
        "damage": "1250000",
        "report_letter": "Письмо №12-04/315 от 20.01.2025",
    }
    gift = {
        "recipient_position": "ведущий специалист",
        "recipient_name": "Ахметова Дина Каировна",
        "giver": "ТОО «Тараз су»",
        "motive": "в связи с праздником",
        "measures_taken": "Подарок сдан.",
    }
    rows = {
        "app1_reports": [report, {**report, "offender_name": "Бекова Сауле"}],
        "app1_conflicts_of_interest": [
            conflict(1, "Совместная работа супругов в одном отделе."),
            conflict(2, fact),
            conflict(3, "Участие брата в закупке."),
        ],
        "app1_gifts": [gift],
    }
    return A.OrgData(CTX.organization, {k: [typed(catalog, k, r) for r in v] for k, v in rows.items()})


def org_rows(catalog, key: str, rows: list[dict]) -> A.OrgData:
    return A.OrgData(CTX.organization, {key: [typed(catalog, key, r) for r in rows]})


def plot(category: str, text: str) -> dict:
    return {"category": category, "plot": text, "status": "Приговор вступил в законную силу"}


def company(name: str, activity: str) -> dict:
    return {
        "parent_name": "Жамбылская область",
        "company_name": name,
        "ownership_form": "ТОО",
        "staff_count": "120",
        "budget": "150000000",
        "activity": activity,
        "has_compliance_service": True,
        "compliance_officer": "Касымов Е. Б., +7 701 000 00 00",
    }


def social(level: str, name: str, amount: str, year: int = YEAR) -> dict:
    return {
        "level": level,
        "name": name,
        "year": str(year),
        "total_amount": None,
        "anticorruption_amount": amount,
        "tender_link": "https://goszakup.gov.kz/ru/announce/index/11523",
    }


def event(n: int, topic: str) -> dict:
    return {
        "employee_name": f"Иванова Асель Маратовна {n}",
        "employee_position": "главный специалист",
        "event_date": f"2025-03-{n:02d}",
        "event_time": "10:00",
        "format": "Офлайн",
        "topic": topic,
    }


def item(project: int, code: str, document: str, n: int) -> InventoryItem:
    return InventoryItem(
        project,
        f"Проектное направление {project}",
        code,
        "Сведения о проведённой работе",
        "2025 год",
        document,
        2 + n % 3,
        "Омаров Д. К., руководитель аппарата",
        date(2025, 3, 10),
    )


def build(catalog, name: FormName, fact: str) -> Form:
    """Form `name` with ordinary short rows around one row holding `fact`."""
    cats = A.APP2_CATEGORIES
    if name is FormName.APP1:
        return A.build_app1(catalog, CTX, [app1_org(catalog, fact)])
    if name is FormName.APP2:
        return A.build_app2(
            catalog,
            CTX,
            [
                org_rows(
                    catalog,
                    "app2_reconciliation",
                    [
                        plot(cats[0], "Превышение должностных полномочий."),
                        plot(cats[1], "Получение взятки."),
                        plot(cats[1], fact),
                        plot(cats[2], "Нарушение служебной этики."),
                    ],
                )
            ],
        )
    if name is FormName.APP3:
        return A.build_app3(
            catalog,
            CTX,
            [
                org_rows(
                    catalog,
                    "app3_compliance_registry",
                    [
                        company("ТОО «Тараз су»", "Водоснабжение"),
                        company("ТОО «Байзак жылу»", fact),
                        company("ГКП «Жамбыл медиа»", "Издательская деятельность"),
                    ],
                )
            ],
        )
    if name is FormName.APP4:
        return A.build_app4(
            catalog,
            CTX,
            [
                org_rows(
                    catalog,
                    "app4_social_orders",
                    [
                        {**social("Регион (всего)", "Жамбылская область", "12000000"), "total_amount": "500000000"},
                        social("Район", "Байзакский", "3000000"),
                        social("Район", fact, "2500000"),
                        social("Город", "Тараз", "4000000"),
                        {
                            **social("Регион (всего)", "Жамбылская область", "13000000", YEAR + 1),
                            "total_amount": "520000000",
                        },
                    ],
                )
            ],
        )
    if name is FormName.APP5:
        return A.build_app5(
            catalog,
            CTX,
            [
                org_rows(
                    catalog,
                    "app5_preventive_work",
                    [event(1, "Конфликт интересов"), event(2, fact), event(3, "Антикоррупционные ограничения")],
                )
            ],
        )
    return build_inventory(
        CTX,
        [
            item(1, "1.1.1", "Приказ о создании рабочей группы.pdf", 1),
            item(2, "2.1.1", "Приложение 1.pdf", 2),
            item(2, "2.3.1", fact, 3),
            item(2, "2.5.3", "Приказ о наложении взыскания.pdf", 4),
            item(3, "3.4.1", "Реестр комплаенс-служб.pdf", 5),
        ],
    )


# ------------------------------------------------------------------ reading PDFs
@dataclass(frozen=True)
class Page:
    text: str  # the page's text without its «Страница N из M» foot
    lowest: float  # the bottom of its lowest text above the foot, points from the page bottom
    height: float


def pages_of(pdf: Path | bytes) -> list[Page]:
    doc = pdfium.PdfDocument(pdf)
    try:
        out = []
        for page in doc:
            width, height = page.get_size()
            tp = page.get_textpage()
            bottoms = [
                box[1]
                for i in range(tp.count_chars())
                if (box := tp.get_charbox(i))[1] > FOOTER_TOP and box[3] > box[1]
            ]
            text = tp.get_text_bounded(0, FOOTER_TOP, width, height)
            out.append(Page(text, min(bottoms, default=height), height))
        return out
    finally:
        doc.close()


def squeeze(text: str) -> str:
    """Text without whitespace, hyphens and soft hyphens: wrapping cannot change it."""
    return re.sub(r"[\s\-\u00ad\u2010\u2011]", "", text.replace("\u00a0", " "))


def pdf_text(path: Path) -> str:
    """pdftotext in content order (-raw): a cell's lines stay together."""
    text = subprocess.run(
        [tool("pdftotext"), "-raw", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return " ".join(text.split())


def letters(text: str) -> int:
    return len(re.findall(r"[А-Яа-яЁё]", text))


def wrapped_lines(text: str, width: float, font: str = pdf_render.FONT) -> int:
    """The lines of `text` wrapped at spaces into `width` points (Liberation Serif, 12 pt)."""
    pdf_render.register_fonts()
    space = pdfmetrics.stringWidth(" ", font, TABLE_PT)
    lines, x = 1, 0.0
    for word in text.split():
        w = pdfmetrics.stringWidth(word, font, TABLE_PT)
        if x and x + space + w > width:
            lines, x = lines + 1, w
        else:
            x += (space if x else 0) + w
    return lines


def column_width(table, col: int, span: int, page_width: float) -> float:
    """Points inside a cell spanning `span` columns from `col`: its share of the frame's width."""
    weights = [c.width for c in table.columns]
    return (page_width - FRAME_MARGINS) * sum(weights[col : col + span]) / sum(weights) - 6


def fact_height(form: Form, fact: str, page_width: float, page_height: float) -> tuple[float, float, float]:
    """(the fact's height in its column — its share of the page's width — as one flow of
    text with no room lost at line ends, the same wrapped at spaces, the height of a page's
    frame less the table's header, which every page repeats), points at 12 pt."""
    pdf_render.register_fonts()
    for table in form.tables:
        head = sum(
            max(
                (
                    wrapped_lines(
                        str(cell.value or ""), column_width(table, col, cell.colspan, page_width), pdf_render.FONT_BOLD
                    )
                    for col, cell in cells
                ),
                default=0,
            )
            * LEADING
            + 5
            for cells in placed_cells(table, table.head_rows())
        )
        for cells in placed_cells(table):
            for col, cell in cells:
                if isinstance(cell.value, str) and fact in cell.value:
                    width = column_width(table, col, cell.colspan, page_width)
                    flow = pdfmetrics.stringWidth(cell.value, pdf_render.FONT, TABLE_PT) / width
                    return (
                        flow * LEADING,
                        wrapped_lines(cell.value, width) * LEADING,
                        page_height - FRAME_MARGINS - head,
                    )
    raise AssertionError(f"{form.name}: no cell holds the fact")


def page_bounds(form: Form, fact: str, pdf: Path, short_pdf: Path) -> tuple[int, int, str]:
    """The fewest and most pages the form may have with `fact`: the pages of the form with a
    short fact, plus the fact's height in page frames — at least 0.7 times its height as a flow
    of 11 pt text (a narrow column hyphenates; Appendix 3 prints 11 pt), at most 1.3 times its
    height wrapped at spaces in 12 pt and a page — and no page more when the fact fits in the
    room left on the short form's last page."""
    short = pages_of(short_pdf)
    doc = pdfium.PdfDocument(pdf)
    width, height = doc[0].get_size()
    doc.close()
    flow, wrapped, frame = fact_height(form, fact, width, height)
    least, most, base = flow * (11 / TABLE_PT) ** 2 / frame, wrapped / frame, len(short)
    room = short[-1].lowest - FRAME_MARGINS / 2
    low = max(base, math.ceil(0.7 * least))
    high = base if wrapped + 2 * LEADING < room else base + math.ceil(1.3 * most) + (1 if most > 1 else 0)
    return (
        low,
        high,
        (f"{len(fact)} characters ≈ {least:.1f}…{most:.1f} pages, {base} with a short fact, {room:.0f} pt left on it"),
    )


def check_pages(n: int, pdf: Path, short_pdf: Path, form: Form, *, filled: bool) -> None:
    """Every check of a PDF (ours, or LibreOffice's of a DOCX) of `form`, which holds the n-character fact."""
    fact = long_text(n)
    pages = pages_of(pdf)
    blank = [i for i, p in enumerate(pages, 1) if not p.text.strip()]
    assert not blank, f"{pdf.name}: page(s) {blank} of {len(pages)} have no text"
    text = pdf_text(pdf)
    joined = re.sub(r"(?<=\w)[-\u00ad] (?=\w)", "", text)  # a narrow column may hyphenate a marker
    for marker in (f"начало{n}", f"конец{n}"):
        assert re.search(marker + r"(?!\d)", joined), f"{pdf.name}: «{marker}» is not printed"
    short_text = pdf_text(short_pdf)
    missing = (letters(fact) - letters(long_text(SHORT))) - (letters(text) - letters(short_text))
    assert missing <= 0, f"{pdf.name}: {missing} letters of the fact are not printed"
    low, high, why = page_bounds(form, fact, pdf, short_pdf)
    assert low <= len(pages) <= high, f"{pdf.name}: {len(pages)} pages, expected {low}…{high} ({why})"
    if filled:
        twice = repeated_heads(form, pages)
        assert not twice, f"{pdf.name}: the table's header is printed again in the middle of a page: {twice}"
        empty = [(i, f"{p.lowest / p.height:.0%}") for i, p in enumerate(pages[:-1], 1) if p.lowest > FILLED * p.height]
        assert not empty, (
            f"{pdf.name}: page(s) end with the text this high above the page bottom: {empty} "
            f"(a row that goes on to the next page must fill the page first)"
        )


# ------------------------------------------------------------------ written once for the module
@pytest.fixture(scope="module")
def made(catalog, tmp_path_factory):
    """(name, n) → (form, {fmt: path}, {fmt: traceback}); n = SHORT is the reference of a short fact."""
    folder = tmp_path_factory.mktemp("long")
    out = {}
    for name in FormName:
        for n in (SHORT, *LENGTHS):
            form = build(catalog, name, long_text(n))
            paths, errors = {}, {}
            for fmt in formats_of(name):
                path = folder / f"{name.value}-{n}-{fmt}.{fmt}"
                try:
                    write_form(form, path)
                    paths[fmt] = path
                except Exception:  # noqa: BLE001 - the test reports any failure with its traceback
                    errors[fmt] = traceback.format_exc(limit=-4)
            out[name, n] = form, paths, errors
    return out


@pytest.fixture(scope="module")
def office(made, tmp_path_factory) -> Path:
    """Every DOCX and XLSX written as PDF by LibreOffice, in one run. LibreOffice
    gets the program's Liberation Serif, the metric twin of Word's Times New
    Roman: without it a machine may substitute a wider face (DejaVu Serif) and
    the pages would not be the users' pages."""
    soffice()
    root = tmp_path_factory.mktemp("long-office")
    fonts = root / "fonts.conf"
    fonts.write_text(
        f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<dir>{resource_dir() / "fonts"}</dir><cachedir>{root / "fc-cache"}</cachedir></fontconfig>
""",
        encoding="utf-8",
    )
    files = [p for _, paths, _ in made.values() for fmt, p in paths.items() if fmt != "pdf"]
    with pytest.MonkeyPatch.context() as env:
        env.setenv("FONTCONFIG_FILE", str(fonts))
        convert(files, "pdf", root / "pdf", root / "profile")
    return root / "pdf"


def written(made, name: FormName, n: int, fmt: str) -> tuple[Form, Path]:
    form, paths, errors = made[name, n]
    assert fmt not in errors, f"{name.value} with a {n}-character fact as {fmt.upper()}:\n{errors[fmt]}"
    return form, paths[fmt]


CASES = [(name, n) for name in FormName for n in LENGTHS]
IDS = [f"{name.value}-{n}" for name, n in CASES]
XLSX_CASES = [(name, n) for name, n in CASES if "xlsx" in formats_of(name)]


@pytest.mark.parametrize("name,n", CASES, ids=IDS)
def test_the_pdf_prints_the_whole_fact_on_filled_pages(made, name, n):
    form, pdf = written(made, name, n, "pdf")
    _, short = written(made, name, SHORT, "pdf")
    check_pages(n, pdf, short, form, filled=True)


@pytest.mark.parametrize("name,n", CASES, ids=IDS)
def test_libreoffice_prints_the_whole_fact_of_the_docx(made, office, name, n):
    form, docx = written(made, name, n, "docx")
    _, short = written(made, name, SHORT, "docx")
    check_pages(n, office / f"{docx.stem}.pdf", office / f"{short.stem}.pdf", form, filled=False)


@pytest.mark.parametrize("name,n", XLSX_CASES, ids=[f"{a.value}-{n}" for a, n in XLSX_CASES])
def test_the_xlsx_keeps_the_whole_fact_in_one_cell(made, office, name, n):
    _, xlsx = written(made, name, n, "xlsx")
    fact = long_text(n)
    values = [c.value for row in load_workbook(xlsx).active.iter_rows() for c in row if isinstance(c.value, str)]
    assert any(fact in v for v in values), f"{xlsx.name}: no cell holds the whole {n}-character fact"
    assert (office / f"{xlsx.stem}.pdf").is_file()


# ------------------------------------------------------------------ headings and the note at a page's end
def render(form: Form) -> bytes:
    out = io.BytesIO()
    pdf_render.render_pdf(form, out)
    return out.getvalue()


def page_of(pages: list[Page], text: str) -> int:
    """The number of the first page holding `text` (squeezed), 0 when none does."""
    return next((i for i, p in enumerate(pages, 1) if squeeze(text) in squeeze(p.text)), 0)


def transition(make, find: str) -> tuple[int, list[tuple[int, Form, list[Page]]]]:
    """The smallest step k at which `find` leaves page 1 (a binary search) and the forms
    around it, where `find` stands at the foot of page 1 or the top of page 2. `make(k,
    fillers)`: the form at step k with `fillers` rows before the growing one — the most of
    4, 2, 0 that keeps `find` on page 1 at step 0."""
    cache: dict[tuple[int, int], tuple[Form, list[Page]]] = {}

    def at(k: int, fillers: int) -> tuple[Form, list[Page]]:
        if (k, fillers) not in cache:
            form = make(k, fillers)
            cache[k, fillers] = form, pages_of(render(form))
        return cache[k, fillers]

    fillers = next((f for f in (4, 2, 0) if page_of(at(0, f)[1], find) == 1), None)
    hi = next((h for h in (24, 48) if fillers is not None and page_of(at(h, fillers)[1], find) != 1), None)
    assert fillers is not None and hi is not None, f"the test's data do not move «{find}» over a page"
    lo = 0
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (mid, hi) if page_of(at(mid, fillers)[1], find) == 1 else (lo, mid)
    return hi, [(k, *at(k, fillers)) for k in range(max(0, hi - 5), hi + 2)]


GROWTH = random.Random(7).choices(WORDS, k=200)


def growing_text(k: int) -> str:
    """A fact that grows by about one printed line (four words) per step."""
    return " ".join(["Получение взятки.", *GROWTH[: 4 * k]])


def lone_headings(form: Form, pages: list[Page]) -> list[str]:
    """Headings (GROUP rows) that end their page: nothing but the heading, or its first
    lines (a heading cut by the page), stands from where it begins to the page's foot."""
    headings = [
        str(c.value) for t in form.tables for r in t.rows if r.kind is RowKind.GROUP for c in r.cells if c.value
    ]
    lone = []
    for number, page in enumerate(pages, 1):
        body = squeeze(page.text)
        for heading in headings:
            whole = squeeze(heading)
            at = body.rfind(whole[:12])
            if at >= 0 and whole.startswith(body[at:]):
                lone.append(f"«{heading[:40]}» ends page {number} of {len(pages)}")
    return lone


def repeated_heads(form: Form, pages: list[Page]) -> list[str]:
    """Pages on which a table's header row stands more than once (it belongs at the top only)."""
    out = []
    for table in form.tables:
        head = squeeze("".join(str(c.value or "") for c in table.head_rows()[-1].cells)) if table.head_rows() else ""
        out += [
            f"page {i}: {n} times" for i, p in enumerate(pages, 1) if head and (n := squeeze(p.text).count(head)) > 1
        ]
    return out


@pytest.mark.parametrize("name", [FormName.APP2, FormName.INVENTORY], ids=["app2", "inventory"])
def test_a_heading_never_ends_a_page(catalog, name):
    cats = A.APP2_CATEGORIES
    if name is FormName.APP2:
        heading = cats[2]

        def make(k: int, fillers: int) -> Form:
            rows = [plot(cats[0], "Превышение должностных полномочий.")] * fillers + [
                plot(cats[1], growing_text(k)),
                plot(cats[2], "Нарушение служебной этики."),
                plot(cats[2], "Использование служебного положения."),
            ]
            return A.build_app2(catalog, CTX, [org_rows(catalog, "app2_reconciliation", rows)])
    else:
        heading = "Проект 3. Проектное направление 3"

        def make(k: int, fillers: int) -> Form:
            return build_inventory(
                CTX,
                [item(1, "1.1.1", f"Приказ №{i}.pdf", i) for i in range(1 + fillers)]
                + [
                    item(2, "2.1.1", growing_text(k), 1),
                    item(3, "3.4.1", "Реестр.pdf", 2),
                    item(3, "3.4.2", "Протокол.pdf", 3),
                ],
            )

    k, around = transition(make, heading[:20])
    lone = [f"step {step}: {x}" for step, form, pages in around for x in lone_headings(form, pages)]
    assert not lone, f"a heading stands alone at the foot of a page (it leaves page 1 at step {k}): " + "; ".join(lone)
    twice = [f"step {step}, {x}" for step, form, pages in around for x in repeated_heads(form, pages)]
    assert not twice, "the table's header is printed again in the middle of a page: " + "; ".join(twice)


def test_the_app2_note_never_stands_alone_on_the_last_page(catalog):
    cats = A.APP2_CATEGORIES

    def make(k: int, fillers: int) -> Form:
        rows = [plot(cats[0], "Превышение должностных полномочий.")] * fillers + [plot(cats[2], growing_text(k))]
        return A.build_app2(catalog, CTX, [org_rows(catalog, "app2_reconciliation", rows)])

    note = make(0, 0).notes[0]
    k, around = transition(make, note[:40])
    alone = []
    for step, form, pages in around:
        last = squeeze(pages[-1].text)
        for text in [note, *(str(c.value) for t in form.tables for r in t.head_rows() for c in r.cells)]:
            last = last.replace(squeeze(text), "")
        if not last:
            alone.append(f"step {step}, {len(pages)} pages")
    assert not alone, f"«Примечание» alone on the last page (it leaves page 1 at step {k}): {alone}"
    twice = [f"step {step}, {x}" for step, form, pages in around for x in repeated_heads(form, pages)]
    assert not twice, "the table's header is printed again in the middle of a page: " + "; ".join(twice)
