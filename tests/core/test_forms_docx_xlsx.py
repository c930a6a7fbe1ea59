"""The DOCX and XLSX renderings of the official forms: what Word/Excel
readers find in them (python-docx, openpyxl), and what LibreOffice — real
office software — shows when it opens them."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import time
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from openpyxl import load_workbook

from tbn4_desktop.core.forms import appendices as A
from tbn4_desktop.core.forms import model as M
from tbn4_desktop.core.forms.docx_render import render_docx
from tbn4_desktop.core.forms.inventory import InventoryItem, build_inventory
from tbn4_desktop.core.forms.model import FormName, RowKind
from tbn4_desktop.core.forms.render import FormError
from tbn4_desktop.core.forms.russian import money
from tbn4_desktop.core.forms.xlsx_render import render_xlsx

YEAR = 2026
ORG = "Сәтбаев атындағы Қазақ ұлттық техникалық университеті"
APPROVER = "Нұрлан Өмірбекұлы Үсенов"
PLACE = "Жаңаөзен, Шаһар даңғылы"
KAZAKH_LETTERS = "әғқңөұүһі"
PHONE = "Ахметова Д. С., +7 701 234 56 78"
GLUED = "Ахметова\u00a0Д.\u00a0С., +7\u00a0701\u00a0234\u00a056\u00a078"  # the builder's no-break spaces
CTX = A.FormContext(YEAR, ORG, APPROVER, generated_on=date(2026, 3, 15))
SIZES = {"empty": 0, "typical": 3, "1000": 1000}
XLSX_FORMS = (FormName.APP3, FormName.APP4, FormName.INVENTORY)
LONG_SIZES = (500, 3000, 20_000)  # characters of one fact


#: The free-text field a long fact fills in each form.
LONG_FIELD = {
    FormName.APP1: "event_place",
    FormName.APP2: "plot",
    FormName.APP3: "activity",
    FormName.APP4: "tender_link",
    FormName.APP5: "topic",
    FormName.INVENTORY: "document",
}


def build(catalog, name: FormName, n: int, ctx=CTX, long: str = ""):
    """Form `name` with n facts/entries of the organisation above; `long`: the text of LONG_FIELD."""
    if name is FormName.INVENTORY:
        return build_inventory(
            ctx,
            [
                InventoryItem(
                    2,
                    "Соблюдение норм",
                    "2.1.1",
                    "Сообщения",
                    f"{YEAR} год",
                    long or f"Сообщение {i}.pdf",
                    2 + i % 5,
                    "Касымов А. Б.",
                    date(2026, 3, 10),
                )
                for i in range(n)
            ],
        )
    rows = {
        FormName.APP1: (
            "app1_reports",
            lambda i: {
                "category": "Уголовное",
                "event_date": date(2026, 1, 12),
                "event_place": PLACE,
                "offender_position": "Главный специалист",
                "offender_name": f"Касымов А. Б. {i}",
                "damage": Decimal(1250000),
            },
        ),
        FormName.APP2: (
            "app2_reconciliation",
            lambda i: {
                "category": A.APP2_CATEGORIES[i % 3],
                "plot": f"Получение взятки {i}",
                "status": "Приговор вступил в силу",
            },
        ),
        FormName.APP3: (
            "app3_compliance_registry",
            lambda i: {
                "parent_name": "Жамбылская область",
                "company_name": f"ТОО «Тараз су {i}»",
                "ownership_form": "ТОО",
                "staff_count": 100 + i,
                "budget": Decimal(1_864_500_000 if i == 2 else 150_000_000 + 1000 * i),
                "has_compliance_service": i % 2 == 0,
                "compliance_officer": PHONE,
            },
        ),
        FormName.APP4: (
            "app4_social_orders",
            lambda i: {
                "level": "Район",
                "name": f"Байзакский {i}",
                "year": YEAR,
                "anticorruption_amount": Decimal(3_000_000 + 500 * i),
                "tender_link": f"https://goszakup.gov.kz/{i}",
            },
        ),
        FormName.APP5: (
            "app5_preventive_work",
            lambda i: {
                "employee_name": f"Иванов И. И. {i}",
                "employee_position": "главный специалист",
                "event_date": date(2026, 3, 1),
                "event_time": "10:00",
                "format": "Офлайн",
                "topic": "Конфликт интересов",
            },
        ),
    }
    key, make = rows[name]
    builder = {
        FormName.APP1: A.build_app1,
        FormName.APP2: A.build_app2,
        FormName.APP3: A.build_app3,
        FormName.APP4: A.build_app4,
        FormName.APP5: A.build_app5,
    }[name]
    facts = [make(i) | ({LONG_FIELD[name]: long} if long else {}) for i in range(n)]
    return builder(catalog, ctx, [A.OrgData(ORG, {key: facts})])


@pytest.fixture(scope="module")
def forms(catalog):
    return {(name, size): build(catalog, name, n) for name in FormName for size, n in SIZES.items()}


@pytest.fixture(scope="module")
def files(forms, tmp_path_factory) -> dict[tuple[FormName, str, str], Path]:
    """Every form as DOCX, and as XLSX where the app offers it, written once for the module."""
    folder = tmp_path_factory.mktemp("forms")
    paths = {}
    for (name, size), form in forms.items():
        for fmt, render in (("docx", render_docx), ("xlsx", render_xlsx)):
            if fmt == "xlsx" and name not in XLSX_FORMS:
                continue
            path = folder / f"{name.value}-{size}.{fmt}"
            with path.open("wb") as out:
                render(form, out)
            paths[(name, size, fmt)] = path
    return paths


def long_text(size: int) -> str:
    """A fact of `size` characters of ordinary words, ending in a word found nowhere else."""
    phrase = "служащий получил взятку при проверке договора закупки акимата, приговор вступил в силу "
    text = (phrase * (size // len(phrase) + 1))[: size - 9].rsplit(" ", 1)[0]
    return f"{text} финиш{size % 1000:03d}"


CASES = [(name, size) for name in FormName for size in SIZES]
IDS = [f"{name.value}-{size}" for name, size in CASES]


# ------------------------------------------------------------------ DOCX as python-docx reads it
def mm(length) -> float:
    """Millimetres to 0.1 mm: Word stores page sizes in twips."""
    return round(length.mm, 1)


def shown_orgs(form) -> list[str]:
    """The body's name where the form prints it: in the approval block (Appendices 1, 2, 5) or top left (inventory)."""
    return ([form.approval.organization] if form.approval and form.approval.organization else []) + list(
        form.organizations
    )


def all_text(doc) -> str:
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for tr in table._tbl.tr_lst:
            parts.extend("".join(t.text or "" for t in tc.iter(qn("w:t"))) for tc in tr.tc_lst)
    return "\n".join(parts)


@pytest.mark.parametrize("name,size", CASES, ids=IDS)
def test_docx_has_the_heading_approval_and_page_of_the_instruction(name, size, forms, files):
    form = forms[(name, size)]
    doc = Document(str(files[(name, size, "docx")]))
    text = all_text(doc)
    assert form.title in text and (not form.subtitle or form.subtitle in text)
    assert all(org in text for org in shown_orgs(form)) and (shown_orgs(form) or name in (FormName.APP3, FormName.APP4))
    assert name is not FormName.APP2 or ORG.upper() in text
    # No empty paragraph stands for a missing title or subtitle (Appendix 3 has neither).
    heading = [p for p in doc.element.body.iterchildren() if p.tag in (qn("w:p"), qn("w:tbl"))]
    heading = heading[: [p.tag for p in heading].index(qn("w:tbl"))] if form.tables else heading
    assert all("".join(t.text for t in p.iter(qn("w:t"))).strip() for p in heading)
    if form.approval is not None:
        assert form.approval.role_title in text
        assert f"_______________ {APPROVER}" in text
        assert ("(подпись, печать)" if form.approval.with_stamp else "(подпись)") in text
        assert f"«___» ________________ {YEAR} год" in text and "2023" not in text
    section = doc.sections[0]
    portrait = (210, 297)
    assert (mm(section.page_width), mm(section.page_height)) == (portrait[::-1] if form.landscape else portrait)
    assert section.orientation == (WD_ORIENT.LANDSCAPE if form.landscape else WD_ORIENT.PORTRAIT)
    assert (mm(section.left_margin), mm(section.right_margin)) == (30, 10)
    assert (mm(section.top_margin), mm(section.bottom_margin)) == (20, 20)
    # «Страница N из M» from page 2 on: the first page has a footer of its own, so a one-page form has no number.
    footer, first = section.footer._element.xml, section.first_page_footer._element.xml
    assert section.different_first_page_header_footer
    assert "Страница" in footer and " PAGE " in footer and " NUMPAGES " in footer
    assert "Страница" not in first and "PAGE" not in first
    assert form.generated_on and form.generated_on in footer and form.generated_on in first
    assert doc.core_properties.author == "ТБН-4" and doc.core_properties.language == "ru-RU"
    assert doc.core_properties.title == form.title


@pytest.mark.parametrize("name,size", CASES, ids=IDS)
def test_docx_tables_repeat_their_header_rows_and_honour_spans(name, size, forms, files):
    form = forms[(name, size)]
    doc = Document(str(files[(name, size, "docx")]))
    assert len(doc.tables) == len(form.tables)
    for model, table in zip(form.tables, doc.tables, strict=True):
        rows = table._tbl.tr_lst
        heads = len(model.head_rows())
        # The notes («Примечание») close the last table as borderless rows the row above keeps with.
        notes = form.notes if model is form.tables[-1] else ()
        assert len(rows) == heads + len(model.rows) + len(notes)
        assert ["".join(t.text for t in tr.iter(qn("w:t"))) for tr in rows[len(rows) - len(notes) :]] == list(notes)
        rows = rows[: len(rows) - len(notes)]
        marked = [tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None for tr in rows]
        assert marked == [True] * heads + [False] * len(model.rows)
        # Body rows split across pages; header rows and headings (GROUP) stay whole and go with the next row.
        whole = [tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for tr in rows]
        assert whole == [True] * heads + [r.keeps_with_next for r in model.rows]
        last = len(rows) - 1 if notes else -1
        for i, tr in enumerate(rows):
            kept = [p.find(f"{qn('w:pPr')}/{qn('w:keepNext')}") is not None for p in tr.iter(qn("w:p"))]
            assert kept == [i < heads or i == last or model.rows[i - heads].keeps_with_next] * len(kept)
        grid = len(model.columns)
        for tr in rows:  # every row covers the grid: spans became gridSpan/vMerge, no cell lost
            assert (
                sum(
                    int(tc.tcPr.find(qn("w:gridSpan")).get(qn("w:val")))
                    if tc.tcPr.find(qn("w:gridSpan")) is not None
                    else 1
                    for tc in tr.tc_lst
                )
                == grid
            )
    if name is FormName.APP1 and size == "1000":
        body = doc.tables[0]._tbl.tr_lst[1:]
        merges = [tr.tc_lst[0].tcPr.find(qn("w:vMerge")) for tr in body[:1000]]
        assert merges[0].get(qn("w:val")) == "restart"
        assert all(m is not None and m.get(qn("w:val")) in (None, "continue") for m in merges[1:])


def spaced(text: str) -> str:
    """Amounts compared whatever non-breaking space separates their groups."""
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def test_docx_prints_money_as_tenge_right_aligned_in_12_pt_times(forms, files):
    doc = Document(str(files[(FormName.APP3, "typical", "docx")]))
    cells = {"".join(t.text for t in tc.iter(qn("w:t"))): tc for tr in doc.tables[0]._tbl.tr_lst for tc in tr.tc_lst}
    budget = spaced(money(Decimal(150_000_000)))
    assert budget == "150 000 000 тнг." and budget in {spaced(text) for text in cells}
    cells = {spaced(text): tc for text, tc in cells.items()}
    assert cells[budget].find(f".//{qn('w:jc')}").get(qn("w:val")) == "right"
    # A billion's digits stay on one line in the narrow «Бюджет» column: its size goes down to fit.
    tc = cells[spaced(money(Decimal(1_864_500_000)))]
    size = int(tc.find(f".//{qn('w:sz')}").get(qn("w:val"))) / 2
    room = int(tc.tcPr.find(qn("w:tcW")).get(qn("w:w"))) - 2 * 57
    assert 10 <= size < 12 and (10 * 0.5 + 3 * 0.25) * size * 20 <= room  # Times New Roman: digit ½ em
    assert GLUED in all_text(doc)  # the renderer keeps the phone's no-break spaces
    style = doc.styles["Form Table Text"]
    assert style.font.size.pt == 12
    normal = doc.styles["Normal"].element.rPr.rFonts
    assert {normal.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "cs", "eastAsia")} == {"Times New Roman"}
    assert doc.styles["Normal"].font.size.pt == 14


def test_a_1000_row_appendix_1_renders_in_under_a_second(forms):
    form = forms[(FormName.APP1, "1000")]
    started = time.perf_counter()
    render_docx(form, io.BytesIO())
    assert time.perf_counter() - started < 1.0


@pytest.mark.parametrize("name", [FormName.APP1, FormName.APP5])
def test_docx_centres_the_small_signature_note_under_the_line_to_sign_on(name, forms, files):
    form = forms[(name, "typical")]
    doc = Document(str(files[(name, "typical", "docx")]))
    lines = [line.text for line in M.approval_lines(form.approval, YEAR)]
    paragraphs = [p for p in doc.paragraphs if p.text in lines]
    assert [p.text for p in paragraphs] == lines
    under = next(i for i, p in enumerate(paragraphs) if p.text.startswith("(подпись"))
    note, line = paragraphs[under], paragraphs[under - 1]
    assert note.alignment == WD_ALIGN_PARAGRAPH.CENTER and note.runs[0].font.size.pt == 10
    assert note.paragraph_format.left_indent == line.paragraph_format.left_indent > 0
    section = doc.sections[0]
    width = section.page_width - section.left_margin - section.right_margin
    room = width - note.paragraph_format.left_indent - note.paragraph_format.right_indent
    underscores = len(line.text) - len(line.text.lstrip("_"))
    assert round(room / 12700) == underscores * 7  # 14 pt Times New Roman «_» is 7 pt wide


def test_forms_without_the_generated_line_print_no_generated_line(catalog):
    ctx = A.FormContext(YEAR, ORG, APPROVER)
    for name in FormName:
        form = build(catalog, name, 3, ctx)
        assert form.generated_on == ""
        out = io.BytesIO()
        render_docx(form, out)
        with zipfile.ZipFile(out) as docx:
            assert not any(
                "Сформировано" in docx.read(n).decode("utf-8") for n in docx.namelist() if n.endswith(".xml")
            )
        out = io.BytesIO()
        render_xlsx(form, out)
        ws = load_workbook(out).active
        assert not any("Сформировано" in str(c.value) for row in ws.iter_rows() for c in row)
        assert not ws.oddFooter.left.text and not ws.firstFooter.left.text


# ------------------------------------------------------------------ XLSX as openpyxl reads it
def totals_of(form) -> list:
    """The builder's computed totals, in sheet order: what the SUM formulas must produce."""
    return [
        c.value
        for t in form.tables
        for r in t.rows
        if r.kind is RowKind.TOTAL
        for c in r.cells
        if isinstance(c.value, (int, Decimal)) and not isinstance(c.value, bool)
    ]


def formulas(ws) -> list:
    return [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=SUM(")]


@pytest.mark.parametrize(
    "name,size",
    [c for c in CASES if c[0] in XLSX_FORMS],
    ids=[i for c, i in zip(CASES, IDS, strict=True) if c[0] in XLSX_FORMS],
)
def test_xlsx_sums_with_formulas_and_prints_to_the_page_width(name, size, forms, files):
    form = forms[(name, size)]
    wb = load_workbook(files[(name, size, "xlsx")])
    ws = wb.active
    assert ws.title == {FormName.APP3: "Приложение 3", FormName.APP4: "Приложение 4", FormName.INVENTORY: "Опись"}[name]
    values = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert (not form.title or form.title in values) and all(org in values for org in shown_orgs(form))
    assert form.generated_on in values and form.generated_on in ws.oddFooter.left.text + ws.firstFooter.left.text
    # No page number on the first page: a one-page form has none (as in the DOCX).
    assert ws.HeaderFooter.differentFirst and not ws.firstFooter.right.text
    assert ws.oddFooter.right.text == "Страница &P из &N"
    assert len(formulas(ws)) == len(totals_of(form))
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.orientation == ("landscape" if form.landscape else "portrait")
    assert int(ws.page_setup.paperSize) == 9  # A4
    assert ws.page_margins.left == pytest.approx(30 / 25.4) and ws.page_margins.right == pytest.approx(10 / 25.4)
    if len(form.tables) > 1:
        # Appendix 4's small tables each have their own header: none is repeated on the next page.
        assert ws.print_title_rows is None and ws.freeze_panes is None
        return
    first, last = (int(x) for x in ws.print_title_rows.replace("$", "").split(":"))
    head = form.tables[0].head_rows()
    assert last - first + 1 == len(head)
    assert ws.cell(row=last, column=1).value == head[-1].cells[0].value
    assert ws.freeze_panes == f"A{last + 1}"


def test_xlsx_keeps_amounts_as_numbers_in_tenge(forms, files):
    ws = load_workbook(files[(FormName.APP3, "typical", "xlsx")]).active
    budgets = [c for row in ws.iter_rows() for c in row if c.value == 150_000_000]
    assert budgets and budgets[0].number_format == '#,##0 "тнг."'
    assert GLUED in {c.value for row in ws.iter_rows() for c in row}
    assert all(f.value.startswith("=SUM(") for f in formulas(ws))


@pytest.mark.parametrize("name", [FormName.APP1, FormName.APP5])
def test_any_form_renders_as_xlsx_with_its_approval_lines(name, forms):
    form = forms[(name, "typical")]
    out = io.BytesIO()
    render_xlsx(form, out)
    ws = load_workbook(out).active
    assert ws.title == f"Приложение {name.value[-1]}"
    lines = [line.text for line in M.approval_lines(form.approval, YEAR)]
    cells = [c for row in ws.iter_rows() for c in row if c.value in lines]
    assert [c.value for c in cells] == lines and len({c.column for c in cells}) == 1 and cells[0].column > 1
    note = next(c for c in cells if c.value.startswith("(подпись"))
    # Small, and for Appendix 5's long separate line moved towards its middle.
    assert note.font.size == 10 and (note.alignment.indent > 0) == (name is FormName.APP5)


@pytest.mark.parametrize("name", XLSX_FORMS)
def test_xlsx_keeps_a_long_text_whole_and_refuses_one_excel_cannot_hold(catalog, name):
    for size in LONG_SIZES:
        text = long_text(size)
        out = io.BytesIO()
        render_xlsx(build(catalog, name, 2, long=text), out)
        ws = load_workbook(out).active
        cells = [c for row in ws.iter_rows() for c in row if c.value == text]
        assert len(cells) == 2 and all(c.alignment.wrap_text for c in cells)
        assert all(0 < ws.row_dimensions[c.row].height <= 409 for c in cells)  # Excel's tallest row
    text = long_text(40_000)
    form = build(catalog, name, 2, long=text)
    with pytest.raises(FormError) as refused:
        render_xlsx(form, io.BytesIO())
    message = str(refused.value)
    label = next(r.label for t in form.tables for r in t.rows if any(c.value == text for c in r.cells))[:40]
    assert message.startswith(form.name.label) and label in message and "32\u00a0767" in message
    assert message.count(". ") <= 1 and len(message) < 400  # one sentence naming the row


# ------------------------------------------------------------------ LibreOffice
def soffice(command: str = "soffice", what: str = "LibreOffice (soffice)") -> str:
    path = shutil.which(command)
    if path is None:
        if os.environ.get("TBN4_REQUIRE_TOOLS") == "1":
            pytest.fail(f"{what} is required but not installed")
        pytest.skip(f"{what} is not installed: DOCX/XLSX are not checked in real office software")
    return path


def convert(paths: list[Path], target: str, outdir: Path, profile: Path) -> None:
    """One soffice run for many files, with a private profile so parallel runs don't clash."""
    outdir.mkdir(exist_ok=True)
    done = subprocess.run(
        [
            soffice(),
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            target,
            "--outdir",
            str(outdir),
            *map(str, paths),
        ],
        check=False,
        capture_output=True,
        text=True,
        timeout=300,
    )
    missing = [p.name for p in paths if not (outdir / f"{p.stem}.{target.split(':')[0]}").exists()]
    assert not missing, f"LibreOffice could not open {missing}: {done.stderr[-500:]}"


# Data rows before a heading: its place runs across the foot of page 1, then of page 2.
KEEP_RANGE = (*range(34, 58), *range(82, 100))


def keep_form(n: int) -> M.Form:
    """n rows, a heading with three rows under it, and a note: the heading
    and the note cross page 1's foot as n grows."""
    rows = [M.Row((M.Cell(f"{i}."), M.Cell(f"Строка {i}"))) for i in range(n)]
    rows.append(M.Row((M.Cell("Заголовок группы", colspan=2, bold=True),), RowKind.GROUP, label="Заголовок группы"))
    rows += [M.Row((M.Cell(f"{i}."), M.Cell(f"После заголовка {i}"))) for i in range(3)]
    return M.Form(
        FormName.INVENTORY,
        YEAR,
        "",
        (),
        "Проверка",
        tables=(M.Table((M.Column("№", 1), M.Column("Сведения", 8)), tuple(rows), caption="Таблица 1"),),
        notes=("Примечание: проверка.",),
    )


@pytest.fixture(scope="module")
def office(files, tmp_path_factory) -> Path:
    """The typical and empty DOCX as text, every XLSX as CSV (ru-RU locale,
    cells as shown), the 1,000-row Appendix 1, typical Appendices 1 and 5
    and the heading/note series (keep_form) as PDF, Appendix 4 opened and saved again as DOCX.
    (tests/core/test_forms_long.py prints facts of 20,000 characters.)"""
    soffice()
    root = tmp_path_factory.mktemp("office")
    profile = root / "profile"
    (profile / "user").mkdir(parents=True)
    # Russian locale, as on the users' machines: thousands separated by a space.
    (profile / "user" / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry">'
        '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">'
        "<value>ru-RU</value></prop></item></oor:items>\n",
        encoding="utf-8",
    )
    docx = [p for (name, size, fmt), p in files.items() if fmt == "docx" and size != "1000"]
    convert(docx, "txt:Text (encoded):UTF8", root / "txt", profile)
    xlsx = [p for (name, size, fmt), p in files.items() if fmt == "xlsx"]
    convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", root / "csv", profile)
    made = root / "made"
    made.mkdir()
    for n in KEEP_RANGE:
        with (made / f"keep{n}.docx").open("wb") as out:
            render_docx(keep_form(n), out)
    pdf = [
        files[(name, size, "docx")]
        for name, size in ((FormName.APP1, "1000"), (FormName.APP1, "typical"), (FormName.APP5, "typical"))
    ]
    convert(pdf + sorted(made.iterdir()), "pdf", root / "pdf", profile)
    convert([files[(FormName.APP4, "typical", "docx")]], "docx:MS Word 2007 XML", root / "back", profile)
    return root


def pdf_pages(pdf: Path, *options: str) -> list[str]:
    text = subprocess.run(
        [soffice("pdftotext", "pdftotext (poppler-utils)"), *options, str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return text.split("\f")[:-1] if "\f" in text else [text]  # a form feed ends every page; -bbox: HTML


def test_libreoffice_keeps_appendix_4_tables_apart(forms, office):
    """Two tables with nothing between them are one table to Word and LibreOffice."""
    assert (
        len(Document(str(office / "back" / "app4-typical.docx")).tables)
        == len(forms[(FormName.APP4, "typical")].tables)
        == 4
    )


@pytest.mark.parametrize("name", [FormName.APP1, FormName.APP5])
def test_libreoffice_centres_the_signature_note_under_the_line(name, office):
    words = re.findall(
        r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>',
        "".join(pdf_pages(office / "pdf" / f"{name.value}-typical.pdf", "-bbox", "-l", "1")),
    )
    first = next(i for i, w in enumerate(words) if w[2].startswith("(подпись"))
    last = next(i for i in range(first, len(words)) if words[i][2].endswith(")"))
    line = next(w for w in reversed(words[:first]) if set(w[2]) == {"_"})
    centre = (float(words[first][0]) + float(words[last][1])) / 2
    assert abs(centre - (float(line[0]) + float(line[1])) / 2) < 3  # points


def test_libreoffice_keeps_headings_with_the_next_row_and_the_note_with_the_table_and_numbers_pages_2_on(office):
    doc = Document(str(office / "made" / f"keep{KEEP_RANGE[0]}.docx"))
    assert doc.paragraphs[[p.text for p in doc.paragraphs].index("Таблица 1")].paragraph_format.keep_with_next
    heading_opens, note_on = set(), set()  # pages
    for n in KEEP_RANGE:
        printed = pdf_pages(office / "pdf" / f"keep{n}.pdf", "-layout")
        # «Страница N из M» from page 2 on: a one-page form has no number.
        assert [" ".join(p.split()).endswith(f"Страница {i} из {len(printed)}") for i, p in enumerate(printed, 1)] == [
            False
        ] + [True] * (len(printed) - 1) and len(printed) <= 3
        pages = [
            [" ".join(line.split()) for line in page.splitlines() if line.strip() and "Страница" not in line]
            for page in printed
        ]
        for lines in pages[:-1]:
            assert lines[-1] != "Заголовок группы", f"{n} rows: the heading alone at the foot of a page"
        assert all(pages), f"{n} rows: a blank page"
        for number, lines in enumerate(pages, 1):
            if "Примечание: проверка." in lines:
                assert lines.index("Примечание: проверка.") > 1, f"{n} rows: the note alone on a page"
                note_on |= {number} - {1}
            if number > 1 and lines[1] == "Заголовок группы":  # under the repeated header
                heading_opens.add(number)
    assert heading_opens == note_on == {2, 3}  # the series did take both over to page 2, then to page 3


@pytest.mark.parametrize(
    "name,size",
    [c for c in CASES if c[1] != "1000"],
    ids=[i for c, i in zip(CASES, IDS, strict=True) if c[1] != "1000"],
)
def test_libreoffice_reads_the_docx_with_its_kazakh_and_russian_text(name, size, forms, office):
    form = forms[(name, size)]
    text = (office / "txt" / f"{name.value}-{size}.txt").read_text(encoding="utf-8-sig")
    assert form.title in text and all(org in text for org in shown_orgs(form))
    if form.approval is not None:
        assert form.approval.role_title in text and f"_______________ {APPROVER}" in text
        assert f"{YEAR} год" in text
    if name is FormName.APP1 and size == "typical":
        assert set(KAZAKH_LETTERS) <= set(text.lower()) and PLACE in text
    body = [str(c.value) for t in form.tables for r in t.rows for c in r.cells if isinstance(c.value, str) and c.value]
    assert all(spaced(v) in spaced(text) for v in body)


@pytest.mark.parametrize(
    "name,size",
    [c for c in CASES if c[0] in XLSX_FORMS],
    ids=[i for c, i in zip(CASES, IDS, strict=True) if c[0] in XLSX_FORMS],
)
def test_libreoffice_computes_the_xlsx_totals_the_builder_computed(name, size, forms, files, office):
    form = forms[(name, size)]
    with (office / "csv" / f"{name.value}-{size}.csv").open(encoding="utf-8") as f:
        shown = list(csv.reader(f))
    cells = formulas(load_workbook(files[(name, size, "xlsx")]).active)
    expected = totals_of(form)
    assert len(cells) == len(expected)
    for cell, total in zip(cells, expected, strict=True):
        text = spaced(shown[cell.row - 1][cell.column - 1])
        assert text == (spaced(money(total)) if isinstance(total, Decimal) else str(total))
    assert all(org in {v for row in shown for v in row} for org in shown_orgs(form))


def test_libreoffice_repeats_the_header_on_every_page_of_a_long_appendix_1(office):
    pages = [p for p in pdf_pages(office / "pdf" / "app1-1000.pdf") if p.strip()]
    assert len(pages) > 50
    for number in (2, len(pages)):
        page = " ".join(pages[number - 1].split())
        assert "Описание выявленного факта, принятые меры" in page
        assert f"Страница {number} из {len(pages)}" in page
