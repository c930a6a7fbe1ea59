from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tbn4_desktop.models.base import Base, utcnow


class YearPlan(Base):
    """One organisation's TBN-4 year against one catalog version."""

    __tablename__ = "year_plan"
    __table_args__ = (UniqueConstraint("organization_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    year: Mapped[int] = mapped_column(Integer)
    catalog_id: Mapped[str] = mapped_column(String(100))
    catalog_version: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    executions: Mapped[list[SubtaskExecution]] = relationship(back_populates="year_plan", cascade="all, delete-orphan")


class SubtaskExecution(Base):
    """The state of one subtask for one reporting period ('' for the year,
    Q1..Q4, M01..M12)."""

    __tablename__ = "subtask_execution"
    __table_args__ = (UniqueConstraint("year_plan_id", "subtask_code", "period"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year_plan_id: Mapped[int] = mapped_column(ForeignKey("year_plan.id", ondelete="CASCADE"), index=True)
    subtask_code: Mapped[str] = mapped_column(String(20))
    period: Mapped[str] = mapped_column(String(3), default="")
    status: Mapped[str] = mapped_column(String(30), default="not_started")  # ExecutionStatus
    due_date_override: Mapped[date | None]
    completed_on: Mapped[date | None]
    signatory_id: Mapped[int | None] = mapped_column(ForeignKey("signatory.id", ondelete="SET NULL"), index=True)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Set when the user marks the subtask as uploaded to ISPU by hand.
    uploaded_on: Mapped[date | None]
    ispu_reference: Mapped[str | None] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
    # Optimistic concurrency for a shared office database: a second writer
    # of the same row gets StaleDataError instead of overwriting silently.
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    year_plan: Mapped[YearPlan] = relationship(back_populates="executions")
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="execution", cascade="all, delete-orphan", order_by="Attachment.id"
    )
    links: Mapped[list[Link]] = relationship(
        back_populates="execution", cascade="all, delete-orphan", order_by="Link.id"
    )
    slot_records: Mapped[list[SlotRecord]] = relationship(
        back_populates="execution", cascade="all, delete-orphan", order_by="SlotRecord.id"
    )


class Attachment(Base):
    """A file attached to an execution. The bytes live in the content-addressed
    store under their SHA-256; removing an attachment only sets `removed_at`,
    so a signed scan is never lost by a click."""

    __tablename__ = "attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    execution_id: Mapped[int] = mapped_column(ForeignKey("subtask_execution.id", ondelete="CASCADE"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100))
    role: Mapped[str] = mapped_column(String(30))  # AttachmentRole
    # The catalog slot (confirming document) the file belongs to; '' = not sorted yet.
    slot_key: Mapped[str] = mapped_column(String(40), default="", server_default="")
    added_at: Mapped[datetime] = mapped_column(default=utcnow)
    removed_at: Mapped[datetime | None]
    # An electronic signature file (role «signature»): the SHA-256 of the
    # document a detached signature signs (None when the document is inside
    # the signature file), and its signers as read when it was attached
    # (JSON, core/esign/evidence.py) — the facts that never change.
    signs_sha256: Mapped[str | None] = mapped_column(String(64))
    signature_info: Mapped[str | None] = mapped_column(Text)

    execution: Mapped[SubtaskExecution] = relationship(back_populates="attachments")


class Link(Base):
    """A publication link that confirms a subtask (site, media, social network)."""

    __tablename__ = "link"

    id: Mapped[int] = mapped_column(primary_key=True)
    execution_id: Mapped[int] = mapped_column(ForeignKey("subtask_execution.id", ondelete="CASCADE"), index=True)
    url: Mapped[str] = mapped_column(String(2000))
    title: Mapped[str] = mapped_column(String(500), default="")
    published_on: Mapped[date | None]
    slot_key: Mapped[str] = mapped_column(String(40), default="", server_default="")
    channel: Mapped[str | None] = mapped_column(String(20))  # vocabulary.Channel; None = not said

    execution: Mapped[SubtaskExecution] = relationship(back_populates="links")


class SlotRecord(Base):
    """What the user said of one confirming document of an execution: who
    signed it, its date (signing, approval, publication…), or that it is
    not required and why. A slot whose date is an anchor event keeps the
    date in anchor_date only (one value)."""

    __tablename__ = "slot_record"
    __table_args__ = (UniqueConstraint("execution_id", "slot_key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    execution_id: Mapped[int] = mapped_column(ForeignKey("subtask_execution.id", ondelete="CASCADE"), index=True)
    slot_key: Mapped[str] = mapped_column(String(40))
    signatory_id: Mapped[int | None] = mapped_column(ForeignKey("signatory.id", ondelete="SET NULL"), index=True)
    doc_date: Mapped[date | None]
    waived_reason: Mapped[str | None] = mapped_column(String(500))

    execution: Mapped[SubtaskExecution] = relationship(back_populates="slot_records")


class ApplicabilityAnswer(Base):
    """An organisation's answer, for one year, to a catalog question that
    decides whether subtasks apply (1.1.1's decision; supervising quasi-state
    companies for Project 3)."""

    __tablename__ = "applicability_answer"
    __table_args__ = (UniqueConstraint("year_plan_id", "key"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year_plan_id: Mapped[int] = mapped_column(ForeignKey("year_plan.id", ondelete="CASCADE"), index=True)
    key: Mapped[str] = mapped_column(String(60))
    answer: Mapped[bool] = mapped_column(Boolean)


class PlanPeriodicity(Base):
    """A subtask's periodicity for one year as the Карта sets it, where it
    differs from the catalog (the instruction is silent for most subtasks)."""

    __tablename__ = "plan_periodicity"
    __table_args__ = (UniqueConstraint("year_plan_id", "subtask_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year_plan_id: Mapped[int] = mapped_column(ForeignKey("year_plan.id", ondelete="CASCADE"), index=True)
    subtask_code: Mapped[str] = mapped_column(String(20))
    periodicity: Mapped[str] = mapped_column(String(20))  # vocabulary.Periodicity
