"""`tbn4 org init`, `signatory add | list`, `applicability set | list` and
`supervised add | remove | list`: the organisation and its year's answers."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from typing import Any

from tbn4_desktop.cli_context import Refused, _open, _refusals
from tbn4_desktop.cli_evidence_scope import _org_scope, _year_scope
from tbn4_desktop.cli_evidence_values import _answer, _level, _name, _role
from tbn4_desktop.core.signer_rules import allowed_roles, signs_nothing_text
from tbn4_desktop.i18n import tc, tr


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
