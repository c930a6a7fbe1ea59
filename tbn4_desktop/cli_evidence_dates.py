"""`tbn4 anchor set`, `due set` and `karta import`: the dates deadlines are
counted from and the due dates of the Karta (the implementation map)."""

from __future__ import annotations

import argparse
from pathlib import Path

from tbn4_desktop.cli_context import Refused, _open, _refusals
from tbn4_desktop.cli_evidence_output import _date_text, _where
from tbn4_desktop.cli_evidence_scope import NO_ORGANIZATION, _target, _year, _year_scope
from tbn4_desktop.cli_evidence_values import _anchor
from tbn4_desktop.i18n import tr


def anchor_set(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.deadlines import set_anchors

    event = _anchor(args.name)
    day = args.date
    with _year_scope(args) as scope:
        set_anchors(scope.session, scope.plan.id, {event: day})
    if day:
        print(tr("{year} год, {event}: {date}.").format(year=scope.year, event=event.label, date=_date_text(day)))
    else:
        print(tr("{year} год, {event}: дата снята.").format(year=scope.year, event=event.label))
    return 0


def due_set(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.due_dates import set_due_date

    day = args.date
    with _year_scope(args) as scope:
        target = _target(scope, args.code, args.period)
        changed = set_due_date(scope.session, target.execution_id, day)
    if day and changed:
        text = tr("{where}: срок по Карте {date}.")
    elif day:
        text = tr("{where}: срок по Карте {date} (без изменений).")
    elif changed:
        text = tr("{where}: срок по Карте снят.")
    else:
        text = tr("{where}: срок по Карте снят (без изменений).")
    print(text.format(where=target.where, date=_date_text(day)))
    return 0


def karta_import(args: argparse.Namespace) -> int:
    from tbn4_desktop.core.karta_xlsx import KartaError
    from tbn4_desktop.services.due_dates import due_dates
    from tbn4_desktop.services.executions import find_year_plan
    from tbn4_desktop.services.karta import import_karta
    from tbn4_desktop.services.organizations import get_current_organization

    year = _year(args)
    path = Path(args.file).expanduser().absolute()
    with _refusals():
        ctx = _open(args)
        try:
            with ctx.store.session() as session:
                org = get_current_organization(session)
                if org is None:
                    raise Refused(tr(NO_ORGANIZATION))
                plan = find_year_plan(session, org.id, year)
                before = due_dates(session, plan.id) if plan is not None else {}
            try:
                result = import_karta(ctx, org.id, year, path)  # all or nothing; creates the plan
            except KartaError as exc:
                raise Refused(" ".join(str(exc).split())) from None
            with ctx.store.session() as session:
                plan = find_year_plan(session, org.id, year)
                after = due_dates(session, plan.id) if plan is not None else {}
        finally:
            ctx.close()
    print(result.summary)
    for (code, period), day in after.items():
        if before.get((code, period)) != day:
            print(
                tr("{where}: {date} (было: {before})").format(
                    where=_where(code, period), date=_date_text(day), before=_date_text(before.get((code, period)))
                )
            )
    for skipped in result.not_applicable:
        print(tr("Пропущено: {item}").format(item=skipped))
    return 0
