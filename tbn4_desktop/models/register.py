"""Rows of a subtask's registers (the typed tables of the catalog)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from tbn4_desktop.models.base import Base, utcnow


class RegisterRow(Base):
    """One row of one register of one execution. `values` maps column keys
    to JSON values (dates as ISO strings, money as numbers)."""

    __tablename__ = "register_row"

    id: Mapped[int] = mapped_column(primary_key=True)
    execution_id: Mapped[int] = mapped_column(ForeignKey("subtask_execution.id", ondelete="CASCADE"), index=True)
    register_key: Mapped[str] = mapped_column(String(100))
    position: Mapped[int] = mapped_column(Integer)
    values: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
