"""The single-writer lock of a data folder, shared by the app and `tbn4`.

One process at a time writes to a data folder: the running app holds
`tbn4.lock` for its whole life, a `tbn4` command that writes holds it while
it runs. The lock is Qt's QLockFile (as in every earlier version, so a
running app of an older build still keeps commands out): it records the
process id, the process's executable name and the computer's name, and a
lock whose process died on this computer is taken over at once.

QLockFile writes the executable's name (`python3.11`, `tbn4.exe`), never
the application's name, so it cannot tell the app from a command: the
holder writes its role into `tbn4.lock.holder` beside the lock. That file
is trusted only when its process and computer match the lock's; without
it the holder is the app (builds before this one had no other writer).
"""

from __future__ import annotations

import contextlib
import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from tbn4_desktop.i18n import N_, tr

LOCK_FILE = "tbn4.lock"
HOLDER_SUFFIX = ".holder"
# Backups take their own lock: `tbn4 backup` must run while the app holds
# the folder, yet two backups of one folder must never run at once.
BACKUP_LOCK_FILE = "tbn4-backup.lock"

ROLE_APP = "app"
ROLE_COMMAND = "command"
_ROLE_NAMES = {ROLE_APP: N_("приложение ТБН-4"), ROLE_COMMAND: N_("команда tbn4")}

# Locks this process holds, by path and thread: a command that takes the
# lock may call code that takes it again (restore makes a backup first).
# Another thread of the process (the app's background jobs) is refused as
# any other holder would be.
_held: dict[tuple[Path, int], int] = {}
# Data folders whose lock the running app of this process holds: any of its
# threads writes as the app (hold_write_lock passes).
_app_held: set[Path] = set()


@dataclass(frozen=True)
class Holder:
    """Who holds a lock: process id, computer, and app or command."""

    pid: int
    host: str
    role: str

    @property
    def who(self) -> str:
        return tr(_ROLE_NAMES.get(self.role, _ROLE_NAMES[ROLE_APP]))

    @property
    def where(self) -> str:
        if not self.host:
            return tr("процесс {pid} на компьютере неизвестно").format(pid=self.pid)
        return tr("процесс {pid} на компьютере {host}").format(pid=self.pid, host=self.host)


class InstanceLock:
    """A QLockFile in the data folder; released by release() or at exit
    (by the operating system, when the process dies)."""

    def __init__(self, data_dir: Path, role: str = ROLE_APP, name: str = LOCK_FILE):
        from PySide6.QtCore import QLockFile

        self.path = Path(data_dir) / name
        self.role = role
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # a running holder's lock never expires

    @property
    def _holder_path(self) -> Path:
        return self.path.with_name(self.path.name + HOLDER_SUFFIX)

    def acquire(self) -> bool:
        """True if taken; False if another process holds it. OSError when the
        folder cannot hold the lock file at all."""
        from PySide6.QtCore import QLockFile

        self.path.parent.mkdir(parents=True, exist_ok=True)
        taken = self._lock.tryLock(0)
        if not taken:
            if self._lock.error() != QLockFile.LockError.LockFailedError:
                raise PermissionError(13, "cannot create the lock file", str(self.path))
            # A lock file that names no process (damaged, or left by an older
            # version) would otherwise block the folder forever.
            pid = self._lock.getLockInfo()[0]
            taken = not pid and self._lock.removeStaleLockFile() and self._lock.tryLock(0)
        if taken:
            self._write_holder()
            if self.role == ROLE_APP and self.path.name == LOCK_FILE:
                _app_held.add(self.path.absolute())
        return bool(taken)

    def holder(self) -> Holder | None:
        """Who holds the lock now, as its lock file says; None when the lock
        file cannot be read (just released, or damaged)."""
        pid, host, _exe = self._lock.getLockInfo()  # (0, "", "") when unreadable
        if not pid:
            return None
        role = ROLE_APP
        with contextlib.suppress(OSError, ValueError, UnicodeError):
            text_pid, text_host, text_role = self._holder_path.read_text("utf-8").splitlines()[:3]
            if int(text_pid) == pid and text_host == host and text_role in _ROLE_NAMES:
                role = text_role
        return Holder(pid, host, role)

    def release(self) -> None:
        if self._lock.isLocked():
            _app_held.discard(self.path.absolute())
            with contextlib.suppress(OSError):
                self._holder_path.unlink(missing_ok=True)
            self._lock.unlock()

    def _write_holder(self) -> None:
        # Best effort: without it the holder is reported as the app. The
        # computer's name as QLockFile wrote it (Windows: NetBIOS name).
        _pid, host, _exe = self._lock.getLockInfo()
        with contextlib.suppress(OSError):
            self._holder_path.write_text(f"{os.getpid()}\n{host}\n{self.role}\n", "utf-8")


def busy_message(holder: Holder | None) -> str:
    """The refusal of a command whose data folder another process writes to."""
    if holder is None:
        return tr("Папка данных занята другим процессом ТБН-4: дождитесь его завершения и повторите.")
    if holder.role == ROLE_COMMAND:
        return tr(
            "Папка данных занята: её использует команда tbn4 ({where}). Дождитесь её завершения и повторите."
        ).format(where=holder.where)
    return tr("Папка данных занята: её использует приложение ТБН-4 ({where}). Закройте его и повторите.").format(
        where=holder.where
    )


def backup_busy_message(holder: Holder | None) -> str:
    if holder is None:
        return tr("Резервная копия этой папки данных уже создаётся другим процессом. Дождитесь окончания и повторите.")
    if holder.role == ROLE_COMMAND:
        return tr(
            "Резервная копия этой папки данных уже создаётся: её делает команда tbn4 ({where}). "
            "Дождитесь окончания и повторите."
        ).format(where=holder.where)
    return tr(
        "Резервная копия этой папки данных уже создаётся: её делает приложение ТБН-4 ({where}). "
        "Дождитесь окончания и повторите."
    ).format(where=holder.where)


@contextlib.contextmanager
def hold_write_lock(data_dir: Path) -> Iterator[None]:
    """Hold the data folder's single-writer lock for a command that writes.
    StoreError (one Russian sentence) when another process holds it."""
    with _hold(Path(data_dir), LOCK_FILE, busy_message):
        yield


@contextlib.contextmanager
def hold_backup_lock(data_dir: Path, role: str = ROLE_COMMAND) -> Iterator[None]:
    """Held while a backup of the data folder is written (by the app or a
    command); StoreError when another backup of it is running."""
    with _hold(Path(data_dir), BACKUP_LOCK_FILE, backup_busy_message, role):
        yield


@contextlib.contextmanager
def _hold(data_dir: Path, name: str, message, role: str = ROLE_COMMAND) -> Iterator[None]:  # noqa: ANN001
    from tbn4_desktop.core.fileio import describe_os_error
    from tbn4_desktop.store_errors import StoreError

    key = ((data_dir / name).absolute(), threading.get_ident())
    if _held.get(key) or key[0] in _app_held:
        _held[key] = _held.get(key, 0) + 1
        try:
            yield
        finally:
            _held[key] -= 1
            if not _held[key]:
                del _held[key]
        return
    lock = InstanceLock(data_dir, role, name)
    created = not data_dir.exists()
    try:
        taken = lock.acquire()
    except OSError as exc:
        from tbn4_desktop.store import ensure_writable_dir

        ensure_writable_dir(data_dir)  # the store's sentence for a read-only folder
        raise StoreError(
            tr("Не удалось открыть папку данных. {error}").format(error=describe_os_error(exc, data_dir))
        ) from exc
    if not taken:
        raise StoreError(message(lock.holder()))
    _held[key] = 1
    try:
        yield
    finally:
        _held.pop(key, None)
        lock.release()
        if created:  # made only to hold the lock of a command that then wrote nothing
            with contextlib.suppress(OSError):
                data_dir.rmdir()
