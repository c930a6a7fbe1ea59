"""Names inside an ISPU bundle: Windows-safe file and folder names, path
lengths as Windows counts them (MAX_PATH once unpacked), and the path rules
the writer and the verifier share (path_problem, the collision check).

Apart from core/bundle.py because both sides use them: the layout
(core/bundle_layout.py) builds names by these rules and checks its result
with them, the verifier (core/bundle_verify.py) and the importer
(core/bundle_reader.py) refuse what breaks them.
"""

from __future__ import annotations

import re
import unicodedata

from tbn4_desktop.core.bundle_spec import DEFAULT_MAX_PATH_CHARS, BundleError
from tbn4_desktop.i18n import tr

# Windows' MAX_PATH (260) less its terminating NUL, and the folder a user
# unpacks into: C:\Users\<20-character name>\Downloads\<bundle stem>\ .
WINDOWS_MAX_PATH = 259
UNPACK_PREFIX_CHARS = len("C:\\Users\\") + 20 + len("\\Downloads\\") + len("\\")
MIN_PATH_CHARS = 120

# Windows refuses these characters in a file or folder name.
FORBIDDEN_CHARS = frozenset('<>:"/\\|?*')
# Readable replacements, so «Анонс: начало» does not become «Анонс_ начало».
_REPLACEMENTS = {":": " -", "/": "-", "\\": "-", "|": "-", '"': "'", "<": "(", ">": ")", "?": "", "*": ""}
RESERVED_NAMES = frozenset(
    ["CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"]
    + [f"COM{i}" for i in "123456789¹²³"]
    + [f"LPT{i}" for i in "123456789¹²³"]
)
_DRIVE_RE = re.compile(r"^[A-Za-z]:")


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
