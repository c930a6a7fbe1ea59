"""The catalog's Kazakh texts (resources/catalogs/tbn4-2023.kk.yaml) and
their strict reader, core/catalog_translation.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from tbn4_desktop import i18n
from tbn4_desktop.core.catalog import builtin_catalog_dir
from tbn4_desktop.core.catalog_loader import load_catalog
from tbn4_desktop.core.catalog_registry import is_translation_file
from tbn4_desktop.core.catalog_translation import (
    OFFICIAL,
    PROJECT,
    CatalogTranslationError,
    catalog_places,
    load_catalog_translation,
    translation_path,
)

SHIPPED = builtin_catalog_dir() / "tbn4-2023.yaml"
KK = builtin_catalog_dir() / "tbn4-2023.kk.yaml"
KAZAKH_LETTERS = re.compile("[әғқңөұүһі]", re.IGNORECASE)
# Words of Russian that Kazakh never writes alone: a text holding one is
# (partly) untranslated.
RUSSIAN_WORDS = re.compile(r"(?<![\w-])(и|в|на|по|для|от|с|о|об|из|к|при|или|либо|что|это)(?![\w-])", re.IGNORECASE)
# Kazakh texts that are spelt as the Russian ones.
SAME_AS_RUSSIAN = {"ISO 37001", "Стандарт", "Формат", "Онлайн", "Офлайн"}
PREFIX = "Файл перевода каталога tbn4-2023.kk.yaml: "


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(SHIPPED)


@pytest.fixture(scope="module")
def shipped(catalog):
    return load_catalog_translation(catalog, KK)


@pytest.fixture
def data() -> dict:
    return yaml.safe_load(KK.read_text(encoding="utf-8"))


def write(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "tbn4-2023.kk.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def error_of(catalog, tmp_path: Path, data: dict) -> str:
    with pytest.raises(CatalogTranslationError) as info:
        load_catalog_translation(catalog, write(tmp_path, data))
    return str(info.value)


# -- the shipped translation ---------------------------------------------------


def test_translation_path_and_translation_files() -> None:
    assert translation_path(SHIPPED, "kk") == KK
    assert translation_path(Path("a/b.yaml"), "kk") == Path("a/b.kk.yaml")
    assert is_translation_file(KK)
    assert not is_translation_file(SHIPPED)


def test_shipped_translation_is_complete(catalog, shipped) -> None:
    assert shipped.catalog_id == "tbn4-2023"
    assert shipped.language == "kk"
    assert shipped.missing(catalog) == []
    places = catalog_places(catalog)
    assert len(shipped.entries) == len(places) > 500
    assert len(catalog.subtasks()) == 37
    texts = shipped.texts()
    assert set(texts) == {ru for _place, ru in places}
    s = catalog.subtask("1.1.1")
    assert texts[s.title] == "Сыбайлас жемқорлық тәуекелдеріне ішкі талдау жүргізу кестесін бекіту"
    assert texts[s.deadline.text] == "ТБН №4 іске асыру картасында көрсетілген мерзім"


def test_every_shipped_entry_is_the_projects_own_translation(shipped) -> None:
    assert {shipped.status_of(place) for place in shipped.entries} == {PROJECT}
    assert shipped.status_of("subtasks.2.2.1.registers.app2_reconciliation.columns.category.choices[2]") == PROJECT
    with pytest.raises(KeyError):
        shipped.status_of("subtasks.9.9.9.title")


def test_shipped_texts_are_kazakh(catalog, shipped) -> None:
    entries = shipped.entries.values()
    with_letters = [kk for _ru, kk, _mark in entries if KAZAKH_LETTERS.search(kk)]
    assert len(with_letters) / len(entries) > 0.9
    for place, (ru, kk, _mark) in shipped.entries.items():
        if len(kk) > 40 or place.endswith((".guidance", ".goal", ".text")):
            assert KAZAKH_LETTERS.search(kk), place
        assert kk != ru or kk in SAME_AS_RUSSIAN, place
        assert not RUSSIAN_WORDS.search(kk), (place, kk)


def test_shipped_texts_have_no_placeholders(shipped) -> None:
    for place, (ru, kk, _mark) in shipped.entries.items():
        assert not re.search(r"TODO|FIXME|XXX|\?\?|[{}<>]|^\W*$", kk), place
        assert kk == kk.strip() and "  " not in kk, place
        # Codes, numbers and «» quotes survive translation.
        for number in re.findall(r"\d+(?:[.,-]\d+)*", ru):
            assert number in kk, (place, number)
        assert kk.count("«") == kk.count("»"), place


def test_lists_keep_the_catalogs_count_and_order(catalog, shipped) -> None:
    column = catalog.subtask("3.4.1").register.column("ownership_form")
    texts = shipped.texts()
    assert [texts[c] for c in column.choices] == ["АҚ", "ЖШС", "МКҚК", "МКК", "ШЖҚ МКК"]
    slot = catalog.subtask("3.1.1").slot("link")
    assert [texts[r] for r in slot.waive_reasons] == ["жарияланбаған"]


def test_catalog_texts_reach_tc(catalog, shipped, monkeypatch) -> None:
    title = catalog.subtask("1.2.1").short_title
    monkeypatch.setattr(i18n, "_language", "kk")
    i18n.set_catalog_texts(shipped.texts())
    try:
        assert i18n.tc(title) == "Сыбайлас жемқорлық тәуекелдеріне ұшыраған лауазымдардың тізбесі"
        assert i18n.tc("Текст не из каталога") == "Текст не из каталога"
    finally:
        i18n.set_catalog_texts({})


# -- marks and partial files ------------------------------------------------


def test_official_mark_applies_to_the_entry_and_below(catalog, tmp_path, data) -> None:
    data["subtasks"]["2.1.1"]["documents"]["letter"]["translation"] = OFFICIAL
    data["subtasks"]["2.2.1"]["translation"] = OFFICIAL
    t = load_catalog_translation(catalog, write(tmp_path, data))
    assert t.status_of("subtasks.2.1.1.documents.letter.title") == OFFICIAL
    assert t.status_of("subtasks.2.1.1.documents.letter.waive_reasons[0]") == OFFICIAL
    assert t.status_of("subtasks.2.1.1.documents.reply.title") == PROJECT
    assert t.status_of("subtasks.2.2.1.registers.app2_reconciliation.columns.status.title") == OFFICIAL
    assert t.status_of("subtasks.2.2.1.title") == OFFICIAL
    assert t.status_of("title") == PROJECT


def test_a_partial_translation_lists_what_is_missing(catalog, tmp_path) -> None:
    path = write(
        tmp_path, {"catalog": "tbn4-2023", "language": "kk", "subtasks": {"1.1.2": {"title": "Бұйрықты бекіту"}}}
    )
    t = load_catalog_translation(catalog, path)
    assert t.texts() == {catalog.subtask("1.1.2").title: "Бұйрықты бекіту"}
    missing = t.missing(catalog)
    assert "title" in missing and "subtasks.1.1.1.title" in missing
    assert "subtasks.1.1.2.title" not in missing
    assert len(missing) == len(catalog_places(catalog)) - 1


# -- refused files ----------------------------------------------------------


def _set(data: dict, place: list, value) -> dict:
    node = data
    for key in place[:-1]:
        node = node[key]
    node[place[-1]] = value
    return data


ENTRY = {"title": "Мәтін"}


@pytest.mark.parametrize(
    ("change", "value", "message"),
    [
        (["catalog"], "tbn4-2024", "catalog — перевод относится к каталогу «tbn4-2024», а не «tbn4-2023»."),
        (["language"], "en", "language — неизвестный язык перевода «en»."),
        (["language"], "ru", "language — неизвестный язык перевода «ru»."),
        (["translation"], "draft", "translation — отметка перевода должна быть project или official."),
        (
            ["comment"],
            "x",
            (
                "comment — неизвестное поле «comment» (допустимые поля: catalog, language, "
                "translation, title, projects, tasks, questions, subtasks)."
            ),
        ),
        (["projects", 7], ENTRY, "projects.7 — в каталоге нет проекта 7."),
        (
            ["projects", 1, "name"],
            "x",
            ("projects.1.name — неизвестное поле «name» (допустимые поля: translation, title, goal)."),
        ),
        (["tasks", "1.9"], ENTRY, "tasks.1.9 — в каталоге нет задачи 1.9."),
        (["tasks", 1.3], ENTRY, "tasks — код «1.3» нужно записать в кавычках."),
        (
            ["questions", "unknown_question"],
            {"text": "Мәтін"},
            "questions.unknown_question — в каталоге нет вопроса «unknown_question».",
        ),
        (["subtasks", "1.1.99"], ENTRY, "subtasks.1.1.99 — в каталоге нет подзадачи 1.1.99."),
        (
            ["subtasks", "1.1.1", "documents", "nothing"],
            ENTRY,
            "subtasks.1.1.1.documents.nothing — у подзадачи нет документа «nothing».",
        ),
        (
            ["subtasks", "1.2.1", "registers", "nothing"],
            ENTRY,
            "subtasks.1.2.1.registers.nothing — у подзадачи нет таблицы «nothing».",
        ),
        (
            ["subtasks", "1.2.1", "registers", "positions_at_risk", "columns", "nothing"],
            ENTRY,
            "subtasks.1.2.1.registers.positions_at_risk.columns.nothing — в таблице нет столбца «nothing».",
        ),
        (
            ["subtasks", "1.1.1", "source"],
            "x",
            (
                "subtasks.1.1.1.source — неизвестное поле «source» (допустимые поля: translation, title, "
                "short_title, guidance, executor, deadline, kpi, documents, registers)."
            ),
        ),
        (["subtasks", "1.1.1", "kpi"], "жылына", "subtasks.1.1.1.kpi — такого текста нет в каталоге."),
        (["subtasks", "1.1.1", "title"], "  ", "subtasks.1.1.1.title — текст перевода пустой или не является строкой."),
        (
            ["subtasks", "1.1.1", "guidance"],
            12,
            "subtasks.1.1.1.guidance — текст перевода пустой или не является строкой.",
        ),
        (
            ["subtasks", "1.1.1", "documents"],
            ["schedule"],
            "subtasks.1.1.1.documents — ожидается набор полей «ключ: значение».",
        ),
        (
            ["subtasks", "1.1.1", "translation"],
            "draft",
            "subtasks.1.1.1.translation — отметка перевода должна быть project или official.",
        ),
        (["subtasks"], 5, "subtasks — ожидается набор полей «ключ: значение»."),
    ],
)
def test_refused_files_name_the_file_and_the_place(catalog, tmp_path, data, change, value, message) -> None:
    assert error_of(catalog, tmp_path, _set(data, change, value)) == PREFIX + message


def test_lists_of_another_length_are_refused(catalog, tmp_path, data) -> None:
    column = data["subtasks"]["3.4.1"]["registers"]["app3_compliance_registry"]["columns"]["ownership_form"]
    column["choices"] = column["choices"][:-1]
    assert error_of(catalog, tmp_path, data) == PREFIX + (
        "subtasks.3.4.1.registers.app3_compliance_registry.columns.ownership_form.choices — "
        "число вариантов (4) не совпадает с каталогом (5)."
    )


def test_waive_reasons_of_another_length_are_refused(catalog, tmp_path, data) -> None:
    data["subtasks"]["3.1.1"]["documents"]["link"]["waive_reasons"] = ["жарияланбаған", "басқа"]
    assert error_of(catalog, tmp_path, data) == PREFIX + (
        "subtasks.3.1.1.documents.link.waive_reasons — число вариантов (2) не совпадает с каталогом (1)."
    )
    data["subtasks"]["3.1.1"]["documents"]["link"]["waive_reasons"] = "жарияланбаған"
    assert error_of(catalog, tmp_path, data) == PREFIX + (
        "subtasks.3.1.1.documents.link.waive_reasons — число вариантов (—) не совпадает с каталогом (1)."
    )
    data["subtasks"]["3.1.1"]["documents"]["link"]["waive_reasons"] = [""]
    assert error_of(catalog, tmp_path, data) == PREFIX + (
        "subtasks.3.1.1.documents.link.waive_reasons[0] — текст перевода пустой или не является строкой."
    )


def test_one_russian_text_translated_two_ways_is_refused(catalog, tmp_path, data) -> None:
    # «Должность» is the title of several columns: each must read the same.
    columns = data["subtasks"]["2.5.1"]["registers"]["app1_incompatible_activity"]["columns"]
    assert columns["person_position"]["title"] == "Лауазым"
    columns["person_position"]["title"] = "Қызметі"
    assert error_of(catalog, tmp_path, data) == PREFIX + (
        "subtasks.2.5.1.registers.app1_incompatible_activity.columns.person_position.title — "
        "тот же русский текст, что и в subtasks.1.2.1.registers.positions_at_risk.columns.position.title, "
        "переведён иначе."
    )


def test_unreadable_files_are_translation_errors(catalog, tmp_path) -> None:
    with pytest.raises(CatalogTranslationError, match="файл не найден"):
        load_catalog_translation(catalog, tmp_path / "tbn4-2023.kk.yaml")
    path = tmp_path / "tbn4-2023.kk.yaml"
    path.write_text("catalog: tbn4-2023\ncatalog: tbn4-2023\n", encoding="utf-8")
    with pytest.raises(CatalogTranslationError, match="указано дважды"):
        load_catalog_translation(catalog, path)
    path.write_text("catalog: [tbn4-2023\n", encoding="utf-8")
    with pytest.raises(CatalogTranslationError, match="ошибка синтаксиса YAML"):
        load_catalog_translation(catalog, path)
    path.write_text("- catalog\n", encoding="utf-8")
    assert (
        error_of_path(catalog, path)
        == "Файл перевода каталога tbn4-2023.kk.yaml: ожидается набор полей «ключ: значение»."
    )


def error_of_path(catalog, path: Path) -> str:
    with pytest.raises(CatalogTranslationError) as info:
        load_catalog_translation(catalog, path)
    return str(info.value)
