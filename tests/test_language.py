"""The interface language as an administrator meets it in `tbn4`: chosen
by --lang or by the data folder's setting; official forms and the ISPU
bundle are the same whichever language the person who made them reads."""

from __future__ import annotations

import json
import re
import zipfile
from datetime import date

import pytest

from tbn4_desktop.core.settings import load_settings
from tbn4_desktop.language import language_for, save_language
from tests.test_cli import tbn4

YEAR = date.today().year
KAZAKH = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("lang") / "data"
    proc = tbn4("--data-dir", folder, "demo")
    assert proc.returncode == 0, proc.err
    return folder


def test_help_in_kazakh_when_asked():
    kk = tbn4("--lang", "kk", "--help")
    ru = tbn4("--lang", "ru", "--help")
    assert kk.returncode == ru.returncode == 0
    assert KAZAKH.search(kk.out), kk.out
    assert not KAZAKH.search(ru.out)
    assert "папка данных" in ru.out


def test_an_unknown_language_is_a_usage_error():
    proc = tbn4("--lang", "en", "--help")
    assert proc.returncode == 2
    assert "--lang" in proc.err


def test_the_data_folders_setting_is_the_default_and_lang_overrides_it(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    save_language(data, "kk")
    assert load_settings(data).language == "kk"
    assert language_for(["--data-dir", str(data), "catalog"]) == "kk"
    assert language_for(["--data-dir", str(data), "--lang", "ru", "catalog"]) == "ru"
    assert language_for(["--data-dir", str(tmp_path / "none"), "catalog"]) == "ru"
    # A refusal speaks the setting's language, and Russian with --lang ru.
    kk = tbn4("--data-dir", data, "form", "app2", "--year", YEAR, "--out", tmp_path / "a.pdf")
    ru = tbn4("--data-dir", data, "--lang", "ru", "form", "app2", "--year", YEAR, "--out", tmp_path / "a.pdf")
    assert kk.returncode == ru.returncode != 0
    assert KAZAKH.search(kk.err), kk.err
    assert not KAZAKH.search(ru.err), ru.err


def test_a_damaged_settings_file_leaves_russian_and_is_reported(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "settings.json").write_text("{", encoding="utf-8")
    assert language_for(["--data-dir", str(data)]) == "ru"
    proc = tbn4("--data-dir", data, "status")
    assert proc.returncode == 1
    assert "settings.json" in proc.err and "повреждён" in proc.err


def test_bundle_paths_do_not_depend_on_the_language(demo, tmp_path):
    names, manifests = {}, {}
    for language in ("ru", "kk"):
        out = tmp_path / f"{language}.zip"
        proc = tbn4("--data-dir", demo, "--lang", language, "export", "--year", YEAR, "--out", out)
        assert proc.returncode == 0, proc.err
        with zipfile.ZipFile(out) as zf:
            names[language] = sorted(zf.namelist())
            manifests[language] = _stable(json.loads(zf.read("manifest.json")))
    assert names["ru"] == names["kk"]
    assert any("/" in name for name in names["kk"])
    assert manifests["ru"] == manifests["kk"], "the manifest took the UI language"


def _stable(value):
    """The manifest without what differs between two exports of the same
    data: times, and the bytes of forms rendered with their time stamp."""
    if isinstance(value, dict):
        return {k: _stable(v) for k, v in value.items() if k not in {"created_at", "sha256", "size"}}
    if isinstance(value, list):
        return [_stable(v) for v in value]
    return value


@pytest.mark.parametrize("form", ["app1", "app5"])
def test_official_forms_stay_russian(demo, tmp_path, form):
    texts = {}
    for language in ("ru", "kk"):
        out = tmp_path / f"{form}-{language}.docx"
        proc = tbn4("--data-dir", demo, "--lang", language, "form", form, "--year", YEAR, "--out", out)
        assert proc.returncode == 0, proc.err
        with zipfile.ZipFile(out) as zf:
            texts[language] = re.sub(r"<[^>]+>", "", zf.read("word/document.xml").decode("utf-8"))
    assert texts["kk"] == texts["ru"]
    assert "Приложение" in texts["kk"]


def test_shipped_calendar_notes_follow_the_language():
    """The calendar files' notes have a Kazakh version (note_kk); the
    holiday names come from our messages."""
    from datetime import date as day

    from tbn4_desktop import i18n
    from tbn4_desktop.core.workdays import WorkCalendar

    russian = WorkCalendar.from_directory().reason(day(2024, 5, 4))
    i18n.set_language("kk")
    try:
        kazakh = WorkCalendar.from_directory()
        assert kazakh.reason(day(2024, 5, 4))[1] == "Жұмыс күні: демалыс сәрсенбіге, 08.05.2024 күніне ауыстырылды"
        assert kazakh.reason(day(2024, 12, 16))[1] == "Тәуелсіздік күні"
    finally:
        i18n.set_language("ru")
    assert russian[1] == "Рабочий день: выходной перенесён на среду, 08.05.2024"
