"""The year's answers to the catalog's applicability questions."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.i18n import tr
from tbn4_desktop.models import ApplicabilityAnswer


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
