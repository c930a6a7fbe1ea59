"""The deadline engine's vocabulary: a deadline's state (DeadlineState and its
labels), what it is told of one execution (ExecutionFacts), what it answers
(Deadline, DeadlineReport), its thresholds and the date format of its texts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from tbn4_desktop.core.catalog import DeadlineRule
from tbn4_desktop.core.vocabulary import ExecutionStatus
from tbn4_desktop.i18n import N_, tr


class DeadlineState(StrEnum):
    DONE_ON_TIME = "done_on_time"
    DONE_LATE = "done_late"
    OVERDUE = "overdue"
    DUE_3 = "due_3"  # due within 3 working days
    DUE_10 = "due_10"  # due within 10 working days
    LATER = "later"
    NO_DATE = "no_date"  # the date is not known yet (Карта not imported, anchor not entered)
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        """The label in the interface's language."""
        return tr(_STATE_LABELS[self])

    @property
    def label_ru(self) -> str:
        """The Russian label, for documents and exports."""
        return _STATE_LABELS[self]

    @property
    def is_urgent(self) -> bool:
        return self in (DeadlineState.OVERDUE, DeadlineState.DUE_3)


_STATE_LABELS = {
    DeadlineState.DONE_ON_TIME: N_("Выполнено в срок"),
    DeadlineState.DONE_LATE: N_("Выполнено с опозданием"),
    DeadlineState.OVERDUE: N_("Просрочено"),
    DeadlineState.DUE_3: N_("Срок ≤ 3 раб. дн."),
    DeadlineState.DUE_10: N_("Срок ≤ 10 раб. дн."),
    DeadlineState.LATER: N_("Срок впереди"),
    DeadlineState.NO_DATE: N_("Срок не определён"),
    DeadlineState.NOT_APPLICABLE: N_("Не применяется"),
}


@dataclass(frozen=True)
class ExecutionFacts:
    """What the engine needs to know of one execution row."""

    code: str
    period: str  # '' / Q1..Q4 / M01..M12
    status: ExecutionStatus
    completed_on: date | None = None
    due_override: date | None = None  # the Карта's date (or a manual one)
    uploaded_on: date | None = None  # the ISPU upload mark: judges upload deadlines
    action_on: date | None = None  # the date of the slot that judges an action deadline
    receipt_on: date | None = None  # 1.1.9: when the units' information arrived
    complete: bool = True  # every required document is there (the checklist)

    def done(self, rule: DeadlineRule) -> bool:
        """Done as the rule's deadline counts it: uploaded for an upload
        deadline, completed for an action deadline; a status without its
        documents is not done."""
        if not self.complete:
            return False
        if rule.judged_by_upload:
            return self.status is ExecutionStatus.UPLOADED
        return self.status.is_done

    def judged_on(self, rule: DeadlineRule) -> date | None:
        if rule.judged_by_upload:
            return self.uploaded_on
        return self.action_on or self.completed_on


@dataclass(frozen=True)
class Deadline:
    code: str
    period: str
    due: date | None
    state: DeadlineState
    explanation: str  # the rule and the computed date, in the interface's language
    warnings: tuple[str, ...] = ()
    # What judges «в срок»: "upload" (the ISPU upload mark, for Карта dates)
    # or the key of the slot whose own date is judged (action deadlines).
    judged_by: str = "upload"
    judged_on: date | None = None  # that date, once known


@dataclass(frozen=True)
class DeadlineReport:
    """Every deadline of one organisation's year, and the conflicts found
    between the anchor dates (each also repeated on the deadlines it touches)."""

    deadlines: list[Deadline]
    warnings: list[str]


#: Quarters of monitoring after the analytic report is signed (1.1.9:
#: «в течение 1 года со дня подписания аналитической справки»).
MONITORING_QUARTERS = 4
#: The internal analysis may last at most this many working days.
MAX_ANALYSIS_WORKDAYS = 30
#: Working days left (after today) for the DUE_3 / DUE_10 states.
DUE_SOON, DUE_LATER = 3, 10

#: The explanation of a Карта date not known yet (shown as `tr(NO_KARTA)`).
NO_KARTA = N_("в Карте реализации нет срока — импортируйте Карту или укажите срок")
OVERRIDDEN = N_("срок изменён вручную/по Карте")


def fmt_date(d: date) -> str:
    """dd.mm.yyyy (faster than strftime, and the same for every locale)."""
    return f"{d.day:02d}.{d.month:02d}.{d.year}"
