"""Our temporary files and staging folders: one recognisable name, and a
registry for those a start-up scan cannot find.

Every temporary file or folder the app makes is called

    ~tbn4-<purpose>-<host>-<pid>-<random>[.part]

(`host`: 6 hex digits of this PC's name, for folders shared by several PCs),
so that the start-up sweep can tell ours from the user's files and knows
which process owned it: a name whose process is gone (on this PC) or that
is older than a day is a leftover of a crash. A leading dot would hide
nothing on Windows; there the files get the «hidden» attribute instead.

Temporary files in the user's own folders (an export's target folder, a
form saved with «Сохранить как…») cannot be found by scanning: each is
recorded first in `<data folder>/pending-temp/` (one small file per
temporary path, named like it, so two processes never write the same file)
and the record is dropped after the rename or removal.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

TEMP_PREFIX = "~tbn4-"
PART = ".part"
REGISTRY_DIR = "pending-temp"
_NAME = re.compile(r"^~tbn4-(?P<purpose>[a-z]+)-(?P<host>[0-9a-f]{6})-(?P<pid>\d+)-[0-9a-f]+")
_FILE_ATTRIBUTE_HIDDEN = 0x2
_INVALID_FILE_ATTRIBUTES = 0xFFFFFFFF


def host_tag() -> str:
    # hashlib, socket and secrets are imported when a name is made, not on
    # the start-up path that only reads settings.
    import hashlib
    import socket

    return hashlib.sha256(socket.gethostname().casefold().encode("utf-8")).hexdigest()[:6]


def temp_name(purpose: str, suffix: str = "") -> str:
    """A fresh name of ours for `purpose` (lowercase letters)."""
    import secrets

    return f"{TEMP_PREFIX}{purpose}-{host_tag()}-{os.getpid()}-{secrets.token_hex(4)}{suffix}"


@dataclass(frozen=True)
class TempName:
    purpose: str
    host: str
    pid: int


def parse_temp_name(name: str) -> TempName | None:
    match = _NAME.match(name)
    if match is None:
        return None
    return TempName(match["purpose"], match["host"], int(match["pid"]))


def pid_alive(pid: int) -> bool:
    """Whether a process of that id runs on this PC (True when unsure)."""
    if pid <= 0:
        return False
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        return _pid_alive_windows(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # exists, but another user's
    return True


def _pid_alive_windows(pid: int) -> bool:
    if sys.platform != "win32":  # not reached (pid_alive checks first); lets mypy see Windows' ctypes
        return True
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.OpenProcess.restype = wintypes.HANDLE
    kernel32.OpenProcess.argtypes = [wintypes.DWORD, wintypes.BOOL, wintypes.DWORD]
    kernel32.GetExitCodeProcess.argtypes = [wintypes.HANDLE, ctypes.POINTER(wintypes.DWORD)]
    kernel32.CloseHandle.argtypes = [wintypes.HANDLE]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() == 5  # access denied: it exists
    try:
        code = wintypes.DWORD()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def owner_gone(name: str, *, mtime: float, max_age_s: float, now: float | None = None) -> bool:
    """A temporary name of ours whose owner will never come back for it:
    its process is not running on this PC, or it is older than `max_age_s`
    (a process of another PC, or a reused process id)."""
    parsed = parse_temp_name(name)
    if parsed is None:
        return False
    if (now or time.time()) - mtime > max_age_s:
        return True
    return parsed.host == host_tag() and not pid_alive(parsed.pid)


def set_hidden(path: Path, hidden: bool = True) -> None:
    """The Windows «hidden» attribute of a file or folder; nothing elsewhere.
    A hidden temporary file must be un-hidden before its rename: Windows
    keeps the attribute on the renamed file."""
    if sys.platform != "win32":
        return
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)
    kernel32.GetFileAttributesW.restype = wintypes.DWORD
    kernel32.GetFileAttributesW.argtypes = [wintypes.LPCWSTR]
    kernel32.SetFileAttributesW.argtypes = [wintypes.LPCWSTR, wintypes.DWORD]
    attrs = kernel32.GetFileAttributesW(str(path))
    if attrs == _INVALID_FILE_ATTRIBUTES:
        return
    wanted = attrs | _FILE_ATTRIBUTE_HIDDEN if hidden else attrs & ~_FILE_ATTRIBUTE_HIDDEN
    if wanted != attrs:
        kernel32.SetFileAttributesW(str(path), wanted)


def make_temp_file(folder: Path, purpose: str, suffix: str = PART) -> tuple[int, Path]:
    """(descriptor, path) of a new, hidden temporary file of ours in `folder`
    (readable by others like any file the user saves; mkstemp's is private)."""
    folder = Path(folder)
    while True:
        path = folder / temp_name(purpose, suffix)
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o644)
        except FileExistsError:
            continue
        set_hidden(path)
        return fd, path


def make_temp_dir(folder: Path, purpose: str, suffix: str = "") -> Path:
    folder = Path(folder)
    while True:
        path = folder / temp_name(purpose, suffix)
        try:
            path.mkdir(mode=0o755)
        except FileExistsError:
            continue
        set_hidden(path)
        return path


# --------------------------------------------------------------------------
# The registry of temporary paths outside the data folder


@dataclass(frozen=True)
class PendingTemp:
    entry: Path  # the registry file
    path: Path  # the temporary file or folder
    extra: dict[str, Any]


class TempRegistry:
    """`<data folder>/pending-temp/`: one file per temporary path in a
    folder the start-up sweep cannot scan."""

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    @classmethod
    def of_data_dir(cls, data_dir: Path) -> TempRegistry:
        return cls(Path(data_dir) / REGISTRY_DIR)

    def _entry(self, path: Path) -> Path:
        return self.folder / f"{Path(path).name}.json"

    def add(self, path: Path, **extra: Any) -> None:
        """Record `path` (before it is created). Quietly does nothing when
        the data folder is gone or read-only: the user's work comes first."""
        if not self.folder.parent.is_dir():
            return
        with contextlib.suppress(OSError):
            self.folder.mkdir(exist_ok=True)
            self._write(self._entry(path), {"path": str(Path(path).absolute()), **extra})

    def update(self, path: Path, **extra: Any) -> None:
        entry = self._entry(path)
        with contextlib.suppress(OSError, ValueError):
            data = json.loads(entry.read_text(encoding="utf-8"))
            self._write(entry, {**data, **extra})

    def drop(self, path: Path) -> None:
        with contextlib.suppress(OSError):
            self._entry(path).unlink(missing_ok=True)

    def entries(self) -> list[PendingTemp]:
        out = []
        try:
            files = sorted(self.folder.iterdir())
        except OSError:
            return []
        for entry in files:
            try:
                data = json.loads(entry.read_text(encoding="utf-8"))
                out.append(PendingTemp(entry, Path(data.pop("path")), data))
            except (OSError, ValueError, KeyError, AttributeError, TypeError):
                out.append(PendingTemp(entry, Path(), {}))  # torn: written when killed
        return out

    @staticmethod
    def _write(entry: Path, data: dict[str, Any]) -> None:
        # Written whole and flushed before the temporary path exists; an
        # update goes through a second name, so a torn entry is never left
        # for a temporary file that exists.
        tmp = entry.with_name(entry.name + ".new")
        with tmp.open("w", encoding="utf-8") as handle:
            json.dump(data, handle, ensure_ascii=False)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, entry)


_process_registry: TempRegistry | None = None


def set_process_registry(registry: TempRegistry | None) -> None:
    """The registry of this process's data folder (set when it is opened)."""
    global _process_registry
    _process_registry = registry


def process_registry() -> TempRegistry | None:
    return _process_registry
