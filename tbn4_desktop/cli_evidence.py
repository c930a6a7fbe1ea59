"""The `tbn4` commands that set up an organisation and fill a year's
checklists from the command line: the same rules as the wizard (issue 11,
item 7). Imported only when one of them runs (see cli.py); each command is
one transaction, refused as a whole with one Russian line."""

from __future__ import annotations

import argparse
import contextlib
import json
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from tbn4_desktop.cli import Refused, _open, _refusals
from tbn4_desktop.core.catalog import AnchorEvent, Catalog, DocumentSlot, Subtask
from tbn4_desktop.core.checklist import SlotState, applicability
from tbn4_desktop.core.signer_rules import allowed_roles, signs_nothing_text
from tbn4_desktop.core.vocabulary import (
    AttachmentRole,
    Channel,
    DocumentKind,
    OrgLevel,
    SignerRole,
    period_label,
    periods_of,
)
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.records import OrganizationInfo, PlanInfo, SignatoryInfo

NO_ORGANIZATION = ("Организация не выбрана: сначала создайте её (tbn4 org init) или заполните сведения "
                   "об организации в приложении.")

# ------------------------------------------------------------------ shared parsing


def _choice_list(values: Any) -> str:
    return ", ".join(str(v) for v in values)


def _enum_value(kind: type[Any], text: str, message: str) -> Any:
    """The enum value `text` names; else Refused with `message` (a whole
    sentence with {text} and {choices})."""
    try:
        return kind(text.strip().lower())
    except ValueError:
        raise Refused(message.format(text=text, choices=_choice_list(kind))) from None


def _level(text: str) -> OrgLevel:
    return _enum_value(OrgLevel, text, "Неизвестный уровень «{text}»: укажите один из {choices}.")


def _role(text: str) -> SignerRole:
    return _enum_value(SignerRole, text, "Неизвестная роль «{text}»: укажите одну из {choices}.")


def _channel(text: str) -> Channel:
    return _enum_value(Channel, text, "Неизвестный канал «{text}»: укажите один из {choices}.")


def _anchor(text: str) -> AnchorEvent:
    return _enum_value(AnchorEvent, text, "Неизвестное событие «{text}»: укажите одно из {choices}.")


def _answer(text: str) -> bool | None:
    value = text.strip().lower()
    if value in ("yes", "да"):
        return True
    if value in ("no", "нет"):
        return False
    if value == "none":
        return None
    raise Refused(f"Ответ «{text}» не понят: укажите yes (да), no (нет) или none (снять ответ).")


_PERIOD = re.compile(r"(?:(?P<q>[qQ])(?P<quarter>[1-4])|(?P<m>[mM])(?P<month>0?[1-9]|1[0-2]))")


def _period(text: str | None) -> str | None:
    """The stored form of a --period value ('' for the year); None when absent."""
    if text is None:
        return None
    value = text.strip()
    if not value:
        return ""
    match = _PERIOD.fullmatch(value)
    if match is None:
        raise Refused(f"Период «{text}» не понят: укажите квартал Q1…Q4 или месяц M01…M12.")
    if match["q"]:
        return f"Q{match['quarter']}"
    return f"M{int(match['month']):02d}"


def _name(text: str) -> str:
    return " ".join(text.split())


def _date_text(day: date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else "—"


def _where(code: str, period: str) -> str:
    return f"{code} ({period_label(period)})" if period else code


# ------------------------------------------------------------------ the current organisation and its year


@dataclass
class Scope:
    ctx: AppContext
    session: Session
    org: OrganizationInfo


@dataclass
class YearScope(Scope):
    plan: PlanInfo
    catalog: Catalog
    year: int


@contextlib.contextmanager
def _org_scope(args: argparse.Namespace) -> Iterator[Scope]:
    """One transaction on the current organisation: committed when the
    command succeeds, rolled back on any refusal."""
    from tbn4_desktop.services.organizations import get_current_organization

    with _refusals():
        ctx = _open(args)
        try:
            with ctx.store.session() as session:
                org = get_current_organization(session)
                if org is None:
                    raise Refused(NO_ORGANIZATION)
                yield Scope(ctx, session, org)
        finally:
            ctx.close()


def _year(args: argparse.Namespace) -> int:
    year = getattr(args, "year", None)      # parsed and range-checked by cli_args.parse_year
    return date.today().year if year is None else year


@contextlib.contextmanager
def _year_scope(args: argparse.Namespace) -> Iterator[YearScope]:
    """The current organisation's plan for --year (the current year by
    default), created when it does not exist yet."""
    from tbn4_desktop.services.executions import ensure_year_plan, find_year_plan

    year = _year(args)
    with _org_scope(args) as scope:
        plan = find_year_plan(scope.session, scope.org.id, year)
        if plan is None:
            catalog = scope.ctx.catalog_for_year(year)
            plan = ensure_year_plan(scope.session, scope.org.id, year, catalog)
        else:
            catalog = scope.ctx.catalog_for_plan(plan.catalog_id, plan.catalog_version, year)
        yield YearScope(scope.ctx, scope.session, scope.org, plan, catalog, year)


@dataclass(frozen=True)
class Target:
    subtask: Subtask
    period: str
    execution_id: int

    @property
    def where(self) -> str:
        return _where(self.subtask.code, self.period)


def _target(scope: YearScope, code: str, period_text: str | None) -> Target:
    """The execution of a subtask and period of the year, refused when the
    code is unknown, the subtask does not apply to the organisation, or the
    period does not fit the subtask."""
    from tbn4_desktop.services.checklist import get_answers
    from tbn4_desktop.services.executions import list_executions

    code = code.strip()
    try:
        subtask = scope.catalog.subtask(code)
    except KeyError:
        raise Refused(f"Подзадачи «{code}» нет в каталоге на {scope.year} год: укажите код вида 1.1.2 "
                      "(список подзадач: tbn4 catalog).") from None
    applies = applicability(scope.catalog, subtask, scope.org.level, get_answers(scope.session, scope.plan.id))
    if not applies.applies:
        reason = (f"не применяется к организации уровня «{scope.org.level.label}»" if applies.question is None
                  else f"не применяется (ответ {applies.reason})")
        raise Refused(f"Подзадача {code} {reason}.")
    periods = periods_of(subtask.periodicity)
    period = _period(period_text)
    if periods == ("",):
        if period:
            raise Refused(f"Подзадача {code} исполняется за год целиком: параметр --period для неё не указывается.")
        period = ""
    elif not period:
        raise Refused(f"Подзадача {code} исполняется {subtask.periodicity.label.lower()}: укажите период "
                      f"--period ({_choice_list(periods)}).")
    elif period not in periods:
        raise Refused(f"У подзадачи {code} нет периода {period}: укажите один из {_choice_list(periods)}.")
    for e in list_executions(scope.session, scope.plan.id):
        if e.subtask_code == code and e.period == period:
            return Target(subtask, period, e.id)
    raise Refused(f"В плане {scope.year} года нет подзадачи {_where(code, period)}.")


def _slot(target: Target, key: str) -> DocumentSlot:
    try:
        return target.subtask.slot(key.strip())
    except KeyError:
        known = ", ".join(f"{d.key} («{d.title}»)" for d in target.subtask.documents)
        raise Refused(f"У подзадачи {target.subtask.code} нет документа «{key}»: укажите в --doc один из "
                      f"ключей: {known}.") from None


def _signatory(scope: Scope, full_name: str) -> SignatoryInfo:
    from tbn4_desktop.services.organizations import list_signatories

    wanted = _name(full_name).casefold()
    active = list_signatories(scope.session, scope.org.id)
    for person in active:
        if _name(person.full_name).casefold() == wanted:
            return person
    names = "; ".join(p.full_name for p in active) or "список пуст (tbn4 signatory add)"
    raise Refused(f"Подписанта «{_name(full_name)}» нет среди подписантов организации: {names}.")


# ------------------------------------------------------------------ org, signatories, answers, supervised


def org_init(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.org_init import init_organization
    from tbn4_desktop.services.organizations import OrganizationInput

    level = _level(args.level)
    data = OrganizationInput(name=_name(args.name), bin=args.bin.strip(), level=level,
                             parent_name=_name(args.parent or ""),
                             parent_level=_level(args.parent_level) if args.parent_level else None)
    with _refusals():
        ctx = _open(args)
        try:
            with ctx.store.session() as session:
                org = init_organization(session, data)
        finally:
            ctx.close()
    parent = f", вышестоящий орган «{org.parent_name}»" if org.parent_name else ""
    print(f"Организация создана: «{org.name}», БИН {org.bin}, уровень «{org.level.label}»{parent}. "
          "Добавьте подписантов: tbn4 signatory add.")
    return 0


def signatory_add(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.organizations import SignatoryInput, add_signatory, list_signatories

    role = _role(args.role)
    with _org_scope(args) as scope:
        name = _name(args.full_name)
        if any(_name(p.full_name).casefold() == name.casefold()
               for p in list_signatories(scope.session, scope.org.id)):
            raise Refused(f"Подписант «{name}» уже есть в списке организации.")
        person = add_signatory(scope.session, scope.org.id, SignatoryInput(name, args.position, role))
        catalog = scope.ctx.catalog_for_year(date.today().year)
        signs_nothing = role not in allowed_roles(catalog, scope.org.level)
    print(f"Подписант добавлен: {person.full_name} — {person.position}, роль: {person.role.label.lower()}.")
    if signs_nothing:       # a warning, not a refusal: the level may still change
        print(signs_nothing_text(role, scope.org.level), file=sys.stderr)
    return 0


def signatory_list(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.organizations import list_signatories

    with _org_scope(args) as scope:
        people = list_signatories(scope.session, scope.org.id, active_only=False)
    if args.json:
        print(json.dumps([{"full_name": p.full_name, "position": p.position, "role": p.role.value,
                           "active": p.active} for p in people], ensure_ascii=False, indent=2))
        return 0
    for p in people:
        gone = "" if p.active else " — не подписывает больше"
        print(f"{p.full_name} — {p.position} ({p.role.value}: {p.role.label.lower()}){gone}")
    return 0


def applicability_set(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.checklist import set_answer

    answer = _answer(args.answer)
    with _year_scope(args) as scope:
        key = args.key.strip()
        try:
            question = scope.catalog.question(key)
        except KeyError:
            question = None     # set_answer refuses it, naming the known questions
        if question is not None and scope.org.level not in question.levels:
            raise Refused(f"Вопрос «{question.text}» не задаётся организации уровня «{scope.org.level.label}».")
        set_answer(scope.session, scope.catalog, scope.plan.id, key, answer)
        governed = [s.code for s in scope.catalog.subtasks() if s.applies_if == key and s.applies_to(scope.org.level)]
    said = {True: "да", False: "нет", None: "ответ снят"}[answer]
    print(f"{scope.year} год, «{question.text}»: {said}. Подзадачи, которые от этого зависят: "
          f"{', '.join(governed) or '—'}.")
    return 0


def applicability_list(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.checklist import get_answers

    with _year_scope(args) as scope:
        answers = get_answers(scope.session, scope.plan.id)
        level = scope.org.level
        rows = [{"key": q.key, "text": q.text, "asked": level in q.levels, "answer": answers.get(q.key),
                 "subtasks": [s.code for s in scope.catalog.subtasks() if s.applies_if == q.key and s.applies_to(level)]}
                for q in scope.catalog.questions]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        answer = ("не задаётся на этом уровне" if not row["asked"]
                  else {True: "да", False: "нет", None: "нет ответа"}[row["answer"]])
        print(f"{row['key']}: {answer} — {row['text']} (подзадачи: {', '.join(row['subtasks']) or '—'})")
    return 0


def supervised_add(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.checklist import add_supervised

    with _org_scope(args) as scope:
        entity = add_supervised(scope.session, scope.org.id, args.name, args.bin)
    bin_ = f", БИН {entity.bin}" if entity.bin else ""
    print(f"Курируемая организация добавлена: «{entity.name}»{bin_}.")
    return 0


def supervised_remove(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.checklist import list_supervised, remove_supervised

    with _org_scope(args) as scope:
        wanted = _name(args.name).casefold()
        entity = next((e for e in list_supervised(scope.session, scope.org.id) if e.name.casefold() == wanted), None)
        if entity is None:
            raise Refused(f"«{_name(args.name)}» нет в списке курируемых организаций.")
        remove_supervised(scope.session, scope.org.id, entity.id)
    print(f"«{entity.name}» убрана из списка курируемых организаций.")
    return 0


def supervised_list(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.checklist import list_supervised

    with _org_scope(args) as scope:
        entities = list_supervised(scope.session, scope.org.id)
    if args.json:
        print(json.dumps([{"name": e.name, "bin": e.bin} for e in entities], ensure_ascii=False, indent=2))
        return 0
    for e in entities:
        print(f"{e.name}" + (f" (БИН {e.bin})" if e.bin else ""))
    return 0


# ------------------------------------------------------------------ a subtask's documents


def attach(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.checklist import set_slot_date, set_slot_signer
    from tbn4_desktop.services.executions import add_attachment

    day = args.date
    source = Path(args.file).expanduser().absolute()
    with _year_scope(args) as scope:
        target = _target(scope, args.code, args.period)
        slot = _slot(target, args.doc)
        if not slot.kind.takes_files:
            hint = ("ссылки добавляются командой tbn4 link" if slot.kind is DocumentKind.LINK
                    else "таблица заполняется в приложении")
            raise Refused(f"{target.where}: к документу «{slot.title}» файлы не прикладываются: {hint}.")
        # What the database refuses first, the file last: a refused signer
        # or date leaves no copy of the file behind.
        if args.signer is not None:
            person = _signatory(scope, args.signer)
            set_slot_signer(scope.session, scope.catalog, target.execution_id, slot.key, person.id)
        if day is not None:
            set_slot_date(scope.session, scope.catalog, target.execution_id, slot.key, day)
        role = AttachmentRole.DRAFT if args.draft else AttachmentRole.SIGNED_SCAN
        info = add_attachment(scope.session, scope.ctx.blobs, target.execution_id, source, role,
                              max_bytes=scope.ctx.settings.max_attachment_bytes, check_pages=True,
                              slot_key=slot.key)
        state = _state(scope, target, slot.key)
    print(f"Файл «{info.original_name}», {info.role.label.lower()}, добавлен: {target.where}, "
          f"документ «{slot.title}».")
    print(_slot_line(state, indent=""))
    return 0


def file_kind(args: argparse.Namespace) -> int:
    """Change what an attached file is (signed scan, draft, supporting file)."""
    from tbn4_desktop.services.executions import get_execution
    from tbn4_desktop.services.slot_records import set_attachment_role

    role = _enum_value(AttachmentRole, args.kind, "Неизвестный вид файла «{text}»: укажите один из {choices}.")
    name = args.file.strip()
    with _year_scope(args) as scope:
        target = _target(scope, args.code, args.period)
        slot = _slot(target, args.doc)
        files = [a for a in get_execution(scope.session, target.execution_id).attachments if a.slot_key == slot.key]
        found = [a for a in files if a.original_name.casefold() == name.casefold()]
        if not found:
            names = "; ".join(a.original_name for a in files) or "файлов нет"
            raise Refused(f"{target.where}: у документа «{slot.title}» нет файла «{name}»: {names}.")
        if len(found) > 1:
            raise Refused(f"{target.where}: у документа «{slot.title}» несколько файлов «{name}»: измените вид "
                          "нужного в приложении (мастер подзадачи, страница «Документы»).")
        before = found[0].role
        set_attachment_role(scope.session, scope.catalog, found[0].id, role)
        state = _state(scope, target, slot.key)
    if before is role:
        print(f"Файл «{found[0].original_name}» уже {role.label.lower()}: ничего не изменено.")
    else:
        print(f"Вид файла «{found[0].original_name}» изменён: {before.label.lower()} → {role.label.lower()} "
              f"({target.where}, документ «{slot.title}»).")
    print(_slot_line(state, indent=""))
    return 0


def link(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.checklist import SlotLinkInput, set_slot_links
    from tbn4_desktop.services.executions import get_execution

    channel = _channel(args.channel) if args.channel is not None else None
    day = args.date
    with _year_scope(args) as scope:
        target = _target(scope, args.code, args.period)
        slot = _slot(target, args.doc)
        if slot.kind is not DocumentKind.LINK:
            raise Refused(f"{target.where}: документ «{slot.title}» — не ссылка: "
                          + ("файл прикладывается командой tbn4 attach." if slot.kind.takes_files
                             else "таблица заполняется в приложении."))
        if channel is None:
            if len(slot.channels) != 1:
                raise Refused(f"Для документа «{slot.title}» укажите канал --channel: "
                              + ", ".join(f"{c.value} ({c.label})" for c in slot.channels) + ".")
            channel = slot.channels[0]
        current = [SlotLinkInput(l.url, Channel(l.channel) if l.channel else None, l.published_on, l.title)
                   for l in get_execution(scope.session, target.execution_id).links if l.slot_key == slot.key]
        if any(l.url == args.url.strip() and l.channel is channel for l in current):
            print(f"Ссылка {args.url.strip()} ({channel.label}) уже есть у документа «{slot.title}»: "
                  "ничего не изменено.")
            return 0
        set_slot_links(scope.session, scope.catalog, target.execution_id, slot.key,
                       [*current, SlotLinkInput(args.url.strip(), channel, day)])
        state = _state(scope, target, slot.key)
    print(f"Ссылка добавлена: {target.where}, документ «{slot.title}», канал «{channel.label}».")
    print(_slot_line(state, indent=""))
    return 0


def waive(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.checklist import waive_slot

    with _year_scope(args) as scope:
        target = _target(scope, args.code, args.period)
        slot = _slot(target, args.doc)
        waive_slot(scope.session, scope.catalog, target.execution_id, slot.key, None if args.undo else args.reason)
        state = _state(scope, target, slot.key)
    if args.undo:
        print(f"Отметка «не требуется» снята: {target.where}, документ «{slot.title}».")
    else:
        print(f"{target.where}: документ «{slot.title}» отмечен «не требуется» ({state.waived_reason}).")
    return 0


def _state(scope: YearScope, target: Target, key: str) -> SlotState:
    from tbn4_desktop.services.checklist import execution_checklist

    return execution_checklist(scope.session, scope.catalog, target.execution_id).state(key)


# ------------------------------------------------------------------ dates


def anchor_set(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.deadlines import set_anchors

    event = _anchor(args.name)
    day = args.date
    with _year_scope(args) as scope:
        set_anchors(scope.session, scope.plan.id, {event: day})
    what = _date_text(day) if day else "дата снята"
    print(f"{scope.year} год, {event.label}: {what}.")
    return 0


def due_set(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.due_dates import set_due_date

    day = args.date
    with _year_scope(args) as scope:
        target = _target(scope, args.code, args.period)
        changed = set_due_date(scope.session, target.execution_id, day)
    what = f"срок по Карте {_date_text(day)}" if day else "срок по Карте снят"
    print(f"{target.where}: {what}" + ("." if changed else " (без изменений)."))
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
                    raise Refused(NO_ORGANIZATION)
                plan = find_year_plan(session, org.id, year)
                before = due_dates(session, plan.id) if plan is not None else {}
            try:
                result = import_karta(ctx, org.id, year, path)     # all or nothing; creates the plan
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
            print(f"{_where(code, period)}: {_date_text(day)} (было: {_date_text(before.get((code, period)))})")
    for skipped in result.not_applicable:
        print(f"Пропущено: {skipped}")
    return 0


# ------------------------------------------------------------------ completion and upload


def complete(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.checklist import complete as complete_execution

    with _year_scope(args) as scope:
        target = _target(scope, args.code, args.period)
        complete_execution(scope.session, scope.catalog, target.execution_id)
    print(f"{target.where}: «Готово к загрузке». Загрузите документы в ИСПУ и отметьте загрузку: tbn4 uploaded.")
    return 0


def uploaded(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.executions import mark_uploaded

    day = args.on
    with _year_scope(args) as scope:
        target = _target(scope, args.code, args.period)
        [info] = mark_uploaded(scope.session, [target.execution_id], uploaded_on=day, ispu_reference=args.number,
                               expected_versions=None, catalog=scope.catalog)
    number = f", номер в ИСПУ {info.ispu_reference}" if info.ispu_reference else ""
    print(f"{target.where}: «Загружено в ИСПУ» {_date_text(info.uploaded_on)}{number}.")
    return 0


# ------------------------------------------------------------------ the year's state


def status(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.deadlines import load_work_calendar
    from tbn4_desktop.services.year_status import status_to_json, year_status

    as_of = date.today() if args.as_of is None else args.as_of
    with _year_scope(args) as scope:
        report = year_status(scope.session, scope.catalog, scope.org.id, scope.year, as_of,
                             load_work_calendar(scope.session))
        catalog, level = scope.catalog, scope.org.level
    if args.json:
        print(json.dumps(status_to_json(report, catalog, level), ensure_ascii=False, indent=2))
        return 0
    print(f"Исполнение «{report.organization}», {report.year} год, на {_date_text(report.as_of)}")
    rows = []
    for item in report.items:
        d = item.deadline
        judged = "—" if d is None else ("по загрузке" if d.judged_by == "upload" else "по дате документа")
        rows.append((item, (item.code, period_label(item.period), item.status.label,
                            _date_text(d.due) if d is not None else "—",
                            d.state.label if d is not None else "—", judged)))
    widths = [max((len(r[i]) for _, r in rows), default=0) for i in range(6)]
    for item, row in rows:
        print("  ".join(f"{cell:<{widths[i]}}" for i, cell in enumerate(row)).rstrip())
        for state in item.checklist.slots:
            print(_slot_line(state))
        if item.checklist.unassigned_files:
            print(f"    Не распределено: файлов {item.checklist.unassigned_files}")
        if item.uploaded_on:
            number = f", номер {item.ispu_reference}" if item.ispu_reference else ""
            print(f"    Загружено в ИСПУ {_date_text(item.uploaded_on)}{number}")
    if report.warnings:
        print("\nПредупреждения:")
        for w in report.warnings:
            print(f"- {w}")
    return 0


def _slot_line(state: SlotState, indent: str = "    ") -> str:
    slot = state.slot
    parts: list[str] = []
    if state.waived_reason:
        parts.append(f"не требуется: {state.waived_reason}")
    elif slot.kind.takes_files:
        parts.append(f"файлов {state.files}")
    elif slot.kind is DocumentKind.LINK:
        parts.append(f"ссылок {state.links}")
        if state.missing_channels and state.links:
            parts.append("нет каналов: " + ", ".join(c.label for c in state.missing_channels))
    else:
        parts.append("таблица в программе")
    if state.signer_name:
        role = f", {state.signer_role.label.lower()}" if state.signer_role else ""
        refused = ", не может подписывать" if state.signer_allowed is False else ""
        parts.append(f"подписал(а) {state.signer_name}{role}{refused}")
    elif slot.kind.needs_signer and not state.waived_reason:
        parts.append("подписант не указан")
    if slot.date is not None:
        parts.append(f"{slot.date.label.lower()} {_date_text(state.doc_date)}")
    optional = " (необязательный)" if not slot.counts else ""
    return f"{indent}{state.mark} {slot.title}{optional}: " + "; ".join(parts)

