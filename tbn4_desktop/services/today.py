"""«На сегодня»: what needs the user's attention in the year shown, each
subtask period once, with the one next action that moves it forward.

Groups, most pressing first (a line goes to the first that fits):
overdue; due within 10 working days; waiting for a signature (a draft or an
unsigned scan is there); ready but not uploaded to ISPU. The deadline and
its state come from the deadline engine (services/year_status.py), the
working days from its calendar index (core.workdays_index.workdays_left): nothing
is counted here by hand. A period whose deadline does not apply (1.1.9
quarters in which no monitoring quarter ends) is never listed nor counted.

Qt-free: the «На сегодня» tab (ui/today_view.py) reads it; so can the CLI.
SQLAlchemy is imported by today_report only: the views import the rest.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TYPE_CHECKING

from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.deadline_types import DeadlineState, fmt_date
from tbn4_desktop.core.vocabulary import AttachmentRole, ExecutionStatus, period_label
from tbn4_desktop.core.workdays_entries import WorkCalendarError
from tbn4_desktop.i18n import N_, tc, tr

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tbn4_desktop.core.workdays import WorkCalendar
    from tbn4_desktop.services.year_status import StatusItem


class TodayGroup(StrEnum):
    OVERDUE = "overdue"
    DUE_SOON = "due_soon"
    AWAITING_SIGNATURE = "awaiting_signature"
    NOT_UPLOADED = "not_uploaded"

    @property
    def label(self) -> str:
        """In the interface's language."""
        return tr(_GROUP_LABELS[self])


_GROUP_LABELS = {
    TodayGroup.OVERDUE: N_("Просрочено"),
    TodayGroup.DUE_SOON: N_("Срок в ближайшие 10 рабочих дней"),
    TodayGroup.AWAITING_SIGNATURE: N_("Ждёт подписи"),
    TodayGroup.NOT_UPLOADED: N_("Готово, но не загружено в ИСПУ"),
}


class NextAction(StrEnum):
    ATTACH_SCAN = "attach_scan"  # a signed document has no scan yet: the documents page, at its slot
    CHOOSE_SIGNER = "choose_signer"  # the scan is there, the signer is not (or may not sign it)
    MARK_UPLOADED = "mark_uploaded"  # «Готово к загрузке»: note the upload to ISPU
    OPEN = "open"  # anything else: the wizard opens where the work is left

    @property
    def label(self) -> str:
        """In the interface's language."""
        return tr(_ACTION_LABELS[self])


_ACTION_LABELS = {
    NextAction.ATTACH_SCAN: N_("Приложить скан"),
    NextAction.CHOOSE_SIGNER: N_("Выбрать подписанта"),
    NextAction.MARK_UPLOADED: N_("Отметить загрузку"),
    NextAction.OPEN: N_("Открыть"),
}


def counts_in_year(state: DeadlineState | None) -> bool:
    """Whether a subtask period counts in the year's «N из M»: every
    applicable period except one whose deadline does not apply (1.1.9
    quarters outside the monitoring year). The one definition shared by the
    status bar, «Сроки» and «На сегодня»."""
    return state is not DeadlineState.NOT_APPLICABLE


@dataclass(frozen=True)
class YearProgress:
    """The status bar's counters, each counting what its words say."""

    total: int  # periods that count in the year (counts_in_year)
    ready: int  # «Готово к загрузке», not uploaded yet
    uploaded: int  # «Загружено в ИСПУ»

    known: bool = True  # False before the deadlines are computed: what counts is not known yet

    @property
    def text(self) -> str:
        if self.known:
            return tr("Загружено в ИСПУ: {uploaded} из {total}; готово к загрузке: {ready}").format(
                uploaded=self.uploaded, total=self.total, ready=self.ready
            )
        return tr("Загружено в ИСПУ: {uploaded}; готово к загрузке: {ready}").format(
            uploaded=self.uploaded, ready=self.ready
        )


def year_progress(items: Iterable[tuple[ExecutionStatus, DeadlineState | None]], *, known: bool = True) -> YearProgress:
    """(shown status, deadline state) of each applicable period → counters.
    `known` False: the deadlines are not computed yet (the start-up paint),
    so the total is left out rather than shown wrong for a moment."""
    total = ready = uploaded = 0
    for status, state in items:
        if not counts_in_year(state):
            continue
        total += 1
        ready += status is ExecutionStatus.READY_FOR_UPLOAD
        uploaded += status is ExecutionStatus.UPLOADED
    return YearProgress(total, ready, uploaded, known)


@dataclass(frozen=True)
class TodayLine:
    group: TodayGroup
    execution_id: int
    code: str
    title: str  # the subtask's full title
    period: str
    status: ExecutionStatus  # as shown (complete checklist for «Готово к загрузке»)
    due: date | None
    state: DeadlineState | None
    workdays: int | None  # working days left (due ahead) or late (overdue); None without a date
    action: NextAction
    slot_key: str | None = None  # the slot the action is about (scan, signer)
    slot_title: str = ""
    missing: str = ""  # the checklist's sentence of what is missing ('' when complete)
    as_of: date | None = None

    @property
    def subtask_text(self) -> str:
        return f"{self.code} {tc(self.title)}"

    @property
    def period_text(self) -> str:
        if not self.period:
            return ""
        try:
            return period_label(self.period)
        except (ValueError, IndexError):
            return self.period

    @property
    def deadline_text(self) -> str:
        """«05.06.2025 — просрочено на 2 раб. дн.» / «20.06.2025 — через 8 раб. дн.»."""
        if self.due is None:
            return tr("Срок не определён")
        day = fmt_date(self.due)
        if self.state is DeadlineState.OVERDUE:
            if self.workdays:
                return tr("{date} — просрочено на {days} раб. дн.").format(date=day, days=self.workdays)
            return tr("{date} — срок прошёл").format(date=day)
        if self.state in (DeadlineState.DONE_ON_TIME, DeadlineState.DONE_LATE):
            return f"{day} — {self.state.label.lower()}"
        if self.as_of is not None and self.due == self.as_of:
            return tr("{date} — срок сегодня").format(date=day)
        if self.workdays is None:
            return day
        if self.workdays == 0:
            return tr("{date} — рабочих дней до срока не осталось").format(date=day)
        return tr("{date} — через {days} раб. дн.").format(date=day, days=self.workdays)

    @property
    def action_hint(self) -> str:
        """Why this action, in one sentence (tooltip of the button)."""
        if self.action is NextAction.ATTACH_SCAN:
            return tr(
                "Нет подписанного документа «{title}» (скана с подписью или файла с ЭЦП): откроется страница "
                "«Документы»."
            ).format(title=tc(self.slot_title))
        if self.action is NextAction.CHOOSE_SIGNER:
            return tr(
                "Скан документа «{title}» приложен, укажите, кто его подписал: откроется страница «Документы»."
            ).format(title=tc(self.slot_title))
        if self.action is NextAction.MARK_UPLOADED:
            return tr("Все документы на месте: после загрузки в ИСПУ отметьте дату загрузки.")
        if self.missing:
            return self.missing
        return tr("Все документы на месте: завершите подзадачу в мастере («Завершить»).")


@dataclass(frozen=True)
class TodayReport:
    year: int
    as_of: date
    lines: list[TodayLine]
    warnings: list[str]

    def group(self, group: TodayGroup) -> list[TodayLine]:
        return [line for line in self.lines if line.group is group]

    @property
    def empty(self) -> bool:
        return not self.lines


# Shown as tr(EMPTY_TEXT).
EMPTY_TEXT = N_(
    "На сегодня ничего не требует внимания: просроченных сроков нет, в ближайшие 10 рабочих дней "
    "сроков нет, подписи и загрузки в ИСПУ никто не ждёт."
)


def today_report(
    session: Session, catalog: Catalog, org_id: int, year: int, as_of: date, calendar: WorkCalendar | None = None
) -> TodayReport:
    """What needs attention in an organisation's year as of a day."""
    from sqlalchemy import select

    from tbn4_desktop.models import Attachment, SubtaskExecution, YearPlan
    from tbn4_desktop.services.deadlines import load_work_calendar
    from tbn4_desktop.services.year_status import year_status

    calendar = calendar or load_work_calendar(session)
    status = year_status(session, catalog, org_id, year, as_of, calendar)
    plan_id = session.scalar(select(YearPlan.id).where(YearPlan.organization_id == org_id, YearPlan.year == year))
    scans: set[tuple[int, str]] = set()
    drafts: set[tuple[int, str]] = set()
    if plan_id is not None:
        for ex, key, role in session.execute(
            select(Attachment.execution_id, Attachment.slot_key, Attachment.role)
            .join(SubtaskExecution, SubtaskExecution.id == Attachment.execution_id)
            .where(SubtaskExecution.year_plan_id == plan_id, Attachment.removed_at.is_(None))
        ):
            (scans if role == AttachmentRole.SIGNED_SCAN.value else drafts).add((ex, key or ""))
    lines: list[TodayLine] = []
    for item in status.items:
        d = item.deadline
        state = d.state if d is not None else None
        if not counts_in_year(state) or item.status is ExecutionStatus.UPLOADED:
            continue
        action, slot_key, slot_title, waiting = _next_action(item, scans, drafts)
        group = _group(item.status, state, waiting)
        if group is None:
            continue
        lines.append(
            TodayLine(
                group=group,
                execution_id=item.execution_id,
                code=item.code,
                title=catalog.subtask(item.code).title,
                period=item.period,
                status=item.status,
                due=d.due if d else None,
                state=state,
                workdays=_workdays(calendar, as_of, d.due if d else None, state),
                action=action,
                slot_key=slot_key,
                slot_title=slot_title,
                missing=item.checklist.refusal(),
                as_of=as_of,
            )
        )
    order = {g: i for i, g in enumerate(TodayGroup)}
    lines.sort(key=lambda x: (order[x.group], *_urgency(x)))
    return TodayReport(year, as_of, lines, list(status.warnings))


def _urgency(line: TodayLine) -> tuple[int, date, tuple[int, ...], str]:
    # Overdue: the longest late first; otherwise the nearest date first.
    late = -(line.workdays or 0) if line.state is DeadlineState.OVERDUE else 0
    return (late, line.due or date.max, _code_key(line.code), line.period)


def _code_key(code: str) -> tuple[int, ...]:
    return tuple(int(p) if p.isdigit() else 0 for p in code.split("."))


def _workdays(calendar: WorkCalendar, as_of: date, due: date | None, state: DeadlineState | None) -> int | None:
    if due is None:
        return None
    from tbn4_desktop.core.workdays_index import workdays_left  # with the deadlines, after the first paint

    try:
        if state is DeadlineState.OVERDUE:
            return workdays_left(calendar, due, as_of)  # working days after the due date, today included
        return workdays_left(calendar, as_of, due) if due >= as_of else None
    except WorkCalendarError:
        return None


def _group(status: ExecutionStatus, state: DeadlineState | None, waiting: bool) -> TodayGroup | None:
    if state is DeadlineState.OVERDUE:
        return TodayGroup.OVERDUE
    if state in (DeadlineState.DUE_3, DeadlineState.DUE_10):
        return TodayGroup.DUE_SOON
    if waiting:
        return TodayGroup.AWAITING_SIGNATURE
    if status is ExecutionStatus.READY_FOR_UPLOAD:
        return TodayGroup.NOT_UPLOADED
    return None


def _next_action(
    item: StatusItem, scans: set[tuple[int, str]], drafts: set[tuple[int, str]]
) -> tuple[NextAction, str | None, str, bool]:
    """(action, slot key, slot title, waiting for a signature) from the checklist."""
    if item.status is ExecutionStatus.READY_FOR_UPLOAD:
        return NextAction.MARK_UPLOADED, None, "", False
    waiting = item.stored_status is ExecutionStatus.DOCUMENT_PREPARED
    for state in item.checklist.slots:
        if state.ok:
            continue
        slot = state.slot
        if slot.kind.needs_signer:
            if (item.execution_id, slot.key) in scans:
                if state.signer_role is None or state.signer_allowed is False:
                    return NextAction.CHOOSE_SIGNER, slot.key, slot.title, True
                return NextAction.OPEN, slot.key, slot.title, waiting  # e.g. the document's date
            waiting = waiting or (item.execution_id, slot.key) in drafts
            return NextAction.ATTACH_SCAN, slot.key, slot.title, waiting
        return NextAction.OPEN, slot.key, slot.title, waiting
    return NextAction.OPEN, None, "", waiting
