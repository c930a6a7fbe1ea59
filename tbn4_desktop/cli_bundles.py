"""`tbn4 export` (the bundle for the ISPU, as a ZIP file or a folder) and
`tbn4 import` (a subordinate organisation's bundle taken in)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tbn4_desktop.cli_context import Refused, _open, _refusals
from tbn4_desktop.i18n import tr


def cmd_export(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.export import (
        ExportScope,
        NothingToExport,
        ScopeKind,
        export_bundle,
        export_preflight,
    )

    if args.changed:
        scope = ExportScope(ScopeKind.CHANGED)
    elif args.project is not None:
        scope = ExportScope.of_project(args.project)
    else:
        scope = ExportScope()
    target = args.folder or args.out
    with _refusals():
        ctx = _open(args)
        try:
            issues = export_preflight(ctx, args.org, args.year, scope)
            if issues and args.strict:
                _print_issues(issues)
                raise Refused(
                    tr("Проверка перед выгрузкой: замечаний {count}; пакет не сформирован (--strict).").format(
                        count=len(issues)
                    )
                )
            try:
                result = export_bundle(ctx, args.org, args.year, target, scope=scope, folder=bool(args.folder))
            except NothingToExport as exc:
                print(exc)
                return 0
        finally:
            ctx.close()
    # After the bundle is written, so that a refusal stays the only line on stderr.
    _print_issues(issues)
    print(result.path)
    megabytes = f"{result.bytes / (1024 * 1024):.1f}".replace(".", ",")
    values = {
        "year": args.year,
        "items": result.items,
        "ready": result.ready_items,
        "files": result.files,
        "size": megabytes,
    }
    if scope.kind is ScopeKind.YEAR:
        print(
            tr(
                "Пакет за {year} год: подзадач и периодов {items} (готово к загрузке {ready}), "
                "файлов {files}, {size} МБ."
            ).format(**values)
        )
    else:
        print(
            tr(
                "Пакет за {year} год ({scope}): подзадач и периодов {items} (готово к загрузке {ready}), "
                "файлов {files}, {size} МБ."
            ).format(scope=scope.label, **values)
        )
    return 0


def _print_issues(issues: list) -> None:
    for issue in issues:
        print(
            tr("Замечание: {code} {period}: {text}").format(code=issue.code, period=issue.period_text, text=issue.text),
            file=sys.stderr,
        )


def cmd_import(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.imports import (
        ImportError_,
        UnknownSubordinate,
        import_bundle,
    )

    path = Path(args.file).expanduser().absolute()
    with _refusals():
        ctx = _open(args)
        try:
            result = import_bundle(ctx, path, add_unknown_subordinate=args.add_subordinate)
        except UnknownSubordinate as exc:
            raise Refused(
                tr("{error}: повторите с параметром --add-subordinate.").format(error=str(exc).rstrip("."))
            ) from None
        except ImportError_ as exc:
            raise Refused(" ".join(str(exc).split())) from None
        finally:
            ctx.close()
    print(result.message)
    return 0
