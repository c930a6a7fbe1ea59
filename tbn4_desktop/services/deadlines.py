"""Deadlines of an organisation's year: the anchor events the user enters,
the user's calendar decrees, and the deadline engine run over the stored
executions. Returns plain dataclasses only."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime
from functools import lru_cache
from typing import TYPE_CHECKING, cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import AnchorEvent, Catalog
from tbn4_desktop.core.deadlines import (
    DeadlineReport,
    ExecutionFacts,
    compute_deadlines,
    fmt_date,
)
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import ExecutionStatus, OrgLevel
from tbn4_desktop.core.workdays import (
    ENTRY_KINDS,
    YEAR_MAX,
    YEAR_MIN,
    CalendarEntry,
    EntryKind,
    WorkCalendar,
    load_calendar,
)
from tbn4_desktop.i18n import tr
from tbn4_desktop.models import (
    AnchorDate,
    CalendarDecree,
    Organization,
    SubtaskExecution,
    YearPlan,
)

if TYPE_CHECKING:
    from tbn4_desktop.core.checklist import Checklist

#: Anchor dates may lie this many years before / after the plan's year.
ANCHOR_YEARS_BEFORE, ANCHOR_YEARS_AFTER = 1, 1
NOTE_MAX = BASIS_MAX = 500


# --------------------------------------------------------------------------
# Anchor events


def get_anchors(session: Session, plan_id: int) -> dict[AnchorEvent, date]:
    """The anchor dates entered for a year plan (unknown event codes skipped)."""
    known = {e.value for e in AnchorEvent}
    return {
        AnchorEvent(a.event): a.day
        for a in session.scalars(select(AnchorDate).where(AnchorDate.year_plan_id == plan_id))
        if a.event in known
    }


def set_anchors(session: Session, plan_id: int, values: Mapping[AnchorEvent, date | None]) -> dict[AnchorEvent, date]:
    """Set (a date) or delete (None) anchor dates of a plan; all or nothing.
    Raises ValidationError (field = event code) for a date out of range."""
    plan = session.get(YearPlan, plan_id)
    if plan is None:
        raise ValueError(f"year plan {plan_id} does not exist")
    first, last = plan.year - ANCHOR_YEARS_BEFORE, plan.year + ANCHOR_YEARS_AFTER
    errors: dict[str, str] = {}
    clean: dict[AnchorEvent, date | None] = {}
    for key, day in values.items():
        try:
            event = AnchorEvent(key)
        except ValueError:
            errors[str(key)] = tr("Неизвестное событие «{key}».").format(key=key)
            continue
        if day is not None and (isinstance(day, datetime) or not isinstance(day, date)):
            errors[event.value] = tr("Дата «{event}»: укажите дату без времени.").format(event=event.label)
        elif day is not None and not first <= day.year <= last:
            errors[event.value] = tr(
                "Дата «{event}» ({date}) должна относиться к {first}–{last} годам (план на {year} год)."
            ).format(event=event.label, date=fmt_date(day), first=first, last=last, year=plan.year)
        else:
            clean[event] = day
    if errors:
        raise ValidationError(errors)
    existing = {a.event: a for a in session.scalars(select(AnchorDate).where(AnchorDate.year_plan_id == plan_id))}
    for event, day in clean.items():
        row = existing.get(event.value)
        if day is None:
            if row is not None:
                session.delete(row)
        elif row is None:
            session.add(AnchorDate(year_plan_id=plan_id, event=event.value, day=day))
        else:
            row.day = day
    session.flush()
    return get_anchors(session, plan_id)


# --------------------------------------------------------------------------
# The user's calendar decrees


def _entry(d: CalendarDecree) -> CalendarEntry:
    return CalendarEntry(d.day, cast(EntryKind, d.kind) if d.kind in ENTRY_KINDS else "day_off", d.note, d.basis)


def list_decrees(session: Session) -> list[CalendarEntry]:
    return [_entry(d) for d in session.scalars(select(CalendarDecree).order_by(CalendarDecree.day))]


def add_decree(session: Session, entry: CalendarEntry) -> CalendarEntry:
    """Store one decree day; one entry per day. Raises ValidationError."""
    errors: dict[str, str] = {}
    if not YEAR_MIN <= entry.date.year <= YEAR_MAX:
        errors["date"] = tr("Дата {date} вне календаря ({first}–{last} годы).").format(
            date=fmt_date(entry.date), first=YEAR_MIN, last=YEAR_MAX
        )
    else:
        taken = session.scalar(select(CalendarDecree).where(CalendarDecree.day == entry.date))
        if taken is not None:
            errors["date"] = tr(
                "На {date} уже есть запись календаря («{note}»): удалите её, чтобы указать другую."
            ).format(date=fmt_date(entry.date), note=taken.note)
    note, basis = " ".join(entry.note.split()), " ".join(entry.basis.split())
    if not note:
        errors["note"] = tr("Укажите, что это за день (например, «Перенос выходного дня с 04.01.2027»).")
    elif len(note) > NOTE_MAX:
        errors["note"] = tr("Описание длиннее {max} символов.").format(max=NOTE_MAX)
    if len(basis) > BASIS_MAX:
        errors["basis"] = tr("Основание длиннее {max} символов.").format(max=BASIS_MAX)
    if errors:
        raise ValidationError(errors)
    row = CalendarDecree(day=entry.date, kind=entry.kind, note=note, basis=basis)
    session.add(row)
    session.flush()
    return _entry(row)


def remove_decree(session: Session, day: date) -> bool:
    """Delete the decree of a day; False when there was none."""
    row = session.scalar(select(CalendarDecree).where(CalendarDecree.day == day))
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True


@lru_cache(maxsize=4)
def _calendar_for(entries: tuple[CalendarEntry, ...]) -> WorkCalendar:
    return load_calendar(entries)


def load_work_calendar(session: Session) -> WorkCalendar:
    """The shipped calendar plus the stored decrees. The same decrees give
    the same (cached) calendar object, so its per-year data and the deadline
    engine's index are built once."""
    return _calendar_for(tuple(list_decrees(session)))


# --------------------------------------------------------------------------
# A year's deadlines


def year_deadlines(
    session: Session, catalog: Catalog, org_id: int, year: int, as_of: date, calendar: WorkCalendar | None = None
) -> DeadlineReport:
    """Every deadline of an organisation's year as of a day. Without a plan
    for the year: no deadlines and a warning."""
    org = session.get(Organization, org_id)
    if org is None:
        raise ValueError(f"organization {org_id} does not exist")
    plan = session.scalar(select(YearPlan).where(YearPlan.organization_id == org_id, YearPlan.year == year))
    if plan is None:
        return DeadlineReport([], [tr("За {year} год план организации не создан.").format(year=year)])
    from tbn4_desktop.services.checklist import plan_checklists

    calendar = calendar or load_work_calendar(session)
    checklists = plan_checklists(session, catalog, plan.id)
    rows = session.execute(
        select(
            SubtaskExecution.id,
            SubtaskExecution.subtask_code,
            SubtaskExecution.period,
            SubtaskExecution.status,
            SubtaskExecution.completed_on,
            SubtaskExecution.due_date_override,
            SubtaskExecution.uploaded_on,
        )
        .where(SubtaskExecution.year_plan_id == plan.id)
        .order_by(SubtaskExecution.id)
    )
    facts = [
        _facts(
            catalog,
            checklists.checklists.get(ex),
            code,
            period or "",
            _status(status),
            completed_on,
            override,
            uploaded_on,
        )
        for ex, code, period, status, completed_on, override, uploaded_on in rows
    ]
    anchors = get_anchors(session, plan.id)
    previous_signed = session.scalar(
        select(AnchorDate.day)
        .join(YearPlan, AnchorDate.year_plan_id == YearPlan.id)
        .where(
            YearPlan.organization_id == org_id,
            YearPlan.year == year - 1,
            AnchorDate.event == AnchorEvent.REPORT_SIGNED.value,
        )
    )
    return compute_deadlines(
        catalog,
        OrgLevel(org.level),
        year,
        facts,
        anchors,
        calendar,
        as_of,
        previous_report_signed=previous_signed,
        answers=checklists.answers,
    )


def _facts(
    catalog: Catalog,
    checklist: Checklist | None,
    code: str,
    period: str,
    status: ExecutionStatus,
    completed_on: date | None,
    override: date | None,
    uploaded_on: date | None,
) -> ExecutionFacts:
    """What the engine needs of one execution: the dates of the slots that
    judge its deadline and whether its checklist is complete."""
    action_on = receipt_on = None
    if checklist is not None:
        rule = catalog.subtask(code).deadline
        if rule.slot is not None:
            action_on = checklist.state(rule.slot).doc_date
        if rule.receipt_slot is not None:
            receipt_on = checklist.state(rule.receipt_slot).doc_date
    return ExecutionFacts(
        code,
        period,
        status,
        completed_on,
        override,
        uploaded_on=uploaded_on,
        action_on=action_on,
        receipt_on=receipt_on,
        complete=checklist is None or checklist.complete,
    )


def _status(value: str) -> ExecutionStatus:
    try:
        return ExecutionStatus(value)
    except ValueError:
        return ExecutionStatus.NOT_STARTED
