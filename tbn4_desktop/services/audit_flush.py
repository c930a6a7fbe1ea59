"""What one flush changed in the evidence tables, read from the ORM's
attribute history while it is still known: journal entries, and the file and
link events paired at the commit (audit_pairing)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import inspect
from sqlalchemy.orm import Session

from tbn4_desktop.core.journal import AuditAction
from tbn4_desktop.models import (
    AnchorDate,
    ApplicabilityAnswer,
    Attachment,
    CalendarDecree,
    Link,
    Organization,
    PlanPeriodicity,
    RegisterRow,
    Signatory,
    SlotRecord,
    SubtaskExecution,
    SupervisedEntity,
    YearPlan,
)
from tbn4_desktop.services import audit_text as T
from tbn4_desktop.services.audit import PendingEntry
from tbn4_desktop.services.audit_pairing import FileLinkEvent

A = AuditAction
#: session.info key: (execution id, register key) whose rows a bulk replace already journaled.
COVERED_KEY = "audit_rows_covered"
#: The journaled tables; CHILDREN are the rows of one execution.
CHILDREN = (Attachment, Link, SlotRecord, RegisterRow)
WATCHED = (
    SubtaskExecution,
    YearPlan,
    Organization,
    Signatory,
    SupervisedEntity,
    AnchorDate,
    ApplicabilityAnswer,
    PlanPeriodicity,
    CalendarDecree,
) + CHILDREN


def _old_new(obj: Any, attr: str) -> tuple[Any, Any] | None:
    """(old, new) of a column changed in this flush, else None."""
    history = inspect(obj).attrs[attr].history
    if not history.added and not history.deleted:
        return None
    old = history.deleted[0] if history.deleted else None
    new = history.added[0] if history.added else None
    return None if old == new else (old, new)


class FlushChanges:
    def __init__(self, session: Session, new: list[Any], dirty: list[Any], deleted: list[Any]):
        self.session, self.new, self.dirty, self.deleted = session, new, dirty, deleted
        self.refs = T.References(session)
        self.out: list[PendingEntry | FileLinkEvent] = []
        self.dead_executions = {e.id for e in deleted if isinstance(e, SubtaskExecution)}
        self.new_plans = {p.id for p in new if isinstance(p, YearPlan)}

    def entries(self) -> list[PendingEntry | FileLinkEvent]:
        self.refs.load_executions(
            _execution_id(o) for o in (*self.new, *self.dirty, *self.deleted) if isinstance(o, CHILDREN)
        )
        for obj in self.new:
            self._created(obj)
        for obj in self.dirty:
            self._changed(obj)
        for obj in self.deleted:
            self._removed(obj)
        self._files()
        self._links()
        self._executions()
        return self.out

    def add(
        self,
        action: A,
        summary: str,
        ref: T.ExecRef | None = None,
        *,
        org: int | None = None,
        year: int | None = None,
        code: str | None = None,
        period: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> None:
        if ref is not None:
            org, year, code, period = ref.organization_id, ref.year, ref.code, ref.period
        self.out.append(PendingEntry(action, T.clip(summary), org, year, code, period, details))

    def _ref(self, obj: Any) -> T.ExecRef | None:
        execution_id = _execution_id(obj)
        if execution_id is None or execution_id in self.dead_executions:
            return None
        return self.refs.execution(execution_id)

    # ------------------------------------------------------------ by kind
    # i18n: ru-only-begin — journal entries are stored in the database (hash-chained): one language for every reader
    def _created(self, obj: Any) -> None:
        if isinstance(obj, YearPlan):
            self.add(
                A.PLAN_CREATED,
                f"Создан план на {obj.year} год (каталог {obj.catalog_id}, версия {obj.catalog_version}).",
                org=obj.organization_id,
                year=obj.year,
            )
        elif isinstance(obj, SubtaskExecution):
            if obj.year_plan_id not in self.new_plans and (plan := self.refs.plan(obj.year_plan_id)):
                self.add(
                    A.PLAN_CHANGED,
                    f"В план добавлен период «{T.period_text(obj.period)}» подзадачи {obj.subtask_code}.",
                    org=plan[0],
                    year=plan[1],
                    code=obj.subtask_code,
                    period=obj.period,
                )
        elif isinstance(obj, SlotRecord | RegisterRow):
            self._changed(obj, created=True)
        elif isinstance(obj, Organization | Signatory | SupervisedEntity | CalendarDecree):
            self._organization(obj, "created")
        elif isinstance(obj, AnchorDate | ApplicabilityAnswer | PlanPeriodicity):
            self._plan_setting(obj, deleted=False)

    def _changed(self, obj: Any, created: bool = False) -> None:
        if isinstance(obj, SlotRecord):
            self._slot_record(obj, created)
        elif isinstance(obj, RegisterRow):
            if (ref := self._ref(obj)) is not None and not self._covered(obj):
                old = None if created else (_old_new(obj, "values") or (None, None))[0]
                if created or old is not None:
                    self._row(ref, obj.register_key, obj.position, old, obj.values)
        elif isinstance(obj, Attachment):
            if (
                (ref := self._ref(obj)) is not None
                and (moved := _old_new(obj, "slot_key"))
                and obj.removed_at is None
                and not _old_new(obj, "removed_at")
            ):
                self.add(
                    A.FILE_MOVED,
                    f"Файл «{obj.original_name}» отнесён к документу "
                    f"«{self.refs.slot_title(ref, moved[1])}» (был: «{self.refs.slot_title(ref, moved[0])}»).",
                    ref,
                    details={"file": obj.original_name, "sha256": obj.sha256, "slot": list(moved)},
                )
            if (ref := self._ref(obj)) is not None and (kind := _old_new(obj, "role")) and obj.removed_at is None:
                self.add(
                    A.FILE_KIND_CHANGED,
                    T.file_kind_changed(obj.original_name, self.refs.slot_title(ref, obj.slot_key), kind),
                    ref,
                    details={"file": obj.original_name, "sha256": obj.sha256, "role": list(kind)},
                )
        elif isinstance(obj, Link):
            if (ref := self._ref(obj)) is not None:
                changes = {
                    k: v for k in ("url", "title", "published_on", "channel", "slot_key") if (v := _old_new(obj, k))
                }
                if changes:
                    self.add(
                        A.LINK_CHANGED,
                        T.link_changed(obj.url, changes),
                        ref,
                        details={"url": obj.url, "changes": changes},
                    )
        elif isinstance(obj, Organization | Signatory | SupervisedEntity | CalendarDecree):
            self._organization(obj, "changed")
        elif isinstance(obj, AnchorDate | ApplicabilityAnswer | PlanPeriodicity):
            self._plan_setting(obj, deleted=False)

    def _removed(self, obj: Any) -> None:
        if isinstance(obj, SubtaskExecution):
            if (plan := self.refs.plan(obj.year_plan_id)) is not None:
                self.add(
                    A.PLAN_CHANGED,
                    f"Из плана убран период «{T.period_text(obj.period)}» подзадачи {obj.subtask_code}.",
                    org=plan[0],
                    year=plan[1],
                    code=obj.subtask_code,
                    period=obj.period,
                )
        elif isinstance(obj, RegisterRow):
            if (ref := self._ref(obj)) is not None and not self._covered(obj):
                self._row(ref, obj.register_key, obj.position, obj.values, None)
        elif isinstance(obj, SlotRecord):
            if (ref := self._ref(obj)) is not None:
                self._slot_values(
                    ref,
                    obj.slot_key,
                    {
                        "signatory_id": (obj.signatory_id, None),
                        "doc_date": (obj.doc_date, None),
                        "waived_reason": (obj.waived_reason, None),
                    },
                )
        elif isinstance(obj, Organization | Signatory | SupervisedEntity | CalendarDecree):
            self._organization(obj, "removed")
        elif isinstance(obj, AnchorDate | ApplicabilityAnswer | PlanPeriodicity):
            self._plan_setting(obj, deleted=True)

    def _covered(self, row: RegisterRow) -> bool:
        return (row.execution_id, row.register_key) in self.session.info.get(COVERED_KEY, ())

    # ------------------------------------------------------------ slots
    def _slot_record(self, obj: SlotRecord, created: bool) -> None:
        ref = self._ref(obj)
        if ref is None:
            return
        changes = {}
        for attr in ("signatory_id", "doc_date", "waived_reason"):
            change = (None, getattr(obj, attr)) if created else _old_new(obj, attr)
            if change and change[0] != change[1]:
                changes[attr] = change
        self._slot_values(ref, obj.slot_key, changes)

    def _slot_values(self, ref: T.ExecRef, key: str, changes: dict[str, tuple[Any, Any]]) -> None:
        title = self.refs.slot_title(ref, key)
        if (c := changes.get("signatory_id")) and c[0] != c[1]:
            old, new = self.refs.signatory(c[0]), self.refs.signatory(c[1])
            text = (
                f"Подписант документа «{title}»: {new}" + (f" (был: {old})." if old else ".")
                if new
                else f"Подписант документа «{title}» снят (был: {old})."
            )
            self.add(A.SIGNER_SET, text, ref, details={"slot": key, "signer": [old, new]})
        if (c := changes.get("doc_date")) and c[0] != c[1]:
            self.add(
                A.SLOT_DATE_SET,
                f"Дата документа «{title}»: {T.day(c[0])} → {T.day(c[1])}.",
                ref,
                details={"slot": key, "date": list(c)},
            )
        if (c := changes.get("waived_reason")) and c[0] != c[1]:
            if c[1]:
                self.add(
                    A.WAIVER_SET,
                    f"Документ «{title}» отмечен «не требуется»: {c[1]}.",
                    ref,
                    details={"slot": key, "reason": list(c)},
                )
            else:
                self.add(
                    A.WAIVER_REMOVED,
                    f"Снята отметка «не требуется» документа «{title}» (была: {c[0]}).",
                    ref,
                    details={"slot": key, "reason": list(c)},
                )

    # ------------------------------------------------------------ register rows
    def _row(
        self, ref: T.ExecRef, key: str, position: int, old: dict[str, Any] | None, new: dict[str, Any] | None
    ) -> None:
        action, text = T.row_change(self.refs.register(ref, key), position, old, new)
        self.add(action, text, ref, details={"register": key, "row": position + 1, "old": old, "new": new})

    # ------------------------------------------------------------ files and links: paired at commit
    def _files(self) -> None:
        for a in self.new:
            if isinstance(a, Attachment) and a.removed_at is None and (ref := self._ref(a)) is not None:
                self.out.append(
                    FileLinkEvent("file", True, ref, T.file_facts(a), self.refs.slot_title(ref, a.slot_key))
                )
        for a in self.dirty:
            if (
                isinstance(a, Attachment)
                and (c := _old_new(a, "removed_at"))
                and c[0] is None
                and (ref := self._ref(a)) is not None
            ):
                self.out.append(
                    FileLinkEvent("file", False, ref, T.file_facts(a), self.refs.slot_title(ref, a.slot_key))
                )

    def _links(self) -> None:
        for links, added in (
            ([l for l in self.new if isinstance(l, Link)], True),
            ([l for l in self.deleted if isinstance(l, Link)], False),
        ):
            for l in links:
                if (ref := self._ref(l)) is not None:
                    self.out.append(
                        FileLinkEvent("link", added, ref, T.link_facts(l), self.refs.slot_title(ref, l.slot_key))
                    )

    # ------------------------------------------------------------ the executions themselves
    def _executions(self) -> None:
        touched = {
            e.ref.execution_id
            if isinstance(e, FileLinkEvent)
            else (e.organization_id, e.year, e.subtask_code, e.period)
            for e in self.out
            if isinstance(e, FileLinkEvent) or e.subtask_code
        }
        for e in self.dirty:
            if not isinstance(e, SubtaskExecution):
                continue
            ref = self.refs.execution(e.id)
            if ref is None:
                continue
            status = _old_new(e, "status")
            if status:
                after_change = (
                    ref.execution_id in touched or (ref.organization_id, ref.year, ref.code, ref.period) in touched
                )
                self.add(
                    *T.status_change(status, e, self._upload_before(e), after_change),
                    ref=ref,
                    details={"status": list(status), "uploaded_on": e.uploaded_on, "ispu_reference": e.ispu_reference},
                )
            if due := _old_new(e, "due_date_override"):
                self.add(
                    A.DEADLINE_CHANGED,
                    f"Срок по Карте реализации: {T.day(due[0])} → {T.day(due[1])}.",
                    ref,
                    details={"due_date_override": list(due)},
                )
            other = {k: v for k in ("notes", "completed_on", "signatory_id") if (v := _old_new(e, k))}
            if other:
                self.add(A.SUBTASK_CHANGED, T.execution_fields(other, self.refs), ref, details=other)

    # i18n: ru-only-end
    @staticmethod
    def _upload_before(e: SubtaskExecution) -> tuple[Any, Any]:
        day = _old_new(e, "uploaded_on")
        number = _old_new(e, "ispu_reference")
        return (day[0] if day else e.uploaded_on, number[0] if number else e.ispu_reference)

    # ------------------------------------------------------------ organisation, plan, calendar
    def _organization(self, obj: Any, how: str) -> None:
        action, org, text, details = T.organization_change(obj, how, _old_new)
        if text:
            self.add(action, text, org=org, details=details)

    def _plan_setting(self, obj: Any, deleted: bool) -> None:
        plan = self.refs.plan(obj.year_plan_id)
        if plan is None:
            return
        text, code, details = T.plan_setting(obj, deleted, _old_new, self.refs, plan)
        if text:
            self.add(A.PLAN_CHANGED, text, org=plan[0], year=plan[1], code=code, details=details)


def _execution_id(obj: Any) -> int | None:
    if isinstance(obj, SubtaskExecution):
        return obj.id
    execution_id: int | None = obj.execution_id
    if execution_id is not None:
        return execution_id
    if not hasattr(type(obj), "execution"):
        return None
    history = inspect(obj).attrs.execution.history
    gone = history.deleted or history.unchanged
    return gone[0].id if gone and gone[0] is not None else None
