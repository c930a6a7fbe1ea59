"""The Карта template: written readable, read back strictly."""

from __future__ import annotations

import time
import zipfile
from datetime import date, datetime

import pytest
from openpyxl import Workbook, load_workbook

from tbn4_desktop.core.catalog import DeadlineKind
from tbn4_desktop.core.karta_xlsx import (
    COL_DUE,
    FIRST_DATA_ROW,
    HEADER_ROW,
    HEADERS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    KartaError,
    KartaRow,
    read_karta,
    write_karta_template,
)
from tbn4_desktop.core.vocabulary import OrgLevel, Periodicity, periods_of

YEAR = 2025


def _rows(catalog, preset=None):
    preset = preset or {}
    return [
        (s.code, p, s.title, s.deadline.text, preset.get((s.code, p)))
        for s in catalog.subtasks()
        if s.applies_to(OrgLevel.DISTRICT)
        for p in periods_of(s.periodicity)
    ]


def _first(catalog, periodicity):
    return next(s for s in catalog.subtasks() if s.periodicity is periodicity and s.applies_to(OrgLevel.DISTRICT))


@pytest.fixture
def template(tmp_path, catalog):
    path = tmp_path / "Карта 2025.xlsx"
    write_karta_template(path, catalog, YEAR, _rows(catalog))
    return path


def _row_of(ws, code, period_text=""):
    for r in range(FIRST_DATA_ROW, ws.max_row + 1):
        if ws.cell(r, 1).value == code and (ws.cell(r, 2).value or "") == period_text:
            return r
    raise AssertionError((code, period_text))


def _fill(path, values):
    """values: {(code, period label): cell value}; returns the rows touched."""
    wb = load_workbook(path)
    ws = wb.active
    rows = {}
    for (code, label), value in values.items():
        r = _row_of(ws, code, label)
        ws.cell(r, 5).value = value
        rows[(code, label)] = r
    wb.save(path)
    return rows


def test_template_layout(template, catalog):
    wb = load_workbook(template)
    ws = wb.active
    assert ws.title == f"Карта {YEAR}"
    assert ws["A2"].value == "Год:" and ws["B2"].value == YEAR
    assert tuple(c.value for c in ws[HEADER_ROW]) == HEADERS
    assert ws.freeze_panes == f"A{FIRST_DATA_ROW}"
    assert ws.page_setup.orientation == "landscape"
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.data_validations.dataValidation[0].type == "date"
    # Fixed-rule rows first, then the computed ones; none lost.
    kinds = [
        catalog.subtask(ws.cell(r, 1).value).deadline.kind is DeadlineKind.FIXED
        for r in range(FIRST_DATA_ROW, ws.max_row + 1)
    ]
    assert kinds == sorted(kinds, reverse=True) and True in kinds and False in kinds
    assert len(kinds) == len(_rows(catalog))
    quarterly = _first(catalog, Periodicity.QUARTERLY)
    assert _row_of(ws, quarterly.code, "III квартал")
    assert ws.cell(_row_of(ws, _first(catalog, Periodicity.ONCE).code), 2).value in (None, "")


def test_round_trip_keeps_the_preset_dates(tmp_path, catalog):
    once = _first(catalog, Periodicity.ONCE)
    quarterly = _first(catalog, Periodicity.QUARTERLY)
    preset = {(once.code, ""): date(2025, 3, 14), (quarterly.code, "Q2"): date(2025, 7, 1)}
    path = tmp_path / "k.xlsx"
    assert write_karta_template(path, catalog, YEAR, _rows(catalog, preset)) == len(_rows(catalog))
    rows = read_karta(path, catalog, YEAR)
    assert {(r.code, r.period): r.due for r in rows if r.due} == preset
    assert {(r.code, r.period) for r in rows} == {(c, p) for c, p, *_ in _rows(catalog)}


def test_real_excel_date_and_text_date(template, catalog):
    once = _first(catalog, Periodicity.ONCE)
    monthly = _first(catalog, Periodicity.MONTHLY)
    _fill(template, {(once.code, ""): datetime(2025, 4, 30), (monthly.code, "март"): " 05.03.2025 "})
    got = {(r.code, r.period): r.due for r in read_karta(template, catalog, YEAR) if r.due}
    assert got == {(once.code, ""): date(2025, 4, 30), (monthly.code, "M03"): date(2025, 3, 5)}


def test_plausible_excel_day_number_is_a_date(template, catalog):
    once = _first(catalog, Periodicity.ONCE)
    _fill(template, {(once.code, ""): 45747})  # 31.03.2025 in a cell formatted as a number
    got = [r for r in read_karta(template, catalog, YEAR) if r.due]
    assert got == [KartaRow(once.code, "", date(2025, 3, 31), periodicity=Periodicity.ONCE)]


def test_every_bad_row_is_reported_with_row_and_column(template, catalog):
    subtasks = [
        s
        for s in catalog.subtasks()
        if s.applies_to(OrgLevel.DISTRICT) and s.periodicity in (Periodicity.ONCE, Periodicity.YEARLY)
    ]
    a, b, c, d, e = subtasks[:5]
    rows = _fill(
        template,
        {
            (a.code, ""): "31.02.2025",
            (b.code, ""): "скоро",
            (c.code, ""): -5,
            (d.code, ""): date(2030, 1, 1),
            (e.code, ""): "=TODAY()",
        },
    )
    wb = load_workbook(template)
    ws = wb.active
    ws.cell(rows[(c.code, "")], 5).number_format = "General"  # a bare number, not a date
    ws.cell(ws.max_row + 1, 1).value = "9.9.9"
    unknown_row = ws.max_row
    ws.cell(ws.max_row + 1, 1).value = a.code
    dup_row = ws.max_row
    q = _first(catalog, Periodicity.QUARTERLY)
    ws.cell(_row_of(ws, q.code, "I квартал"), 2).value = "январь"
    bad_period_row = _row_of(ws, q.code, "январь")
    wb.save(template)

    with pytest.raises(KartaError) as info:
        read_karta(template, catalog, YEAR)
    message = str(info.value)
    due = f"столбец «{COL_DUE}»"
    assert f"строка {rows[(a.code, '')]}, {due}: «31.02.2025» — такой даты нет" in message
    assert f"строка {rows[(b.code, '')]}, {due}: «скоро» — не дата" in message
    assert f"строка {rows[(c.code, '')]}, {due}: число -5 не является датой" in message
    assert f"строка {rows[(d.code, '')]}, {due}: дата 01.01.2030 вне 2024–2026" in message
    assert f"строка {rows[(e.code, '')]}, {due}: формулы не допускаются" in message
    assert f"строка {unknown_row}, столбец «Код подзадачи»: подзадачи «9.9.9» нет" in message
    assert f"строка {dup_row}, столбец «Код подзадачи»: подзадача {a.code} уже указана в строке" in message
    assert f"строка {bad_period_row}, столбец «Период»: «январь» — не период подзадачи {q.code}" in message
    assert len(info.value.problems) == 8
    assert "ничего не изменено" in message


def test_problems_are_capped_in_the_message(template, catalog):
    wb = load_workbook(template)
    ws = wb.active
    for r in range(FIRST_DATA_ROW, ws.max_row + 1):
        ws.cell(r, 5).value = "нет"
    wb.save(template)
    with pytest.raises(KartaError) as info:
        read_karta(template, catalog, YEAR)
    assert len(info.value.problems) == len(_rows(catalog)) > 20
    assert str(info.value).count("\nстрока ") == 20
    assert f"… и ещё {len(_rows(catalog)) - 20}." in str(info.value)


def test_wrong_year_is_refused_naming_the_cell(template, catalog):
    with pytest.raises(KartaError, match=r"Карта на 2025 год \(ячейка B2\), а импортируются сроки 2026"):
        read_karta(template, catalog, 2026)
    wb = load_workbook(template)
    wb.active["B2"] = "две тысячи"
    wb.save(template)
    with pytest.raises(KartaError, match="В ячейке B2 должен быть год"):
        read_karta(template, catalog, YEAR)


def test_renamed_text_file_and_corrupt_files_are_refused(tmp_path, catalog):
    text = tmp_path / "карта.xlsx"
    text.write_text("Код подзадачи;Срок\n1.1.1;01.03.2025\n", encoding="utf-8")
    with pytest.raises(KartaError, match="не является книгой Excel"):
        read_karta(text, catalog, YEAR)
    other_zip = tmp_path / "архив.xlsx"
    with zipfile.ZipFile(other_zip, "w") as z:
        z.writestr("readme.txt", "привет")
    with pytest.raises(KartaError, match="ZIP-архив другого вида"):
        read_karta(other_zip, catalog, YEAR)
    truncated = tmp_path / "обрезан.xlsx"
    write_karta_template(truncated, catalog, YEAR, _rows(catalog))
    truncated.write_bytes(truncated.read_bytes()[:3000])
    with pytest.raises(KartaError, match="не является книгой Excel|повреждён"):
        read_karta(truncated, catalog, YEAR)
    encrypted = tmp_path / "с паролем.xlsx"
    encrypted.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000)
    with pytest.raises(KartaError, match="защищён паролем"):
        read_karta(encrypted, catalog, YEAR)


def test_file_over_the_limit_is_refused_before_opening(tmp_path, catalog):
    big = tmp_path / "big.xlsx"
    with big.open("wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(KartaError, match="слишком большой"):
        read_karta(big, catalog, YEAR)


def test_a_sheet_with_too_many_rows_is_refused_quickly(tmp_path, catalog):
    wb = Workbook(write_only=True)
    ws = wb.create_sheet(f"Карта {YEAR}")
    ws.append(["Карта"])
    ws.append(["Год:", YEAR])
    ws.append([])
    ws.append(list(HEADERS))
    for i in range(MAX_ROWS * 4):
        ws.append(["1.1.1", "", "x", "y", None, f"строка {i}"])
    path = tmp_path / "huge.xlsx"
    wb.save(path)
    assert path.stat().st_size < MAX_FILE_BYTES
    start = time.monotonic()
    with pytest.raises(KartaError, match=f"больше {MAX_ROWS} строк"):
        read_karta(path, catalog, YEAR)
    assert time.monotonic() - start < 5


def test_formula_in_the_year_cell_is_not_evaluated(template, catalog):
    wb = load_workbook(template)
    wb.active["B2"] = "=2024+1"
    wb.save(template)
    with pytest.raises(KartaError, match="В ячейке B2 должен быть год"):
        read_karta(template, catalog, YEAR)


def test_missing_headers_are_refused(tmp_path, catalog):
    wb = Workbook()
    ws = wb.active
    ws["B2"] = YEAR
    ws["A5"] = "1.1.1"
    path = tmp_path / "без заголовков.xlsx"
    wb.save(path)
    with pytest.raises(KartaError, match="не найдены заголовки"):
        read_karta(path, catalog, YEAR)


def test_writing_into_a_folder_is_refused(tmp_path, catalog):
    with pytest.raises(KartaError, match="папка"):
        write_karta_template(tmp_path, catalog, YEAR, _rows(catalog))
