"""What goes into an ISPU upload bundle (docs/bundle-format.md): the format's
constants, its two exceptions and the dataclasses the export service fills in
(BundleSpec → BundleItem → BundleFile) and the writer returns (BundleResult).

Apart from core/bundle.py so that the layout, the writer, the verifier and the
importer (core/bundle_reader.py) all share one definition without importing
each other. Pure Python: no Qt, no database.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from tbn4_desktop import __version__
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

CHUNK = 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024 * 1024

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
