"""Opening a Карта file without trust: a folder, the size, an old or
password-protected Excel file, the ZIP's structure, unpacked size and
encryption are checked before openpyxl reads it; then the sheet is picked."""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import TYPE_CHECKING

from tbn4_desktop.core.fileio import describe_os_error
from tbn4_desktop.core.karta_layout import MAX_FILE_BYTES, MAX_UNPACKED_BYTES, SHEET_PREFIX, KartaError
from tbn4_desktop.i18n import tr

if TYPE_CHECKING:
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

_XLSX_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def open_workbook(source: Path) -> Workbook:
    try:
        size = source.stat().st_size
        if source.is_dir():
            raise KartaError(tr("Указана папка, а не файл: {path}.").format(path=source))
        if size > MAX_FILE_BYTES:
            raise KartaError(
                tr(
                    "Файл «{name}» слишком большой ({size} МБ; допускается до {limit} МБ). "
                    "Импортируйте Карту, выгруженную программой."
                ).format(name=source.name, size=f"{size / 1048576:.1f}", limit=MAX_FILE_BYTES // 1048576)
            )
        with source.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise KartaError(describe_os_error(exc, source)) from exc
    if head.startswith(_OLE2_MAGIC):
        raise KartaError(
            tr(
                "Файл «{name}» защищён паролем или сохранён в старом формате Excel (.xls). "
                "Снимите пароль и сохраните файл как «Книга Excel (.xlsx)»."
            ).format(name=source.name)
        )
    if not head.startswith(_XLSX_MAGIC):
        raise KartaError(
            tr("Файл «{name}» не является книгой Excel (XLSX). Сохраните его как «Книга Excel (.xlsx)».").format(
                name=source.name
            )
        )
    try:
        with zipfile.ZipFile(source) as archive:
            infos = archive.infolist()
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
                raise KartaError(
                    tr("Файл «{name}» не является книгой Excel (XLSX). Это ZIP-архив другого вида.").format(
                        name=source.name
                    )
                )
            if sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
                raise KartaError(
                    tr("Файл «{name}» после распаковки слишком большой: это не Карта реализации.").format(
                        name=source.name
                    )
                )
            if any(i.flag_bits & 0x1 for i in infos):
                raise KartaError(
                    tr("Файл «{name}» зашифрован. Снимите пароль и сохраните заново.").format(name=source.name)
                )
    except zipfile.BadZipFile as exc:
        raise KartaError(
            tr("Файл «{name}» не является книгой Excel (XLSX). Файл повреждён.").format(name=source.name)
        ) from exc
    except OSError as exc:
        raise KartaError(describe_os_error(exc, source)) from exc

    from openpyxl import load_workbook

    try:
        return load_workbook(source, read_only=True, data_only=False, keep_links=False)
    except KartaError:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a bad file
        raise KartaError(
            tr("Файл «{name}» повреждён или не является книгой Excel (XLSX): {error}.").format(
                name=source.name, error=type(exc).__name__
            )
        ) from exc


def pick_sheet(workbook: Workbook) -> ReadOnlyWorksheet:
    for ws in workbook.worksheets:
        if ws.title.strip().startswith(SHEET_PREFIX):
            return ws
    if not workbook.worksheets:
        raise KartaError(tr("В книге нет ни одного листа."))
    return workbook.worksheets[0]
