"""docs/glossary.md is the one list of words: no retired term of its table
«Вышедшие термины» remains in a string the program shows (string literals
of tbn4_desktop, docstrings aside, and the catalog's texts), and no label
that holds parentheses of its own is put in parentheses again."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
GLOSSARY = ROOT / "docs" / "glossary.md"
PACKAGE = ROOT / "tbn4_desktop"
QUOTED = re.compile(r"«([^«»]+)»")
CODE = re.compile(r"`([^`]+)`")


def retired_terms() -> list[tuple[list[str], list[str]]]:
    """(retired words, allowed phrases) per row of «Вышедшие термины»."""
    text = GLOSSARY.read_text(encoding="utf-8")
    section = text[text.index("## Вышедшие термины") :]
    rows = []
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) != 3 or not cells[0].startswith("«"):
            continue
        retired = QUOTED.findall(cells[0])
        allowed = CODE.findall(cells[2])
        rows.append((retired, allowed))
    return rows


def word_pattern(term: str) -> re.Pattern[str]:
    """«загруз…» matches any word starting so; «В срок» the words themselves."""
    stem = term.endswith("…")
    body = re.escape(term.rstrip("…"))
    return re.compile(rf"(?<![а-яёa-z]){body}{'[а-яё]*' if stem else '(?![а-яёa-z])'}", re.IGNORECASE)


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                found.add(id(first.value))
    return found


def ui_strings() -> list[tuple[str, str]]:
    """(where, text) of every string the program may show."""
    out = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "migrations" in path.parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree)
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and id(node) not in skip
                and re.search("[а-яё]", node.value, re.IGNORECASE)
            ):
                out.append((f"{path.relative_to(ROOT)}:{node.lineno}", node.value))
    for path in sorted((ROOT / "resources" / "catalogs").glob("*.yaml")):
        out += [
            (f"{path.relative_to(ROOT)}: {key}", text)
            for key, text in _yaml_strings(yaml.safe_load(path.read_text(encoding="utf-8")))
        ]
    return out


def _yaml_strings(value: object, key: str = "") -> list[tuple[str, str]]:
    if isinstance(value, str):
        return [(key, value)]
    if isinstance(value, dict):
        return [s for k, v in value.items() for s in _yaml_strings(v, f"{key}.{k}" if key else str(k))]
    if isinstance(value, list):
        return [s for i, v in enumerate(value) for s in _yaml_strings(v, f"{key}[{i}]")]
    return []


def offences(text: str, retired: list[str], allowed: list[str]) -> list[str]:
    """The retired words of `text` not inside an allowed phrase. An allowed
    entry without a retired word in it (e.g. «ИСПУ») allows the whole string."""
    lowered = text.lower()
    context = [a for a in allowed if not any(word_pattern(r).search(a) for r in retired)]
    if any(c.lower() in lowered for c in context):
        return []
    spans = [
        (m.start(), m.start() + len(a))
        for a in allowed
        if a not in context
        for m in re.finditer(re.escape(a.lower()), lowered)
    ]
    return [
        m.group(0)
        for r in retired
        for m in word_pattern(r).finditer(text)
        if not any(start <= m.start() and m.end() <= end for start, end in spans)
    ]


def test_the_glossary_lists_the_retired_terms_of_the_issue():
    words = [w for retired, _ in retired_terms() for w in retired]
    assert {"В срок", "не задан…", "загруз…", "коррупционно-рисков…"} <= set(words)


@pytest.mark.parametrize("retired,allowed", [pytest.param(r, a, id=r[0]) for r, a in retired_terms()])
def test_no_retired_term_remains_in_the_ui_strings(retired, allowed):
    found = [f"{where}: «{text.strip()[:120]}»" for where, text in ui_strings() if offences(text, retired, allowed)]
    assert not found, "Вышедший термин (docs/glossary.md):\n" + "\n".join(found)


def test_the_checker_finds_what_it_should():
    """The matcher itself: what it refuses and what it lets through."""
    rows = {tuple(r): a for r, a in retired_terms()}
    in_time = rows[("В срок",)]
    assert offences("В срок", ["В срок"], in_time) == ["В срок"]
    assert offences("Выполнено в срок", ["В срок"], in_time) == []
    assert offences("в сроки года", ["В срок"], in_time) == []
    upload = next(a for r, a in rows.items() if "загруз…" in r)
    assert offences("Пакет загружен.", ["загруз…", "загруж…"], upload) == ["загружен"]
    assert offences("Отметить загрузку в ИСПУ", ["загруз…", "загруж…"], upload) == []
    assert offences("Готово к загрузке", ["загруз…", "загруж…"], upload) == []
    assert offences("перезагрузите компьютер", ["загруз…", "загруж…"], upload) == []


def _nested_label_parentheses(path: Path) -> list[str]:
    """f-strings «…({x.role.label})…»: role and level labels hold parentheses of their own."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.JoinedStr):
            continue
        parts = node.values
        for before, value, after in zip(parts, parts[1:], parts[2:], strict=False):
            if (
                isinstance(before, ast.Constant)
                and str(before.value).endswith("(")
                and isinstance(value, ast.FormattedValue)
                and isinstance(after, ast.Constant)
                and str(after.value).startswith(")")
            ):
                expr = ast.unparse(value.value)
                if re.search(r"role|level", expr) and ".label" in expr or "roles_text" in expr:
                    found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {expr}")
    return found


def test_role_and_level_labels_are_not_put_in_parentheses():
    from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole

    assert any("(" in r.label for r in SignerRole) and any("(" in lv.label for lv in OrgLevel)
    found = [hit for path in sorted(PACKAGE.rglob("*.py")) for hit in _nested_label_parentheses(path)]
    assert not found, "«(…(…))»: write «Ф.И.О. — роль» instead:\n" + "\n".join(found)
