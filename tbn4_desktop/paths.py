"""Where the app keeps its data and finds its resources.

The data folder (database, attachments, backups, logs) is, in order of
precedence: --data-dir; TBN4_DATA_DIR; a `portable.txt` marker next to the
frozen executable (data then lives in `data/` beside it); the per-user data
folder of the platform (%LOCALAPPDATA%\\TBN4 on Windows).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tbn4_desktop import APP_NAME

PORTABLE_MARKER = "portable.txt"


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def resource_dir() -> Path:
    """The `resources/` folder, in a checkout and in a PyInstaller build."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def default_data_dir() -> Path:
    env = os.environ.get("TBN4_DATA_DIR")
    if env:
        return Path(env)
    if is_frozen():
        exe_dir = Path(sys.executable).resolve().parent
        if (exe_dir / PORTABLE_MARKER).exists():
            return exe_dir / "data"
    from platformdirs import user_data_dir  # only without --data-dir (start-up time)

    return Path(user_data_dir(APP_NAME, appauthor=False, roaming=False))


def resolve_data_dir(cli_value: str | os.PathLike[str] | None) -> Path:
    return Path(cli_value).expanduser().resolve() if cli_value else default_data_dir()
