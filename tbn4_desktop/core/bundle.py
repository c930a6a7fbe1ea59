"""The ISPU upload bundle (docs/bundle-format.md, format 2): writer and verifier.

Pure Python: no Qt, no database. The export service describes what goes in
(organisation, year, catalog, one item per subtask and period with its files,
each file in a document slot of the subtask's checklist); this module lays
the files out as

    Проект N/Задача M/<code> <short title>/[<period>/][<slot folder>/]<file>

with Windows-safe, length-limited, unique names, streams them into a ZIP
(or a plain folder) written next to the target and renamed at the end, and
records the size and SHA-256 of every file in `manifest.json`. The format is
specified in docs/bundle-format.md.

The verifier checks a finished bundle against every rule of the format (and
the optional journal of changes, journal.json, entry by entry: read_journal);
the importer of subordinates' bundles builds on it. Bundles of format 1 (no
document slots) are still read.

This module holds the writer (write_bundle, write_bundle_folder, the
manifest); the rest lives beside it and is re-exported here, so
`from tbn4_desktop.core.bundle import …` keeps working:
core/bundle_spec.py (constants, errors, what goes in), core/bundle_names.py
(Windows-safe names, path rules), core/bundle_layout.py (archive paths) and
core/bundle_verify.py (reading and verifying).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import stat
import zipfile
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from tbn4_desktop.core.bundle_layout import _PlannedFile
from tbn4_desktop.core.bundle_layout import plan_layout as plan_layout
from tbn4_desktop.core.bundle_names import FORBIDDEN_CHARS as FORBIDDEN_CHARS
from tbn4_desktop.core.bundle_names import RESERVED_NAMES as RESERVED_NAMES
from tbn4_desktop.core.bundle_names import name_problem as name_problem
from tbn4_desktop.core.bundle_names import path_length as path_length
from tbn4_desktop.core.bundle_names import path_problem as path_problem
from tbn4_desktop.core.bundle_names import safe_name as safe_name
from tbn4_desktop.core.bundle_names import unpacked_path_limit as unpacked_path_limit
from tbn4_desktop.core.bundle_spec import BUNDLE_FORMAT as BUNDLE_FORMAT
from tbn4_desktop.core.bundle_spec import BUNDLE_FORMAT_VERSION as BUNDLE_FORMAT_VERSION
from tbn4_desktop.core.bundle_spec import CHUNK as CHUNK
from tbn4_desktop.core.bundle_spec import DEFAULT_MAX_PATH_CHARS as DEFAULT_MAX_PATH_CHARS
from tbn4_desktop.core.bundle_spec import LINKS_FILE_NAME as LINKS_FILE_NAME
from tbn4_desktop.core.bundle_spec import LINKS_ROLE as LINKS_ROLE
from tbn4_desktop.core.bundle_spec import MANIFEST_NAME as MANIFEST_NAME
from tbn4_desktop.core.bundle_spec import MAX_MANIFEST_BYTES as MAX_MANIFEST_BYTES
from tbn4_desktop.core.bundle_spec import READABLE_FORMAT_VERSIONS as READABLE_FORMAT_VERSIONS
from tbn4_desktop.core.bundle_spec import ROOT as ROOT
from tbn4_desktop.core.bundle_spec import SIGNATURE_ROLE as SIGNATURE_ROLE
from tbn4_desktop.core.bundle_spec import UNASSIGNED_FOLDER as UNASSIGNED_FOLDER
from tbn4_desktop.core.bundle_spec import BundleCancelled as BundleCancelled
from tbn4_desktop.core.bundle_spec import BundleError as BundleError
from tbn4_desktop.core.bundle_spec import BundleFile as BundleFile
from tbn4_desktop.core.bundle_spec import BundleItem as BundleItem
from tbn4_desktop.core.bundle_spec import BundleResult as BundleResult
from tbn4_desktop.core.bundle_spec import BundleSpec as BundleSpec
from tbn4_desktop.core.bundle_spec import CancelledCallback as CancelledCallback
from tbn4_desktop.core.bundle_spec import ProgressCallback as ProgressCallback
from tbn4_desktop.core.bundle_verify import check_listing as check_listing
from tbn4_desktop.core.bundle_verify import entry_problem as entry_problem
from tbn4_desktop.core.bundle_verify import manifest_files as manifest_files
from tbn4_desktop.core.bundle_verify import read_bundle_manifest as read_bundle_manifest
from tbn4_desktop.core.bundle_verify import read_journal as read_journal
from tbn4_desktop.core.bundle_verify import verify_bundle as verify_bundle
from tbn4_desktop.core.fileio import Placement, describe_os_error, fsync_dir
from tbn4_desktop.core.tempfiles import TempRegistry
from tbn4_desktop.i18n import tr

# Content we compress; everything else (PDF, JPEG, PNG, DOCX, XLSX, TIFF) is
# already compressed or not worth the time, and is stored as is.
_DEFLATE_SUFFIXES = frozenset({".json", ".txt", ".csv", ".xml"})


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------


def _zip_time(moment: datetime) -> tuple[int, int, int, int, int, int]:
    # ZIP stores local wall-clock time from 1980 on, to two seconds.
    if moment.year < 1980:
        return (1980, 1, 1, 0, 0, 0)
    return (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)


def _zip_info(name: str, moment: datetime, size: int) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, date_time=_zip_time(moment))
    info.create_system = 3  # the same bytes on Windows and Linux
    info.external_attr = (stat.S_IFREG | 0o644) << 16
    suffix = PurePosixPath(name).suffix.lower()
    info.compress_type = zipfile.ZIP_DEFLATED if suffix in _DEFLATE_SUFFIXES else zipfile.ZIP_STORED
    info.file_size = size  # lets zipfile decide on ZIP64 up front
    return info


#: `finish(result, place)`: called with the finished bundle still under its
#: temporary name; the caller records the export in its transaction, calls
#: `place()` (the rename) and commits. If it raises, the bundle is removed
#: again, renamed or not: the export is recorded exactly when it is there.
FinishCallback = Callable[["BundleResult", Callable[[], None]], None]


def write_bundle(
    spec: BundleSpec,
    target: Path,
    *,
    max_path_chars: int = DEFAULT_MAX_PATH_CHARS,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
    finish: FinishCallback | None = None,
    registry: TempRegistry | None = None,
) -> BundleResult:
    """Write the bundle to `target` (a ZIP file) atomically, through a
    temporary file of ours recorded in `registry` (core/tempfiles).

    Raises BundleCancelled when `cancelled()` turns true, BundleError for
    anything else; in both cases no file (not even a partial one) is left."""
    target = Path(target)
    planned = plan_layout(spec, max_path_chars)
    placement = Placement(target, "export", registry=registry, kind="export")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = placement.create()
    except OSError as exc:
        placement.close()
        raise BundleError(
            tr("Не удалось создать файл пакета. {reason}").format(reason=describe_os_error(exc, target.parent))
        ) from exc
    assert fd is not None  # a file placement (not a folder) gives a descriptor
    try:
        with os.fdopen(fd, "wb") as raw:
            with zipfile.ZipFile(raw, "w", allowZip64=True) as zf:

                def open_entry(p: _PlannedFile) -> Any:
                    return zf.open(_zip_info(p.path, spec.created_at, p.size), "w")

                manifest = _write_files(spec, planned, open_entry, progress, cancelled)
                data = manifest_bytes(manifest)
                zf.writestr(_zip_info(MANIFEST_NAME, spec.created_at, len(data)), data)
            raw.flush()
            os.fsync(raw.fileno())
        return _place(placement, _finish(target, spec, planned, manifest, progress), finish, cancelled)
    except BaseException as exc:
        placement.discard()
        if isinstance(exc, OSError):
            raise BundleError(
                tr("Не удалось записать пакет. {reason}").format(reason=describe_os_error(exc, exc.filename or target))
            ) from exc
        raise
    finally:
        placement.close()


def write_bundle_folder(
    spec: BundleSpec,
    target: Path,
    *,
    max_path_chars: int = DEFAULT_MAX_PATH_CHARS,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
    finish: FinishCallback | None = None,
    registry: TempRegistry | None = None,
) -> BundleResult:
    """Write the bundle as a plain folder `target` (same layout and manifest),
    for upload straight from disk. Written into a temporary sibling folder of
    ours and renamed at the end; a target that exists and is not empty is refused.

    Raises BundleCancelled or BundleError; either way nothing is left."""
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise BundleError(
            tr("Папка «{folder}» уже существует и не пуста. Выберите новую или пустую папку для пакета.").format(
                folder=target
            )
        )
    planned = plan_layout(spec, max_path_chars)
    placement = Placement(target, "export", folder=True, registry=registry, kind="export")
    try:
        placement.create()
    except OSError as exc:
        placement.close()
        raise BundleError(
            tr("Не удалось создать папку пакета. {reason}").format(reason=describe_os_error(exc, target.parent))
        ) from exc
    tmp = placement.tmp
    try:
        made: set[Path] = set()

        @contextlib.contextmanager
        def open_entry(p: _PlannedFile) -> Any:
            path = tmp.joinpath(*p.path.split("/"))
            if path.parent not in made:
                path.parent.mkdir(parents=True, exist_ok=True)
                made.add(path.parent)
            with path.open("wb") as out:
                yield out
                out.flush()
                os.fsync(out.fileno())

        manifest = _write_files(spec, planned, open_entry, progress, cancelled)
        with open_entry(_PlannedFile(MANIFEST_NAME, ROOT, b"", "", "", "", None, 0)) as out:
            out.write(manifest_bytes(manifest))
        for folder in sorted(made, key=lambda f: len(f.parts), reverse=True):
            fsync_dir(folder)
        return _place(placement, _finish(target, spec, planned, manifest, progress), finish, cancelled)
    except BaseException as exc:
        placement.discard()
        if isinstance(exc, BundleCancelled):
            raise BundleCancelled(tr("Формирование пакета отменено; папка не создана.")) from None
        if isinstance(exc, OSError):
            raise BundleError(
                tr("Не удалось записать пакет. {reason}").format(reason=describe_os_error(exc, exc.filename or target))
            ) from exc
        raise
    finally:
        placement.close()


def _place(
    placement: Placement, result: BundleResult, finish: FinishCallback | None, cancelled: CancelledCallback | None
) -> BundleResult:
    """Rename the finished bundle into place — inside the caller's `finish`
    (its transaction) when given. The record notes the manifest's hash first,
    so the next start can tell whether an interrupted commit recorded it."""
    if cancelled and cancelled():
        raise BundleCancelled()
    placement.note(manifest_sha256=hashlib.sha256(manifest_bytes(result.manifest)).hexdigest())
    if finish is not None:
        finish(result, placement.place)
    placement.place()
    return result


def _write_files(
    spec: BundleSpec,
    planned: list[_PlannedFile],
    open_entry: Callable[[_PlannedFile], Any],
    progress: ProgressCallback | None,
    cancelled: CancelledCallback | None,
) -> dict[str, Any]:
    """Copy every planned file through `open_entry`; the manifest of them."""
    total = sum(p.size for p in planned)
    done = 0
    if progress:
        progress(0, total)
    entries: dict[int, list[dict[str, Any]]] = {}
    for p in planned:
        if cancelled and cancelled():
            raise BundleCancelled()
        sha, size, done = _copy_entry(open_entry, p, done, total, progress, cancelled)
        entry = {
            "path": p.path,
            "sha256": sha,
            "size": size,
            "role": p.role,
            "original_name": p.original_name,
            "media_type": p.media_type,
            "slot": p.slot,
        }
        if p.form:
            entry["form"] = p.form
        if p.role == SIGNATURE_ROLE:
            entry["signs"], entry["signers"] = p.signs, [dict(s) for s in p.signers]
        entries.setdefault(p.item_index, []).append(entry)
    return build_manifest(spec, entries)


def _finish(
    target: Path,
    spec: BundleSpec,
    planned: list[_PlannedFile],
    manifest: dict[str, Any],
    progress: ProgressCallback | None,
) -> BundleResult:
    total = sum(p.size for p in planned)
    if progress:
        progress(total, total)
    return BundleResult(path=target, files=len(planned), bytes=total, items=len(spec.items), manifest=manifest)


def _copy_entry(
    open_entry: Callable[[_PlannedFile], Any],
    p: _PlannedFile,
    done: int,
    total: int,
    progress: ProgressCallback | None,
    cancelled: CancelledCallback | None,
) -> tuple[str, int, int]:
    digest = hashlib.sha256()
    written = 0
    with open_entry(p) as out:
        for chunk in _read_chunks(p.source):
            digest.update(chunk)
            out.write(chunk)
            written += len(chunk)
            done += len(chunk)
            if progress:
                progress(done, total)
            if cancelled and cancelled():
                raise BundleCancelled()
    sha = digest.hexdigest()
    if written != p.size or (p.expected_sha256 and sha != p.expected_sha256):
        shown = p.original_name or PurePosixPath(p.path).name
        raise BundleError(
            tr(
                "Файл «{name}» изменился или повреждён в хранилище вложений (не совпадает контрольная сумма). "
                "Приложите скан заново и повторите выгрузку."
            ).format(name=shown)
        )
    return sha, written, done


def _read_chunks(source: Path | bytes) -> Iterable[bytes]:
    if isinstance(source, bytes | bytearray):
        for start in range(0, len(source), CHUNK):
            yield bytes(source[start : start + CHUNK])
        return
    try:
        handle = Path(source).open("rb")  # noqa: SIM115 - a generator: closed by the `with` below
    except OSError as exc:
        raise BundleError(
            tr("Не удалось прочитать файл для пакета. {reason}").format(reason=describe_os_error(exc, source))
        ) from exc
    with handle:
        while chunk := handle.read(CHUNK):
            yield chunk


def build_manifest(spec: BundleSpec, entries: dict[int, list[dict[str, Any]]]) -> dict[str, Any]:
    items = []
    for idx, item in enumerate(spec.items):
        record: dict[str, Any] = {"code": item.code, "period": item.period}
        record.update({k: v for k, v in item.record.items() if k not in ("code", "period", "files")})
        record.setdefault("slots", [])
        record.setdefault("links", [])
        record.setdefault("data_rows", [])
        record["files"] = sorted(entries.get(idx, []), key=lambda e: e["path"])
        items.append(record)
    items.sort(key=lambda r: (_code_key(r["code"]), r["period"]))
    manifest: dict[str, Any] = {
        "format": BUNDLE_FORMAT,
        "format_version": BUNDLE_FORMAT_VERSION,
        "app_version": spec.app_version,
        "created_at": spec.created_at.isoformat(timespec="seconds"),
        "organization": spec.organization,
        "year": spec.year,
        "catalog": spec.catalog,
    }
    if spec.scope is not None:
        manifest["scope"] = spec.scope
    if spec.answers is not None:
        manifest["answers"] = dict(sorted(spec.answers.items()))
    if spec.anchors is not None:
        manifest["anchors"] = dict(sorted(spec.anchors.items()))
    manifest["files"] = sorted(entries.get(ROOT, []), key=lambda e: e["path"])
    manifest["items"] = items
    return manifest


def _code_key(code: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in str(code).split("."))


def manifest_bytes(manifest: dict[str, Any]) -> bytes:
    return (json.dumps(manifest, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
