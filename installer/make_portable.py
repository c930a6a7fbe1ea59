"""Zip the PyInstaller one-folder app as the portable variant.

    python installer/make_portable.py APP_DIR OUT.zip

The archive holds one folder, TBN4\\, with tbn4.exe, _internal\\ and a
`portable.txt` marker: tbn4_desktop/paths.py then keeps the data in
TBN4\\data\\ beside the exe instead of %LOCALAPPDATA%\\TBN4, so the whole
folder can live on a USB stick or in an office where nothing may be installed.
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

TOP = "TBN4"
MARKER_TEXT = (
    "Переносная версия «ТБН-4: исполнение проектов».\r\n"
    "Пока этот файл лежит рядом с tbn4.exe, данные программы хранятся в папке data рядом с ним.\r\n"
    "Чтобы перенести программу с данными на другой компьютер, закройте её и скопируйте всю папку.\r\n"
)


def make_portable(app_dir: Path, out: Path) -> None:
    tmp = out.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        for path in sorted(app_dir.rglob("*")):
            if path.is_file():
                zf.write(path, f"{TOP}/{path.relative_to(app_dir).as_posix()}")
        zf.writestr(f"{TOP}/portable.txt", MARKER_TEXT.encode("utf-8"))
    tmp.replace(out)


if __name__ == "__main__":
    make_portable(Path(sys.argv[1]), Path(sys.argv[2]))
