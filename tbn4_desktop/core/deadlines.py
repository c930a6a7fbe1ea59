"""The deadline engine: the catalog's rules + the Карта's fixed dates + the
anchor events the user entered → every due date of an organisation's year,
with its state and an explanation in the interface's language. Pure Python (no Qt, no SQLAlchemy).
"""

from __future__ import annotations

import weakref
from bisect import bisect_left, bisect_right
from calendar import monthrange
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import TypedDict

from tbn4_desktop.core.catalog import (
    AnchorEvent,
    Catalog,
    DeadlineKind,
    DeadlineRule,
    Subtask,
)
from tbn4_desktop.core.vocabulary import ExecutionStatus, OrgLevel
from tbn4_desktop.core.workdays import (
    YEAR_MAX,
    YEAR_MIN,
    WorkCalendar,
    WorkCalendarError,
)
from tbn4_desktop.i18n import N_, tc, tr


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


# --------------------------------------------------------------------------
# A fast index of working days over the calendar


class _WorkdayIndex:
    """The working days of a contiguous range of years as a sorted list of
    ordinals: adding and counting working days become two bisections instead
    of a loop over days. Built from ``WorkCalendar.is_working_day`` (so it
    follows every rule and decree of the calendar), a year at a time."""

    __slots__ = ("calendar", "first_year", "last_year", "ordinals")

    def __init__(self, calendar: WorkCalendar) -> None:
        self.calendar = calendar
        self.first_year = self.last_year = 0
        self.ordinals: list[int] = []

    def _year_ordinals(self, year: int) -> list[int]:
        start = date(year, 1, 1).toordinal()
        end = date(year, 12, 31).toordinal()
        is_working = self.calendar.is_working_day
        from_ord = date.fromordinal
        return [o for o in range(start, end + 1) if is_working(from_ord(o))]

    def cover(self, first: int, last: int) -> None:
        """Make sure the years ``first``…``last`` (clamped to the calendar's
        range) are indexed."""
        first, last = max(first, YEAR_MIN), min(last, YEAR_MAX)
        if first > last:
            return
        if not self.ordinals:
            self.ordinals = [o for y in range(first, last + 1) for o in self._year_ordinals(y)]
            self.first_year, self.last_year = first, last
            return
        if first < self.first_year:
            head = [o for y in range(first, self.first_year) for o in self._year_ordinals(y)]
            self.ordinals[:0] = head
            self.first_year = first
        if last > self.last_year:
            for y in range(self.last_year + 1, last + 1):
                self.ordinals.extend(self._year_ordinals(y))
            self.last_year = last

    def _check(self, d: date) -> None:
        if not YEAR_MIN <= d.year <= YEAR_MAX:
            raise WorkCalendarError(
                tr("Календарь рабочих дней охватывает {first}–{last} годы, а не {year} год.").format(
                    first=YEAR_MIN, last=YEAR_MAX, year=d.year
                )
            )
        if not self.first_year <= d.year <= self.last_year:
            self.cover(d.year - 1, d.year + 1)

    def add(self, d: date, n: int) -> date:
        """Same result as ``WorkCalendar.add_workdays``."""
        self._check(d)
        o = d.toordinal()
        ords = self.ordinals
        if n > 0:
            i = bisect_right(ords, o) + n - 1
        else:
            i = bisect_left(ords, o) + n
        if 0 <= i < len(ords):
            return date.fromordinal(ords[i])
        before = (self.first_year, self.last_year)  # beyond the indexed years: widen, retry
        if i < 0:
            self.cover(self.first_year - 1, self.last_year)
        else:
            self.cover(self.first_year, self.last_year + 1)
        if (self.first_year, self.last_year) == before:
            return self.calendar.add_workdays(d, n)  # at the calendar's edge: raises
        return self.add(d, n)

    def left_after(self, today: date, due: date) -> int:
        """Working days after ``today`` up to and including ``due``."""
        self._check(today)
        self._check(due)
        ords = self.ordinals
        return max(0, bisect_right(ords, due.toordinal()) - bisect_right(ords, today.toordinal()))

    def is_working(self, d: date) -> bool:
        self._check(d)
        o = d.toordinal()
        i = bisect_left(self.ordinals, o)
        return i < len(self.ordinals) and self.ordinals[i] == o


_INDEXES: weakref.WeakKeyDictionary[WorkCalendar, _WorkdayIndex] = weakref.WeakKeyDictionary()


def _index(calendar: WorkCalendar) -> _WorkdayIndex:
    idx = _INDEXES.get(calendar)
    if idx is None:
        idx = _INDEXES[calendar] = _WorkdayIndex(calendar)
    return idx


def workdays_left(calendar: WorkCalendar, as_of: date, due: date) -> int:
    """Working days left after ``as_of`` up to and including ``due`` (0 when
    ``due`` is today or past). Due tomorrow (a working day) → 1; due on
    Monday seen on Friday → 1. Raises WorkCalendarError outside the calendar."""
    return _index(calendar).left_after(as_of, due)


# --------------------------------------------------------------------------
# Periods


def period_bounds(year: int, period: str) -> tuple[date, date]:
    """First and last day of a reporting period ('' is the whole year)."""
    if period.startswith("Q"):
        q = int(period[1:])
        if not 1 <= q <= 4:
            raise ValueError(period)
        first = date(year, 3 * q - 2, 1)
        last_month = 3 * q
    elif period.startswith("M"):
        m = int(period[1:])
        first = date(year, m, 1)
        last_month = m
    elif period == "":
        first, last_month = date(year, 1, 1), 12
    else:
        raise ValueError(period)
    last = date(year, last_month, monthrange(year, last_month)[1])
    return first, last


def _month_after(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + months
    return index // 12, index % 12 + 1


def _one_year_later(d: date) -> date:
    try:
        return d.replace(year=d.year + 1)
    except ValueError:  # 29 February
        return date(d.year + 1, 2, 28)


# --------------------------------------------------------------------------
# The engine


@dataclass
class _Run:
    """One call of compute_deadlines: shared inputs and collected warnings."""

    idx: _WorkdayIndex
    anchors: Mapping[AnchorEvent, date]
    as_of: date
    warnings: list[str]
    by_event: dict[AnchorEvent, list[str]]

    def warn(self, text: str, *events: AnchorEvent) -> None:
        if text not in self.warnings:
            self.warnings.append(text)
        for e in events:
            self.by_event.setdefault(e, []).append(text)


def _outside(d: date) -> str:
    return tr("Дата {date} вне календаря рабочих дней ({first}–{last} годы): срок не рассчитан.").format(
        date=fmt_date(d), first=YEAR_MIN, last=YEAR_MAX
    )


def _anchor_warnings(run: _Run) -> None:
    a = run.anchors
    idx = run.idx
    start, end = a.get(AnchorEvent.ANALYSIS_START), a.get(AnchorEvent.ANALYSIS_END)
    signed, approved = a.get(AnchorEvent.REPORT_SIGNED), a.get(AnchorEvent.PLAN_APPROVED)
    for event in AnchorEvent:
        d = a.get(event)
        if d is None:
            continue
        try:
            working = idx.is_working(d)
        except WorkCalendarError:
            run.warn(
                tr("Дата «{event}» {date} вне календаря рабочих дней ({first}–{last} годы): проверьте её.").format(
                    event=event.label, date=fmt_date(d), first=YEAR_MIN, last=YEAR_MAX
                ),
                event,
            )
            continue
        if not working:
            run.warn(
                tr("Дата «{event}» ({date}) приходится на выходной день: проверьте её.").format(
                    event=event.label, date=fmt_date(d)
                ),
                event,
            )
    both = (AnchorEvent.ANALYSIS_START, AnchorEvent.ANALYSIS_END)
    if start is not None and end is not None:
        if end < start:
            run.warn(
                tr("Завершение анализа ({end}) указано раньше его начала ({start}).").format(
                    end=fmt_date(end), start=fmt_date(start)
                ),
                *both,
            )
        else:
            try:
                length = idx.left_after(start, end) + (1 if idx.is_working(start) else 0)
            except WorkCalendarError:
                length = 0
            if length > MAX_ANALYSIS_WORKDAYS:
                run.warn(
                    tr(
                        "Внутренний анализ коррупционных рисков длится {length} рабочих дней ({start}–{end}), "
                        "а по Инструкции — не более {limit} рабочих дней."
                    ).format(length=length, start=fmt_date(start), end=fmt_date(end), limit=MAX_ANALYSIS_WORKDAYS),
                    *both,
                )
    if signed is not None and end is not None and signed < end:
        run.warn(
            tr("Аналитическая справка подписана ({signed}) раньше завершения анализа ({end}).").format(
                signed=fmt_date(signed), end=fmt_date(end)
            ),
            AnchorEvent.REPORT_SIGNED,
            AnchorEvent.ANALYSIS_END,
        )
    if approved is not None and signed is not None and approved < signed:
        run.warn(
            tr("План мероприятий утверждён ({approved}) раньше подписания аналитической справки ({signed}).").format(
                approved=fmt_date(approved), signed=fmt_date(signed)
            ),
            AnchorEvent.PLAN_APPROVED,
            AnchorEvent.REPORT_SIGNED,
        )


def judged_by_text(subtask: Subtask) -> str:
    """«по отметке о загрузке в ИСПУ» or «по дате публикации: Ссылка …»."""
    rule = subtask.deadline
    if rule.judged_by_upload:
        return tr("по дате загрузки в ИСПУ (отметка «Загружено в ИСПУ»)")
    assert rule.slot is not None  # not judged by the upload: judged by a slot
    slot = subtask.slot(rule.slot)
    if slot.date is None:
        return tr("по дате документа «{title}» (дате)").format(title=tc(slot.title))
    return tr("по дате документа «{title}» ({date})").format(title=tc(slot.title), date=slot.date.label.lower())


def _state(run: _Run, facts: ExecutionFacts, due: date | None, rule: DeadlineRule) -> DeadlineState:
    if facts.done(rule):
        on = facts.judged_on(rule)
        if due is None or on is None or on <= due:
            return DeadlineState.DONE_ON_TIME
        return DeadlineState.DONE_LATE
    if due is None:
        return DeadlineState.NO_DATE
    if due < run.as_of:
        return DeadlineState.OVERDUE
    left = run.idx.left_after(run.as_of, due)
    if left <= DUE_SOON:
        return DeadlineState.DUE_3
    if left <= DUE_LATER:
        return DeadlineState.DUE_10
    return DeadlineState.LATER


def _rule_due(run: _Run, rule: DeadlineRule, year: int, period: str) -> tuple[date | None, str, list[str]]:
    """(due by the rule or None, explanation, warnings) — without overrides."""
    rule_text = tc(rule.text)
    if rule.kind is DeadlineKind.FIXED:
        return None, tr(NO_KARTA), []
    if rule.kind is DeadlineKind.RELATIVE:
        event = rule.event
        anchor = run.anchors.get(event) if event is not None else None
        if event is None or rule.workdays is None:
            return None, tr("{rule}: правило срока неполное").format(rule=rule_text), []
        if anchor is None:
            return None, tr("укажите дату: {event}").format(event=event.label), []
        try:
            due = run.idx.add(anchor, rule.workdays)
        except WorkCalendarError:
            return None, f"{rule_text}: {_outside(anchor)}", [_outside(anchor)]
        return due, f"{rule_text} ({fmt_date(due)})", []
    # AFTER_PERIOD
    _first, last = period_bounds(year, period)
    y, m = _month_after(last.year, last.month, rule.months_after)
    nominal = date(y, m, min(rule.day_of_month or 1, monthrange(y, m)[1]))
    try:
        due = run.idx.add(nominal, 0)
    except WorkCalendarError:
        return None, f"{rule_text}: {_outside(nominal)}", [_outside(nominal)]
    if due != nominal:
        return (
            due,
            tr("{rule} ({nominal} — выходной день, срок переносится на следующий рабочий день {due})").format(
                rule=rule_text, nominal=fmt_date(nominal), due=fmt_date(due)
            ),
            [],
        )
    return due, f"{rule_text} ({fmt_date(due)})", []


def _add_months(d: date, months: int) -> date:
    y, m = _month_after(d.year, d.month, months)
    return date(y, m, min(d.day, monthrange(y, m)[1]))


def monitoring_quarter_ends(signed: date) -> list[date]:
    """The ends of the four monitoring quarters counted from the signing of
    the analytic report («ежеквартально со дня подписания аналитической
    справки», taken literally)."""
    return [_add_months(signed, 3 * k) for k in range(1, MONITORING_QUARTERS + 1)]


def _monitoring_due(
    run: _Run, rule: DeadlineRule, year: int, period: str, signings: tuple[date, ...], receipt_on: date | None
) -> tuple[date | None, str, str | None]:
    """(due, explanation, None) for the calendar quarter in which a
    monitoring quarter ends — the quarter is reported in that year's plan —
    or (None, '', reason) when none ends in it."""
    first, last = period_bounds(year, period)
    found = [(e, s) for s in signings for e in monitoring_quarter_ends(s) if first <= e <= last]
    if not found:
        shown = "; ".join(
            tr("справка подписана {signed}, кварталы мониторинга заканчиваются {ends}").format(
                signed=fmt_date(s), ends=", ".join(fmt_date(e) for e in monitoring_quarter_ends(s))
            )
            for s in signings
        )
        return (
            None,
            "",
            tr("в этом квартале не заканчивается ни один квартал мониторинга ({details})").format(details=shown),
        )
    end, signed = min(found)
    start = _add_months(end, -3)
    y, m = _month_after(end.year, end.month, 1)
    nominal = date(y, m, min(rule.day_of_month or 5, monthrange(y, m)[1]))
    try:
        info_due = run.idx.add(nominal, 0)
        due = run.idx.add(receipt_on or info_due, rule.workdays or 5)
    except WorkCalendarError:
        return None, _outside(nominal), None
    values = {
        "start": fmt_date(start),
        "end": fmt_date(end),
        "signed": fmt_date(signed),
        "info_due": fmt_date(info_due),
        "workdays": rule.workdays,
        "due": fmt_date(due),
    }
    if receipt_on is not None:
        text = tr(
            "квартал мониторинга {start}–{end} (ежеквартально со дня подписания аналитической справки "
            "{signed}; отчёт — в плане года, в котором квартал заканчивается); информация подразделений — "
            "не позднее {info_due}; справка — в течение {workdays} рабочих дней со дня поступления "
            "информации (поступила {receipt}): до {due}"
        ).format(receipt=fmt_date(receipt_on), **values)
    else:
        text = tr(
            "квартал мониторинга {start}–{end} (ежеквартально со дня подписания аналитической справки "
            "{signed}; отчёт — в плане года, в котором квартал заканчивается); информация подразделений — "
            "не позднее {info_due}; справка — в течение {workdays} рабочих дней со дня поступления "
            "информации: до {due}, если информация поступит {info_due}"
        ).format(**values)
    return due, text, None


class _Judged(TypedDict):
    """What judges «в срок» (see Deadline)."""

    judged_by: str
    judged_on: date | None


def _deadline(
    run: _Run, catalog_subtask: Subtask, facts: ExecutionFacts, year: int, previous_signed: date | None
) -> Deadline:
    rule = catalog_subtask.deadline
    extra: list[str] = []
    if not YEAR_MIN <= year <= YEAR_MAX - 1:
        warning = tr("Год {year} вне календаря рабочих дней ({first}–{last}): сроки не рассчитаны.").format(
            year=year, first=YEAR_MIN, last=YEAR_MAX - 1
        )
        run.warn(warning)
        return Deadline(facts.code, facts.period, facts.due_override, DeadlineState.NO_DATE, warning, (warning,))
    if rule.kind is DeadlineKind.RELATIVE and rule.event is not None:
        extra.extend(run.by_event.get(rule.event, ()))
    judged: _Judged = {
        "judged_by": rule.slot or "upload",
        "judged_on": facts.judged_on(rule) if facts.done(rule) else None,
    }
    if rule.kind is DeadlineKind.MONITORING:
        signings = tuple(d for d in (previous_signed, run.anchors.get(AnchorEvent.REPORT_SIGNED)) if d is not None)
        extra.extend(run.by_event.get(AnchorEvent.REPORT_SIGNED, ()))
        if not signings:
            return Deadline(
                facts.code,
                facts.period,
                facts.due_override,
                _state(run, facts, None, rule) if facts.done(rule) else DeadlineState.NO_DATE,
                tr("укажите дату: {event}").format(event=AnchorEvent.REPORT_SIGNED.label),
                tuple(extra),
                **judged,
            )
        try:
            due, text, reason = _monitoring_due(run, rule, year, facts.period, signings, facts.receipt_on)
        except ValueError:
            return Deadline(
                facts.code,
                facts.period,
                facts.due_override,
                DeadlineState.NO_DATE,
                tr("неизвестный отчётный период «{period}»").format(period=facts.period),
                tuple(extra),
                **judged,
            )
        if reason is not None:
            return Deadline(facts.code, facts.period, None, DeadlineState.NOT_APPLICABLE, reason, **judged)
        warns: list[str] = []
    else:
        try:
            due, text, warns = _rule_due(run, rule, year, facts.period)
        except ValueError:  # an unknown period string
            return Deadline(
                facts.code,
                facts.period,
                facts.due_override,
                DeadlineState.NO_DATE,
                tr("неизвестный отчётный период «{period}»").format(period=facts.period),
                tuple(extra),
                **judged,
            )
    extra.extend(warns)
    if facts.due_override is not None:
        override = facts.due_override
        if rule.kind is DeadlineKind.FIXED:
            text = f"{tc(rule.text)} ({fmt_date(override)})"
        elif due is not None and due != override:
            text = tr("срок изменён вручную/по Карте: {date} (по правилу «{rule}» — {due})").format(
                date=fmt_date(override), rule=tc(rule.text), due=fmt_date(due)
            )
        elif due is None:
            text = tr("срок изменён вручную/по Карте: {date} (правило: {rule})").format(
                date=fmt_date(override), rule=tc(rule.text)
            )
        due = override
    if facts.code == "1.1.3" and due is not None and not facts.done(rule):
        extra.extend(_announcement_warning(run, due))
    try:
        state = _state(run, facts, due, rule)
    except WorkCalendarError:
        warning = _outside(due) if due is not None else _outside(run.as_of)
        run.warn(warning)
        extra.append(warning)
        state = DeadlineState.NO_DATE
    return Deadline(facts.code, facts.period, due, state, text, tuple(dict.fromkeys(extra)), **judged)


def _announcement_warning(run: _Run, due: date) -> list[str]:
    """1.1.3: the announcement must come 10 working days before the analysis
    starts; when that day is past and the analysis has not started, the
    start has to move."""
    start = run.anchors.get(AnchorEvent.ANALYSIS_START)
    if start is None or not (due < run.as_of < start):
        return []
    try:
        earliest = run.idx.add(run.as_of, 10)
    except WorkCalendarError:
        return []
    text = tr(
        "Срок анонса о начале анализа ({due}) уже прошёл, а анализ начинается {start}: перенесите начало "
        "анализа не ранее чем на {earliest} (анонс — за 10 рабочих дней до начала)."
    ).format(due=fmt_date(due), start=fmt_date(start), earliest=fmt_date(earliest))
    run.warn(text, AnchorEvent.ANALYSIS_START)
    return [text]


_PERIOD_ORDER = {
    p: i for i, p in enumerate(("", *(f"Q{q}" for q in range(1, 5)), *(f"M{m:02d}" for m in range(1, 13))))
}


def compute_deadlines(
    catalog: Catalog,
    level: OrgLevel,
    year: int,
    executions: Iterable[ExecutionFacts],
    anchors: Mapping[AnchorEvent, date],
    calendar: WorkCalendar,
    as_of: date,
    *,
    previous_report_signed: date | None = None,
    answers: Mapping[str, bool] | None = None,
) -> DeadlineReport:
    """One Deadline per execution row given, plus a NOT_APPLICABLE row
    (period '') for each catalog subtask that does not apply to ``level``;
    in catalog order, then by period. Never raises for odd dates: what
    cannot be computed is NO_DATE with a warning.

    ``previous_report_signed``: the previous year's signing of the analytic
    report — the monitoring of 1.1.9 goes on for a year from it.
    ``answers``: the organisation's answers to the catalog's applicability
    questions; a subtask answered «нет» is NOT_APPLICABLE."""
    idx = _index(calendar)
    idx.cover(year - 1, year + 1)
    run = _Run(idx=idx, anchors=dict(anchors), as_of=as_of, warnings=[], by_event={})
    if not YEAR_MIN <= as_of.year <= YEAR_MAX:
        run.warn(
            tr(
                "Дата расчёта {date} вне календаря рабочих дней ({first}–{last} годы): состояние сроков не определено."
            ).format(date=fmt_date(as_of), first=YEAR_MIN, last=YEAR_MAX)
        )
    _anchor_warnings(run)
    order: dict[str, int] = {}
    subtasks: dict[str, Subtask] = {}
    for i, s in enumerate(catalog.subtasks()):
        order[s.code] = i
        subtasks[s.code] = s
    deadlines: list[Deadline] = []
    seen_na: set[str] = set()
    for facts in executions:
        subtask = subtasks.get(facts.code)
        if subtask is None:
            text = tr("Подзадачи {code} нет в каталоге {catalog} (версия {version}).").format(
                code=facts.code, catalog=catalog.id, version=catalog.version
            )
            run.warn(text)
            deadlines.append(
                Deadline(
                    facts.code,
                    facts.period,
                    facts.due_override,
                    DeadlineState.NO_DATE,
                    tr("подзадача не найдена в каталоге"),
                    (text,),
                )
            )
            continue
        if not subtask.applies_to(level):
            seen_na.add(facts.code)
            deadlines.append(_not_applicable(subtask, level, facts.period))
            continue
        if subtask.applies_if is not None and answers and answers.get(subtask.applies_if) is False:
            question = next((q for q in catalog.questions if q.key == subtask.applies_if), None)
            if question is not None and level in question.levels:
                deadlines.append(
                    Deadline(
                        subtask.code,
                        facts.period,
                        None,
                        DeadlineState.NOT_APPLICABLE,
                        tr("не применяется: нет — «{question}»").format(question=tc(question.text)),
                    )
                )
                continue
        deadlines.append(_deadline(run, subtask, facts, year, previous_report_signed))
    for s in subtasks.values():
        if not s.applies_to(level) and s.code not in seen_na:
            deadlines.append(_not_applicable(s, level, ""))
    big = len(order)
    deadlines.sort(key=lambda d: (order.get(d.code, big), _PERIOD_ORDER.get(d.period, 99), d.period))
    return DeadlineReport(deadlines, run.warnings)


def _not_applicable(subtask: Subtask, level: OrgLevel, period: str) -> Deadline:
    return Deadline(
        subtask.code,
        period,
        None,
        DeadlineState.NOT_APPLICABLE,
        tr("не применяется к уровню «{level}»").format(level=level.label),
    )
