"""Everything one running app (GUI or CLI command) works with, opened once."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tbn4_desktop.core.attachments import BlobStore
from tbn4_desktop.core.catalog import Catalog, CatalogError
from tbn4_desktop.core.catalog_registry import CatalogRegistry
from tbn4_desktop.core.settings import AppSettings, SettingsError, load_settings
from tbn4_desktop.services.catalogs import load_catalogs
from tbn4_desktop.store import Store, open_store


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
        return self.catalogs.for_year(year)

    def catalog_for_plan(self, catalog_id: str, version: int, year: int) -> Catalog:
        return self.catalogs.for_plan(catalog_id, version, year)

    def close(self) -> None:
        self.store.close()


def open_app(
    data_dir: Path,
    *,
    database_url: str | None = None,
    catalogs: tuple[CatalogRegistry, list[CatalogError]] | None = None,
    local: bool = False,
) -> AppContext:
    """Open the data folder: settings, store (migrated), attachments, catalogs
    (unless already loaded). Raises StoreError with a Russian message (a
    damaged settings.json: SettingsError).
    `local`: this PC's own database and attachments even when the settings
    name a shared office database (it is unreachable today) or cannot be
    read (then the defaults serve this session; the file is not touched)."""
    data_dir = Path(data_dir)
    try:
        settings = load_settings(data_dir)
    except SettingsError:
        if not local:
            raise
        settings = AppSettings()
    shared = not local
    store = open_store(
        data_dir,
        database_url or (settings.database_url if shared else None),
        attachments_dir=Path(settings.attachments_dir) if settings.attachments_dir and shared else None,
        backup_root=Path(settings.backup_dir).expanduser() if settings.backup_dir else None,
    )
    registry, problems = catalogs or load_catalogs(data_dir)
    ctx = AppContext(
        data_dir=data_dir,
        store=store,
        settings=settings,
        blobs=BlobStore(store.attachments_dir),
        catalogs=registry,
        catalog_problems=problems,
    )
    from tbn4_desktop.services.integrity import on_open  # it imports this module

    on_open(ctx)  # quiet: stale temporary files of killed processes
    return ctx
