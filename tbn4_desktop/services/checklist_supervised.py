"""The quasi-state companies an organisation supervises (the denominator of
its Project 3 shares)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.i18n import sort_key, tr
from tbn4_desktop.models import SupervisedEntity


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
