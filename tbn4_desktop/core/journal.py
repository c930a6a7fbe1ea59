"""The journal of changes (audit trail): its closed vocabulary of actions,
the hash chain's canonical form, and the journal file of a bundle.

Pure Python: the store's table is models/audit.py, the writers and the
check are services/audit.py. Each entry's hash is the SHA-256 of a canonical
JSON array of its fields and the previous entry's hash, so editing,
deleting or reordering an entry breaks the chain from there on.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from tbn4_desktop.i18n import N_, tr

#: prev_hash of the first entry.
GENESIS_HASH = "0" * 64
#: Tag of the canonical form: a future change of the form gets a new tag.
HASH_FORM = "tbn4-audit-1"

JOURNAL_FILE_NAME = "journal.json"
JOURNAL_ROLE = "journal"
JOURNAL_FORMAT = "tbn4-journal"
JOURNAL_FORMAT_VERSION = 1
_HEX64 = re.compile(r"[0-9a-f]{64}")


class AuditAction(StrEnum):
    """What an entry records. The value is stored; the label is shown."""

    PLAN_CREATED = "plan_created"
    PLAN_CHANGED = "plan_changed"
    STATUS_CHANGED = "status_changed"
    SUBTASK_CHANGED = "subtask_changed"
    DEADLINE_CHANGED = "deadline_changed"
    FILE_ADDED = "file_added"
    FILE_REPLACED = "file_replaced"
    FILE_REMOVED = "file_removed"
    FILE_MOVED = "file_moved"
    FILE_KIND_CHANGED = "file_kind_changed"
    SIGNER_SET = "signer_set"
    SLOT_DATE_SET = "slot_date_set"
    WAIVER_SET = "waiver_set"
    WAIVER_REMOVED = "waiver_removed"
    LINK_ADDED = "link_added"
    LINK_CHANGED = "link_changed"
    LINK_REMOVED = "link_removed"
    ROW_ADDED = "row_added"
    ROW_CHANGED = "row_changed"
    ROW_REMOVED = "row_removed"
    ROWS_REPLACED = "rows_replaced"
    UPLOAD_MARKED = "upload_marked"
    UPLOAD_UNMARKED = "upload_unmarked"
    ORGANIZATION_CHANGED = "organization_changed"
    SIGNATORY_CHANGED = "signatory_changed"
    CALENDAR_CHANGED = "calendar_changed"
    IMPORT = "import"
    EXPORT = "export"
    BACKUP = "backup"
    RESTORE = "restore"
    REPAIR = "repair"

    @property
    def label(self) -> str:
        """The label in the interface's language."""
        return tr(_ACTION_LABELS[self])

    @property
    def label_ru(self) -> str:
        """The Russian label, for documents and exports."""
        return _ACTION_LABELS[self]


_ACTION_LABELS = {
    AuditAction.PLAN_CREATED: N_("План на год создан"),
    AuditAction.PLAN_CHANGED: N_("План на год изменён"),
    AuditAction.STATUS_CHANGED: N_("Статус изменён"),
    AuditAction.SUBTASK_CHANGED: N_("Сведения подзадачи изменены"),
    AuditAction.DEADLINE_CHANGED: N_("Срок изменён"),
    AuditAction.FILE_ADDED: N_("Файл добавлен"),
    AuditAction.FILE_REPLACED: N_("Файл заменён"),
    AuditAction.FILE_REMOVED: N_("Файл убран"),
    AuditAction.FILE_MOVED: N_("Файл отнесён к документу"),
    AuditAction.FILE_KIND_CHANGED: N_("Вид файла изменён"),
    AuditAction.SIGNER_SET: N_("Подписант указан"),
    AuditAction.SLOT_DATE_SET: N_("Дата документа указана"),
    AuditAction.WAIVER_SET: N_("Отмечено «не требуется»"),
    AuditAction.WAIVER_REMOVED: N_("Снята отметка «не требуется»"),
    AuditAction.LINK_ADDED: N_("Ссылка добавлена"),
    AuditAction.LINK_CHANGED: N_("Ссылка изменена"),
    AuditAction.LINK_REMOVED: N_("Ссылка удалена"),
    AuditAction.ROW_ADDED: N_("Строка таблицы добавлена"),
    AuditAction.ROW_CHANGED: N_("Строка таблицы изменена"),
    AuditAction.ROW_REMOVED: N_("Строка таблицы удалена"),
    AuditAction.ROWS_REPLACED: N_("Таблица заменена"),
    AuditAction.UPLOAD_MARKED: N_("Отмечена загрузка в ИСПУ"),
    AuditAction.UPLOAD_UNMARKED: N_("Снята отметка о загрузке в ИСПУ"),
    AuditAction.ORGANIZATION_CHANGED: N_("Сведения организации изменены"),
    AuditAction.SIGNATORY_CHANGED: N_("Подписанты изменены"),
    AuditAction.CALENDAR_CHANGED: N_("Календарь изменён"),
    AuditAction.IMPORT: N_("Импорт пакета"),
    AuditAction.EXPORT: N_("Выгрузка пакета"),
    AuditAction.BACKUP: N_("Резервная копия"),
    AuditAction.RESTORE: N_("Восстановление из резервной копии"),
    AuditAction.REPAIR: N_("Исправление данных"),
}

#: Actions about the installation rather than a subtask's evidence: not
#: carried in a bundle's journal (an export would otherwise change the next one).
LOCAL_ACTIONS = frozenset(
    {AuditAction.IMPORT, AuditAction.EXPORT, AuditAction.BACKUP, AuditAction.RESTORE, AuditAction.REPAIR}
)


def action_label(value: str) -> str:
    """The label of a stored action in the interface's language; an unknown
    code is shown as is."""
    try:
        return AuditAction(value).label
    except ValueError:
        return value


def action_label_ru(value: str) -> str:
    """The Russian label of a stored action (for documents and exports); an
    unknown code is shown as is."""
    try:
        return AuditAction(value).label_ru
    except ValueError:
        return value


# --------------------------------------------------------------------------
# The canonical form and the hash


def jsonable(value: Any) -> Any:
    """Details as plain JSON: dates as ISO strings, Decimal as its string."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def canonical_json(value: Any) -> str:
    """Sorted keys, no spaces, non-ASCII as is: one text for one value."""
    return json.dumps(jsonable(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def format_moment(at: datetime) -> str:
    """UTC moment as hashed (and written to a bundle): microseconds always."""
    return at.replace(tzinfo=None).isoformat(timespec="microseconds")


@dataclass(frozen=True)
class EntryFields:
    """Everything an entry's hash covers."""

    id: int
    at: datetime  # UTC, naive
    user_name: str
    host_name: str
    organization_id: int | None
    year: int | None
    subtask_code: str | None
    period: str | None
    action: str
    summary: str
    details: str  # canonical JSON text
    prev_hash: str


def entry_hash(f: EntryFields) -> str:
    payload = [
        HASH_FORM,
        f.id,
        format_moment(f.at),
        f.user_name,
        f.host_name,
        f.organization_id,
        f.year,
        f.subtask_code,
        f.period,
        f.action,
        f.summary,
        f.details,
        f.prev_hash,
    ]
    text = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# --------------------------------------------------------------------------
# The journal file of a bundle


def journal_document(entries: list[dict[str, Any]]) -> bytes:
    """journal.json: entries as `entry_record` made them, oldest first."""
    doc = {"format": JOURNAL_FORMAT, "format_version": JOURNAL_FORMAT_VERSION, "entries": entries}
    return (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def entry_record(f: EntryFields, entry_hash_: str) -> dict[str, Any]:
    """One entry as journal.json carries it (details as an object)."""
    return {
        "id": f.id,
        "at": format_moment(f.at) + "Z",
        "user": f.user_name,
        "host": f.host_name,
        "organization_id": f.organization_id,
        "year": f.year,
        "code": f.subtask_code,
        "period": f.period,
        "action": f.action,
        "summary": f.summary,
        "details": json.loads(f.details or "{}"),
        "prev_hash": f.prev_hash,
        "entry_hash": entry_hash_,
    }


class JournalFileError(ValueError):
    """journal.json of a bundle is malformed; the message is a Russian clause."""


def parse_journal(data: bytes) -> list[EntryFields] | None:
    """The entries of journal.json, each checked against its own hash.
    None: a newer journal format this program does not read (ignored).
    Raises JournalFileError (a Russian clause) when it is malformed."""
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise JournalFileError(tr("журнал изменений (journal.json) повреждён или не в формате JSON")) from None
    if not isinstance(doc, dict) or doc.get("format") != JOURNAL_FORMAT:
        raise JournalFileError(tr("журнал изменений (journal.json) не в формате журнала ТБН-4"))
    version = doc.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise JournalFileError(tr("у журнала изменений (journal.json) нет номера версии формата"))
    if version > JOURNAL_FORMAT_VERSION:
        return None
    entries = doc.get("entries")
    if not isinstance(entries, list):
        raise JournalFileError(tr("в журнале изменений (journal.json) нет списка записей"))
    return [_parse_entry(n, raw) for n, raw in enumerate(entries, 1)]


def _parse_entry(n: int, raw: Any) -> EntryFields:
    def bad(message: str, **values: str) -> JournalFileError:
        return JournalFileError(message.format(n=n, **values))

    if not isinstance(raw, dict):
        raise bad(tr("запись №{n} журнала изменений (journal.json) неверного вида"))
    strings = ("user", "host", "action", "summary", "prev_hash", "entry_hash")
    if not all(isinstance(raw.get(k), str) for k in strings) or not isinstance(raw.get("at"), str):
        raise bad(
            tr(
                "запись №{n} журнала изменений (journal.json) неполная (user, host, action, summary, at, "
                "prev_hash, entry_hash)"
            )
        )
    for key in ("id", "organization_id", "year"):
        value = raw.get(key)
        if (value is None and key != "id") or (isinstance(value, int) and not isinstance(value, bool)):
            continue
        raise bad(tr("запись №{n} журнала изменений (journal.json) содержит поле «{key}» неверного типа"), key=key)
    for key in ("code", "period"):
        if raw.get(key) is not None and not isinstance(raw.get(key), str):
            raise bad(tr("запись №{n} журнала изменений (journal.json) содержит поле «{key}» неверного типа"), key=key)
    if not isinstance(raw.get("details"), dict):
        raise bad(tr("запись №{n} журнала изменений (journal.json) не содержит подробностей (details)"))
    if not (_HEX64.fullmatch(raw["prev_hash"]) and _HEX64.fullmatch(raw["entry_hash"])):
        raise bad(tr("запись №{n} журнала изменений (journal.json) содержит неверную контрольную сумму"))
    try:
        at = datetime.fromisoformat(raw["at"].removesuffix("Z"))
    except ValueError:
        raise bad(tr("запись №{n} журнала изменений (journal.json) содержит время не в формате ISO")) from None
    fields = EntryFields(
        id=raw["id"],
        at=at.replace(tzinfo=None),
        user_name=raw["user"],
        host_name=raw["host"],
        organization_id=raw.get("organization_id"),
        year=raw.get("year"),
        subtask_code=raw.get("code"),
        period=raw.get("period"),
        action=raw["action"],
        summary=raw["summary"],
        details=canonical_json(raw["details"]),
        prev_hash=raw["prev_hash"],
    )
    if entry_hash(fields) != raw["entry_hash"]:
        raise bad(tr("запись №{n} журнала изменений (journal.json) изменена: не совпадает её контрольная сумма"))
    return fields
