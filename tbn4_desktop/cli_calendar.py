"""`tbn4 workdays add | count | list` (Kazakhstan's work calendar, with the
data folder's decrees when it has a database) and `tbn4 deadlines`."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator

from tbn4_desktop.cli_context import Refused, _data_dir, _open, _refusals
from tbn4_desktop.i18n import tr


def _parse_int(text: str, what: str) -> int:
    try:
        return int(text.strip())
    except ValueError:
        raise Refused(tr("«{text}» — не целое число ({what}).").format(text=text, what=what)) from None


@contextlib.contextmanager
def _calendar_refusals() -> Iterator[None]:
    from tbn4_desktop.core.workdays import WorkCalendarError

    try:
        yield
    except WorkCalendarError as exc:
        raise Refused(" ".join(str(exc).split())) from exc


def _has_database(args: argparse.Namespace) -> bool:
    """True when the data folder has a database (its SQLite file, or a
    server named in its settings); a bare folder is not created for it."""
    from tbn4_desktop.core.settings import SettingsError, load_settings
    from tbn4_desktop.store import DB_FILE

    folder = _data_dir(args)
    if (folder / DB_FILE).is_file():
        return True
    if not folder.is_dir():
        return False
    try:
        return bool(load_settings(folder).database_url)
    except SettingsError:
        return True  # damaged: opening the folder refuses it (exit 1), not the shipped calendar
    except Exception:  # noqa: BLE001 - no database worth reading
        return False


def _calendar(args: argparse.Namespace | None = None):  # noqa: ANN202 - WorkCalendar, imported lazily
    """The shipped calendar, plus the user's decrees when the data folder
    has a database."""
    from tbn4_desktop.core.workdays import load_calendar

    if args is None or not _has_database(args):
        return load_calendar()
    from tbn4_desktop.services.deadlines import load_work_calendar

    with _refusals():
        ctx = _open(args)
        try:
            with ctx.store.session() as session:
                return load_work_calendar(session)
        finally:
            ctx.close()


def cmd_workdays_add(args: argparse.Namespace) -> int:
    start = args.date
    n = _parse_int(args.n, tr("число рабочих дней N"))
    with _calendar_refusals():
        result = _calendar(args).add_workdays(start, n)
    if args.json:
        print(json.dumps({"date": result.isoformat(), "start": start.isoformat(), "workdays": n}))
    else:
        print(result.isoformat())
    return 0


def cmd_workdays_count(args: argparse.Namespace) -> int:
    start, end = args.start, args.end
    with _calendar_refusals():
        count = _calendar(args).count_workdays(start, end)
    if args.json:
        print(json.dumps({"from": start.isoformat(), "to": end.isoformat(), "workdays": count}))
    else:
        print(count)
    return 0


def cmd_workdays_list(args: argparse.Namespace) -> int:
    from tbn4_desktop.core.workdays import KIND_LABELS

    year = args.year
    with _calendar_refusals():
        calendar = _calendar(args)
        rows = calendar.special_days(year)
        official = calendar.has_official_data(year)
    if args.json:
        print(
            json.dumps(
                {
                    "year": year,
                    "official": official,
                    "days": [{"date": d.isoformat(), "kind": kind, "reason": reason} for d, kind, reason in rows],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    width = max(len(tr(label)) for label in KIND_LABELS.values())
    for d, kind, reason in rows:
        print(f"{d:%d.%m.%Y}  {tr(KIND_LABELS[kind]):<{width}}  {reason}")
    if not official:
        print(
            tr(
                "tbn4: календаря на {year} год в поставке нет: дни рассчитаны по общим правилам, "
                "переносы выходных и дата Курбан айта могут не совпадать с официальными."
            ).format(year=year),
            file=sys.stderr,
        )
    return 0


def cmd_deadlines(args: argparse.Namespace) -> int:
    from datetime import date

    from tbn4_desktop.core.vocabulary import period_label
    from tbn4_desktop.services.deadlines import load_work_calendar, year_deadlines
    from tbn4_desktop.services.executions import find_year_plan
    from tbn4_desktop.services.organizations import get_current_organization

    as_of = date.today() if args.as_of is None else args.as_of
    year = as_of.year if args.year is None else args.year
    with _refusals(), _calendar_refusals():
        ctx = _open(args)
        try:
            with ctx.store.session() as session:
                org = get_current_organization(session)
                if org is None:
                    raise Refused(
                        tr(
                            "Организация не выбрана: сначала заполните сведения об организации "
                            "в приложении (или создайте демонстрационные данные: tbn4 demo)."
                        )
                    )
                plan = find_year_plan(session, org.id, year)
                if plan is None:
                    raise Refused(
                        tr(
                            "За {year} год у организации «{name}» нет плана: укажите другой год (параметр --year)."
                        ).format(year=year, name=org.name)
                    )
                catalog = ctx.catalog_for_plan(plan.catalog_id, plan.catalog_version, year)
                report = year_deadlines(session, catalog, org.id, year, as_of, load_work_calendar(session))
        finally:
            ctx.close()
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "code": d.code,
                        "period": d.period,
                        "due": d.due.isoformat() if d.due else None,
                        "state": d.state.value,
                        "explanation": d.explanation,
                        "warnings": list(d.warnings),
                    }
                    for d in report.deadlines
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    rows = [
        (d.code, period_label(d.period), f"{d.due:%d.%m.%Y}" if d.due else "—", d.state.label, d.explanation)
        for d in report.deadlines
    ]
    print(tr("Сроки «{name}», {year} год, на {date}").format(name=org.name, year=year, date=f"{as_of:%d.%m.%Y}"))
    widths = [max(len(r[i]) for r in rows) for i in range(4)] if rows else [0] * 4
    for r in rows:
        print("  ".join(f"{r[i]:<{widths[i]}}" for i in range(4)) + "  " + r[4])
    if report.warnings:
        print("\n" + tr("Предупреждения:"))
        for w in report.warnings:
            print(f"- {w}")
    return 0
