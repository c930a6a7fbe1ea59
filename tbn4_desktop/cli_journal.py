"""`tbn4 journal [--code C] [--year Y] [--xlsx FILE] [--json]`: the journal
of changes of the data folder, oldest entry first (as a log reads), or saved
as XLSX. A broken chain is reported on stderr after the entries (exit 0:
showing the journal is not refused; `tbn4 check` judges the data)."""

from __future__ import annotations

import argparse
import json
import re
import sys

from tbn4_desktop.cli_args import output_path, parse_year
from tbn4_desktop.cli_context import Refused, _open, _refusals
from tbn4_desktop.core.vocabulary import period_label
from tbn4_desktop.i18n import tr

_CODE = re.compile(r"\d+(\.\d+){1,3}")


def _filters(args: argparse.Namespace):
    from tbn4_desktop.services.audit import JournalFilter

    year = parse_year(args.year) if args.year is not None else None
    code = None
    if args.code is not None:
        code = args.code.strip()
        if not _CODE.fullmatch(code):
            raise Refused(tr("«{text}» — не код подзадачи: укажите код вида 1.1.2.").format(text=args.code))
    return JournalFilter(year=year, subtask_code=code)


def cmd_journal(args: argparse.Namespace) -> int:
    from tbn4_desktop.services import audit
    from tbn4_desktop.services.journal_files import (
        JournalFileError,
        check_xlsx_target,
        organization_names,
        save_journal_xlsx,
    )

    flt = _filters(args)
    target = None
    if args.xlsx:
        try:
            target = check_xlsx_target(output_path(args.xlsx))
        except JournalFileError as exc:
            raise Refused(str(exc)) from None
    with _refusals():
        ctx = _open(args)
        try:
            with ctx.store.session() as session:
                rows = list(reversed(audit.list_entries(session, flt)))
                names = organization_names(session)
                problems = audit.verify_chain(session)
        finally:
            ctx.close()
    if target is not None:
        try:
            count = save_journal_xlsx(rows, target, names)
        except JournalFileError as exc:
            raise Refused(str(exc)) from None
        print(target)
        print(tr("Записей журнала изменений: {count}.").format(count=count))
    elif args.json:
        print(json.dumps([_record(r, names) for r in rows], ensure_ascii=False, indent=2))
    elif not rows:
        print(
            tr("Записей в журнале изменений нет.")
            if flt.year is None and flt.subtask_code is None
            else tr("Записей в журнале изменений по этому отбору нет.")
        )
    else:
        for r in rows:
            print(_line(r))
    if problems:
        print(
            tr("tbn4: внимание: журнал изменений нарушен (нарушений {count}): {first} Подробно: tbn4 check.").format(
                count=len(problems), first=problems[0]
            ),
            file=sys.stderr,
        )
    return 0


def _subject(code: str | None, period: str | None) -> str:
    if not code:
        return "—"
    return f"{code} ({period_label(period)})" if period else code


def _line(r) -> str:
    return f"№{r.id}  {r.at:%d.%m.%Y %H:%M}  {r.who}  {_subject(r.subtask_code, r.period)}  {r.summary}"


def _record(r, names: dict[int, str]) -> dict:
    return {
        "id": r.id,
        "at": r.at.astimezone().isoformat(timespec="seconds"),
        "user": r.user_name,
        "host": r.host_name,
        "organization_id": r.organization_id,
        "organization": names.get(r.organization_id) if r.organization_id else None,
        "year": r.year,
        "code": r.subtask_code,
        "period": r.period,
        "action": r.action,
        "action_label": r.action_label,
        "summary": r.summary,
        "details": json.loads(r.details or "{}"),
    }
