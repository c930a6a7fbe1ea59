"""Official forms (Appendices 1–5, the inventory) filled from the store.

The builders in core/forms take plain data: the organisation's typed
register rows by register key, its name and the approver — the person
recorded as the signer of the appendix's FORM slot in the checklist of the
execution the form confirms (never a guess). This module reads
them from one organisation's year plan — every register row of the plan in
one query — and hands them over. The per-organisation reading is separate
(`_org_data`) so that a consolidated form for several organisations only has
to call it once per organisation and pass the list on.

The approver and the inventory's lines live beside it and are re-exported
here: services/forms_approver.py, services/forms_inventory.py.
"""

from __future__ import annotations

from collections.abc import MutableMapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tbn4_desktop.core.attachments import BlobStore
from tbn4_desktop.core.catalog import Catalog, Register, Subtask
from tbn4_desktop.core.forms.appendices import (
    APP2_QUARTERS,
    FormContext,
    OrgData,
    app1_subtasks,
    build_app1,
    build_app2,
    build_app3,
    build_app4,
    build_app5,
)
from tbn4_desktop.core.forms.inventory import InventoryItem, build_inventory
from tbn4_desktop.core.forms.model import Form, FormName
from tbn4_desktop.core.register_values import from_storage
from tbn4_desktop.core.vocabulary import (
    period_label_ru,
    periods_of,
)
from tbn4_desktop.i18n import sort_key, tr
from tbn4_desktop.models import (
    Organization,
    RegisterRow,
    SubtaskExecution,
    YearPlan,
)
from tbn4_desktop.services.forms_approver import APPROVER_ROLE as APPROVER_ROLE
from tbn4_desktop.services.forms_approver import approver_name
from tbn4_desktop.services.forms_approver import form_slot as form_slot
from tbn4_desktop.services.forms_approver import short_name as short_name
from tbn4_desktop.services.forms_inventory import plan_inventory_items, store_blobs
from tbn4_desktop.services.organizations import get_current_organization

__all__ = [
    "APP2_QUARTERS",
    "CONSOLIDATED_FORMS",
    "app2_needs_quarter",
    "FormRequest",
    "FormRequestError",
    "build_form",
    "form_target",
    "forms_of_subtask",
    "inventory_items",
    "short_name",
]


class FormRequestError(Exception):
    """The form cannot be built as asked; the message is Russian and complete."""


@dataclass(frozen=True)
class FormRequest:
    name: FormName
    year: int
    organization_id: int
    subtask_code: str | None = None  # Appendix 1 of one subtask only (the quarterly 2.2.1); None: the whole form
    period: str | None = None  # "Q1", "M03", "" …: only that period's rows; None: the whole year
    # The organisation's own facts and its subordinates' (Organization.parent_id),
    # each prefixed by its name: Appendices 1 and 3 for the region.
    consolidated: bool = False


#: The forms an oblast consolidates for its subordinates.
CONSOLIDATED_FORMS = (FormName.APP1, FormName.APP3)


def forms_of_subtask(subtask: Subtask) -> list[FormName]:
    """The appendix forms that confirm a subtask, in the catalog's order."""
    names: list[FormName] = []
    for n in subtask.appendices:
        name = FormName(f"app{n}")
        if name not in names:
            names.append(name)
    return names


def build_form(
    session: Session,
    catalog: Catalog,
    request: FormRequest,
    *,
    today: date,
    blobs: BlobStore | None = None,
    footer: bool = False,
) -> Form:
    """The form of one organisation's year (or one period of it).

    Raises FormRequestError for an unknown organisation, a year without a
    plan, a subtask or period the form does not have, and for Appendix 2
    without a quarter. `blobs` is needed only for the inventory's page
    counts; by default the store's own folder. `footer`: print «Сформировано
    <today> в программе ТБН-4» on each page (settings.form_footer)."""
    org = _organization(session, request.organization_id)
    if request.consolidated and request.name not in CONSOLIDATED_FORMS:
        raise FormRequestError(
            tr("Сводной формы «{form}» нет: сводными бывают Приложения №1 и №3.").format(form=request.name.label)
        )
    plan_id = _plan_id(session, org, request.year)
    subtasks = _feeding_subtasks(catalog, request)
    _check_period(request, subtasks)
    if request.name is FormName.APP2 and not request.period:
        raise FormRequestError(app2_needs_quarter())
    ctx = FormContext(
        year=request.year,
        organization=org.name,
        approver_name=approver_name(session, catalog, org, plan_id, request.name, request.period, subtasks),
        period_text=_period_text(request.period, request.year),
        generated_on=today if footer else None,
    )
    if request.name is FormName.INVENTORY:
        items = plan_inventory_items(
            session, catalog, plan_id, request.year, blobs or store_blobs(session), request.period
        )
        return build_inventory(ctx, items)
    codes = [s.code for s in subtasks]
    if request.consolidated:
        orgs = _consolidated_data(session, catalog, org, request, codes)
    else:
        orgs = [_org_data(session, catalog, plan_id, org.name, codes, request.period)]
    if request.name is FormName.APP1:
        return build_app1(catalog, ctx, orgs, codes=[request.subtask_code] if request.subtask_code else None)
    builder = {
        FormName.APP2: build_app2,
        FormName.APP3: build_app3,
        FormName.APP4: build_app4,
        FormName.APP5: build_app5,
    }[request.name]
    return builder(catalog, ctx, orgs)


def inventory_items(
    session: Session,
    catalog: Catalog,
    organization_id: int,
    year: int,
    *,
    blobs: BlobStore | None = None,
    pages: MutableMapping[str, int | None] | None = None,
) -> list[InventoryItem]:
    """One item per signed scan, electronically signed file and attached
    signature (drafts never), and per publication link of the year.
    `pages`: page counts by SHA-256 known from earlier runs, added to."""
    org = _organization(session, organization_id)
    plan_id = _plan_id(session, org, year)
    return plan_inventory_items(session, catalog, plan_id, year, blobs or store_blobs(session), pages=pages)


def form_target(session: Session, bin_: str | None, year: int | None) -> tuple[int, int]:
    """(organisation id, year) for `tbn4 form`: the organisation with that BIN
    (default: the current one) and the year (default: its newest plan)."""
    if bin_:
        org = session.scalar(select(Organization).where(Organization.bin == bin_.strip()))
        if org is None:
            raise FormRequestError(
                tr("Организации с БИН {bin} нет в базе. Проверьте БИН (параметр --org).").format(bin=bin_.strip())
            )
    else:
        current = get_current_organization(session)
        org = session.get(Organization, current.id) if current is not None else None
        if org is None:
            raise FormRequestError(
                tr(
                    "Организация не выбрана: сначала заполните сведения об организации "
                    "в приложении (или создайте демонстрационные данные: tbn4 demo)."
                )
            )
    if year is None:
        year = session.scalar(select(func.max(YearPlan.year)).where(YearPlan.organization_id == org.id))
        if year is None:
            raise FormRequestError(
                tr("У организации «{name}» ещё нет ни одного года работы: формировать нечего.").format(name=org.name)
            )
    return org.id, year


# ------------------------------------------------------------------ the request
def _organization(session: Session, org_id: int) -> Organization:
    org = session.get(Organization, org_id)
    if org is None:
        raise FormRequestError(
            tr("Организации с номером {id} нет в базе. Проверьте номер организации.").format(id=org_id)
        )
    return org


def _plan_id(session: Session, org: Organization, year: int) -> int:
    plan_id = session.scalar(select(YearPlan.id).where(YearPlan.organization_id == org.id, YearPlan.year == year))
    if plan_id is None:
        raise FormRequestError(
            tr("За {year} год данных нет: у организации «{name}» нет плана на этот год.").format(
                year=year, name=org.name
            )
        )
    return plan_id


def _feeding_subtasks(catalog: Catalog, request: FormRequest) -> list[Subtask]:
    """The subtasks whose registers fill the form (all of the plan for the inventory)."""
    name = request.name
    if request.subtask_code is not None:
        try:
            subtask = catalog.subtask(request.subtask_code)
        except KeyError:
            raise FormRequestError(
                tr("Подзадачи {code} нет в каталоге ТБН №4 этого года.").format(code=request.subtask_code)
            ) from None
        if name is not FormName.INVENTORY and name not in forms_of_subtask(subtask):
            raise FormRequestError(
                tr("Подзадача {code} не подтверждается формой «{form}».").format(code=subtask.code, form=name.label)
            )
        if name is not FormName.APP1 and name is not FormName.INVENTORY:
            raise FormRequestError(tr("Подзадачу можно указать только для Приложения №1."))
        return [subtask]
    if name is FormName.INVENTORY:
        return catalog.subtasks()
    if name is FormName.APP1:
        return app1_subtasks(catalog)
    prefix = f"{name.value}_"
    return [s for s in catalog.subtasks() if any(r.key.startswith(prefix) for r in s.registers)]


def _check_period(request: FormRequest, subtasks: Sequence[Subtask]) -> None:
    period = request.period
    if period is None:
        return
    every = {p for s in subtasks for p in periods_of(s.periodicity)}
    if period not in every:
        periodic = sorted({p for p in every if p})
        if periodic:
            raise FormRequestError(
                tr("Период «{period}» не подходит для формы «{form}»: допустимы: {periods}.").format(
                    period=period, form=request.name.label, periods=", ".join(periodic)
                )
            )
        raise FormRequestError(
            tr(
                "Период «{period}» не подходит для формы «{form}»: форма составляется за год, период не указывается."
            ).format(period=period, form=request.name.label)
        )


def app2_needs_quarter() -> str:
    """The refusal of a year-wide act: the act is made for one quarter."""
    return tr(
        "Акт сверки (Приложение №2) составляется за квартал: выберите I квартал (Q1), II квартал (Q2), "
        "III квартал (Q3) или IV квартал (Q4)."
    )


def _period_text(period: str | None, year: int) -> str:
    """«за I квартал 2025 года», «за март 2025 года»; '' for the whole year
    (printed in the form: Russian)."""
    if not period:
        return ""
    return f"за {period_label_ru(period)} {year} года"  # i18n: ru-only — printed in the official form


# ------------------------------------------------------------------ register rows
def _org_data(
    session: Session, catalog: Catalog, plan_id: int, org_name: str, codes: Sequence[str], period: str | None
) -> OrgData:
    """The organisation's typed rows by register key, of the given subtasks (and period)."""
    registers: dict[str, Register] = {r.key: r for code in codes for r in catalog.subtask(code).registers}
    query = (
        select(RegisterRow.register_key, RegisterRow.values)
        .join(SubtaskExecution, RegisterRow.execution_id == SubtaskExecution.id)
        .where(SubtaskExecution.year_plan_id == plan_id, SubtaskExecution.subtask_code.in_(list(codes)))
        .order_by(SubtaskExecution.period, RegisterRow.register_key, RegisterRow.position, RegisterRow.id)
    )
    if period is not None:
        query = query.where(SubtaskExecution.period == period)
    rows: dict[str, list[dict[str, Any]]] = {}
    for key, values in session.execute(query):
        register = registers.get(key)
        if register is not None:
            rows.setdefault(key, []).append(from_storage(register, values))
    return OrgData(org_name, rows)


def _consolidated_data(
    session: Session, catalog: Catalog, org: Organization, request: FormRequest, codes: Sequence[str]
) -> list[OrgData]:
    """The organisation first, then each subordinate with a plan for the year (by name)."""
    subs = session.execute(
        select(Organization.name, YearPlan.id)
        .join(YearPlan, YearPlan.organization_id == Organization.id)
        .where(Organization.parent_id == org.id, YearPlan.year == request.year)
        .order_by(Organization.id)
    ).all()
    subs = sorted(subs, key=lambda sub: sort_key(sub[0]))  # alphabet order: Ә, Қ, Ө… in their places
    if not subs:
        raise FormRequestError(
            tr(
                "Сводную форму составить не из чего: у подведомственных организаций «{name}» нет данных за {year} год."
            ).format(name=org.name, year=request.year)
        )
    own = _plan_id(session, org, request.year)
    return [
        _org_data(session, catalog, plan_id, name, codes, request.period) for name, plan_id in [(org.name, own), *subs]
    ]
