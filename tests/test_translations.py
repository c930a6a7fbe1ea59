"""Both languages complete: no user-visible literal bypasses tr(), every
message of the code is in both Qt Linguist catalogues and finished, with
the same placeholders, and the runtime picks the right words and plural
forms."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tbn4_desktop import i18n

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("translations", ROOT / "scripts" / "translations.py")
translations = importlib.util.module_from_spec(_spec)
sys.modules["translations"] = translations
_spec.loader.exec_module(translations)


@pytest.fixture(scope="module")
def extracted():
    return translations.collect(translations.package_modules())


@pytest.fixture
def kazakh():
    i18n.set_language("kk")
    yield
    i18n.set_language("ru")


def test_no_user_visible_literal_bypasses_translation(extracted):
    _, _, untranslated, misuse = extracted
    assert [str(f) for f in untranslated] == []
    assert [str(f) for f in misuse] == []


def test_nothing_is_translated_at_import_time(tmp_path):
    """The language is chosen after the modules are imported."""
    found = [str(f) for p in translations.package_modules() for f in translations.import_time_calls(p)]
    assert found == []
    sample = tmp_path / "sample.py"
    sample.write_text(
        'TITLE = tr("А")\n'
        'def f(x=tr("Б")):\n    return tr("В")\n'
        'class C:\n    name = tr("Г")\n    def g(self):\n        return tr("Д")\n',
        encoding="utf-8",
    )
    assert [f.line for f in translations.import_time_calls(sample)] == [1, 2, 5]


def test_the_checker_finds_what_bypasses_it(tmp_path):
    module = tmp_path / "sample.py"
    module.write_text(
        'from tbn4_desktop.i18n import N_, tr\n'
        'A = N_("Помечено")\n'
        'B = tr("Переведено {x}").format(x=1)\n'
        'C = "Забыто"\n'
        'D = f"Склеено {B}"\n'
        'E = tr(f"Никогда {A}")\n'
        'F = "Оставлено по-русски"  # i18n: ru-only — a test\n'
        'logger.warning("В журнал")\n',
        encoding="utf-8",
    )
    scan = translations.scan_module(module)
    assert [f.line for f in scan.untranslated] == [4, 5]
    assert [f.line for f in scan.misuse] == [6]
    assert [m.source for m in scan.messages] == ["Помечено", "Переведено {x}"]


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_catalogue_has_every_message_finished(extracted, language):
    merged, _, _, _ = extracted
    path = translations.TS_DIR / f"tbn4_{language}.ts"
    known = translations.read_ts(path)
    missing = [key[0][:80] for key in merged if key not in known or known[key].translation is None]
    assert missing == [], f"{len(missing)} unfinished in {path.name}; run scripts/translations.py update"
    problems = []
    for key, message in merged.items():
        value = known[key].translation
        forms = value if message.numerus else [value]
        if message.numerus and len(forms) != translations.PLURAL_FORMS[language]:
            problems.append(f"{key[0]!r}: {len(forms)} plural forms")
        for form in forms:
            problems += [f"{key[0][:60]!r}: {p}" for p in translations.translation_problems(key[0], form)]
    assert problems == []


def test_kazakh_translations_are_kazakh(extracted):
    """A translation copied from the source slips through the finished
    check; most Kazakh sentences carry a letter Russian lacks."""
    merged, _, _, _ = extracted
    known = translations.read_ts(translations.TS_DIR / "tbn4_kk.ts")
    sentences = [key for key in merged if len(key[0].split()) >= 4]
    copied = [key[0] for key in sentences if known[key].translation == key[0]]
    assert len(copied) <= len(sentences) // 50, copied[:20]
    kazakh_letters = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
    with_letters = [key for key in sentences if kazakh_letters & set(str(known[key].translation))]
    assert len(with_letters) >= 0.8 * len(sentences)


def test_one_source_text_has_one_translation_across_contexts():
    tree = translations.ET.parse(translations.TS_DIR / "tbn4_kk.ts")
    seen: dict[tuple[str, str], str] = {}
    for message in tree.getroot().iter("message"):
        key = (message.findtext("source"), message.findtext("comment") or "")
        assert key not in seen, f"{key[0]!r} twice in tbn4_kk.ts"
        seen[key] = message.findtext("translation")


@pytest.mark.skipif(
    shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) is None,
    reason="pyside6-lrelease is not installed",
)
@pytest.mark.parametrize("language", ["ru", "kk"])
def test_qt_linguist_compiles_the_catalogue(tmp_path, language):
    lrelease = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    out = tmp_path / f"tbn4_{language}.qm"
    result = subprocess.run(
        [lrelease, str(translations.TS_DIR / f"tbn4_{language}.ts"), "-qm", str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "0 unfinished" in result.stdout
    assert out.stat().st_size > 10_000


def test_kazakh_words_and_plurals(kazakh):
    assert i18n.language() == "kk"
    assert i18n.trn("%n файл", 1) != "1 файл" or i18n.trn("%n файл", 5) == "5 файл"
    # Kazakh nouns stay singular after a number: one form for 2 and 5.
    assert i18n.plural_index("kk", 1) == 0
    assert i18n.plural_index("kk", 2) == i18n.plural_index("kk", 5) == i18n.plural_index("kk", 21) == 1


def test_russian_plural_forms():
    assert [i18n.plural_index("ru", n) for n in (1, 2, 5, 11, 21, 22, 25, 111, 112)] == [0, 1, 2, 2, 0, 1, 2, 2, 2]


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_plural_forms_read_without_the_whole_tree_match_the_catalogue(language):
    """Russian reads only its plural messages at the first count (start-up
    time): the same forms as the full read, none left out."""
    path = i18n.catalogue_path(language)
    plurals = i18n.read_plural_forms(path)
    assert plurals == i18n.read_catalogue(path)[1]
    assert len(plurals) > 20


def test_the_plural_forms_file_read_at_start_up_matches_the_catalogue():
    """tbn4_ru.plurals.json (written by `scripts/translations.py update`)
    spares the start-up the 0.8 MB catalogue and an XML parser; it must say
    what the catalogue says."""
    shipped = i18n.read_plural_forms_json(i18n.plural_forms_path("ru"))
    assert shipped == i18n.read_plural_forms(i18n.catalogue_path("ru"))


def test_without_the_plural_forms_file_the_catalogue_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr(i18n, "plural_forms_path", lambda language: tmp_path / "missing.json")
    monkeypatch.setattr(i18n, "_russian_plurals", None)
    i18n.set_language("ru")
    assert i18n.trn("в архиве %n файл при допустимых {limit}", 5) == "в архиве 5 файлов при допустимых {limit}"


def test_russian_counts_take_their_forms_from_the_catalogue():
    i18n.set_language("ru")
    source = "в архиве %n файл при допустимых {limit}"
    assert [i18n.trn(source, n) for n in (1, 3, 5)] == [
        "в архиве 1 файл при допустимых {limit}",
        "в архиве 3 файла при допустимых {limit}",
        "в архиве 5 файлов при допустимых {limit}",
    ]


def test_a_broken_catalogue_gives_no_plural_forms(tmp_path):
    broken = tmp_path / "tbn4_ru.ts"
    broken.write_text('<TS><message numerus="yes"><source>%n</source></mess</message>', encoding="utf-8")
    with pytest.raises(i18n.TranslationError):
        i18n.read_plural_forms(broken)
    with pytest.raises(i18n.TranslationError):
        i18n.read_plural_forms(tmp_path / "missing.ts")


def test_unknown_language_falls_back_to_russian():
    i18n.set_language("en")
    assert i18n.language() == "ru"
    assert i18n.tr("Закрыть") == "Закрыть"


def test_a_broken_catalogue_falls_back_to_russian(tmp_path, monkeypatch):
    broken = tmp_path / "tbn4_kk.ts"
    broken.write_text("<TS><message>", encoding="utf-8")
    monkeypatch.setattr(i18n, "catalogue_path", lambda language: broken)
    i18n.set_language("kk")
    try:
        assert i18n.language() == "ru"
    finally:
        monkeypatch.undo()
        i18n.set_language("ru")


def test_sorting_puts_kazakh_letters_in_alphabet_order():
    names = ["Үржар", "Ұлытау", "Аягөз", "Әйтеке би", "Қарасай", "Кеген", "Іле", "Ынтымақ", "Ёлка", "Жаркент"]
    assert sorted(names, key=i18n.sort_key) == [
        "Аягөз",
        "Әйтеке би",
        "Ёлка",
        "Жаркент",
        "Кеген",
        "Қарасай",
        "Ұлытау",
        "Үржар",
        "Ынтымақ",
        "Іле",
    ]
    assert sorted(["№ 10", "№ 9"], key=i18n.sort_key) == ["№ 9", "№ 10"]


# Terms of docs/glossary-kk-ru.md that every message using them must keep:
# (a stem of the Russian term, a stem of its Kazakh term).
GLOSSARY_STEMS = [
    ("подзадач", "кіші міндет"),
    ("подписант", "қол қоюш"),
    ("срок", "мерзім"),
    ("резервн", "резервтік"),
    ("подтверждающ", "растайтын"),
    ("вложени", "тіркеме"),
    ("квартал", "тоқсан"),
    ("реестр", "тізілім"),
    ("база данных", "дерекқор"),
    ("ИСПУ", "ИСПУ"),
    ("папк", "қалта"),
]


@pytest.mark.parametrize(("russian", "kazakh"), GLOSSARY_STEMS)
def test_kazakh_follows_the_glossary(extracted, russian, kazakh):
    merged, _, _, _ = extracted
    known = translations.read_ts(translations.TS_DIR / "tbn4_kk.ts")
    case = (lambda text: text) if russian.isupper() else str.lower
    astray = []
    for key in merged:
        value = known[key].translation
        for form in value if isinstance(value, list) else [value]:
            if russian in case(key[0].replace("&", "")) and kazakh not in case(form.replace("&", "")):
                astray.append(f"{key[0][:60]!r} → {form[:60]!r}")
    assert astray == []
