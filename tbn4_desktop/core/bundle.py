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
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any, cast

from tbn4_desktop import __version__
from tbn4_desktop.core.fileio import Placement, describe_os_error, fsync_dir
from tbn4_desktop.core.journal import (
    JOURNAL_FILE_NAME,
    JOURNAL_ROLE,
    EntryFields,
    JournalFileError,
    parse_journal,
)
from tbn4_desktop.core.tempfiles import TempRegistry
from tbn4_desktop.i18n import tr

BUNDLE_FORMAT = "tbn4-bundle"
BUNDLE_FORMAT_VERSION = 2
#: Versions a reader accepts: 1 (before document slots) and the current one.
READABLE_FORMAT_VERSIONS = (1, 2)
MANIFEST_NAME = "manifest.json"
LINKS_FILE_NAME = "ссылки.txt"  # i18n: ru-only — a file name in the ISPU bundle
LINKS_ROLE = "links"
SIGNATURE_ROLE = "signature"  # an electronic signature file (CMS), beside the document it signs
# Files and links not sorted into a document slot.
UNASSIGNED_FOLDER = "Не распределено"  # i18n: ru-only — a folder name in the ISPU bundle
DEFAULT_MAX_PATH_CHARS = 200
ROOT = -1  # item index of the files at the bundle's root
# Windows' MAX_PATH (260) less its terminating NUL, and the folder a user
# unpacks into: C:\Users\<20-character name>\Downloads\<bundle stem>\ .
WINDOWS_MAX_PATH = 259
UNPACK_PREFIX_CHARS = len("C:\\Users\\") + 20 + len("\\Downloads\\") + len("\\")
MIN_PATH_CHARS = 120

CHUNK = 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024 * 1024
_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1

# Windows refuses these characters in a file or folder name.
FORBIDDEN_CHARS = frozenset('<>:"/\\|?*')
# Readable replacements, so «Анонс: начало» does not become «Анонс_ начало».
_REPLACEMENTS = {":": " -", "/": "-", "\\": "-", "|": "-", '"': "'", "<": "(", ">": ")", "?": "", "*": ""}
RESERVED_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"COM{i}" for i in "123456789¹²³"]
    + [f"LPT{i}" for i in "123456789¹²³"]
)
# Content we compress; everything else (PDF, JPEG, PNG, DOCX, XLSX, TIFF) is
# already compressed or not worth the time, and is stored as is.
_DEFLATE_SUFFIXES = frozenset({".json", ".txt", ".csv", ".xml"})
_SHA256_RE = re.compile(r"[0-9a-f]{64}")
_DRIVE_RE = re.compile(r"^[A-Za-z]:")

ProgressCallback = Callable[[int, int], None]
CancelledCallback = Callable[[], bool]


class BundleError(Exception):
    """A bundle that cannot be written or that breaks the format; the message
    is Russian and says what to do."""


class BundleCancelled(Exception):
    """The user cancelled the export; nothing was left on disk."""

    def __init__(self, message: str | None = None) -> None:
        super().__init__(message if message is not None else tr("Формирование пакета отменено; файл не создан."))


# --------------------------------------------------------------------------
# What goes into a bundle
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class BundleFile:
    """One file of an item. `name` is the wanted file name (made safe here)."""

    name: str
    source: Path | bytes
    role: str
    original_name: str = ""
    media_type: str = ""
    # When the caller knows the checksum (content-addressed store), the
    # writer checks the bytes it copies against it.
    expected_sha256: str | None = None
    form: str | None = None  # a generated form: its FormName value
    slot: str = ""  # the document slot's key; "" = not sorted into a slot
    # A detached signature (role «signature»): the SHA-256 of the file of
    # the same item it signs; it is named after that file's bundle name.
    signs: str | None = None
    signers: tuple[dict[str, Any], ...] = ()  # a signature's manifest «signers»


@dataclass(frozen=True)
class BundleItem:
    """One subtask and period. `record` holds its manifest fields (status,
    deadline, slots with their signers, dates, waivers and links, data_rows
    …); `files` and the placement fields are the writer's. `slot_folders`
    names the sub-folder of each slot's files (slot key → folder name; ""
    for files not sorted into a slot); a slot without one keeps its files
    in the item folder itself."""

    code: str
    period: str
    project: int
    task: int
    short_title: str
    period_folder: str | None  # e.g. «I квартал»; None for once/yearly
    record: dict[str, Any]
    files: tuple[BundleFile, ...] = ()
    slot_folders: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class BundleSpec:
    created_at: datetime
    organization: dict[str, Any]
    year: int
    catalog: dict[str, Any]
    items: tuple[BundleItem, ...]
    app_version: str = __version__
    root_files: tuple[BundleFile, ...] = ()  # the inventory, beside manifest.json
    scope: dict[str, Any] | None = None  # {"kind": "year"|"project"|"changed", …}
    answers: dict[str, bool] | None = None  # the year's applicability answers (question key → yes/no)
    anchors: dict[str, str] | None = None  # the year's anchor dates (event → ISO date)


@dataclass(frozen=True)
class BundleResult:
    path: Path
    files: int  # files besides manifest.json
    bytes: int  # their total size
    items: int
    manifest: dict[str, Any] = field(repr=False)


# --------------------------------------------------------------------------
# Names
# --------------------------------------------------------------------------


def path_length(path: str) -> int:
    """Length as Windows counts it (UTF-16 code units)."""
    return len(path.encode("utf-16-le")) // 2


def unpacked_path_limit(stem: str, max_path_chars: int = DEFAULT_MAX_PATH_CHARS) -> int:
    """The longest path inside a bundle named `stem` that still fits MAX_PATH
    once unpacked into C:\\Users\\<20 chars>\\Downloads\\<stem>\\.

    Raises BundleError (Russian) when the stem leaves too little room."""
    limit = min(max_path_chars, WINDOWS_MAX_PATH - UNPACK_PREFIX_CHARS - path_length(stem))
    if limit < MIN_PATH_CHARS:
        raise BundleError(
            tr(
                "Имя пакета «{stem}» слишком длинное: после распаковки в папку «Загрузки» пути файлов "
                "превысят 260 символов. Сократите имя файла или папки пакета."
            ).format(stem=stem)
        )
    return limit


def safe_name(name: str) -> str:
    """A file or folder name Windows accepts: no forbidden or control
    characters, no trailing dots or spaces, not a reserved device name."""
    name = unicodedata.normalize("NFC", name)
    out = []
    for ch in name:
        if ch in _REPLACEMENTS:
            out.append(_REPLACEMENTS[ch])
        elif ord(ch) < 32 or ord(ch) == 127 or unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp"):
            out.append(" ")
        else:
            out.append(ch)
    cleaned = re.sub(r"\s+", " ", "".join(out)).strip().rstrip(". ")
    if not cleaned or cleaned in (".", ".."):
        cleaned = "_"
    if _is_reserved(cleaned):
        cleaned = "_" + cleaned
    return cleaned


def _is_reserved(name: str) -> bool:
    return name.split(".")[0].rstrip(" ").upper() in RESERVED_NAMES


def name_problem(part: str) -> str | None:
    """Why one path part is not a Windows-safe name (Russian), or None."""
    if part in ("", ".", ".."):
        return tr("пустое имя или переход в родительскую папку («..»)")
    bad = sorted({c for c in part if c in FORBIDDEN_CHARS})
    if bad:
        return tr("недопустимые символы {chars}").format(chars=" ".join(bad))
    if any(ord(c) < 32 or ord(c) == 127 for c in part):
        return tr("управляющие символы")
    if part[-1] in ". ":
        return tr("точка или пробел в конце имени")
    if _is_reserved(part):
        return tr("зарезервированное имя Windows")
    return None


def _split_ext(name: str) -> tuple[str, str]:
    stem, dot, ext = name.rpartition(".")
    if not dot or not stem or len(ext) > 8 or " " in ext:
        return name, ""
    return stem, "." + ext


def _trim(text: str, max_len: int) -> str:
    """Cut text to max_len UTF-16 units and tidy the cut end."""
    if max_len <= 0:
        return ""
    while path_length(text) > max_len:
        text = text[:-1]
    return text.rstrip(" .-")


# --------------------------------------------------------------------------
# Layout: item specs → archive paths
# --------------------------------------------------------------------------


@dataclass
class _PlannedFile:
    path: str
    item_index: int
    source: Path | bytes
    role: str
    original_name: str
    media_type: str
    expected_sha256: str | None
    size: int
    form: str | None = None
    slot: str = ""
    signs: str | None = None  # a signature's document: its archive path
    signers: tuple[dict[str, Any], ...] = ()


#: Channel values → the words of the instruction (vocabulary.Channel labels).
# i18n: ru-only-begin — ссылки.txt in the bundle
_CHANNEL_WORDS = {
    "site": "интернет-ресурс",
    "media": "СМИ",
    "social": "социальные сети",
}
# i18n: ru-only-end


def _link_groups(item: BundleItem) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """(slot key, slot title, links) of every slot with links, in checklist
    order, then the links not sorted into a slot (format 1: every link)."""
    groups = []
    for slot in item.record.get("slots") or []:
        if isinstance(slot, dict) and slot.get("links"):
            groups.append((str(slot.get("key", "")), str(slot.get("title", "")), list(slot["links"])))
    loose = item.record.get("links") or []
    if loose:
        groups.append(("", "", list(loose)))
    return groups


def _links_text(item: BundleItem, title: str, links: list[dict[str, Any]]) -> bytes:
    # The links file is part of the bundle: Russian whatever the UI language.
    heading = f"Ссылки на публикации: подзадача {item.code}"  # i18n: ru-only — ссылки.txt in the bundle
    if item.period_folder:
        heading += f", {item.period_folder}"
    lines = [heading]
    if title:
        lines.append(f"Документ: «{title}»")  # i18n: ru-only — ссылки.txt in the bundle
    lines.append("")
    for n, link in enumerate(links, 1):
        text = (link.get("title") or "").strip() or "Публикация"  # i18n: ru-only — ссылки.txt in the bundle
        notes = []
        published = link.get("published_on")
        if isinstance(published, str):
            with contextlib.suppress(ValueError):
                published = date.fromisoformat(published)
        if isinstance(published, date):
            published = published.strftime("%d.%m.%Y")
        if published:
            notes.append(f"опубликовано {published}")  # i18n: ru-only — ссылки.txt in the bundle
        if link.get("channel") in _CHANNEL_WORDS:
            notes.append(_CHANNEL_WORDS[link["channel"]])
        if notes:
            text += f" ({'; '.join(notes)})"
        lines += [f"{n}. {text}", f"   {link.get('url', '')}", ""]
    # UTF-8 with a BOM and CRLF: opens correctly in any Windows Notepad.
    return ("\ufeff" + "\r\n".join(lines)).encode("utf-8")


def _source_size(source: Path | bytes) -> int:
    if isinstance(source, bytes | bytearray):
        return len(source)
    try:
        return Path(source).stat().st_size
    except OSError as exc:
        raise BundleError(
            tr("Не удалось прочитать файл для пакета. {reason}").format(reason=describe_os_error(exc, source))
        ) from exc


def plan_layout(spec: BundleSpec, max_path_chars: int = DEFAULT_MAX_PATH_CHARS) -> list[_PlannedFile]:
    """Archive paths for every file of the bundle, sorted by path."""
    wanted: list[tuple[int, BundleItem, BundleFile]] = []
    seen_items: set[tuple[str, str]] = set()
    for idx, item in enumerate(spec.items):
        key = (item.code, item.period)
        if key in seen_items:
            raise ValueError(f"duplicate bundle item {key}")
        seen_items.add(key)
        files = list(item.files)
        for slot_key, title, links in _link_groups(item):
            files.append(
                BundleFile(
                    name=LINKS_FILE_NAME,
                    source=_links_text(item, title, links),
                    role=LINKS_ROLE,
                    media_type="text/plain",
                    slot=slot_key,
                )
            )
        wanted.extend((idx, item, f) for f in files)

    # The subtask folder is shared by all periods of a subtask, so its short
    # title is cut once, by as much as its longest path needs.
    prefix_of: dict[str, str] = {}
    parts_of: dict[str, tuple[str, str]] = {}  # code → (code part, title part)
    overflow_of: dict[str, int] = {}
    for _idx, item, f in wanted:
        if item.code not in parts_of:
            # i18n: ru-only-begin — bundle folders
            prefix_of[item.code] = f"{safe_name(f'Проект {item.project}')}/{safe_name(f'Задача {item.task}')}/"
            # i18n: ru-only-end
            title = safe_name(item.short_title) if item.short_title.strip() else ""
            parts_of[item.code] = (safe_name(item.code), "" if title == "_" else title)
        folder = _join_title(*parts_of[item.code])
        tail = _period_dir(item) + _slot_dir(_slot_folder(item, f)) + safe_name(f.name)
        overflow = path_length(prefix_of[item.code] + folder + "/" + tail) - max_path_chars
        overflow_of[item.code] = max(overflow_of.get(item.code, 0), overflow)

    folder_of: dict[str, str] = {}
    for code, (code_part, title_part) in parts_of.items():
        need = overflow_of[code]
        if need > 0 and title_part:
            title_part = _trim(title_part, path_length(title_part) - need)
        folder_of[code] = _join_title(code_part, title_part)

    # Then a slot folder that still does not fit is cut (its number kept),
    # once per subtask and slot, so all periods name it alike.
    slot_need: dict[tuple[str, str], int] = {}
    for _idx, item, f in wanted:
        raw = _slot_folder(item, f)
        if raw:
            path = (
                prefix_of[item.code]
                + folder_of[item.code]
                + "/"
                + _period_dir(item)
                + _slot_dir(raw)
                + safe_name(f.name)
            )
            key = (item.code, raw)
            slot_need[key] = max(slot_need.get(key, 0), path_length(path) - max_path_chars)
    slot_name = {key: _cut_slot_folder(key[1], need) for key, need in slot_need.items()}

    taken: dict[str, set[str]] = {}
    planned: list[_PlannedFile] = []
    root_taken = taken.setdefault("", {MANIFEST_NAME})
    for f in spec.root_files:
        name = _fit_name("", safe_name(f.name), max_path_chars, root_taken)
        planned.append(
            _PlannedFile(
                path=name,
                item_index=ROOT,
                source=f.source,
                role=f.role,
                original_name=f.original_name,
                media_type=f.media_type,
                expected_sha256=f.expected_sha256,
                size=_source_size(f.source),
                form=f.form,
                slot=f.slot,
            )
        )
    # Documents first: a detached signature is named after its document's final name, beside it.
    for idx, item, f in sorted(wanted, key=lambda w: w[2].signs is not None):
        raw = _slot_folder(item, f)
        slot_dir = slot_name[(item.code, raw)] + "/" if raw else ""
        directory = prefix_of[item.code] + folder_of[item.code] + "/" + _period_dir(item) + slot_dir
        wanted_name, signs = f.name, None
        if f.signs is not None:
            signs = _signed_document(planned, idx, f)
            directory, _, doc_name = signs.rpartition("/")
            directory, wanted_name = directory + "/", doc_name + ".cms"
        used = taken.setdefault(directory.casefold(), set())
        name = _fit_name(directory, safe_name(wanted_name), max_path_chars, used)
        planned.append(
            _PlannedFile(
                path=directory + name,
                item_index=idx,
                source=f.source,
                role=f.role,
                original_name=f.original_name,
                media_type=f.media_type,
                expected_sha256=f.expected_sha256,
                size=_source_size(f.source),
                form=f.form,
                slot=f.slot,
                signs=signs,
                signers=f.signers,
            )
        )
    planned.sort(key=lambda p: p.path)
    # The layout must pass the verifier's rules by construction; check anyway,
    # so a surprising catalog can never produce a bundle the importer refuses.
    seen: dict[str, str] = {MANIFEST_NAME: MANIFEST_NAME}
    for p in planned:
        if (problem := path_problem(p.path, max_path_chars)) is not None:
            raise BundleError(
                tr("Не удалось составить имя файла «{path}» для пакета ({problem}).").format(
                    path=p.path, problem=problem
                )
            )
        _check_collision(seen, p.path, False, tr("(формируемый пакет)"))
    return planned


def _signed_document(planned: list[_PlannedFile], idx: int, f: BundleFile) -> str:
    """The archive path of the file of item `idx` a detached signature signs
    (one in the signature's slot first)."""
    found = sorted(
        (p for p in planned if p.item_index == idx and p.expected_sha256 == f.signs and p.role != SIGNATURE_ROLE),
        key=lambda p: p.slot != f.slot,
    )
    if not found:
        raise ValueError(f"the document {f.signs} of signature {f.name!r} is not in the bundle item")
    return found[0].path


def _slot_folder(item: BundleItem, f: BundleFile) -> str:
    """The wanted sub-folder of a file's slot ('' = the item folder itself)."""
    return item.slot_folders.get(f.slot, "")


def _slot_dir(raw: str) -> str:
    return safe_name(raw) + "/" if raw else ""


def _cut_slot_folder(raw: str, need: int) -> str:
    """The slot folder's name, its title cut by `need` characters when the
    path is too long; the leading number («2 …») is always kept."""
    name = safe_name(raw)
    if need <= 0:
        return name
    number, space, title = name.partition(" ")
    if not space or not number.isdigit():
        return safe_name(_trim(name, path_length(name) - need) or name[:1])
    title = _trim(title, path_length(title) - need)
    return safe_name(f"{number} {title}") if title else number


def _period_dir(item: BundleItem) -> str:
    return safe_name(item.period_folder) + "/" if item.period_folder else ""


def _join_title(code_part: str, title_part: str) -> str:
    return safe_name(f"{code_part} {title_part}") if title_part else code_part


def _fit_name(directory: str, name: str, max_path_chars: int, taken: set[str]) -> str:
    stem, ext = _split_ext(name)
    room = max_path_chars - path_length(directory)
    n = 1
    while True:
        suffix = "" if n == 1 else f" ({n})"
        stem_room = room - path_length(suffix + ext)
        fitted_stem = _trim(stem, stem_room) if path_length(stem) > stem_room else stem
        if not fitted_stem:
            raise BundleError(
                tr(
                    "Предельная длина пути в пакете ({limit} символов) слишком мала для папки «{folder}». "
                    "Увеличьте её в настройках."
                ).format(limit=max_path_chars, folder=directory)
            )
        candidate = safe_name(fitted_stem + suffix + ext)
        if candidate.casefold() not in taken:
            taken.add(candidate.casefold())
            return candidate
        n += 1


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


# --------------------------------------------------------------------------
# Reading and verifying
# --------------------------------------------------------------------------


def _open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(path)
    except FileNotFoundError as exc:
        raise BundleError(tr("Файл пакета не найден: {path}.").format(path=path)) from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise BundleError(
            tr(
                "Файл «{name}» не является пакетом ТБН-4: это не ZIP-архив или он повреждён. "
                "Попросите прислать пакет заново."
            ).format(name=Path(path).name)
        ) from exc
    except OSError as exc:
        raise BundleError(tr("Не удалось открыть пакет. {reason}").format(reason=describe_os_error(exc, path))) from exc


def read_bundle_manifest(path: Path) -> dict[str, Any]:
    """The parsed manifest.json of a bundle after the format checks (format,
    version, required fields). Does not check files; see verify_bundle."""
    with _open_zip(Path(path)) as zf:
        return _read_manifest(zf, Path(path))


def _read_manifest(zf: zipfile.ZipFile, path: Path) -> dict[str, Any]:
    name = path.name
    try:
        info = zf.getinfo(MANIFEST_NAME)
    except KeyError as exc:
        raise BundleError(
            tr("В пакете «{name}» нет файла manifest.json: это не пакет ТБН-4 или он неполный.").format(name=name)
        ) from exc
    if info.file_size > MAX_MANIFEST_BYTES:
        raise BundleError(tr("Файл manifest.json в пакете «{name}» слишком большой; пакет отклонён.").format(name=name))
    try:
        with zf.open(info) as fh:
            raw = fh.read(MAX_MANIFEST_BYTES + 1)
        manifest = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, zipfile.BadZipFile, EOFError, OSError, RuntimeError) as exc:
        raise BundleError(
            tr("Файл manifest.json в пакете «{name}» повреждён или не в формате JSON; пакет отклонён.").format(
                name=name
            )
        ) from exc
    _check_manifest_shape(manifest, name)
    return cast("dict[str, Any]", manifest)  # a dict: checked by _check_manifest_shape


def _check_manifest_shape(m: Any, name: str) -> None:
    def bad(what: str) -> BundleError:
        return BundleError(tr("Пакет «{name}» отклонён: в manifest.json {problem}.").format(name=name, problem=what))

    if not isinstance(m, dict) or m.get("format") != BUNDLE_FORMAT:
        raise BundleError(
            tr("Файл «{name}» не является пакетом ТБН-4 (неверный формат manifest.json).").format(name=name)
        )
    version = m.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise bad(tr("нет номера версии формата"))
    if version > BUNDLE_FORMAT_VERSION:
        raise BundleError(
            tr(
                "Пакет «{name}» создан более новой версией программы (формат {version}). "
                "Обновите программу, чтобы принять его."
            ).format(name=name, version=version)
        )
    if version not in READABLE_FORMAT_VERSIONS:
        raise bad(tr("неизвестная версия формата {version}").format(version=version))
    for key, kind in (
        ("app_version", str),
        ("created_at", str),
        ("organization", dict),
        ("year", int),
        ("catalog", dict),
        ("items", list),
    ):
        if not isinstance(m.get(key), kind) or isinstance(m.get(key), bool):
            raise bad(tr("нет поля «{key}» или оно неверного типа").format(key=key))
    org = m["organization"]
    if not isinstance(org.get("name"), str) or not org["name"].strip() or not isinstance(org.get("level"), str):
        raise bad(tr("не указаны наименование или уровень организации"))
    if not isinstance(m["catalog"].get("id"), str) or not isinstance(m["catalog"].get("version"), int):
        raise bad(tr("не указан каталог (id, version)"))
    if not isinstance(m.get("files", []), list):
        raise bad(tr("список файлов в корне пакета («files») неверного типа"))
    for f in m.get("files", []):
        if not _file_entry_ok(f):
            raise bad(tr("описание файла в корне пакета неполное (path, sha256, size, role)"))
    for i, item in enumerate(m["items"], 1):
        if not (isinstance(item, dict) and isinstance(item.get("code"), str) and isinstance(item.get("period"), str)):
            raise bad(tr("запись №{number} не содержит кода подзадачи или периода").format(number=i))
        if not isinstance(item.get("files", []), list) or not isinstance(item.get("links", []), list):
            raise bad(
                tr("у записи №{number} ({code}) списки файлов или ссылок неверного типа").format(
                    number=i, code=item["code"]
                )
            )
        if version >= 2 and not isinstance(item.get("slots"), list):
            raise bad(
                tr("у записи №{number} ({code}) нет списка документов (slots)").format(number=i, code=item["code"])
            )
        for f in item.get("files", []):
            if not _file_entry_ok(f):
                raise bad(
                    tr("у записи №{number} ({code}) описание файла неполное (path, sha256, size, role)").format(
                        number=i, code=item["code"]
                    )
                )
            if version >= 2 and not isinstance(f.get("slot"), str):
                raise bad(
                    tr("у записи №{number} ({code}) у файла не указан документ (slot)").format(
                        number=i, code=item["code"]
                    )
                )


def _file_entry_ok(f: Any) -> bool:
    return (
        isinstance(f, dict)
        and isinstance(f.get("path"), str)
        and isinstance(f.get("role"), str)
        and isinstance(f.get("sha256"), str)
        and _SHA256_RE.fullmatch(f["sha256"]) is not None
        and isinstance(f.get("size"), int)
        and not isinstance(f["size"], bool)
        and f["size"] >= 0
    )


def manifest_files(manifest: dict[str, Any]) -> list[dict[str, Any]]:
    """Every file entry of a (shape-checked) manifest: the root files, then the items'."""
    return list(manifest.get("files", [])) + [f for item in manifest["items"] for f in item.get("files", [])]


def path_problem(path: str, max_path_chars: int = DEFAULT_MAX_PATH_CHARS) -> str | None:
    """Why an archive path breaks the format (Russian), or None."""
    if "\\" in path:
        return tr("обратная косая черта в пути")
    if path.startswith("/") or _DRIVE_RE.match(path):
        return tr("абсолютный путь")
    if path_length(path) > max_path_chars:
        return tr("путь длиннее {limit} символов").format(limit=max_path_chars)
    for part in path.split("/"):
        if part == "..":
            return tr("переход в родительскую папку («..»)")
        if (problem := name_problem(part)) is not None:
            return problem
    return None


def verify_bundle(path: Path, *, max_path_chars: int = DEFAULT_MAX_PATH_CHARS) -> dict[str, Any]:
    """Check a bundle against every rule of its format (1 or 2) and return its manifest.

    Raises BundleError (Russian) naming the first problem found."""
    path = Path(path)
    name = path.name
    with _open_zip(path) as zf:
        infos = zf.infolist()
        seen: dict[str, str] = {}
        file_entries: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if (problem := entry_problem(info, max_path_chars)) is not None:
                raise BundleError(tr("Пакет «{name}» отклонён: {problem}.").format(name=name, problem=problem))
            is_dir = info.filename.endswith("/")
            clean = info.filename[:-1] if is_dir else info.filename
            _check_collision(seen, unicodedata.normalize("NFC", clean), is_dir, name)
            if not is_dir:
                file_entries[clean] = info
        manifest = _read_manifest(zf, path)
        listing = [(f["path"], f["size"]) for f in manifest_files(manifest)]
        check_listing(listing, file_entries, name, max_path_chars)
        for f in manifest_files(manifest):
            if _entry_sha256(zf, file_entries[f["path"]], name) != f["sha256"]:
                raise BundleError(
                    tr("Пакет «{name}» повреждён: контрольная сумма файла «{path}» не совпадает.").format(
                        name=name, path=f["path"]
                    )
                )
        read_journal(
            [(f["path"], f["role"], f["size"]) for f in manifest.get("files", [])],
            lambda p: zf.read(file_entries[p]),
            name,
        )
    return manifest


def read_journal(
    root_files: Iterable[tuple[str, str, int]],
    read: Callable[[str], bytes],
    bundle_name: str,
    max_bytes: int = MAX_MANIFEST_BYTES,
) -> list[EntryFields] | None:
    """The bundle's journal of changes (optional in format 2: the root file
    journal.json, role `journal`), each entry checked against its own hash.
    None when there is none or it is of a newer journal format (ignored).
    Raises BundleError (Russian) when it is malformed or an entry was edited."""
    journals = [(path, size) for path, role, size in root_files if role == JOURNAL_ROLE]
    if not journals:
        return None
    if len(journals) > 1 or journals[0][0] != JOURNAL_FILE_NAME:
        raise BundleError(
            tr("Пакет «{name}» отклонён: журнал изменений должен быть одним файлом {journal} в корне пакета.").format(
                name=bundle_name, journal=JOURNAL_FILE_NAME
            )
        )
    path, size = journals[0]
    if size > max_bytes:
        raise BundleError(
            tr("Пакет «{name}» отклонён: журнал изменений ({journal}) слишком большой.").format(
                name=bundle_name, journal=JOURNAL_FILE_NAME
            )
        )
    try:
        return parse_journal(read(path))
    except JournalFileError as exc:
        raise BundleError(tr("Пакет «{name}» отклонён: {problem}.").format(name=bundle_name, problem=exc)) from exc


# The rules below are shared with the importer (core/bundle_reader.py).
def entry_problem(info: zipfile.ZipInfo, max_path_chars: int = DEFAULT_MAX_PATH_CHARS) -> str | None:
    """Why one ZIP entry breaks the format (Russian, naming it), or None:
    its name, a name not in UTF-8, encryption, a symlink, a folder posing as a file."""
    entry = info.filename
    is_dir = entry.endswith("/")
    if (problem := path_problem(entry[:-1] if is_dir else entry, max_path_chars)) is not None:
        return tr("недопустимое имя «{entry}» ({problem})").format(entry=entry[:120], problem=problem)
    if not entry.isascii() and not info.flag_bits & _UTF8_FLAG:
        return tr("имя «{entry}» записано не в UTF-8, русские буквы будут искажены").format(entry=entry)
    if info.flag_bits & _ENCRYPTED_FLAG:
        return tr("файл «{entry}» зашифрован").format(entry=entry)
    mode = info.external_attr >> 16
    if stat.S_ISLNK(mode):  # whatever system claims to have made it
        return tr("«{entry}» — символьная ссылка").format(entry=entry)
    if (is_dir and info.file_size) or (not is_dir and stat.S_ISDIR(mode)):
        return tr("«{entry}» — папка, записанная как файл").format(entry=entry)
    return None


def check_listing(
    listing: list[tuple[str, int]],
    entries: dict[str, zipfile.ZipInfo],
    bundle_name: str,
    max_path_chars: int = DEFAULT_MAX_PATH_CHARS,
) -> None:
    """The manifest's files (path, size) against the archive's file entries:
    each listed once, present with that size, and nothing unlisted."""
    name = bundle_name
    listed: set[str] = set()
    for fpath, size in listing:
        if (problem := path_problem(fpath, max_path_chars)) is not None:
            raise BundleError(
                tr("Пакет «{name}» отклонён: в manifest.json недопустимый путь «{path}» ({problem}).").format(
                    name=name, path=fpath[:120], problem=problem
                )
            )
        if fpath in listed or fpath == MANIFEST_NAME:
            raise BundleError(
                tr("Пакет «{name}» отклонён: файл «{path}» указан в manifest.json дважды.").format(
                    name=name, path=fpath
                )
            )
        listed.add(fpath)
        info = entries.get(fpath)
        if info is None:
            raise BundleError(
                tr("Пакет «{name}» неполный: нет файла «{path}», указанного в manifest.json.").format(
                    name=name, path=fpath
                )
            )
        if info.file_size != size:
            raise BundleError(
                tr("Пакет «{name}» повреждён: размер файла «{path}» не совпадает с manifest.json.").format(
                    name=name, path=fpath
                )
            )
    extra = sorted(set(entries) - listed - {MANIFEST_NAME})
    if extra:
        raise BundleError(
            tr("Пакет «{name}» отклонён: файл «{path}» не указан в manifest.json.").format(name=name, path=extra[0])
        )


def _check_collision(seen: dict[str, str], clean: str, is_dir: bool, bundle_name: str) -> None:
    """Record an entry and its parent folders; refuse exact and
    case-insensitive duplicates and a file that is also a folder."""
    parts = clean.split("/")
    keys = [("/".join(parts[:i]) + "/", True) for i in range(1, len(parts))]
    keys.append((clean + ("/" if is_dir else ""), is_dir))
    for key, key_is_dir in keys:
        folded = key.casefold()
        other = seen.get(folded)
        clash_file = (key[:-1] if key_is_dir else key + "/").casefold()
        if (other is not None and (other != key or not key_is_dir)) or clash_file in seen:
            shown = other or seen.get(clash_file) or key
            raise BundleError(
                tr(
                    "Пакет «{name}» отклонён: имена «{first}» и «{second}» совпадают "
                    "(с учётом регистра букв в Windows)."
                ).format(name=bundle_name, first=key.rstrip("/"), second=shown.rstrip("/"))
            )
        seen.setdefault(folded, key)


def _entry_sha256(zf: zipfile.ZipFile, info: zipfile.ZipInfo, bundle_name: str) -> str:
    digest = hashlib.sha256()
    try:
        with zf.open(info) as fh:
            while chunk := fh.read(CHUNK):
                digest.update(chunk)
    except (zipfile.BadZipFile, EOFError, OSError, RuntimeError, NotImplementedError) as exc:
        raise BundleError(
            tr("Пакет «{name}» повреждён: файл «{path}» не читается.").format(name=bundle_name, path=info.filename)
        ) from exc
    return digest.hexdigest()
