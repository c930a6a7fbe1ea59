"""The journal of changes saved as XLSX (the journal window and `tbn4
journal --xlsx`): the target checked first, written to a temporary file,
flushed and renamed only when complete (core/fileio.atomic_writer)."""

from __future__ import annotations

import io
import os
from collections.abc import Iterable
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tbn4_desktop.core.fileio import atomic_writer, describe_os_error
from tbn4_desktop.core.journal_xlsx import write_journal_xlsx
from tbn4_desktop.i18n import tr
from tbn4_desktop.models import Organization
from tbn4_desktop.services.audit import JournalRow

#: Windows' limit of one file name, in characters.
MAX_NAME_CHARS = 255


class JournalFileError(Exception):
    """The XLSX file cannot be written; the message is one sentence."""


def organization_names(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Organization.id, Organization.name)).all())


def check_xlsx_target(target: Path) -> Path:
    """The target as given, or JournalFileError saying what is wrong with it."""
    target = Path(target).expanduser()
    # Before any look at the disk: a too long name makes even is_dir() fail.
    if len(target.name) > MAX_NAME_CHARS or len(target.name.encode("utf-8")) > 255:
        raise JournalFileError(tr("Имя файла «{name}…» слишком длинное: сократите его.").format(name=target.name[:40]))
    if target.is_dir():
        raise JournalFileError(
            tr("Указана папка, а не имя файла: {path}. Укажите имя, например «журнал.xlsx».").format(path=target)
        )
    if target.suffix.lower() != ".xlsx":
        raise JournalFileError(
            tr("Журнал сохраняется в файл XLSX: укажите имя с расширением .xlsx, а не «{name}».").format(
                name=target.name
            )
        )
    if not target.parent.is_dir():
        raise JournalFileError(
            tr("Папка «{folder}» не существует. Выберите существующую папку.").format(folder=target.parent)
        )
    return target


def save_journal_xlsx(rows: Iterable[JournalRow], target: Path, org_names: dict[int, str]) -> int:
    """Write the rows to `target`; the number of entries written.
    JournalFileError when the target is refused or the disk fails (nothing
    is left behind: neither a partial file nor its temporary copy)."""
    target = check_xlsx_target(target)
    # Built in memory first: openpyxl's ZIP writer, failing on a full disk,
    # would be left unclosed and complain on stderr at exit.
    buffer = io.BytesIO()
    try:
        count = write_journal_xlsx(list(rows), buffer, org_names=org_names)
        with atomic_writer(target) as out:
            if os.name == "posix":
                os.fchmod(out.fileno(), 0o644)  # the temporary file is private; the user's file is not
            out.write(buffer.getvalue())
        return count
    except OSError as exc:
        raise JournalFileError(
            tr("Журнал не сохранён. {reason}").format(reason=describe_os_error(exc, exc.filename or target))
        ) from exc
