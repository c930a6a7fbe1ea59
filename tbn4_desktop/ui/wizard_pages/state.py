"""What the pages of one subtask wizard share: the subtask and its document
slots, the organisation, the execution and its checklist as last read from
the store, the signatories. Plain data from the services; every change goes
through `write`, one service call in its own session (one user action, one
session), with the version the wizard read (shared office database)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tbn4_desktop.core.catalog import Catalog, DocumentSlot, Subtask
from tbn4_desktop.core.checklist import UNASSIGNED, Applicability, Checklist, SlotState
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import (
    DocumentKind,
    OrgLevel,
    Requirement,
    SignerRole,
    period_label,
)
from tbn4_desktop.i18n import tc, tr
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.executions import AttachmentInfo, ExecutionDetail
from tbn4_desktop.services.organizations import (
    OrganizationInfo,
    SignatoryInfo,
    list_signatories,
)
from tbn4_desktop.services.slot_records import read_slots
from tbn4_desktop.store_errors import (
    SUBTASK_RELOADED_MESSAGE,
    ConcurrentEditError,
    StoreError,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def requirement_text(slot: DocumentSlot) -> str:
    """«Обязательный» / «При условии: …» / «Необязательный»."""
    if slot.requirement is Requirement.CONDITIONAL and slot.condition:
        return tr("При условии: {condition}").format(condition=tc(slot.condition))
    return slot.requirement.label


def roles_text(roles: tuple[SignerRole, ...]) -> str:
    return ", ".join(r.label for r in roles) or "—"


def source_tooltip(slot: DocumentSlot) -> str:
    # The instruction's own words stay Russian (no official Kazakh text in the repository).
    return tr("Инструкция: «{quote}»").format(quote=slot.source) if slot.source else ""


def problem_text(state: SlotState) -> str:
    """The checklist's problems of a slot without the slot's own title (the
    card shows it already), as a sentence."""
    # The title is inside the clause in Russian, at its start in Kazakh.
    titles = {f"«{state.slot.title}»", f"«{tc(state.slot.title)}»"}
    parts = []
    for p in state.problems:
        for title in titles:
            p = p.replace(" " + title, "")
            if p.startswith(title + " "):
                p = p[len(title) + 1 :]
        parts.append(p)
    text = "; ".join(parts)
    return (text[:1].upper() + text[1:] + ".") if text else ""


@dataclass
class WizardState:
    ctx: AppContext
    catalog: Catalog
    organization: OrganizationInfo
    execution_id: int
    detail: ExecutionDetail = field(init=False)
    checklist: Checklist = field(init=False)
    applicability: Applicability | None = field(init=False)
    signer_ids: dict[str, int] = field(init=False)
    register_rows: dict[str, int] = field(init=False)
    signatories: list[SignatoryInfo] = field(init=False)
    attachments_changed: bool = False  # anything stored changed: the tree must be refreshed
    deadline: object | None = None  # dashboard.DeadlineRow of this execution, when computed
    last_errors: dict[str, str] = field(default_factory=dict)  # field → message of the last refused write

    def __post_init__(self) -> None:
        with self.ctx.store.session() as session:
            self._read(session)
            self.signatories = list_signatories(session, self.organization.id)

    def _read(self, session: Session) -> None:
        snapshot = read_slots(session, self.catalog, self.execution_id)
        self.detail = snapshot.detail
        self.checklist = snapshot.checklist
        self.applicability = snapshot.applicability
        self.signer_ids = snapshot.signer_ids
        self.register_rows = snapshot.register_rows

    def reload(self) -> ExecutionDetail:
        with self.ctx.store.session() as session:
            self._read(session)
        return self.detail

    def reload_signatories(self) -> None:
        with self.ctx.store.session() as session:
            self.signatories = list_signatories(session, self.organization.id)

    def write(self, action: Callable[[Session, int], object]) -> str | None:
        """Run `action(session, expected_version)`; re-read the subtask
        either way. None when saved, else the Russian message to show (after
        a concurrent edit: the data was re-read, say so)."""
        message = None
        self.last_errors = {}
        try:
            with self.ctx.store.session() as session:
                action(session, self.detail.info.version)
        except ValidationError as exc:
            self.last_errors = dict(exc.errors)
            message = " ".join(exc.errors.values())
        except ConcurrentEditError:
            message = tr(SUBTASK_RELOADED_MESSAGE)
        except StoreError as exc:
            message = str(exc)
        else:
            self.attachments_changed = True
        try:
            self.reload()
        except StoreError as exc:
            return message or str(exc)
        if message == tr(SUBTASK_RELOADED_MESSAGE):
            self.attachments_changed = True  # the tree must show the other PC's change too
        return message

    # ------------------------------------------------------------ the subtask
    @property
    def subtask(self) -> Subtask:
        return self.catalog.subtask(self.detail.info.subtask_code)

    @property
    def level(self) -> OrgLevel:
        return self.organization.level

    @property
    def slots(self) -> tuple[DocumentSlot, ...]:
        return self.subtask.documents

    @property
    def document_slots(self) -> list[DocumentSlot]:
        """The slots of the «Документы» page: everything but links."""
        return [s for s in self.slots if s.kind is not DocumentKind.LINK]

    @property
    def file_slots(self) -> list[DocumentSlot]:
        return [s for s in self.slots if s.kind.takes_files]

    @property
    def link_slots(self) -> list[DocumentSlot]:
        return [s for s in self.slots if s.kind is DocumentKind.LINK]

    @property
    def needs_documents_page(self) -> bool:
        """Documents other than links, or files still to be sorted (never
        hidden, even where the subtask takes no files)."""
        return bool(self.document_slots) or bool(self.unassigned)

    @property
    def needs_links_page(self) -> bool:
        return bool(self.link_slots)

    @property
    def heading(self) -> str:
        period = self.detail.info.period
        if period:
            return tr("Подзадача {code} — {period}").format(code=self.subtask.code, period=period_label(period))
        return tr("Подзадача {code}").format(code=self.subtask.code)

    # ------------------------------------------------------------ slot facts
    def slot_state(self, key: str) -> SlotState:
        return self.checklist.state(key)

    def files_of(self, key: str) -> list[AttachmentInfo]:
        return [a for a in self.detail.attachments if a.slot_key == key]

    @property
    def unassigned(self) -> list[AttachmentInfo]:
        return self.files_of(UNASSIGNED)

    def links_of(self, key: str):
        return [l for l in self.detail.links if l.slot_key == key]

    def signers_for(self, slot: DocumentSlot) -> list[SignatoryInfo]:
        """The organisation's signatories who may sign this slot here."""
        allowed = slot.signers_for(self.level)
        return [s for s in self.signatories if s.role in allowed]

    def signatory(self, signatory_id: int | None) -> SignatoryInfo | None:
        return next((s for s in self.signatories if s.id == signatory_id), None)

    def slot_title(self, key: str) -> str:
        if key == UNASSIGNED:
            return tr("Не распределено")
        try:
            return tc(self.subtask.slot(key).title)
        except KeyError:
            return key

    def has_input(self) -> bool:
        """Anything entered for this execution yet (resume: a fresh one opens at the start)."""
        info = self.detail.info
        return bool(
            self.detail.attachments
            or self.detail.links
            or self.signer_ids
            or info.notes.strip()
            or any(self.register_rows.values())
            or any(s.waived_reason or (s.doc_date and s.slot.anchor is None) for s in self.checklist.slots)
        )
