"""What the pages of one subtask wizard share: the subtask, the
organisation, the execution as last read from the store, the signatories.
Plain data from the services; every change goes through a service call in
its own session (one user action, one session)."""

from __future__ import annotations

from dataclasses import dataclass, field

from tbn4_desktop.core.catalog import Catalog, Subtask
from tbn4_desktop.core.vocabulary import DocumentKind, SignerRole, period_label
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.executions import ExecutionDetail, get_execution
from tbn4_desktop.services.organizations import (
    OrganizationInfo,
    SignatoryInfo,
    list_signatories,
)


@dataclass
class WizardState:
    ctx: AppContext
    catalog: Catalog
    organization: OrganizationInfo
    execution_id: int
    detail: ExecutionDetail = field(init=False)
    signatories: list[SignatoryInfo] = field(init=False)
    attachments_changed: bool = False
    deadline: object | None = None      # dashboard.DeadlineRow of this execution, when computed

    def __post_init__(self) -> None:
        with self.ctx.store.session() as session:
            self.detail = get_execution(session, self.execution_id)
            self.signatories = list_signatories(session, self.organization.id)

    def reload(self) -> ExecutionDetail:
        with self.ctx.store.session() as session:
            self.detail = get_execution(session, self.execution_id)
        return self.detail

    @property
    def subtask(self) -> Subtask:
        return self.catalog.subtask(self.detail.info.subtask_code)

    @property
    def allowed_roles(self) -> tuple[SignerRole, ...]:
        return self.subtask.signers_for(self.organization.level)

    @property
    def needs_link(self) -> bool:
        return any(d.kind is DocumentKind.LINK for d in self.subtask.documents)

    @property
    def needs_scan(self) -> bool:
        return any(d.kind is not DocumentKind.LINK for d in self.subtask.documents)

    @property
    def heading(self) -> str:
        period = self.detail.info.period
        text = f"Подзадача {self.subtask.code}"
        return f"{text} — {period_label(period)}" if period else text

    def signatory(self, signatory_id: int | None) -> SignatoryInfo | None:
        return next((s for s in self.signatories if s.id == signatory_id), None)

    def refusal_for(self, signatory: SignatoryInfo) -> str | None:
        """Why this signatory may not sign this subtask here (None: may)."""
        if signatory.role in self.allowed_roles:
            return None
        allowed = ", ".join(r.label for r in self.allowed_roles) or "—"
        return (f"{signatory.full_name} ({signatory.role.label}) не может подписывать документы подзадачи "
                f"{self.subtask.code} на уровне «{self.organization.level.label}». "
                f"Допустимые подписанты: {allowed}.")
