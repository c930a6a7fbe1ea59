"""Organisations and their signatories."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.validation import ValidationError, bin_error, iin_error, required_error
from tbn4_desktop.core.vocabulary import (
    ExecutionStatus,
    OrgLevel,
    SignerRole,
    periods_of,
)
from tbn4_desktop.i18n import tr
from tbn4_desktop.models import (
    Organization,
    Setting,
    Signatory,
    SlotRecord,
    SubtaskExecution,
    YearPlan,
)
from tbn4_desktop.models.register import RegisterRow
from tbn4_desktop.services.records import (  # re-exported for callers
    OrganizationInfo as OrganizationInfo,
)
from tbn4_desktop.services.records import (
    OrganizationInput as OrganizationInput,
)
from tbn4_desktop.services.records import (
    SignatoryInfo as SignatoryInfo,
)
from tbn4_desktop.services.records import (
    SignatoryInput as SignatoryInput,
)
from tbn4_desktop.store_errors import ConcurrentEditError

CURRENT_ORG_KEY = "current_organization_id"


def _org_info(org: Organization) -> OrganizationInfo:
    return OrganizationInfo(
        id=org.id,
        name=org.name,
        bin=org.bin,
        level=OrgLevel(org.level),
        parent_id=org.parent_id,
        parent_name=org.parent.name if org.parent else None,
        version=org.version,
    )


def _signatory_info(s: Signatory) -> SignatoryInfo:
    return SignatoryInfo(
        id=s.id,
        full_name=s.full_name,
        position=s.position,
        role=SignerRole(s.role),
        active=s.active,
        version=s.version,
        iin=s.iin,
    )


def organization_errors(data: OrganizationInput) -> dict[str, str]:
    """Field key → message for the organisation's own fields."""
    errors: dict[str, str] = {}
    if msg := required_error(data.name, tr("Наименование организации")):
        errors["name"] = msg
    if msg := bin_error(data.bin):
        errors["bin"] = msg
    if data.level is not OrgLevel.CENTRAL and not data.parent_name.strip():
        errors["parent_name"] = tr(
            "Укажите вышестоящий (курирующий) орган: он загружает отчётность в ИСПУ, "
            "если у организации нет своей учётной записи."
        )
    return errors


def signatory_errors(data: SignatoryInput) -> dict[str, str]:
    """Field key (full_name, position) → message for one signatory."""
    errors: dict[str, str] = {}
    if not data.full_name.strip():
        errors["full_name"] = tr("Укажите фамилию, имя и отчество подписанта.")
    if not data.position.strip():
        errors["position"] = tr("Укажите должность подписанта полностью.")
    if data.iin.strip() and (msg := iin_error(data.iin)):
        errors["iin"] = msg
    return errors


def validate_organization(
    data: OrganizationInput, signatories: list[SignatoryInput], *, signatories_required: bool = True
) -> None:
    errors = organization_errors(data)
    if not signatories and signatories_required:
        errors["signatories"] = tr("Добавьте хотя бы одного подписанта.")
    for i, s in enumerate(signatories):
        found = signatory_errors(s)
        if "full_name" in found or "position" in found:
            errors[f"signatories[{i}]"] = tr("Подписант №{number}: укажите Ф.И.О. и должность.").format(number=i + 1)
        elif "iin" in found:
            errors[f"signatories[{i}]"] = tr("Подписант №{number}: {problem}").format(
                number=i + 1, problem=found["iin"]
            )
    if errors:
        raise ValidationError(errors)


def create_organization(
    session: Session,
    data: OrganizationInput,
    signatories: list[SignatoryInput],
    *,
    make_current: bool = True,
    signatories_required: bool = True,
) -> OrganizationInfo:
    """``signatories_required=False``: `tbn4 org init` creates the organisation
    first and adds who signs with `tbn4 signatory add`."""
    validate_organization(data, signatories, signatories_required=signatories_required)
    _check_bin_free(session, data.bin, None)
    parent = _parent_for(session, data)
    org = Organization(name=data.name.strip(), bin=data.bin.strip(), level=data.level.value, parent=parent)
    org.signatories = [
        Signatory(
            full_name=s.full_name.strip(), position=s.position.strip(), role=s.role.value, iin=s.iin.strip() or None
        )
        for s in signatories
    ]
    session.add(org)
    session.flush()
    if make_current:
        set_current_organization(session, org.id)
    return _org_info(org)


def _check_bin_free(session: Session, bin_: str, own_id: int | None) -> None:
    other = session.scalar(select(Organization).where(Organization.bin == bin_.strip()))
    if other is not None and other.id != own_id:
        raise ValidationError({"bin": tr("Организация с таким БИН уже есть в базе.")})


def _parent_for(session: Session, data: OrganizationInput) -> Organization | None:
    """The supervising body by name, created when it is not in the store yet."""
    if not data.parent_name.strip():
        return None
    parent = session.scalar(select(Organization).where(Organization.name == data.parent_name.strip()))
    if parent is None:
        parent = Organization(
            name=data.parent_name.strip(), level=(data.parent_level or _default_parent_level(data.level)).value
        )
        session.add(parent)
    return parent


def _default_parent_level(level: OrgLevel) -> OrgLevel:
    return OrgLevel.OBLAST if level in (OrgLevel.DISTRICT, OrgLevel.OBLAST, OrgLevel.QUASI) else OrgLevel.CENTRAL


def set_current_organization(session: Session, org_id: int) -> None:
    setting = session.get(Setting, CURRENT_ORG_KEY)
    if setting is None:
        session.add(Setting(key=CURRENT_ORG_KEY, value=str(org_id)))
    else:
        setting.value = str(org_id)


def get_current_organization(session: Session) -> OrganizationInfo | None:
    setting = session.get(Setting, CURRENT_ORG_KEY)
    if setting is None:
        return None
    org = session.get(Organization, int(setting.value))
    return _org_info(org) if org else None


def get_organization(session: Session, org_id: int) -> OrganizationInfo | None:
    org = session.get(Organization, org_id)
    return _org_info(org) if org else None


def list_signatories(session: Session, org_id: int, *, active_only: bool = True) -> list[SignatoryInfo]:
    query = select(Signatory).where(Signatory.organization_id == org_id).order_by(Signatory.id)
    if active_only:
        query = query.where(Signatory.active.is_(True))
    return [_signatory_info(s) for s in session.scalars(query)]


# ------------------------------------------------------------ later changes
PlanCatalog = Callable[[str, int, int], Catalog]  # (catalog_id, version, year) → catalog


def update_organization(
    session: Session,
    org_id: int,
    data: OrganizationInput,
    expected_version: int,
    *,
    catalog_for_plan: PlanCatalog | None = None,
) -> OrganizationInfo:
    """Change the name, BIN, level or supervising body.

    The level decides which subtasks apply, so it may change only while no
    subtask of any year is completed; the year plans are then brought in
    line with the new level (rows that no longer apply and hold no work are
    dropped, newly applicable ones added). `catalog_for_plan` gives each
    plan's catalog and is needed only when the level changes and plans exist.
    """
    org = _organization(session, org_id, expected_version)
    errors = organization_errors(data)
    if errors:
        raise ValidationError(errors)
    _check_bin_free(session, data.bin, org.id)
    if data.level.value != org.level:
        _change_level(session, org, data.level, catalog_for_plan)
    parent = _parent_for(session, data)
    if parent is org:
        raise ValidationError({"parent_name": tr("Организация не может быть вышестоящим органом для самой себя.")})
    # Every query is done: the fields change in one flush, one version step.
    org.name, org.bin, org.level, org.parent = data.name.strip(), data.bin.strip(), data.level.value, parent
    session.flush()
    return _org_info(org)


def _organization(session: Session, org_id: int, expected_version: int) -> Organization:
    org = session.get(Organization, org_id)
    if org is None:
        raise ValueError(f"organization {org_id} does not exist")
    if org.version != expected_version:
        raise ConcurrentEditError(
            tr(
                "Сведения об организации только что изменил другой пользователь. "
                "Ваши изменения не сохранены: откройте их заново и повторите."
            )
        )
    return org


def _change_level(session: Session, org: Organization, level: OrgLevel, catalog_for_plan: PlanCatalog | None) -> None:
    executions = list(
        session.scalars(
            select(SubtaskExecution)
            .join(YearPlan)
            .where(YearPlan.organization_id == org.id)
            .order_by(YearPlan.year, SubtaskExecution.id)
        )
    )
    done = [e for e in executions if ExecutionStatus(e.status).is_done or e.completed_on is not None]
    if done:
        e = done[0]
        raise ValidationError(
            {
                "level": tr(
                    "Уровень нельзя изменить: подзадача {code} ({year} г.) уже выполнена, "
                    "а от уровня зависит, какие подзадачи применяются и кто их подписывает."
                ).format(code=e.subtask_code, year=e.year_plan.year)
            }
        )
    plans = list(session.scalars(select(YearPlan).where(YearPlan.organization_id == org.id)))
    for plan in plans:
        if catalog_for_plan is None:
            raise ValueError("catalog_for_plan is needed to change the level of an organisation with plans")
        _align_plan(session, plan, level, catalog_for_plan(plan.catalog_id, plan.catalog_version, plan.year))


def _has_work(session: Session, e: SubtaskExecution) -> bool:
    if ExecutionStatus(e.status) is not ExecutionStatus.NOT_STARTED or e.notes.strip() or e.signatory_id:
        return True
    if e.attachments or e.links or e.slot_records:
        return True
    rows = session.scalar(select(func.count()).select_from(RegisterRow).where(RegisterRow.execution_id == e.id))
    return (rows or 0) > 0


def _align_plan(session: Session, plan: YearPlan, level: OrgLevel, catalog: Catalog) -> None:
    """Executions of one plan as ensure_year_plan would create them for `level`."""
    wanted = {(s.code, p) for s in catalog.subtasks() if s.applies_to(level) for p in periods_of(s.periodicity)}
    have = {(e.subtask_code, e.period): e for e in plan.executions}
    for key, e in have.items():
        if key in wanted:
            continue
        if _has_work(session, e):
            raise ValidationError(
                {
                    "level": tr(
                        "Уровень нельзя изменить: подзадача {code} ({year} г.) уже в работе, "
                        "а на уровне «{level}» она не применяется."
                    ).format(code=e.subtask_code, year=plan.year, level=level.label)
                }
            )
        session.delete(e)
    for subtask in catalog.subtasks():
        for period in periods_of(subtask.periodicity):
            if (subtask.code, period) in wanted and (subtask.code, period) not in have:
                session.add(
                    SubtaskExecution(
                        year_plan=plan,
                        subtask_code=subtask.code,
                        period=period,
                        status=ExecutionStatus.NOT_STARTED.value,
                        notes="",
                    )
                )


def add_signatory(session: Session, org_id: int, data: SignatoryInput) -> SignatoryInfo:
    if errors := signatory_errors(data):
        raise ValidationError(errors)
    if session.get(Organization, org_id) is None:
        raise ValueError(f"organization {org_id} does not exist")
    s = Signatory(
        organization_id=org_id,
        full_name=data.full_name.strip(),
        position=data.position.strip(),
        role=data.role.value,
        active=True,
        iin=data.iin.strip() or None,
    )
    session.add(s)
    session.flush()
    return _signatory_info(s)


def update_signatory(session: Session, signatory_id: int, data: SignatoryInput, expected_version: int) -> SignatoryInfo:
    """Correct the name or position; the role only while the signatory has
    signed no completed subtask (those records must keep meaning what they
    meant when signed)."""
    s = _signatory(session, signatory_id, expected_version)
    if errors := signatory_errors(data):
        raise ValidationError(errors)
    if data.role.value != s.role and (n := signed_count(session, s.id)):
        raise ValidationError(
            {
                "role": tr(
                    "Роль нельзя изменить: этот подписант уже подписал выполненные подзадачи ({count}). "
                    "Если сменилась должность, добавьте нового подписанта, а этого отметьте «Не подписывает больше»."
                ).format(count=n)
            }
        )
    s.full_name = data.full_name.strip()
    s.position = data.position.strip()
    s.role = data.role.value
    s.iin = data.iin.strip() or None
    session.flush()
    return _signatory_info(s)


def deactivate_signatory(session: Session, signatory_id: int, expected_version: int) -> SignatoryInfo:
    """No longer offered for new signatures; stays in the store for the
    records they signed."""
    s = _signatory(session, signatory_id, expected_version)
    if s.active:
        others = session.scalar(
            select(func.count())
            .select_from(Signatory)
            .where(Signatory.organization_id == s.organization_id, Signatory.active.is_(True), Signatory.id != s.id)
        )
        if not others:
            raise ValidationError(
                {
                    "signatory": tr(
                        "Это последний подписант организации: сначала добавьте того, кто будет подписывать вместо него."
                    )
                }
            )
        s.active = False
        session.flush()
    return _signatory_info(s)


def reactivate_signatory(session: Session, signatory_id: int, expected_version: int) -> SignatoryInfo:
    s = _signatory(session, signatory_id, expected_version)
    if not s.active:
        s.active = True
        session.flush()
    return _signatory_info(s)


def signed_count(session: Session, signatory_id: int) -> int:
    """Completed executions with a document this signatory signed (slot
    records), or that name them as the signer of the whole subtask (data
    kept from before document slots)."""
    done = [st.value for st in ExecutionStatus if st.is_done]
    finished = SubtaskExecution.status.in_(done) | SubtaskExecution.completed_on.is_not(None)
    by_slot = select(SlotRecord.execution_id).where(SlotRecord.signatory_id == signatory_id)
    return (
        session.scalar(
            select(func.count())
            .select_from(SubtaskExecution)
            .where(finished, SubtaskExecution.id.in_(by_slot) | (SubtaskExecution.signatory_id == signatory_id))
        )
        or 0
    )


def _signatory(session: Session, signatory_id: int, expected_version: int) -> Signatory:
    s = session.get(Signatory, signatory_id)
    if s is None:
        raise ValueError(f"signatory {signatory_id} does not exist")
    if s.version != expected_version:
        raise ConcurrentEditError(
            tr(
                "Этого подписанта только что изменил другой пользователь. "
                "Ваши изменения не сохранены: откройте список заново и повторите."
            )
        )
    return s
