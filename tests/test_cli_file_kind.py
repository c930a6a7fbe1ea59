"""`tbn4 file-kind`: the kind of an attached file (signed scan, draft,
supporting file) changed after adding it — it decides whether a signed
document counts as there, so it is journaled like every change of the
year's evidence. One Russian line and exit 1 on refusal, nothing changed."""

from __future__ import annotations

import json

from tests.test_cli_evidence import (  # noqa: F401 - fixtures
    AKIM,
    Y,
    folder,
    item,
    ok,
    refused,
    run,
    scan,
    slot,
    status_json,
)


def test_a_draft_made_a_signed_scan_satisfies_the_document_and_is_journaled(folder, scan):  # noqa: F811
    ok(folder, "attach", "1.1.2", scan, "--doc", "order", "--draft", "--signer", AKIM, *Y)
    assert slot(item(status_json(folder), "1.1.2"), "order")["satisfied"] is False

    out = ok(folder, "file-kind", "1.1.2", "приказ подписанный.pdf", "--doc", "order", "--kind", "signed_scan", *Y)
    assert out.splitlines()[0].startswith(
        "Вид файла «Приказ подписанный.pdf» изменён: проект документа "
        "(без подписи) → скан подписанного документа (1.1.2, документ «"
    )
    assert out.splitlines()[1].startswith("✔ ")
    assert slot(item(status_json(folder), "1.1.2"), "order")["satisfied"] is True
    ok(folder, "complete", "1.1.2", *Y)

    journal = json.loads(ok(folder, "journal", "--code", "1.1.2", "--json"))
    kinds = [e for e in journal if e["action"] == "file_kind_changed"]
    assert len(kinds) == 1, journal
    assert "Проект документа (без подписи) → Скан подписанного документа" in kinds[0]["summary"]


def test_the_same_kind_again_changes_nothing(folder, scan):  # noqa: F811
    ok(folder, "attach", "1.1.2", scan, "--doc", "order", *Y)
    out = ok(folder, "file-kind", "1.1.2", scan.name, "--doc", "order", "--kind", "signed_scan", *Y)
    assert out.startswith("Файл «Приказ подписанный.pdf» уже скан подписанного документа: ничего не изменено.")
    journal = json.loads(ok(folder, "journal", "--code", "1.1.2", "--json"))
    assert not [e for e in journal if e["action"] == "file_kind_changed"]


def test_refusals_name_what_is_wrong_and_change_nothing(folder, scan):  # noqa: F811
    ok(folder, "attach", "1.1.2", scan, "--doc", "order", "--draft", *Y)
    refused(
        folder,
        "file-kind",
        "1.1.2",
        "другой.pdf",
        "--doc",
        "order",
        "--kind",
        "signed_scan",
        *Y,
        starts_with="1.1.2: у документа «",
    )
    line = refused(
        folder,
        "file-kind",
        "1.1.2",
        scan.name,
        "--doc",
        "order",
        "--kind",
        "signed",
        *Y,
        starts_with="Неизвестный вид файла «signed»: укажите один из signed_scan, draft, supporting.",
    )
    assert line.endswith("supporting.")
    refused(
        folder,
        "file-kind",
        "1.1.2",
        scan.name,
        "--doc",
        "protocol",
        "--kind",
        "draft",
        *Y,
        starts_with="У подзадачи 1.1.2 нет документа «protocol»",
    )
    order = slot(item(status_json(folder), "1.1.2"), "order")
    assert (order["files"], order["satisfied"]) == (["Приказ подписанный.pdf"], False)


def test_a_document_nobody_signs_takes_no_signed_scan(folder, scan):  # noqa: F811
    from tbn4_desktop.core.vocabulary import OrgLevel, periods_of
    from tbn4_desktop.services.context import open_app

    ctx = open_app(folder)
    try:
        catalog = ctx.catalog_for_year(int(Y[1]))
    finally:
        ctx.close()
    code, key = next(
        (s.code, d.key)
        for s in catalog.subtasks()
        for d in s.documents
        if d.kind.takes_files
        and not d.kind.needs_signer
        and periods_of(s.periodicity) == ("",)
        and s.applies_to(OrgLevel.DISTRICT)
        and not s.applies_if
    )
    ok(folder, "attach", code, scan, "--doc", key, *Y)
    refused(
        folder,
        "file-kind",
        code,
        scan.name,
        "--doc",
        key,
        "--kind",
        "signed_scan",
        *Y,
        starts_with="Файл «Приказ подписанный.pdf» не может быть видом «Скан подписанного документа»",
    )
    out = ok(folder, "file-kind", code, scan.name, "--doc", key, "--kind", "supporting", *Y)
    assert "изменён" in out


def test_usage_error_exit_2(tmp_path):
    result = run(tmp_path, "file-kind", "1.1.2", "скан.pdf", "--doc", "order")
    assert result.rc == 2
    assert result.err.splitlines() == [
        ("tbn4: Не указаны обязательные параметры: --kind. Справка: tbn4 file-kind --help.")
    ]
