"""Where data stored before document slots goes (migration 0006, and
bundles of format 1): a file or link joins the one slot it can only belong
to, else stays «Не распределено» for the user to sort; the old signer of a
whole subtask becomes the signer of each slot that person may sign."""

from __future__ import annotations

from tbn4_desktop.core.catalog import Subtask
from tbn4_desktop.core.checklist import UNASSIGNED
from tbn4_desktop.core.vocabulary import Channel, DocumentKind, OrgLevel, SignerRole


def file_slot(subtask: Subtask) -> str:
    """The slot every file of this subtask belongs to, or UNASSIGNED when
    the subtask has several slots that take files."""
    keys = [d.key for d in subtask.documents if d.kind.takes_files]
    return keys[0] if len(keys) == 1 else UNASSIGNED


def link_slot(subtask: Subtask) -> tuple[str, Channel | None]:
    """(slot key, channel) for a link stored without either: the one link
    slot and, when it names a single channel, that channel."""
    slots = [d for d in subtask.documents if d.kind is DocumentKind.LINK]
    if len(slots) != 1:
        return UNASSIGNED, None
    channels = slots[0].channels
    return slots[0].key, channels[0] if len(channels) == 1 else None


def slots_signed_by(subtask: Subtask, level: OrgLevel, role: SignerRole) -> list[str]:
    """Keys of the slots a person of ``role`` may sign at ``level``."""
    return [d.key for d in subtask.documents if d.kind.needs_signer and role in d.signers_for(level)]
