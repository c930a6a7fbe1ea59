"""Everything one running app (GUI or CLI command) works with, opened once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tbn4_desktop.core.attachments import BlobStore
from tbn4_desktop.core.catalog import Catalog, CatalogRegistry, builtin_catalog_dir
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

    def catalog_for_year(self, year: int) -> Catalog:
        """The newest catalog for the year, else the newest one of an earlier
        year (the instruction's projects carry over until a new Карта)."""
        return self.catalogs.latest_for_year_or_before(year)

    def close(self) -> None:
        self.store.close()


def open_app(data_dir: Path, *, database_url: str | None = None) -> AppContext:
    """Open the data folder: settings, store (migrated), attachments, catalogs.
    Raises StoreError or CatalogError with a Russian message."""
    settings = load_settings(data_dir)
    store = open_store(data_dir, database_url or settings.database_url)
    catalogs = CatalogRegistry([builtin_catalog_dir(), Path(data_dir) / USER_CATALOGS_DIR])
    return AppContext(data_dir=Path(data_dir), store=store, settings=settings,
                      blobs=BlobStore(store.attachments_dir), catalogs=catalogs)
