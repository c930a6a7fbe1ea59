"""`tbn4 backup`, `tbn4 backups`, `tbn4 restore` (services/backups.py).

`backup` copies the database as it is (never migrating it first) and may run
while the app is open: a backup only reads the data folder. `restore`
replaces the database, so it refuses while the app (or another command)
holds the folder's single-writer lock.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tbn4_desktop.cli_args import output_path
from tbn4_desktop.cli_context import Refused, _data_dir
from tbn4_desktop.i18n import tr


def _settings(data_dir: Path):
    from tbn4_desktop.core.settings import load_settings

    return load_settings(data_dir)


def cmd_backup(args: argparse.Namespace) -> int:
    from tbn4_desktop.core.backup import DB_NAME, BackupError
    from tbn4_desktop.core.sqlite_copy import is_sqlite_file
    from tbn4_desktop.services.backups import SERVER_NOTE, backup_now, size_text
    from tbn4_desktop.store_errors import StoreError

    data_dir = _data_dir(args)
    settings = _settings(data_dir)
    db = data_dir / DB_NAME
    if not settings.database_url:
        if not db.is_file():
            raise Refused(tr("В папке данных «{folder}» нет базы данных: копировать нечего.").format(folder=data_dir))
        if not is_sqlite_file(db):
            raise Refused(tr("Файл «{path}» — не база данных SQLite: резервная копия не создана.").format(path=db))
    out = output_path(args.out) if args.out else None
    if out is not None and out.exists() and not out.is_dir():
        raise Refused(
            tr("«{path}» — это файл, а не папка: укажите в --out папку для резервных копий.").format(path=out)
        )
    try:
        info = backup_now(data_dir, settings, out_dir=out)
    except (BackupError, StoreError) as exc:
        raise Refused(" ".join(str(exc).split())) from None
    if settings.database_url:
        print(tr(SERVER_NOTE))
    print(info.path)
    print(
        tr("Резервная копия создана: {created}, {size}, файлов вложений {files}.").format(
            created=f"{info.created:%d.%m.%Y %H:%M}", size=size_text(info.size), files=len(info.manifest.blobs)
        )
    )
    return 0


def _changes(data_dir: Path, backups: list) -> dict[str, int | None]:
    """Changes since each backup, read without migrating the database; all
    unknown when it cannot be read (a shared database, an older schema)."""
    from tbn4_desktop.core.backup import DB_NAME
    from tbn4_desktop.services.backups import changes_since

    unknown: dict[str, int | None] = {b.name: None for b in backups}
    if not backups or _settings(data_dir).database_url or not (data_dir / DB_NAME).is_file():
        return unknown
    from tbn4_desktop.store import open_store

    try:
        store = open_store(data_dir, migrate=False)
    except Exception:  # noqa: BLE001 - the list is shown without the counts
        return unknown
    try:
        with store.session() as session:
            return {b.name: changes_since(session, b) for b in backups}
    except Exception:  # noqa: BLE001 - an older schema without the journal
        return unknown
    finally:
        store.close()


def cmd_backups(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.backup_warnings import warnings
    from tbn4_desktop.services.backups import (
        SERVER_NOTE,
        backup_root,
        list_backups,
        size_text,
    )

    data_dir = _data_dir(args)
    settings = _settings(data_dir)
    root = backup_root(data_dir, settings)
    backups = list_backups(root)
    changes = _changes(data_dir, backups)
    if args.json:
        print(
            json.dumps(
                {
                    "folder": str(root),
                    "backups": [
                        {
                            "name": b.name,
                            "path": str(b.path),
                            "created_at": b.manifest.created_at,
                            "reason": b.reason,
                            "reason_label": b.reason_label,
                            "kind": b.manifest.kind,
                            "size": b.size,
                            "files": len(b.manifest.blobs),
                            "organization": b.manifest.organization,
                            "changes_since": changes[b.name],
                        }
                        for b in backups
                    ],
                    "warnings": warnings(data_dir, settings),
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    if settings.database_url:
        print(tr(SERVER_NOTE))
    print(tr("Папка резервных копий: {folder}").format(folder=root))
    if not backups:
        print(tr("Резервных копий нет."))
    rows = [
        (
            f"{b.created:%d.%m.%Y %H:%M}",
            b.reason_label,
            size_text(b.size),
            "—" if changes[b.name] is None else str(changes[b.name]),
            b.name,
        )
        for b in backups
    ]
    header = (tr("Дата и время"), tr("Причина"), tr("Размер"), tr("Изменений после"), tr("Имя"))
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(4)]
    if rows:
        for r in [header, *rows]:
            print("  ".join(f"{r[i]:<{widths[i]}}" for i in range(4)) + "  " + r[4])
    for line in warnings(data_dir, settings):
        # The server note is printed first; "no backups yet" repeats the line above.
        if line != tr(SERVER_NOTE) and (backups or line != tr("Резервных копий ещё нет: создайте копию сейчас.")):
            print(tr("Внимание: {warning}").format(warning=line), file=sys.stderr)
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from tbn4_desktop.core.backup import BackupError
    from tbn4_desktop.instance_lock import hold_write_lock
    from tbn4_desktop.services.backups import (
        backup_root,
        record_restore,
        resolve_backup,
        restore_backup,
        settings_for_restore,
    )
    from tbn4_desktop.services.context import open_app
    from tbn4_desktop.store_errors import StoreError

    data_dir = _data_dir(args)
    if not args.backup.strip():
        raise Refused(tr("Укажите резервную копию: путь к её папке или её имя из списка tbn4 backups."))
    folder = resolve_backup(backup_root(data_dir, settings_for_restore(data_dir)), args.backup.strip())
    try:
        with hold_write_lock(data_dir):
            result = restore_backup(data_dir, folder)
            if result.backup.is_settings_only:
                print(result.message)
                return 0
            try:
                ctx = open_app(data_dir)
            except StoreError as exc:
                print(result.message)
                print(
                    tr("tbn4: данные восстановлены, но открыть их не удалось: {error}").format(error=exc),
                    file=sys.stderr,
                )
                return 1
            try:
                record_restore(ctx, result)
            finally:
                ctx.close()
    except (BackupError, StoreError) as exc:
        raise Refused(" ".join(str(exc).split())) from None
    print(result.message)
    if result.undo is not None:
        print(tr("Отменить восстановление: tbn4 restore {name}").format(name=result.undo.name))
    return 0
