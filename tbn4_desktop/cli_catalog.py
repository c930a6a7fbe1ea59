"""`tbn4 catalog` (the TBN No. 4 subtasks of a year) and `tbn4 demo`
(a data folder filled with demonstration data)."""

from __future__ import annotations

import argparse
import json

from tbn4_desktop.cli_context import Refused, _data_dir, _open, _refusals
from tbn4_desktop.i18n import tc, tr


def cmd_catalog(args: argparse.Namespace) -> int:
    from datetime import date

    from tbn4_desktop.core.catalog_json import subtask_to_dict
    from tbn4_desktop.services.catalogs import load_catalogs

    with _refusals():
        registry, _problems = load_catalogs(_data_dir(args))
    catalog = _catalog_for_year(registry, date.today().year if args.year is None else args.year)
    if args.json:
        print(json.dumps([subtask_to_dict(s) for s in catalog.subtasks()], ensure_ascii=False, indent=2))
        return 0
    print(
        tr("{title} (каталог {id}, версия {version}, {year} год)").format(
            title=tc(catalog.title), id=catalog.id, version=catalog.version, year=catalog.year
        )
    )
    width = max(len(p.label) for p in {s.periodicity for s in catalog.subtasks()})
    for project in catalog.projects:
        print("\n" + tr("Проект {number}. {title}").format(number=project.number, title=tc(project.title)))
        for task in project.tasks:
            print("  " + tr("Задача {code}. {title}").format(code=task.code, title=tc(task.title)))
            for s in task.subtasks:
                print(f"    {s.code:<7} {s.periodicity.label:<{width}}  {tc(s.title)}")
    print("\n" + tr("Всего подзадач: {count}.").format(count=len(catalog.subtasks())))
    return 0


def _catalog_for_year(registry, year: int):  # noqa: ANN001, ANN202 - CatalogRegistry, Catalog
    """The catalog of `year`, or a refusal saying which years have one."""
    from tbn4_desktop.core.catalog import CatalogNotFoundError
    from tbn4_desktop.core.workdays import YEAR_MAX

    try:
        return registry.for_year(year)
    except CatalogNotFoundError:
        years = registry.years()
        if not years:
            raise Refused(
                tr("Нет ни одного каталога ТБН №4: переустановите программу или импортируйте Карту реализации.")
            ) from None
        raise Refused(
            tr(
                "Нет каталога ТБН №4 на {year} год: каталоги есть на годы с {first} по {last}; "
                "укажите один из них или импортируйте Карту реализации на {year} год."
            ).format(year=year, first=years[0], last=YEAR_MAX)
        ) from None


def _demo_year(args: argparse.Namespace) -> int:
    """The demo's year: one a catalog covers, not in the future. Checked
    before the data folder is opened, so a refusal creates nothing."""
    from datetime import date

    from tbn4_desktop.core.catalog import builtin_catalog_dir
    from tbn4_desktop.core.catalog_registry import CatalogRegistry
    from tbn4_desktop.services.catalogs import USER_CATALOGS_DIR

    today = date.today().year
    year = today if args.year is None else args.year
    registry, _problems = CatalogRegistry.from_dirs(builtin_catalog_dir(), _data_dir(args) / USER_CATALOGS_DIR)
    first = min(registry.years(), default=today)
    if not first <= year <= today:
        raise Refused(
            tr(
                "Демонстрационные данные создаются за год с {first} по {last}, а не за {year}: "
                "укажите один из этих годов."
            ).format(first=first, last=today, year=year)
        )
    return year


def cmd_demo(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.demo import create_demo

    year = _demo_year(args)
    with _refusals():
        ctx = _open(args)
        try:
            org = create_demo(ctx, year)
        finally:
            ctx.close()
    print(
        tr("Демонстрационные данные созданы: «{name}», {year} год, папка данных {folder}.").format(
            name=org.name, year=year, folder=ctx.data_dir
        )
    )
    return 0
