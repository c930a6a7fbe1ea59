"""Reading a subordinate's bundle without trusting it.

Pure Python: no Qt, no database. `open_bundle` checks the archive (names,
sizes, ratios, flags), parses manifest.json into typed records and matches
it against the entries; `BundleReader.verify_files` then streams every file,
counting the bytes really read (never trusting the sizes in the headers) and
comparing size and SHA-256 with the manifest, optionally keeping a verified
copy of each file in a staging folder. Whatever is wrong raises BundleError
with one Russian sentence naming the entry and what to do.

The naming rules, the collision check and the manifest's outer shape are the
writer's (core/bundle.py), so the exporter and the importer cannot drift apart.

Both formats are read. Format 2 says per file, link, signer, date and
waiver which document slot of the subtask's checklist it belongs to. A
format 1 bundle says none of it: `resolve_slots` sorts it as the store's
own upgrade did (core/slot_assignment): a file joins the subtask's one file
slot (else «Не распределено»), a link its one link slot, and the single
signer of the subtask signs every slot that person may sign.

The manifest's typed records live in core/bundle_records.py, its parser
(parse_manifest, resolve_slots, ADVICE) in core/bundle_manifest.py; both
are re-exported here.
"""

from __future__ import annotations

import hashlib
import os
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tbn4_desktop.core.bundle_manifest import ADVICE as ADVICE
from tbn4_desktop.core.bundle_manifest import _refusal, _with_advice
from tbn4_desktop.core.bundle_manifest import parse_manifest as parse_manifest
from tbn4_desktop.core.bundle_manifest import resolve_slots as resolve_slots
from tbn4_desktop.core.bundle_names import _check_collision
from tbn4_desktop.core.bundle_records import Manifest as Manifest
from tbn4_desktop.core.bundle_records import ManifestFile as ManifestFile
from tbn4_desktop.core.bundle_records import ManifestItem as ManifestItem
from tbn4_desktop.core.bundle_records import ManifestLink as ManifestLink
from tbn4_desktop.core.bundle_records import ManifestOrganization as ManifestOrganization
from tbn4_desktop.core.bundle_records import ManifestRows as ManifestRows
from tbn4_desktop.core.bundle_records import ManifestSignatory as ManifestSignatory
from tbn4_desktop.core.bundle_records import ManifestSigner as ManifestSigner
from tbn4_desktop.core.bundle_records import ManifestSlot as ManifestSlot
from tbn4_desktop.core.bundle_spec import (
    CHUNK,
    DEFAULT_MAX_PATH_CHARS,
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    BundleCancelled,
    BundleError,
)
from tbn4_desktop.core.bundle_verify import check_listing, entry_problem, read_journal
from tbn4_desktop.core.fileio import describe_os_error
from tbn4_desktop.core.journal import EntryFields
from tbn4_desktop.i18n import tr, trn

MB = 1024 * 1024
# A ZIP bomb packs a huge file into a few bytes; real scans barely compress.
MAX_RATIO = 100
RATIO_MIN_BYTES = 1 * MB

ProgressCallback = Callable[[int, int], None]
CancelledCallback = Callable[[], bool]


@dataclass(frozen=True)
class ImportLimits:
    max_entries: int = 20_000
    max_entry_bytes: int = 200 * MB
    max_total_bytes: int = 4096 * MB
    max_manifest_bytes: int = MAX_MANIFEST_BYTES
    max_path_chars: int = DEFAULT_MAX_PATH_CHARS

    @classmethod
    def from_settings(cls, settings: Any) -> ImportLimits:
        return cls(
            max_entries=settings.import_max_entries,
            max_entry_bytes=settings.import_max_entry_mb * MB,
            max_total_bytes=settings.import_max_total_mb * MB,
            max_path_chars=settings.bundle_max_path_chars,
        )


def _over_limit(bundle_name: str, what: str, setting: str) -> BundleError:
    # A real bundle can be that big: the limit is a setting, say which.
    return _refusal(
        bundle_name,
        what,
        tr("если пакет настоящий, увеличьте предел «{setting}» в файле settings.json папки данных").format(
            setting=setting
        ),
    )


# --------------------------------------------------------------------------
# The archive
# --------------------------------------------------------------------------


@dataclass
class BundleReader:
    """An opened, checked bundle. Use as a context manager (closes the ZIP)."""

    path: Path
    manifest: Manifest
    limits: ImportLimits
    _zip: zipfile.ZipFile = field(repr=False)
    _entries: dict[str, zipfile.ZipInfo] = field(repr=False)
    verified: bool = False
    # The subordinate's journal of changes (journal.json), each entry checked
    # against its own hash; None when the bundle carries none.
    journal: list[EntryFields] | None = None

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def total_bytes(self) -> int:
        return sum(f.size for f in self.manifest.files)

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()

    def verify_files(
        self,
        stage_dir: Path | None = None,
        *,
        progress: ProgressCallback | None = None,
        cancelled: CancelledCallback | None = None,
    ) -> None:
        """Stream every listed file, checking its real size and SHA-256. With
        `stage_dir`, each verified file is left there named by its SHA-256."""
        total, done = self.total_bytes, 0
        if progress:
            progress(0, total)
        for f in sorted(self.manifest.files, key=lambda f: self._entries[f.path].header_offset):
            if cancelled and cancelled():
                raise BundleCancelled(tr("Приём пакета отменён; данные не изменены."))
            done = self._verify_one(f, stage_dir, done, total, progress, cancelled)
        self.verified = True

    def _verify_one(
        self,
        f: ManifestFile,
        stage_dir: Path | None,
        done: int,
        total: int,
        progress: ProgressCallback | None,
        cancelled: CancelledCallback | None,
    ) -> int:
        info = self._entries[f.path]
        digest = hashlib.sha256()
        read = 0
        out = None
        tmp: Path | None = None
        try:
            if stage_dir is not None:
                tmp = stage_dir / f".{f.sha256}.part"
                out = tmp.open("wb")
            with self._zip.open(info) as src:
                while chunk := src.read(CHUNK):
                    read += len(chunk)
                    if read > f.size:  # more bytes than promised: never trust the header
                        raise _refusal(
                            self.name, tr("файл «{path}» больше, чем указано в manifest.json").format(path=f.path)
                        )
                    digest.update(chunk)
                    if out is not None:
                        out.write(chunk)
                    done += len(chunk)
                    if progress:
                        progress(done, total)
                    if cancelled and cancelled():
                        raise BundleCancelled(tr("Приём пакета отменён; данные не изменены."))
            if read != f.size:
                raise _refusal(self.name, tr("размер файла «{path}» не совпадает с manifest.json").format(path=f.path))
            if digest.hexdigest() != f.sha256:
                raise _refusal(
                    self.name, tr("контрольная сумма файла «{path}» не совпадает (файл повреждён)").format(path=f.path)
                )
            if out is not None and tmp is not None and stage_dir is not None:
                out.close()
                out = None
                os.replace(tmp, stage_dir / f.sha256)
        except (zipfile.BadZipFile, EOFError, RuntimeError, NotImplementedError, ValueError) as exc:
            raise _refusal(self.name, tr("файл «{path}» не читается (архив повреждён)").format(path=f.path)) from exc
        except OSError as exc:
            if stage_dir is not None and exc.filename and str(stage_dir) in str(exc.filename):
                raise BundleError(
                    tr("Не удалось сохранить файл «{path}» из пакета. {reason}").format(
                        path=f.path, reason=describe_os_error(exc, exc.filename)
                    )
                ) from exc
            raise _refusal(self.name, tr("файл «{path}» не читается (архив повреждён)").format(path=f.path)) from exc
        finally:
            if out is not None:
                out.close()
            if tmp is not None:
                tmp.unlink(missing_ok=True)
        return done


def open_bundle(
    path: Path,
    limits: ImportLimits | None = None,
    *,
    verify: bool = True,
    stage_dir: Path | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
) -> BundleReader:
    """Open and check a bundle; with `verify` (default) also every file's
    size and checksum. Raises BundleError (Russian), BundleCancelled."""
    path = Path(path)
    limits = limits or ImportLimits()
    name = path.name
    try:
        on_disk = path.stat().st_size
    except FileNotFoundError:
        raise BundleError(tr("Файл пакета не найден: {path}; проверьте имя и папку.").format(path=path)) from None
    except OSError as exc:
        raise BundleError(tr("Не удалось открыть пакет. {reason}").format(reason=describe_os_error(exc, path))) from exc
    if not path.is_file():
        raise BundleError(tr("«{path}» — это не файл; выберите ZIP-файл пакета.").format(path=path))
    # A ZIP is never much bigger than what it holds.
    if on_disk > limits.max_total_bytes + limits.max_entries * 1024 + MB:
        raise _over_limit(
            name,
            tr("файл больше допустимых {limit} МБ").format(limit=_mb(limits.max_total_bytes)),
            "import_max_total_mb",
        )
    _check_entry_count(path, limits)
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, NotImplementedError) as exc:
        raise BundleError(
            tr(
                "Файл «{name}» не является пакетом ТБН-4: это не ZIP-архив или он повреждён; "
                "попросите прислать пакет заново."
            ).format(name=name)
        ) from exc
    except OSError as exc:
        raise BundleError(tr("Не удалось открыть пакет. {reason}").format(reason=describe_os_error(exc, path))) from exc
    try:
        entries = _check_entries(zf, name, limits)
        manifest = parse_manifest(_manifest_bytes(zf, entries, name, limits), name)
        _match_manifest(manifest, entries, name, limits)
        reader = BundleReader(
            path=path,
            manifest=manifest,
            limits=limits,
            _zip=zf,
            _entries=entries,
            journal=_journal(zf, entries, manifest, name, limits),
        )
        if verify:
            reader.verify_files(stage_dir, progress=progress, cancelled=cancelled)
    except BaseException:
        zf.close()
        raise
    return reader


def _check_entry_count(path: Path, limits: ImportLimits) -> None:
    """Refuse a huge central directory before Python builds an object per entry."""
    try:
        with path.open("rb") as fh:
            end = zipfile._EndRecData(fh)  # type: ignore[attr-defined]  # zipfile: private, not in typeshed
    except OSError:
        return  # ZipFile below reports it
    entries_total: int = zipfile._ECD_ENTRIES_TOTAL  # type: ignore[attr-defined]  # zipfile: private, not in typeshed
    if end and end[entries_total] > limits.max_entries:
        raise _over_limit(
            path.name,
            trn("в архиве %n файл при допустимых {limit}", end[entries_total]).format(limit=limits.max_entries),
            "import_max_entries",
        )


def _check_entries(zf: zipfile.ZipFile, name: str, limits: ImportLimits) -> dict[str, zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > limits.max_entries:
        raise _over_limit(
            name,
            trn("в архиве %n файл при допустимых {limit}", len(infos)).format(limit=limits.max_entries),
            "import_max_entries",
        )
    seen: dict[str, str] = {}
    files: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in infos:
        if (problem := entry_problem(info, limits.max_path_chars)) is not None:
            raise _refusal(name, problem)
        entry = info.filename
        is_dir = entry.endswith("/")
        clean = entry[:-1] if is_dir else entry
        try:
            _check_collision(seen, unicodedata.normalize("NFC", clean), is_dir, name)
        except BundleError as exc:
            raise BundleError(_with_advice(str(exc))) from exc
        if is_dir:
            continue
        if info.file_size > limits.max_entry_bytes:
            raise _over_limit(
                name,
                tr("файл «{path}» больше допустимых {limit} МБ").format(path=entry, limit=_mb(limits.max_entry_bytes)),
                "import_max_entry_mb",
            )
        if info.file_size > RATIO_MIN_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _refusal(
                name,
                trn(
                    "файл «{path}» сжат в %n раз (признак ZIP-бомбы)", info.file_size // max(info.compress_size, 1)
                ).format(path=entry),
            )
        total += info.file_size
        if total > limits.max_total_bytes:
            raise _over_limit(
                name,
                tr("общий размер файлов больше допустимых {limit} МБ").format(limit=_mb(limits.max_total_bytes)),
                "import_max_total_mb",
            )
        files[clean] = info
    return files


def _manifest_bytes(zf: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], name: str, limits: ImportLimits) -> bytes:
    info = entries.get(MANIFEST_NAME)
    if info is None:
        raise _refusal(name, tr("в нём нет файла manifest.json (это не пакет ТБН-4 или он неполный)"))
    if info.file_size > limits.max_manifest_bytes:
        raise _refusal(name, tr("файл manifest.json слишком большой"))
    try:
        with zf.open(info) as fh:
            data = fh.read(limits.max_manifest_bytes + 1)
    except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, NotImplementedError, ValueError) as exc:
        raise _refusal(name, tr("файл manifest.json не читается (архив повреждён)")) from exc
    if len(data) > limits.max_manifest_bytes:
        raise _refusal(name, tr("файл manifest.json слишком большой"))
    return data


def _match_manifest(manifest: Manifest, entries: dict[str, zipfile.ZipInfo], name: str, limits: ImportLimits) -> None:
    """Every listed file is an entry of that size, and every entry is listed."""
    try:
        check_listing([(f.path, f.size) for f in manifest.files], entries, name, limits.max_path_chars)
    except BundleError as exc:
        raise BundleError(_with_advice(str(exc))) from exc


def _journal(
    zf: zipfile.ZipFile, entries: dict[str, zipfile.ZipInfo], manifest: Manifest, name: str, limits: ImportLimits
) -> list[EntryFields] | None:
    """journal.json's entries, its shape and each entry's hash checked (its
    bytes are checked against the manifest later, with every other file)."""

    def read(path: str) -> bytes:
        try:
            with zf.open(entries[path]) as fh:
                return fh.read(limits.max_manifest_bytes + 1)
        except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, NotImplementedError, ValueError) as exc:
            raise _refusal(name, tr("файл «{path}» не читается (архив повреждён)").format(path=path)) from exc

    try:
        return read_journal(
            [(f.path, f.role, f.size) for f in manifest.root_files], read, name, limits.max_manifest_bytes
        )
    except BundleError as exc:
        if tr(ADVICE) in str(exc):  # refused by read() above, advice given
            raise
        raise BundleError(_with_advice(str(exc))) from exc


def _mb(size: int) -> str:
    return f"{size / MB:.1f}".replace(".", ",").removesuffix(",0")
