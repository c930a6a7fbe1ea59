"""The export's reading, inside one short database session: the
organisation, the executions in scope, their bundle items, the forms as
data and the inventory lines — everything the writing needs without it."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any

from tbn4_desktop.core.bundle import BundleItem
from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.checklist import UNASSIGNED
from tbn4_desktop.core.forms.inventory import InventoryItem
from tbn4_desktop.core.forms.model import Form, FormName
from tbn4_desktop.core.vocabulary import DocumentKind, ExecutionStatus, period_label_ru
from tbn4_desktop.i18n import source_language, tr
from tbn4_desktop.services.audit import bundle_journal
from tbn4_desktop.services.checklist import list_supervised
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.executions import find_year_plan
from tbn4_desktop.services.export_errors import ExportError, NothingToExport
from tbn4_desktop.services.export_form_cache import PageCounts
from tbn4_desktop.services.export_items import bundle_item
from tbn4_desktop.services.export_scope import ExecRow, ExportScope, ScopeKind, in_scope, read_year
from tbn4_desktop.services.forms import FormRequest, FormRequestError, build_form, forms_of_subtask, inventory_items
from tbn4_desktop.services.organizations import (
    OrganizationInfo,
    get_current_organization,
    get_organization,
    list_signatories,
)


@dataclass
class Planned:
    """What the session read: everything needed to write without it."""

    org: OrganizationInfo
    parent: OrganizationInfo | None
    year: int
    catalog: dict[str, Any]
    last_export_at: datetime | None
    spec_items: list[BundleItem]
    executions: list[ExecRow]
    forms: dict[tuple[int, FormName], Form]  # (item index, form) → form data
    inventory: list[InventoryItem]
    form_slots: dict[tuple[int, FormName], str] = field(default_factory=dict)  # → the FORM slot's key
    answers: dict[str, bool] = field(default_factory=dict)
    anchors: dict[str, str] = field(default_factory=dict)
    supervised: list[dict[str, Any]] = field(default_factory=list)
    journal: bytes | None = None  # journal.json: the items' journal of changes
    footer: bool = False  # «Сформировано…» on the forms (settings.form_footer)


def read_planned(
    ctx: AppContext, session: Any, org_id: int | None, year: int, scope: ExportScope, created_at: datetime
) -> Planned:
    org = organization_of(session, org_id)
    plan = find_year_plan(session, org.id, year)
    if plan is None:
        raise _no_plan(year, org.name)
    catalog = ctx.catalog_for_plan(plan.catalog_id, plan.catalog_version, year)
    # The checklist's words go into the manifest: Russian, whoever exports
    # (a bundle is the same from a Kazakh and a Russian interface).
    with source_language():
        snapshot = read_year(session, catalog, org.id, year, created_at.date())
    if snapshot is None:  # None only without a plan
        raise _no_plan(year, org.name)
    executions = in_scope(snapshot, catalog, scope)
    if not executions:
        raise _nothing(scope, snapshot.last_export_at, year)
    signatories = {s.id: s for s in list_signatories(session, org.id, active_only=False)}
    spec_items = [bundle_item(catalog, e, signatories, ctx) for e in executions]
    today = created_at.date()
    forms: dict[tuple[int, FormName], Form] = {}
    form_slots: dict[tuple[int, FormName], str] = {}
    for n, e in enumerate(executions):
        for name in _forms_of(catalog, e):
            forms[(n, name)] = _build_form(session, catalog, org.id, year, e, name, today, ctx.settings.form_footer)
            form_slots[(n, name)] = _form_slot(catalog, e.code, name)
    return Planned(
        org=org,
        parent=get_organization(session, org.parent_id) if org.parent_id else None,
        year=year,
        catalog={"id": plan.catalog_id, "version": plan.catalog_version},
        last_export_at=snapshot.last_export_at,
        spec_items=spec_items,
        executions=executions,
        forms=forms,
        inventory=_inventory_items(session, catalog, ctx, org.id, year, executions),
        form_slots=form_slots,
        answers=dict(snapshot.answers),
        footer=ctx.settings.form_footer,
        anchors={event: day.isoformat() for event, day in snapshot.anchors.items()},
        supervised=[{"name": s.name, "bin": s.bin} for s in list_supervised(session, org.id)],
        journal=bundle_journal(session, org.id, year, [(e.code, e.period) for e in executions]),
    )


def _no_plan(year: int, name: str) -> ExportError:
    return ExportError(
        tr(
            "За {year} год данных нет: у организации «{name}» нет плана на этот год. "
            "Выберите другой год или начните работу над этим годом в программе."
        ).format(year=year, name=name)
    )


def _form_slot(catalog: Catalog, code: str, name: FormName) -> str:
    """The key of the subtask's FORM slot of this appendix ('' when none)."""
    try:
        subtask = catalog.subtask(code)
    except KeyError:
        return UNASSIGNED
    for slot in subtask.documents:
        if slot.kind is DocumentKind.FORM and slot.appendix is not None and f"app{slot.appendix}" == name.value:
            return slot.key
    return UNASSIGNED


def _nothing(scope: ExportScope, last: datetime | None, year: int) -> ExportError:
    if scope.kind is ScopeKind.CHANGED:
        if last:
            return NothingToExport(
                tr("С последней выгрузки ({when}) за {year} год ничего не изменилось: пакет не сформирован.").format(
                    when=last.strftime("%d.%m.%Y %H:%M"), year=year
                )
            )
        return NothingToExport(
            tr("С последней выгрузки за {year} год ничего не изменилось: пакет не сформирован.").format(year=year)
        )
    if scope.kind is ScopeKind.PROJECT:
        return ExportError(
            tr(
                "В проекте {project} нет подзадач за {year} год: выгружать нечего. Выберите другой проект или весь год."
            ).format(project=scope.project, year=year)
        )
    return ExportError(tr("В плане на {year} год нет ни одной подзадачи: выгружать нечего.").format(year=year))


def _forms_of(catalog: Catalog, e: ExecRow) -> list[FormName]:
    """The appendix forms of a subtask, unless it was never started."""
    if e.status is ExecutionStatus.NOT_STARTED and not any(e.rows.values()):
        return []
    try:
        return forms_of_subtask(catalog.subtask(e.code))
    except KeyError:
        return []


def _build_form(
    session: Any, catalog: Catalog, org_id: int, year: int, e: ExecRow, name: FormName, today: date, footer: bool
) -> Form:
    request = FormRequest(
        name=name,
        year=year,
        organization_id=org_id,
        subtask_code=e.code if name is FormName.APP1 else None,
        period=e.period or None,
    )
    try:
        return build_form(session, catalog, request, today=today, footer=footer)
    except FormRequestError:
        # The form is kept for the whole year (its registers are not periodic): that form, then.
        try:
            return build_form(session, catalog, replace(request, period=None), today=today, footer=footer)
        except FormRequestError as exc:
            raise ExportError(
                tr("Не удалось сформировать «{form}» для подзадачи {code}: {reason}").format(
                    form=name.label, code=e.code, reason=exc
                )
            ) from exc


def _inventory_items(
    session: Any, catalog: Catalog, ctx: AppContext, org_id: int, year: int, executions: list[ExecRow]
) -> list[InventoryItem]:
    """The опись lines of the executions exported (signed scans, e-signed files and links)."""
    wanted = {(e.code, inventory_period(e.period, year)) for e in executions}
    # Only what the bundle carries: an e-signed draft stays home, and so does its line.
    carried = {
        (e.code, inventory_period(e.period, year), name)
        for e in executions
        for name in [f.original_name for f in e.files] + [l.url for l in e.links]
    }
    pages = PageCounts.of_data_dir(ctx.data_dir)  # each scan's pages counted once, not at every export
    lines = [
        i
        for i in inventory_items(session, catalog, org_id, year, blobs=ctx.blobs, pages=pages)
        if (i.code, i.period) in wanted and (i.code, i.period, i.document) in carried
    ]
    pages.save()
    return lines


def inventory_period(period: str, year: int) -> str:
    # As services/forms writes the inventory's period column: «Март», «II квартал», «2026 год».
    label = period_label_ru(period) if period else f"{year} год"  # i18n: ru-only — printed in the inventory form
    return label[0].upper() + label[1:]


def organization_of(session: Any, org_id: int | None) -> OrganizationInfo:
    if org_id is None:
        org = get_current_organization(session)
        if org is None:
            raise ExportError(
                tr(
                    "Организация ещё не настроена: выгружать нечего. "
                    "Заполните сведения об организации в программе (или создайте демонстрационные данные)."
                )
            )
        return org
    org = get_organization(session, org_id)
    if org is None:
        raise ExportError(tr("Организации с номером {id} нет в базе. Проверьте номер организации.").format(id=org_id))
    return org


def organization_record(
    org: OrganizationInfo, parent: OrganizationInfo | None, supervised: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    return {
        "id": org.id,
        "name": org.name,
        "bin": org.bin,
        "level": org.level.value,
        "parent": None
        if parent is None
        else {
            "id": parent.id,
            "name": parent.name,
            "bin": parent.bin,
            "level": parent.level.value,
        },
        # The quasi-state companies it supervises: the Project 3 denominator.
        "supervised": list(supervised or []),
    }
