"""The words of the year's tree: short names, file counts, a subtask's
status from its periods, and the checklist's tooltip and signers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from tbn4_desktop.core.vocabulary import ExecutionStatus
from tbn4_desktop.i18n import tc, trn
from tbn4_desktop.services.records import ExecutionInfo

if TYPE_CHECKING:
    from tbn4_desktop.core.checklist import Checklist


def sentence_case(text: str) -> str:
    """'II квартал' stays, 'март' → 'Март' (str.capitalize would give 'Ii')."""
    return text[:1].upper() + text[1:]


def short_name(full_name: str) -> str:
    """'Ахметов Серик Болатович' → 'Ахметов С. Б.' for the narrow column."""
    parts = full_name.split()
    if len(parts) < 2:
        return full_name
    return parts[0] + " " + " ".join(f"{p[0]}." for p in parts[1:3])


def files_text(attachments: int, links: int) -> str:
    parts = []  # a list of counts, joined with ", "
    if attachments:
        parts.append(trn("%n файл", attachments))
    if links:
        parts.append(trn("%n ссылка", links))
    return ", ".join(parts) or "—"


def aggregate_status(statuses: list[ExecutionStatus]) -> ExecutionStatus:
    """One status for a subtask with several periods: done when every period
    is done, «Не начато» when none started, else «В работе»."""
    if not statuses:
        return ExecutionStatus.NOT_STARTED
    if all(s is statuses[0] for s in statuses):
        return statuses[0]
    if all(s.is_done for s in statuses):
        return ExecutionStatus.READY_FOR_UPLOAD
    if all(s is ExecutionStatus.NOT_STARTED for s in statuses):
        return ExecutionStatus.NOT_STARTED
    return ExecutionStatus.IN_PROGRESS


def checklist_tooltip(checklist: Checklist) -> str:
    """One line per confirming document: its mark and title, then what is
    missing (the refusal sentence) when the checklist is not complete."""
    lines = [f"{state.mark} {tc(state.slot.title)}" for state in checklist.slots]
    if checklist.unassigned_files:
        lines.append(trn("Не распределено: %n файл", checklist.unassigned_files))
    if not checklist.complete:
        lines.append(checklist.refusal())
    return "\n".join(lines)


def checklist_signers(checklist: Checklist | None) -> list[tuple[str, bool]]:
    """(name, allowed) of every signer chosen in the checklist, each once."""
    out: dict[str, bool] = {}
    for state in checklist.slots if checklist is not None else ():
        if state.signer_name:
            out[state.signer_name] = out.get(state.signer_name, True) and state.signer_allowed is not False
    return list(out.items())


def has_documents(checklist: Checklist | None, info: ExecutionInfo) -> bool:
    """Any confirming document there at all (a file, a link, register rows,
    a document declared «не требуется»)."""
    if info.attachment_count or info.link_count:
        return True
    return checklist is not None and any((s.satisfied or s.waived_reason) and s.slot.counts for s in checklist.slots)
