"""Every catalog the app knows, from the built-in and the user folders."""

from __future__ import annotations

from pathlib import Path

from tbn4_desktop.core.catalog import (
    Catalog,
    CatalogError,
    CatalogNotFoundError,
    OlderCatalogError,
)
from tbn4_desktop.core.catalog_loader import load_catalog
from tbn4_desktop.i18n import tr


class CatalogRegistry:
    """All known catalogs, by (id, version).

    Catalogs of every version are kept (a past year's data refers to the
    catalog it was made with); ``latest(year)`` picks the highest version, so
    an older file never replaces a newer one. Two files with the same id and
    version are refused.
    """

    def __init__(self, cache_dir: Path | None = None) -> None:
        self._entries: dict[tuple[str, int], tuple[Catalog, Path | None]] = {}
        self._cache_dir = cache_dir

    # -- adding -------------------------------------------------------------

    def add(self, catalog: Catalog, path: Path | None = None) -> None:
        """Register ``catalog`` (read from ``path``). Raises ``CatalogError``
        when the same id and version is already registered."""
        known = self._entries.get(catalog.key)
        if known is not None:
            known_path = known[1]
            unnamed = tr("(без имени)")
            name = path.name if path else unnamed
            raise CatalogError(
                tr(
                    "Файл каталога {name}: каталог «{id}» версии {version} "
                    "уже прочитан из файла {known} — файл "
                    "{path} отклонён. Чтобы заменить каталог, увеличьте "
                    "version в новом файле."
                ).format(
                    name=name, id=catalog.id, version=catalog.version, known=known_path or unnamed, path=path or unnamed
                )
            )
        self._entries[catalog.key] = (catalog, path)

    def load_file(self, path: Path | str, *, refuse_older: bool = False) -> Catalog:
        """Load one file and register it. With ``refuse_older`` (the user
        imports a file), a catalog older than a known version of the same id
        raises ``OlderCatalogError`` and is not registered."""
        path = Path(path)
        catalog = load_catalog(path, self._cache_dir)
        if refuse_older and self.is_older(catalog):
            newest = self.newest(catalog.id)
            raise OlderCatalogError(
                tr(
                    "Файл каталога {name}: версия {version} каталога "
                    "«{id}» старше уже установленной версии {newest} "
                    "(файл {path}) — более новый каталог "
                    "не заменяется."
                ).format(
                    name=path.name,
                    version=catalog.version,
                    id=catalog.id,
                    newest=newest.version,
                    path=self.path_of(newest) or tr("(без имени)"),
                )
            )
        self.add(catalog, path)
        return catalog

    def load_dir(self, folder: Path | str) -> list[CatalogError]:
        """Load every ``*.yaml`` of ``folder`` (sorted by name). Files that
        cannot be used are skipped and their errors returned; a missing
        folder is simply empty."""
        folder = Path(folder)
        problems: list[CatalogError] = []
        if not folder.is_dir():
            return problems
        for path in sorted(folder.glob("*.yaml")):
            if is_translation_file(path):
                continue  # tbn4-2023.kk.yaml: the catalog's texts in Kazakh, not a catalog
            try:
                self.load_file(path)
            except CatalogError as exc:
                problems.append(exc)
        return problems

    @classmethod
    def from_dirs(
        cls, *folders: Path | str | None, cache_dir: Path | None = None
    ) -> tuple[CatalogRegistry, list[CatalogError]]:
        """A registry of the given folders, loaded in order (built-in first,
        then the user folder); ``None`` entries are skipped."""
        registry = cls(cache_dir)
        problems: list[CatalogError] = []
        for folder in folders:
            if folder is not None:
                problems.extend(registry.load_dir(folder))
        return registry, problems

    # -- queries ------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._entries)

    def catalogs(self) -> list[Catalog]:
        """Every registered catalog, by year, id and version."""
        return sorted((c for c, _ in self._entries.values()), key=lambda c: (c.year, c.id, c.version))

    def years(self) -> list[int]:
        return sorted({c.year for c, _ in self._entries.values()})

    def path_of(self, catalog: Catalog) -> Path | None:
        entry = self._entries.get(catalog.key)
        return entry[1] if entry else None

    def get(self, catalog_id: str, version: int) -> Catalog:
        entry = self._entries.get((catalog_id, version))
        if entry is None:
            raise CatalogNotFoundError(
                tr("Каталог «{id}» версии {version} не найден. Импортируйте файл каталога этой версии.").format(
                    id=catalog_id, version=version
                )
            )
        return entry[0]

    def newest(self, catalog_id: str) -> Catalog:
        """The highest version registered for ``catalog_id``."""
        versions = [c for (cid, _), (c, _) in self._entries.items() if cid == catalog_id]
        if not versions:
            raise CatalogNotFoundError(tr("Каталог «{id}» не найден.").format(id=catalog_id))
        return max(versions, key=lambda c: c.version)

    def is_older(self, catalog: Catalog) -> bool:
        """True when a higher version of the same id is already registered."""
        return any(cid == catalog.id and version > catalog.version for cid, version in self._entries)

    def latest(self, year: int) -> Catalog:
        """The highest version among the catalogs of ``year``; between
        different ids with the same version, the one registered last (the
        user folder is loaded after the built-in one)."""
        best: Catalog | None = None
        for catalog, _ in self._entries.values():  # insertion order
            if catalog.year == year and (best is None or catalog.version >= best.version):
                best = catalog
        if best is None:
            raise CatalogNotFoundError(
                tr("Каталог ТБН №4 на {year} год не найден. Импортируйте Карту реализации на {year} год.").format(
                    year=year
                )
            )
        return best

    def for_year(self, year: int) -> Catalog:
        """The newest catalog for the year, else the newest one of an earlier
        year (the instruction's projects carry over until a new Карта).
        Raises CatalogNotFoundError with a Russian message."""
        years = [y for y in self.years() if y <= year]
        if not years:
            raise CatalogNotFoundError(
                tr(
                    "Нет каталога ТБН №4 на {year} год или более ранний. Импортируйте Карту реализации на этот год."
                ).format(year=year)
            )
        return self.latest(max(years))

    def for_plan(self, catalog_id: str, version: int, year: int) -> Catalog:
        """The catalog a year plan was made with; the year's catalog if that
        exact version is no longer installed."""
        try:
            return self.get(catalog_id, version)
        except CatalogNotFoundError:
            return self.for_year(year)


def is_translation_file(path: Path) -> bool:
    """«<catalog>.<language>.yaml» holds a catalog's translation
    (core/catalog_translation.py)."""
    from tbn4_desktop.i18n import LANGUAGES

    return len(path.suffixes) >= 2 and path.suffixes[-2].lstrip(".") in LANGUAGES
