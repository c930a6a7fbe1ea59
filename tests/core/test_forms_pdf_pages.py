"""The official forms as PDF over pages: a fact of any length split across
pages and printed in full, headings kept with the row under them, a caption
with its table, the notes with the last row, no blank page, one Russian
sentence when no page can hold a row, and the columns sharing the width."""

from __future__ import annotations

import io
import itertools
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm

from tbn4_desktop.core.forms import appendices as A
from tbn4_desktop.core.forms import pdf_render
from tbn4_desktop.core.forms.inventory import InventoryItem, build_inventory
from tbn4_desktop.core.forms.model import FormName
from tbn4_desktop.core.forms.pdf_render import render_pdf
from tbn4_desktop.core.forms.render import FormError
from tests.core.test_forms_pdf import (
    COMPANY,
    CTX,
    EVENT,
    FACT,
    HEADER,
    KAZAKH_ORG,
    YEAR,
    build,
    flat,
    org_data,
    pdf_bytes,
    pdftotext,
)

# ------------------------------------------------------------------ long facts, page breaks
LONG_WORDS = (
    "коррупционное",
    "правонарушение",
    "совершено",
    "главным",
    "специалистом",
    "отдела",
    "при",
    "исполнении",
    "служебных",
    "обязанностей,",
    "комплаенс-офицер",
    "выявил",
    "нарушение",
    "https://www.gov.kz/memleket/entities/zhambyl-bayzak/press/news/details/712034?lang=ru",
)


def long_text(chars: int, last: str) -> str:
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < chars:
        words.append(LONG_WORDS[len(words) % len(LONG_WORDS)])
    return " ".join([*words, last])


def long_form(name: FormName, chars: int, catalog, last: str):
    """A typical form of three facts and one more whose free text is `chars` long, ending in `last`."""
    text = long_text(chars, last)
    org = org_data(3)
    rows = {key: list(value) for key, value in org.rows.items()}
    if name is FormName.INVENTORY:
        items = [
            InventoryItem(
                2,
                "Соблюдение норм",
                "2.1.1",
                "Сообщения",
                f"{YEAR} год",
                f"Сообщение {i}.pdf",
                3,
                "Касымов А. Б.",
                date(2026, 3, 10),
            )
            for i in range(3)
        ]
        items.append(
            InventoryItem(
                2, "Соблюдение норм", "2.1.2", "Сообщения", f"{YEAR} год", text, 3, "Касымов А. Б.", date(2026, 3, 10)
            )
        )
        return build_inventory(CTX, items)
    if name is FormName.APP1:
        rows["app1_superiors_liability"].append({**FACT, "appeal_changes": text})
    elif name is FormName.APP2:
        rows["app2_reconciliation"].append({"category": A.APP2_CATEGORIES[0], "plot": text, "status": "Приговор"})
    elif name is FormName.APP3:
        rows["app3_compliance_registry"].append({**COMPANY, "activity": text})
    elif name is FormName.APP4:
        rows["app4_social_orders"].append(
            {"level": "Район", "name": text, "year": YEAR, "anticorruption_amount": Decimal(1)}
        )
    else:
        rows["app5_preventive_work"].append({**EVENT, "topic": text})
    builder = {
        FormName.APP1: A.build_app1,
        FormName.APP2: A.build_app2,
        FormName.APP3: A.build_app3,
        FormName.APP4: A.build_app4,
        FormName.APP5: A.build_app5,
    }[name]
    return builder(catalog, CTX, [A.OrgData(org.name, rows)])


@pytest.fixture
def drawn_parts(monkeypatch):
    """(bottom y, height) of every table part drawn, in drawing order."""
    from tbn4_desktop.core.forms.pdf_table import PagedTable

    parts: list[tuple[float, float]] = []
    draw_on = PagedTable.drawOn

    def record(self, canvas, x, y, _sW=0):
        parts.append((y, self.height))
        return draw_on(self, canvas, x, y, _sW)

    monkeypatch.setattr(PagedTable, "drawOn", record)
    return parts


@pytest.mark.parametrize("chars", [500, 3000, 20000])
@pytest.mark.parametrize("name", list(FormName))
def test_a_long_fact_is_printed_in_full_over_as_many_pages_as_it_needs(catalog, tmp_path, drawn_parts, name, chars):
    path = tmp_path / "long.pdf"
    path.write_bytes(pdf_bytes(long_form(name, chars, catalog, "ИТОГ")))
    pages = len(PdfReader(path).pages)
    text = pdftotext(path)
    # 300 to 4 000 characters fill a page, by the width of the column: the fact's pages and a few more
    assert chars // 4000 <= pages <= chars // 300 + 3, pages
    assert "ИТОГ" in text
    # every repetition of the text is there (its link breaks at its boundaries, «712034?» stays whole)
    for word in ("712034?", "служебных"):
        assert flat(text).count(word) == long_text(chars, "").count(word), word
    for page, body in enumerate(text.split("\f")[:pages], 1):
        assert HEADER[name] in body or name is FormName.APP4, f"no header on page {page}"
        assert (f"Страница {page} из {pages}" in body) == (pages > 1)
    # every page a table runs on from is filled to its foot: four lines at most stay empty
    bottom = pdf_render.MARGINS["bottom"]
    breaks = [y for (y, _), (later_y, later_h) in itertools.pairwise(drawn_parts) if later_y + later_h > y + 1]
    assert len(breaks) == pages - 1 or name is FormName.APP4
    if name is not FormName.APP4:  # App 4's own tables may start a page
        assert all(y - bottom < 4 * 13.8 + 5 for y in breaks), breaks


def test_a_tall_row_fills_the_page_before_it_and_its_rest_opens_the_next(catalog, tmp_path):
    """The page is not left two-thirds empty: the row starts on page 1 and
    runs on under the repeated header, its subtask «(продолжение)»."""
    path = tmp_path / "tall.pdf"
    path.write_bytes(pdf_bytes(long_form(FormName.APP1, 3000, catalog, "ИТОГ")))
    first, second = pdftotext(path, 1), pdftotext(path, 2)
    assert "Изменения судебного акта" in first and "ИТОГ" not in first
    assert "Подзадача" in second and "(продолжение)" in second


def test_the_same_long_form_gives_the_same_bytes(catalog):
    form = long_form(FormName.APP2, 20000, catalog, "конец")
    assert pdf_bytes(form) == pdf_bytes(form)


@pytest.mark.parametrize("name", [FormName.APP2, FormName.INVENTORY])
def test_a_heading_row_is_never_the_last_row_of_a_page(catalog, monkeypatch, name):
    """App 2's category rows and the inventory's «Проект N» rows go over with
    the row under them, wherever they fall."""
    from tbn4_desktop.core.forms.pdf_table import PagedTable

    last_rows: list[list] = []
    draw = PagedTable.draw
    monkeypatch.setattr(PagedTable, "draw", lambda self: (last_rows[-1].append(self.rows[-1].keep), draw(self)))
    for n in range(30, 62):
        last_rows.append([])
        form = build(name, n, catalog)
        if name is FormName.INVENTORY:  # a project heading every n // 10 documents
            per = n // 10
            form = build_inventory(
                CTX,
                [
                    InventoryItem(
                        1 + i // per,
                        f"Проект {1 + i // per}",
                        f"{1 + i // per}.1.1",
                        "Документы",
                        f"{YEAR} год",
                        f"Документ {i}.pdf",
                        1,
                    )
                    for i in range(80)
                ],
            )
        pdf_bytes(form)
        assert len(last_rows[-1]) > 1  # the table does run over pages
        assert not any(last_rows[-1]), f"{n}: a heading ends a page"


def test_the_inventory_total_never_opens_a_page_alone(monkeypatch):
    """«Всего листов» goes over with (the foot of) the document row above it
    rather than open a page of its own under the repeated header."""
    from tbn4_desktop.core.forms.pdf_table import PagedTable

    first_rows: list[list] = []
    draw = PagedTable.draw
    monkeypatch.setattr(PagedTable, "draw", lambda self: (first_rows[-1].append(self.rows[0].follows), draw(self)))
    broke = 0
    for n in range(8, 40):
        first_rows.append([])
        items = [
            InventoryItem(
                1, "Проект 1", "1.1.1", "Документы", f"{YEAR} год", f"Документ {i}.pdf" + " с приложениями" * (i % 5), 1
            )
            for i in range(n)
        ]
        pdf_bytes(build_inventory(CTX, items))
        broke += len(first_rows[-1]) > 1
        assert not any(first_rows[-1]), f"{n} documents: the total opens a page"
    assert broke > 20  # the table does run over pages


def test_the_notes_stay_with_the_last_row(catalog, tmp_path):
    """App 2's «Примечание» is never alone on a page: whatever the number of
    facts and the length of the last one, the page it stands on also holds a
    row of the table, and the header stands once on a page, at its top."""

    def app2(n: int, last: str):
        rows = [
            {
                "category": A.APP2_CATEGORIES[0],
                "plot": f"Касымов: получение взятки {i}",
                "status": "Приговор вступил в силу",
            }
            for i in range(n)
        ]
        rows.append({"category": A.APP2_CATEGORIES[2], "plot": last, "status": "Приговор"})
        return A.build_app2(catalog, CTX, [A.OrgData(KAZAKH_ORG, {"app2_reconciliation": rows})])

    forms = [build(FormName.APP2, n, catalog) for n in range(1, 40)]
    forms += [app2(7, long_text(chars, "ИТОГ")) for chars in range(0, 1600, 80)]
    for i, form in enumerate(forms):
        path = tmp_path / f"{i}.pdf"
        path.write_bytes(pdf_bytes(form))
        pages = pdftotext(path).split("\f")[:-1]
        rest = flat(pages[-1])
        for text in (
            *form.notes,
            *(str(c.value) for c in form.tables[0].head_rows()[-1].cells),
            form.generated_on,
            f"Страница {len(pages)} из {len(pages)}",
        ):
            assert text in rest or text.startswith("Страница"), text
            rest = rest.replace(flat(text), "")
        assert rest.strip(), f"form {i}: the note alone on its page"
        assert all(flat(page).count(HEADER[FormName.APP2]) == 1 for page in pages), f"form {i}"


def test_a_caption_stays_with_its_table(tmp_path):
    """A table's caption never ends a page: it moves to the next one with its first rows."""
    from tbn4_desktop.core.forms.model import Cell, Column, Form, Row, Table

    columns = (Column("Наименование", 3), Column("Сумма", 1))
    second = Table(columns, (Row((Cell("Первая строка второй таблицы"), Cell("1"))),), caption="ПОДПИСЬ ТАБЛИЦЫ")
    seen_alone = 0
    for n in range(20, 50):
        first = Table(columns, tuple(Row((Cell(f"Строка {i}"), Cell(str(i)))) for i in range(n)))
        form = Form(FormName.APP4, YEAR, A.caption(4), (), "Проверка подписи", tables=(first, second))
        path = tmp_path / f"{n}.pdf"
        path.write_bytes(pdf_bytes(form))
        pages = pdftotext(path).split("\f")
        where = next(i for i, page in enumerate(pages) if "ПОДПИСЬ ТАБЛИЦЫ" in page)
        assert "Первая строка второй таблицы" in pages[where], f"{n} rows: the caption alone"
        seen_alone += where > 0 and f"Строка {n - 1}" in pages[where - 1]
    assert seen_alone  # some n did end the first table at a page's foot


def test_no_page_is_left_blank_after_the_last_table(catalog):
    """A form whose content just fits its page has one page: no gap trails the
    story (a spacer after a table that filled its page made a blank page)."""
    from reportlab.platypus import Spacer

    from tbn4_desktop.core.forms.model import Cell, Column, Form, Row, Table

    pdf_render.register_fonts()
    for name in FormName:
        assert not isinstance(pdf_render.story(build(name, 3, catalog), 500.0)[-1], Spacer)
    width, height = A4[0] - 40 * mm, A4[1] - 40 * mm  # the frame inside the margins
    tight = 0
    for n in range(30, 38):
        for lines in (1, 2, 3):
            rows = (
                Row((Cell("\n".join(["Многострочная ячейка"] * lines)), Cell("1"))),
                *(Row((Cell(f"Строка {i}"), Cell(str(i)))) for i in range(n)),
            )
            form = Form(
                FormName.APP5, YEAR, "", (), "Проверка", tables=(Table((Column("А", 3), Column("Б", 1)), rows),)
            )
            flow = [f for f in pdf_render.story(form, width) if not isinstance(f, Spacer)]  # the title, the table
            content = sum(f.wrap(width, 1e6)[1] + (f.getSpaceBefore() if i else 0) for i, f in enumerate(flow))
            fits = content <= height
            tight += fits and height - content < 10  # a 10 pt gap after it would not fit
            pages = len(PdfReader(io.BytesIO(pdf_bytes(form))).pages)
            assert (pages == 1) == fits, (n, lines, content, height, pages)
    assert tight  # some form did just fit


def test_a_row_no_page_can_hold_is_one_russian_sentence(tmp_path):
    """When even a fresh page cannot take a row (here: a header taller than a
    page), the user gets row_too_tall's sentence, never reportlab's LayoutError."""
    from tbn4_desktop.core.forms.model import Cell, Column, Form, Row, Table

    columns = (Column("Заголовок " * 3000, 1), Column("Сумма", 1))
    table = Table(columns, (Row((Cell("Текст"), Cell("1")), label="факт №1"),))
    form = Form(FormName.APP5, YEAR, A.caption(5), (), "Проверка", tables=(table,))
    with pytest.raises(FormError, match="строка «факт №1» не помещается на страницу"):
        render_pdf(form, io.BytesIO())


def test_the_sentence_quotes_at_most_the_start_of_a_long_row_label():
    from tbn4_desktop.core.forms.model import Form
    from tbn4_desktop.core.forms.render import LABEL_CHARS, row_too_tall

    form = Form(FormName.INVENTORY, YEAR, "", (), "ОПИСЬ")
    message = str(row_too_tall(form, "2.1.1, 2025 год: Акт " + "сверки " * 60))
    quoted = message.split("«", 1)[1].split("» не помещается", 1)[0]
    assert quoted.startswith("2.1.1, 2025 год: Акт сверки") and quoted.endswith("…")
    assert len(quoted) <= LABEL_CHARS
    assert message.endswith("сформируйте форму снова.")


def test_a_phone_number_never_breaks(tmp_path):
    from tbn4_desktop.core.forms.model import Cell, Column, Form, Row, Table

    phone = "+7\u00a0701\u00a0234\u00a056\u00a078"
    columns = (Column("№", 1), Column("Контакт", 1.3), *(Column(f"Графа {i}", 3) for i in range(4)))
    rows = (Row((Cell("1."), Cell(f"Касымов Е., {phone}"), *(Cell("текст") for _ in range(4)))),)
    path = tmp_path / "phone.pdf"
    path.write_bytes(pdf_bytes(Form(FormName.APP3, YEAR, "", (), "Телефоны", tables=(Table(columns, rows),))))
    assert "+7 701 234 56 78" in pdftotext(path)


def test_appendix_5_of_the_demo_fits_one_page(catalog):
    """The demo's eight talks: the body's name printed once, the columns
    sharing the width so that no row runs to a needless fourth line."""
    from tbn4_desktop.services.demo import _preventive_rows

    org = A.OrgData("Аппарат акима Байзакского района", {"app5_preventive_work": _preventive_rows(YEAR)})
    ctx = A.FormContext(YEAR, org.name, "Сәрсенбаева Г. Қ.", generated_on=date(2026, 3, 15))
    reader = PdfReader(io.BytesIO(pdf_bytes(A.build_app5(catalog, ctx, [org]))))
    assert len(reader.pages) == 1
    assert flat(reader.pages[0].extract_text()).count("Аппарат акима Байзакского района") == 1


def test_columns_share_the_width_to_make_the_rows_lower():
    from tbn4_desktop.core.forms.pdf_table import balance
    from tbn4_desktop.core.forms.pdf_text import para

    pdf_render.register_fonts()
    name = "Абдрахманов Данияр Муратович, Главный специалист по государственным закупкам"
    event = "«14» февраля 2026 года, 10:00, формат: офлайн, тема: Конфликт интересов"
    sample = [[(0, para(name, size=12)), (1, para(event, size=12))] for _ in range(8)]
    widths = balance([150.0, 300.0], [0.0, 0.0], sample, 13.8)
    assert widths[0] > 150 and abs(sum(widths) - 450) < 1e-6
    assert widths[0] <= 150 * 1.35 + 1e-6 and widths[1] >= 300 * 0.75 - 1e-6
    # rows of equal lines in both columns stay as the weights have them
    even = [[(0, para("Текст", size=12)), (1, para("Текст", size=12))]]
    assert balance([150.0, 300.0], [0.0, 0.0], even, 13.8) == [150.0, 300.0]
