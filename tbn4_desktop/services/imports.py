"""Import of a subordinate organisation's bundle (the oblast roll-up).

Order of work, so that a refused bundle changes nothing:

1. open the bundle and check its archive and manifest (core/bundle_reader);
2. check it against this installation: a known catalog, a subordinate of
   the current organisation, every subtask and register row valid,
   not older than what is already imported;
3. copy the ZIP into a staging folder inside the attachments folder (named
   as our temporary folders are, core/tempfiles: swept at the next start
   when the process was killed) and
   verify every file of that copy (size, SHA-256, document type), keeping a
   verified copy of each — so what is checked is what is stored, even if
   the original changes meanwhile;
4. flush the staged files to disk, move them into the content-addressed
   store and write the records in one database transaction. A crash between
   the move and the commit leaves only unreferenced blobs (harmless:
   content-addressed, never shown; `tbn4 check` reports them and `--repair`
   moves them to quarantine); the staging folder is removed whatever happens.

Generated forms, ссылки.txt and the inventory are not kept as attachments:
they are derived from the imported records and can be made again; the
bundle's ZIP itself is kept in the store (by its SHA-256) as the original.

What makes the subordinate's checklists is stored slot by slot, so that the
roll-up judges them with the same rules as the organisation's own
(services/checklist.plan_checklists): each file's and link's slot (and the
link's channel), each slot's signer (matched by name and role among the
subordinate's signatories, added when new), its date (an anchor slot's date
is the plan's anchor date) and «не требуется» with its reason; the year's
applicability answers and the list of supervised quasi-state companies.
A format 1 bundle is sorted into slots first (bundle_reader.resolve_slots).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tbn4_desktop.core.bundle import BundleCancelled, BundleError
from tbn4_desktop.core.bundle_reader import (
    CancelledCallback,
    ImportLimits,
    Manifest,
    ManifestItem,
    ManifestSignatory,
    ProgressCallback,
    open_bundle,
    resolve_slots,
)
from tbn4_desktop.core.catalog import (
    AnchorEvent,
    Catalog,
    CatalogError,
    Register,
    Subtask,
)
from tbn4_desktop.core.checklist import UNASSIGNED
from tbn4_desktop.core.journal import AuditAction
from tbn4_desktop.core.kpi import HEADCOUNT_REGISTER
from tbn4_desktop.core.register_values import is_blank_row, normalise, to_storage
from tbn4_desktop.core.vocabulary import DocumentKind, Requirement, period_label
from tbn4_desktop.i18n import tc, tr
from tbn4_desktop.models import (
    ApplicabilityAnswer,
    Attachment,
    Link,
    Organization,
    Signatory,
    SlotRecord,
    SubtaskExecution,
    SupervisedEntity,
    YearPlan,
)
from tbn4_desktop.models.base import utcnow
from tbn4_desktop.models.exchange import ImportedBundle
from tbn4_desktop.models.register import RegisterRow
from tbn4_desktop.services import audit
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.deadlines import (
    ANCHOR_YEARS_AFTER,
    ANCHOR_YEARS_BEFORE,
    set_anchors,
)
from tbn4_desktop.services.import_staging import (
    ATTACHED_ROLES,
    ImportError_,
    adopt,
    as_users_file,
    check_signatures,
    check_types,
    copy_in,
    make_stage,
)
from tbn4_desktop.services.organizations import get_current_organization

__all__ = ["BundleCancelled", "BundleError", "ImportError_", "ImportResult", "UnknownSubordinate", "import_bundle"]


class UnknownSubordinate(ImportError_):
    """The bundle's organisation is not in the store yet; the caller may ask
    the user and import again with add_unknown_subordinate=True."""

    def __init__(self, message: str, name: str, bin_: str):
        super().__init__(message)
        self.name = name
        self.bin = bin_


@dataclass(frozen=True)
class ImportResult:
    organization: str
    bin: str
    year: int
    items: int
    files: int  # attachments taken in
    bytes: int
    already_imported: bool = False
    replaced_older: bool = False
    added_subordinate: bool = False
    old_format: bool = False  # a format 1 bundle, sorted into document slots on import

    @property
    def message(self) -> str:
        if self.already_imported:
            return tr("Пакет «{name}» за {year} год уже принят ранее; данные не изменились.").format(
                name=self.organization, year=self.year
            )
        if self.replaced_older:
            text = tr(
                "Пакет «{name}» за {year} год заменил ранее принятый: подзадач и периодов {items}, файлов {files}."
            )
        else:
            text = tr("Пакет «{name}» за {year} год принят: подзадач и периодов {items}, файлов {files}.")
        sentences = [text.format(name=self.organization, year=self.year, items=self.items, files=self.files)]
        if self.added_subordinate:
            sentences.append(tr("Организация добавлена как подведомственная."))
        if self.old_format:
            sentences.append(
                tr(
                    "Пакет прежнего формата (без документов подзадач): файлы, ссылки и подписант "
                    "распределены по документам автоматически; то, что нельзя отнести к одному "
                    "документу, — в «Не распределено»."
                )
            )
        return " ".join(sentences)


def import_bundle(
    ctx: AppContext,
    path: Path | str,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
    add_unknown_subordinate: bool = False,
) -> ImportResult:
    """Take a subordinate's bundle into the store, all or nothing.

    Raises ImportError_ / UnknownSubordinate / BundleError with a message
    saying why, BundleCancelled when `cancelled()` turned true."""
    path = Path(path)
    limits = ImportLimits.from_settings(ctx.settings)
    with open_bundle(path, limits, verify=False) as reader:
        manifest = reader.manifest
        journal_entries = len(reader.journal or ())
    catalog = _catalog(ctx, manifest, path.name)
    manifest = resolve_slots(manifest, catalog)
    rows = _checked_rows(catalog, manifest, path.name)
    anchors = _checked_slots(catalog, manifest, path.name)
    with ctx.store.session() as session:
        plan = _check_against_store(session, manifest, path.name, add_unknown_subordinate)
    if plan.already is not None:
        return plan.already

    stage = make_stage(ctx.blobs.root)
    try:
        zip_copy, zip_sha = copy_in(path, stage, progress, cancelled)
        with as_users_file(path), open_bundle(zip_copy, limits, verify=False) as staged:
            if staged.manifest.sha256 != manifest.sha256:
                raise ImportError_(
                    tr("Пакет «{name}» изменился во время приёма; повторите приём.").format(name=path.name)
                )
            files_total = staged.total_bytes
            zip_size = zip_copy.stat().st_size

            def files_progress(done: int, total: int) -> None:
                if progress:
                    progress(zip_size + done, zip_size + files_total)

            staged.verify_files(stage, progress=files_progress, cancelled=cancelled)
        media = check_types(manifest, stage, path.name)
        signatures = check_signatures(manifest, stage, path.name)
        if cancelled and cancelled():
            raise BundleCancelled(tr("Приём пакета отменён; данные не изменены."))
        adopt(ctx, stage, manifest, zip_copy, zip_sha)
        with ctx.store.session() as session:
            with audit.suppressed(session):  # the import is journaled as one entry, below
                result = _write(
                    session,
                    catalog,
                    manifest,
                    plan,
                    rows,
                    anchors,
                    media,
                    zip_sha,
                    path.name,
                    add_unknown_subordinate,
                    signatures,
                )
            _journal_import(session, manifest, result, zip_sha, path.name, journal_entries)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return result


# --------------------------------------------------------------------------
# Checks against this installation
# --------------------------------------------------------------------------


def _catalog(ctx: AppContext, m: Manifest, name: str) -> Catalog:
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


def _checked_rows(
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


def _checked_slots(catalog: Catalog, m: Manifest, name: str) -> dict[AnchorEvent, date]:
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
        subtask = catalog.subtask(item.code)  # known: _checked_rows ran first
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


@dataclass
class _Plan:
    org_id: int | None  # None: to be created as a subordinate
    current_id: int
    live: int | None  # the live ImportedBundle of this organisation and year
    already: ImportResult | None = None


def _check_against_store(session: Session, m: Manifest, name: str, add_unknown: bool) -> _Plan:
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
        return _Plan(org_id=None, current_id=current.id, live=None)
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
        return _Plan(
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
    return _Plan(org.id, current.id, live.id if live else None)


def _local(moment: datetime) -> str:
    return moment.replace(tzinfo=UTC).astimezone().strftime("%d.%m.%Y %H:%M")


# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------


def _write(
    session: Session,
    catalog: Catalog,
    m: Manifest,
    plan: _Plan,
    rows: dict[tuple[str, str], list[tuple[Register, list[dict[str, Any]]]]],
    anchors: dict[AnchorEvent, date],
    media: dict[str, str],
    zip_sha: str,
    source_name: str,
    add_unknown: bool,
    signatures: dict[tuple[int, str], tuple[str | None, str]] | None = None,
) -> ImportResult:
    org_m = m.organization
    if plan.org_id is None:
        org = Organization(name=org_m.name[:500], bin=org_m.bin, level=org_m.level.value, parent_id=plan.current_id)
        session.add(org)
        session.flush()
    else:
        org = session.get_one(Organization, plan.org_id)
        if org.name != org_m.name[:500] or org.level != org_m.level.value:
            org.name, org.level = org_m.name[:500], org_m.level.value  # the subordinate knows itself best
    year_plan = session.scalar(select(YearPlan).where(YearPlan.organization_id == org.id, YearPlan.year == m.year))
    if year_plan is None:
        year_plan = YearPlan(
            organization_id=org.id, year=m.year, catalog_id=m.catalog_id, catalog_version=m.catalog_version
        )
        session.add(year_plan)
        session.flush()
    else:
        year_plan.catalog_id, year_plan.catalog_version = m.catalog_id, m.catalog_version
    existing = {
        (e.subtask_code, e.period): e
        for e in session.scalars(select(SubtaskExecution).where(SubtaskExecution.year_plan_id == year_plan.id))
    }
    signatories = {
        (s.full_name, s.role): s for s in session.scalars(select(Signatory).where(Signatory.organization_id == org.id))
    }
    files = size = 0
    for index, item in enumerate(m.items):
        e = existing.get((item.code, item.period))
        if e is None:
            e = SubtaskExecution(year_plan_id=year_plan.id, subtask_code=item.code, period=item.period, notes="")
            session.add(e)
            session.flush()
        session.execute(delete(RegisterRow).where(RegisterRow.execution_id == e.id))
        for register, stored_rows in rows[(item.code, item.period)]:
            for position, values in enumerate(stored_rows):
                session.add(RegisterRow(execution_id=e.id, register_key=register.key, position=position, values=values))
        e.links = [
            Link(
                url=l.url,
                title=l.title,
                published_on=l.published_on,
                slot_key=l.slot or UNASSIGNED,
                channel=l.channel.value if l.channel else None,
            )
            for l in item.all_links
        ]
        n, b = _attachments(e, item, media, {path: v for (i, path), v in (signatures or {}).items() if i == index})
        files, size = files + n, size + b
        _slot_records(session, org, signatories, e, item, catalog.subtask(item.code))
        _set_state(e, item)
        session.flush()
        # «Changed after upload → upload again» (executions.py) must not
        # apply here: the subordinate's own marks are taken as they are.
        if (e.status, e.uploaded_on, e.ispu_reference) != (item.status.value, item.uploaded_on, item.ispu_reference):
            _set_state(e, item)
            session.flush()
    if m.format_version >= 2 and m.scope == "year":
        # The subordinate's anchor dates as they are now (one it cleared is cleared).
        set_anchors(session, year_plan.id, {event: anchors.get(event) for event in AnchorEvent})
    elif anchors:
        set_anchors(session, year_plan.id, anchors)
    if m.format_version >= 2:
        _answers(session, year_plan, m)
        _supervised(session, org, m)
    if m.scope == "year":
        # A whole-year bundle is the subordinate's year as it is now.
        listed = {(item.code, item.period) for item in m.items}
        for key, e in existing.items():
            if key not in listed:
                session.delete(e)
    now = utcnow()
    if plan.live is not None:
        session.get_one(ImportedBundle, plan.live).superseded_at = now
    session.add(
        ImportedBundle(
            organization_id=org.id,
            year=m.year,
            manifest_sha256=m.sha256,
            bundle_sha256=zip_sha,
            bundle_created_at=m.created_at,
            source_name=source_name[:500],
            imported_at=now,
            items=len(m.items),
            files=files,
        )
    )
    session.flush()
    return ImportResult(
        organization=org.name,
        bin=org_m.bin or "",
        year=m.year,
        items=len(m.items),
        files=files,
        bytes=size,
        replaced_older=plan.live is not None,
        added_subordinate=plan.org_id is None and add_unknown,
        old_format=m.format_version < 2,
    )


def _set_state(e: SubtaskExecution, item: ManifestItem) -> None:
    e.status = item.status.value
    e.completed_on = item.completed_on
    e.notes = item.notes
    e.uploaded_on = item.uploaded_on
    e.ispu_reference = item.ispu_reference


def _slot_records(
    session: Session,
    org: Organization,
    signatories: dict[tuple[str, str], Signatory],
    e: SubtaskExecution,
    item: ManifestItem,
    subtask: Subtask,
) -> None:
    """Make the execution's slot records those of the bundle: signer, date
    and «не требуется» of each slot. An anchor slot's date is the plan's
    anchor date (set by the caller), and a link slot's date that is only the
    date of its last publication is left to be derived again from the links."""
    wanted: dict[str, tuple[int | None, date | None, str | None]] = {}
    for state in item.slots:
        slot = subtask.slot(state.key)
        day = state.doc_date
        if slot.anchor is not None:
            day = None
        elif slot.kind is DocumentKind.LINK:
            published = [l.published_on for l in state.links if l.published_on is not None]
            if published and day == max(published):
                day = None
        signer = _signatory(session, org, signatories, state.signer)
        if signer is not None or day is not None or state.waived_reason is not None:
            wanted[state.key] = (signer, day, state.waived_reason)
    for r in list(e.slot_records):
        if r.slot_key not in wanted:
            e.slot_records.remove(r)
    current = {r.slot_key: r for r in e.slot_records}
    for key, (signer, day, reason) in wanted.items():
        record = current.get(key)
        if record is None:
            record = SlotRecord(slot_key=key)
            e.slot_records.append(record)
        record.signatory_id, record.doc_date, record.waived_reason = signer, day, reason


def _answers(session: Session, year_plan: YearPlan, m: Manifest) -> None:
    """The year's applicability answers as the subordinate gave them."""
    stored = {
        a.key: a
        for a in session.scalars(select(ApplicabilityAnswer).where(ApplicabilityAnswer.year_plan_id == year_plan.id))
    }
    for key, row in stored.items():
        if key not in m.answers:
            session.delete(row)
    for key, answer in m.answers.items():
        if key in stored:
            stored[key].answer = answer
        else:
            session.add(ApplicabilityAnswer(year_plan_id=year_plan.id, key=key, answer=answer))


def _supervised(session: Session, org: Organization, m: Manifest) -> None:
    """The subordinate's list of supervised quasi-state companies (the
    denominator of its Project 3 shares), as the bundle gives it."""
    stored = {
        r.name.casefold(): r
        for r in session.scalars(select(SupervisedEntity).where(SupervisedEntity.organization_id == org.id))
    }
    wanted: dict[str, tuple[str, str | None]] = {}
    for name, bin_ in m.organization.supervised:
        wanted.setdefault(name.casefold(), (name, bin_))
    for key, old in stored.items():
        if key not in wanted:
            session.delete(old)
    session.flush()
    for key, (name, bin_) in wanted.items():
        row = stored.get(key)
        if row is None:
            session.add(SupervisedEntity(organization_id=org.id, name=name, bin=bin_))
        else:
            row.name, row.bin = name, bin_


def _signatory(
    session: Session, org: Organization, known: dict[tuple[str, str], Signatory], s: ManifestSignatory | None
) -> int | None:
    """The subordinate's signatory of that name and role (added when new)."""
    if s is None:
        return None
    match = known.get((s.full_name, s.role.value))
    if match is None:
        match = Signatory(organization_id=org.id, full_name=s.full_name, position=s.position, role=s.role.value)
        session.add(match)
        session.flush()
        known[(s.full_name, s.role.value)] = match
    elif s.position and match.position != s.position:
        match.position = s.position
    return match.id


def _attachments(
    e: SubtaskExecution, item: ManifestItem, media: dict[str, str], signatures: dict[str, tuple[str | None, str]]
) -> tuple[int, int]:
    """Make the current attachments those of the bundle; replaced ones move
    to the history (removed_at), as a user's replacement would. A signature
    file keeps the document it signs and the facts read from it (path →
    (signs_sha256, facts JSON): import_staging.check_signatures)."""
    wanted = [f for f in item.files if f.role in ATTACHED_ROLES]
    current = [a for a in e.attachments if a.removed_at is None]
    key = [(f.sha256, f.role, f.original_name or Path(f.path).name) for f in wanted]
    if [(a.sha256, a.role, a.original_name) for a in current] != key:
        now = utcnow()
        for a in current:
            a.removed_at = now
        for f in wanted:
            signs, info = signatures.get(f.path, (None, None))
            e.attachments.append(
                Attachment(
                    sha256=f.sha256,
                    original_name=(f.original_name or Path(f.path).name)[:255],
                    size=f.size,
                    media_type=media[f.sha256],
                    role=f.role,
                    slot_key=f.slot or UNASSIGNED,
                    signs_sha256=signs,
                    signature_info=info,
                )
            )
    else:
        # The same files, perhaps sorted into other slots since.
        for a, f in zip(current, wanted, strict=True):
            a.slot_key = f.slot or UNASSIGNED
    return len(wanted), sum(f.size for f in wanted)


def _journal_import(
    session: Session, m: Manifest, result: ImportResult, zip_sha: str, source_name: str, journal_entries: int
) -> None:
    """The import, in the importer's journal. The subordinate's own journal
    stays in the bundle kept in the store (services/audit.imported_journal)."""
    org_id = session.scalar(select(Organization.id).where(Organization.bin == m.organization.bin))
    # i18n: ru-only-begin — journal entry stored in the database
    what = "заменил ранее принятый" if result.replaced_older else "принят"
    # i18n: ru-only-end
    audit.record_event(
        session,
        AuditAction.IMPORT.value,
        organization_id=org_id,
        year=m.year,
        # i18n: ru-only-begin — journal entry stored in the database
        summary=(
            f"Пакет «{source_name}» организации «{result.organization}» за {m.year} год {what}: подзадач "
            f"и периодов {result.items}, файлов {result.files}, записей её журнала изменений {journal_entries}."
        ),
        # i18n: ru-only-end
        details={
            "source_name": source_name,
            "bundle_sha256": zip_sha,
            "manifest_sha256": m.sha256,
            "bundle_created_at": m.created_at,
            "items": result.items,
            "files": result.files,
            "journal_entries": journal_entries,
            "replaced_older": result.replaced_older,
        },
    )
