"""Reading and verifying an ISPU bundle: the manifest's format and shape,
every ZIP entry's name and flags, the listing against the archive, each
file's SHA-256, and the optional journal of changes (journal.json) entry by
entry. Bundles of format 1 (no document slots) are still read.

Apart from core/bundle.py (the writer) because it reads what others wrote;
the importer of subordinates' bundles (core/bundle_reader.py) builds on its
rules (entry_problem, check_listing, the manifest's outer shape, read_journal).
"""

from __future__ import annotations

import hashlib
import json
import re
import stat
import unicodedata
import zipfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, cast

from tbn4_desktop.core.bundle_names import _check_collision, path_problem
from tbn4_desktop.core.bundle_spec import (
    BUNDLE_FORMAT,
    BUNDLE_FORMAT_VERSION,
    CHUNK,
    DEFAULT_MAX_PATH_CHARS,
    MANIFEST_NAME,
    MAX_MANIFEST_BYTES,
    READABLE_FORMAT_VERSIONS,
    BundleError,
)
from tbn4_desktop.core.fileio import describe_os_error
from tbn4_desktop.core.journal import (
    JOURNAL_FILE_NAME,
    JOURNAL_ROLE,
    EntryFields,
    JournalFileError,
    parse_journal,
)
from tbn4_desktop.i18n import tr

_UTF8_FLAG = 0x800
_ENCRYPTED_FLAG = 0x1
_SHA256_RE = re.compile(r"[0-9a-f]{64}")


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
