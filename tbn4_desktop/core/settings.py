"""Settings that belong to an installation's data folder (not window state,
which lives in QSettings). Stored as settings.json, written atomically."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from tbn4_desktop.core.fileio import atomic_write_bytes

SETTINGS_FILE = "settings.json"


@dataclass
class AppSettings:
    # SQLAlchemy URL of a shared office database (PostgreSQL); None = the
    # embedded SQLite file in the data folder.
    database_url: str | None = None
    # With a shared database the attached files must be shared too: a folder
    # every PC of the office reaches (e.g. \\server\tbn4\attachments).
    # None = the data folder's own `attachments`.
    attachments_dir: str | None = None
    max_attachment_mb: int = 50
    # Where automatic backups go; None = the data folder's `backups`.
    backup_dir: str | None = None
    # ISPU publishes no limits, so the bundle's are settings, not constants.
    bundle_max_path_chars: int = 200
    # Importing a subordinate's bundle: anything beyond these is refused
    # before it reaches the store (a wrong file or a ZIP bomb).
    import_max_entry_mb: int = 200
    import_max_total_mb: int = 4096
    import_max_entries: int = 20_000

    @property
    def max_attachment_bytes(self) -> int:
        return self.max_attachment_mb * 1024 * 1024


def load_settings(data_dir: Path) -> AppSettings:
    path = Path(data_dir) / SETTINGS_FILE
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return AppSettings()
    except (OSError, ValueError):
        # A damaged settings file must not keep the app from starting; the
        # defaults are safe, and the next save rewrites the file.
        return AppSettings()
    known = {f.name for f in fields(AppSettings)}
    values = {k: v for k, v in raw.items() if k in known} if isinstance(raw, dict) else {}
    try:
        return AppSettings(**values)
    except TypeError:
        return AppSettings()


def save_settings(data_dir: Path, settings: AppSettings) -> None:
    payload = json.dumps(asdict(settings), ensure_ascii=False, indent=2).encode("utf-8")
    atomic_write_bytes(Path(data_dir) / SETTINGS_FILE, payload)
