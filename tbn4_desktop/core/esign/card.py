"""The embedded parts of a «Карточка электронного документа»: a PDF showing the document with a signature
stamp that may carry the document and its CMS signature as embedded files (the /EmbeddedFiles name tree,
file-attachment annotations). Signatures and accepted documents are extracted, typed by content, never by
name. The card is hostile input: the name tree is walked by hand with cycle, depth and size guards (pypdf's
`attachments` reads one level of /Kids only), decompression stops at `max_bytes` (pypdf's configuration)."""

from __future__ import annotations

import contextlib
import io
import re
import struct
import tempfile
import unicodedata
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfReader, apply_configuration
from pypdf.errors import LimitReachedError, PyPdfError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, StreamObject

from tbn4_desktop.core.attachments import (
    ACCEPTED_TYPES,
    SIGNATURE_TYPE,
    AttachmentError,
    detect_media_type,
)
from tbn4_desktop.core.esign.cms import SignatureError, read_signed_data
from tbn4_desktop.core.fileio import describe_os_error
from tbn4_desktop.i18n import tr

NAME_LIMIT = 120
_TREE_NODES, _TREE_DEPTH = 10_000, 32  # beyond either the name tree is endless: the card is refused
# What pypdf and its parsing raise on malformed input (AttachmentError, a ValueError, is re-raised first).
_PDF_ERRORS = (
    PyPdfError,
    ValueError,
    TypeError,
    KeyError,
    IndexError,
    AttributeError,
    AssertionError,
    RecursionError,
    OverflowError,
    EOFError,
    zlib.error,
    struct.error,
)
_EMBEDDED_STREAM = re.compile(rb"/Type\s*/EmbeddedFile\b")
_UNSAFE = re.compile(r'[<>:"|?*]')  # not allowed in Windows file names
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


@dataclass(frozen=True)
class EmbeddedPart:
    name: str  # safe file name: no folders or control characters, ≤ NAME_LIMIT, unique in the card
    data: bytes
    kind: str  # "signature" (CMS SignedData by content) or "document" (a type detect_media_type accepts)


@dataclass(frozen=True)
class CardContents:
    """What a card carries, in its order: the parts to attach, and the safe names of the embedded files
    that are neither (text, programs…) to tell the user; both empty for a PDF without any or a non-PDF."""

    parts: tuple[EmbeddedPart, ...] = ()
    skipped: tuple[str, ...] = ()


def embedded_parts(path: Path, *, max_bytes: int, max_parts: int = 50) -> CardContents:
    """The embedded signatures and documents of the PDF at `path`. AttachmentError (one Russian sentence)
    when the file cannot be read, the PDF is damaged so that its embedded files cannot be read, a part is
    over `max_bytes`, all are over 4 × `max_bytes` together, or there are over `max_parts` embedded files."""
    path, card = Path(path), Path(path).name
    try:
        with path.open("rb") as handle:
            raw = handle.read(1024)
            raw = raw + handle.read() if b"%PDF-" in raw else b""
    except OSError as exc:
        raise AttachmentError(
            tr("Не удалось прочитать «{name}». {reason}").format(name=card, reason=describe_os_error(exc, path))
        ) from exc
    if not raw:
        return CardContents()  # not a PDF
    if not _EMBEDDED_STREAM.search(raw) and b"/FileAttachment" not in raw:
        # An ordinary scan: not parsed. An embedded file's stream always sits
        # outside object streams, and writers mark it /Type /EmbeddedFile.
        return CardContents()
    damaged = AttachmentError(
        tr("Файл «{card}» повреждён: встроенные в него файлы не удаётся прочитать.").format(card=card)
    )
    try:
        reader = PdfReader(io.BytesIO(raw))  # it tries the empty user password of an encrypted PDF itself
        specs = _file_specs(reader, card, max_parts)
    except AttachmentError:
        raise
    except _PDF_ERRORS as exc:
        raise damaged from exc
    if not specs and _EMBEDDED_STREAM.search(raw):
        raise damaged  # pypdf's xref repair lost them (it may take a catalog inside an embedded PDF)
    parts: list[EmbeddedPart] = []
    skipped: list[str] = []
    used: set[str] = set()
    total = 0
    with tempfile.TemporaryDirectory(prefix="tbn4-card-") as folder:
        for index, (raw_name, stream) in enumerate(specs, start=1):
            name = _name(raw_name, index, used)
            data = _decode(stream, name, card, max_bytes)
            total += len(data)
            if total > max_bytes * 4:
                raise AttachmentError(
                    tr("Вложения в файле «{card}» вместе больше допустимых {limit} МБ.").format(
                        card=card, limit=_mb(max_bytes * 4)
                    )
                )
            kind = _kind(data, Path(folder) / "part", name)
            if kind is None:
                skipped.append(name)
            else:
                parts.append(EmbeddedPart(name=name, data=data, kind=kind))
    return CardContents(tuple(parts), tuple(skipped))


def _file_specs(reader: PdfReader, card: str, max_parts: int) -> list[tuple[object, StreamObject]]:
    """(name, embedded stream) of each embedded file, each stream once: name tree, then annotations."""
    found: dict[object, tuple[object, StreamObject]] = {}

    def add(key: object, spec: object) -> None:
        ef = _get(spec, "/EF")
        ref = ef.get("/UF", ef.get("/F")) if isinstance(ef, DictionaryObject) else None
        stream = ref.get_object() if ref is not None else None
        if not isinstance(stream, StreamObject):
            return  # a reference to an outside file, or no file at all
        identity = (ref.idnum, ref.generation) if isinstance(ref, IndirectObject) else id(stream)
        if identity not in found:
            if len(found) >= max_parts:
                raise AttachmentError(
                    tr("Число вложений в файле «{card}» больше допустимого ({limit}).").format(
                        card=card, limit=max_parts
                    )
                )
            found[identity] = (_get(spec, "/UF") or _get(spec, "/F") or key, stream)

    # (node, depth): pypdf's array and dictionary values are untyped
    stack: list[tuple[Any, int]] = [(_get(_get(_get(reader.trailer, "/Root"), "/Names"), "/EmbeddedFiles"), 0)]
    seen: set[int] = set()
    while stack:
        node, depth = stack.pop()
        node = node.get_object() if node is not None else None
        if not isinstance(node, DictionaryObject) or id(node) in seen:
            continue  # a broken node, or one seen before (a cycle)
        seen.add(id(node))
        if len(seen) > _TREE_NODES or depth > _TREE_DEPTH:
            raise RecursionError("endless name tree")  # the card is reported damaged
        pairs, kids = _get(node, "/Names"), _get(node, "/Kids")
        if isinstance(pairs, ArrayObject):
            for i in range(0, len(pairs) - 1, 2):
                add(pairs[i].get_object(), pairs[i + 1])
        children: list[Any] = list(kids) if isinstance(kids, ArrayObject) else []
        stack.extend((kid, depth + 1) for kid in reversed(children))
    for page in reader.pages:
        annots = _get(page, "/Annots")
        for annot in annots if isinstance(annots, ArrayObject) else ():
            if _get(annot, "/Subtype") == "/FileAttachment":
                add("", _get(annot, "/FS"))
    return list(found.values())


def _get(obj: object, key: str) -> object:
    """`obj[key]` resolved; None when `obj` is no dictionary or lacks `key`."""
    obj = obj.get_object() if isinstance(obj, IndirectObject) else obj
    value = obj.get(key) if isinstance(obj, DictionaryObject) else None
    return value.get_object() if value is not None else None


def _decode(stream: StreamObject, name: str, card: str, max_bytes: int) -> bytes:
    """The part's decoded bytes; pypdf stops decompressing just past the limit."""
    limit = max_bytes + 1  # 0 would mean "no limit" to pypdf
    try:
        with apply_configuration(
            zlib_maximum_output_length=limit,
            lzw_maximum_output_length=limit,
            run_length_maximum_output_length=limit,
            brotli_maximum_output_length=limit,
            array_based_stream_maximum_output_length=limit,
        ):
            data: bytes | str | None = stream.get_data()
    except LimitReachedError:
        data = None  # decompression stopped at the limit: the part is too big
    except _PDF_ERRORS as exc:
        raise AttachmentError(
            tr("Вложение «{name}» в файле «{card}» повреждено и не читается.").format(name=name, card=card)
        ) from exc
    if data is None or len(data) > max_bytes:
        raise AttachmentError(
            tr("Вложение «{name}» в файле «{card}» больше допустимых {limit} МБ.").format(
                name=name, card=card, limit=_mb(max_bytes)
            )
        )
    return data.encode("latin-1") if isinstance(data, str) else bytes(data)  # pypdf's str is Latin-1


def _kind(data: bytes, probe: Path, name: str) -> str | None:
    """ "signature", "document" or None, by content."""
    with contextlib.suppress(SignatureError):
        read_signed_data(data)
        return "signature"
    try:
        probe.write_bytes(data)
        media_type = detect_media_type(probe)
    except OSError as exc:
        raise AttachmentError(
            tr("Не удалось сохранить «{name}». {reason}").format(name=name, reason=describe_os_error(exc, probe))
        ) from exc
    except (ValueError, EOFError, RuntimeError, NotImplementedError):
        media_type = None  # a ZIP hostile enough to break zipfile is no document
    return "document" if media_type in ACCEPTED_TYPES and media_type != SIGNATURE_TYPE else None


def _name(raw: object, index: int, used: set[str]) -> str:
    """A safe file name, unique among `used` (case-insensitively, as on Windows): «x (2).pdf» for a
    second «x.pdf»; «вложение-N» when nothing is left of the name."""
    text = raw if isinstance(raw, str) else bytes(raw).decode("utf-8", "replace") if isinstance(raw, bytes) else ""
    text = text.replace("\\", "/").rsplit("/", 1)[-1]  # "../../x.pdf", "a\\b.pdf" → the last part
    text = "".join(ch for ch in text if unicodedata.category(ch)[0] != "C")  # control, format, unassigned
    text = _UNSAFE.sub("_", text).strip(" .")
    text = "_" + text if text.split(".", 1)[0].upper() in _RESERVED else text
    text = text or tr("вложение-{number}").format(number=index)
    stem, dot, ext = text.rpartition(".")
    stem, ext = (stem, dot + ext) if dot and stem and len(ext) <= 10 else (text, "")  # a short extension stays
    candidate, number = stem[: NAME_LIMIT - len(ext)].rstrip(" .") + ext, 1
    while candidate.casefold() in used:
        number += 1
        suffix = f" ({number})"
        candidate = stem[: NAME_LIMIT - len(ext) - len(suffix)] + suffix + ext
    used.add(candidate.casefold())
    return candidate


def _mb(size: int) -> str:
    return f"{size / (1024 * 1024):.1f}".replace(".", ",")
