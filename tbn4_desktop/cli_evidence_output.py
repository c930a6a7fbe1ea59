"""How the evidence commands print: dates, a subtask with its period, and one
line per document of a checklist (files, links, signer, date, e-signature)."""

from __future__ import annotations

from datetime import date

from tbn4_desktop.core.checklist import SlotState
from tbn4_desktop.core.vocabulary import DocumentKind, period_label
from tbn4_desktop.i18n import tc, tr


def _date_text(day: date | None) -> str:
    return f"{day:%d.%m.%Y}" if day else "—"


def _where(code: str, period: str) -> str:
    return f"{code} ({period_label(period)})" if period else code


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
