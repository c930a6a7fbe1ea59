"""Crash-safe file writes: write to a temporary file in the same folder,
flush and fsync, then rename over the target. A killed process leaves either
the old file or the new one, never half of one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO


@contextlib.contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name[:40]}.", suffix=".part", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    fsync_dir(target.parent)


def atomic_write_bytes(target: Path, data: bytes) -> None:
    with atomic_writer(target) as handle:
        handle.write(data)


def fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable on POSIX; Windows has no directory fsync.
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def describe_os_error(exc: OSError, path: Path | str) -> str:
    """One Russian sentence about why a file operation failed."""
    import errno

    code = exc.errno
    if code in (errno.EACCES, errno.EPERM):
        return f"Нет прав на запись или чтение: {path}."
    if code == errno.EROFS:
        return f"Диск или папка доступны только для чтения: {path}."
    if code == errno.ENOSPC:
        return f"На диске закончилось место: {path}."
    if code == errno.ENOENT:
        return f"Файл или папка не найдены: {path}."
    if code == errno.EISDIR:
        return f"Указана папка, а не файл: {path}."
    if code == errno.ENAMETOOLONG:
        return f"Слишком длинное имя файла: {path}."
    return f"Ошибка файловой системы ({exc.strerror or exc}): {path}."
