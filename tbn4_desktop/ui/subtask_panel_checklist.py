"""The checklist of a subtask period in the panel (HTML): one row per
confirming document with its mark, files or links per channel, signer, date
and waiver; the documents of a subtask with no checklist; the note when a
question decides whether the subtask applies."""

from __future__ import annotations

from html import escape

from tbn4_desktop.core.catalog import DocumentSlot, Subtask
from tbn4_desktop.core.checklist import Applicability, Checklist, SlotState
from tbn4_desktop.core.signature_rules import RULE_NOTE
from tbn4_desktop.core.vocabulary import Channel, DocumentKind, OrgLevel, Requirement
from tbn4_desktop.i18n import N_, tc, tr, trn
from tbn4_desktop.services.records import ExecutionDetail
from tbn4_desktop.ui.catalog_tree import sentence_case
from tbn4_desktop.ui.formatting import appendix_label, format_date
from tbn4_desktop.ui.subtask_panel_html import GREEN, GREY, RED, _amber, _grey, _list, _para, _red, document_line

_MARK_COLORS = {"✔": GREEN, "✖": RED, "—": GREY, "○": GREY}
#: The href of «ответить на вопрос»: the main window opens the organisation
#: dialog on its «Применимость подзадач» page (the question key follows).
ANSWER_LINK = "tbn4-answer:"
#: The href of an attached file's name: opened in the system's viewer (the attachment id follows).
FILE_LINK = "tbn4-file:"


def requirement_text(slot: DocumentSlot) -> str:
    """«обязательный», «при условии: …», «необязательный»."""
    if slot.requirement is Requirement.CONDITIONAL:
        return (
            tr("при условии: {condition}").format(condition=tc(slot.condition)) if slot.condition else tr("при условии")
        )
    return slot.requirement.label.lower()


def _roles(roles) -> str:  # noqa: ANN001 - tuple[SignerRole, ...]
    return ", ".join(r.label.lower() for r in roles) or "—"


def slot_details(state: SlotState, level: OrgLevel, detail: ExecutionDetail | None) -> list[str]:
    """The lines under one document of the checklist (HTML): its files or
    links with their channels, its signer, its date, a waiver, what is missing."""
    slot = state.slot
    lines: list[str] = []
    if state.waived_reason:
        lines.append(escape(tr("Не требуется: {reason}").format(reason=tc(state.waived_reason))))
    files = [a for a in detail.attachments if a.slot_key == slot.key] if detail is not None else []
    links = [l for l in detail.links if l.slot_key == slot.key] if detail is not None else []
    elsewhere = slot.year_scope and state.satisfied and not files and not links
    # «Файлов нет» only where no sentence below says what is missing.
    quiet = bool(state.waived_reason or state.problems)
    if slot.kind.takes_files:
        if files:
            names = ", ".join(
                f"<a href='{FILE_LINK}{a.id}' title='{escape(tr(OPEN_FILE_TIP), quote=True)}'>"
                f"{escape(a.original_name)}</a> — <i>{escape(a.role.in_sentence)}</i>"
                for a in files
            )
            lines.append(f"{escape(trn('%n файл', len(files)))}: {names}")
        elif elsewhere:
            lines.append(escape(tr("Документ на весь год приложен в другом периоде.")))
        elif not quiet:
            lines.append(_grey(escape(tr("Файлов нет."))))
    elif slot.kind is DocumentKind.LINK:
        for link in links:
            channel = _channel_label(link.channel)
            when = f", {format_date(link.published_on)}" if link.published_on else ""
            lines.append(
                f"<a href='{escape(link.url, quote=True)}'>{escape(link.title or link.url)}</a>"
                f" — {escape(channel)}{escape(when)}"
            )
        if state.missing_channels and links and not quiet:
            channels = ", ".join(c.label for c in state.missing_channels)
            text = (
                tr("Нет ссылки ни в одном из каналов: {channels}.")
                if slot.any_channel
                else tr("Нет ссылки в каналах: {channels}.")
            )
            lines.append(_grey(escape(text.format(channels=channels))))
        elif not links and not quiet and not elsewhere:
            lines.append(_grey(escape(tr("Ссылок нет."))))
        elif elsewhere:
            lines.append(escape(tr("Ссылка на весь год указана в другом периоде.")))
    elif slot.kind is DocumentKind.REGISTER:
        lines.append(
            escape(tr("Таблица заполнена.")) if state.satisfied else _grey(escape(tr("Таблица не заполнена.")))
        )
    if slot.kind.needs_signer and not elsewhere:
        allowed = slot.signers_for(level)
        if state.signer_name:
            who = f"{state.signer_name}, {state.signer_role.label.lower()}" if state.signer_role else state.signer_name
            if state.signer_allowed is False:
                lines.append(
                    _red(
                        escape(
                            tr("Подписал(а): {who} — не может подписывать этот документ; подписывает: {roles}").format(
                                who=who, roles=_roles(allowed)
                            )
                        )
                    )
                )
            else:
                lines.append(escape(tr("Подписал(а): {who}").format(who=who)))
        else:
            lines.append(escape(tr("Подписант не указан; подписывает: {roles}.").format(roles=_roles(allowed))))
    if slot.date is not None and not state.waived_reason:
        label = slot.date.label
        if state.doc_date is not None:
            lines.append(escape(f"{label}: {format_date(state.doc_date)}"))
        else:
            lines.append(escape(tr("{label}: не указана").format(label=label)))
    if state.certificate_signers:
        lines.append(
            escape(tr("Подписано ЭЦП: {names}").format(names=", ".join(dict.fromkeys(state.certificate_signers))))
        )
    for problem in state.problems:
        lines.append(_red(escape(sentence_case(problem)) + "."))
    for warning in state.warnings:
        lines.append(_amber("⚠ " + escape(sentence_case(warning)) + "."))
    if state.warnings:
        lines.append(_grey(escape(tr(RULE_NOTE))))
    return lines


OPEN_FILE_TIP = N_("Открыть файл в программе просмотра Windows")  # shown as tr(OPEN_FILE_TIP)


def _channel_label(value: str | None) -> str:
    try:
        return Channel(value).label if value else tr("канал не указан")
    except ValueError:
        return value or tr("канал не указан")


def checklist_html(checklist: Checklist, level: OrgLevel, detail: ExecutionDetail | None) -> str:
    """One row per document of the checklist: its mark, title and
    requirement, then its details; «Не распределено» below."""
    rows = []
    for state in checklist.slots:
        slot = state.slot
        color = _MARK_COLORS.get(state.mark, GREY)
        kind = slot.kind.label
        if slot.kind is DocumentKind.FORM and slot.appendix and f"№{slot.appendix}" not in slot.title:
            kind += f", {appendix_label(slot.appendix)}"
        head = (
            f"<b>{escape(tc(slot.title))}</b> <span style='color:{GREY}'>({escape(kind.lower())}; "
            f"{escape(requirement_text(slot))})</span>"
        )
        body = "".join(f"<br>{line}" for line in slot_details(state, level, detail))
        rows.append(
            f"<tr><td style='padding-right:6px; vertical-align:top; color:{color}'>"
            f"<b>{state.mark}</b></td><td style='padding-bottom:6px'>{head}{body}</td></tr>"
        )
    out = "<table cellspacing='0' cellpadding='1'>" + "".join(rows) + "</table>"
    if checklist.unassigned_files:
        names = ""
        if detail is not None:
            names = ": " + ", ".join(escape(a.original_name) for a in detail.attachments if not a.slot_key)
        text = escape(
            trn("Не распределено: %n файл{names} — разберите в мастере («Выполнить…»).", checklist.unassigned_files)
        )
        out += f"<p style='margin-top:2px'>{_red(text.format(names=names))}</p>"
    if detail is not None and detail.history:
        out += _para(tr("В истории сохранено убранных файлов: {count}.").format(count=len(detail.history)))
    return out


def slots_reference_html(subtask: Subtask, level: OrgLevel) -> str:
    """The documents of a subtask with no checklist to show (it does not
    apply, or no period is chosen): title, kind, requirement, who signs."""
    items = []
    for slot in subtask.documents:
        document, requirement = document_line(slot.kind, slot.title, slot.appendix), requirement_text(slot)
        if slot.kind.needs_signer and slot.signers_for(level):
            text = tr("{document} — {requirement}; подписывает: {roles}").format(
                document=document, requirement=requirement, roles=_roles(slot.signers_for(level))
            )
        else:
            text = f"{document} — {requirement}"
        items.append(escape(text))
    return _list(items)


def applicability_html(applies: Applicability | None) -> str:
    """The note when a question of the catalog decides whether the subtask
    applies, with a link to where it is answered."""
    if applies is None or applies.question is None:
        return ""
    link = f"<a href='{ANSWER_LINK}{escape(applies.question.key, quote=True)}'>"
    if applies.answer is None:
        return (
            f"<p style='margin-top:0'>{_red(escape(tr('Ответьте на вопрос')))}: "
            f"«{escape(tc(applies.question.text))}». "
            f"{escape(tr('Пока ответа нет, подзадача считается применимой.'))} "
            f"{link}{escape(tr('Ответить…'))}</a></p>"
        )
    answer = tr("Применимость: Да — «{question}».") if applies.answer else tr("Применимость: Нет — «{question}».")
    return (
        f"<p style='margin-top:0'>{_grey(escape(answer.format(question=tc(applies.question.text))))} "
        f"{link}{escape(tr('Изменить ответ…'))}</a></p>"
    )
