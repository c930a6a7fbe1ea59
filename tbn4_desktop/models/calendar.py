from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from tbn4_desktop.models.base import Base, utcnow


class CalendarDecree(Base):
    """A day the user entered from a Government decree (a transfer or an
    extra day off); it wins over the shipped calendar file."""

    __tablename__ = "calendar_decree"

    id: Mapped[int] = mapped_column(primary_key=True)
    day: Mapped[date] = mapped_column(Date, unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # workdays.ENTRY_KINDS
    note: Mapped[str] = mapped_column(String(500), default="")
    basis: Mapped[str] = mapped_column(String(500), default="")  # legal reference
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class AnchorDate(Base):
    """The date of an event relative deadlines count from (start and end of
    the internal analysis, signing of the report, approval of the plan)."""

    __tablename__ = "anchor_date"
    __table_args__ = (UniqueConstraint("year_plan_id", "event"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    year_plan_id: Mapped[int] = mapped_column(ForeignKey("year_plan.id", ondelete="CASCADE"), index=True)
    event: Mapped[str] = mapped_column(String(40))  # catalog.AnchorEvent
    day: Mapped[date] = mapped_column(Date)
