"""Conditional register columns in catalog files (`when:`): loading, the
refusals that name the file, path and field, the JSON output and the cache."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from tbn4_desktop.core.catalog import CatalogError
from tbn4_desktop.core.catalog_json import subtask_to_dict
from tbn4_desktop.core.catalog_loader import load_catalog

MINIMAL = Path(__file__).resolve().parents[1] / "data" / "catalogs" / "minimal.yaml"
REGISTER = "projects[0].tasks[0].subtasks[2].register"  # 1.1.3: category (choice), event_date, damage


def _catalog_with(tmp_path: Path, *extra: dict[str, Any]) -> Path:
    """minimal.yaml with columns appended to the 1.1.3 register."""
    data = yaml.safe_load(MINIMAL.read_text(encoding="utf-8"))
    columns = data["projects"][0]["tasks"][0]["subtasks"][2]["register"]["columns"]
    columns.extend(extra)
    path = tmp_path / "broken.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


POLITICAL = {"key": "political", "title": "Политический служащий", "type": "bool", "required": True}


def test_conditions_load_in_order_and_reach_the_json(tmp_path: Path) -> None:
    path = _catalog_with(
        tmp_path,
        POLITICAL,
        {"key": "resigned", "title": "Отставка", "type": "bool", "when": {"political": True}},
        {"key": "verdict", "title": "Приговор", "type": "text", "when": {"category": "Уголовное", "political": False}},
    )
    register = load_catalog(path).subtask("1.1.3").register
    assert register.column("resigned").when == (("political", True),)
    assert register.column("verdict").when == (("category", "Уголовное"), ("political", False))
    assert register.column("political").when == ()
    columns = {c["key"]: c for c in subtask_to_dict(load_catalog(path).subtask("1.1.3"))["register"]["columns"]}
    assert columns["verdict"]["when"] == {"category": "Уголовное", "political": False}
    assert "when" not in columns["political"]


def test_the_cache_keeps_conditions(tmp_path: Path) -> None:
    path = _catalog_with(
        tmp_path, POLITICAL, {"key": "resigned", "title": "Отставка", "type": "bool", "when": {"political": True}}
    )
    cache = tmp_path / "cache"
    first = load_catalog(path, cache)
    (cached,) = cache.glob("catalog-*.json")
    assert '"when": {"political": true}' in cached.read_text(encoding="utf-8")
    again = load_catalog(path, cache)
    assert again == first and again.subtask("1.1.3").register.column("resigned").when == (("political", True),)


@pytest.mark.parametrize(
    ("columns", "field", "phrase"),
    [
        pytest.param(
            [{"key": "resigned", "title": "Отставка", "type": "bool", "when": {"political": True}}],
            "columns[3].when.political",
            "столбец «political» не найден в этом реестре",
            id="unknown",
        ),
        pytest.param(
            [{"key": "resigned", "title": "Отставка", "type": "bool", "when": {"political": True}}, POLITICAL],
            "columns[3].when.political",
            "идёт ниже этого столбца",
            id="later",
        ),
        pytest.param(
            [{**POLITICAL, "when": {"political": True}}],
            "columns[3].when.political",
            "не может зависеть от самого себя",
            id="itself",
        ),
        pytest.param(
            [{"key": "verdict", "title": "Приговор", "when": {"category": "Уголовное дело"}}],
            "columns[3].when.category",
            "«Уголовное дело» не входит в варианты столбца «category» (Административное, Уголовное)",
            id="not-a-choice",
        ),
        pytest.param(
            [POLITICAL, {"key": "resigned", "title": "Отставка", "when": {"political": "да"}}],
            "columns[4].when.political",
            "типа bool: ожидается true или false, получено «да»",
            id="bool-as-text",
        ),
        pytest.param(
            [{"key": "note", "title": "Примечание", "when": {"damage": 0}}],
            "columns[3].when.damage",
            "только на столбец типа bool или choice, а «damage» имеет тип money",
            id="money-column",
        ),
        pytest.param(
            [{"key": "note", "title": "Примечание", "when": {}}],
            "columns[3].when",
            "ожидается условие «столбец: значение»",
            id="empty",
        ),
        pytest.param(
            [{"key": "note", "title": "Примечание", "when": "political"}],
            "columns[3].when",
            "ожидается условие «столбец: значение»",
            id="not-a-mapping",
        ),
    ],
)
def test_bad_conditions_are_refused(tmp_path: Path, columns: list[dict[str, Any]], field: str, phrase: str) -> None:
    with pytest.raises(CatalogError) as info:
        load_catalog(_catalog_with(tmp_path, *columns))
    message = str(info.value)
    assert message.startswith(f"Файл каталога broken.yaml: {REGISTER}.{field} — "), message
    assert phrase in message and message.endswith("."), message


def test_the_shipped_catalog_states_conditions_only_on_2_3_x(catalog) -> None:
    conditional = {(s.code, r.key, c.key) for s in catalog.subtasks() for r in s.registers for c in r.columns if c.when}
    assert {code for code, _, _ in conditional} == {"2.3.1", "2.3.2"}
    # «прекращено органом досудебного расследования … по нереабилитирующим основаниям»: no court act
    for code in ("2.3.1", "2.3.2"):
        register = catalog.subtask(code).register
        for key in ("court_name", "judgement_date", "judgement_effective_date"):
            assert register.column(key).when == (("pretrial_termination", False),), (code, key)
        assert register.column("termination_date").when == (("pretrial_termination", True),)
        assert register.column("termination_date").required
    # 2.3.1 is about criminal offences: «за коррупционные преступления подчинённых»
    assert catalog.subtask("2.3.1").register.column("category").choices == ("Уголовное",)
    register = catalog.subtask("2.3.1").register
    assert register.column("disciplinary_outcome").when == (("superior_is_political", False),)
    assert register.column("resigned_within_10_days").required
    assert json.dumps(subtask_to_dict(catalog.subtask("2.3.1")), ensure_ascii=False).count('"when"') == 10
