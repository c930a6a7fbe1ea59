"""The deadline engine: the catalog's rules + the Карта's fixed dates + the
anchor events the user entered → every due date of an organisation's year,
with its state and an explanation in the interface's language. Pure Python (no Qt, no SQLAlchemy).

This module holds compute_deadlines; its vocabulary is in deadline_types, the
period arithmetic in deadline_periods, one rule's due date and state in
deadline_rules, the anchor warnings in deadline_warnings and the working-day
index in workdays_index — their public names are re-exported here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date
from typing import TypedDict

from tbn4_desktop.core.catalog import (
    AnchorEvent,
    Catalog,
    DeadlineKind,
    Subtask,
)
from tbn4_desktop.core.deadline_periods import monitoring_quarter_ends as monitoring_quarter_ends
from tbn4_desktop.core.deadline_periods import period_bounds as period_bounds
from tbn4_desktop.core.deadline_rules import DeadlineRun, deadline_state, monitoring_due, outside_calendar, rule_due
from tbn4_desktop.core.deadline_rules import judged_by_text as judged_by_text
from tbn4_desktop.core.deadline_types import DUE_LATER as DUE_LATER
from tbn4_desktop.core.deadline_types import DUE_SOON as DUE_SOON
from tbn4_desktop.core.deadline_types import MAX_ANALYSIS_WORKDAYS as MAX_ANALYSIS_WORKDAYS
from tbn4_desktop.core.deadline_types import MONITORING_QUARTERS as MONITORING_QUARTERS
from tbn4_desktop.core.deadline_types import NO_KARTA as NO_KARTA
from tbn4_desktop.core.deadline_types import OVERRIDDEN as OVERRIDDEN
from tbn4_desktop.core.deadline_types import Deadline as Deadline
from tbn4_desktop.core.deadline_types import DeadlineReport as DeadlineReport
from tbn4_desktop.core.deadline_types import DeadlineState as DeadlineState
from tbn4_desktop.core.deadline_types import ExecutionFacts as ExecutionFacts
from tbn4_desktop.core.deadline_types import fmt_date as fmt_date
from tbn4_desktop.core.deadline_warnings import anchor_warnings, announcement_warning
from tbn4_desktop.core.vocabulary import OrgLevel
from tbn4_desktop.core.workdays import YEAR_MAX, YEAR_MIN, WorkCalendar, WorkCalendarError
from tbn4_desktop.core.workdays_index import workday_index
from tbn4_desktop.core.workdays_index import workdays_left as workdays_left
from tbn4_desktop.i18n import tc, tr


class _Judged(TypedDict):
    """What judges «в срок» (see Deadline)."""

    judged_by: str
    judged_on: date | None


def _deadline(
    run: DeadlineRun, catalog_subtask: Subtask, facts: ExecutionFacts, year: int, previous_signed: date | None
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
                deadline_state(run, facts, None, rule) if facts.done(rule) else DeadlineState.NO_DATE,
                tr("укажите дату: {event}").format(event=AnchorEvent.REPORT_SIGNED.label),
                tuple(extra),
                **judged,
            )
        try:
            due, text, reason = monitoring_due(run, rule, year, facts.period, signings, facts.receipt_on)
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
            due, text, warns = rule_due(run, rule, year, facts.period)
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
        extra.extend(announcement_warning(run, due))
    try:
        state = deadline_state(run, facts, due, rule)
    except WorkCalendarError:
        warning = outside_calendar(due) if due is not None else outside_calendar(run.as_of)
        run.warn(warning)
        extra.append(warning)
        state = DeadlineState.NO_DATE
    return Deadline(facts.code, facts.period, due, state, text, tuple(dict.fromkeys(extra)), **judged)


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
    idx = workday_index(calendar)
    idx.cover(year - 1, year + 1)
    run = DeadlineRun(idx=idx, anchors=dict(anchors), as_of=as_of, warnings=[], by_event={})
    if not YEAR_MIN <= as_of.year <= YEAR_MAX:
        run.warn(
            tr(
                "Дата расчёта {date} вне календаря рабочих дней ({first}–{last} годы): состояние сроков не определено."
            ).format(date=fmt_date(as_of), first=YEAR_MIN, last=YEAR_MAX)
        )
    anchor_warnings(run)
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
