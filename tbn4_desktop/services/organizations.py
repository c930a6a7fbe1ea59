"""Organisations and their signatories."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tbn4_desktop.core.validation import ValidationError, bin_error, required_error
from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
from tbn4_desktop.models import Organization, Setting, Signatory
from tbn4_desktop.services.records import (  # noqa: F401 - re-exported for callers
    OrganizationInfo, OrganizationInput, SignatoryInfo, SignatoryInput,
)

CURRENT_ORG_KEY = "current_organization_id"


def _org_info(org: Organization) -> OrganizationInfo:
    return OrganizationInfo(
        id=org.id, name=org.name, bin=org.bin, level=OrgLevel(org.level),
        parent_id=org.parent_id, parent_name=org.parent.name if org.parent else None,
    )


def _signatory_info(s: Signatory) -> SignatoryInfo:
    return SignatoryInfo(id=s.id, full_name=s.full_name, position=s.position,
                         role=SignerRole(s.role), active=s.active)


def validate_organization(data: OrganizationInput, signatories: list[SignatoryInput]) -> None:
    errors: dict[str, str] = {}
    if msg := required_error(data.name, "Наименование организации"):
        errors["name"] = msg
    if msg := bin_error(data.bin):
        errors["bin"] = msg
    if data.level is not OrgLevel.CENTRAL and not data.parent_name.strip():
        errors["parent_name"] = (
            "Укажите вышестоящий (курирующий) орган: он загружает отчётность в ИСПУ, "
            "если у организации нет своей учётной записи."
        )
    if not signatories:
        errors["signatories"] = "Добавьте хотя бы одного подписанта."
    for i, s in enumerate(signatories):
        if not s.full_name.strip() or not s.position.strip():
            errors[f"signatories[{i}]"] = f"Подписант №{i + 1}: укажите Ф.И.О. и должность."
    if errors:
        raise ValidationError(errors)


def create_organization(
    session: Session, data: OrganizationInput, signatories: list[SignatoryInput],
    *, make_current: bool = True,
) -> OrganizationInfo:
    validate_organization(data, signatories)
    if session.scalar(select(Organization).where(Organization.bin == data.bin.strip())):
        raise ValidationError({"bin": "Организация с таким БИН уже есть в базе."})
    parent = None
    if data.parent_name.strip():
        parent = session.scalar(select(Organization).where(Organization.name == data.parent_name.strip()))
        if parent is None:
            parent = Organization(name=data.parent_name.strip(),
                                  level=(data.parent_level or _default_parent_level(data.level)).value)
            session.add(parent)
    org = Organization(name=data.name.strip(), bin=data.bin.strip(), level=data.level.value, parent=parent)
    org.signatories = [
        Signatory(full_name=s.full_name.strip(), position=s.position.strip(), role=s.role.value)
        for s in signatories
    ]
    session.add(org)
    session.flush()
    if make_current:
        set_current_organization(session, org.id)
    return _org_info(org)


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
