"""The official forms as PDF: what a user sees when the file is opened or
printed — heading, approval block, tables with their header on every page,
embedded fonts, Kazakh letters, page orientation."""

from __future__ import annotations

import io
import itertools
import os
import re
import shutil
import subprocess
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from tbn4_desktop.core.forms import appendices as A
from tbn4_desktop.core.forms import pdf_render
from tbn4_desktop.core.forms.inventory import InventoryItem, build_inventory
from tbn4_desktop.core.forms.model import FormName, approval_lines
from tbn4_desktop.core.forms.pdf_render import FONT_FILES, fit_widths, render_pdf
from tbn4_desktop.core.forms.render import FormError, write_form
from tbn4_desktop.paths import resource_dir

KAZAKH_ORG = "Сәтбаев атындағы Қазақ ұлттық техникалық университеті"
YEAR = 2026  # not the 2023 printed in the instruction's own sample
CTX = A.FormContext(YEAR, KAZAKH_ORG, "Омаров Данияр Кайратович", generated_on=date(2026, 3, 15))
SIZES = {"empty": 0, "typical": 3, "large": 1000}

FACT = {
    "category": "Уголовное",
    "event_date": date(2026, 1, 12),
    "event_place": "г. Тараз",
    "offender_position": "Главный специалист",
    "offender_name": "Касымов Арман Болатович",
    "damage": Decimal(1250000),
    "person_position": "Ведущий специалист",
    "person_name": "Касымов Ерлан",
    "measures_taken": "Служебное расследование, выговор.",
}
COMPANY = {
    "parent_name": "Жамбылская область",
    "company_name": "ТОО «Тараз су»",
    "ownership_form": "ТОО",
    "staff_count": 120,
    "budget": Decimal(150000000),
    "activity": "Водоснабжение",
    "has_compliance_service": True,
    "compliance_officer": "Касымов Е., +7 701 000 00 00",
}
EVENT = {
    "employee_name": "Касымов Иван",
    "employee_position": "главный специалист",
    "event_date": date(2026, 3, 1),
    "event_time": "10:00",
    "format": "Офлайн",
    "topic": "Конфликт интересов",
}

# a word of the table header of each form
HEADER = {
    FormName.APP1: "Подзадача",
    FormName.APP2: "Фабула",
    FormName.APP3: "Штатная",
    FormName.APP4: "ссылка",
    FormName.APP5: "должность",
    FormName.INVENTORY: "Подписант",
}


def org_data(n: int, app1_codes: int = 10) -> A.OrgData:
    """n facts of every register; Appendix 1's facts spread over `app1_codes` of its subtasks."""
    app1_keys = [
        "app1_reports",
        "app1_superiors_liability",
        "app1_transferred_superiors",
        "app1_hired_offenders",
        "app1_incompatible_activity",
        "app1_relatives",
        "app1_conflicts_of_interest",
        "app1_insider_information",
        "app1_gifts",
        "app1_foreign_accounts",
    ][:app1_codes]
    rows: dict[str, list] = {key: [] for key in app1_keys}
    for i in range(n):
        rows[app1_keys[i % len(app1_keys)]].append({**FACT, "event_place": f"г. Тараз, дело {i + 1}"})
    rows["app2_reconciliation"] = [
        {
            "category": A.APP2_CATEGORIES[i % 3],
            "plot": f"Касымов: получение взятки {i}",
            "status": "Приговор вступил в силу",
        }
        for i in range(n)
    ]
    rows["app3_compliance_registry"] = [{**COMPANY, "company_name": f"ТОО «Тараз су {i}»"} for i in range(n)]
    rows["app4_social_orders"] = (
        [
            {
                "level": "Регион (всего)",
                "name": "Жамбылская область",
                "year": YEAR,
                "total_amount": Decimal(500000000),
                "anticorruption_amount": Decimal(12000000),
            }
        ]
        if n
        else []
    ) + [
        {
            "level": "Район",
            "name": "Байзакский",
            "year": YEAR,
            "anticorruption_amount": Decimal(3000000 + i),
            "tender_link": f"https://goszakup.gov.kz/ru/announce/index/{i}",
        }
        for i in range(n)
    ]
    rows["app5_preventive_work"] = [EVENT] * n
    return A.OrgData(KAZAKH_ORG, rows)


def build(name: FormName, n: int, catalog, app1_codes: int = 10):
    org = org_data(n, app1_codes)
    if name is FormName.INVENTORY:
        return build_inventory(
            CTX,
            [
                InventoryItem(
                    2,
                    "Соблюдение норм",
                    "2.1.1",
                    "Сообщения",
                    f"{YEAR} год",
                    f"Сообщение {i}.pdf",
                    3,
                    "Касымов А. Б., руководитель аппарата",
                    date(2026, 3, 10),
                )
                for i in range(n)
            ],
        )
    builder = {
        FormName.APP1: A.build_app1,
        FormName.APP2: A.build_app2,
        FormName.APP3: A.build_app3,
        FormName.APP4: A.build_app4,
        FormName.APP5: A.build_app5,
    }[name]
    return builder(catalog, CTX, [org])


def pdf_bytes(form) -> bytes:
    out = io.BytesIO()
    render_pdf(form, out)
    return out.getvalue()


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        if os.environ.get("TBN4_REQUIRE_TOOLS") == "1":
            pytest.fail(f"{name} (poppler-utils) is required but not installed")
        pytest.skip(f"{name} (poppler-utils) is not installed")
    return path


def pdftotext(path: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    text = subprocess.run(
        [tool("pdftotext"), "-layout", *pages, str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    return text.replace("\u00a0", " ")


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text)


@pytest.fixture(scope="module")
def rendered(catalog, tmp_path_factory):
    """(form, path of its PDF) for every form and size, rendered once."""
    folder = tmp_path_factory.mktemp("pdf")
    cache: dict = {}

    def get(name: FormName, size: str):
        if (name, size) not in cache:
            form = build(name, SIZES[size], catalog)
            path = folder / f"{name.value}-{size}.pdf"
            path.write_bytes(pdf_bytes(form))
            cache[name, size] = form, path
        return cache[name, size]

    return get


def test_liberation_serif_has_russian_and_kazakh_glyphs():
    from reportlab.pdfbase.ttfonts import TTFont

    letters = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі"
    needed = letters + letters.upper() + "«»№—"
    for name, file in FONT_FILES.items():
        face = TTFont(name, str(resource_dir() / "fonts" / file)).face
        missing = [ch for ch in needed if face.charToGlyph.get(ord(ch), 0) == 0]
        assert not missing, f"{file} lacks {missing}"


@pytest.mark.parametrize("size", ["empty", "typical"])
@pytest.mark.parametrize("name", list(FormName))
def test_the_pdf_shows_the_official_heading(rendered, name, size):
    form, path = rendered(name, size)
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert (box.width > box.height) == form.landscape
    assert reader.metadata.title.startswith(form.title or form.name.label) and reader.metadata.author == "ТБН-4"
    text = pdftotext(path)
    words = flat(text)
    for line in (form.title, form.subtitle, *form.organizations):
        assert flat(line) in words, line
    # «Страница N из M» only when there are pages to count; «Сформировано …» only when asked for
    assert ("Страница 1 из" in text) == (len(reader.pages) > 1)
    assert "Сформировано 15.03.2026 в программе ТБН-4" in text
    if name is FormName.INVENTORY:
        assert "Приложение" not in text and "Руководитель аппарата" not in text
        return
    assert f"Приложение №{name.value[-1]} к Инструкции" in text
    if form.approval is None:
        assert "(подпись" not in text
        return
    # the block is the model's lines, top to bottom, the body's name once
    lines = approval_lines(form.approval, YEAR)
    positions = [words.find(flat(line.text)) for line in lines]
    assert -1 not in positions and positions == sorted(positions), lines
    assert form.approval.organization and words.count(flat(form.approval.organization)) == 1
    assert "Омаров Данияр Кайратович" in text
    assert ("(подпись)" if name is FormName.APP5 else "(подпись, печать)") in text
    assert re.search(rf"«___» _+ {YEAR} год", text) and "2023 год" not in text


def test_the_footer_says_only_what_there_is(catalog, tmp_path):
    """No «Сформировано …» unless the form carries it; no «Страница 1 из 1»."""
    import dataclasses

    form = build(FormName.APP5, 3, catalog)
    path = tmp_path / "quiet.pdf"
    path.write_bytes(pdf_bytes(dataclasses.replace(form, generated_on="")))
    assert len(PdfReader(path).pages) == 1
    text = pdftotext(path)
    assert "Сформировано" not in text and "Страница" not in text


@pytest.mark.parametrize("name", list(FormName))
def test_only_embedded_fonts_are_used(rendered, name):
    _, path = rendered(name, "typical")
    listing = subprocess.run([tool("pdffonts"), str(path)], check=True, capture_output=True, text=True).stdout
    rows = listing.splitlines()[2:]
    assert rows and all("LiberationSerif" in row for row in rows)
    emb = listing.splitlines()[0].index("emb")
    assert all(row[emb : emb + 3] == "yes" for row in rows), listing


@pytest.mark.parametrize("name", list(FormName))
def test_a_thousand_rows_repeat_the_header_on_every_page(rendered, name):
    _, path = rendered(name, "large")
    pages = len(PdfReader(path).pages)
    assert pages > 1
    missing = []
    texts = pdftotext(path).split("\f")[:pages]  # pdftotext ends every page with a form feed
    for page, text in enumerate(texts, 1):
        assert f"Страница {page} из {pages}" in text
        if HEADER[name] not in text:
            missing.append(page)
    # Appendix 4's thousand rows are one of its four tables; the last page may hold only the later years
    assert missing == [] or (name is FormName.APP4 and missing == [pages]), f"no header on pages {missing}"


def test_the_typical_rows_are_printed_in_full(rendered):
    text = flat(pdftotext(rendered(FormName.APP1, "typical")[1]))
    assert "Категория правонарушения: Уголовное" in text and "1 250 000 тнг." in text
    assert text.count("Факты не выявлены.") == 7  # three facts over the first three subtasks
    app3 = pdftotext(rendered(FormName.APP3, "typical")[1])
    # money and phones never break inside their cell: the whole figure stands on one line
    assert "150 000 000 тнг." in app3 and "ТОО «Тараз су 2»" in app3


def test_a_thousand_facts_under_one_subtask_run_over_many_pages(catalog, tmp_path):
    form = build(FormName.APP1, 1000, catalog, app1_codes=1)
    path = tmp_path / "one.pdf"
    path.write_bytes(pdf_bytes(form))
    pages = len(PdfReader(path).pages)
    assert pages > 10
    # the subtask's cell runs on from page to page under the repeated header, down to fact 1000
    middle, last = pdftotext(path, pages // 2), pdftotext(path, pages)
    assert "Подзадача" in middle and "Касымов" in middle and "(продолжение)" in middle
    assert "Подзадача" in last and re.search(r"(^\s+|\(продолжение\)\s+)1000\.", pdftotext(path), re.MULTILINE)


def test_a_page_break_inside_a_row_span_closes_the_table_on_every_page(catalog):
    """The rule under the last row of a page runs the full width, also in the
    spanning «Подзадача» column, after the first page break and after later
    ones; each later page opens with the header and the subtask «(продолжение)»."""
    from reportlab.pdfgen.canvas import Canvas

    pdf_render.register_fonts()
    width = 480.0
    rest = pdf_render.build_table(build(FormName.APP1, 300, catalog, app1_codes=1).tables[0], width)
    for page_no in range(3):
        rest.wrap(width, 700)
        page, rest = rest.split(width, 700)
        assert page.wrap(width, 700)[1] <= 700
        table = page.table
        canvas = Canvas(io.BytesIO())
        lines: list[tuple] = []
        canvas.line = lambda *xy, drawn=lines: drawn.append(tuple(round(v) for v in xy))
        table.wrap(width, 700)
        table.drawOn(canvas, 0, 0)
        bottom = round(table._rowpositions[-1])
        assert (0, bottom, round(width), bottom) in lines
        first_body = table._cellvalues[1][0]
        if page_no:
            assert first_body.text.endswith("(продолжение)")


def test_markup_characters_are_printed_as_typed(catalog):
    org = A.OrgData("ТОО <b>«Альфа & Омега»</b>", {"app5_preventive_work": [{**EVENT, "topic": "a < b & c > d"}]})
    form = A.build_app5(catalog, A.FormContext(YEAR, org.name), [org])
    text = " ".join(PdfReader(io.BytesIO(pdf_bytes(form))).pages[0].extract_text().split())  # lines rejoined
    assert "ТОО <b>«Альфа & Омега»</b>" in text and "a < b & c > d" in text


def test_the_same_form_gives_the_same_bytes(catalog):
    form = build(FormName.APP3, 3, catalog)
    assert pdf_bytes(form) == pdf_bytes(form)


def test_write_form_saves_a_pdf_by_its_extension(catalog, tmp_path):
    path = write_form(build(FormName.APP2, 3, catalog), tmp_path / "Приложение 2.pdf")
    assert path.read_bytes().startswith(b"%PDF-") and len(PdfReader(path).pages) == 1


def test_a_missing_font_file_is_one_russian_sentence(monkeypatch, tmp_path, catalog):
    monkeypatch.setattr(pdf_render, "_registered", False)
    monkeypatch.setattr("tbn4_desktop.paths.resource_dir", lambda: tmp_path)
    with pytest.raises(FormError, match="Не найден шрифт «LiberationSerif-Regular.ttf».*переустановите"):
        render_pdf(build(FormName.APP1, 0, catalog), io.BytesIO())


def test_columns_widen_to_their_longest_word_while_the_page_allows():
    assert fit_widths([1, 1], [10, 10], 100) == [50, 50]
    assert fit_widths([1, 3], [60, 10], 100) == [60, 40]
    assert fit_widths([1, 3], [60, 50], 100) == [25, 75]  # cannot fit both: the weights stand


def test_a_word_too_long_for_its_column_is_hyphenated_not_cut(tmp_path):
    """Appendix 3's narrow header cells: «собственности» stays whole or
    breaks as «соб-ственности»; never «собств|енности» at an arbitrary letter."""
    import re

    from tbn4_desktop.core.forms import appendices as A
    from tbn4_desktop.core.forms.model import Column, Form, FormName, Table
    from tbn4_desktop.core.forms.pdf_render import render_pdf

    # twelve columns of a word that needs ~130 pt: the page cannot widen them all
    narrow = Table(columns=tuple(Column("квазигосударственного", 1.0) for _ in range(12)), rows=())
    form = Form(
        FormName.APP3, 2025, A.caption(3), ("Аппарат акима",), "Проверка переноса", tables=(narrow,), landscape=True
    )
    path = tmp_path / "narrow.pdf"
    with path.open("wb") as out:
        render_pdf(form, out)
    text = pdftotext(path)
    fragments = re.findall(r"\S+", text)
    allowed = {"ква-", "квази-", "квазиго-", "квазигосу-", "квазигосудар-", "квазигосударствен-"}
    firsts = [f for f in fragments if f.startswith("ква")]
    assert len(firsts) == 12, text
    # every break is at a syllable boundary of the Russian rules (pyphen), shown with «-»
    assert all(f in allowed for f in firsts), firsts


def test_a_long_link_breaks_only_at_its_boundaries(catalog):
    """The inventory lists publication links; a URL longer than its column
    breaks after / ? & = # or before . - _, each line inside the cell, never
    drawn over the «Листов» column beside it."""
    from datetime import date as _date

    from tbn4_desktop.core.forms.inventory import InventoryItem, build_inventory
    from tbn4_desktop.core.forms.pdf_render import build_table, register_fonts

    register_fonts()
    url = "https://www.gov.kz/memleket/entities/zhambyl-bayzak/press/news/details/712034?lang=ru&page=2"
    form = build_inventory(
        A.FormContext(YEAR, "Аппарат акима"),
        [
            InventoryItem(
                1,
                "Внутренний анализ",
                "1.1.3",
                "Анонс начала анализа",
                "2026 год",
                url,
                None,
                "Тулегенова А. Н., руководитель аппарата",
                _date(2026, 2, 5),
            )
        ],
    )
    table = build_table(form.tables[0], 760.0)
    table.wrap(760.0, 10_000)
    drawn = table.table
    drawn.wrap(760.0, 10_000)
    cells = [
        cell
        for row in drawn._cellvalues
        for cell in row
        for cell in (cell if isinstance(cell, (tuple, list)) else (cell,))
        if hasattr(cell, "blPara")
    ]
    link = next(cell for cell in cells if url[:20] in cell.text)
    # a line is (free space, words) or, with fragments of several fonts, an object of both
    broken = [
        (line.extraSpace, "".join(f.text for f in line.words))
        if hasattr(line, "words")
        else (line[0], "".join(line[1]))
        for line in link.blPara.lines
    ]
    lines = [text for _, text in broken]
    assert "".join(lines) == url and len(lines) > 1, lines
    for line, after in itertools.pairwise(lines):
        assert line[-1] in "/?&=#" or after[0] in ".-_", (line, after)
    assert min(space for space, _ in broken) >= -0.5, broken


def test_url_segments_and_lines():
    from tbn4_desktop.core.forms.pdf_text import FONT, link_lines, url_segments

    pdf_render.register_fonts()
    url = "https://www.gov.kz/ru/news?id=5&lang=ru#top"
    assert url_segments(url) == ["https://", "www", ".gov", ".kz/", "ru/", "news?", "id=", "5&", "lang=", "ru#", "top"]
    assert link_lines(url, 1000, FONT, 12) == [url]
    lines = link_lines(url, 60, FONT, 12)
    assert "".join(lines) == url and all(pdf_render.pdfmetrics.stringWidth(x, FONT, 12) <= 60 for x in lines)
    # a segment wider than the column alone is cut where it must
    long = "https://example.kz/" + "a" * 80
    assert "".join(link_lines(long, 60, FONT, 12)) == long
