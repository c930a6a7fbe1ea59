"""The `tbn4` command as an administrator runs it: a real subprocess."""

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from tbn4_desktop.core.bundle import verify_bundle

ROOT = Path(__file__).resolve().parents[1]
YEAR = date.today().year


def tbn4(*args, env=None, timeout=120):
    full_env = {**os.environ, "PYTHONIOENCODING": "", **(env or {})}
    full_env.pop("TBN4_DATA_DIR", None)
    proc = subprocess.run(
        [sys.executable, "-m", "tbn4_desktop", *map(str, args)],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        timeout=timeout,
    )
    proc.out = proc.stdout.decode("utf-8")
    proc.err = proc.stderr.decode("utf-8")
    return proc


def assert_refused(proc, starts_with):
    """Exit 1, nothing on stdout, one Russian line on stderr."""
    assert proc.returncode == 1, (proc.out, proc.err)
    lines = proc.err.splitlines()
    assert len(lines) == 1, proc.err
    assert lines[0].startswith("tbn4: " + starts_with), lines[0]
    assert "Traceback" not in proc.err


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli") / "данные"
    proc = tbn4("demo", "--data-dir", folder)
    assert proc.returncode == 0, proc.err
    assert proc.out.strip() == (
        f"Демонстрационные данные созданы: «Аппарат акима Байзакского района», {YEAR} год, папка данных {folder}."
    )
    return folder


# ---------------------------------------------------------------- catalog


def test_catalog_prints_a_readable_table(tmp_path):
    proc = tbn4("catalog", "--data-dir", tmp_path)
    assert proc.returncode == 0, proc.err
    lines = proc.out.splitlines()
    assert lines[0].startswith("Карта реализации ТБН №4")
    assert "Проект 1. Внутренний анализ коррупционных рисков" in lines
    row = next(line for line in lines if line.strip().startswith("4.2.2"))
    assert "Ежемесячно" in row and "Проведение ежемесячных" in row
    assert lines[-1] == "Всего подзадач: 37."
    assert not (tmp_path / "tbn4.sqlite3").exists(), "listing the catalog needs no database"


def test_catalog_json_is_a_list_of_subtasks(tmp_path):
    proc = tbn4("catalog", "--json", "--year", 2025, "--data-dir", tmp_path)
    assert proc.returncode == 0, proc.err
    data = json.loads(proc.out)
    assert isinstance(data, list) and len(data) == 37
    for sub in data:
        assert {"code", "title", "project", "task", "periodicity"} <= set(sub)
        assert sub["code"] == f"{sub['project']}.{sub['task']}.{sub['number']}"
        assert sub["periodicity"] in {"once", "quarterly", "monthly", "yearly"}
        assert isinstance(sub["title"], str) and sub["title"]
    assert [s["code"] for s in data][:3] == ["1.1.1", "1.1.2", "1.1.3"]


def test_catalog_for_a_year_before_any_catalog_is_refused(tmp_path):
    assert_refused(tbn4("catalog", "--year", 2001, "--data-dir", tmp_path), "Нет каталога ТБН №4 на 2001 год")


# ---------------------------------------------------------------- demo


def test_demo_twice_is_refused(demo_dir):
    assert_refused(
        tbn4("demo", "--data-dir", demo_dir), "В папке данных уже есть организация «Аппарат акима Байзакского района»"
    )


def test_demo_into_a_read_only_data_folder_is_refused(unwritable_dir):
    assert_refused(
        tbn4("demo", "--data-dir", unwritable_dir), f"Папка данных «{unwritable_dir}» доступна только для чтения."
    )


# ---------------------------------------------------------------- export


def test_export_writes_a_valid_bundle_and_a_summary(demo_dir, tmp_path):
    out = tmp_path / "Пакет ИСПУ.zip"
    proc = tbn4("export", "--year", YEAR, "--out", out, "--data-dir", demo_dir)
    assert proc.returncode == 0, proc.err
    lines = proc.out.splitlines()
    assert lines[0] == str(out)
    assert lines[1].startswith(f"Пакет за {YEAR} год: подзадач и периодов ")
    assert "файлов" in lines[1] and lines[1].endswith("МБ.")
    manifest = verify_bundle(out)
    assert manifest["organization"]["name"] == "Аппарат акима Байзакского района"
    assert f"подзадач и периодов {len(manifest['items'])} " in lines[1]


def test_export_with_an_explicit_organisation(demo_dir, tmp_path):
    manifest_org = verify_bundle(_export(demo_dir, tmp_path / "a.zip"))["organization"]
    proc = tbn4(
        "export", "--year", YEAR, "--out", tmp_path / "b.zip", "--org", manifest_org["id"], "--data-dir", demo_dir
    )
    assert proc.returncode == 0, proc.err
    assert_refused(
        tbn4("export", "--year", YEAR, "--out", tmp_path / "c.zip", "--org", 999, "--data-dir", demo_dir),
        "Организации с номером 999 нет в базе",
    )


def _export(data_dir, out):
    proc = tbn4("export", "--year", YEAR, "--out", out, "--data-dir", data_dir)
    assert proc.returncode == 0, proc.err
    return out


def test_export_to_an_unwritable_folder_is_refused(demo_dir, unwritable_dir):
    proc = tbn4("export", "--year", YEAR, "--out", unwritable_dir / "b.zip", "--data-dir", demo_dir)
    assert_refused(proc, "Не удалось создать файл пакета. Нет прав на запись или чтение")
    assert proc.out == ""
    assert list(unwritable_dir.iterdir()) == []


def test_export_of_a_year_without_data_is_refused(demo_dir, tmp_path):
    assert_refused(
        tbn4("export", "--year", YEAR + 1, "--out", tmp_path / "b.zip", "--data-dir", demo_dir),
        f"За {YEAR + 1} год данных нет",
    )


def test_export_before_any_organisation_is_refused(tmp_path):
    assert_refused(
        tbn4("export", "--year", YEAR, "--out", tmp_path / "b.zip", "--data-dir", tmp_path / "пусто"),
        "Организация ещё не настроена",
    )


# ---------------------------------------------------------------- usage errors and console


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["export", "--year", "2025"],
            "tbn4: Укажите один из параметров: --out --folder. Справка: tbn4 export --help.",
        ),
        (
            ["нет-такой-команды"],
            "tbn4: Параметр COMMAND: значение «нет-такой-команды» не допускается (допустимые: gui, ",
        ),
        (
            ["catalog", "--no-such-option"],
            "tbn4: Неизвестные параметры: --no-such-option. Справка: tbn4 catalog --help.",
        ),
        (
            ["catalog", "--year"],
            "tbn4: Параметр --year: после него нужно указать значение. Справка: tbn4 catalog --help.",
        ),
    ],
)
def test_usage_errors_exit_2_with_one_russian_line(args, line, tmp_path):
    proc = tbn4(*args, "--data-dir", tmp_path)
    assert proc.returncode == 2, (proc.out, proc.err)
    assert proc.out == ""
    assert len(proc.err.splitlines()) == 1 and proc.err.startswith(line), proc.err
    assert proc.err.rstrip().endswith("--help.")
    assert not (tmp_path / "tbn4.sqlite3").exists()


def test_help_is_in_russian():
    proc = tbn4("export", "--help")
    assert proc.returncode == 0, proc.err
    assert proc.out.startswith("использование: tbn4 export ")
    assert "\nпараметры:\n" in proc.out and "показать эту справку и выйти" in proc.out
    assert "пакет в виде ZIP-файла" in proc.out


def test_russian_output_survives_a_non_utf8_console(demo_dir, tmp_path):
    # A Windows console or a redirected stream may use cp866/cp1251/cp1252.
    ok = tbn4("catalog", "--data-dir", tmp_path, env={"PYTHONIOENCODING": "cp1252"})
    assert ok.returncode == 0, ok.stderr
    assert "Внутренний анализ коррупционных рисков" in ok.out
    refused = tbn4("demo", "--data-dir", demo_dir, env={"PYTHONIOENCODING": "cp866"})
    assert_refused(refused, "В папке данных уже есть организация")


# --------------------------------------------------------------- workdays


def test_workdays_add_crosses_a_working_sunday(tmp_path):
    proc = tbn4("workdays", "add", "2025-01-03", "1", "--data-dir", tmp_path)
    assert proc.returncode == 0, proc.err
    assert proc.out == "2025-01-05\n"
    back = tbn4("workdays", "add", "2025-01-06", "-1")
    assert (back.returncode, back.out) == (0, "2025-01-05\n")


def test_workdays_add_json():
    proc = tbn4("workdays", "add", "2025-03-20", "1", "--json")
    assert proc.returncode == 0, proc.err
    assert json.loads(proc.out) == {"date": "2025-03-26", "start": "2025-03-20", "workdays": 1}


def test_workdays_count_plain_and_json():
    proc = tbn4("workdays", "count", "2025-01-01", "2025-12-31")
    assert (proc.returncode, proc.out) == (0, "246\n")
    proc = tbn4("workdays", "count", "2025-01-01", "2025-01-31", "--json")
    assert json.loads(proc.out) == {"from": "2025-01-01", "to": "2025-01-31", "workdays": 20}


def test_workdays_list_plain_and_json():
    proc = tbn4("workdays", "list", "2025")
    assert proc.returncode == 0, proc.err
    lines = proc.out.splitlines()
    assert lines[2].startswith("03.01.2025  выходной") and "05.01.2025" in lines[2]
    assert lines[3].startswith("05.01.2025  рабочий день")
    assert any(line.startswith("06.06.2025  праздник") and "Курбан айт" in line for line in lines)
    assert proc.err == ""
    data = json.loads(tbn4("workdays", "list", "2025", "--json").out)
    assert data["official"] is True
    assert {"date": "2025-01-05", "kind": "working_day"}.items() <= data["days"][3].items()


@pytest.mark.parametrize(
    ("args", "starts_with"),
    [
        (("add", "2025-02-30", "1"), "«2025-02-30» — не дата"),
        (("add", "2025-01-03", "пять"), "«пять» — не целое число"),
        (("count", "2025-01-01", "31.12.2025"), "«31.12.2025» — не дата"),
        (("list", "двадцать"), "«двадцать» — не год: укажите год числом от 2000 до 2100."),
        (("list", "1999"), "Год 1999 вне допустимого диапазона: укажите год от 2000 до 2100."),
        (
            ("add", "1999-12-31", "1"),
            "Дата 31.12.1999 вне допустимого диапазона: укажите дату с 01.01.2000 по 31.12.2100.",
        ),
        (("add", "2100-12-31", "1"), "Календарь рабочих дней охватывает"),
    ],
)
def test_workdays_bad_input_is_refused(args, starts_with):
    assert_refused(tbn4("workdays", *args), starts_with)


@pytest.mark.parametrize("args", [("workdays",), ("workdays", "add", "2025-01-03"), ("workdays", "sum", "1", "2")])
def test_workdays_usage_errors_exit_2(args):
    proc = tbn4(*args)
    assert proc.returncode == 2, (proc.out, proc.err)


# -------------------------------------------------------------- deadlines


def _demo_anchors(folder):
    """Anchor dates of the demo year, entered as the dialog would."""
    from tbn4_desktop.core.catalog import AnchorEvent
    from tbn4_desktop.services.deadlines import set_anchors
    from tbn4_desktop.services.executions import find_year_plan
    from tbn4_desktop.services.organizations import get_current_organization
    from tbn4_desktop.store import open_store

    store = open_store(folder)
    try:
        with store.session() as s:
            plan = find_year_plan(s, get_current_organization(s).id, YEAR)
            set_anchors(s, plan.id, {AnchorEvent.ANALYSIS_START: date(YEAR, 5, 12)})
    finally:
        store.close()


def test_deadlines_text_and_json(demo_dir):
    _demo_anchors(demo_dir)
    as_of = f"{YEAR}-05-04"
    proc = tbn4("deadlines", "--data-dir", demo_dir, "--as-of", as_of)
    assert proc.returncode == 0, proc.err
    lines = proc.out.splitlines()
    assert lines[0] == f"Сроки «Аппарат акима Байзакского района», {YEAR} год, на 04.05.{YEAR}"
    line = next(line for line in lines if line.startswith("1.1.3 "))
    assert "за 10 рабочих дней до начала внутреннего анализа коррупционных рисков" in line
    assert any(line.startswith("1.1.9  I квартал") for line in lines)
    data = json.loads(tbn4("deadlines", "--data-dir", demo_dir, "--as-of", as_of, "--json").out)
    first = next(x for x in data if x["code"] == "1.1.3")
    assert set(first) == {"code", "period", "due", "state", "explanation", "warnings"}
    assert date.fromisoformat(first["due"]) < date(YEAR, 5, 12)
    assert {x["state"] for x in data} >= {"no_date"}
    assert all(x["due"] is None or date.fromisoformat(x["due"]) for x in data)


@pytest.mark.parametrize(
    ("args", "starts_with"),
    [
        (("--as-of", "2025-02-30"), "«2025-02-30» — не дата"),
        (("--year", "двадцать"), "«двадцать» — не год"),
        (("--year", "2001"), "За 2001 год у организации"),
    ],
)
def test_deadlines_bad_input_is_refused(demo_dir, args, starts_with):
    assert_refused(tbn4("deadlines", "--data-dir", demo_dir, *args), starts_with)


def test_deadlines_without_an_organisation_is_refused(tmp_path):
    assert_refused(tbn4("deadlines", "--data-dir", tmp_path / "пусто"), "Организация не выбрана")


def test_workdays_use_the_stored_decrees(tmp_path):
    from tbn4_desktop.core.workdays import CalendarEntry
    from tbn4_desktop.services.deadlines import add_decree
    from tbn4_desktop.store import open_store

    folder = tmp_path / "данные"
    store = open_store(folder)
    try:
        with store.session() as s:
            add_decree(s, CalendarEntry(date(2025, 7, 15), "day_off", "Выходной по постановлению"))
    finally:
        store.close()
    proc = tbn4("workdays", "add", "2025-07-14", "1", "--data-dir", folder)
    assert (proc.returncode, proc.out) == (0, "2025-07-16\n"), proc.err
    assert tbn4("workdays", "add", "2025-07-14", "1", "--data-dir", tmp_path / "нет").out == "2025-07-15\n"
    listed = tbn4("workdays", "list", "2025", "--data-dir", folder).out
    assert "15.07.2025  выходной" in listed and "Выходной по постановлению" in listed
