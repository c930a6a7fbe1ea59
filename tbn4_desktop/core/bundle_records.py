"""A subordinate's manifest.json as typed records: Manifest, its
organisation, items, document slots, files, links, signers and register rows.

Apart from core/bundle_reader.py (the archive) and core/bundle_manifest.py
(the parser) because both build or read them, and so do the services that
import a bundle. Plain frozen dataclasses: no checks here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from tbn4_desktop.core.catalog import AnchorEvent
from tbn4_desktop.core.vocabulary import Channel, ExecutionStatus, OrgLevel, SignerRole


@dataclass(frozen=True)
class ManifestSigner:
    """A signer as the exporting program read the signature: informational
    (the importer reads the signature file again and keeps what it reads)."""

    full_name: str
    iin: str
    bin: str
    organization: str
    signed_at: datetime | None
    authorities: tuple[str, ...]
    integrity: str  # "ok" | "not_checked"


@dataclass(frozen=True)
class ManifestFile:
    path: str
    sha256: str
    size: int
    role: str
    original_name: str
    media_type: str
    slot: str | None = None  # the slot key ('' = not sorted); None: format 1 does not say
    signs: str | None = None  # role «signature»: the path of the item's file it signs; None: attached
    signers: tuple[ManifestSigner, ...] = ()


@dataclass(frozen=True)
class ManifestLink:
    url: str
    title: str
    published_on: date | None
    channel: Channel | None = None
    slot: str | None = None  # as ManifestFile.slot


@dataclass(frozen=True)
class ManifestSignatory:
    full_name: str
    position: str
    role: SignerRole


@dataclass(frozen=True)
class ManifestSlot:
    """One document slot of an item: who signed it, its date, a waiver, its links."""

    key: str
    signer: ManifestSignatory | None = None
    doc_date: date | None = None
    waived_reason: str | None = None
    links: tuple[ManifestLink, ...] = ()
    satisfied: bool | None = None  # as the subordinate's program judged it (informational)


@dataclass(frozen=True)
class ManifestRows:
    """The rows of one register of an item, as raw JSON values."""

    register: str
    rows: tuple[dict[str, Any], ...]


@dataclass(frozen=True)
class ManifestItem:
    code: str
    period: str
    status: ExecutionStatus
    completed_on: date | None
    signatory: ManifestSignatory | None
    links: tuple[ManifestLink, ...]
    data_rows: tuple[ManifestRows, ...]
    files: tuple[ManifestFile, ...]
    notes: str = ""
    uploaded_on: date | None = None
    ispu_reference: str | None = None
    # Format 2 (after resolve_slots, format 1 too): per document slot.
    slots: tuple[ManifestSlot, ...] = ()
    complete: bool | None = None  # the checklist complete, as the subordinate judged it
    judged_by: str | None = None  # "upload" or the key of the slot whose date judges the deadline

    @property
    def all_links(self) -> list[ManifestLink]:
        """Every link: the slots' and those not sorted into a slot."""
        return [l for s in self.slots for l in s.links] + list(self.links)


@dataclass(frozen=True)
class ManifestOrganization:
    name: str
    bin: str | None
    level: OrgLevel
    parent_name: str | None
    parent_bin: str | None
    supervised: tuple[tuple[str, str | None], ...] = ()  # (name, BIN) of the supervised quasi-state companies


@dataclass(frozen=True)
class Manifest:
    sha256: str  # of manifest.json's bytes: the same bundle twice has the same
    created_at: datetime  # UTC, naive (as the store keeps datetimes)
    organization: ManifestOrganization
    year: int
    catalog_id: str
    catalog_version: int
    items: tuple[ManifestItem, ...]
    raw: dict[str, Any] = field(repr=False, compare=False)
    # "year": the whole year; "project" / "changed": only the items listed.
    scope: str = "year"
    root_files: tuple[ManifestFile, ...] = ()  # the inventory (опись)
    format_version: int = 2
    answers: dict[str, bool] = field(default_factory=dict)  # applicability answers of the year
    anchors: dict[AnchorEvent, date] = field(default_factory=dict)  # the year's anchor dates (format 2)
    slots_resolved: bool = True  # False: a format 1 bundle before resolve_slots

    @property
    def files(self) -> list[ManifestFile]:
        return list(self.root_files) + [f for item in self.items for f in item.files]
