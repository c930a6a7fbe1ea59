"""The app's words in Russian and Kazakh, for every layer (core, services,
CLI and UI) without Qt: the core and the CLI must not import Qt, so the
lookup is ours, while the catalogues are Qt Linguist `.ts` files
(resources/i18n/tbn4_<lang>.ts) that Qt Linguist edits and `lrelease`
checks. Russian is the source language: its file only adds plural forms,
which the app reads from their extract, tbn4_ru.plurals.json.

Rules for code (tests/test_translations.py enforces them):
- every user-visible literal goes through `tr("…")`, `trn("… %n …", n)`, or
  is marked `N_("…")` where it is stored in a table and translated at use;
- placeholders are named and filled after translation:
  `tr("Подзадача {code} не найдена.").format(code=code)`;
- a sentence is one message, never glued from translated fragments;
- `tr` runs when the text is shown, never at import time (the language is
  chosen after the modules are imported).
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

SOURCE_LANGUAGE = "ru"
LANGUAGES = ("ru", "kk")
# Shown in the language choice in both languages at once, so that a user
# who reads only one of them finds their own.
LANGUAGE_NAMES = {"ru": "Русский", "kk": "Қазақ тілі"}  # i18n: ru-only — each name in its own language

_language = SOURCE_LANGUAGE
_messages: dict[tuple[str, str], str] = {}
_plurals: dict[tuple[str, str], tuple[str, ...]] = {}
_local = threading.local()  # .source: this thread speaks Russian (source_language)
_russian_plurals: dict[tuple[str, str], tuple[str, ...]] | None = None


class TranslationError(ValueError):
    """A catalogue file that cannot be read: the app falls back to Russian."""


def catalogue_path(language: str) -> Path:
    from tbn4_desktop.paths import resource_dir

    return resource_dir() / "i18n" / f"tbn4_{language}.ts"


def plural_forms_path(language: str) -> Path:
    """The plural messages of the catalogue alone, as JSON: written with it
    by scripts/translations.py (`update`), checked against it by `check`."""
    from tbn4_desktop.paths import resource_dir

    return resource_dir() / "i18n" / f"tbn4_{language}.plurals.json"


def read_catalogue(path: Path) -> tuple[dict[tuple[str, str], str], dict[tuple[str, str], tuple[str, ...]]]:
    """Finished messages of a `.ts` file keyed by (source, disambiguation);
    unfinished, vanished and obsolete ones are left out, so the source
    text is shown instead of a draft."""
    import xml.etree.ElementTree as ET

    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise TranslationError(str(exc)) from exc
    messages: dict[tuple[str, str], str] = {}
    plurals: dict[tuple[str, str], tuple[str, ...]] = {}
    for message in root.iter("message"):
        _add_message(message, messages, plurals)
    return messages, plurals


# A plural message of a `.ts` file, as Qt Linguist writes it (one element).
_PLURAL_MESSAGE = re.compile(r'<message\b[^>]*\bnumerus="yes"[^>]*>.*?</message>', re.DOTALL)


def read_plural_forms(path: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    """The plural messages of a `.ts` file, as read_catalogue gives them,
    without building the tree of the whole file: Russian needs only these
    few, at the first count on screen (start-up time)."""
    import xml.etree.ElementTree as ET

    try:
        text = path.read_text(encoding="utf-8")
        plurals: dict[tuple[str, str], tuple[str, ...]] = {}
        for match in _PLURAL_MESSAGE.finditer(text):
            _add_message(ET.fromstring(match.group()), {}, plurals)
    except (OSError, UnicodeDecodeError, ET.ParseError) as exc:
        raise TranslationError(str(exc)) from exc
    return plurals


def _add_message(
    message: ET.Element,
    messages: dict[tuple[str, str], str],
    plurals: dict[tuple[str, str], tuple[str, ...]],
) -> None:
    source = message.findtext("source") or ""
    key = (source, message.findtext("comment") or "")
    translation = message.find("translation")
    if translation is None or translation.get("type") in {"unfinished", "vanished", "obsolete"}:
        return
    forms = tuple(form.text or "" for form in translation.findall("numerusform"))
    if message.get("numerus") == "yes":
        if forms and all(forms):
            plurals[key] = forms
    elif translation.text:
        messages[key] = translation.text


def set_language(language: str) -> None:
    """Switch every later `tr` to `language`; an unknown language or an
    unreadable catalogue leaves the source language (Russian). Russian
    reads nothing here: its texts are the sources, and its plural forms are
    read at the first count (`trn`)."""
    global _language, _messages, _plurals
    messages: dict[tuple[str, str], str] = {}
    plurals: dict[tuple[str, str], tuple[str, ...]] = {}
    if language not in LANGUAGES:
        language = SOURCE_LANGUAGE
    if language != SOURCE_LANGUAGE:
        try:
            messages, plurals = read_catalogue(catalogue_path(language))
        except TranslationError:
            language = SOURCE_LANGUAGE
    _language, _messages, _plurals = language, messages, plurals


def language() -> str:
    return _language


@contextmanager
def source_language() -> Iterator[None]:
    """Messages of this thread in Russian for the duration, whatever the
    interface speaks: for what is written into files read elsewhere (the
    bundle's manifest), which must not depend on who made them. Other
    threads (the window, while an export runs) keep their language."""
    before = getattr(_local, "source", False)
    _local.source = True
    try:
        yield
    finally:
        _local.source = before


def _source_plurals() -> dict[tuple[str, str], tuple[str, ...]]:
    global _russian_plurals
    if _russian_plurals is None:
        try:
            _russian_plurals = read_plural_forms_json(plural_forms_path(SOURCE_LANGUAGE))
        except TranslationError:
            try:  # the catalogue itself: slower (0.8 MB and an XML parser), as good
                _russian_plurals = read_plural_forms(catalogue_path(SOURCE_LANGUAGE))
            except TranslationError:
                _russian_plurals = {}
    return _russian_plurals


def plural_forms_json(plurals: dict[tuple[str, str], tuple[str, ...]]) -> str:
    """What plural_forms_path holds: [source, disambiguation, [forms…]] each, sorted."""
    rows = [
        json.dumps([source, comment, list(forms)], ensure_ascii=False)
        for (source, comment), forms in sorted(plurals.items())
    ]
    return "[\n" + ",\n".join(rows) + "\n]\n"  # a message a line: readable diffs


def read_plural_forms_json(path: Path) -> dict[tuple[str, str], tuple[str, ...]]:
    try:
        rows = json.loads(path.read_bytes())
        return {(source, comment): tuple(forms) for source, comment, forms in rows}
    except (OSError, ValueError, TypeError) as exc:
        raise TranslationError(str(exc)) from exc


def tr(source: str, disambiguation: str = "") -> str:
    """The text in the current language; the source text when there is
    no finished translation."""
    if _language == SOURCE_LANGUAGE or getattr(_local, "source", False):
        return source
    return _messages.get((source, disambiguation), source)


def N_(source: str) -> str:
    """Marks a literal kept in a table for translation where it is shown:
    `tr(TABLE[key])`."""
    return source


def plural_index(language: str, n: int) -> int:
    """CLDR plural categories: Kazakh one/other, Russian one/few/many."""
    n = abs(n)
    if language == "kk":
        return 0 if n == 1 else 1
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


def trn(source: str, n: int, disambiguation: str = "") -> str:
    """A message with a count: the plural form `n` takes in the current
    language, with `%n` replaced by `n`."""
    language, plurals = _language, _plurals
    if _language == SOURCE_LANGUAGE or getattr(_local, "source", False):
        language, plurals = SOURCE_LANGUAGE, _source_plurals()
    forms = plurals.get((source, disambiguation))
    text = source
    if forms:
        text = forms[min(plural_index(language, n), len(forms) - 1)]
    return text.replace("%n", str(n))


# Letters of the Kazakh and Russian Cyrillic alphabets in the Kazakh
# alphabet's order (Kazakh-specific letters after their base letters, as in
# the 42-letter alphabet); Python's code-point order puts Ә Ғ Қ Ң Ө Ұ Ү Һ І
# and Ё after Я.
_ALPHABET = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"  # i18n: ru-only — an alphabet, not words
_ORDER = {letter: index for index, letter in enumerate(_ALPHABET)}
_NUMBER = re.compile(r"(\d+)")


def sort_key(text: str) -> tuple:
    """A key sorting Cyrillic text in alphabet order (case-insensitive,
    numbers by value), whatever the language of the interface."""
    key: list[tuple[int, int | str]] = []
    for part in _NUMBER.split(text.casefold()):
        if part.isdigit():
            key.append((0, int(part)))
            continue
        for char in part:
            position = _ORDER.get(char)
            key.append((1, position) if position is not None else (2, char))
    return tuple(key)


# The catalog's own texts (titles, guidance, document names…) are data:
# their Kazakh versions come from the catalog's translation file beside it
# (core/catalog_translation.py), keyed by the Russian text.
_catalog_texts: dict[str, str] = {}


def set_catalog_texts(texts: dict[str, str]) -> None:
    """Install the catalog's translations for the current language."""
    global _catalog_texts
    _catalog_texts = dict(texts)


def tc(text: str) -> str:
    """A text of the catalog (a subtask's title, a document's name…) in the
    current language; the catalog's Russian where it has no translation."""
    if _language == SOURCE_LANGUAGE or getattr(_local, "source", False):
        return text
    return _catalog_texts.get(text, text)
