"""The Russian sentences of journal entries and the facts they name: which
organisation, year, subtask and period an execution belongs to, a slot's
and a register's title from the plan's catalog, a signatory's name.

Read with Core statements on the session's connection, so it works inside
a flush (services/audit_changes.py)."""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from tbn4_desktop.core.catalog import AnchorEvent, Catalog, Register
from tbn4_desktop.core.journal import AuditAction
from tbn4_desktop.core.vocabulary import (
    AttachmentRole,
    ExecutionStatus,
    OrgLevel,
    Periodicity,
    SignerRole,
    period_label_ru,
)
from tbn4_desktop.models import (
    AnchorDate,
    ApplicabilityAnswer,
    CalendarDecree,
    Organization,
    PlanPeriodicity,
    Signatory,
    SubtaskExecution,
    SupervisedEntity,
    YearPlan,
)

if TYPE_CHECKING:
    from tbn4_desktop.core.catalog_registry import CatalogRegistry

A = AuditAction
MAX_SUMMARY = 600
# The journal's sentences are stored in the database (hash-chained) and sent
# in the bundle: they stay Russian whatever the interface language.
# i18n: ru-only-begin — journal entries stored in the database
UNASSIGNED_TITLE = "Не распределено"


@dataclass(frozen=True)
class ExecRef:
    execution_id: int
    organization_id: int
    year: int
    code: str
    period: str
    catalog_id: str
    catalog_version: int


# (organisation id, year, catalog id, catalog version) of a year plan
PlanRef = tuple[int, int, str, int]


@functools.lru_cache(maxsize=1)
def _builtin_catalogs() -> CatalogRegistry:
    from tbn4_desktop.core.catalog import builtin_catalog_dir
    from tbn4_desktop.core.catalog_registry import CatalogRegistry

    return CatalogRegistry.from_dirs(builtin_catalog_dir())[0]


def catalog_of(catalog_id: str, version: int) -> Catalog | None:
    """The shipped catalog a plan follows; None for a user's own (titles then fall back to keys)."""
    try:
        return _builtin_catalogs().get(catalog_id, version)
    except Exception:  # noqa: BLE001 - CatalogError or a missing file: the key is shown instead
        return None


class References:
    """What entries name, looked up once per flush."""

    def __init__(self, session: Session):
        self.session = session
        self.conn = session.connection()
        # An execution's subtask and period and a plan's organisation and year
        # do not change: cached for the session's life (dropped on a rollback).
        self._executions: dict[int, ExecRef | None] = session.info.setdefault("audit_exec_refs", {})
        self._plans: dict[int, PlanRef | None] = session.info.setdefault("audit_plan_refs", {})
        self._people: dict[int, str] = {}

    def load_executions(self, ids: Iterable[int | None]) -> None:
        wanted = {i for i in ids if i is not None and i not in self._executions}
        for i in list(wanted):  # loaded executions need no query
            e = self.session.identity_map.get(identity_key(SubtaskExecution, i))
            if e is not None and "year_plan_id" in e.__dict__ and (plan := self.plan(e.year_plan_id)) is not None:
                self._executions[i] = ExecRef(i, plan[0], plan[1], e.subtask_code, e.period, plan[2], plan[3])
                wanted.discard(i)
        if not wanted:
            return
        query = (
            select(
                SubtaskExecution.id,
                YearPlan.organization_id,
                YearPlan.year,
                SubtaskExecution.subtask_code,
                SubtaskExecution.period,
                YearPlan.catalog_id,
                YearPlan.catalog_version,
            )
            .join(YearPlan, YearPlan.id == SubtaskExecution.year_plan_id)
            .where(SubtaskExecution.id.in_(sorted(wanted)))
        )
        for row in self.conn.execute(query):
            self._executions[row[0]] = ExecRef(*row)
        for missing in wanted - set(self._executions):
            self._executions[missing] = None

    def execution(self, execution_id: int) -> ExecRef | None:
        if execution_id not in self._executions:
            self.load_executions([execution_id])
        return self._executions[execution_id]

    def plan(self, plan_id: int) -> PlanRef | None:
        """(organisation id, year, catalog id, catalog version) of a year plan."""
        if plan_id not in self._plans:
            p = self.session.identity_map.get(identity_key(YearPlan, plan_id))
            if p is not None and "catalog_version" in p.__dict__:
                self._plans[plan_id] = (p.organization_id, p.year, p.catalog_id, p.catalog_version)
                return self._plans[plan_id]
            row = self.conn.execute(
                select(YearPlan.organization_id, YearPlan.year, YearPlan.catalog_id, YearPlan.catalog_version).where(
                    YearPlan.id == plan_id
                )
            ).first()
            self._plans[plan_id] = (*row,) if row else None  # a plain tuple, typed like the row
        return self._plans[plan_id]

    def signatory(self, signatory_id: int | None) -> str | None:
        if signatory_id is None:
            return None
        if signatory_id not in self._people:
            name = self.conn.execute(select(Signatory.full_name).where(Signatory.id == signatory_id)).scalar()
            self._people[signatory_id] = name or f"подписант №{signatory_id}"
        return self._people[signatory_id]

    def slot_title(self, ref: ExecRef, key: str | None) -> str:
        if not key:
            return UNASSIGNED_TITLE
        catalog = catalog_of(ref.catalog_id, ref.catalog_version)
        try:
            return catalog.subtask(ref.code).slot(key).title if catalog else key
        except KeyError:
            return key

    def register(self, ref: ExecRef, key: str) -> Register | None:
        from tbn4_desktop.core.kpi import HEADCOUNT_REGISTER

        if key == HEADCOUNT_REGISTER.key:
            return HEADCOUNT_REGISTER
        from tbn4_desktop.services.registers import NO_FACTS_REGISTER

        if key == NO_FACTS_REGISTER.key:
            return NO_FACTS_REGISTER
        catalog = catalog_of(ref.catalog_id, ref.catalog_version)
        try:
            return next((r for r in catalog.subtask(ref.code).registers if r.key == key), None) if catalog else None
        except KeyError:
            return None

    def question(self, plan: PlanRef, key: str) -> str:
        catalog = catalog_of(plan[2], plan[3])
        try:
            return catalog.question(key).text if catalog else key
        except KeyError:
            return key


# --------------------------------------------------------------------------
# Small formats


def clip(text: str) -> str:
    return text if len(text) <= MAX_SUMMARY else text[: MAX_SUMMARY - 1].rstrip() + "…"


def day(value: Any) -> str:
    return value.strftime("%d.%m.%Y") if isinstance(value, date) else "—"


def period_text(period: str) -> str:
    return period_label_ru(period) if period else "за год"


def short_hash(sha256: str) -> str:
    return f"SHA-256 {sha256[:12]}…"


def size_text(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} КБ"
    return f"{size / (1024 * 1024):.1f} МБ".replace(".", ",")


def file_facts(a: Any) -> dict[str, Any]:
    return {
        "id": a.id,
        "file": a.original_name,
        "sha256": a.sha256,
        "size": a.size,
        "role": a.role,
        "slot": a.slot_key or "",
    }


def file_kind_changed(name: str, slot_title: str, kind: tuple[Any, Any]) -> str:
    def label(value: Any) -> str:
        try:
            return AttachmentRole(value).label_ru
        except ValueError:
            return str(value)

    return f"Вид файла «{name}» документа «{slot_title}»: {label(kind[0])} → {label(kind[1])}."


def link_facts(l: Any) -> dict[str, Any]:
    return {
        "url": l.url,
        "title": l.title,
        "published_on": l.published_on,
        "channel": l.channel,
        "slot": l.slot_key or "",
    }


_LINK_FIELDS = {
    "url": "адрес",
    "title": "название",
    "published_on": "дата публикации",
    "channel": "канал",
    "slot_key": "документ",
}


def link_changed(url: str, changes: dict[str, tuple[Any, Any]]) -> str:
    parts = [f"{_LINK_FIELDS[k]} {_value(old)} → {_value(new)}" for k, (old, new) in changes.items()]
    return f"Изменена ссылка {url}: " + "; ".join(parts) + "."


def _value(value: Any) -> str:
    if value is None or value == "":
        return "—"
    if isinstance(value, date):
        return day(value)
    return f"«{value}»"


# --------------------------------------------------------------------------
# Register rows


def _cells(register: Register | None, values: dict[str, Any] | None) -> dict[str, str]:
    """Column title → the value as the table shows it."""
    if not values:
        return {}
    if register is None:
        return {k: str(v) for k, v in values.items() if v not in (None, "")}
    from tbn4_desktop.core.register_values import format_value, from_storage

    try:
        typed = from_storage(register, values)
    except Exception:  # noqa: BLE001 - a stored value the catalog no longer reads: shown as stored
        typed = values
    out = {}
    for column in register.columns:
        try:
            shown = format_value(column, typed.get(column.key))
        except Exception:  # noqa: BLE001 - same
            shown = str(typed.get(column.key) or "")
        if shown:
            out[column.title] = shown
    return out


def row_change(
    register: Register | None, position: int, old: dict[str, Any] | None, new: dict[str, Any] | None
) -> tuple[A, str]:
    title = f"Таблица «{register.title}»" if register else "Таблица"
    where = f"{title}, строка {position + 1}"
    before, after = _cells(register, old), _cells(register, new)
    if old is None:
        return A.ROW_ADDED, f"{where} добавлена: " + _listing(after) + "."
    if new is None:
        return A.ROW_REMOVED, f"{where} удалена: " + _listing(before) + "."
    changed = [
        f"«{k}» {before.get(k) or '—'} → {after.get(k) or '—'}"
        for k in dict.fromkeys([*before, *after])
        if before.get(k) != after.get(k)
    ]
    return A.ROW_CHANGED, f"{where}: " + ("; ".join(changed) or "значения изменены") + "."


def _listing(cells: dict[str, str]) -> str:
    return "; ".join(f"«{k}» {v}" for k, v in cells.items()) or "пустая строка"


def rows_replaced(register: Register | None, changes: list[tuple[int, Any, Any]]) -> str:
    added = sum(1 for _, old, _new in changes if old is None)
    removed = sum(1 for _, _old, new in changes if new is None)
    changed = len(changes) - added - removed
    title = f"«{register.title}»" if register else ""
    return (
        f"Таблица {title} заменена: строк добавлено {added}, изменено {changed}, удалено {removed}; "
        "прежние и новые значения — в подробностях записи."
    ).replace("Таблица  ", "Таблица ")


# --------------------------------------------------------------------------
# Executions


def _status_label(value: Any) -> str:
    try:
        return ExecutionStatus(value).label_ru
    except ValueError:
        return str(value)


def status_change(status: tuple[Any, Any], e: Any, upload_before: tuple[Any, Any], after_change: bool) -> tuple[A, str]:
    old, new = status
    if new == ExecutionStatus.UPLOADED.value:
        number = f", номер {e.ispu_reference}" if e.ispu_reference else ""
        return A.UPLOAD_MARKED, f"Отмечена загрузка в ИСПУ {day(e.uploaded_on)}{number}."
    if old == ExecutionStatus.UPLOADED.value:
        was_day, was_number = upload_before
        number = f", номер {was_number}" if was_number else ""
        reason = "; подзадача изменена после загрузки, её нужно загрузить снова." if after_change else "."
        return A.UPLOAD_UNMARKED, (
            f"Снята отметка о загрузке в ИСПУ (была {day(was_day)}{number}); статус «{_status_label(new)}»{reason}"
        )
    return A.STATUS_CHANGED, f"Статус: «{_status_label(old)}» → «{_status_label(new)}»."


def execution_fields(changes: dict[str, tuple[Any, Any]], refs: References) -> str:
    parts = []
    if "notes" in changes:
        parts.append("Изменено примечание подзадачи.")
    if c := changes.get("completed_on"):
        parts.append(f"Дата исполнения: {day(c[0])} → {day(c[1])}.")
    if c := changes.get("signatory_id"):
        parts.append(f"Подписант подзадачи: {refs.signatory(c[0]) or '—'} → {refs.signatory(c[1]) or '—'}.")
    return " ".join(parts)


# --------------------------------------------------------------------------
# Organisation, signatories, supervised companies, calendar


def _label(kind: type, value: Any) -> str:
    """The Russian label (`label` follows the interface's language)."""
    try:
        member = kind(value)
    except ValueError:
        return str(value)
    if kind is AnchorEvent:
        from tbn4_desktop.core.catalog import _ANCHOR_LABELS

        return _ANCHOR_LABELS[member]
    label: str = member.label_ru
    return label


def organization_change(obj: Any, how: str, old_new: Any) -> tuple[A, int | None, str, dict[str, Any]]:
    """(action, organisation id, sentence, details); an empty sentence: nothing to record."""
    if isinstance(obj, Organization):
        if how == "created":
            text = f"Создана организация «{obj.name}» (БИН {obj.bin or '—'}, {_label(OrgLevel, obj.level).lower()})."
            return A.ORGANIZATION_CHANGED, obj.id, text, {"name": obj.name, "bin": obj.bin, "level": obj.level}
        if how == "removed":
            return A.ORGANIZATION_CHANGED, obj.id, f"Удалена организация «{obj.name}».", {"name": obj.name}
        changes = {k: v for k in ("name", "bin", "level", "parent_id") if (v := old_new(obj, k))}
        words = {"name": "наименование", "bin": "БИН", "level": "уровень", "parent_id": "вышестоящий орган"}
        text = "; ".join(f"{words[k]} {_value(o)} → {_value(n)}" for k, (o, n) in changes.items())
        return A.ORGANIZATION_CHANGED, obj.id, (f"Изменены сведения организации: {text}." if text else ""), changes
    if isinstance(obj, Signatory):
        who = f"{obj.full_name}, {obj.position}; роль — {_label(SignerRole, obj.role).lower()}"
        if how == "created":
            return A.SIGNATORY_CHANGED, obj.organization_id, f"Добавлен подписант: {who}.", {"signatory": who}
        if how == "removed":
            return A.SIGNATORY_CHANGED, obj.organization_id, f"Удалён подписант: {who}.", {"signatory": who}
        changes = {k: v for k in ("full_name", "position", "role", "active") if (v := old_new(obj, k))}
        if "active" in changes:
            text = (
                f"Подписант {obj.full_name} снова подписывает документы."
                if obj.active
                else f"Подписант {obj.full_name} больше не подписывает документы."
            )
        else:
            words = {"full_name": "Ф.И.О.", "position": "должность", "role": "роль"}
            text = "; ".join(f"{words[k]} {_value(o)} → {_value(n)}" for k, (o, n) in changes.items())
            text = f"Изменены сведения подписанта {obj.full_name}: {text}." if text else ""
        return A.SIGNATORY_CHANGED, obj.organization_id, text, changes
    if isinstance(obj, SupervisedEntity):
        verb = {"created": "добавлена", "removed": "убрана", "changed": "изменена"}[how]
        text = f"В списке курируемых организаций {verb} «{obj.name}» (БИН {obj.bin or '—'})."
        return A.ORGANIZATION_CHANGED, obj.organization_id, text, {"supervised": obj.name, "bin": obj.bin, "how": how}
    assert isinstance(obj, CalendarDecree)
    from tbn4_desktop.core.workdays import KIND_LABELS

    verb = {"created": "добавлен", "removed": "убран", "changed": "изменён"}[how]
    kind = KIND_LABELS.get(obj.kind, obj.kind).lower()
    return (
        A.CALENDAR_CHANGED,
        None,
        f"В календаре {verb} день {day(obj.day)} ({kind}): {obj.note}.",
        {"day": obj.day, "kind": obj.kind, "note": obj.note, "basis": obj.basis, "how": how},
    )


def plan_setting(
    obj: Any, deleted: bool, old_new: Any, refs: References, plan: PlanRef
) -> tuple[str, str | None, dict[str, Any]]:
    """(sentence, subtask code or None, details) of a year's setting."""
    if isinstance(obj, AnchorDate):
        label = _label(AnchorEvent, obj.event)
        if deleted:
            return (
                f"Снята дата события «{label}» (была {day(obj.day)}).",
                None,
                {"event": obj.event, "day": [obj.day, None]},
            )
        change = old_new(obj, "day") or (None, obj.day)
        return (
            f"Дата события «{label}»: {day(change[0])} → {day(change[1])}.",
            None,
            {"event": obj.event, "day": list(change)},
        )
    if isinstance(obj, ApplicabilityAnswer):
        question = refs.question(plan, obj.key)
        answer = "ответ снят" if deleted else ("да" if obj.answer else "нет")
        return (
            f"Ответ на вопрос «{question}»: {answer}.",
            None,
            {"key": obj.key, "answer": None if deleted else obj.answer},
        )
    assert isinstance(obj, PlanPeriodicity)
    if deleted:
        return (f"Периодичность подзадачи {obj.subtask_code}: как в каталоге.", obj.subtask_code, {"periodicity": None})
    return (
        f"Периодичность подзадачи {obj.subtask_code} на год: «{_label(Periodicity, obj.periodicity)}».",
        obj.subtask_code,
        {"periodicity": obj.periodicity},
    )


# i18n: ru-only-end
