"""The `tbn4` command (contract in PRODUCT.md). Thin: parses, calls services.

Exit codes: 0 success; 1 refused input (one clear line on stderr); 2 usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable


class Refused(Exception):
    """Input the command refuses; its message is printed on stderr, exit 1."""


def _data_dir_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="папка данных (база, вложения, резервные копии)")
    return parent


def build_parser() -> argparse.ArgumentParser:
    common = _data_dir_parent()
    parser = argparse.ArgumentParser(prog="tbn4", parents=[common],
                                     description="ТБН-4: исполнение проектов")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    gui = sub.add_parser("gui", parents=[common], help="запустить приложение (по умолчанию)")
    gui.add_argument("--exit-after-start", action="store_true",
                     help="открыть главное окно и сразу выйти (проверка сборки)")
    gui.set_defaults(func=cmd_gui)

    catalog = sub.add_parser("catalog", parents=[common], help="каталог подзадач ТБН №4")
    catalog.add_argument("--year", type=int)
    catalog.add_argument("--json", action="store_true")
    catalog.set_defaults(func=cmd_catalog)

    demo = sub.add_parser("demo", parents=[common], help="заполнить папку данных демонстрационными данными")
    demo.add_argument("--year", type=int)
    demo.set_defaults(func=cmd_demo)

    export = sub.add_parser("export", parents=[common], help="пакет для загрузки в ИСПУ")
    export.add_argument("--year", type=int, required=True)
    export.add_argument("--out", required=True, metavar="FILE.zip")
    export.add_argument("--org", type=int, metavar="ID")
    export.set_defaults(func=cmd_export)
    return parser


def run(argv: list[str]) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)  # exits 2 on a usage error
    func: Callable[[argparse.Namespace], int] = getattr(args, "func", cmd_gui)
    if not hasattr(args, "exit_after_start"):
        args.exit_after_start = False
    try:
        return func(args)
    except Refused as exc:
        print(f"tbn4: {exc}", file=sys.stderr)
        return 1


def _data_dir(args: argparse.Namespace):  # noqa: ANN202
    from tbn4_desktop.paths import resolve_data_dir

    return resolve_data_dir(getattr(args, "data_dir", None))


def cmd_gui(args: argparse.Namespace) -> int:
    from tbn4_desktop.ui.app import run_gui

    return run_gui(_data_dir(args), exit_after_start=args.exit_after_start)


def cmd_catalog(args: argparse.Namespace) -> int:
    from tbn4_desktop.cli_commands import catalog_command

    return catalog_command(_data_dir(args), year=args.year, as_json=args.json)


def cmd_demo(args: argparse.Namespace) -> int:
    from tbn4_desktop.cli_commands import demo_command

    return demo_command(_data_dir(args), year=args.year)


def cmd_export(args: argparse.Namespace) -> int:
    from tbn4_desktop.cli_commands import export_command

    return export_command(_data_dir(args), year=args.year, out=args.out, org_id=args.org)
