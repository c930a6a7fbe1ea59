"""`tbn4 complete`, `uploaded` and `status`: a subtask marked ready or
uploaded to the ISPU, and the year's execution with its documents."""

from __future__ import annotations

import argparse
import json
from datetime import date

from tbn4_desktop.cli_evidence_output import _date_text, _slot_line
from tbn4_desktop.cli_evidence_scope import _target, _year_scope
from tbn4_desktop.core.vocabulary import period_label
from tbn4_desktop.i18n import tr


def complete(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.checklist import complete as complete_execution

    with _year_scope(args) as scope:
        target = _target(scope, args.code, args.period)
        complete_execution(scope.session, scope.catalog, target.execution_id)
    print(
        tr("{where}: «Готово к загрузке». Загрузите документы в ИСПУ и отметьте загрузку: tbn4 uploaded.").format(
            where=target.where
        )
    )
    return 0


def uploaded(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.executions import mark_uploaded

    day = args.on
    with _year_scope(args) as scope:
        target = _target(scope, args.code, args.period)
        [info] = mark_uploaded(
            scope.session,
            [target.execution_id],
            uploaded_on=day,
            ispu_reference=args.number,
            expected_versions=None,
            catalog=scope.catalog,
        )
    if info.ispu_reference:
        print(
            tr("{where}: «Загружено в ИСПУ» {date}, номер в ИСПУ {number}.").format(
                where=target.where, date=_date_text(info.uploaded_on), number=info.ispu_reference
            )
        )
    else:
        print(tr("{where}: «Загружено в ИСПУ» {date}.").format(where=target.where, date=_date_text(info.uploaded_on)))
    return 0


# ------------------------------------------------------------------ the year's state


def status(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.deadlines import load_work_calendar
    from tbn4_desktop.services.year_status import status_to_json, year_status

    as_of = date.today() if args.as_of is None else args.as_of
    with _year_scope(args) as scope:
        report = year_status(
            scope.session, scope.catalog, scope.org.id, scope.year, as_of, load_work_calendar(scope.session)
        )
        catalog, level = scope.catalog, scope.org.level
    if args.json:
        print(json.dumps(status_to_json(report, catalog, level), ensure_ascii=False, indent=2))
        return 0
    print(
        tr("Исполнение «{name}», {year} год, на {date}").format(
            name=report.organization, year=report.year, date=_date_text(report.as_of)
        )
    )
    rows = []
    for item in report.items:
        d = item.deadline
        judged = "—" if d is None else (tr("по загрузке") if d.judged_by == "upload" else tr("по дате документа"))
        rows.append(
            (
                item,
                (
                    item.code,
                    period_label(item.period),
                    item.status.label,
                    _date_text(d.due) if d is not None else "—",
                    d.state.label if d is not None else "—",
                    judged,
                ),
            )
        )
    widths = [max((len(r[i]) for _, r in rows), default=0) for i in range(6)]
    for item, row in rows:
        print("  ".join(f"{cell:<{widths[i]}}" for i, cell in enumerate(row)).rstrip())
        for state in item.checklist.slots:
            print(_slot_line(state))
        if item.checklist.unassigned_files:
            print("    " + tr("Не распределено: файлов {count}").format(count=item.checklist.unassigned_files))
        if item.uploaded_on and item.ispu_reference:
            print(
                "    "
                + tr("Загружено в ИСПУ {date}, номер {number}").format(
                    date=_date_text(item.uploaded_on), number=item.ispu_reference
                )
            )
        elif item.uploaded_on:
            print("    " + tr("Загружено в ИСПУ {date}").format(date=_date_text(item.uploaded_on)))
    if report.warnings:
        print("\n" + tr("Предупреждения:"))
        for w in report.warnings:
            print(f"- {w}")
    return 0
