from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tbn4_desktop.models.base import Base, utcnow


class Organization(Base):
    """A government body or quasi-state company; `parent` is the body that
    supervises it (and uploads for it when it has no ISPU account)."""

    __tablename__ = "organization"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    bin: Mapped[str | None] = mapped_column(String(12), unique=True)
    level: Mapped[str] = mapped_column(String(20))  # OrgLevel
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organization.id", ondelete="SET NULL"), index=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    # Optimistic concurrency on a shared database (see executions).
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    parent: Mapped[Organization | None] = relationship(remote_side=[id])
    signatories: Mapped[list[Signatory]] = relationship(
        back_populates="organization", cascade="all, delete-orphan", order_by="Signatory.id"
    )


class Signatory(Base):
    __tablename__ = "signatory"

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    full_name: Mapped[str] = mapped_column(String(300))
    position: Mapped[str] = mapped_column(String(500))
    role: Mapped[str] = mapped_column(String(40))  # SignerRole
    # Optional: the signatory's ИИН, matched with the IIN an electronic
    # signature's certificate carries (SERIALNUMBER=IIN…).
    iin: Mapped[str | None] = mapped_column(String(12), nullable=True)
    # Never deleted: completed executions keep pointing at who signed them.
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    version: Mapped[int] = mapped_column(Integer, default=1)

    __mapper_args__ = {"version_id_col": version}

    organization: Mapped[Organization] = relationship(back_populates="signatories")


class Setting(Base):
    """Small key/value facts that belong to the data, not to the PC
    (e.g. which organisation this installation works for)."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(String(2000))


class SupervisedEntity(Base):
    """A quasi-state company the organisation supervises («курирует»): the
    list is the denominator of Project 3's shares («% от общего кол-ва
    субъектов квазигосударственного сектора»)."""

    __tablename__ = "supervised_entity"
    __table_args__ = (UniqueConstraint("organization_id", "name"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organization.id", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(500))
    bin: Mapped[str | None] = mapped_column(String(12))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
