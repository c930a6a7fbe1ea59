"""Leftovers of killed processes: our temporary files and staging folders
(core/tempfiles names, and the names earlier versions used) that their
owner will never come back for, and exports renamed into place whose
commit never happened.

Only our own names are ever touched, and only when their process is gone
(on this PC) or they are older than a day; names of earlier versions carry
no process id and are touched after an hour. Unreferenced blobs are never
touched here (services/integrity reports them, `--repair` quarantines them).
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import tempfile
import time
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from tbn4_desktop.core.fileio import remove_path
from tbn4_desktop.core.tempfiles import (
    REGISTRY_DIR,
    TEMP_PREFIX,
    PendingTemp,
    TempRegistry,
    owner_gone,
    parse_temp_name,
    pid_alive,
)

log = logging.getLogger(__name__)

OWNED_MAX_AGE_S = 24 * 3600  # no temporary file of ours legitimately lives a day
LEGACY_MAX_AGE_S = 3600  # names without a process id (earlier versions)
# Earlier versions' names: `.import-*`, `.incoming.*`, `.merge.*` in the
# attachments folder, `.<name>.XXXX.part` beside a written file, and
# sqlite_copy's `<name>.tmp-<pid>`.
_LEGACY_ATTACHMENTS = re.compile(r"^\.(import-|incoming\.|merge\.)")
_LEGACY_PART = re.compile(r"^\..+\.part$")
_SQLITE_TMP = re.compile(r"\.tmp-(\d+)$")
# Exports interrupted between rename and commit: is the bundle recorded?
RecordedCheck = Callable[[str], bool]


@dataclass(frozen=True)
class Leftover:
    path: Path
    size: int


def find_leftovers(
    data_dir: Path, attachments_dir: Path, *, extra_dirs: Iterable[Path] = (), now: float | None = None
) -> list[Leftover]:
    """Our stale temporary files and folders in the data folder (two levels
    deep: Формы/, logs/, …), the attachments folder, the backup folders
    `extra_dirs` (two levels: each backup's folder and the blob pool), the
    system's temporary folder, and the paths the registry recorded in
    users' folders."""
    now = now or time.time()
    seen: set[Path] = set()
    out: list[Leftover] = []

    def consider(path: Path, legacy: bool) -> None:
        if path in seen:
            return
        seen.add(path)
        if _is_stale(path, legacy, now):
            out.append(Leftover(path, tree_size(path)))

    data_dir, attachments_dir = Path(data_dir), Path(attachments_dir)
    for folder in _data_folders(data_dir):
        for path in _children(folder):
            consider(path, legacy=True)
    for path in _children(attachments_dir):
        consider(path, legacy=True)
    for root in extra_dirs:  # backup folders: a backup's own folder, the blob pool
        for folder in [root, *(p for p in _children(root) if _plain_dir(p))]:
            for path in _children(folder):
                consider(path, legacy=True)
    for path in _children(Path(tempfile.gettempdir())):
        if path.name.startswith(TEMP_PREFIX):
            consider(path, legacy=False)
    for pending in TempRegistry.of_data_dir(data_dir).entries():
        gone = _entry_gone(pending, now) and pending.path.name and parse_temp_name(pending.path.name)
        if gone and pending.path.exists():
            consider(pending.path, legacy=False)
    return sorted(out, key=lambda left: str(left.path))


def sweep(
    data_dir: Path,
    attachments_dir: Path,
    *,
    extra_dirs: Iterable[Path] = (),
    recorded: RecordedCheck | None = None,
    now: float | None = None,
) -> int:
    """Remove the leftovers; returns the bytes freed. With `recorded`, also
    settle exports killed between their rename and their commit."""
    now = now or time.time()
    freed = 0
    for left in find_leftovers(data_dir, attachments_dir, extra_dirs=extra_dirs, now=now):
        remove_path(left.path)
        if not left.path.exists():
            freed += left.size
    freed += _settle_registry(TempRegistry.of_data_dir(data_dir), recorded, now)
    return freed


def _data_folders(data_dir: Path) -> list[Path]:
    """The data folder, its sub-folders (not the blob folders `ab/`), and the
    registry folder."""
    folders = [data_dir, *(child for child in _children(data_dir) if _plain_dir(child))]
    return [f for f in folders if f.name != REGISTRY_DIR]


def _plain_dir(path: Path) -> bool:
    """A folder to look into: not one of our temporary folders (judged as a
    whole), not an earlier version's hidden one, not a link."""
    return (
        parse_temp_name(path.name) is None and not path.name.startswith(".") and path.is_dir() and not path.is_symlink()
    )


def _children(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _is_stale(path: Path, legacy: bool, now: float) -> bool:
    """Ours (or an earlier version's) and abandoned. The name is judged
    first: only candidates are stat-ed (a blob folder is never walked)."""
    name = path.name
    ours = parse_temp_name(name) is not None
    sqlite_tmp = _SQLITE_TMP.search(name) if legacy else None
    old_name = legacy and (_LEGACY_ATTACHMENTS.match(name) or _LEGACY_PART.match(name))
    if not (ours or sqlite_tmp or old_name):
        return False
    mtime = newest_mtime(path)
    if mtime is None:
        return False
    if ours:
        return owner_gone(name, mtime=mtime, max_age_s=OWNED_MAX_AGE_S, now=now)
    if sqlite_tmp is not None:
        return now - mtime > OWNED_MAX_AGE_S or not pid_alive(int(sqlite_tmp[1]))
    return now - mtime > LEGACY_MAX_AGE_S


def newest_mtime(path: Path) -> float | None:
    """The newest modification time of a file or of a folder and what it
    holds (a staging folder being filled is young)."""
    try:
        newest = path.stat().st_mtime
        if path.is_dir() and not path.is_symlink():
            for root, dirs, files in os.walk(path):
                for name in (*dirs, *files):
                    try:
                        newest = max(newest, os.lstat(os.path.join(root, name)).st_mtime)
                    except OSError:
                        continue
        return newest
    except OSError:
        return None


def tree_size(path: Path) -> int:
    try:
        if not path.is_dir() or path.is_symlink():
            return path.lstat().st_size
    except OSError:
        return 0
    total = 0
    for root, _dirs, files in os.walk(path):
        for name in files:
            try:
                total += os.lstat(os.path.join(root, name)).st_size
            except OSError:
                continue
    return total


# --------------------------------------------------------------------------
# The registry of temporary paths in users' folders


def _entry_gone(pending: PendingTemp, now: float) -> bool:
    """The process that wrote the registry entry is gone (its name is the
    temporary path's, with `.json` or `.json.new` after it)."""
    try:
        mtime = pending.entry.stat().st_mtime
    except OSError:
        return False
    return owner_gone(pending.entry.name, mtime=mtime, max_age_s=OWNED_MAX_AGE_S, now=now)


def _settle_registry(registry: TempRegistry, recorded: RecordedCheck | None, now: float) -> int:
    freed = 0
    for pending in registry.entries():
        if not _entry_gone(pending, now):
            continue
        if pending.path.name and parse_temp_name(pending.path.name) and pending.path.exists():
            freed += tree_size(pending.path)
            remove_path(pending.path)
            if pending.path.exists():
                continue  # try again next time
        elif pending.extra.get("kind") == "export" and pending.extra.get("manifest_sha256"):
            if recorded is None:
                continue  # settled by a start that can ask the database
            freed += _settle_export(pending, recorded)
        pending.entry.unlink(missing_ok=True)
    return freed


def _settle_export(pending: PendingTemp, recorded: RecordedCheck) -> int:
    """A bundle renamed into place by a process killed before its commit:
    unrecorded, it is removed (the user never saw it reported as written);
    only when its manifest is the one the entry names."""
    sha = str(pending.extra["manifest_sha256"])
    target = Path(str(pending.extra.get("target", "")))
    if not target.name or recorded(sha) or bundle_manifest_sha256(target) != sha:
        return 0
    size = tree_size(target)
    log.info("removing an export whose record was never committed: %s", target)
    remove_path(target)
    return size


def bundle_manifest_sha256(target: Path) -> str | None:
    """SHA-256 of the manifest.json of a bundle (ZIP or folder), or None."""
    try:
        if target.is_dir():
            data = (target / "manifest.json").read_bytes()
        else:
            with zipfile.ZipFile(target) as archive:
                data = archive.read("manifest.json")
    except (OSError, KeyError, zipfile.BadZipFile, ValueError):
        return None
    return hashlib.sha256(data).hexdigest()
