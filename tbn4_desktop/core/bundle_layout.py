"""The layout of an ISPU bundle: every file of a BundleSpec (and the
ссылки.txt of each document slot with links) gets its archive path

    Проект N/Задача M/<code> <short title>/[<period>/][<slot folder>/]<file>

cut to the path limit (a subtask's title and a slot's folder once for all
its periods), unique without regard to case, a detached signature named
after its document, beside it.

Apart from core/bundle.py (the writer) because it decides names only: it
writes nothing, and the export service also calls plan_layout on its own.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tbn4_desktop.core.bundle_names import _check_collision, _split_ext, _trim, path_length, path_problem, safe_name
from tbn4_desktop.core.bundle_spec import (
    DEFAULT_MAX_PATH_CHARS,
    LINKS_FILE_NAME,
    LINKS_ROLE,
    MANIFEST_NAME,
    ROOT,
    SIGNATURE_ROLE,
    BundleError,
    BundleFile,
    BundleItem,
    BundleSpec,
)
from tbn4_desktop.core.fileio import describe_os_error
from tbn4_desktop.i18n import tr


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
