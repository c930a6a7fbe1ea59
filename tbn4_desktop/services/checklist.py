"""The checklist of confirming documents of each subtask and period, read
from the store and written slot by slot: files sorted into slots, who
signed each document and when, «не требуется» with a reason the instruction
allows, links with their channels, and completion by the instruction's
rules (core/checklist.py). Also the organisation's applicability answers
and the quasi-state companies it supervises."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import Catalog, DocumentSlot, Subtask
from tbn4_desktop.core.checklist import (
    UNASSIGNED,
    Applicability,
    Checklist,
    FileFact,
    LinkFact,
    SlotFacts,
    SlotRecordFact,
    applicability,
    judge_plan,
)
from tbn4_desktop.core.esign.evidence import SignatureFacts
from tbn4_desktop.core.validation import ValidationError, url_error
from tbn4_desktop.core.vocabulary import (
    AttachmentRole,
    Channel,
    DocumentKind,
    ExecutionStatus,
    OrgLevel,
    Requirement,
    SignerRole,
)
from tbn4_desktop.i18n import sort_key, tc, tr
from tbn4_desktop.models import (
    ApplicabilityAnswer,
    Attachment,
    Link,
    Organization,
    RegisterRow,
    Signatory,
    SlotRecord,
    SubtaskExecution,
    SupervisedEntity,
    YearPlan,
)
from tbn4_desktop.services.deadlines import get_anchors, set_anchors
from tbn4_desktop.services.versioning import check_version, subtask_changed

# ------------------------------------------------------------------ reading


def _execution(session: Session, execution_id: int) -> SubtaskExecution:
    e = session.get(SubtaskExecution, execution_id)
    if e is None:
        raise ValueError(f"execution {execution_id} does not exist")
    return e


def _level(session: Session, e: SubtaskExecution) -> OrgLevel:
    org = session.get(Organization, e.year_plan.organization_id)
    assert org is not None
    return OrgLevel(org.level)


def _role(value: str | None) -> SignerRole | None:
    try:
        return SignerRole(value) if value else None
    except ValueError:
        return None


def _channel(value: str | None) -> Channel | None:
    try:
        return Channel(value) if value else None
    except ValueError:
        return None


def _attachment_role(value: str) -> AttachmentRole:
    try:
        return AttachmentRole(value)
    except ValueError:
        return AttachmentRole.SUPPORTING


def plan_facts(session: Session, plan_id: int) -> dict[int, SlotFacts]:
    """SlotFacts of every execution of a plan, in five queries (year-scope
    slots not yet merged across periods: see plan_checklists)."""
    ids = list(session.scalars(select(SubtaskExecution.id).where(SubtaskExecution.year_plan_id == plan_id)))
    files: dict[int, list[FileFact]] = defaultdict(list)
    for ex, key, role, name, sha, signs, signature in session.execute(
        select(
            Attachment.execution_id,
            Attachment.slot_key,
            Attachment.role,
            Attachment.original_name,
            Attachment.sha256,
            Attachment.signs_sha256,
            Attachment.signature_info,
        )
        .join(SubtaskExecution, SubtaskExecution.id == Attachment.execution_id)
        .where(SubtaskExecution.year_plan_id == plan_id, Attachment.removed_at.is_(None))
        .order_by(Attachment.id)
    ):
        files[ex].append(
            FileFact(
                slot_key=key or UNASSIGNED,
                role=_attachment_role(role),
                name=name,
                sha256=sha,
                signs_sha256=signs,
                signature=SignatureFacts.from_json(signature),
            )
        )
    links: dict[int, list[LinkFact]] = defaultdict(list)
    for ex, key, url, channel, published in session.execute(
        select(Link.execution_id, Link.slot_key, Link.url, Link.channel, Link.published_on)
        .join(SubtaskExecution, SubtaskExecution.id == Link.execution_id)
        .where(SubtaskExecution.year_plan_id == plan_id)
        .order_by(Link.id)
    ):
        links[ex].append(
            LinkFact(slot_key=key or UNASSIGNED, url=url, channel=_channel(channel), published_on=published)
        )
    records: dict[int, dict[str, SlotRecordFact]] = defaultdict(dict)
    for ex, key, name, role, day, reason, iin in session.execute(
        select(
            SlotRecord.execution_id,
            SlotRecord.slot_key,
            Signatory.full_name,
            Signatory.role,
            SlotRecord.doc_date,
            SlotRecord.waived_reason,
            Signatory.iin,
        )
        .join(SubtaskExecution, SubtaskExecution.id == SlotRecord.execution_id)
        .outerjoin(Signatory, Signatory.id == SlotRecord.signatory_id)
        .where(SubtaskExecution.year_plan_id == plan_id)
    ):
        records[ex][key] = SlotRecordFact(
            signer_name=name, signer_role=_role(role), doc_date=day, waived_reason=reason, signer_iin=iin
        )
    rows: dict[int, dict[str, int]] = defaultdict(dict)
    for ex, key, n in session.execute(
        select(RegisterRow.execution_id, RegisterRow.register_key, func.count())
        .join(SubtaskExecution, SubtaskExecution.id == RegisterRow.execution_id)
        .where(SubtaskExecution.year_plan_id == plan_id)
        .group_by(RegisterRow.execution_id, RegisterRow.register_key)
    ):
        rows[ex][key] = n
    org_bin = (
        session.scalar(
            select(Organization.bin)
            .join(YearPlan, YearPlan.organization_id == Organization.id)
            .where(YearPlan.id == plan_id)
        )
        or ""
    )
    return {
        ex: SlotFacts(
            files=tuple(files[ex]), links=tuple(links[ex]), records=records[ex], register_rows=rows[ex], org_bin=org_bin
        )
        for ex in ids
    }


@dataclass(frozen=True)
class PlanChecklists:
    """The checklist and applicability of every execution of a plan."""

    level: OrgLevel
    checklists: dict[int, Checklist]
    applicability: dict[str, Applicability]  # by subtask code
    answers: dict[str, bool]

    def is_done(self, execution_id: int, status: ExecutionStatus) -> bool:
        """Marked done and every required document there."""
        checklist = self.checklists.get(execution_id)
        return status.is_done and (checklist is None or checklist.complete)


def plan_checklists(session: Session, catalog: Catalog, plan_id: int) -> PlanChecklists:
    plan = session.get(YearPlan, plan_id)
    if plan is None:
        raise ValueError(f"year plan {plan_id} does not exist")
    org = session.get(Organization, plan.organization_id)
    assert org is not None
    level = OrgLevel(org.level)
    executions = session.execute(
        select(SubtaskExecution.id, SubtaskExecution.subtask_code, SubtaskExecution.period).where(
            SubtaskExecution.year_plan_id == plan_id
        )
    ).all()
    checklists = judge_plan(
        catalog,
        level,
        [(ex, code, period or "") for ex, code, period in executions],
        plan_facts(session, plan_id),
        get_anchors(session, plan_id),
    )
    answers = get_answers(session, plan_id)
    applies = {s.code: applicability(catalog, s, level, answers) for s in catalog.subtasks()}
    return PlanChecklists(level=level, checklists=checklists, applicability=applies, answers=answers)


def execution_checklist(session: Session, catalog: Catalog, execution_id: int) -> Checklist:
    e = _execution(session, execution_id)
    return plan_checklists(session, catalog, e.year_plan_id).checklists[execution_id]


# ------------------------------------------------------------------ writing slots


def _slot(catalog: Catalog, e: SubtaskExecution, key: str) -> DocumentSlot:
    subtask = catalog.subtask(e.subtask_code)
    try:
        return subtask.slot(key)
    except KeyError:
        known = ", ".join(d.key for d in subtask.documents)
        raise ValidationError(
            {
                "slot": tr("У подзадачи {code} нет документа «{key}» (документы: {known}).").format(
                    code=subtask.code, key=key, known=known
                )
            }
        ) from None


def _record(e: SubtaskExecution, key: str) -> SlotRecord:
    for r in e.slot_records:
        if r.slot_key == key:
            return r
    r = SlotRecord(slot_key=key)
    e.slot_records.append(r)
    return r


def _started(e: SubtaskExecution) -> None:
    if ExecutionStatus(e.status) is ExecutionStatus.NOT_STARTED:
        e.status = ExecutionStatus.IN_PROGRESS.value


def set_slot_signer(
    session: Session,
    catalog: Catalog,
    execution_id: int,
    slot_key: str,
    signatory_id: int | None,
    *,
    expected_version: int | None = None,
) -> None:
    """Who signed (approved) the document of a slot; None clears it. A
    signatory who may not sign the slot is refused here, not at completion."""
    e = _execution(session, execution_id)
    check_version(e, expected_version)
    slot = _slot(catalog, e, slot_key)
    if not slot.kind.needs_signer:
        raise ValidationError(
            {
                "signer": tr(
                    "Документ «{title}» не подписывается в организации: подписант для него не указывается."
                ).format(title=tc(slot.title))
            }
        )
    if signatory_id is not None:
        person = session.get(Signatory, signatory_id)
        org_id = e.year_plan.organization_id
        if person is None or person.organization_id != org_id:
            raise ValidationError({"signer": tr("Такого подписанта нет в списке организации.")})
        allowed = slot.signers_for(_level(session, e))
        role = _role(person.role)
        if role not in allowed:
            raise ValidationError(
                {
                    "signer": tr(
                        "{name}, {role}, не может подписывать документ «{title}»; его подписывает: {allowed}."
                    ).format(
                        name=person.full_name,
                        role=role.label.lower() if role else person.role,
                        title=tc(slot.title),
                        allowed=", ".join(r.label.lower() for r in allowed),
                    )
                }
            )
    record = _record(e, slot_key)
    if record.signatory_id != signatory_id:
        record.signatory_id = signatory_id
        subtask_changed(e)
    _started(e)
    session.flush()


def set_slot_date(
    session: Session,
    catalog: Catalog,
    execution_id: int,
    slot_key: str,
    day: date | None,
    *,
    expected_version: int | None = None,
) -> None:
    """The date of a slot's document (signing, approval, publication…). For
    a slot whose date is an anchor event, the anchor date itself is set."""
    e = _execution(session, execution_id)
    check_version(e, expected_version)
    slot = _slot(catalog, e, slot_key)
    if slot.date is None:
        raise ValidationError({"date": tr("У документа «{title}» нет своей даты.").format(title=tc(slot.title))})
    if day is not None and day > date.today():
        raise ValidationError({"date": tr("{date} не может быть в будущем.").format(date=slot.date.label)})
    if slot.anchor is not None:
        changed = get_anchors(session, e.year_plan_id).get(slot.anchor) != day
        if changed:
            set_anchors(session, e.year_plan_id, {slot.anchor: day})
    else:
        record = _record(e, slot_key)
        changed = record.doc_date != day
        record.doc_date = day
    if changed:
        # The same date saved again is no change: an uploaded subtask stays uploaded.
        subtask_changed(e)
    _started(e)
    session.flush()


def waive_slot(
    session: Session,
    catalog: Catalog,
    execution_id: int,
    slot_key: str,
    reason: str | None,
    *,
    expected_version: int | None = None,
) -> None:
    """Declare a conditional document «не требуется» for one of the reasons
    the instruction allows (None takes the declaration back)."""
    e = _execution(session, execution_id)
    check_version(e, expected_version)
    slot = _slot(catalog, e, slot_key)
    if reason is not None:
        if slot.requirement is not Requirement.CONDITIONAL:
            raise ValidationError(
                {
                    "reason": tr(
                        "Документ «{title}» обязателен: Инструкция не допускает отметку «не требуется»."
                    ).format(title=tc(slot.title))
                }
            )
        wanted = " ".join(reason.split()).casefold()
        match = next((r for r in slot.waive_reasons if r.casefold() == wanted), None)
        if match is None:
            raise ValidationError(
                {
                    "reason": tr("Причина «{reason}» не подходит; допустимо: {allowed}.").format(
                        reason=reason.strip(), allowed="; ".join(f"«{tc(r)}»" for r in slot.waive_reasons)
                    )
                }
            )
        reason = match
    record = _record(e, slot_key)
    if record.waived_reason != reason:
        record.waived_reason = reason
        subtask_changed(e)
    _started(e)
    session.flush()


def assign_attachment(
    session: Session, catalog: Catalog, attachment_id: int, slot_key: str, *, expected_version: int | None = None
) -> None:
    """Put a file into a slot (UNASSIGNED: back to «Не распределено»)."""
    a = session.get(Attachment, attachment_id)
    if a is None:
        raise ValueError(f"attachment {attachment_id} does not exist")
    check_version(a.execution, expected_version)
    if slot_key != UNASSIGNED:
        slot = _slot(catalog, a.execution, slot_key)
        if not slot.kind.takes_files:
            raise ValidationError(
                {"slot": tr("К документу «{title}» файлы не прикладываются.").format(title=tc(slot.title))}
            )
    if a.slot_key != slot_key:
        # A document's signatures go where it goes: a signature proves the
        # file it signs, in whichever slot that file is.
        for x in a.execution.attachments:
            if x.removed_at is None and x.signs_sha256 == a.sha256 and x.slot_key == a.slot_key:
                x.slot_key = slot_key
        a.slot_key = slot_key
    session.flush()


@dataclass(frozen=True)
class SlotLinkInput:
    url: str
    channel: Channel | None = None
    published_on: date | None = None
    title: str = ""


def set_slot_links(
    session: Session,
    catalog: Catalog,
    execution_id: int,
    slot_key: str,
    links: Iterable[SlotLinkInput],
    *,
    expected_version: int | None = None,
) -> None:
    """Replace the links of one link slot. Each needs a valid URL, a channel
    the slot names, and a publication date not in the future."""
    e = _execution(session, execution_id)
    check_version(e, expected_version)
    slot = _slot(catalog, e, slot_key)
    if slot.kind is not DocumentKind.LINK:
        raise ValidationError({"slot": tr("Документ «{title}» — не ссылка.").format(title=tc(slot.title))})
    links = list(links)
    errors: dict[str, str] = {}
    for i, link in enumerate(links):
        if msg := url_error(link.url):
            errors[f"links[{i}]"] = msg
        elif link.channel is not None and link.channel not in slot.channels:
            errors[f"links[{i}]"] = tr(
                "Канал «{channel}» не предусмотрен для документа «{title}»; допустимо: {allowed}."
            ).format(
                channel=link.channel.label, title=tc(slot.title), allowed=", ".join(c.label for c in slot.channels)
            )
        elif link.published_on is not None and link.published_on > date.today():
            errors[f"links[{i}]"] = tr("Дата публикации не может быть в будущем.")
    if errors:
        raise ValidationError(errors)
    wanted = [
        (
            l.url.strip(),
            l.title.strip(),
            l.published_on,
            (l.channel or (slot.channels[0] if len(slot.channels) == 1 else None)),
        )
        for l in links
    ]
    current = [l for l in e.links if l.slot_key == slot_key]
    if [(l.url, l.title, l.published_on, _channel(l.channel)) for l in current] == wanted:
        return
    for l in current:
        e.links.remove(l)
    for url, title, published, channel in wanted:
        e.links.append(
            Link(
                url=url,
                title=title,
                published_on=published,
                slot_key=slot_key,
                channel=channel.value if channel else None,
            )
        )
    _started(e)
    session.flush()


def complete(
    session: Session,
    catalog: Catalog,
    execution_id: int,
    *,
    expected_version: int | None = None,
    notes: str | None = None,
    on: date | None = None,
) -> None:
    """Mark a subtask and period «Готово к загрузке» when its checklist is
    complete; else ValidationError({"slots": one sentence naming
    what is missing}). ``on``: the day it is marked (today by default; it
    judges no deadline)."""
    e = _execution(session, execution_id)
    check_version(e, expected_version)
    checklists = plan_checklists(session, catalog, e.year_plan_id)
    applies = checklists.applicability.get(e.subtask_code)
    if applies is not None and not applies.applies:
        raise ValidationError(
            {
                "slots": tr("Подзадача {code} не применяется ({reason}).").format(
                    code=e.subtask_code, reason=applies.reason
                )
            }
        )
    checklist = checklists.checklists[execution_id]
    if not checklist.complete:
        raise ValidationError({"slots": checklist.refusal()})
    if ExecutionStatus(e.status) is not ExecutionStatus.UPLOADED:
        e.status = ExecutionStatus.READY_FOR_UPLOAD.value
    e.completed_on = e.completed_on or on or date.today()
    if notes is not None:
        e.notes = notes
    session.flush()


# ------------------------------------------------------------------ applicability answers


def get_answers(session: Session, plan_id: int) -> dict[str, bool]:
    return {
        a.key: a.answer
        for a in session.scalars(select(ApplicabilityAnswer).where(ApplicabilityAnswer.year_plan_id == plan_id))
    }


def set_answer(session: Session, catalog: Catalog, plan_id: int, key: str, answer: bool | None) -> None:
    """Answer a catalog question for a year (None: not answered)."""
    try:
        catalog.question(key)
    except KeyError:
        known = ", ".join(q.key for q in catalog.questions) or "—"
        raise ValidationError(
            {"key": tr("Вопроса «{key}» нет в каталоге (есть: {known}).").format(key=key, known=known)}
        ) from None
    row = session.scalar(
        select(ApplicabilityAnswer).where(ApplicabilityAnswer.year_plan_id == plan_id, ApplicabilityAnswer.key == key)
    )
    if answer is None:
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(ApplicabilityAnswer(year_plan_id=plan_id, key=key, answer=answer))
    else:
        row.answer = answer
    session.flush()


# ------------------------------------------------------------------ supervised quasi-state companies


@dataclass(frozen=True)
class SupervisedInfo:
    id: int
    name: str
    bin: str | None


def list_supervised(session: Session, org_id: int) -> list[SupervisedInfo]:
    # In alphabet order (SQL's byte order puts Ә, Қ, Ө… after Я).
    found = session.scalars(select(SupervisedEntity).where(SupervisedEntity.organization_id == org_id))
    return sorted((SupervisedInfo(s.id, s.name, s.bin) for s in found), key=lambda s: (sort_key(s.name), s.id))


def add_supervised(session: Session, org_id: int, name: str, bin_: str | None = None) -> SupervisedInfo:
    from tbn4_desktop.core.validation import bin_error

    name = " ".join(name.split())
    errors: dict[str, str] = {}
    if not name:
        errors["name"] = tr("Укажите наименование организации.")
    elif len(name) > 500:
        errors["name"] = tr("Наименование длиннее 500 символов.")
    bin_ = (bin_ or "").strip() or None
    if bin_ is not None and (msg := bin_error(bin_)):
        errors["bin"] = msg
    # Compared in Python: SQLite's lower() folds ASCII letters only.
    if not errors and any(x.name.casefold() == name.casefold() for x in list_supervised(session, org_id)):
        errors["name"] = tr("«{name}» уже есть в списке курируемых организаций.").format(name=name)
    if errors:
        raise ValidationError(errors)
    row = SupervisedEntity(organization_id=org_id, name=name, bin=bin_)
    session.add(row)
    session.flush()
    return SupervisedInfo(row.id, row.name, row.bin)


def remove_supervised(session: Session, org_id: int, entity_id: int) -> None:
    row = session.get(SupervisedEntity, entity_id)
    if row is not None and row.organization_id == org_id:
        session.delete(row)
        session.flush()


def plan_year_of(session: Session, execution_id: int) -> int:
    """The year of the plan an execution belongs to."""
    execution = session.get(SubtaskExecution, execution_id)
    plan = session.get(YearPlan, execution.year_plan_id) if execution is not None else None
    if plan is None:
        raise ValueError(f"execution {execution_id} does not exist")
    return plan.year


def sibling_executions(session: Session, execution_id: int, codes: Iterable[str]) -> dict[str, int]:
    """Subtask code → execution id of `codes` in the year plan of
    `execution_id` (the first period of each, as the main window takes):
    the documents matrix opened from a Project 3 wizard."""
    execution = session.get(SubtaskExecution, execution_id)
    if execution is None:
        raise ValueError(f"execution {execution_id} does not exist")
    out: dict[str, int] = {}
    for ex_id, code in session.execute(
        select(SubtaskExecution.id, SubtaskExecution.subtask_code)
        .where(SubtaskExecution.year_plan_id == execution.year_plan_id, SubtaskExecution.subtask_code.in_(list(codes)))
        .order_by(SubtaskExecution.period, SubtaskExecution.id)
    ):
        out.setdefault(code, ex_id)
    return out


def slot_of(subtask: Subtask, key: str) -> DocumentSlot | None:
    try:
        return subtask.slot(key)
    except KeyError:
        return None
