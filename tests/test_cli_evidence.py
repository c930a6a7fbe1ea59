"""The «done» model from the command line (issue 11, item 7): an
administrator sets up an organisation and fills a year's checklists with
`tbn4 org init | signatory add | applicability set | supervised add |
attach | link | waive | anchor set | due set | karta import | complete |
uploaded | status`. Commands run in-process through `cli.run` (and a few as
a real subprocess); every refusal is exit 1 with one Russian line."""

from __future__ import annotations

import io
import json
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PIL import Image

from tbn4_desktop import cli
from tbn4_desktop.core.workdays import load_calendar
from tests.test_cli import assert_refused
from tests.test_cli import tbn4 as tbn4_process

YEAR = date.today().year - 1  # a whole past year: every date of the story lies before today
Y = ("--year", str(YEAR))
ORG = "Аппарат акима Байзакского района"
BIN = "050340001235"
PARENT = "Аппарат акима Жамбылской области"
AKIM = "Жанабаев Ерлан Сапарбекович"
CHIEF = "Сейтказиев Нурлан Болатович"
ETHICS = "Омарова Айгуль Сериковна"


@dataclass
class Result:
    rc: int
    out: str
    err: str


def run(folder: Path, *args: str) -> Result:
    """`tbn4 ARGS --data-dir FOLDER`, in-process."""
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            rc = cli.run([*map(str, args), "--data-dir", str(folder)])
        except SystemExit as exc:  # argparse: a usage error
            rc = exc.code
    return Result(rc, out.getvalue(), err.getvalue())


def ok(folder: Path, *args: str) -> str:
    result = run(folder, *args)
    assert result.rc == 0, (args, result.err)
    assert result.err == ""
    return result.out


def refused(folder: Path, *args: str, starts_with: str) -> str:
    """Exit 1, nothing on stdout, one line «tbn4: …» on stderr."""
    result = run(folder, *args)
    assert result.rc == 1, (args, result.out, result.err)
    assert result.out == ""
    lines = result.err.splitlines()
    assert len(lines) == 1, result.err
    assert lines[0].startswith("tbn4: " + starts_with), lines[0]
    return lines[0]


def pdf(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", (200, 280), "white").save(path, "PDF")
    return path


def blobs(folder: Path) -> list[Path]:
    root = folder / "attachments"
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def d(month: int, day: int) -> str:
    return date(YEAR, month, day).isoformat()


def set_up(folder: Path) -> None:
    """The organisation with its three signatories, as the story starts."""
    ok(folder, "org", "init", "--name", ORG, "--bin", BIN, "--level", "district", "--parent", PARENT)
    ok(folder, "signatory", "add", AKIM, "--position", "Аким Байзакского района", "--role", "district_akim")
    ok(
        folder,
        "signatory",
        "add",
        CHIEF,
        "--position",
        "Руководитель аппарата акима района",
        "--role",
        "chief_of_staff",
    )
    ok(folder, "signatory", "add", ETHICS, "--position", "Уполномоченный по этике", "--role", "ethics_commissioner")


@pytest.fixture
def folder(tmp_path) -> Path:
    data = tmp_path / "данные"
    set_up(data)
    return data


@pytest.fixture
def scan(tmp_path) -> Path:
    return pdf(tmp_path / "файлы" / "Приказ подписанный.pdf")


def status_json(folder: Path, *args: str) -> dict:
    return json.loads(ok(folder, "status", *Y, "--json", *args))


def item(status: dict, code: str, period: str = "") -> dict:
    return next(i for i in status["items"] if (i["code"], i["period"]) == (code, period))


def slot(entry: dict, key: str) -> dict:
    return next(s for s in entry["slots"] if s["key"] == key)


# ---------------------------------------------------------------- the whole small year


def test_an_administrator_scripts_a_small_year_from_an_empty_data_folder(tmp_path):
    folder = tmp_path / "данные"
    files = tmp_path / "файлы"

    # The organisation, its signatories, the answers and the supervised companies.
    out = ok(folder, "org", "init", "--name", ORG, "--bin", BIN, "--level", "district", "--parent", PARENT)
    assert out == (
        f"Организация создана: «{ORG}», БИН {BIN}, уровень «Акимат района (города)», "
        f"вышестоящий орган «{PARENT}». Добавьте подписантов: tbn4 signatory add.\n"
    )
    assert (
        ok(folder, "signatory", "add", AKIM, "--position", "Аким Байзакского района", "--role", "district_akim")
        == f"Подписант добавлен: {AKIM} — Аким Байзакского района, роль: аким района (города).\n"
    )
    ok(
        folder,
        "signatory",
        "add",
        CHIEF,
        "--position",
        "Руководитель аппарата акима района",
        "--role",
        "chief_of_staff",
    )
    ok(folder, "signatory", "add", ETHICS, "--position", "Уполномоченный по этике", "--role", "ethics_commissioner")
    people = json.loads(ok(folder, "signatory", "list", "--json"))
    assert [(p["full_name"], p["role"], p["active"]) for p in people] == [
        (AKIM, "district_akim", True),
        (CHIEF, "chief_of_staff", True),
        (ETHICS, "ethics_commissioner", True),
    ]

    out = ok(folder, "applicability", "set", "system_wide_analysis", "no", *Y)
    assert out.startswith(f"{YEAR} год, «Руководитель (аким) принял решение") and "нет." in out and "1.1.1" in out
    ok(folder, "applicability", "set", "supervises_quasi", "yes", *Y)
    answers = {q["key"]: q["answer"] for q in json.loads(ok(folder, "applicability", "list", *Y, "--json"))}
    assert answers == {"system_wide_analysis": False, "supervises_quasi": True}
    ok(folder, "supervised", "add", "ГКП «Байзак Су»", "--bin", "050340001235")
    ok(folder, "supervised", "add", "ТОО «Байзак Жылу»")
    assert [e["name"] for e in json.loads(ok(folder, "supervised", "list", "--json"))] == [
        "ГКП «Байзак Су»",
        "ТОО «Байзак Жылу»",
    ]

    ok(folder, "anchor", "set", "analysis_start", d(2, 19), *Y)
    assert ok(folder, "anchor", "set", "analysis_end", d(3, 31), *Y) == (
        f"{YEAR} год, завершение внутреннего анализа коррупционных рисков: 31.03.{YEAR}.\n"
    )

    # 1.1.2: the order, signed by the akim; the Карта date; done and uploaded in time.
    out = ok(
        folder, "attach", "1.1.2", pdf(files / "Приказ.pdf"), "--doc", "order", "--signer", AKIM, "--date", d(2, 10), *Y
    )
    assert out.splitlines()[0] == (
        "Файл «Приказ.pdf», скан подписанного документа, добавлен: 1.1.2, документ "
        "«Утверждённый приказ о проведении внутреннего анализа коррупционных рисков»."
    )
    assert out.splitlines()[1].startswith("✔ Утверждённый приказ") and f"дата утверждения 10.02.{YEAR}" in out
    assert ok(folder, "due", "set", "1.1.2", d(2, 20), *Y) == f"1.1.2: срок по Карте 20.02.{YEAR}.\n"
    assert ok(folder, "complete", "1.1.2", *Y).startswith("1.1.2: «Готово к загрузке».")
    assert ok(folder, "uploaded", "1.1.2", "--on", d(2, 18), "--number", "ИСПУ-17", *Y) == (
        f"1.1.2: «Загружено в ИСПУ» 18.02.{YEAR}, номер в ИСПУ ИСПУ-17.\n"
    )

    # 1.1.5: the protocol and its publication in all three channels; refused
    # while two channels are missing, then accepted.
    ok(
        folder,
        "attach",
        "1.1.5",
        pdf(files / "Протокол.pdf"),
        "--doc",
        "protocol",
        "--signer",
        CHIEF,
        "--date",
        d(3, 10),
        *Y,
    )
    out = ok(
        folder,
        "link",
        "1.1.5",
        "https://www.gov.kz/memleket/entities/zhambyl-bayzak/press/news/details/1",
        "--doc",
        "link",
        "--channel",
        "site",
        "--date",
        d(3, 21),
        *Y,
    )
    assert "канал «интернет-ресурс»" in out and "нет каналов: СМИ, социальные сети" in out
    line = refused(folder, "complete", "1.1.5", *Y, starts_with="Подзадачу 1.1.5 нельзя завершить:")
    assert "нет ссылки в каналах: СМИ, социальные сети" in line
    ok(
        folder,
        "link",
        "1.1.5",
        "https://baizak-times.kz/news/5",
        "--doc",
        "link",
        "--channel",
        "media",
        "--date",
        d(3, 22),
        *Y,
    )
    ok(
        folder,
        "link",
        "1.1.5",
        "https://www.instagram.com/p/bayzak5",
        "--doc",
        "link",
        "--channel",
        "social",
        "--date",
        d(3, 22),
        *Y,
    )
    again = ok(folder, "link", "1.1.5", "https://baizak-times.kz/news/5", "--doc", "link", "--channel", "media", *Y)
    assert "уже есть" in again and "ничего не изменено" in again
    ok(folder, "complete", "1.1.5", *Y)

    # 3.1.1, I quarter: the link «не опубликовано» (a reason the slot allows).
    ok(
        folder,
        "attach",
        "3.1.1",
        pdf(files / "Информация.pdf"),
        "--period",
        "Q1",
        "--doc",
        "info",
        "--signer",
        CHIEF,
        "--date",
        d(3, 28),
        *Y,
    )
    ok(
        folder,
        "attach",
        "3.1.1",
        pdf(files / "Протокол совещания.pdf"),
        "--period",
        "q1",
        "--doc",
        "protocol",
        "--date",
        d(3, 25),
        *Y,
    )
    assert ok(folder, "waive", "3.1.1", "--period", "Q1", "--doc", "link", "--reason", "  Не   опубликовано ", *Y) == (
        "3.1.1 (I квартал): документ «Ссылка на интернет-ресурс, на котором опубликована информация о "
        "мероприятии» отмечен «не требуется» (не опубликовано).\n"
    )
    ok(folder, "complete", "3.1.1", "--period", "Q1", *Y)

    # 2.1.1: Appendix 1 signed by the chief of staff; refused naming the
    # missing letter, the letter and reply «не требуется», then uploaded late.
    ok(
        folder,
        "attach",
        "2.1.1",
        pdf(files / "Приложение 1.pdf"),
        "--doc",
        "app1",
        "--signer",
        CHIEF,
        "--date",
        d(12, 1),
        *Y,
    )
    line = refused(folder, "complete", "2.1.1", *Y, starts_with="Подзадачу 2.1.1 нельзя завершить: нет файла «")
    letter = slot(item(status_json(folder), "2.1.1"), "letter")["title"]
    assert f"нет файла «{letter}»" in line
    reason = "фактов не выявлено, сообщений не направлялось"
    ok(folder, "waive", "2.1.1", "--doc", "letter", "--reason", reason, *Y)
    ok(folder, "waive", "2.1.1", "--doc", "reply", "--reason", reason, *Y)
    ok(folder, "due", "set", "2.1.1", d(12, 10), *Y)
    ok(folder, "complete", "2.1.1", *Y)
    ok(folder, "uploaded", "2.1.1", "--on", d(12, 15), *Y)

    # A waiver taken back makes 3.1.1 incomplete again.
    ok(folder, "waive", "3.1.1", "--period", "Q1", "--doc", "link", "--undo", *Y)
    ok(folder, "waive", "3.1.1", "--period", "Q1", "--doc", "link", "--reason", "не опубликовано", *Y)

    status = status_json(folder, "--as-of", d(12, 20))
    assert (status["organization"], status["year"], status["as_of"]) == (ORG, YEAR, d(12, 20))
    assert not any(i["code"] == "1.1.1" for i in status["items"]), "answered «нет»: 1.1.1 does not apply"

    s112 = item(status, "1.1.2")
    assert (s112["status"], s112["complete"]) == ("uploaded", True)
    assert s112["upload"] == {"uploaded_on": d(2, 18), "ispu_reference": "ИСПУ-17"}
    assert s112["deadline"]["judged_by"] == "upload" and s112["deadline"]["state"] == "done_on_time"
    assert s112["deadline"]["due"] == d(2, 20) and s112["deadline"]["judged_on"] == d(2, 18)
    order = slot(s112, "order")
    assert order["satisfied"] and order["signer"] == {"name": AKIM, "role": "district_akim"}
    assert order["signer_allowed"] is True and order["date"] == d(2, 10) and order["files"] == ["Приказ.pdf"]

    s115 = item(status, "1.1.5")
    assert (s115["status"], s115["complete"]) == ("ready_for_upload", True)
    assert s115["deadline"]["judged_by"] == "protocol" and s115["deadline"]["state"] == "done_on_time", s115["deadline"]
    # 5 working days before the end of the analysis (31 March)
    assert s115["deadline"]["due"] == load_calendar().add_workdays(date(YEAR, 3, 31), -5).isoformat()
    assert s115["deadline"]["judged_on"] == d(3, 10)
    links = slot(s115, "link")
    assert sorted(l["channel"] for l in links["links"]) == ["media", "site", "social"]
    assert links["missing_channels"] == [] and links["satisfied"]

    s311 = item(status, "3.1.1", "Q1")
    assert s311["complete"] and slot(s311, "link")["waived"] == "не опубликовано"
    assert slot(s311, "link")["satisfied"] is False and slot(s311, "link")["ok"] is True
    assert item(status, "3.1.1", "Q2")["status"] == "not_started"

    s211 = item(status, "2.1.1")
    assert (s211["status"], s211["complete"]) == ("uploaded", True)
    assert s211["deadline"]["state"] == "done_late" and s211["deadline"]["judged_by"] == "upload"
    assert s211["upload"]["uploaded_on"] == d(12, 15)
    assert slot(s211, "app1")["signer"]["role"] == "chief_of_staff"
    assert [slot(s211, k)["waived"] for k in ("letter", "reply")] == [reason, reason]

    # The readable table says the same.
    text = ok(folder, "status", *Y, "--as-of", d(12, 20)).splitlines()
    assert text[0] == f"Исполнение «{ORG}», {YEAR} год, на 20.12.{YEAR}"
    row = next(l for l in text if l.startswith("2.1.1 "))
    assert "Загружено в ИСПУ" in row and f"10.12.{YEAR}" in row and "Выполнено с опозданием" in row
    assert row.endswith("по загрузке")
    assert next(l for l in text if l.startswith("1.1.5 ")).endswith("по дате документа")
    at = text.index(row)
    assert text[at + 1].startswith("    ✔ ") and f"подписал(а) {CHIEF}, руководитель аппарата" in text[at + 1]
    assert text[at + 2] == f"    — {letter}: не требуется: {reason}"
    assert f"    Загружено в ИСПУ 15.12.{YEAR}" in text

    # The same JSON from a real `tbn4` process.
    proc = tbn4_process("status", "--json", *Y, "--as-of", d(12, 20), "--data-dir", folder)
    assert proc.returncode == 0, proc.err
    assert json.loads(proc.out) == status


# ---------------------------------------------------------------- refusals: exit 1, one line, nothing stored


def test_a_wrong_doc_key_is_refused_naming_the_keys(folder, scan):
    line = refused(
        folder,
        "attach",
        "1.1.2",
        scan,
        "--doc",
        "protocol",
        *Y,
        starts_with="У подзадачи 1.1.2 нет документа «protocol»: укажите в --doc один из ключей: order",
    )
    assert "Утверждённый приказ" in line
    refused(
        folder,
        "link",
        "1.1.5",
        "https://gov.kz/a",
        "--doc",
        "links",
        *Y,
        starts_with="У подзадачи 1.1.5 нет документа «links»",
    )
    assert blobs(folder) == []


def test_a_signer_the_slot_does_not_allow_is_refused_and_nothing_is_stored(folder, scan):
    line = refused(
        folder,
        "attach",
        "2.1.1",
        scan,
        "--doc",
        "app1",
        "--signer",
        AKIM,
        *Y,
        starts_with=f"{AKIM}, аким района (города), не может подписывать документ",
    )
    assert line.endswith("его подписывает: руководитель аппарата.")
    assert blobs(folder) == []
    s211 = item(status_json(folder), "2.1.1")
    assert (s211["status"], slot(s211, "app1")["files"], slot(s211, "app1")["signer"]) == ("not_started", [], None)


def test_a_draft_does_not_satisfy_a_signed_document(folder, scan):
    out = ok(folder, "attach", "1.1.2", scan, "--doc", "order", "--draft", *Y)
    assert out.startswith("Файл «Приказ подписанный.pdf», проект документа (без подписи), добавлен")
    order = slot(item(status_json(folder), "1.1.2"), "order")
    assert (order["files"], order["satisfied"]) == (["Приказ подписанный.pdf"], False)
    refused(
        folder,
        "complete",
        "1.1.2",
        *Y,
        starts_with="Подзадачу 1.1.2 нельзя завершить: нет подписанного документа «Утверждённый приказ",
    )


def test_status_says_when_the_signer_may_no_longer_sign(folder, scan):
    from tbn4_desktop.core.vocabulary import SignerRole
    from tbn4_desktop.services.context import open_app
    from tbn4_desktop.services.organizations import (
        SignatoryInput,
        get_current_organization,
        list_signatories,
        update_signatory,
    )

    ok(folder, "attach", "1.1.2", scan, "--doc", "order", "--signer", AKIM, "--date", d(2, 10), *Y)
    ctx = open_app(folder)  # the akim's role corrected in the app afterwards
    try:
        with ctx.store.session() as s:
            akim = list_signatories(s, get_current_organization(s).id)[0]
            update_signatory(
                s, akim.id, SignatoryInput(AKIM, "Заместитель акима", SignerRole.DEPUTY_HEAD), akim.version
            )
    finally:
        ctx.close()
    order = slot(item(status_json(folder), "1.1.2"), "order")
    assert (order["signer_allowed"], order["satisfied"], order["ok"]) == (False, False, False)
    row = next(l for l in ok(folder, "status", *Y).splitlines() if l.startswith("    ✖ Утверждённый приказ"))
    assert f"подписал(а) {AKIM}, заместитель первого руководителя, не может подписывать" in row


def test_an_unknown_signer_is_refused_naming_the_signatories(folder, scan):
    line = refused(
        folder,
        "attach",
        "1.1.2",
        scan,
        "--doc",
        "order",
        "--signer",
        "Иванов Иван",
        *Y,
        starts_with="Подписанта «Иванов Иван» нет среди подписантов организации:",
    )
    assert AKIM in line and CHIEF in line
    assert blobs(folder) == []


def test_a_signer_for_a_document_nobody_signs_is_refused(folder, scan):
    refused(
        folder,
        "attach",
        "3.1.1",
        scan,
        "--period",
        "Q1",
        "--doc",
        "protocol",
        "--signer",
        CHIEF,
        *Y,
        starts_with="Документ «",
    )
    assert blobs(folder) == []


def test_an_unknown_role_is_refused(folder):
    refused(
        folder,
        "signatory",
        "add",
        "Петров Пётр",
        "--position",
        "Аким",
        "--role",
        "akim",
        starts_with="Неизвестная роль «akim»: укажите одну из first_head, deputy_head, chief_of_staff, "
        "district_akim, ethics_commissioner.",
    )
    refused(
        folder,
        "signatory",
        "add",
        AKIM,
        "--position",
        "Аким",
        "--role",
        "district_akim",
        starts_with=f"Подписант «{AKIM}» уже есть в списке организации.",
    )
    assert len(json.loads(ok(folder, "signatory", "list", "--json"))) == 3


@pytest.mark.parametrize(
    "args",
    [
        ("attach", "1.1.2", "{scan}", "--doc", "order", "--date", "{year}-02-30"),
        ("link", "1.1.8", "https://gov.kz/a", "--doc", "link", "--date", "{year}-02-30"),
        ("uploaded", "1.1.2", "--on", "{year}-02-30"),
        ("anchor", "set", "analysis_start", "{year}-02-30"),
        ("due", "set", "1.1.2", "{year}-02-30"),
        ("status", "--as-of", "{year}-02-30"),
    ],
)
def test_a_bad_date_is_refused(folder, scan, args):
    args = [a.format(scan=scan, year=YEAR) for a in args]
    refused(folder, *args, *Y, starts_with=f"«{YEAR}-02-30» — не дата: укажите существующую дату в виде ГГГГ-ММ-ДД.")
    assert blobs(folder) == []


def test_a_document_date_in_the_future_is_refused_and_nothing_is_stored(folder, scan):
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    refused(
        folder,
        "attach",
        "1.1.2",
        scan,
        "--doc",
        "order",
        "--signer",
        AKIM,
        "--date",
        tomorrow,
        *Y,
        starts_with="Дата утверждения не может быть в будущем.",
    )
    assert blobs(folder) == []
    assert slot(item(status_json(folder), "1.1.2"), "order")["signer"] is None


def test_an_upload_date_in_the_future_is_refused(folder, scan):
    ok(folder, "attach", "1.1.2", scan, "--doc", "order", "--signer", AKIM, "--date", d(2, 10), *Y)
    refused(
        folder,
        "uploaded",
        "1.1.2",
        "--on",
        d(2, 12),
        *Y,
        starts_with="Отметить загрузку можно только для подзадач со статусом «Готово к загрузке»",
    )
    ok(folder, "complete", "1.1.2", *Y)
    tomorrow = (date.today() + timedelta(days=1)).isoformat()
    refused(folder, "uploaded", "1.1.2", "--on", tomorrow, *Y, starts_with="Дата загрузки не может быть в будущем.")
    assert item(status_json(folder), "1.1.2")["status"] == "ready_for_upload"


def test_files_of_a_wrong_type_missing_or_too_big_are_refused(folder, tmp_path):
    exe = tmp_path / "договор.pdf"
    exe.write_bytes(
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
        + b"\x00" * 48
        + b"This program cannot be run in DOS mode.\r\n"
        + b"\x00" * 400
    )
    refused(
        folder,
        "attach",
        "1.1.2",
        exe,
        "--doc",
        "order",
        "--signer",
        AKIM,
        *Y,
        starts_with="Файл «договор.pdf» не является документом допустимого типа (PDF, JPEG, PNG, TIFF, DOCX, XLSX "
        "или файл электронной подписи (CMS))",
    )
    refused(
        folder,
        "attach",
        "1.1.2",
        tmp_path / "нет.pdf",
        "--doc",
        "order",
        *Y,
        starts_with="«нет.pdf» — это не файл или он не найден.",
    )
    (folder / "settings.json").write_text('{"max_attachment_mb": 1}', encoding="utf-8")
    big = tmp_path / "большой.pdf"
    big.write_bytes(b"%PDF-1.4\n" + b"0" * (1024 * 1024 + 10))
    refused(folder, "attach", "1.1.2", big, "--doc", "order", *Y, starts_with="Файл «большой.pdf» слишком большой")
    assert blobs(folder) == []
    s112 = item(status_json(folder), "1.1.2")
    assert (s112["status"], slot(s112, "order")["signer"]) == ("not_started", None), "one transaction: no signer kept"


def test_an_unreadable_scan_is_refused_by_its_pages(folder, tmp_path):
    broken = tmp_path / "скан.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00 not really a pdf " * 50)
    refused(
        folder,
        "attach",
        "1.1.2",
        broken,
        "--doc",
        "order",
        *Y,
        starts_with="PDF «скан.pdf» повреждён или не является PDF: его страницы не читаются.",
    )
    # A real process too: pypdf's own warning is not a second stderr line.
    proc = tbn4_process("attach", "1.1.2", broken, "--doc", "order", *Y, "--data-dir", folder)
    assert_refused(proc, "PDF «скан.pdf» повреждён или не является PDF")
    assert blobs(folder) == []


def test_a_document_that_takes_no_files_is_refused(folder, scan):
    refused(
        folder,
        "attach",
        "1.1.8",
        scan,
        "--doc",
        "link",
        *Y,
        starts_with="1.1.8: к документу «Ссылка на размещение аналитической справки и плана мероприятий на "
        "интернет-ресурсе» файлы не прикладываются: ссылки добавляются командой tbn4 link.",
    )
    refused(
        folder,
        "link",
        "1.1.2",
        "https://gov.kz/a",
        "--doc",
        "order",
        *Y,
        starts_with="1.1.2: документ «Утверждённый приказ о проведении внутреннего анализа коррупционных "
        "рисков» — не ссылка: файл прикладывается командой tbn4 attach.",
    )
    assert blobs(folder) == []


def test_periods_are_required_for_periodic_subtasks_and_refused_for_yearly_ones(folder, scan):
    refused(
        folder,
        "attach",
        "2.2.1",
        scan,
        "--doc",
        "app1",
        *Y,
        starts_with="Подзадача 2.2.1 исполняется ежеквартально: укажите период --period (Q1, Q2, Q3, Q4).",
    )
    refused(
        folder,
        "complete",
        "4.2.2",
        *Y,
        starts_with="Подзадача 4.2.2 исполняется ежемесячно: укажите период --period (M01, M02,",
    )
    refused(
        folder,
        "attach",
        "2.2.1",
        scan,
        "--doc",
        "app1",
        "--period",
        "Q5",
        *Y,
        starts_with="Период «Q5» не понят: укажите квартал Q1…Q4 или месяц M01…M12.",
    )
    refused(
        folder,
        "complete",
        "2.2.1",
        "--period",
        "M03",
        *Y,
        starts_with="У подзадачи 2.2.1 нет периода M03: укажите один из Q1, Q2, Q3, Q4.",
    )
    refused(
        folder,
        "attach",
        "1.1.2",
        scan,
        "--doc",
        "order",
        "--period",
        "Q1",
        *Y,
        starts_with="Подзадача 1.1.2 исполняется за год целиком: параметр --period для неё не указывается.",
    )
    out = ok(folder, "attach", "4.2.2", scan, "--doc", "info", "--period", "M3", *Y)
    assert "4.2.2 (март)" in out
    assert blobs(folder) != []


def test_waive_with_a_reason_the_slot_does_not_allow_is_refused(folder):
    refused(
        folder,
        "waive",
        "3.1.1",
        "--period",
        "Q1",
        "--doc",
        "link",
        "--reason",
        "не успели",
        *Y,
        starts_with="Причина «не успели» не подходит; допустимо: «не опубликовано».",
    )
    refused(
        folder,
        "waive",
        "1.1.2",
        "--doc",
        "order",
        "--reason",
        "не опубликовано",
        *Y,
        starts_with="Документ «Утверждённый приказ о проведении внутреннего анализа коррупционных рисков» "
        "обязателен: Инструкция не допускает отметку «не требуется».",
    )
    assert slot(item(status_json(folder), "3.1.1", "Q1"), "link")["waived"] is None


def test_link_with_a_channel_the_slot_does_not_name_is_refused(folder):
    refused(
        folder,
        "link",
        "1.1.8",
        "https://baizak-times.kz/news/8",
        "--doc",
        "link",
        "--channel",
        "media",
        *Y,
        starts_with="Канал «СМИ» не предусмотрен для документа «Ссылка на размещение аналитической справки "
        "и плана мероприятий на интернет-ресурсе»; допустимо: интернет-ресурс.",
    )
    refused(
        folder,
        "link",
        "1.1.8",
        "https://gov.kz/a",
        "--doc",
        "link",
        "--channel",
        "tv",
        *Y,
        starts_with="Неизвестный канал «tv»: укажите один из site, media, social.",
    )
    refused(
        folder,
        "link",
        "1.1.3",
        "https://gov.kz/a",
        "--doc",
        "link",
        *Y,
        starts_with="Для документа «Ссылка на публикацию анонса на интернет-ресурсе, в СМИ и социальных сетях» "
        "укажите канал --channel: site (интернет-ресурс), media (СМИ), social (социальные сети).",
    )
    refused(folder, "link", "1.1.8", "gov.kz/a", "--doc", "link", *Y, starts_with="Ссылка должна начинаться с http://")
    # The only channel is the default; a second link is added, not a replacement.
    ok(folder, "link", "1.1.8", "https://gov.kz/a", "--doc", "link", *Y)
    ok(folder, "link", "1.1.8", "https://gov.kz/b", "--doc", "link", *Y)
    links = slot(item(status_json(folder), "1.1.8"), "link")["links"]
    assert links == [{"url": "https://gov.kz/a", "channel": "site"}, {"url": "https://gov.kz/b", "channel": "site"}]


def test_unknown_or_inapplicable_subtasks_are_refused(folder, scan):
    refused(
        folder, "attach", "9.9.9", scan, "--doc", "x", *Y, starts_with=f"Подзадачи «9.9.9» нет в каталоге на {YEAR} год"
    )
    refused(
        folder,
        "complete",
        "4.1.3",
        *Y,
        starts_with="Подзадача 4.1.3 не применяется к организации уровня «Акимат района (города)».",
    )
    ok(folder, "applicability", "set", "system_wide_analysis", "no", *Y)
    refused(
        folder,
        "attach",
        "1.1.1",
        scan,
        "--doc",
        "schedule",
        *Y,
        starts_with="Подзадача 1.1.1 не применяется (ответ нет: «Руководитель (аким) принял решение",
    )
    ok(folder, "applicability", "set", "system_wide_analysis", "none", *Y)
    ok(folder, "attach", "1.1.1", scan, "--doc", "schedule", *Y)


def test_applicability_refusals(folder):
    refused(
        folder,
        "applicability",
        "set",
        "supervises_quasi",
        "может быть",
        *Y,
        starts_with="Ответ «может быть» не понят: укажите yes (да), no (нет) или none (снять ответ).",
    )
    refused(
        folder,
        "applicability",
        "set",
        "no_such_question",
        "yes",
        *Y,
        starts_with="Вопроса «no_such_question» нет в каталоге (есть: system_wide_analysis, supervises_quasi).",
    )


def test_a_quasi_company_is_not_asked_whether_it_supervises_quasi_companies(tmp_path):
    folder = tmp_path / "квази"
    ok(
        folder,
        "org",
        "init",
        "--name",
        "ТОО «Байзак Су»",
        "--bin",
        BIN,
        "--level",
        "quasi",
        "--parent",
        ORG,
        "--parent-level",
        "district",
    )
    refused(
        folder,
        "applicability",
        "set",
        "supervises_quasi",
        "yes",
        *Y,
        starts_with="Вопрос «Организация курирует деятельность субъектов квазигосударственного сектора» "
        "не задаётся организации уровня «Субъект квазигосударственного сектора».",
    )
    listed = json.loads(ok(folder, "applicability", "list", *Y, "--json"))
    assert {q["key"]: q["asked"] for q in listed} == {"system_wide_analysis": False, "supervises_quasi": False}


def test_org_init_refusals(tmp_path):
    folder = tmp_path / "данные"
    refused(
        folder,
        "org",
        "init",
        "--name",
        ORG,
        "--bin",
        "123",
        "--level",
        "district",
        "--parent",
        PARENT,
        starts_with="БИН должен состоять из 12 цифр.",
    )
    refused(
        folder,
        "org",
        "init",
        "--name",
        ORG,
        "--bin",
        BIN,
        "--level",
        "district",
        starts_with="Укажите вышестоящий (курирующий) орган",
    )
    refused(
        folder,
        "org",
        "init",
        "--name",
        ORG,
        "--bin",
        BIN,
        "--level",
        "raion",
        "--parent",
        PARENT,
        starts_with="Неизвестный уровень «raion»: укажите один из central, oblast, district, quasi.",
    )
    refused(
        folder,
        "signatory",
        "add",
        AKIM,
        "--position",
        "Аким",
        "--role",
        "district_akim",
        starts_with="Организация не выбрана: сначала создайте её (tbn4 org init)",
    )
    refused(folder, "status", *Y, starts_with="Организация не выбрана")
    ok(folder, "org", "init", "--name", "Министерство", "--bin", BIN, "--level", "central")
    refused(
        folder,
        "org",
        "init",
        "--name",
        ORG,
        "--bin",
        "050340001235",
        "--level",
        "district",
        "--parent",
        PARENT,
        starts_with="В папке данных уже есть организация «Министерство»",
    )


def test_supervised_refusals_and_removal(folder):
    ok(folder, "supervised", "add", "ГКП «Байзак Су»")
    refused(folder, "supervised", "add", "гкп  «байзак су»", starts_with="«гкп «байзак су»» уже есть в списке")
    refused(folder, "supervised", "add", "ТОО «Жылу»", "--bin", "12", starts_with="БИН должен состоять из 12 цифр.")
    refused(
        folder, "supervised", "remove", "ТОО «Жылу»", starts_with="«ТОО «Жылу»» нет в списке курируемых организаций."
    )
    ok(folder, "supervised", "remove", "ГКП «Байзак Су»")
    assert json.loads(ok(folder, "supervised", "list", "--json")) == []


# ---------------------------------------------------------------- dates: anchors, the Карта


def test_anchor_dates_judge_the_relative_deadlines(folder):
    refused(
        folder,
        "anchor",
        "set",
        "analysis_begin",
        d(2, 19),
        *Y,
        starts_with="Неизвестное событие «analysis_begin»: укажите одно из analysis_start, analysis_end, "
        "report_signed, plan_approved.",
    )
    refused(folder, "anchor", "set", "analysis_start", "2001-02-19", *Y, starts_with="Дата «начало внутреннего анализа")
    ok(folder, "anchor", "set", "analysis_start", d(2, 19), *Y)
    due = item(status_json(folder), "1.1.3")["deadline"]["due"]
    assert due is not None and date.fromisoformat(due) < date(YEAR, 2, 19)
    assert ok(folder, "anchor", "set", "analysis_start", "none", *Y) == (
        f"{YEAR} год, начало внутреннего анализа коррупционных рисков: дата снята.\n"
    )
    assert item(status_json(folder), "1.1.3")["deadline"]["due"] is None


def test_the_report_signing_date_is_one_value_with_its_anchor(folder, scan):
    ok(folder, "attach", "1.1.6", scan, "--doc", "report", "--signer", AKIM, "--date", d(4, 7), *Y)
    assert slot(item(status_json(folder), "1.1.6"), "report")["date"] == d(4, 7)
    ok(folder, "anchor", "set", "report_signed", d(4, 8), *Y)
    assert slot(item(status_json(folder), "1.1.6"), "report")["date"] == d(4, 8)


def test_due_set_sets_and_clears_one_karta_date(folder):
    assert ok(folder, "due", "set", "2.2.1", d(4, 5), "--period", "Q1", *Y) == (
        f"2.2.1 (I квартал): срок по Карте 05.04.{YEAR}.\n"
    )
    assert ok(folder, "due", "set", "2.2.1", d(4, 5), "--period", "Q1", *Y).endswith("(без изменений).\n")
    status = status_json(folder, "--as-of", d(4, 1))
    assert item(status, "2.2.1", "Q1")["deadline"]["due"] == d(4, 5)
    assert item(status, "2.2.1", "Q2")["deadline"]["due"] is None
    refused(
        folder,
        "due",
        "set",
        "2.2.1",
        "2001-01-01",
        "--period",
        "Q2",
        *Y,
        starts_with=f"Срок 01.01.2001 вне {YEAR - 1}–{YEAR + 1} годов",
    )
    ok(folder, "due", "set", "2.2.1", "none", "--period", "Q1", *Y)
    assert item(status_json(folder), "2.2.1", "Q1")["deadline"]["due"] is None


def test_karta_import_prints_what_it_changed(folder, tmp_path):
    from tbn4_desktop.core.karta_xlsx import FIRST_DATA_ROW
    from tbn4_desktop.services.context import open_app
    from tbn4_desktop.services.karta import export_karta
    from tbn4_desktop.services.organizations import get_current_organization

    ok(folder, "due", "set", "1.1.2", d(2, 20), *Y)
    path = tmp_path / "Карта.xlsx"
    ctx = open_app(folder)
    try:
        with ctx.store.session() as s:
            org_id = get_current_organization(s).id
        export_karta(ctx, org_id, YEAR, path)
    finally:
        ctx.close()
    wb = load_workbook(path)
    ws = wb.active
    for r in range(FIRST_DATA_ROW, ws.max_row + 1):
        key = (ws.cell(r, 1).value, ws.cell(r, 2).value or "")
        if key == ("2.1.1", ""):
            ws.cell(r, 5).value = date(YEAR, 12, 20)
        elif key == ("1.1.2", ""):
            ws.cell(r, 5).value = date(YEAR, 2, 25)
    wb.save(path)
    out = ok(folder, "karta", "import", path, *Y).splitlines()
    assert out[0].startswith("Сроки из Карты импортированы: изменено 2, без изменений ")
    assert out[1:] == [f"1.1.2: 25.02.{YEAR} (было: 20.02.{YEAR})", f"2.1.1: 20.12.{YEAR} (было: —)"]
    status = status_json(folder)
    assert item(status, "2.1.1")["deadline"]["due"] == d(12, 20)

    junk = tmp_path / "письмо.xlsx"
    junk.write_bytes(b"not a workbook" * 10)
    refused(folder, "karta", "import", junk, *Y, starts_with="Файл «письмо.xlsx» не является книгой Excel (XLSX).")
    refused(folder, "karta", "import", tmp_path / "нет.xlsx", *Y, starts_with="Файл или папка не найдены:")
    wb = load_workbook(path)
    ws = wb.active
    for r in range(FIRST_DATA_ROW, ws.max_row + 1):
        if ws.cell(r, 1).value == "2.1.1":
            ws.cell(r, 5).value = date(YEAR, 12, 22)
    wb.save(path)
    refused(
        folder,
        "karta",
        "import",
        path,
        "--year",
        str(YEAR - 1),
        starts_with=f"Это Карта на {YEAR} год (ячейка B2), а импортируются сроки {YEAR - 1} года.",
    )
    assert item(status_json(folder), "2.1.1")["deadline"]["due"] == d(12, 20), "a refused Карта changes nothing"


# ---------------------------------------------------------------- usage errors, a real process


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("attach", "1.1.2", "скан.pdf"), "Не указаны обязательные параметры: --doc. Справка: tbn4 attach --help."),
        (
            ("waive", "1.1.2", "--doc", "order"),
            "Укажите один из параметров: --reason --undo. Справка: tbn4 waive --help.",
        ),
        (
            ("waive", "1.1.2", "--doc", "order", "--reason", "x", "--undo"),
            "Параметр --undo: нельзя указывать вместе с --reason. Справка: tbn4 waive --help.",
        ),
        (("uploaded", "1.1.2"), "Не указаны обязательные параметры: --on. Справка: tbn4 uploaded --help."),
        (("org",), "Не указаны обязательные параметры: ACTION. Справка: tbn4 org --help."),
        (
            ("org", "init", "--name", "X"),
            "Не указаны обязательные параметры: --bin, --level. Справка: tbn4 org init --help.",
        ),
        (
            ("anchor", "set", "analysis_start"),
            "Не указаны обязательные параметры: DATE. Справка: tbn4 anchor set --help.",
        ),
        (
            ("signatory", "add", "Ф.И.О.", "--role", "first_head"),
            "Не указаны обязательные параметры: --position. Справка: tbn4 signatory add --help.",
        ),
    ],
)
def test_usage_errors_exit_2(tmp_path, args, line):
    result = run(tmp_path, *args)
    assert result.rc == 2, result
    assert result.err.splitlines() == ["tbn4: " + line]
    assert not (tmp_path / "tbn4.sqlite3").exists()


def test_a_refusal_from_a_real_process(tmp_path):
    folder = tmp_path / "данные"
    set_up(folder)
    scan = pdf(tmp_path / "скан.pdf")
    proc = tbn4_process("attach", "2.1.1", scan, "--doc", "app1", "--signer", AKIM, *Y, "--data-dir", folder)
    assert_refused(proc, f"{AKIM}, аким района (города), не может подписывать документ")
    proc = tbn4_process("attach", "2.1.1", scan, "--doc", "app1", "--signer", CHIEF, *Y, "--data-dir", folder)
    assert proc.returncode == 0, proc.err
    assert proc.out.splitlines()[1].startswith("✔ ")


# ---------------------------------------------------------------- `tbn4 status --json` on the demo


def test_status_json_on_the_demo_agrees_with_year_status(tmp_path):
    from tbn4_desktop.core.vocabulary import OrgLevel
    from tbn4_desktop.services.context import open_app
    from tbn4_desktop.services.deadlines import load_work_calendar
    from tbn4_desktop.services.executions import find_year_plan
    from tbn4_desktop.services.organizations import get_current_organization
    from tbn4_desktop.services.year_status import status_to_json, year_status

    folder = tmp_path / "демо"
    year = date.today().year
    ok(folder, "demo", "--year", str(year))
    as_of = date(year, 6, 1)
    printed = json.loads(ok(folder, "status", "--year", str(year), "--as-of", as_of.isoformat(), "--json"))

    ctx = open_app(folder)
    try:
        with ctx.store.session() as s:
            org = get_current_organization(s)
            plan = find_year_plan(s, org.id, year)
            catalog = ctx.catalog_for_plan(plan.catalog_id, plan.catalog_version, year)
            expected = year_status(s, catalog, org.id, year, as_of, load_work_calendar(s))
            assert printed == status_to_json(expected, catalog, OrgLevel(org.level))
    finally:
        ctx.close()

    by_key = {(i["code"], i["period"]): i for i in printed["items"]}
    assert len(by_key) == len(expected.items) > 30
    for it in expected.items:
        got = by_key[(it.code, it.period)]
        assert got["status"] == it.status.value
        assert got["complete"] == it.checklist.complete
        assert got["deadline"]["state"] == it.deadline.state.value
        assert [s["ok"] for s in got["slots"]] == [s.ok for s in it.checklist.slots]
    # The demo's honest checklist: some items done, some missing, a waiver, a late upload.
    assert any(i["complete"] for i in printed["items"]) and not all(i["complete"] for i in printed["items"])
    assert any(s["waived"] == "не опубликовано" for i in printed["items"] for s in i["slots"])
    assert any(i["deadline"]["state"] == "done_late" for i in printed["items"])


def test_a_signatory_whose_role_signs_nothing_at_the_level_is_added_with_a_warning(folder):
    """The district's first head signs nothing at this level: added (the level
    may change), but stderr says so in one line."""
    result = run(
        folder, "signatory", "add", "Петров Пётр Петрович", "--position", "Первый заместитель", "--role", "first_head"
    )
    assert result.rc == 0 and result.out.startswith("Подписант добавлен: Петров Пётр Петрович")
    assert result.err.splitlines() == [
        "Роль «Первый руководитель» на уровне «Акимат района (города)» ничего не подписывает."
    ]


def test_a_signatorys_iin_is_checked_and_listed(folder):
    refused = run(
        folder,
        "signatory",
        "add",
        "Сидоров Сидор Сидорович",
        "--position",
        "Руководитель аппарата",
        "--role",
        "chief_of_staff",
        "--iin",
        "900101300127",
    )
    assert refused.rc == 1 and refused.out == ""
    assert refused.err.splitlines() == ["tbn4: ИИН введён с ошибкой: не сходится контрольная цифра. Проверьте номер."]
    added = run(
        folder,
        "signatory",
        "add",
        "Сидоров Сидор Сидорович",
        "--position",
        "Руководитель аппарата",
        "--role",
        "chief_of_staff",
        "--iin",
        "900101300126",
    )
    assert added.rc == 0, added.err
    listed = json.loads(run(folder, "signatory", "list", "--json").out)
    assert {p["full_name"]: p["iin"] for p in listed}["Сидоров Сидор Сидорович"] == "900101300126"
