"""Translations of the app's own words: what must go through tr(), and the
Qt Linguist catalogues (resources/i18n/tbn4_ru.ts, tbn4_kk.ts).

    python scripts/translations.py check [--json FILE] [PATHS…]
        lists Cyrillic literals that bypass tr()/trn()/N_(), f-strings or
        concatenations inside tr(), and (with --json) messages of PATHS the
        JSON file does not translate or translates with other placeholders.
    python scripts/translations.py update [--import-json FILE…]
        re-extracts every message from tbn4_desktop/ into both .ts files,
        keeping finished translations (like `lupdate -no-obsolete`); JSON
        files (a list of {source, disambiguation?, kk, numerus?, ru?}) add
        translations. It also writes tbn4_ru.plurals.json, the Russian
        plural forms alone, which the app reads at start-up instead of the
        whole catalogue; `check` fails when that file is out of date.

Extraction reads the Python AST, not pyside6-lupdate: our tr() is Qt-free
(the core and the CLI must not import Qt) and keyed by the source text, so
lupdate's class contexts do not apply. The files stay Qt Linguist's own
format, editable in Qt Linguist and checked by `pyside6-lrelease`.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from tbn4_desktop import i18n

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "tbn4_desktop"
TS_DIR = ROOT / "resources" / "i18n"
LANGUAGE_TAGS = {"ru": "ru_RU", "kk": "kk_KZ"}
PLURAL_FORMS = {"ru": 3, "kk": 2}

CYRILLIC = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[!:][^{}]*)?\}|%n")
MARKER = "i18n: ru-only"
BLOCK_BEGIN = "i18n: ru-only-begin"
BLOCK_END = "i18n: ru-only-end"
TRANSLATING = {"tr", "trn", "N_"}
LOG_METHODS = {"debug", "info", "warning", "error", "exception", "critical"}
LOG_OWNERS = {"log", "logger", "_log", "_logger", "LOG", "logging"}

# Whole modules that stay Russian whatever the interface language, and why.
RUSSIAN_MODULES = {
    "core/forms/": "the official forms are printed as the instruction prints them (Russian)",
}


@dataclass
class Message:
    source: str
    disambiguation: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.disambiguation)


@dataclass
class Finding:
    path: str
    line: int
    text: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.text}"


def relative(path: Path) -> str:
    try:
        return path.resolve().relative_to(PACKAGE).as_posix()
    except ValueError:
        return path.as_posix()


def russian_module(rel: str) -> str | None:
    for prefix, reason in RUSSIAN_MODULES.items():
        if rel == prefix or (prefix.endswith("/") and rel.startswith(prefix)):
            return reason
    return None


def _call_name(node: ast.Call) -> str | None:
    if isinstance(node.func, ast.Name):
        return node.func.id
    if isinstance(node.func, ast.Attribute):
        return node.func.attr
    return None


def _is_log_call(node: ast.Call) -> bool:
    func = node.func
    if not (isinstance(func, ast.Attribute) and func.attr in LOG_METHODS):
        return False
    owner = func.value
    name = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else ""
    return name in LOG_OWNERS


def _exempt_lines(lines: list[str]) -> set[int]:
    exempt: set[int] = set()
    inside = False
    for number, line in enumerate(lines, start=1):
        if BLOCK_BEGIN in line:
            inside = True
        if inside or (MARKER in line and BLOCK_BEGIN not in line and BLOCK_END not in line):
            exempt.add(number)
        if BLOCK_END in line:
            inside = False
    return exempt


@dataclass
class ModuleScan:
    messages: list[Message]
    untranslated: list[Finding]
    misuse: list[Finding]


def scan_module(path: Path) -> ModuleScan:
    """Messages of one module, and the literals that bypass translation."""
    rel = relative(path)
    text = path.read_text(encoding="utf-8")
    tree = ast.parse(text, filename=str(path))
    exempt = _exempt_lines(text.splitlines())
    covered: set[int] = set()
    messages: list[Message] = []
    misuse: list[Finding] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                covered.add(id(body[0].value))
        if not isinstance(node, ast.Call):
            continue
        if _is_log_call(node):
            for sub in ast.walk(node):
                covered.add(id(sub))
            continue
        name = _call_name(node)
        if name not in TRANSLATING or not node.args:
            continue
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            covered.add(id(first))
            disambiguation = ""
            if name == "tr" and len(node.args) > 1 and isinstance(node.args[1], ast.Constant):
                covered.add(id(node.args[1]))
                disambiguation = str(node.args[1].value)
            if name == "trn" and len(node.args) > 2 and isinstance(node.args[2], ast.Constant):
                covered.add(id(node.args[2]))
                disambiguation = str(node.args[2].value)
            if name == "trn" and "%n" not in first.value:
                misuse.append(Finding(rel, node.lineno, "trn() without %n"))
            if CYRILLIC.search(first.value) or name != "N_":
                messages.append(Message(first.value, disambiguation, name == "trn", [(rel, node.lineno)]))
        elif isinstance(first, ast.JoinedStr | ast.BinOp):
            misuse.append(Finding(rel, node.lineno, f"{name}() of an f-string or a concatenation: never translated"))
            for sub in ast.walk(first):
                covered.add(id(sub))
    reason = russian_module(rel)
    untranslated: list[Finding] = []
    reported_fstrings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            parts = [v for v in node.values if isinstance(v, ast.Constant)]
            if any(isinstance(v.value, str) and CYRILLIC.search(v.value) for v in parts):
                covered_here = any(id(v) in covered for v in parts)
                reported_fstrings.update(id(v) for v in parts)
                if not (reason or covered_here or _lines_exempt(node, exempt)):
                    untranslated.append(Finding(rel, node.lineno, "f-string: " + _snippet(node, text)))
            continue
        if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
            continue
        if id(node) in covered or id(node) in reported_fstrings or not CYRILLIC.search(node.value):
            continue
        if reason or _lines_exempt(node, exempt):
            continue
        untranslated.append(Finding(rel, node.lineno, repr(node.value[:70])))
    untranslated.sort(key=lambda f: f.line)
    return ModuleScan(messages, untranslated, misuse)


def _lines_exempt(node: ast.AST, exempt: set[int]) -> bool:
    end = getattr(node, "end_lineno", None) or node.lineno
    return any(line in exempt for line in range(node.lineno, end + 1))


def _snippet(node: ast.AST, text: str) -> str:
    return (ast.get_source_segment(text, node) or "")[:70]


def import_time_calls(path: Path) -> list[Finding]:
    """tr()/trn()/tc() run when a module is imported (module or class level,
    a default argument): the language is chosen after the imports, so such
    a text would stay Russian."""
    found: list[Finding] = []
    rel = relative(path)

    def translating(node: ast.AST) -> bool:
        return isinstance(node, ast.Call) and _call_name(node) in {"tr", "trn", "tc"}

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
                defaults = [d for d in child.args.defaults + child.args.kw_defaults if d is not None]
                found.extend(
                    Finding(rel, n.lineno, "tr() in a default argument")
                    for d in defaults
                    for n in ast.walk(d)
                    if translating(n)
                )
                continue  # a body runs later
            if translating(child):
                found.append(Finding(rel, child.lineno, "tr() at import time"))
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    return found


def package_modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py") if "migrations/versions" not in p.as_posix())


def collect(
    paths: list[Path],
) -> tuple[dict[tuple[str, str], Message], dict[str, list[Message]], list[Finding], list[Finding]]:
    """All messages (merged by source and disambiguation, locations
    gathered), the messages of each module in order, and the findings."""
    merged: dict[tuple[str, str], Message] = {}
    by_module: dict[str, list[Message]] = {}
    untranslated: list[Finding] = []
    misuse: list[Finding] = []
    for path in paths:
        scan = scan_module(path)
        untranslated += scan.untranslated
        misuse += scan.misuse
        for message in scan.messages:
            known = merged.get(message.key)
            if known is None:
                merged[message.key] = message
                by_module.setdefault(relative(path), []).append(message)
            else:
                known.locations += message.locations
                known.numerus = known.numerus or message.numerus
    return merged, by_module, untranslated, misuse


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def translation_problems(source: str, translation: str) -> list[str]:
    problems = []
    if placeholders(source) != placeholders(translation):
        problems.append(f"placeholders differ: {placeholders(source)} vs {placeholders(translation)}")
    if source.count("&") != translation.count("&"):
        problems.append("the & accelerator differs")
    for edge, strip in (("leading", str.lstrip), ("trailing", str.rstrip)):
        if (len(source) - len(strip(source)) > 0) != (len(translation) - len(strip(translation)) > 0):
            problems.append(f"{edge} whitespace differs")
    return problems


# ---------------------------------------------------------------- .ts files


@dataclass
class Entry:
    translation: str | list[str] | None  # None: unfinished


def read_ts(path: Path) -> dict[tuple[str, str], Entry]:
    if not path.exists():
        return {}
    result: dict[tuple[str, str], Entry] = {}
    for message in ET.parse(path).getroot().iter("message"):
        key = (message.findtext("source") or "", message.findtext("comment") or "")
        node = message.find("translation")
        if node is None or node.get("type") in {"unfinished", "vanished", "obsolete"}:
            continue
        if message.get("numerus") == "yes":
            forms = [f.text or "" for f in node.findall("numerusform")]
            result[key] = Entry(forms if all(forms) else None)
        else:
            result[key] = Entry(node.text or None)
    return result


def read_json(path: Path, language: str) -> dict[tuple[str, str], Entry]:
    result: dict[tuple[str, str], Entry] = {}
    for item in json.loads(path.read_text(encoding="utf-8")):
        key = (item["source"], item.get("disambiguation", ""))
        value = item.get(language)
        if value is None and language == "ru" and not item.get("numerus"):
            value = item["source"]
        if value is not None:
            result[key] = Entry(value)
    return result


def write_ts(
    path: Path,
    language: str,
    by_module: dict[str, list[Message]],
    merged: dict[tuple[str, str], Message],
    known: dict[tuple[str, str], Entry],
) -> int:
    """Writes the catalogue; returns the number of unfinished messages."""
    root = ET.Element("TS", version="2.1", language=LANGUAGE_TAGS[language], sourcelanguage="ru_RU")
    unfinished = 0
    for module in sorted(by_module):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = module.removesuffix(".py").replace("/", ".")
        for first in by_module[module]:
            message = merged[first.key]
            node = (
                ET.SubElement(context, "message", numerus="yes")
                if message.numerus
                else ET.SubElement(context, "message")
            )
            for filename, line in message.locations:
                ET.SubElement(node, "location", filename=f"../../tbn4_desktop/{filename}", line=str(line))
            ET.SubElement(node, "source").text = message.source
            if message.disambiguation:
                ET.SubElement(node, "comment").text = message.disambiguation
            entry = known.get(message.key)
            value = entry.translation if entry else None
            if value is None and language == "ru" and not message.numerus:
                value = message.source
            translation = ET.SubElement(node, "translation")
            if message.numerus:
                forms = value if isinstance(value, list) and len(value) == PLURAL_FORMS[language] else None
                for form in forms or [""] * PLURAL_FORMS[language]:
                    ET.SubElement(translation, "numerusform").text = form
                if forms is None:
                    translation.set("type", "unfinished")
                    unfinished += 1
            elif isinstance(value, str):
                translation.text = value
            else:
                translation.set("type", "unfinished")
                unfinished += 1
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return unfinished


# --------------------------------------------------------------- commands


def _plural_forms_files() -> tuple[Path, Path]:
    return TS_DIR / "tbn4_ru.ts", TS_DIR / i18n.plural_forms_path("ru").name


def write_plural_forms() -> None:
    """The Russian plural forms alone, for the app's start-up (i18n._source_plurals)."""
    ts, target = _plural_forms_files()
    target.write_text(i18n.plural_forms_json(i18n.read_plural_forms(ts)), encoding="utf-8")
    print(f"{target.relative_to(ROOT)}: written from {ts.name}")


def plural_forms_findings() -> list[str]:
    ts, target = _plural_forms_files()
    try:
        current = i18n.read_plural_forms_json(target)
    except i18n.TranslationError as exc:
        return [f"{target.relative_to(ROOT)}: cannot be read ({exc}): run `update`"]
    if current != i18n.read_plural_forms(ts):
        return [f"{target.relative_to(ROOT)}: differs from {ts.name}: run `update`"]
    return []


def cmd_check(args: argparse.Namespace) -> int:
    paths = [Path(p) for p in args.paths] or package_modules()
    files: list[Path] = []
    for p in paths:
        files += sorted(p.rglob("*.py")) if p.is_dir() else [p]
    merged, _, untranslated, misuse = collect(files)
    findings = [str(f) for f in untranslated + misuse]
    if args.json:
        known = read_ts(TS_DIR / "tbn4_kk.ts")
        known.update(read_json(Path(args.json), "kk"))
        ru = read_json(Path(args.json), "ru")
        for key, message in merged.items():
            entry = known.get(key)
            where = "{}:{}".format(*message.locations[0])
            if entry is None or entry.translation is None:
                findings.append(f"{where}: no Kazakh translation: {message.source[:70]!r}")
                continue
            value = entry.translation
            if message.numerus:
                if not isinstance(value, list) or len(value) != PLURAL_FORMS["kk"]:
                    findings.append(f"{where}: numerus message needs 2 Kazakh forms: {message.source[:60]!r}")
                    continue
                ru_forms = ru.get(key)
                if ru_forms is None or not isinstance(ru_forms.translation, list) or len(ru_forms.translation) != 3:
                    findings.append(f"{where}: numerus message needs 3 Russian forms: {message.source[:60]!r}")
                forms = value
            else:
                if not isinstance(value, str):
                    findings.append(f"{where}: not a numerus message, the translation must be a string")
                    continue
                forms = [value]
            for form in forms:
                for problem in translation_problems(message.source, form):
                    findings.append(f"{where}: {problem}: {message.source[:60]!r}")
    findings += plural_forms_findings()
    for line in findings:
        print(line)
    print(f"{len(merged)} messages, {len(findings)} findings", file=sys.stderr)
    return 1 if findings else 0


def cmd_update(args: argparse.Namespace) -> int:
    merged, by_module, untranslated, misuse = collect(package_modules())
    TS_DIR.mkdir(parents=True, exist_ok=True)
    for language in ("ru", "kk"):
        path = TS_DIR / f"tbn4_{language}.ts"
        known = read_ts(path)
        for json_path in args.import_json:
            known.update(read_json(Path(json_path), language))
        left = write_ts(path, language, by_module, merged, known)
        print(f"{path.relative_to(ROOT)}: {len(merged)} messages, {left} unfinished")
    write_plural_forms()
    if untranslated or misuse:
        print(f"{len(untranslated) + len(misuse)} literals bypass tr(): run `check`", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check")
    check.add_argument("--json")
    check.add_argument("paths", nargs="*")
    check.set_defaults(func=cmd_check)
    update = sub.add_parser("update")
    update.add_argument("--import-json", nargs="*", default=[])
    update.set_defaults(func=cmd_update)
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
