"""One Карта date at a time: the due date of a subtask and period set by
hand (`tbn4 due set`), stored where the Карта import puts it
(`SubtaskExecution.due_date_override`, see services/karta.py)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.i18n import tr
from tbn4_desktop.models import SubtaskExecution


def due_dates(session: Session, plan_id: int) -> dict[tuple[str, str], date | None]:
    """(code, period) → the Карта date of every execution of a plan, in plan order."""
    return {
        (code, period or ""): due
        for code, period, due in session.execute(
            select(SubtaskExecution.subtask_code, SubtaskExecution.period, SubtaskExecution.due_date_override)
            .where(SubtaskExecution.year_plan_id == plan_id)
            .order_by(SubtaskExecution.id)
        )
    }


def set_due_date(session: Session, execution_id: int, day: date | None) -> bool:
    """Set (a date) or clear (None) the Карта date of one execution; True
    when it changed. The date must lie in the plan's year or next to it, the
    rule the Карта import applies to every row."""
    e = session.get(SubtaskExecution, execution_id)
    if e is None:
        raise ValueError(f"execution {execution_id} does not exist")
    year = e.year_plan.year
    if day is not None and not year - 1 <= day.year <= year + 1:
        raise ValidationError(
            {
                "due": tr("Срок {date} вне {first}–{last} годов (план на {year} год): проверьте год.").format(
                    date=f"{day:%d.%m.%Y}", first=year - 1, last=year + 1, year=year
                )
            }
        )
    if e.due_date_override == day:
        return False
    e.due_date_override = day
    session.flush()
    return True
