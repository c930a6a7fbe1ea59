"""Each appendix as the instruction prints it: captions, titles, approval
blocks, column headers, App 1's rows, App 2's categories and note, App 4's
labels — compared word for word with the text of the instruction
(the vendored tests/data/tbn4_instruction_2023.txt, checked equal to
../shared/spec/ by test_instruction_quotes.py), read here, not copied.

Only whitespace is normalised (the source is a Word export: tabs, runs of
spaces, a header cell broken over two lines) and three misprints are
corrected; each correction is listed below and may change a word by at most
two letters, so nothing else can hide behind it (docs/instruction-trace.md).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tbn4_desktop.core.catalog import builtin_catalog_dir
from tbn4_desktop.core.catalog_registry import CatalogRegistry
from tbn4_desktop.core.forms import appendices as A
from tbn4_desktop.core.forms.model import BlockLineKind, Form, RowKind, approval_lines

INSTRUCTION = Path(__file__).resolve().parents[2] / "tests" / "data" / "tbn4_instruction_2023.txt"

#: The instruction's misprint → what the forms print.
MISPRINTS = {
    "факов": "фактов",  # App 1, row of 2.3.2
    "осуществлеяющих": "осуществляющих",  # App 1, row of 2.5.1
    "Наименоваине": "Наименование",  # App 3, second column
}

CTX = A.FormContext(2025, "Аппарат акима Байзакского района")


def _distance(a: str, b: str) -> int:
    row = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        prev, row[0] = row[0], i
        for j, cb in enumerate(b, 1):
            prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (ca != cb))
    return row[-1]


def norm(text: str) -> str:
    text = " ".join(text.split())
    for wrong, right in MISPRINTS.items():
        text = re.sub(rf"\b{wrong}\b", right, text)
    return text


def _sections() -> dict[int, list[str]]:
    lines = INSTRUCTION.read_text(encoding="utf-8").splitlines()
    starts = [i for i, line in enumerate(lines) if re.match(r"\s*Приложение №\d к Инструкции", line)]
    assert len(starts) == 5, "the instruction has five appendices"
    bounds = [*starts, len(lines)]
    return {n: lines[bounds[n - 1] : bounds[n]] for n in range(1, 6)}


SECTIONS = _sections()


def cells(n: int) -> list[str]:
    """The appendix's table cells in reading order (Word's export starts each with a tab)."""
    return [norm(line) for line in SECTIONS[n] if line.startswith("\t") and line.strip()]


def plain(n: int) -> list[str]:
    """The appendix's other lines: caption, approval block, title."""
    return [norm(line) for line in SECTIONS[n] if line.strip() and not line.startswith("\t")]


@pytest.fixture(scope="module")
def catalog():
    registry, _ = CatalogRegistry.from_dirs(builtin_catalog_dir())
    return registry.for_year(2025)


def _build(catalog, n: int) -> Form:
    builder = {1: A.build_app1, 2: A.build_app2, 3: A.build_app3, 4: A.build_app4, 5: A.build_app5}[n]
    return builder(catalog, CTX, [A.OrgData(CTX.organization)])


def _headers(form: Form, table: int = 0) -> list[str]:
    return [norm(str(c.value)) for c in form.tables[table].head_rows()[0].cells]


def test_each_misprint_correction_changes_a_word_by_at_most_two_letters():
    text = INSTRUCTION.read_text(encoding="utf-8")
    for wrong, right in MISPRINTS.items():
        assert wrong in text and _distance(wrong, right) <= 2


@pytest.mark.parametrize("n", [1, 2, 5])
def test_the_three_line_captions(catalog, n):
    assert norm(_build(catalog, n).appendix_caption) == " ".join(plain(n)[:3])


@pytest.mark.parametrize("n", [3, 4])
def test_the_one_line_captions_say_tbn_4(catalog, n):
    caption = norm(_build(catalog, n).appendix_caption)
    assert caption == cells(n)[0] and "проектов ТБН №4" in caption


def test_appendix_1(catalog):
    form = _build(catalog, 1)
    lines = plain(1)
    assert lines[3] == "Наименование государственного органа"  # the body's name stands here
    block = approval_lines(form.approval, 2025)
    assert [line.text for line in block][:2] == [CTX.organization, lines[4]]  # «Руководитель аппарата»
    assert next(line.text for line in block if line.kind is BlockLineKind.UNDER) == lines[6]  # (подпись, печать)
    assert norm(block[2].text).endswith("(Ф.И.О)") and lines[5].endswith("(Ф.И.О)")
    assert form.title == lines[8] and form.subtitle == lines[9]
    assert _headers(form) == cells(1)[:3]
    assert [norm(r.cells[0].value) for r in form.tables[0].rows] == cells(1)[3:]
    assert form.organizations == () and form.notes == ()


def test_appendix_2(catalog):
    form = A.build_app2(catalog, A.FormContext(2025, CTX.organization), [A.OrgData(CTX.organization)])
    lines = plain(2)
    assert lines[3] == "НАИМЕНОВАНИЕ ГОСУДАРСТВЕННОГО ОРГАНА"
    block = approval_lines(form.approval, 2025)
    assert [line.text for line in block][:2] == [CTX.organization.upper(), lines[4]]
    assert form.title == lines[8] and form.subtitle == lines[9]
    assert _headers(form) == cells(2)[:4]
    groups = [norm(r.cells[1].value) for r in form.tables[0].rows if r.kind is RowKind.GROUP]
    assert groups == [c for c in cells(2)[4:] if c != "1."]
    assert [norm(n) for n in form.notes] == [lines[10]]


def test_appendix_3_has_the_nine_columns_and_nothing_else(catalog):
    form = _build(catalog, 3)
    assert _headers(form) == cells(3)[1:10]
    assert form.title == form.subtitle == "" and form.approval is None and form.organizations == ()
    assert len(form.tables) == 1 and form.notes == ()


def test_appendix_4(catalog):
    form = _build(catalog, 4)
    c = cells(4)
    assert norm(form.title) == c[1]
    current, breakdown, next1, next2 = (_headers(form, i) for i in range(4))
    assert current == c[2:5]
    assert [breakdown[0], breakdown[2]] == c[7:9] and breakdown[1] == ""
    labels = [A.app4_label(level, "") for level in ("Областные управления", "Город", "Район")]
    assert labels == [c[9], c[12], c[15]]
    # The instruction's example is of 2023, with the next two years 2024 and 2025.
    assert [h.replace("2026", "2024").replace("2027", "2025") for h in (*next1[:2], *next2[:2])] == [
        h for h in c if "на 2024 г." in h or "на 2025 г." in h
    ]
    assert form.approval is None and form.organizations == () and form.subtitle == ""


def test_appendix_5(catalog):
    form = _build(catalog, 5)
    lines = plain(5)
    block = [line.text for line in approval_lines(form.approval, 2025)]
    assert block[0] == lines[3] == "Уполномоченный по этике"
    assert lines[4] == "Наименование ЦГО/МИО" and block[1] == CTX.organization
    assert block[2].endswith("(Ф.И.О)") and set(block[3]) == {"_"}  # a separate signature line
    assert block[4] == lines[7] == "(подпись)"
    assert form.title == lines[9] and norm(form.subtitle) == f"{lines[10]} {lines[11]}"
    # The third header is two lines in the appendix; its second line is not a table cell there.
    assert _headers(form) == [*cells(5)[:2], f"{cells(5)[2]} {lines[12]}"]
