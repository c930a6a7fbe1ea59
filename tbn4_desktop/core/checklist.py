"""«Done» as the instruction defines it: the checklist of a subtask's
confirming documents for one period, judged slot by slot.

A subtask and period is complete when every required slot is satisfied,
every conditional slot is satisfied or declared «не требуется» for a reason
the slot allows, and every signed slot is signed by a person allowed for
that slot at the organisation's level. Optional slots never block. Pure
Python: the services gather the facts, this module judges them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date

from tbn4_desktop.core.catalog import (
    AnchorEvent,
    Catalog,
    DocumentSlot,
    Question,
    Subtask,
)
from tbn4_desktop.core.esign.evidence import SignatureFacts
from tbn4_desktop.core.signature_rules import judge_signatures, signature_files
from tbn4_desktop.core.vocabulary import (
    AttachmentRole,
    Channel,
    DocumentKind,
    OrgLevel,
    Requirement,
    SignerRole,
)
from tbn4_desktop.i18n import tc, tr

#: Slot key of files that could not be given a slot (after the upgrade, or
#: attached before a slot was chosen): «Не распределено».
UNASSIGNED = ""


@dataclass(frozen=True)
class FileFact:
    slot_key: str  # UNASSIGNED when not sorted yet
    role: AttachmentRole
    name: str = ""
    sha256: str = ""
    signs_sha256: str | None = None  # a detached signature: the file it signs
    signature: SignatureFacts | None = None  # a signature file: its signers


@dataclass(frozen=True)
class LinkFact:
    slot_key: str
    url: str
    channel: Channel | None = None
    published_on: date | None = None


@dataclass(frozen=True)
class SlotRecordFact:
    """What the user said of one slot: who signed it, its date, a waiver."""

    signer_name: str | None = None
    signer_role: SignerRole | None = None
    doc_date: date | None = None
    waived_reason: str | None = None
    signer_iin: str | None = None


@dataclass(frozen=True)
class SlotState:
    slot: DocumentSlot
    satisfied: bool  # the document is there (files, links, rows) and, if signed, by whom may
    waived_reason: str | None
    files: int
    links: int
    missing_channels: tuple[Channel, ...]
    signer_name: str | None
    signer_role: SignerRole | None
    signer_allowed: bool | None  # None: the slot needs no signer, or none is chosen
    doc_date: date | None
    problems: tuple[str, ...]  # each a whole Russian clause; () when nothing is missing
    # Electronic signatures: who signed by the certificates, and what does
    # not fit (never blocks: core/signature_rules).
    certificate_signers: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        """Satisfied, waived, or optional: does not block completion."""
        return not self.problems

    @property
    def mark(self) -> str:
        if self.waived_reason:
            return "—"
        return "✔" if self.satisfied else ("✖" if self.slot.counts else "○")


@dataclass(frozen=True)
class Checklist:
    code: str
    period: str
    slots: tuple[SlotState, ...]
    unassigned_files: int = 0

    @property
    def complete(self) -> bool:
        return all(s.ok for s in self.slots)

    @property
    def problems(self) -> list[str]:
        return [p for s in self.slots for p in s.problems]

    @property
    def warnings(self) -> list[str]:
        return [w for s in self.slots for w in s.warnings]

    def refusal(self) -> str:
        """One Russian sentence naming what is missing ('' when complete)."""
        problems = self.problems
        if not problems:
            return ""
        return tr("Подзадачу {code} нельзя завершить: {problems}.").format(code=self.code, problems="; ".join(problems))

    def state(self, key: str) -> SlotState:
        for s in self.slots:
            if s.slot.key == key:
                return s
        raise KeyError(key)


@dataclass(frozen=True)
class SlotFacts:
    """Everything stored for one execution, as the checklist needs it."""

    files: tuple[FileFact, ...] = ()
    links: tuple[LinkFact, ...] = ()
    records: Mapping[str, SlotRecordFact] = field(default_factory=dict)
    register_rows: Mapping[str, int] = field(default_factory=dict)
    # Year-scope slots already satisfied in another period of the same year.
    satisfied_elsewhere: frozenset[str] = frozenset()
    org_bin: str = ""  # matched with the BIN of an electronic signature


def roles_text(roles: tuple[SignerRole, ...]) -> str:
    return ", ".join(r.label.lower() for r in roles) or "—"


def judge_slot(slot: DocumentSlot, level: OrgLevel, facts: SlotFacts) -> SlotState:
    record = facts.records.get(slot.key, SlotRecordFact())
    files = [f for f in facts.files if f.slot_key == slot.key]
    links = [l for l in facts.links if l.slot_key == slot.key]
    title = tc(slot.title)
    problems: list[str] = []
    missing_channels: tuple[Channel, ...] = ()
    present = False
    esign = judge_signatures(
        slot,
        level,
        signature_files(files, slot.key),
        signer_name=record.signer_name,
        signer_iin=record.signer_iin,
        org_bin=facts.org_bin,
    )
    if slot.kind in (DocumentKind.SIGNED, DocumentKind.FORM):
        present = esign.signed or any(f.role is AttachmentRole.SIGNED_SCAN for f in files)
        missing = tr("нет подписанного документа «{title}» (скана с подписью или файла с ЭЦП)").format(title=title)
    elif slot.kind is DocumentKind.COPY:
        present = esign.signed or any(f.role not in (AttachmentRole.DRAFT, AttachmentRole.SIGNATURE) for f in files)
        missing = tr("нет файла «{title}»").format(title=title)
    elif slot.kind is DocumentKind.LINK:
        have = {l.channel for l in links}
        if slot.any_channel:
            present = any(c in have for c in slot.channels)
            if not present:
                missing_channels = slot.channels
        else:
            missing_channels = tuple(c for c in slot.channels if c not in have)
            present = bool(links) and not missing_channels
        if links and missing_channels:
            channels = ", ".join(c.label for c in missing_channels)
            missing = (
                tr("для документа «{title}» нет ссылки ни в одном из каналов: {channels}")
                if slot.any_channel
                else tr("для документа «{title}» нет ссылки в каналах: {channels}")
            ).format(title=title, channels=channels)
        else:
            missing = tr("нет ссылки «{title}»").format(title=title)
    else:  # REGISTER
        present = facts.register_rows.get(slot.register or "", 0) > 0
        missing = tr("таблица «{title}» не заполнена").format(title=title)
    if slot.year_scope and slot.key in facts.satisfied_elsewhere:
        present = True

    signer_allowed: bool | None = None
    signer_problem = ""
    if slot.kind.needs_signer and present and not (slot.year_scope and not files):
        allowed = slot.signers_for(level)
        if record.signer_role is None:
            signer_problem = tr("не указан подписант документа «{title}»").format(title=title)
        else:
            signer_allowed = record.signer_role in allowed
            if not signer_allowed:
                signer_problem = tr(
                    "документ «{title}» подписал(а) {name} — {role}, а подписывать его может: {roles}"
                ).format(
                    title=title,
                    name=record.signer_name,
                    role=record.signer_role.label.lower(),
                    roles=roles_text(allowed),
                )
    satisfied = present and not signer_problem
    waived = record.waived_reason if slot.requirement is Requirement.CONDITIONAL else None
    if waived and waived not in slot.waive_reasons:
        waived = None
    if not satisfied and not waived and slot.counts:
        problems.append(signer_problem or missing)
    doc_date = record.doc_date
    if doc_date is None and links:
        # A link slot is dated by its publications: the last of them, since
        # every channel must be published by the deadline.
        published = [l.published_on for l in links if l.published_on is not None]
        doc_date = max(published) if published else None
    return SlotState(
        slot=slot,
        satisfied=satisfied,
        waived_reason=waived,
        files=len(files),
        links=len(links),
        missing_channels=missing_channels,
        signer_name=record.signer_name,
        signer_role=record.signer_role,
        signer_allowed=signer_allowed,
        doc_date=doc_date,
        problems=tuple(problems),
        certificate_signers=esign.signers,
        warnings=esign.warnings,
    )


def judge(subtask: Subtask, period: str, level: OrgLevel, facts: SlotFacts) -> Checklist:
    """The checklist of one subtask and period."""
    states = [judge_slot(slot, level, facts) for slot in subtask.documents]
    judging = subtask.deadline.slot
    if judging is not None:
        # The date of the slot that judges an action deadline is required:
        # without it «в срок» cannot be told.
        states = [_need_date(s) if s.slot.key == judging else s for s in states]
    unassigned = sum(1 for f in facts.files if f.slot_key == UNASSIGNED)
    return Checklist(code=subtask.code, period=period, slots=tuple(states), unassigned_files=unassigned)


def _need_date(state: SlotState) -> SlotState:
    if state.doc_date is not None or not state.satisfied or state.slot.date is None:
        return state
    problem = tr("не указана {date} документа «{title}»").format(
        date=state.slot.date.label.lower(), title=tc(state.slot.title)
    )
    return replace(state, problems=state.problems + (problem,))


def with_anchor_dates(subtask: Subtask, facts: SlotFacts, anchors: Mapping[AnchorEvent, date | None]) -> SlotFacts:
    """The facts with each anchor slot dated by its anchor event: the
    report's signing (1.1.6) and the plan's approval (1.1.7) are one value,
    kept with the anchor dates."""
    records = dict(facts.records)
    for slot in subtask.documents:
        day = anchors.get(slot.anchor) if slot.anchor is not None else None
        if day is not None:
            records[slot.key] = replace(records.get(slot.key, SlotRecordFact()), doc_date=day)
    return replace(facts, records=records)


def judge_plan(
    catalog: Catalog,
    level: OrgLevel,
    executions: Iterable[tuple[int, str, str]],
    facts: Mapping[int, SlotFacts],
    anchors: Mapping[AnchorEvent, date | None],
) -> dict[int, Checklist]:
    """The checklist of every execution (id, code, period) of one plan:
    anchor slots dated by their anchors, and a year-scope slot (one document
    for the year) satisfied in any period counting in every period of the
    same subtask. Executions of subtasks the catalog lacks are left out."""
    executions = list(executions)
    subtasks = {s.code: s for s in catalog.subtasks()}
    dated = {
        ex: with_anchor_dates(subtasks[code], facts.get(ex, SlotFacts()), anchors)
        for ex, code, _period in executions
        if code in subtasks
    }
    elsewhere: dict[str, set[str]] = {}
    for ex, code, period in executions:
        subtask = subtasks.get(code)
        if subtask is None or not any(d.year_scope for d in subtask.documents):
            continue
        for state in judge(subtask, period, level, dated[ex]).slots:
            if state.slot.year_scope and state.satisfied:
                elsewhere.setdefault(code, set()).add(state.slot.key)
    result: dict[int, Checklist] = {}
    for ex, code, period in executions:
        if code not in subtasks:
            continue
        f = dated[ex]
        if code in elsewhere:
            f = replace(f, satisfied_elsewhere=frozenset(elsewhere[code]))
        result[ex] = judge(subtasks[code], period, level, f)
    return result


# ------------------------------------------------------------------ applicability


@dataclass(frozen=True)
class Applicability:
    applies: bool
    question: Question | None = None
    answer: bool | None = None  # None: the question is not answered yet

    @property
    def reason(self) -> str:
        """Why ('' for a subtask applicable without a question)."""
        if self.question is None:
            return "" if self.applies else tr("не применяется к уровню организации")
        question = tc(self.question.text)
        if self.answer is None:
            return tr("ответьте на вопрос: «{question}» (пока подзадача считается применимой)").format(
                question=question
            )
        if self.answer:
            return tr("да: «{question}»").format(question=question)
        return tr("нет: «{question}»").format(question=question)


def applicability(catalog: Catalog, subtask: Subtask, level: OrgLevel, answers: Mapping[str, bool]) -> Applicability:
    """Whether a subtask applies to an organisation of ``level`` with these
    answers to the catalog's questions. An unanswered question leaves the
    subtask applicable (it is shown with the question, never hidden)."""
    if not subtask.applies_to(level):
        return Applicability(applies=False)
    if subtask.applies_if is None:
        return Applicability(applies=True)
    question = catalog.question(subtask.applies_if)
    if level not in question.levels:
        return Applicability(applies=True)
    answer = answers.get(question.key)
    return Applicability(applies=answer is not False, question=question, answer=answer)
