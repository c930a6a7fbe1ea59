"""The DOCX and XLSX renderings of the official forms: what Word/Excel
readers find in them (python-docx, openpyxl), and what LibreOffice — real
office software — shows when it opens them."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from openpyxl import load_workbook

from tbn4_desktop.core.forms import appendices as A
from tbn4_desktop.core.forms.docx_render import render_docx
from tbn4_desktop.core.forms.inventory import InventoryItem, build_inventory
from tbn4_desktop.core.forms.model import FormName, RowKind
from tbn4_desktop.core.forms.russian import money
from tbn4_desktop.core.forms.xlsx_render import render_xlsx

YEAR = 2026
ORG = "Сәтбаев атындағы Қазақ ұлттық техникалық университеті"
APPROVER = "Нұрлан Өмірбекұлы Үсенов"
PLACE = "Жаңаөзен, Шаһар даңғылы"
KAZAKH_LETTERS = "әғқңөұүһі"
CTX = A.FormContext(YEAR, ORG, APPROVER, generated_on=date(2026, 3, 15))
SIZES = {"empty": 0, "typical": 3, "1000": 1000}
XLSX_FORMS = (FormName.APP3, FormName.APP4, FormName.INVENTORY)


def build(catalog, name: FormName, n: int):
    """Form `name` with n facts/entries of the organisation above."""
    if name is FormName.INVENTORY:
        return build_inventory(CTX, [InventoryItem(2, "Соблюдение норм", "2.1.1", "Сообщения", f"{YEAR} год",
                                                   f"Сообщение {i}.pdf", 2 + i % 5, "Касымов А. Б.",
                                                   date(2026, 3, 10)) for i in range(n)])
    rows = {
        FormName.APP1: ("app1_reports", lambda i: {
            "category": "Уголовное", "event_date": date(2026, 1, 12), "event_place": PLACE,
            "offender_position": "Главный специалист", "offender_name": f"Касымов А. Б. {i}",
            "damage": Decimal(1250000)}),
        FormName.APP2: ("app2_reconciliation", lambda i: {
            "category": A.APP2_CATEGORIES[i % 3], "plot": f"Получение взятки {i}", "status": "Приговор вступил в силу"}),
        FormName.APP3: ("app3_compliance_registry", lambda i: {
            "parent_name": "Жамбылская область", "company_name": f"ТОО «Тараз су {i}»", "ownership_form": "ТОО",
            "staff_count": 100 + i, "budget": Decimal(150_000_000 + 1000 * i), "has_compliance_service": i % 2 == 0}),
        FormName.APP4: ("app4_social_orders", lambda i: {
            "level": "Район", "name": f"Байзакский {i}", "year": YEAR,
            "anticorruption_amount": Decimal(3_000_000 + 500 * i), "tender_link": f"https://goszakup.gov.kz/{i}"}),
        FormName.APP5: ("app5_preventive_work", lambda i: {
            "employee_name": f"Иванов И. И. {i}", "employee_position": "главный специалист",
            "event_date": date(2026, 3, 1), "event_time": "10:00", "format": "Офлайн", "topic": "Конфликт интересов"}),
    }
    key, make = rows[name]
    builder = {FormName.APP1: A.build_app1, FormName.APP2: A.build_app2, FormName.APP3: A.build_app3,
               FormName.APP4: A.build_app4, FormName.APP5: A.build_app5}[name]
    return builder(catalog, CTX, [A.OrgData(ORG, {key: [make(i) for i in range(n)]})])


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


CASES = [(name, size) for name in FormName for size in SIZES]
IDS = [f"{name.value}-{size}" for name, size in CASES]


# ------------------------------------------------------------------ DOCX as python-docx reads it
def mm(length) -> float:
    """Millimetres to 0.1 mm: Word stores page sizes in twips."""
    return round(length.mm, 1)


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
    assert ORG.upper() in text if name is FormName.APP2 else ORG in text
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
    footer = section.footer._element.xml
    assert "Страница" in footer and " PAGE " in footer and " NUMPAGES " in footer
    assert doc.core_properties.author == "ТБН-4" and doc.core_properties.language == "ru-RU"
    assert doc.core_properties.title == form.title


@pytest.mark.parametrize("name,size", CASES, ids=IDS)
def test_docx_tables_repeat_their_header_rows_and_honour_spans(name, size, forms, files):
    form = forms[(name, size)]
    doc = Document(str(files[(name, size, "docx")]))
    assert len(doc.tables) == len(form.tables)
    for model, table in zip(form.tables, doc.tables):
        rows = table._tbl.tr_lst
        heads = len(model.head_rows())
        assert len(rows) == heads + len(model.rows)
        marked = [tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None for tr in rows]
        assert marked == [True] * heads + [False] * len(model.rows)
        grid = len(model.columns)
        for tr in rows:        # every row covers the grid: spans became gridSpan/vMerge, no cell lost
            assert sum(int(tc.tcPr.find(qn("w:gridSpan")).get(qn("w:val"))) if tc.tcPr.find(qn("w:gridSpan"))
                       is not None else 1 for tc in tr.tc_lst) == grid
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
    assert "150 000 000 тнг." == budget and budget in {spaced(text) for text in cells}
    cells = {spaced(text): tc for text, tc in cells.items()}
    assert cells[budget].find(f".//{qn('w:jc')}").get(qn("w:val")) == "right"
    assert spaced(money(sum(Decimal(150_000_000 + 1000 * i) for i in range(3)))) in cells
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


# ------------------------------------------------------------------ XLSX as openpyxl reads it
def totals_of(form) -> list:
    """The builder's computed totals, in sheet order: what the SUM formulas must produce."""
    return [c.value for t in form.tables for r in t.rows if r.kind is RowKind.TOTAL for c in r.cells
            if isinstance(c.value, (int, Decimal)) and not isinstance(c.value, bool)]


def formulas(ws) -> list:
    return [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("=SUM(")]


@pytest.mark.parametrize("name,size", [c for c in CASES if c[0] in XLSX_FORMS],
                         ids=[i for c, i in zip(CASES, IDS) if c[0] in XLSX_FORMS])
def test_xlsx_sums_with_formulas_and_prints_to_the_page_width(name, size, forms, files):
    form = forms[(name, size)]
    wb = load_workbook(files[(name, size, "xlsx")])
    ws = wb.active
    assert ws.title == {FormName.APP3: "Приложение 3", FormName.APP4: "Приложение 4",
                        FormName.INVENTORY: "Опись"}[name]
    values = [c.value for row in ws.iter_rows() for c in row if c.value is not None]
    assert form.title in values and ORG in values
    assert len(formulas(ws)) == len(totals_of(form))
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.orientation == ("landscape" if form.landscape else "portrait")
    assert int(ws.page_setup.paperSize) == 9                      # A4
    assert ws.page_margins.left == pytest.approx(30 / 25.4) and ws.page_margins.right == pytest.approx(10 / 25.4)
    first, last = (int(x) for x in ws.print_title_rows.replace("$", "").split(":"))
    head = form.tables[0].head_rows()
    assert last - first + 1 == len(head)
    assert ws.cell(row=last, column=1).value == head[-1].cells[0].value
    assert ws.freeze_panes == f"A{last + 1}"


def test_xlsx_keeps_amounts_as_numbers_in_tenge(forms, files):
    ws = load_workbook(files[(FormName.APP3, "typical", "xlsx")]).active
    budgets = [c for row in ws.iter_rows() for c in row if c.value == 150_000_000]
    assert budgets and budgets[0].number_format == '#,##0 "тнг."'
    assert all(f.value.startswith("=SUM(") for f in formulas(ws))


def test_any_form_renders_as_xlsx(forms):
    out = io.BytesIO()
    render_xlsx(forms[(FormName.APP1, "typical")], out)
    ws = load_workbook(out).active
    assert ws.title == "Приложение 1"
    assert any(c.value == "Руководитель аппарата" for row in ws.iter_rows() for c in row)


# ------------------------------------------------------------------ LibreOffice
def soffice() -> str:
    path = shutil.which("soffice")
    if path is None:
        if os.environ.get("TBN4_REQUIRE_TOOLS") == "1":
            pytest.fail("LibreOffice (soffice) is required but not installed")
        pytest.skip("LibreOffice (soffice) is not installed: DOCX/XLSX are not checked in real office software")
    return path


def convert(paths: list[Path], target: str, outdir: Path, profile: Path) -> None:
    """One soffice run for many files, with a private profile so parallel runs don't clash."""
    outdir.mkdir(exist_ok=True)
    done = subprocess.run([soffice(), f"-env:UserInstallation={profile.as_uri()}", "--headless",
                           "--convert-to", target, "--outdir", str(outdir), *map(str, paths)],
                          check=False, capture_output=True, text=True, timeout=300)
    missing = [p.name for p in paths if not (outdir / f"{p.stem}.{target.split(':')[0]}").exists()]
    assert not missing, f"LibreOffice could not open {missing}: {done.stderr[-500:]}"


@pytest.fixture(scope="module")
def office(files, tmp_path_factory) -> Path:
    """The typical and empty DOCX as text, every XLSX as CSV (ru-RU locale,
    cells as shown), and the 1,000-row Appendix 1 as PDF."""
    soffice()
    root = tmp_path_factory.mktemp("office")
    profile = root / "profile"
    (profile / "user").mkdir(parents=True)
    # Russian locale, as on the users' machines: thousands separated by a space.
    (profile / "user" / "registrymodifications.xcu").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<oor:items xmlns:oor="http://openoffice.org/2001/registry">'
        '<item oor:path="/org.openoffice.Setup/L10N"><prop oor:name="ooSetupSystemLocale" oor:op="fuse">'
        "<value>ru-RU</value></prop></item></oor:items>\n", encoding="utf-8")
    docx = [p for (name, size, fmt), p in files.items() if fmt == "docx" and size != "1000"]
    convert(docx, "txt:Text (encoded):UTF8", root / "txt", profile)
    xlsx = [p for (name, size, fmt), p in files.items() if fmt == "xlsx"]
    convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true", root / "csv", profile)
    convert([files[(FormName.APP1, "1000", "docx")]], "pdf", root / "pdf", profile)
    return root


@pytest.mark.parametrize("name,size", [c for c in CASES if c[1] != "1000"],
                         ids=[i for c, i in zip(CASES, IDS) if c[1] != "1000"])
def test_libreoffice_reads_the_docx_with_its_kazakh_and_russian_text(name, size, forms, office):
    form = forms[(name, size)]
    text = (office / "txt" / f"{name.value}-{size}.txt").read_text(encoding="utf-8-sig")
    assert form.title in text
    assert (ORG.upper() if name is FormName.APP2 else ORG) in text
    if form.approval is not None:
        assert form.approval.role_title in text and f"_______________ {APPROVER}" in text
        assert f"{YEAR} год" in text
    if name is FormName.APP1 and size == "typical":
        assert set(KAZAKH_LETTERS) <= set(text.lower()) and PLACE in text
    body = [str(c.value) for t in form.tables for r in t.rows for c in r.cells if isinstance(c.value, str) and c.value]
    assert all(spaced(v) in spaced(text) for v in body)


@pytest.mark.parametrize("name,size", [c for c in CASES if c[0] in XLSX_FORMS],
                         ids=[i for c, i in zip(CASES, IDS) if c[0] in XLSX_FORMS])
def test_libreoffice_computes_the_xlsx_totals_the_builder_computed(name, size, forms, files, office):
    form = forms[(name, size)]
    with (office / "csv" / f"{name.value}-{size}.csv").open(encoding="utf-8") as f:
        shown = list(csv.reader(f))
    cells = formulas(load_workbook(files[(name, size, "xlsx")]).active)
    expected = totals_of(form)
    assert len(cells) == len(expected)
    for cell, total in zip(cells, expected):
        text = spaced(shown[cell.row - 1][cell.column - 1])
        assert text == (spaced(money(total)) if isinstance(total, Decimal) else str(total))
    assert ORG in {v for row in shown for v in row}


def test_libreoffice_repeats_the_header_on_every_page_of_a_long_appendix_1(office):
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        if os.environ.get("TBN4_REQUIRE_TOOLS") == "1":
            pytest.fail("pdftotext (poppler-utils) is required but not installed")
        pytest.skip("pdftotext (poppler-utils) is not installed")
    pdf = office / "pdf" / "app1-1000.pdf"
    pages = subprocess.run([pdftotext, str(pdf), "-"], capture_output=True, text=True, check=True).stdout.split("\f")
    pages = [p for p in pages if p.strip()]
    assert len(pages) > 50
    for number in (2, len(pages)):
        page = " ".join(pages[number - 1].split())
        assert "Описание выявленного факта, принятые меры" in page
        assert f"Страница {number} из {len(pages)}" in page
