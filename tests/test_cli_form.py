"""`tbn4 form`: official forms of the demo data to DOCX, PDF and XLSX, and its refusals."""

import zipfile
from datetime import date

import pytest

from tbn4_desktop.cli import run
from tests.test_cli import assert_refused, tbn4

YEAR = date.today().year


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("form") / "данные"
    proc = tbn4("demo", "--data-dir", folder)
    assert proc.returncode == 0, proc.err
    return folder


def test_forms_of_the_demo_in_every_format(demo_dir, tmp_path):
    pdf = tmp_path / "Приложение 1.pdf"
    proc = tbn4("form", "app1", "--out", pdf, "--data-dir", demo_dir)
    assert proc.returncode == 0, proc.err
    assert proc.out.strip() == str(pdf) and pdf.read_bytes().startswith(b"%PDF-")

    docx = tmp_path / "Приложение 5.docx"
    assert run(["form", "app5", "--out", str(docx), "--data-dir", str(demo_dir), "--year", str(YEAR)]) == 0
    with zipfile.ZipFile(docx) as z:
        body = z.read("word/document.xml").decode("utf-8")
    assert "Уполномоченный по этике" in body and "Сәрсенбаева Г. Қ." in body  # the approver's name

    xlsx = tmp_path / "Приложение 3.xlsx"
    assert run(["form", "app3", "--out", str(xlsx), "--data-dir", str(demo_dir)]) == 0
    with zipfile.ZipFile(xlsx) as z:
        assert "xl/workbook.xml" in z.namelist()

    quarter = tmp_path / "2.2.1 I квартал.docx"
    assert (
        run(
            ["form", "app1", "--out", str(quarter), "--subtask", "2.2.1", "--period", "Q1", "--data-dir", str(demo_dir)]
        )
        == 0
    )
    with zipfile.ZipFile(quarter) as z:
        assert f"за I квартал {YEAR} года" in z.read("word/document.xml").decode("utf-8")


@pytest.mark.parametrize(
    ("args", "starts_with"),
    [
        (["app9", "--out", "{tmp}/x.pdf"], "Неизвестная форма «app9»"),
        (["app1", "--out", "{tmp}/x.odt"], "Неизвестный формат файла «x.odt»"),
        (
            ["app1", "--out", "{tmp}/x.xlsx"],
            "Приложение №1. Отчёт (справка) о соблюдении норм антикоррупционного "
            "законодательства: формат XLSX не предусмотрен",
        ),
        (["app1", "--out", "{tmp}/x.pdf", "--year", "2019"], "За 2019 год данных нет"),
        (["app1", "--out", "{tmp}/x.pdf", "--org", "123456789012"], "Организации с БИН 123456789012 нет в базе"),
        (["app1", "--out", "{tmp}/x.pdf", "--subtask", "9.9.9"], "Подзадачи 9.9.9 нет"),
        (["app2", "--out", "{tmp}/x.pdf", "--period", "M03"], "Период «M03» не подходит"),
        (
            ["app2", "--out", "{tmp}/x.pdf"],
            "Акт сверки (Приложение №2) составляется за квартал: выберите I квартал (Q1)",
        ),
        (["app1", "--out", "{tmp}/нет такой папки/x.pdf"], "Папка «"),
        (["app1", "--out", "{tmp}/x.pdf", "--consolidated"], "Сводную форму составить не из чего"),
        (["app5", "--out", "{tmp}/x.pdf", "--consolidated"], "Сводной формы «Приложение №5"),
    ],
)
def test_refusals_are_one_russian_line(demo_dir, tmp_path, capsys, args, starts_with):
    argv = ["form", *(a.replace("{tmp}", str(tmp_path)) for a in args), "--data-dir", str(demo_dir)]
    assert run(argv) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("tbn4: " + starts_with), captured.err
    assert not list(tmp_path.iterdir()), "nothing is left behind"


def test_an_unwritable_folder_is_refused_and_leaves_no_file(demo_dir, unwritable_dir):
    proc = tbn4("form", "app4", "--out", unwritable_dir / "Приложение 4.docx", "--data-dir", demo_dir)
    assert_refused(proc, "Форма не сохранена. Нет прав на запись")
    assert not list(unwritable_dir.iterdir())


def test_an_empty_data_folder_has_no_organisation(tmp_path, capsys):
    assert run(["form", "app1", "--out", str(tmp_path / "x.pdf"), "--data-dir", str(tmp_path / "пусто")]) == 1
    assert capsys.readouterr().err.startswith("tbn4: Организация не выбрана")


def test_a_consolidated_appendix_3_lists_every_subordinate(tmp_path):
    """The oblast prints one Appendix 3 for the region: its districts' companies."""
    from openpyxl import load_workbook

    from tbn4_desktop.services.context import open_app
    from tests.services.rollup_fixtures import BAIZAK, ZHUALY, make_region

    data_dir = tmp_path / "область"
    ctx = open_app(data_dir)
    try:
        catalog = ctx.catalog_for_year(2025)
        register = catalog.subtask("3.4.1").register
        with ctx.store.session() as s:
            region = make_region(s, catalog)
            from tbn4_desktop.services.registers import save_rows

            for name, company in ((BAIZAK, "ТОО «Байзак су»"), (ZHUALY, "ГКП «Жуалы жылу»")):
                save_rows(
                    s,
                    region.executions[(name, "3.4.1", "")],
                    register,
                    [
                        {
                            "parent_name": "Жамбылская область",
                            "company_name": company,
                            "ownership_form": "ТОО",
                            "staff_count": 10,
                            "budget": "1000000",
                            "has_compliance_service": "да",
                        }
                    ],
                )
    finally:
        ctx.close()
    out = tmp_path / "Сводное Приложение 3.xlsx"
    assert (
        run(["form", "app3", "--consolidated", "--year", "2025", "--out", str(out), "--data-dir", str(data_dir)]) == 0
    )
    cells = [str(c.value) for row in load_workbook(out).active.iter_rows() for c in row if c.value is not None]
    assert any("ТОО «Байзак су»" in c for c in cells) and any("ГКП «Жуалы жылу»" in c for c in cells)


# ------------------------------------------------------------------ long facts (issue 13)
LONG_YEAR = 2025
LONG_COMPANY = "ТОО «Байзак жылу»"


@pytest.fixture(scope="module")
def long_fact_dir(tmp_path_factory):
    """The demo of 2025 plus a 20,000-character fact in 2.5.3 (Appendix 1) and a
    40,000-character activity of a company in 3.4.1 (Appendix 3), saved as the
    register editor saves them."""
    from tbn4_desktop.services.context import open_app
    from tbn4_desktop.services.demo import create_demo
    from tbn4_desktop.services.executions import find_year_plan, list_executions
    from tbn4_desktop.services.registers import list_rows, save_rows
    from tests.core.test_forms_long import long_text

    folder = tmp_path_factory.mktemp("long") / "данные"
    ctx = open_app(folder)
    try:
        org = create_demo(ctx, LONG_YEAR)
        catalog = ctx.catalog_for_year(LONG_YEAR)
        with ctx.store.session() as s:
            executions = {e.subtask_code: e.id for e in list_executions(s, find_year_plan(s, org.id, LONG_YEAR).id)}
            for code, row in (
                (
                    "2.5.3",
                    {
                        "person_position": "главный специалист",
                        "person_name": "Касымов Ерлан Болатович",
                        "circumstances": long_text(20000),
                        "measures_taken": "Служебная проверка.",
                    },
                ),
                (
                    "3.4.1",
                    {
                        "parent_name": "Жамбылская область",
                        "company_name": LONG_COMPANY,
                        "ownership_form": "ТОО",
                        "activity": long_text(40000),
                        "has_compliance_service": "да",
                    },
                ),
            ):
                register = catalog.subtask(code).register
                rows = [r.values for r in list_rows(s, executions[code], register)]
                save_rows(s, executions[code], register, [*rows, row])
    finally:
        ctx.close()
    return folder


def test_a_20000_character_fact_is_printed_to_its_last_word(long_fact_dir, tmp_path):
    import re
    import subprocess

    from tests.core.test_forms_pdf import tool

    pdf = tmp_path / "x.pdf"
    proc = tbn4("form", "app1", "--out", pdf, "--year", LONG_YEAR, "--data-dir", long_fact_dir)
    assert proc.returncode == 0, proc.err
    assert proc.err == "" and proc.out.strip() == str(pdf)
    text = subprocess.run([tool("pdftotext"), "-raw", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    text = re.sub(r"(?<=\w)[-\u00ad] (?=\w)", "", " ".join(text.split()))
    assert re.search(r"начало20000(?!\d)", text) and re.search(r"конец20000(?!\d)", text)


def test_a_form_that_cannot_be_written_is_one_russian_line(long_fact_dir, tmp_path):
    """Excel keeps at most 32,767 characters in a cell: the XLSX of Appendix 3 is refused, naming the row."""
    from tbn4_desktop.core.forms.model import FormName

    proc = tbn4("form", "app3", "--out", tmp_path / "x.xlsx", "--year", LONG_YEAR, "--data-dir", long_fact_dir)
    assert_refused(proc, FormName.APP3.label + ":")
    assert proc.out == "" and LONG_COMPANY in proc.err
    assert not list(tmp_path.iterdir()), "nothing is left behind"
