"""One rule's deadline for one period: the shared state of a computation
(DeadlineRun), the due date by the rule's kind (relative, after the period,
monitoring quarters) with its explanation, the deadline's state, and what
judges «в срок» (judged_by_text)."""

from __future__ import annotations

from calendar import monthrange
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from tbn4_desktop.core.catalog import AnchorEvent, DeadlineKind, DeadlineRule, Subtask
from tbn4_desktop.core.deadline_periods import add_months, monitoring_quarter_ends, month_after, period_bounds
from tbn4_desktop.core.deadline_types import (
    DUE_LATER,
    DUE_SOON,
    NO_KARTA,
    DeadlineState,
    ExecutionFacts,
    fmt_date,
)
from tbn4_desktop.core.workdays import YEAR_MAX, YEAR_MIN, WorkCalendarError
from tbn4_desktop.core.workdays_index import WorkdayIndex
from tbn4_desktop.i18n import tc, tr


@dataclass
class DeadlineRun:
    """One call of compute_deadlines: shared inputs and collected warnings."""

    idx: WorkdayIndex
    anchors: Mapping[AnchorEvent, date]
    as_of: date
    warnings: list[str]
    by_event: dict[AnchorEvent, list[str]]

    def warn(self, text: str, *events: AnchorEvent) -> None:
        if text not in self.warnings:
            self.warnings.append(text)
        for e in events:
            self.by_event.setdefault(e, []).append(text)


def outside_calendar(d: date) -> str:
    return tr("Дата {date} вне календаря рабочих дней ({first}–{last} годы): срок не рассчитан.").format(
        date=fmt_date(d), first=YEAR_MIN, last=YEAR_MAX
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


def deadline_state(run: DeadlineRun, facts: ExecutionFacts, due: date | None, rule: DeadlineRule) -> DeadlineState:
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


def rule_due(run: DeadlineRun, rule: DeadlineRule, year: int, period: str) -> tuple[date | None, str, list[str]]:
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
            return None, f"{rule_text}: {outside_calendar(anchor)}", [outside_calendar(anchor)]
        return due, f"{rule_text} ({fmt_date(due)})", []
    # AFTER_PERIOD
    _first, last = period_bounds(year, period)
    y, m = month_after(last.year, last.month, rule.months_after)
    nominal = date(y, m, min(rule.day_of_month or 1, monthrange(y, m)[1]))
    try:
        due = run.idx.add(nominal, 0)
    except WorkCalendarError:
        return None, f"{rule_text}: {outside_calendar(nominal)}", [outside_calendar(nominal)]
    if due != nominal:
        return (
            due,
            tr("{rule} ({nominal} — выходной день, срок переносится на следующий рабочий день {due})").format(
                rule=rule_text, nominal=fmt_date(nominal), due=fmt_date(due)
            ),
            [],
        )
    return due, f"{rule_text} ({fmt_date(due)})", []


def monitoring_due(
    run: DeadlineRun, rule: DeadlineRule, year: int, period: str, signings: tuple[date, ...], receipt_on: date | None
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
    start = add_months(end, -3)
    y, m = month_after(end.year, end.month, 1)
    nominal = date(y, m, min(rule.day_of_month or 5, monthrange(y, m)[1]))
    try:
        info_due = run.idx.add(nominal, 0)
        due = run.idx.add(receipt_on or info_due, rule.workdays or 5)
    except WorkCalendarError:
        return None, outside_calendar(nominal), None
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
