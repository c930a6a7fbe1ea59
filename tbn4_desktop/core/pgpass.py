"""The shared database's password, kept where PostgreSQL's own client
library looks for it: the user's password file (`%APPDATA%\\postgresql\\
pgpass.conf` on Windows, `~/.pgpass` elsewhere, or $PGPASSFILE).

Why there and not in settings.json: the data folder may be shared, copied or
backed up, and its settings are plain text; the password file belongs to one
Windows user's profile, and libpq reads it by itself, so the password never
travels through the app's settings, URLs or logs. Format: one line per
server, `host:port:database:user:password`, `:` and `\\` escaped by `\\`.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tbn4_desktop.core.fileio import atomic_write_bytes


def pgpass_path() -> Path:
    explicit = os.environ.get("PGPASSFILE", "").strip()
    if explicit:
        return Path(explicit)
    if sys.platform == "win32":
        return Path(os.environ.get("APPDATA", Path.home())) / "postgresql" / "pgpass.conf"
    return Path.home() / ".pgpass"


def _escape(field: str) -> str:
    return field.replace("\\", "\\\\").replace(":", "\\:")


def _split(line: str) -> list[str]:
    fields, current, escaped = [], [], False
    for ch in line:
        if escaped:
            current.append(ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ":":
            fields.append("".join(current))
            current = []
        else:
            current.append(ch)
    fields.append("".join(current))
    return fields


def _key(host: str, port: int, database: str, user: str) -> list[str]:
    return [host, str(port), database, user]


def stored_password(host: str, port: int, database: str, user: str, path: Path | None = None) -> str | None:
    """The password stored for exactly this server, database and user."""
    path = path or pgpass_path()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for line in lines:
        fields = _split(line)
        if len(fields) == 5 and fields[:4] == _key(host, port, database, user):
            return fields[4]
    return None


def store_password(
    host: str, port: int, database: str, user: str, password: str | None, path: Path | None = None
) -> Path:
    """Put (or, with None, take out) this server's line; other lines stay
    as they are. The file is written atomically and, outside Windows, made
    readable by its owner only (libpq ignores it otherwise)."""
    path = path or pgpass_path()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        lines = []
    key = _key(host, port, database, user)
    kept = [line for line in lines if _split(line)[:4] != key or len(_split(line)) != 5]
    if password is not None:
        kept.append(":".join(_escape(f) for f in [*key, password]))
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, ("\n".join(kept) + "\n" if kept else "").encode("utf-8"))
    if sys.platform != "win32":
        path.chmod(0o600)
    return path
