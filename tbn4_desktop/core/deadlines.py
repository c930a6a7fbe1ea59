"""The deadline engine: the catalog's rules + the Карта's fixed dates + the
anchor events the user entered → every due date of an organisation's year,
with its state and a Russian explanation. Pure Python (no Qt, no SQLAlchemy).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from tbn4_desktop.core.vocabulary import ExecutionStatus


class DeadlineState(StrEnum):
    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    OVERDUE = "overdue"
    DUE_3 = "due_3"            # due within 3 working days
    DUE_10 = "due_10"          # due within 10 working days
    LATER = "later"
    NO_DATE = "no_date"        # the date is not known yet (Карта not imported, anchor not entered)
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        return _STATE_LABELS[self]

    @property
    def is_urgent(self) -> bool:
        return self in (DeadlineState.OVERDUE, DeadlineState.DUE_3)


_STATE_LABELS = {
    DeadlineState.DONE_ON_TIME: "Выполнено в срок",
    DeadlineState.DONE_LATE: "Выполнено с опозданием",
    DeadlineState.OVERDUE: "Просрочено",
    DeadlineState.DUE_3: "Срок ≤ 3 раб. дн.",
    DeadlineState.DUE_10: "Срок ≤ 10 раб. дн.",
    DeadlineState.LATER: "В срок",
    DeadlineState.NO_DATE: "Срок не определён",
    DeadlineState.NOT_APPLICABLE: "Не применяется",
}


@dataclass(frozen=True)
class ExecutionFacts:
    """What the engine needs to know of one execution row."""

    code: str
    period: str                      # '' / Q1..Q4 / M01..M12
    status: ExecutionStatus
    completed_on: date | None = None
    due_override: date | None = None  # the Карта's date (or a manual one)


@dataclass(frozen=True)
class Deadline:
    code: str
    period: str
    due: date | None
    state: DeadlineState
    explanation: str                 # the rule and the computed date, in Russian
    warnings: tuple[str, ...] = ()
