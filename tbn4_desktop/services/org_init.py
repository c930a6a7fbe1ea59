"""The organisation of an empty data folder, set up step by step from the
command line (`tbn4 org init`, then `tbn4 signatory add`): unlike the
first-start form, which asks for the organisation and its signatories at
once, the organisation is created before anyone who signs for it."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.i18n import tr
from tbn4_desktop.models import Organization
from tbn4_desktop.services.organizations import (
    OrganizationInfo,
    OrganizationInput,
    create_organization,
    get_current_organization,
)


def init_organization(session: Session, data: OrganizationInput) -> OrganizationInfo:
    """Create the data folder's organisation (without signatories) and make
    it the current one. Refused (ValidationError) when the folder already
    has an organisation or a field is wrong."""
    existing = get_current_organization(session) or session.scalar(
        select(Organization).order_by(Organization.id.desc()).limit(1)
    )
    if existing is not None:
        raise ValidationError(
            {
                "organization": tr(
                    "В папке данных уже есть организация «{name}»: новую организацию создают только "
                    "в пустой папке данных (параметр --data-dir)."
                ).format(name=existing.name)
            }
        )
    return create_organization(session, data, [], signatories_required=False)
