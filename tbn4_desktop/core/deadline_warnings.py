"""Warnings about the anchor dates the user entered: a date on a day off or
outside the calendar, events out of order, an analysis longer than the
instruction allows, and an announcement (1.1.3) whose day has passed."""

from __future__ import annotations

from datetime import date

from tbn4_desktop.core.catalog import AnchorEvent
from tbn4_desktop.core.deadline_rules import DeadlineRun
from tbn4_desktop.core.deadline_types import MAX_ANALYSIS_WORKDAYS, fmt_date
from tbn4_desktop.core.workdays import YEAR_MAX, YEAR_MIN, WorkCalendarError
from tbn4_desktop.i18n import tr


def anchor_warnings(run: DeadlineRun) -> None:
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


def announcement_warning(run: DeadlineRun, due: date) -> list[str]:
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
