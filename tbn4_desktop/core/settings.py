"""Settings that belong to an installation's data folder (not window state,
which lives in QSettings). Stored as settings.json, written atomically;
a damaged file is an error, never silently the defaults."""

from __future__ import annotations

import json
from dataclasses import MISSING, asdict, dataclass, fields
from pathlib import Path

from tbn4_desktop.core.fileio import atomic_write_bytes, describe_os_error
from tbn4_desktop.i18n import tr
from tbn4_desktop.store_errors import StoreError

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
    # «Сформировано … в программе ТБН-4» at the foot of official forms: the
    # instruction's appendices have no such line, so it is off unless asked for.
    form_footer: bool = False
    # The interface language: "ru" or "kk"; None until the user has chosen
    # (the first start asks). Forms and bundles stay Russian either way.
    language: str | None = None

    @property
    def max_attachment_bytes(self) -> int:
        return self.max_attachment_mb * 1024 * 1024


class SettingsError(StoreError):
    """settings.json cannot be read or is not valid: one Russian sentence
    naming the file. A StoreError, so that whatever refuses a database the
    app cannot open refuses this too (the CLI exits 1, the GUI explains)."""


def damaged_message(path: Path) -> str:
    return tr(
        "Файл настроек «{path}» повреждён, поэтому программа не знает, с какой базой данных работать: "
        "исправьте или удалите его (тогда программа откроет локальную базу этого компьютера) либо "
        "восстановите его из резервной копии."
    ).format(path=path)


def load_settings(data_dir: Path) -> AppSettings:
    """The data folder's settings; defaults when there is no file. A file
    that cannot be read or is not valid raises SettingsError: falling back
    to the defaults would silently move an office from its shared database
    to this PC's own."""
    path = Path(data_dir) / SETTINGS_FILE
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return AppSettings()
    except OSError as exc:
        raise SettingsError(
            tr("Не удалось прочитать файл настроек. {reason}").format(reason=describe_os_error(exc, path))
        ) from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise SettingsError(damaged_message(path)) from exc
    if not isinstance(data, dict):
        raise SettingsError(damaged_message(path))
    values = {}
    for f in fields(AppSettings):
        if f.name in data:  # unknown keys (a newer build's settings) are kept out, not refused
            if not _fits(f.default, data[f.name]):
                raise SettingsError(damaged_message(path))
            values[f.name] = data[f.name]
    return AppSettings(**values)


def _fits(default: object, value: object) -> bool:
    """A value of the type its field's default has (None: text or nothing)."""
    if default is MISSING:
        return True
    if default is None:
        return value is None or isinstance(value, str)
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, int | float)
    return isinstance(value, type(default))


def save_settings(data_dir: Path, settings: AppSettings) -> None:
    payload = json.dumps(asdict(settings), ensure_ascii=False, indent=2).encode("utf-8")
    atomic_write_bytes(Path(data_dir) / SETTINGS_FILE, payload)
