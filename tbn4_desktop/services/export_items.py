"""The bundle items of an export: one per subtask and period, with its
files named as the bundle carries them («01 Приказ.pdf»), its slot folders
and the manifest record of its checklist, links and register rows."""

from __future__ import annotations

from datetime import date
from pathlib import PurePath
from typing import Any

from tbn4_desktop.core.attachments import ACCEPTED_TYPES
from tbn4_desktop.core.bundle import UNASSIGNED_FOLDER, BundleFile, BundleItem
from tbn4_desktop.core.catalog import Catalog, DocumentSlot, Subtask
from tbn4_desktop.core.checklist import UNASSIGNED, SlotState
from tbn4_desktop.core.vocabulary import (
    AttachmentRole,
    DocumentKind,
    ExecutionStatus,
    period_label,
    period_label_ru,
)
from tbn4_desktop.i18n import tr
from tbn4_desktop.services.bundle_signatures import manifest_signers
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.export_errors import ExportError
from tbn4_desktop.services.export_scope import ExecRow, LinkRow
from tbn4_desktop.services.organizations import SignatoryInfo

#: The longest slot folder name before the path limit asks for less.
SLOT_FOLDER_CHARS = 48


def slot_folder_name(number: int, title: str, limit: int = SLOT_FOLDER_CHARS) -> str:
    """«2 Письмо в уполномоченный орган либо…»: the slot's place in the
    checklist and its title, cut at a word to `limit` characters."""
    text = f"{number} {' '.join(title.split())}"
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[len(str(number)) + 1 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:-«(") + "…"


def _slot_folders(subtask: Subtask | None) -> dict[str, str]:
    """Slot key → the sub-folder of its files and links. A subtask confirmed
    by two or more documents that are files or links gets one folder per
    document, numbered as in its checklist, so that the person uploading to
    ISPU sees which file is which document; a subtask with one such document
    keeps its files in the subtask folder. Files not sorted into a slot
    always go to «Не распределено»."""
    folders = {UNASSIGNED: UNASSIGNED_FOLDER}
    if subtask is None:
        return folders
    content = [d for d in subtask.documents if d.kind.takes_files or d.kind is DocumentKind.LINK]
    if len(content) >= 2:
        for n, slot in enumerate(subtask.documents, 1):
            if slot in content:
                folders[slot.key] = slot_folder_name(n, slot.title)
    return folders


def _exported_status(e: ExecRow) -> ExecutionStatus:
    """«Готово к загрузке» only with every required document there (as the
    tree and `tbn4 status` show it); the upload mark is kept as a fact."""
    if e.status is ExecutionStatus.READY_FOR_UPLOAD and not e.complete:
        return ExecutionStatus.IN_PROGRESS
    return e.status


def _link_record(link: LinkRow) -> dict[str, Any]:
    return {"url": link.url, "title": link.title, "published_on": iso_date(link.published_on), "channel": link.channel}


def _slot_record(
    state: SlotState, slot: DocumentSlot, e: ExecRow, signatories: dict[int, SignatoryInfo]
) -> dict[str, Any]:
    signer_id = e.slot_signers.get(slot.key)
    person = signatories.get(signer_id) if signer_id else None
    return {
        "key": slot.key,
        "title": slot.title,
        "kind": slot.kind.value,
        "requirement": slot.requirement.value,
        "satisfied": state.satisfied,
        "ok": state.ok,
        "waived": state.waived_reason,
        "signer": None
        if person is None
        else {
            "full_name": person.full_name,
            "position": person.position,
            "role": person.role.value,
        },
        "signer_allowed": state.signer_allowed,
        "date": iso_date(state.doc_date),
        "date_kind": slot.date.value if slot.date else None,
        "links": [_link_record(l) for l in e.links if l.slot_key == slot.key],
        "problems": list(state.problems),
    }


def bundle_item(catalog: Catalog, e: ExecRow, signatories: dict[int, SignatoryInfo], ctx: AppContext) -> BundleItem:
    subtask: Subtask | None
    try:
        subtask = catalog.subtask(e.code)
        project, task, short_title, title = subtask.project, subtask.task, subtask.short_title, subtask.title
    except KeyError:
        # A code the plan's catalog no longer knows: keep it, placed by its code.
        subtask = None
        parts = (e.code.split(".") + ["0", "0"])[:2]
        project, task = (int(p) if p.isdigit() else 0 for p in parts)
        short_title, title = "", ""
    known = {d.key for d in subtask.documents} if subtask else set()
    files = []
    numbers: dict[str, int] = {}
    named: dict[tuple[str, str], str] = {}  # (sha256, slot) → a document's wanted name
    # Detached signatures last: each is named after its document («01 Приказ.pdf.cms»).
    for att in sorted(e.files, key=lambda a: a.signs_sha256 is not None):
        source = ctx.blobs.path_of(att.sha256)
        if not source.is_file():
            if e.period:
                raise ExportError(
                    tr(
                        "Файл «{name}» подзадачи {code} ({period}) не найден в хранилище вложений ({path}). "
                        "Приложите его заново или восстановите папку данных из резервной копии."
                    ).format(name=att.original_name, code=e.code, period=period_label(e.period), path=source)
                )
            raise ExportError(
                tr(
                    "Файл «{name}» подзадачи {code} не найден в хранилище вложений ({path}). "
                    "Приложите его заново или восстановите папку данных из резервной копии."
                ).format(name=att.original_name, code=e.code, path=source)
            )
        slot = att.slot_key if att.slot_key in known else UNASSIGNED
        if att.signs_sha256 is not None:
            name = named.get((att.signs_sha256, slot)) or next(
                (v for (sha, _), v in named.items() if sha == att.signs_sha256), att.original_name
            )
            name += ".cms"
        else:
            numbers[slot] = n = numbers.get(slot, 0) + 1  # numbered within its document
            stem = PurePath(att.original_name).stem.strip() or "документ"  # i18n: ru-only — a file name in the bundle
            extension = ACCEPTED_TYPES.get(att.media_type) or PurePath(att.original_name).suffix.lstrip(".") or "bin"
            name = named[(att.sha256, slot)] = f"{n:02d} {stem}.{extension}"
        signature = att.role == AttachmentRole.SIGNATURE.value
        files.append(
            BundleFile(
                name=name,
                source=source,
                role=AttachmentRole(att.role).value,
                original_name=att.original_name,
                media_type=att.media_type,
                expected_sha256=att.sha256,
                slot=slot,
                signs=att.signs_sha256 if signature else None,
                signers=manifest_signers(att.signature_info) if signature else (),
            )
        )
    slots = []
    if subtask is not None and e.checklist is not None:
        slots = [_slot_record(state, state.slot, e, signatories) for state in e.checklist.slots]
    record = {
        "title": title,
        "status": _exported_status(e).value,
        "complete": e.complete,
        "deadline": iso_date(e.deadline),
        "judged_by": e.judged_by,
        "completed_on": iso_date(e.completed_on),
        "slots": slots,
        # Links not sorted into a document slot (the slots carry their own).
        "links": [_link_record(l) for l in e.links if l.slot_key not in known],
        "data_rows": {key: rows for key, rows in sorted(e.rows.items()) if rows},
        "uploaded_on": iso_date(e.uploaded_on),
        "ispu_reference": e.ispu_reference,
    }
    return BundleItem(
        code=e.code,
        period=e.period,
        project=project,
        task=task,
        short_title=short_title,
        period_folder=period_folder_name(e.period),
        record=record,
        files=tuple(files),
        slot_folders=_slot_folders(subtask),
    )


def period_folder_name(period: str) -> str | None:
    """The sub-folder of a periodic subtask: «II квартал», «03 март» (months
    carry their number so that folders sort in calendar order); None for a
    once/yearly subtask."""
    if not period:
        return None
    label = period_label_ru(period)  # the bundle's folder names are Russian whatever the interface language
    return f"{period[1:]} {label}" if period.startswith("M") else label


def iso_date(value: date | None) -> str | None:
    return value.isoformat() if value else None
