"""What was exported (so «only what changed since the last export» works)
and which subordinates' bundles were imported (the roll-up's history)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tbn4_desktop.models.base import Base, utcnow


class ExportRecord(Base):
    """One export of an organisation's year: when, what scope, where to."""

    __tablename__ = "export_record"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    scope: Mapped[str] = mapped_column(String(40))  # "year" | "project:N" | "changed"
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    target: Mapped[str] = mapped_column(String(1000))  # the ZIP file or folder written
    files: Mapped[int] = mapped_column(Integer, default=0)
    bytes: Mapped[int] = mapped_column(Integer, default=0)
    manifest_sha256: Mapped[str] = mapped_column(String(64))

    items: Mapped[list[ExportedItem]] = relationship(back_populates="export", cascade="all, delete-orphan")


class ExportedItem(Base):
    """An execution as it was exported: its fingerprint (status, files,
    links, signatory, rows) tells whether it changed since."""

    __tablename__ = "exported_item"
    __table_args__ = (UniqueConstraint("export_id", "execution_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    export_id: Mapped[int] = mapped_column(ForeignKey("export_record.id", ondelete="CASCADE"), index=True)
    execution_id: Mapped[int] = mapped_column(ForeignKey("subtask_execution.id", ondelete="CASCADE"), index=True)
    fingerprint: Mapped[str] = mapped_column(String(64))

    export: Mapped[ExportRecord] = relationship(back_populates="items")


class ImportedBundle(Base):
    """A subordinate's bundle taken into the store. The newest bundle of an
    organisation and year is live (superseded_at is NULL); older ones stay
    as history, their ZIP kept in the attachments store by `bundle_sha256`."""

    __tablename__ = "imported_bundle"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    manifest_sha256: Mapped[str] = mapped_column(String(64), index=True)  # same bundle twice → no change
    bundle_sha256: Mapped[str] = mapped_column(String(64))
    bundle_created_at: Mapped[datetime]
    source_name: Mapped[str] = mapped_column(String(500))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    superseded_at: Mapped[datetime | None]
    items: Mapped[int] = mapped_column(Integer, default=0)
    files: Mapped[int] = mapped_column(Integer, default=0)
