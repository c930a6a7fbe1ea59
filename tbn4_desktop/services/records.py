"""Plain records the services return and take: widgets and commands work
with these, never with ORM objects. No SQLAlchemy here, so the start-up
reader and the UI can use them without loading it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from tbn4_desktop.core.esign.evidence import SignatureFacts
from tbn4_desktop.core.vocabulary import (
    AttachmentRole,
    ExecutionStatus,
    OrgLevel,
    SignerRole,
)


@dataclass(frozen=True)
class SignatoryInput:
    full_name: str
    position: str
    role: SignerRole
    iin: str = ""  # optional: matched with the IIN of an electronic signature's certificate


@dataclass(frozen=True)
class SignatoryInfo:
    id: int
    full_name: str
    position: str
    role: SignerRole
    active: bool
    version: int = 1  # for update/deactivate (optimistic concurrency)
    iin: str | None = None

    @property
    def display(self) -> str:
        return f"{self.full_name} — {self.position}"


@dataclass(frozen=True)
class OrganizationInput:
    name: str
    bin: str
    level: OrgLevel
    parent_name: str = ""
    parent_level: OrgLevel | None = None


@dataclass(frozen=True)
class OrganizationInfo:
    id: int
    name: str
    bin: str | None
    level: OrgLevel
    parent_id: int | None
    parent_name: str | None
    version: int = 1  # for update_organization (optimistic concurrency)


@dataclass(frozen=True)
class PlanInfo:
    id: int
    organization_id: int
    year: int
    catalog_id: str
    catalog_version: int


@dataclass(frozen=True)
class ExecutionInfo:
    id: int
    subtask_code: str
    period: str
    status: ExecutionStatus
    completed_on: date | None
    signatory_id: int | None
    notes: str
    attachment_count: int
    link_count: int
    version: int
    uploaded_on: date | None = None  # marked «Загружено в ИСПУ» on this day
    ispu_reference: str | None = None  # the ISPU number the user noted, if any

    @property
    def status_text(self) -> str:
        """The status as the tree, panel and dashboard show it:
        «Загружено в ИСПУ 12.03.2025 (№ 4521)» for an uploaded one."""
        text = self.status.label
        if self.status is ExecutionStatus.UPLOADED and self.uploaded_on:
            text += f" {self.uploaded_on:%d.%m.%Y}"
            if self.ispu_reference:
                text += f" (№\u00a0{self.ispu_reference})"
        return text


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    sha256: str
    original_name: str
    size: int
    media_type: str
    role: AttachmentRole
    added_at: datetime
    removed_at: datetime | None
    slot_key: str = ""  # the confirming document it belongs to; '' = «Не распределено»
    signs_sha256: str | None = None  # a detached signature: the SHA-256 of the file it signs
    signature: SignatureFacts | None = None  # a signature file: its signers as read when attached


@dataclass(frozen=True)
class LinkInput:
    url: str
    title: str = ""
    published_on: date | None = None


@dataclass(frozen=True)
class LinkInfo:
    id: int
    url: str
    title: str
    published_on: date | None
    slot_key: str = ""
    channel: str | None = None  # vocabulary.Channel value; None = not said


@dataclass(frozen=True)
class ExecutionDetail:
    info: ExecutionInfo
    attachments: list[AttachmentInfo]  # current ones, not removed
    history: list[AttachmentInfo]  # removed or replaced, kept
    links: list[LinkInfo]
