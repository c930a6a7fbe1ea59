"""Crash-safe file writes: write to a temporary file in the same folder,
flush and fsync, then rename over the target. A killed process leaves either
the old file or the new one, never half of one; the temporary file is named
as all of ours are (core/tempfiles), so the next start removes it."""

from __future__ import annotations

import contextlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from tbn4_desktop.core.tempfiles import (
    PART,
    TempRegistry,
    process_registry,
    set_hidden,
    temp_name,
)
from tbn4_desktop.i18n import tr


@contextlib.contextmanager
def atomic_writer(target: Path, *, registry: TempRegistry | None = None) -> Iterator[BinaryIO]:
    """Write `target` through a temporary file of ours beside it. The
    temporary path is recorded in `registry` (default: this process's data
    folder's, when one is open) so that a crash's leftover in a user's
    folder is removed at the next start. Private (0600, as mkstemp made it):
    the settings and the password file go through here too."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    registry = registry or process_registry()
    tmp = target.parent / temp_name("save", PART)
    if registry is not None:
        registry.add(tmp, target=str(target.absolute()))
    try:
        fd = os.open(tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        set_hidden(tmp)
        try:
            with os.fdopen(fd, "wb") as handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
            set_hidden(tmp, False)
            os.replace(tmp, target)
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise
    finally:
        if registry is not None:
            registry.drop(tmp)
    fsync_dir(target.parent)


class Placement:
    """A temporary file or folder of ours beside `target` that becomes it by
    one rename. It is recorded in the registry (with `extra`) before it is
    created; `place()` renames it into place (un-hidden first); `discard()`
    removes whichever exists — the temporary path, or the target when it was
    placed but the caller's commit that follows failed; `close()` drops the
    record. A killed process leaves the record: the next start cleans up."""

    def __init__(
        self, target: Path, purpose: str, *, folder: bool = False, registry: TempRegistry | None = None, **extra: object
    ):
        self.target = Path(target)
        self.folder = folder
        self.tmp = self.target.parent / temp_name(purpose, PART)
        self.registry = registry or process_registry()
        self.extra = extra
        self.placed = False

    def create(self) -> int | None:
        """Create the temporary path: a descriptor for a file, None for a folder."""
        if self.registry is not None:
            self.registry.add(self.tmp, target=str(self.target.absolute()), folder=self.folder, **self.extra)
        if self.folder:
            self.tmp.mkdir(mode=0o755)
            set_hidden(self.tmp)
            return None
        fd = os.open(self.tmp, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
        set_hidden(self.tmp)
        return fd

    def note(self, **extra: object) -> None:
        """Add to the record (e.g. what the finished file is) before placing it."""
        if self.registry is not None:
            self.registry.update(self.tmp, **extra)

    def place(self) -> None:
        if self.placed:
            return
        set_hidden(self.tmp, False)
        if self.folder:
            if self.target.is_dir():
                self.target.rmdir()  # empty (checked by the caller); Windows cannot rename over it
            os.rename(self.tmp, self.target)
        else:
            os.replace(self.tmp, self.target)
        self.placed = True
        fsync_dir(self.target.parent)

    def discard(self) -> None:
        remove_path(self.tmp)
        if self.placed:
            remove_path(self.target)
            self.placed = False

    def close(self) -> None:
        if self.registry is not None:
            self.registry.drop(self.tmp)


def remove_path(path: Path) -> None:
    """Remove a file or a folder tree, quietly when it is already gone."""
    path = Path(path)
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        with contextlib.suppress(OSError):
            path.unlink()


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
        return tr("Нет прав на запись или чтение: {path}.").format(path=path)
    if code == errno.EROFS:
        return tr("Диск или папка доступны только для чтения: {path}.").format(path=path)
    if code == errno.ENOSPC:
        return tr("На диске закончилось место: {path}.").format(path=path)
    if code == errno.ENOENT:
        return tr("Файл или папка не найдены: {path}.").format(path=path)
    if code == errno.EISDIR:
        return tr("Указана папка, а не файл: {path}.").format(path=path)
    if code == errno.ENAMETOOLONG:
        return tr("Слишком длинное имя файла: {path}.").format(path=path)
    return tr("Ошибка файловой системы ({reason}): {path}.").format(reason=exc.strerror or exc, path=path)
