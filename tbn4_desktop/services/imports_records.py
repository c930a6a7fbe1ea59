"""The records an accepted bundle writes: the subordinate, its year plan,
executions, register rows, links, attachments, slot records, answers and
supervised companies, and the one journal entry of the import."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from tbn4_desktop.core.bundle_reader import Manifest, ManifestItem, ManifestSignatory
from tbn4_desktop.core.catalog import AnchorEvent, Catalog, Register, Subtask
from tbn4_desktop.core.checklist import UNASSIGNED
from tbn4_desktop.core.journal import AuditAction
from tbn4_desktop.core.vocabulary import DocumentKind
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
from tbn4_desktop.services.deadlines import set_anchors
from tbn4_desktop.services.import_staging import ATTACHED_ROLES
from tbn4_desktop.services.imports_result import ImportPlan, ImportResult


def write_records(
    session: Session,
    catalog: Catalog,
    m: Manifest,
    plan: ImportPlan,
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


def journal_import(
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
