"""`tbn4 journal`: the journal of changes from the command line — printed
oldest first, as JSON, or saved as XLSX atomically; every refusal is exit 1
with one Russian line."""

from __future__ import annotations

import errno
import json
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from tests.test_cli_evidence import refused, run

YEAR = 2025


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory):
    from tbn4_desktop.services.context import open_app
    from tbn4_desktop.services.demo import create_demo

    folder = tmp_path_factory.mktemp("journal") / "данные"
    ctx = open_app(folder)
    try:
        create_demo(ctx, YEAR)
    finally:
        ctx.close()
    return folder


def test_the_journal_of_one_subtask_is_printed_oldest_first(demo_dir):
    result = run(demo_dir, "journal", "--code", "1.2.1", "--year", str(YEAR))
    assert result.rc == 0 and result.err == ""
    lines = result.out.splitlines()
    assert lines and all("  1.2.1  " in line for line in lines)
    numbers = [int(line.split()[0].lstrip("№")) for line in lines]
    assert numbers == sorted(numbers)
    assert any(
        "Таблица «Перечень должностей, подверженных коррупционным рискам», строка 1 добавлена" in line for line in lines
    )


def test_json_has_every_field_and_the_filter_holds(demo_dir):
    result = run(demo_dir, "journal", "--year", str(YEAR), "--json")
    assert result.rc == 0
    entries = json.loads(result.out)
    assert entries and {e["year"] for e in entries} == {YEAR}
    first = entries[0]
    assert set(first) == {
        "id",
        "at",
        "user",
        "host",
        "organization_id",
        "organization",
        "year",
        "code",
        "period",
        "action",
        "action_label",
        "summary",
        "details",
    }
    assert datetime.fromisoformat(first["at"]).tzinfo is not None
    uploads = [e for e in entries if e["action"] == "upload_marked"]
    assert uploads and uploads[0]["action_label"] == "Отмечена загрузка в ИСПУ"
    assert run(demo_dir, "journal", "--code", "9.9.9").out == "Записей в журнале изменений по этому отбору нет.\n"


def test_xlsx_is_written_with_real_dates_and_nothing_left_behind(demo_dir, tmp_path):
    target = tmp_path / "Журнал изменений.xlsx"
    result = run(demo_dir, "journal", "--xlsx", target)
    assert result.rc == 0 and result.err == ""
    count = json.loads(run(demo_dir, "journal", "--json").out)
    assert result.out.splitlines() == [str(target), f"Записей журнала изменений: {len(count)}."]
    ws = load_workbook(target).active
    assert [c.value for c in ws[1]][:4] == ["№", "Когда", "Пользователь", "Компьютер"]
    assert isinstance(ws["B2"].value, datetime) and ws.max_row == len(count) + 1
    assert ws.column_dimensions["J"].width > ws.column_dimensions["F"].width  # «Что изменено» wider than «Год»
    assert sorted(p.name for p in tmp_path.iterdir()) == ["Журнал изменений.xlsx"]


@pytest.mark.parametrize(
    "args, starts_with",
    [
        (("--year", "0"), "Год 0 вне допустимого диапазона"),
        (("--year", "двадцать"), "«двадцать» — не год"),
        (("--code", "abc"), "«abc» — не код подзадачи"),
        (("--xlsx", "/нет/такой/папки/журнал.xlsx"), "Папка «/нет/такой/папки» не существует."),
        (("--xlsx", "журнал.txt"), "Журнал сохраняется в файл XLSX"),
        (("--xlsx", "ж" * 240 + ".xlsx"), "Имя «жжжжжжжжжжжжжжжжжжжжжжжжжжжжжжжжжжжжжжжж…» слишком длинное"),
    ],
)
def test_bad_input_is_refused_in_one_line(demo_dir, tmp_path, monkeypatch, args, starts_with):
    monkeypatch.chdir(tmp_path)
    refused(demo_dir, "journal", *args, starts_with=starts_with)
    assert list(tmp_path.iterdir()) == []


def test_a_full_disk_is_an_error_and_leaves_no_file(demo_dir, tmp_path, monkeypatch):
    import tbn4_desktop.services.journal_files as files

    def full_disk(*_args, **_kw):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files, "write_journal_xlsx", full_disk)
    target = tmp_path / "журнал.xlsx"
    line = refused(demo_dir, "journal", "--xlsx", target, starts_with="Журнал не сохранён. На диске закончилось место")
    assert str(target) in line and list(tmp_path.iterdir()) == []


def test_a_broken_chain_is_reported_after_the_entries(tmp_path):
    from tbn4_desktop.services.audit import record_event
    from tbn4_desktop.services.context import open_app

    folder = tmp_path / "данные"
    ctx = open_app(folder)
    try:
        with ctx.store.session() as s:
            for n in range(3):
                record_event(s, "backup", summary=f"Сделана резервная копия {n}.")
        with ctx.store.engine.begin() as conn:
            conn.execute(text("UPDATE audit_entry SET summary = 'Ничего не было.' WHERE id = 2"))
    finally:
        ctx.close()
    result = run(folder, "journal")
    assert result.rc == 0 and len(result.out.splitlines()) == 3
    assert result.err.startswith(
        "tbn4: внимание: журнал изменений нарушен (нарушений 1): Запись журнала изменений №2 от "
    )
    assert len(result.err.splitlines()) == 1


def test_an_empty_journal(tmp_path):
    assert run(tmp_path / "новая", "journal").out == "Записей в журнале изменений нет.\n"


def test_usage_is_in_the_help(tmp_path):
    result = run(Path(tmp_path), "journal", "--help")
    assert result.rc == 0 and "--xlsx" in result.out
