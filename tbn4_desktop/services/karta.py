"""The Карта реализации of an organisation's year as XLSX: export the
template (with the dates already set) and import the filled-in file.

A date from the Карта is stored as the execution's `due_date_override`.
Import rules:

* the file is checked completely first (core.karta_xlsx.read_karta); any
  problem refuses the whole file and changes nothing;
* all dates are then written in one transaction;
* a blank date cell keeps the date the program already has (a Карта cannot
  clear a date; that is done on the subtask itself);
* one Карта serves the whole region, so rows of subtasks that do not apply
  at the organisation's level are skipped and reported, not refused;
* a «Периодичность» cell sets the subtask's periodicity for the year (the
  Карта is the authority where the instruction is silent): periods are
  added, and empty periods of the old periodicity removed, before the dates.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.karta_xlsx import (  # noqa: F401 - KartaError re-exported for callers
    KartaError,
    KartaTemplateRow,
    read_karta,
    write_karta_template,
)
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import OrgLevel, periods_of
from tbn4_desktop.i18n import tr
from tbn4_desktop.models import Organization, SubtaskExecution, YearPlan
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.executions import ensure_year_plan
from tbn4_desktop.services.periodicity import plan_periodicities, set_periodicity


@dataclass(frozen=True)
class KartaImportResult:
    updated: int  # executions whose date changed
    unchanged: int  # same date as before, or a blank cell
    not_applicable: tuple[str, ...]  # «код (период)» rows skipped: not for this level
    periodicity_changed: tuple[str, ...] = ()  # codes whose periodicity the Карта changed

    @property
    def summary(self) -> str:
        """The sentences for the UI."""
        text = tr("Сроки из Карты импортированы: изменено {updated}, без изменений {unchanged}.").format(
            updated=self.updated, unchanged=self.unchanged
        )
        if self.periodicity_changed:
            text += " " + tr("Периодичность изменена: {codes}.").format(codes=", ".join(self.periodicity_changed))
        if self.not_applicable:
            text += " " + tr("Пропущено строк, не относящихся к организации этого уровня: {count}.").format(
                count=len(self.not_applicable)
            )
        return text


def _organization(session: Session, org_id: int) -> Organization:
    org = session.get(Organization, org_id)
    if org is None:
        raise KartaError(tr("Организация не найдена: выберите организацию и повторите."))
    return org


def _plan(session: Session, org_id: int, year: int) -> YearPlan | None:
    return session.scalar(select(YearPlan).where(YearPlan.organization_id == org_id, YearPlan.year == year))


def _catalog(ctx: AppContext, plan: YearPlan | None, year: int) -> Catalog:
    if plan is not None:
        return ctx.catalog_for_plan(plan.catalog_id, plan.catalog_version, year)
    return ctx.catalog_for_year(year)


def export_karta(ctx: AppContext, org_id: int, year: int, path: Path | str) -> int:
    """Write the Карта template of the organisation's year to `path`, with
    the dates already set pre-filled; returns the number of rows. Does not
    create the year plan. Raises KartaError (Russian)."""
    with ctx.store.session() as session:
        org = _organization(session, org_id)
        plan = _plan(session, org_id, year)
        catalog = _catalog(ctx, plan, year)
        current: dict[tuple[str, str], date | None] = {}
        periodicity = {s.code: s.periodicity for s in catalog.subtasks()}
        if plan is not None:
            current = {
                (code, period): due
                for code, period, due in session.execute(
                    select(
                        SubtaskExecution.subtask_code, SubtaskExecution.period, SubtaskExecution.due_date_override
                    ).where(SubtaskExecution.year_plan_id == plan.id)
                )
            }
            periodicity = plan_periodicities(session, catalog, plan.id)
        level = OrgLevel(org.level)
        rows = [
            KartaTemplateRow(
                s.code, period, s.title, s.deadline.text, current.get((s.code, period)), periodicity[s.code]
            )
            for s in catalog.subtasks()
            if s.applies_to(level)
            for period in periods_of(periodicity[s.code])
        ]
    return write_karta_template(path, catalog, year, rows)


def import_karta(ctx: AppContext, org_id: int, year: int, path: Path | str) -> KartaImportResult:
    """Set the due dates of the organisation's year from a filled-in Карта,
    all or nothing. Creates the year plan if it does not exist yet. Raises
    KartaError (Russian) and changes nothing when the file is refused."""
    with ctx.store.session() as session:
        org = _organization(session, org_id)
        catalog = _catalog(ctx, _plan(session, org_id, year), year)
        rows = read_karta(path, catalog, year)
        plan_info = ensure_year_plan(session, org_id, year, catalog)
        changed: list[str] = []
        level = OrgLevel(org.level)
        for code, periodicity in dict.fromkeys((r.code, r.periodicity) for r in rows if r.periodicity):
            if not catalog.subtask(code).applies_to(level):
                continue
            try:
                if set_periodicity(session, catalog, plan_info.id, code, periodicity):
                    changed.append(code)
            except ValidationError as exc:
                raise KartaError(
                    tr("Карта «{name}» не импортирована, ничего не изменено. {reason}").format(
                        name=Path(path).name, reason=exc
                    )
                ) from exc
        executions = {
            (e.subtask_code, e.period): e
            for e in session.scalars(select(SubtaskExecution).where(SubtaskExecution.year_plan_id == plan_info.id))
        }
        updated = unchanged = 0
        skipped: list[str] = []
        for row in rows:
            execution = executions.get((row.code, row.period))
            if execution is None or not catalog.subtask(row.code).applies_to(level):
                skipped.append(f"{row.code} ({row.period})" if row.period else row.code)
                continue
            if row.due is None or execution.due_date_override == row.due:
                unchanged += 1
                continue
            execution.due_date_override = row.due
            updated += 1
        session.flush()
    return KartaImportResult(
        updated=updated, unchanged=unchanged, not_applicable=tuple(skipped), periodicity_changed=tuple(changed)
    )
