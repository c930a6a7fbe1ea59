"""`tbn4 check [--repair] [--json]`: the data check (services/integrity).

Exit 0 when all is well (after --repair: when nothing is left), 1 when
problems remain — the details on stdout, one summary line on stderr.
--repair holds the data folder's single-writer lock (shared with the app).

JSON (--json), on stdout:
    {"ok": bool, "data_dir": str,
     "problems": [str], "notes": [str],
     "files_checked": int, "bytes_checked": int,
     "unreferenced": [{"path": str, "size": int}],
     "leftovers": [{"path": str, "size": int}],
     "repair": null | {"quarantined": int, "quarantined_bytes": int, "quarantine_dir": str | null,
                       "removed": int, "removed_bytes": int, "skipped": [str]}}
`unreferenced` and `leftovers` are what remains after a repair.
"""

from __future__ import annotations

import argparse
import contextlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tbn4_desktop.cli_context import Refused, _data_dir, _open, _refusals
from tbn4_desktop.i18n import tr


def cmd_check(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.integrity import check_data, repair

    with _refusals():
        ctx = _open(args)
        try:
            report = check_data(ctx)
            result = None
            if args.repair and report.repairable:
                with _write_lock(args):
                    result = repair(ctx, report)
                report = result.remaining(report)
        finally:
            ctx.close()
    if args.json:
        print(json.dumps(_as_json(ctx.data_dir, report, result), ensure_ascii=False, indent=2))
    else:
        _print(ctx.data_dir, report, result, args.repair)
    if not report.ok:
        if args.repair or not report.repairable:
            raise Refused(report.summary())
        raise Refused(
            tr("{summary} Лишние файлы уберёт команда «tbn4 check --repair».").format(summary=report.summary())
        )
    return 0


@contextlib.contextmanager
def _write_lock(args: argparse.Namespace) -> Iterator[None]:
    """The repair moves and removes files: not while the app or another
    command writes to the folder."""
    from tbn4_desktop.instance_lock import hold_write_lock
    from tbn4_desktop.store_errors import StoreError

    with contextlib.ExitStack() as stack:
        try:
            stack.enter_context(hold_write_lock(_data_dir(args)))
        except StoreError as exc:
            raise Refused(str(exc)) from None
        yield


def _print(data_dir: Path, report: Any, result: Any, repaired: bool) -> None:
    from tbn4_desktop.services.integrity import size_text

    print(tr("Проверка данных в папке «{folder}».").format(folder=data_dir))
    for note in report.notes:
        print(note)
    print(
        tr("Проверено файлов вложений: {count} ({size}).").format(
            count=report.files_checked, size=size_text(report.bytes_checked)
        )
    )
    if report.problems:
        print("\n" + tr("Найдено проблем: {count}.").format(count=len(report.problems)))
        for problem in report.problems:
            print(f"  • {problem}")
    _print_files(
        tr("Файлы хранилища, на которые нет ссылок в базе данных: {count}, всего {size}."), report.unreferenced
    )
    _print_files(tr("Оставшиеся временные файлы программы: {count}, всего {size}."), report.leftovers)
    if result is not None:
        print("\n" + tr("Исправление: {result}").format(result=result.message()))
    elif repaired:
        print("\n" + tr("Исправлять было нечего."))
    if report.ok:
        print(f"\n{report.summary()}")


def _print_files(heading: str, files: list[tuple[Path, int]]) -> None:
    """`heading`: a translated sentence with {count} and {size}."""
    from tbn4_desktop.services.integrity import size_text

    if not files:
        return
    print("\n" + heading.format(count=len(files), size=size_text(sum(size for _p, size in files))))
    for path, size in files:
        print(f"  • {path} — {size_text(size)}")


def _as_json(data_dir: Path, report: Any, result: Any) -> dict[str, Any]:
    def files(items: list[tuple[Path, int]]) -> list[dict[str, Any]]:
        return [{"path": str(path), "size": size} for path, size in items]

    return {
        "ok": report.ok,
        "data_dir": str(data_dir),
        "problems": report.problems,
        "notes": report.notes,
        "files_checked": report.files_checked,
        "bytes_checked": report.bytes_checked,
        "unreferenced": files(report.unreferenced),
        "leftovers": files(report.leftovers),
        "repair": None
        if result is None
        else {
            "quarantined": result.quarantined,
            "quarantined_bytes": result.quarantined_bytes,
            "quarantine_dir": str(result.quarantine_dir) if result.quarantine_dir else None,
            "removed": result.removed,
            "removed_bytes": result.removed_bytes,
            "skipped": result.skipped,
        },
    }
