"""Where an installation's catalogs come from: the shipped ones and those the
user imported into the data folder, read through a start-up cache."""

from __future__ import annotations

from pathlib import Path

from tbn4_desktop.core.catalog import CatalogError, builtin_catalog_dir
from tbn4_desktop.core.catalog_registry import CatalogRegistry

USER_CATALOGS_DIR = "catalogs"
CACHE_DIR = "cache"


def load_catalogs(data_dir: Path) -> tuple[CatalogRegistry, list[CatalogError]]:
    """The built-in catalogs and the user's; files that cannot be used are
    returned as problems, the others work."""
    from tbn4_desktop.language import install_catalog_texts

    data_dir = Path(data_dir)
    registry, problems = CatalogRegistry.from_dirs(
        builtin_catalog_dir(), data_dir / USER_CATALOGS_DIR, cache_dir=data_dir / CACHE_DIR
    )
    # The catalog's texts in the interface language (titles, guidance…).
    return registry, problems + install_catalog_texts(registry)
