"""`tbn4 attach`, `file-kind`, `link` and `waive`: a subtask's documents —
files, their kind, publication links and the 'not required' mark."""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from tbn4_desktop.cli_context import Refused
from tbn4_desktop.cli_evidence_output import _slot_line
from tbn4_desktop.cli_evidence_scope import Target, YearScope, _signatory, _slot, _target, _year_scope
from tbn4_desktop.cli_evidence_values import _channel, _choice_list
from tbn4_desktop.core.checklist import SlotState
from tbn4_desktop.core.vocabulary import AttachmentRole, Channel, DocumentKind
from tbn4_desktop.i18n import tc, tr


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
