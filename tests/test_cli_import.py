"""`tbn4 import FILE.zip` as an administrator runs it: a real subprocess."""

import pytest

from tests.services.import_fixtures import demo_bundle, oblast
from tests.test_cli import assert_refused, tbn4


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    ctx, path = demo_bundle(tmp_path_factory.mktemp("cli-import"))
    ctx.close()
    return path


@pytest.fixture
def oblast_dir(tmp_path):
    ctx = oblast(tmp_path / "область")
    ctx.close()
    return tmp_path / "область"


def test_import_refuses_an_unknown_subordinate_then_adds_it_and_is_idempotent(bundle, oblast_dir):
    assert_refused(tbn4("import", bundle, "--data-dir", oblast_dir), "Организация «Аппарат акима Байзакского района»")
    proc = tbn4("import", bundle, "--data-dir", oblast_dir)
    assert "--add-subordinate" in proc.err

    proc = tbn4("import", bundle, "--add-subordinate", "--data-dir", oblast_dir)
    assert proc.returncode == 0, proc.err
    assert proc.out.startswith("Пакет «Аппарат акима Байзакского района» за 2025 год принят: подзадач и периодов ")
    assert "Организация добавлена как подведомственная." in proc.out

    again = tbn4("import", bundle, "--data-dir", oblast_dir)
    assert again.returncode == 0, again.err
    assert "уже принят ранее; данные не изменились" in again.out


def test_import_refuses_a_file_that_is_no_bundle(oblast_dir, tmp_path):
    junk = tmp_path / "письмо.zip"
    junk.write_bytes(b"not a zip at all" * 10)
    assert_refused(tbn4("import", junk, "--data-dir", oblast_dir), "Файл «письмо.zip» не является пакетом ТБН-4")


def test_import_of_a_missing_file(oblast_dir, tmp_path):
    assert_refused(tbn4("import", tmp_path / "нет.zip", "--data-dir", oblast_dir), "Файл пакета не найден")
