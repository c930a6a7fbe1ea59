"""Which language the app and `tbn4` speak: `--lang`, else the data
folder's setting (chosen on first start or in the menu), else Russian.
Qt-free: the CLI decides before it builds its parser, whose help is
translated too."""

from __future__ import annotations

from pathlib import Path

from tbn4_desktop.i18n import LANGUAGES, SOURCE_LANGUAGE, set_language


def _option(argv: list[str], name: str) -> str | None:
    for index, arg in enumerate(argv):
        if arg == name and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
    return None


def saved_language(data_dir: Path) -> str | None:
    """The language chosen for the data folder, or None when none was
    chosen or the settings cannot be read (the command that needs them
    reports that itself, in the source language)."""
    from tbn4_desktop.core.settings import load_settings
    from tbn4_desktop.store_errors import StoreError

    try:
        value = load_settings(data_dir).language
    except StoreError:
        return None
    return value if value in LANGUAGES else None


def language_for(argv: list[str]) -> str:
    """The language a command line asks for: an explicit `--lang` wins;
    otherwise the setting of the data folder it names (or the default
    one); otherwise Russian. An unknown `--lang` is left to argparse."""
    explicit = _option(argv, "--lang")
    if explicit in LANGUAGES:
        return explicit
    from tbn4_desktop.paths import resolve_data_dir

    return saved_language(resolve_data_dir(_option(argv, "--data-dir"))) or SOURCE_LANGUAGE


def apply_language(language: str) -> None:
    """Every later message in `language`, the catalog's texts included."""
    set_language(language)


def save_language(data_dir: Path, language: str) -> None:
    """Remember the choice in the data folder's settings (atomically)."""
    from dataclasses import replace

    from tbn4_desktop.core.settings import load_settings, save_settings

    save_settings(data_dir, replace(load_settings(data_dir), language=language))


def install_catalog_texts(registry) -> list:
    """The current language's texts of every catalog that has a translation
    file beside it (tbn4-2023.kk.yaml); returns the files that cannot be
    used (their catalogs are then shown in Russian). A Russian start reads
    and imports nothing here."""
    from tbn4_desktop.i18n import language, set_catalog_texts

    if language() == SOURCE_LANGUAGE:
        set_catalog_texts({})
        return []
    from tbn4_desktop.core.catalog_translation import (
        CatalogTranslationError,
        load_catalog_translation,
        translation_path,
    )

    texts: dict[str, str] = {}
    problems: list[CatalogTranslationError] = []
    for catalog in registry.catalogs():
        path = registry.path_of(catalog)
        translated = translation_path(path, language()) if path is not None else None
        if translated is None or not translated.is_file():
            continue
        try:
            texts.update(load_catalog_translation(catalog, translated).texts())
        except CatalogTranslationError as exc:
            problems.append(exc)
    set_catalog_texts(texts)
    return problems
