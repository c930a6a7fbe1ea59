"""Files and links added and taken out over a transaction, paired at the
commit: one out and one in is «replaced», a link taken out and put back is a
change (or nothing)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from tbn4_desktop.core.journal import AuditAction
from tbn4_desktop.services import audit_text as T
from tbn4_desktop.services.audit import PendingEntry

A = AuditAction


@dataclass(frozen=True)
class FileLinkEvent:
    """A file or link added (True) or taken out (False), paired at commit."""

    kind: str  # "file" | "link"
    added: bool
    ref: T.ExecRef
    facts: dict[str, Any]
    slot_title: str


def paired(queue: list[PendingEntry | FileLinkEvent]) -> list[PendingEntry]:
    placed: list[tuple[int, PendingEntry]] = []
    groups: dict[tuple[Any, ...], list[tuple[int, FileLinkEvent]]] = defaultdict(list)
    for pos, item in enumerate(queue):
        if isinstance(item, FileLinkEvent):
            key = (
                (item.kind, item.ref.execution_id)
                if item.kind == "file"
                else ("link", item.ref.execution_id, item.facts["url"], item.facts["slot"])
            )
            groups[key].append((pos, item))
        else:
            placed.append((pos, item))
    for key, events in groups.items():
        placed += (_file_entries if key[0] == "file" else _link_entries)(events)
    return [entry for _, entry in sorted(placed, key=lambda pe: pe[0])]


def _entry(event: FileLinkEvent, action: A, summary: str, details: dict[str, Any]) -> PendingEntry:
    r = event.ref
    return PendingEntry(action, T.clip(summary), r.organization_id, r.year, r.code, r.period, details)


# i18n: ru-only-begin — journal entries are stored in the database (hash-chained): one language for every reader
def _file_entries(events: list[tuple[int, FileLinkEvent]]) -> list[tuple[int, PendingEntry]]:
    ins = [(p, e) for p, e in events if e.added]
    outs = [(p, e) for p, e in events if not e.added]
    same = {e.facts["id"] for _, e in ins} & {e.facts["id"] for _, e in outs}  # added and taken out again
    ins = [(p, e) for p, e in ins if e.facts["id"] not in same]
    outs = [(p, e) for p, e in outs if e.facts["id"] not in same]
    if len(ins) == 1 and len(outs) == 1:
        (p_new, new), (p_old, old) = ins[0], outs[0]
        n, o = new.facts, old.facts
        return [
            (
                min(p_new, p_old),
                _entry(
                    new,
                    A.FILE_REPLACED,
                    (
                        f"Файл «{o['file']}» ({T.short_hash(o['sha256'])}) заменён файлом «{n['file']}» "
                        f"({T.short_hash(n['sha256'])}) в документе «{new.slot_title}»."
                    ),
                    {"old": o, "new": n},
                ),
            )
        ]
    out = [
        (
            p,
            _entry(
                e,
                A.FILE_ADDED,
                f"Добавлен файл «{e.facts['file']}» ({T.short_hash(e.facts['sha256'])}, "
                f"{T.size_text(e.facts['size'])}) к документу «{e.slot_title}».",
                e.facts,
            ),
        )
        for p, e in ins
    ]
    out += [
        (
            p,
            _entry(
                e,
                A.FILE_REMOVED,
                f"Убран файл «{e.facts['file']}» ({T.short_hash(e.facts['sha256'])}) из "
                f"документа «{e.slot_title}»; он остаётся в истории файлов.",
                e.facts,
            ),
        )
        for p, e in outs
    ]
    return out


def _link_entries(events: list[tuple[int, FileLinkEvent]]) -> list[tuple[int, PendingEntry]]:
    """One URL of one slot: taken out and put back is a change (or nothing)."""
    ins = [(p, e) for p, e in events if e.added]
    outs = [(p, e) for p, e in events if not e.added]
    out = []
    while ins and outs:
        (p, new), (_, old) = ins.pop(0), outs.pop(0)
        changes = {
            k: (old.facts[k], new.facts[k])
            for k in ("title", "published_on", "channel")
            if old.facts[k] != new.facts[k]
        }
        if changes:
            out.append(
                (
                    p,
                    _entry(
                        new,
                        A.LINK_CHANGED,
                        T.link_changed(new.facts["url"], changes),
                        {"url": new.facts["url"], "changes": changes},
                    ),
                )
            )
    for (p, e), action, verb in [
        *((x, A.LINK_ADDED, "Добавлена ссылка") for x in ins),
        *((x, A.LINK_REMOVED, "Удалена ссылка") for x in outs),
    ]:
        out.append((p, _entry(e, action, f"{verb} {e.facts['url']} (документ «{e.slot_title}»).", e.facts)))
    return out


# i18n: ru-only-end
