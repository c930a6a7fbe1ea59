"""The checks a bundle passes before anything is stored: against the catalog
(its subtasks, register rows and document slots) and against this store (a
subordinate of the current organisation, not older than what is imported)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from tbn4_desktop.core.bundle_reader import Manifest, ManifestItem
from tbn4_desktop.core.catalog import AnchorEvent, Catalog, CatalogError, Register
from tbn4_desktop.core.checklist import UNASSIGNED
from tbn4_desktop.core.kpi import HEADCOUNT_REGISTER
from tbn4_desktop.core.register_values import is_blank_row, normalise, to_storage
from tbn4_desktop.core.vocabulary import DocumentKind, Requirement, period_label
from tbn4_desktop.i18n import tc, tr
from tbn4_desktop.models import Organization
from tbn4_desktop.models.exchange import ImportedBundle
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.deadlines import ANCHOR_YEARS_AFTER, ANCHOR_YEARS_BEFORE
from tbn4_desktop.services.import_staging import ATTACHED_ROLES, ImportError_
from tbn4_desktop.services.imports_result import ImportPlan, ImportResult, UnknownSubordinate
from tbn4_desktop.services.organizations import get_current_organization

# --------------------------------------------------------------------------
# Checks against this installation
# --------------------------------------------------------------------------


def catalog_of(ctx: AppContext, m: Manifest, name: str) -> Catalog:
    try:
        return ctx.catalogs.get(m.catalog_id, m.catalog_version)
    except CatalogError:
        raise ImportError_(
            tr(
                "Пакет «{name}» составлен по каталогу «{catalog}» версии {version}, "
                "которого нет в программе: импортируйте этот каталог (Карту реализации) или обновите программу."
            ).format(name=name, catalog=m.catalog_id, version=m.catalog_version)
        ) from None


def _item_ref(item: ManifestItem) -> str:
    """«1.1.2» or «1.1.2 (II квартал)»: the {item} of «подзадачи {item}»."""
    return f"{item.code} ({period_label(item.period)})" if item.period else item.code


def checked_rows(
    catalog: Catalog, m: Manifest, name: str
) -> dict[tuple[str, str], list[tuple[Register, list[dict[str, Any]]]]]:
    """Every item's subtask exists and every register row is valid; returns
    (code, period) → [(register, rows as stored)]. A bad row refuses the bundle."""
    out: dict[tuple[str, str], list[tuple[Register, list[dict[str, Any]]]]] = {}
    for item in m.items:
        try:
            subtask = catalog.subtask(item.code)
        except KeyError:
            raise ImportError_(
                tr("Пакет «{name}» отклонён: подзадачи {code} нет в каталоге «{catalog}» версии {version}.").format(
                    name=name, code=item.code, catalog=catalog.id, version=catalog.version
                )
            ) from None
        from tbn4_desktop.services.registers import NO_FACTS_REGISTER

        registers = {r.key: r for r in subtask.registers} | {
            HEADCOUNT_REGISTER.key: HEADCOUNT_REGISTER,
            NO_FACTS_REGISTER.key: NO_FACTS_REGISTER,
        }
        blocks = []
        for block in item.data_rows:
            register = registers.get(block.register)
            if register is None:
                raise ImportError_(
                    tr("Пакет «{name}» отклонён: у подзадачи {item} неизвестная таблица «{table}».").format(
                        name=name, item=_item_ref(item), table=block.register[:40]
                    )
                )
            stored: list[dict[str, Any]] = []
            for n, row in enumerate(block.rows, 1):
                if is_blank_row(row):
                    continue
                typed, errors = normalise(register, row)
                if errors:
                    message = next(iter(errors.values()))
                    raise ImportError_(
                        tr(
                            "Пакет «{name}» отклонён: строка {row} таблицы «{table}» подзадачи "
                            "{item} неверна — {reason}."
                        ).format(
                            name=name, row=n, table=tc(register.title), item=_item_ref(item), reason=message.rstrip(".")
                        )
                    )
                stored.append(to_storage(register, typed))
            blocks.append((register, stored))
        out[(item.code, item.period)] = blocks
    return out


def checked_slots(catalog: Catalog, m: Manifest, name: str) -> dict[AnchorEvent, date]:
    """Every file, link, signer, date and waiver names a document slot the
    subtask has, of the right kind, with a reason for «не требуется» the
    slot allows and a channel it names; a bad one refuses the bundle.
    Returns the anchor dates of the year (anchor event → date): those of the
    bundle (format 2) and those its anchor slots carry."""
    anchors: dict[AnchorEvent, date] = dict(m.anchors)
    first, last = m.year - ANCHOR_YEARS_BEFORE, m.year + ANCHOR_YEARS_AFTER
    for event, day in m.anchors.items():
        if not first <= day.year <= last:
            raise ImportError_(
                tr("Пакет «{name}» отклонён: дата «{event}» ({date}) не относится к {first}–{last} годам.").format(
                    name=name, event=event.label, date=f"{day:%d.%m.%Y}", first=first, last=last
                )
            )

    def refuse(item: ManifestItem, message: str, **values: object) -> ImportError_:
        """`message`: a whole sentence with {name} (the bundle) and {item} (the subtask and period)."""
        return ImportError_(message.format(name=name, item=_item_ref(item), **values))

    for item in m.items:
        subtask = catalog.subtask(item.code)  # known: checked_rows ran first
        slots = {d.key: d for d in subtask.documents}
        for f in item.files:
            if f.role not in ATTACHED_ROLES or f.slot in (None, UNASSIGNED):
                continue
            slot = slots.get(f.slot)
            if slot is None or not slot.kind.takes_files:
                raise refuse(
                    item,
                    tr(
                        "Пакет «{name}» отклонён: у подзадачи {item} файл «{file}» отнесён к "
                        "документу «{slot}», к которому файлы не прикладываются."
                    ),
                    file=f.path,
                    slot=f.slot,
                )
        for link in item.all_links:
            if link.slot in (None, UNASSIGNED):
                continue
            slot = slots.get(link.slot)
            if slot is None or slot.kind is not DocumentKind.LINK:
                raise refuse(
                    item,
                    tr(
                        "Пакет «{name}» отклонён: у подзадачи {item} ссылка {url} отнесена к "
                        "документу «{slot}», который не ссылка."
                    ),
                    url=link.url[:80],
                    slot=link.slot,
                )
            if link.channel is not None and link.channel not in slot.channels:
                raise refuse(
                    item,
                    tr(
                        "Пакет «{name}» отклонён: у подзадачи {item} канал «{channel}» не "
                        "предусмотрен для документа «{title}»."
                    ),
                    channel=link.channel.label,
                    title=tc(slot.title),
                )
        for state in item.slots:
            slot = slots.get(state.key)
            if slot is None:
                raise refuse(
                    item, tr("Пакет «{name}» отклонён: у подзадачи {item} неизвестный документ «{key}»."), key=state.key
                )
            if state.signer is not None and not slot.kind.needs_signer:
                raise refuse(
                    item,
                    tr(
                        "Пакет «{name}» отклонён: у подзадачи {item} указан подписант документа "
                        "«{title}», который не подписывается."
                    ),
                    title=tc(slot.title),
                )
            if state.waived_reason is not None and (
                slot.requirement is not Requirement.CONDITIONAL or state.waived_reason not in slot.waive_reasons
            ):
                raise refuse(
                    item,
                    tr(
                        "Пакет «{name}» отклонён: у подзадачи {item} для документа «{title}» указана "
                        "недопустимая причина «не требуется»: «{reason}»."
                    ),
                    title=tc(slot.title),
                    reason=state.waived_reason[:100],
                )
            if slot.anchor is not None and state.doc_date is not None:
                if not first <= state.doc_date.year <= last:
                    raise refuse(
                        item,
                        tr(
                            "Пакет «{name}» отклонён: у подзадачи {item} дата документа «{title}» "
                            "({date}) не относится к {first}–{last} годам."
                        ),
                        title=tc(slot.title),
                        date=f"{state.doc_date:%d.%m.%Y}",
                        first=first,
                        last=last,
                    )
                anchors[slot.anchor] = state.doc_date
    return anchors


def check_against_store(session: Session, m: Manifest, name: str, add_unknown: bool) -> ImportPlan:
    current = get_current_organization(session)
    if current is None:
        raise ImportError_(
            tr(
                "Организация ещё не настроена: сначала заполните сведения о своей организации, "
                "затем принимайте пакеты подведомственных."
            )
        )
    org_m = m.organization
    if not org_m.bin:
        raise ImportError_(
            tr(
                "Пакет «{name}» отклонён: в нём не указан БИН организации «{org}», без него её "
                "нельзя сопоставить; попросите указать БИН в программе и выгрузить заново."
            ).format(name=name, org=org_m.name)
        )
    if org_m.bin == current.bin:
        raise ImportError_(
            tr(
                "Пакет «{name}» — это пакет вашей же организации «{org}»; принимаются только "
                "пакеты подведомственных организаций."
            ).format(name=name, org=current.name)
        )
    org = session.scalar(select(Organization).where(Organization.bin == org_m.bin))
    if org is None:
        if not add_unknown:
            raise UnknownSubordinate(
                tr(
                    "Организация «{org}» (БИН {bin}) не числится подведомственной «{parent}»; добавьте её как "
                    "подведомственную, чтобы принять пакет."
                ).format(org=org_m.name, bin=org_m.bin, parent=current.name),
                org_m.name,
                org_m.bin,
            )
        return ImportPlan(org_id=None, current_id=current.id, live=None)
    if org.parent_id != current.id:
        raise ImportError_(
            tr(
                "Пакет «{name}» отклонён: организация «{org}» (БИН {bin}) не является подведомственной «{parent}»."
            ).format(name=name, org=org.name, bin=org.bin, parent=current.name)
        )
    live = session.scalar(
        select(ImportedBundle).where(
            ImportedBundle.organization_id == org.id,
            ImportedBundle.year == m.year,
            ImportedBundle.superseded_at.is_(None),
        )
    )
    if live is not None and live.manifest_sha256 == m.sha256:
        return ImportPlan(
            org.id,
            current.id,
            None,
            already=ImportResult(
                organization=org.name,
                bin=org_m.bin,
                year=m.year,
                items=live.items,
                files=live.files,
                bytes=0,
                already_imported=True,
            ),
        )
    if live is not None and live.bundle_created_at >= m.created_at:
        raise ImportError_(
            tr(
                "Пакет «{name}» сформирован {created}, а уже принят более новый пакет «{org}» за {year} год "
                "(от {newer}); старый пакет не принимается."
            ).format(
                name=name, created=_local(m.created_at), org=org.name, year=m.year, newer=_local(live.bundle_created_at)
            )
        )
    return ImportPlan(org.id, current.id, live.id if live else None)


def _local(moment: datetime) -> str:
    return moment.replace(tzinfo=UTC).astimezone().strftime("%d.%m.%Y %H:%M")
