"""Everything one running app (GUI or CLI command) works with, opened once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tbn4_desktop.core.attachments import BlobStore
from tbn4_desktop.core.catalog import Catalog, CatalogError, CatalogNotFoundError, builtin_catalog_dir
from tbn4_desktop.core.catalog_registry import CatalogRegistry
from tbn4_desktop.core.settings import AppSettings, load_settings
from tbn4_desktop.store import Store, open_store

USER_CATALOGS_DIR = "catalogs"


@dataclass
class AppContext:
    data_dir: Path
    store: Store
    settings: AppSettings
    blobs: BlobStore
    catalogs: CatalogRegistry
    # Catalog files that could not be loaded (a user's broken import); the
    # GUI shows them, the rest of the app works with the others.
    catalog_problems: list[CatalogError] = field(default_factory=list)

    def catalog_for_year(self, year: int) -> Catalog:
        """The newest catalog for the year, else the newest one of an earlier
        year (the instruction's projects carry over until a new Карта).
        Raises CatalogNotFoundError with a Russian message."""
        return catalog_for_year(self.catalogs, year)

    def catalog_for_plan(self, catalog_id: str, version: int, year: int) -> Catalog:
        """The catalog a year plan was made with; the year's catalog if that
        exact version is no longer installed."""
        try:
            return self.catalogs.get(catalog_id, version)
        except CatalogNotFoundError:
            return self.catalog_for_year(year)

    def close(self) -> None:
        self.store.close()


def catalog_for_year(catalogs: CatalogRegistry, year: int) -> Catalog:
    """See AppContext.catalog_for_year; usable without opening the store."""
    years = [y for y in catalogs.years() if y <= year]
    if not years:
        raise CatalogNotFoundError(
            f"Нет каталога ТБН №4 на {year} год или более ранний. "
            "Импортируйте Карту реализации на этот год."
        )
    return catalogs.latest(max(years))


def load_catalogs(data_dir: Path) -> tuple[CatalogRegistry, list[CatalogError]]:
    """The built-in catalogs and those the user imported into the data folder."""
    return CatalogRegistry.from_dirs(builtin_catalog_dir(), Path(data_dir) / USER_CATALOGS_DIR)


def open_app(data_dir: Path, *, database_url: str | None = None) -> AppContext:
    """Open the data folder: settings, store (migrated), attachments, catalogs.
    Raises StoreError with a Russian message."""
    data_dir = Path(data_dir)
    settings = load_settings(data_dir)
    store = open_store(data_dir, database_url or settings.database_url)
    catalogs, problems = load_catalogs(data_dir)
    return AppContext(data_dir=data_dir, store=store, settings=settings,
                      blobs=BlobStore(store.attachments_dir), catalogs=catalogs,
                      catalog_problems=problems)
