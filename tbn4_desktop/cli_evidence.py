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
import tempfile
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
    Periodicity,
    SignerRole,
    period_label,
    periods_of,
)
from tbn4_desktop.i18n import N_, tc, tr
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.records import OrganizationInfo, PlanInfo, SignatoryInfo

NO_ORGANIZATION = N_(
    "Организация не выбрана: сначала создайте её (tbn4 org init) или заполните сведения об организации в приложении."
)

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
    return _enum_value(OrgLevel, text, tr("Неизвестный уровень «{text}»: укажите один из {choices}."))


def _role(text: str) -> SignerRole:
    return _enum_value(SignerRole, text, tr("Неизвестная роль «{text}»: укажите одну из {choices}."))


def _channel(text: str) -> Channel:
    return _enum_value(Channel, text, tr("Неизвестный канал «{text}»: укажите один из {choices}."))


def _anchor(text: str) -> AnchorEvent:
    return _enum_value(AnchorEvent, text, tr("Неизвестное событие «{text}»: укажите одно из {choices}."))


def _answer(text: str) -> bool | None:
    value = text.strip().lower()
    if value in ("yes", "да", "иә"):  # i18n: ru-only — parsing the user's answer (Russian or Kazakh word)
        return True
    if value in ("no", "нет", "жоқ"):  # i18n: ru-only — parsing the user's answer (Russian or Kazakh word)
        return False
    if value == "none":
        return None
    raise Refused(tr("Ответ «{text}» не понят: укажите yes (да), no (нет) или none (снять ответ).").format(text=text))


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
        raise Refused(tr("Период «{text}» не понят: укажите квартал Q1…Q4 или месяц M01…M12.").format(text=text))
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
                    raise Refused(tr(NO_ORGANIZATION))
                yield Scope(ctx, session, org)
        finally:
            ctx.close()


def _year(args: argparse.Namespace) -> int:
    year = getattr(args, "year", None)  # parsed and range-checked by cli_args.parse_year
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
        raise Refused(
            tr(
                "Подзадачи «{code}» нет в каталоге на {year} год: укажите код вида 1.1.2 "
                "(список подзадач: tbn4 catalog)."
            ).format(code=code, year=scope.year)
        ) from None
    applies = applicability(scope.catalog, subtask, scope.org.level, get_answers(scope.session, scope.plan.id))
    if not applies.applies:
        if applies.question is None:
            raise Refused(
                tr("Подзадача {code} не применяется к организации уровня «{level}».").format(
                    code=code, level=scope.org.level.label
                )
            )
        raise Refused(tr("Подзадача {code} не применяется (ответ {reason}).").format(code=code, reason=applies.reason))
    periods = periods_of(subtask.periodicity)
    period = _period(period_text)
    if periods == ("",):
        if period:
            raise Refused(
                tr("Подзадача {code} исполняется за год целиком: параметр --period для неё не указывается.").format(
                    code=code
                )
            )
        period = ""
    elif not period:
        if subtask.periodicity is Periodicity.MONTHLY:
            raise Refused(
                tr("Подзадача {code} исполняется ежемесячно: укажите период --period ({periods}).").format(
                    code=code, periods=_choice_list(periods)
                )
            )
        raise Refused(
            tr("Подзадача {code} исполняется ежеквартально: укажите период --period ({periods}).").format(
                code=code, periods=_choice_list(periods)
            )
        )
    elif period not in periods:
        raise Refused(
            tr("У подзадачи {code} нет периода {period}: укажите один из {periods}.").format(
                code=code, period=period, periods=_choice_list(periods)
            )
        )
    for e in list_executions(scope.session, scope.plan.id):
        if e.subtask_code == code and e.period == period:
            return Target(subtask, period, e.id)
    raise Refused(tr("В плане {year} года нет подзадачи {where}.").format(year=scope.year, where=_where(code, period)))


def _slot(target: Target, key: str) -> DocumentSlot:
    try:
        return target.subtask.slot(key.strip())
    except KeyError:
        known = ", ".join(f"{d.key} («{tc(d.title)}»)" for d in target.subtask.documents)
        raise Refused(
            tr("У подзадачи {code} нет документа «{key}»: укажите в --doc один из ключей: {keys}.").format(
                code=target.subtask.code, key=key, keys=known
            )
        ) from None


def _signatory(scope: Scope, full_name: str) -> SignatoryInfo:
    from tbn4_desktop.services.organizations import list_signatories

    wanted = _name(full_name).casefold()
    active = list_signatories(scope.session, scope.org.id)
    for person in active:
        if _name(person.full_name).casefold() == wanted:
            return person
    if not active:
        raise Refused(
            tr("Подписанта «{name}» нет среди подписантов организации: список пуст (tbn4 signatory add).").format(
                name=_name(full_name)
            )
        )
    raise Refused(
        tr("Подписанта «{name}» нет среди подписантов организации: {names}.").format(
            name=_name(full_name), names="; ".join(p.full_name for p in active)
        )
    )


# ------------------------------------------------------------------ org, signatories, answers, supervised


def org_init(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.org_init import init_organization
    from tbn4_desktop.services.organizations import OrganizationInput

    level = _level(args.level)
    data = OrganizationInput(
        name=_name(args.name),
        bin=args.bin.strip(),
        level=level,
        parent_name=_name(args.parent or ""),
        parent_level=_level(args.parent_level) if args.parent_level else None,
    )
    with _refusals():
        ctx = _open(args)
        try:
            with ctx.store.session() as session:
                org = init_organization(session, data)
        finally:
            ctx.close()
    if org.parent_name:
        print(
            tr(
                "Организация создана: «{name}», БИН {bin}, уровень «{level}», вышестоящий орган «{parent}». "
                "Добавьте подписантов: tbn4 signatory add."
            ).format(name=org.name, bin=org.bin, level=org.level.label, parent=org.parent_name)
        )
    else:
        print(
            tr(
                "Организация создана: «{name}», БИН {bin}, уровень «{level}». Добавьте подписантов: tbn4 signatory add."
            ).format(name=org.name, bin=org.bin, level=org.level.label)
        )
    return 0


def signatory_add(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.organizations import (
        SignatoryInput,
        add_signatory,
        list_signatories,
    )

    role = _role(args.role)
    with _org_scope(args) as scope:
        name = _name(args.full_name)
        if any(_name(p.full_name).casefold() == name.casefold() for p in list_signatories(scope.session, scope.org.id)):
            raise Refused(tr("Подписант «{name}» уже есть в списке организации.").format(name=name))
        person = add_signatory(
            scope.session, scope.org.id, SignatoryInput(name, args.position, role, getattr(args, "iin", "") or "")
        )
        catalog = scope.ctx.catalog_for_year(date.today().year)
        signs_nothing = role not in allowed_roles(catalog, scope.org.level)
    print(
        tr("Подписант добавлен: {name} — {position}, роль: {role}.").format(
            name=person.full_name, position=person.position, role=person.role.label.lower()
        )
    )
    if signs_nothing:  # a warning, not a refusal: the level may still change
        print(signs_nothing_text(role, scope.org.level), file=sys.stderr)
    return 0


def signatory_list(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.organizations import list_signatories

    with _org_scope(args) as scope:
        people = list_signatories(scope.session, scope.org.id, active_only=False)
    if args.json:
        print(
            json.dumps(
                [
                    {
                        "full_name": p.full_name,
                        "position": p.position,
                        "role": p.role.value,
                        "active": p.active,
                        "iin": p.iin,
                    }
                    for p in people
                ],
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for p in people:
        values = {"name": p.full_name, "position": p.position, "key": p.role.value, "role": p.role.label.lower()}
        if p.active:
            print("{name} — {position} ({key}: {role})".format(**values))
        else:
            print(tr("{name} — {position} ({key}: {role}) — не подписывает больше").format(**values))
    return 0


def applicability_set(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.checklist import set_answer

    answer = _answer(args.answer)
    with _year_scope(args) as scope:
        key = args.key.strip()
        try:
            question = scope.catalog.question(key)
        except KeyError:
            question = None  # set_answer refuses it, naming the known questions
        if question is not None and scope.org.level not in question.levels:
            raise Refused(
                tr("Вопрос «{question}» не задаётся организации уровня «{level}».").format(
                    question=tc(question.text), level=scope.org.level.label
                )
            )
        set_answer(scope.session, scope.catalog, scope.plan.id, key, answer)
        assert question is not None  # set_answer refused a key the catalog has no question for
        governed = [s.code for s in scope.catalog.subtasks() if s.applies_if == key and s.applies_to(scope.org.level)]
    values = {"year": scope.year, "question": tc(question.text), "codes": ", ".join(governed) or "—"}
    if answer is True:
        print(tr("{year} год, «{question}»: да. Подзадачи, которые от этого зависят: {codes}.").format(**values))
    elif answer is False:
        print(tr("{year} год, «{question}»: нет. Подзадачи, которые от этого зависят: {codes}.").format(**values))
    else:
        print(
            tr("{year} год, «{question}»: ответ снят. Подзадачи, которые от этого зависят: {codes}.").format(**values)
        )
    return 0


def applicability_list(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.checklist import get_answers

    with _year_scope(args) as scope:
        answers = get_answers(scope.session, scope.plan.id)
        level = scope.org.level
        rows: list[dict[str, Any]] = [
            {
                "key": q.key,
                "text": q.text,
                "asked": level in q.levels,
                "answer": answers.get(q.key),
                "subtasks": [s.code for s in scope.catalog.subtasks() if s.applies_if == q.key and s.applies_to(level)],
            }
            for q in scope.catalog.questions
        ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=2))
        return 0
    for row in rows:
        answer = (
            tr("не задаётся на этом уровне")
            if not row["asked"]
            else {True: tr("да"), False: tr("нет"), None: tr("нет ответа")}[row["answer"]]
        )
        print(
            tr("{key}: {answer} — {question} (подзадачи: {codes})").format(
                key=row["key"], answer=answer, question=tc(row["text"]), codes=", ".join(row["subtasks"]) or "—"
            )
        )
    return 0


def supervised_add(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.checklist import add_supervised

    with _org_scope(args) as scope:
        entity = add_supervised(scope.session, scope.org.id, args.name, args.bin)
    if entity.bin:
        print(tr("Курируемая организация добавлена: «{name}», БИН {bin}.").format(name=entity.name, bin=entity.bin))
    else:
        print(tr("Курируемая организация добавлена: «{name}».").format(name=entity.name))
    return 0


def supervised_remove(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.checklist import list_supervised, remove_supervised

    with _org_scope(args) as scope:
        wanted = _name(args.name).casefold()
        entity = next((e for e in list_supervised(scope.session, scope.org.id) if e.name.casefold() == wanted), None)
        if entity is None:
            raise Refused(tr("«{name}» нет в списке курируемых организаций.").format(name=_name(args.name)))
        remove_supervised(scope.session, scope.org.id, entity.id)
    print(tr("«{name}» убрана из списка курируемых организаций.").format(name=entity.name))
    return 0


def supervised_list(args: argparse.Namespace) -> int:
    from tbn4_desktop.services.checklist import list_supervised

    with _org_scope(args) as scope:
        entities = list_supervised(scope.session, scope.org.id)
    if args.json:
        print(json.dumps([{"name": e.name, "bin": e.bin} for e in entities], ensure_ascii=False, indent=2))
        return 0
    for e in entities:
        print(tr("{name} (БИН {bin})").format(name=e.name, bin=e.bin) if e.bin else e.name)
    return 0


# ------------------------------------------------------------------ a subtask's documents


def attach(args: argparse.Namespace) -> int:
    from tbn4_desktop.core.tempfiles import temp_name
    from tbn4_desktop.services.checklist import set_slot_date, set_slot_signer
    from tbn4_desktop.services.executions import add_attachment
    from tbn4_desktop.services.signatures import with_card_parts

    day = args.date
    source = Path(args.file).expanduser().absolute()
    with _year_scope(args) as scope:
        target = _target(scope, args.code, args.period)
        slot = _slot(target, args.doc)
        if not slot.kind.takes_files:
            if slot.kind is DocumentKind.LINK:
                raise Refused(
                    tr(
                        "{where}: к документу «{title}» файлы не прикладываются: ссылки добавляются командой tbn4 link."
                    ).format(where=target.where, title=tc(slot.title))
                )
            raise Refused(
                tr("{where}: к документу «{title}» файлы не прикладываются: таблица заполняется в приложении.").format(
                    where=target.where, title=tc(slot.title)
                )
            )
        # What the database refuses first, the file last: a refused signer
        # or date leaves no copy of the file behind.
        if args.signer is not None:
            person = _signatory(scope, args.signer)
            set_slot_signer(scope.session, scope.catalog, target.execution_id, slot.key, person.id)
        if day is not None:
            set_slot_date(scope.session, scope.catalog, target.execution_id, slot.key, day)
        role = AttachmentRole.DRAFT if args.draft else AttachmentRole.SIGNED_SCAN
        blobs, limit = scope.ctx.blobs, scope.ctx.settings.max_attachment_bytes
        blobs.root.mkdir(parents=True, exist_ok=True)
        # A «Карточка электронного документа» brings its embedded document
        # and signature; one refused file refuses them all (one transaction).
        with tempfile.TemporaryDirectory(prefix=temp_name("card") + "-", dir=blobs.root) as folder:
            incoming, notes = with_card_parts([source], role, Path(folder), limit)
            added = [
                add_attachment(
                    scope.session,
                    blobs,
                    target.execution_id,
                    item.path,
                    item.role,
                    max_bytes=limit,
                    check_pages=True,
                    slot_key=slot.key,
                )
                for item in incoming
            ]
        state = _state(scope, target, slot.key)
    for info in added:
        print(
            tr("Файл «{name}», {role}, добавлен: {where}, документ «{title}».").format(
                name=info.original_name,
                role=info.role.in_sentence,
                where=target.where,
                title=tc(slot.title),
            )
        )
    for note in notes:
        print(note)
    print(_slot_line(state, indent=""))
    for warning in state.warnings:
        print(f"⚠ {warning}")
    return 0


def file_kind(args: argparse.Namespace) -> int:
    """Change what an attached file is (signed scan, draft, supporting file)."""
    from tbn4_desktop.services.executions import get_execution
    from tbn4_desktop.services.slot_records import set_attachment_role

    # A signature file is one by its content: not a kind to choose.
    choosable = [r for r in AttachmentRole if r is not AttachmentRole.SIGNATURE]
    if args.kind.strip().lower() not in choosable:
        raise Refused(
            tr("Неизвестный вид файла «{text}»: укажите один из {choices}.").format(
                text=args.kind, choices=_choice_list(choosable)
            )
        )
    role = AttachmentRole(args.kind.strip().lower())
    name = args.file.strip()
    with _year_scope(args) as scope:
        target = _target(scope, args.code, args.period)
        slot = _slot(target, args.doc)
        files = [a for a in get_execution(scope.session, target.execution_id).attachments if a.slot_key == slot.key]
        found = [a for a in files if a.original_name.casefold() == name.casefold()]
        if not found:
            if not files:
                raise Refused(
                    tr("{where}: у документа «{title}» нет файла «{name}»: файлов нет.").format(
                        where=target.where, title=tc(slot.title), name=name
                    )
                )
            raise Refused(
                tr("{where}: у документа «{title}» нет файла «{name}»: {names}.").format(
                    where=target.where, title=tc(slot.title), name=name, names="; ".join(a.original_name for a in files)
                )
            )
        if len(found) > 1:
            raise Refused(
                tr(
                    "{where}: у документа «{title}» несколько файлов «{name}»: измените вид "
                    "нужного в приложении (мастер подзадачи, страница «Документы»)."
                ).format(where=target.where, title=tc(slot.title), name=name)
            )
        before = found[0].role
        set_attachment_role(scope.session, scope.catalog, found[0].id, role)
        state = _state(scope, target, slot.key)
    if before is role:
        print(
            tr("Файл «{name}» уже {role}: ничего не изменено.").format(
                name=found[0].original_name, role=role.in_sentence
            )
        )
    else:
        print(
            tr("Вид файла «{name}» изменён: {before} → {after} ({where}, документ «{title}»).").format(
                name=found[0].original_name,
                before=before.in_sentence,
                after=role.in_sentence,
                where=target.where,
                title=tc(slot.title),
            )
        )
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
            if slot.kind.takes_files:
                raise Refused(
                    tr("{where}: документ «{title}» — не ссылка: файл прикладывается командой tbn4 attach.").format(
                        where=target.where, title=tc(slot.title)
                    )
                )
            raise Refused(
                tr("{where}: документ «{title}» — не ссылка: таблица заполняется в приложении.").format(
                    where=target.where, title=tc(slot.title)
                )
            )
        if channel is None:
            if len(slot.channels) != 1:
                raise Refused(
                    tr("Для документа «{title}» укажите канал --channel: {channels}.").format(
                        title=tc(slot.title), channels=", ".join(f"{c.value} ({c.label})" for c in slot.channels)
                    )
                )
            channel = slot.channels[0]
        current = [
            SlotLinkInput(l.url, Channel(l.channel) if l.channel else None, l.published_on, l.title)
            for l in get_execution(scope.session, target.execution_id).links
            if l.slot_key == slot.key
        ]
        if any(l.url == args.url.strip() and l.channel is channel for l in current):
            print(
                tr("Ссылка {url} ({channel}) уже есть у документа «{title}»: ничего не изменено.").format(
                    url=args.url.strip(), channel=channel.label, title=tc(slot.title)
                )
            )
            return 0
        set_slot_links(
            scope.session,
            scope.catalog,
            target.execution_id,
            slot.key,
            [*current, SlotLinkInput(args.url.strip(), channel, day)],
        )
        state = _state(scope, target, slot.key)
    print(
        tr("Ссылка добавлена: {where}, документ «{title}», канал «{channel}».").format(
            where=target.where, title=tc(slot.title), channel=channel.label
        )
    )
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
        print(
            tr("Отметка «не требуется» снята: {where}, документ «{title}».").format(
                where=target.where, title=tc(slot.title)
            )
        )
    else:
        print(
            tr("{where}: документ «{title}» отмечен «не требуется» ({reason}).").format(
                where=target.where, title=tc(slot.title), reason=tc(state.waived_reason or "")
            )
        )
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


# ------------------------------------------------------------------ completion and upload


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


def _slot_line(state: SlotState, indent: str = "    ") -> str:
    slot = state.slot
    parts: list[str] = []
    if state.waived_reason:
        parts.append(tr("не требуется: {reason}").format(reason=tc(state.waived_reason)))
    elif slot.kind.takes_files:
        parts.append(tr("файлов {count}").format(count=state.files))
    elif slot.kind is DocumentKind.LINK:
        parts.append(tr("ссылок {count}").format(count=state.links))
        if state.missing_channels and state.links:
            parts.append(
                tr("нет каналов: {channels}").format(channels=", ".join(c.label for c in state.missing_channels))
            )
    else:
        parts.append(tr("таблица в программе"))
    if state.signer_name:
        parts.append(_signer_part(state))
    elif slot.kind.needs_signer and not state.waived_reason:
        parts.append(tr("подписант не указан"))
    if slot.date is not None:
        parts.append(f"{slot.date.label.lower()} {_date_text(state.doc_date)}")
    if state.certificate_signers:
        parts.append(tr("ЭЦП: {names}").format(names=", ".join(dict.fromkeys(state.certificate_signers))))
    if slot.counts:
        line = "{mark} {title}: {parts}"
    else:
        line = tr("{mark} {title} (необязательный): {parts}")
    return indent + line.format(mark=state.mark, title=tc(slot.title), parts="; ".join(parts))


def _signer_part(state: SlotState) -> str:
    """Who signed the slot's document, as one item of a _slot_line."""
    name = state.signer_name
    refused = state.signer_allowed is False
    if state.signer_role is None:
        text = tr("подписал(а) {name}, не может подписывать") if refused else tr("подписал(а) {name}")
        return text.format(name=name)
    text = tr("подписал(а) {name}, {role}, не может подписывать") if refused else tr("подписал(а) {name}, {role}")
    return text.format(name=name, role=state.signer_role.label.lower())
