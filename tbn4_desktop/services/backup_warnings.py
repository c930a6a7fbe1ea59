"""What the backups window and the start-up line warn about: no recent
backup, backups on the data's own disk; and which folders may hold backups."""

from __future__ import annotations

import os
from datetime import datetime, timedelta
from pathlib import Path

from tbn4_desktop.core.settings import AppSettings
from tbn4_desktop.i18n import tr
from tbn4_desktop.services.backups import SERVER_NOTE, backup_root, own_backups

STALE_AFTER = timedelta(days=7)


def warnings(data_dir: Path, settings: AppSettings, *, now: datetime | None = None) -> list[str]:
    """Sentences for the backups window and the start-up notice."""
    now = now or datetime.now().astimezone()
    root = backup_root(data_dir, settings)
    found: list[str] = []
    if settings.database_url:
        found.append(tr(SERVER_NOTE))
    backups = own_backups(root, data_dir)
    if not backups:
        found.append(tr("Резервных копий ещё нет: создайте копию сейчас."))
    elif now - backups[0].created > STALE_AFTER:
        found.append(
            tr("Последней резервной копии больше 7 дней (она сделана {date}): создайте копию сейчас.").format(
                date=f"{backups[0].created:%d.%m.%Y}"
            )
        )
    if not settings.database_url and same_disk(data_dir, root):
        found.append(
            tr(
                "Резервные копии лежат на том же диске, что и данные: при отказе диска пропадут и они. "
                "Выберите папку на другом диске или на сетевом ресурсе."
            )
        )
    return found


def same_disk(data_dir: Path, root: Path) -> bool:
    """Same device (POSIX st_dev; on Windows the drive or share as well)."""
    probe = Path(root)
    while not probe.exists() and probe.parent != probe:
        probe = probe.parent
    try:
        if Path(data_dir).resolve().drive.lower() != probe.resolve().drive.lower():
            return False
        return Path(data_dir).stat().st_dev == probe.stat().st_dev
    except OSError:
        return False


def folder_problem(data_dir: Path, settings: AppSettings, folder: Path) -> str:
    """Why `folder` cannot hold the backups ("" = it can): not inside the
    attachments (a backup would back itself up), not the data folder itself,
    writable."""
    from tbn4_desktop.store import ATTACHMENTS_DIR

    folder = Path(folder).expanduser().absolute()
    attachments = Path(settings.attachments_dir) if settings.attachments_dir else Path(data_dir) / ATTACHMENTS_DIR
    resolved = folder.resolve()
    if resolved == attachments.resolve() or resolved.is_relative_to(attachments.resolve()):
        return tr(
            "Папка «{folder}» находится внутри папки вложений: выберите для резервных копий другую папку."
        ).format(folder=folder)
    if resolved == Path(data_dir).resolve():
        return tr(
            "Папка данных сама не может быть папкой резервных копий: выберите её вложенную папку "
            "или папку на другом диске."
        )
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".tbn4-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError:
        return tr("В папку «{folder}» нельзя записывать: выберите папку, доступную для записи.").format(folder=folder)
    return ""
