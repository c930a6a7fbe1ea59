"""`tbn4 export` with a folder, a project, «only what changed» and --strict."""

import json

import pytest

from tbn4_desktop.cli import run
from tbn4_desktop.core.bundle import MANIFEST_NAME, verify_bundle
from tbn4_desktop.services.context import open_app
from tbn4_desktop.services.demo import create_demo

YEAR = 2025


@pytest.fixture
def demo_dir(tmp_path):
    folder = tmp_path / "данные"
    ctx = open_app(folder)
    try:
        create_demo(ctx, YEAR)
    finally:
        ctx.close()
    return folder


def tbn4(capsys, *args):
    code = run([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def test_folder_project_and_changed(capsys, demo_dir, tmp_path):
    code, out, err = tbn4(
        capsys, "export", "--year", YEAR, "--folder", tmp_path / "Пакет", "--project", 4, "--data-dir", demo_dir
    )
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == str(tmp_path / "Пакет")
    assert lines[1].startswith(f"Пакет за {YEAR} год (проект 4): подзадач и периодов ")
    manifest = json.loads((tmp_path / "Пакет" / MANIFEST_NAME).read_text("utf-8"))
    assert {it["code"][0] for it in manifest["items"]} == {"4"}
    # The pre-flight list goes to stderr, one «Замечание» a line, and the export proceeds.
    assert err and all(line.startswith("Замечание: 4.") for line in err.splitlines())

    code, out, err = tbn4(
        capsys, "export", "--year", YEAR, "--out", tmp_path / "изм.zip", "--changed", "--data-dir", demo_dir
    )
    assert code == 0, err
    assert all(not it["code"].startswith("4.") for it in verify_bundle(tmp_path / "изм.zip")["items"])

    code, out, err = tbn4(
        capsys, "export", "--year", YEAR, "--out", tmp_path / "ещё.zip", "--changed", "--data-dir", demo_dir
    )
    assert code == 0 and err == ""
    assert "ничего не изменилось: пакет не сформирован" in out
    assert not (tmp_path / "ещё.zip").exists()


def test_strict_refuses_with_issues_and_writes_nothing(capsys, demo_dir, tmp_path):
    code, out, err = tbn4(
        capsys, "export", "--year", YEAR, "--out", tmp_path / "b.zip", "--strict", "--data-dir", demo_dir
    )
    assert code == 1 and out == ""
    lines = err.splitlines()
    assert lines[-1].startswith("tbn4: Проверка перед выгрузкой: замечаний ")
    assert lines[-1].endswith("пакет не сформирован (--strict).")
    assert len(lines) > 10 and lines[0].startswith("Замечание: 1.")
    assert not (tmp_path / "b.zip").exists()


def test_a_non_empty_folder_is_refused(capsys, demo_dir, tmp_path):
    (tmp_path / "занято").mkdir()
    (tmp_path / "занято" / "файл.txt").write_text("x", encoding="utf-8")
    code, out, err = tbn4(capsys, "export", "--year", YEAR, "--folder", tmp_path / "занято", "--data-dir", demo_dir)
    assert code == 1 and out == ""
    assert err.splitlines() == [
        f"tbn4: Папка «{tmp_path / 'занято'}» уже существует и не пуста. Выберите новую или пустую папку для пакета."
    ]


@pytest.mark.parametrize(
    "args",
    [
        ["--out", "a.zip", "--folder", "b"],
        ["--out", "a.zip", "--project", "1", "--changed"],
        ["--project", "1"],
    ],
)
def test_usage_errors(capsys, args, tmp_path):
    with pytest.raises(SystemExit) as caught:
        run(["export", "--year", str(YEAR), *args, "--data-dir", str(tmp_path)])
    assert caught.value.code == 2
