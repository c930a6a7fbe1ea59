"""Writing a checklist slot by slot: its signer, its date, «не требуется»
with a reason the instruction allows, the files sorted into it, its links."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import Catalog, DocumentSlot
from tbn4_desktop.core.checklist import UNASSIGNED
from tbn4_desktop.core.validation import ValidationError, url_error
from tbn4_desktop.core.vocabulary import (
    Channel,
    DocumentKind,
    ExecutionStatus,
    OrgLevel,
    Requirement,
)
from tbn4_desktop.i18n import tc, tr
from tbn4_desktop.models import (
    Attachment,
    Link,
    Organization,
    Signatory,
    SlotRecord,
    SubtaskExecution,
)
from tbn4_desktop.services.checklist_read import channel_of, load_execution, signer_role
from tbn4_desktop.services.deadlines import get_anchors, set_anchors
from tbn4_desktop.services.versioning import check_version, subtask_changed


def _level(session: Session, e: SubtaskExecution) -> OrgLevel:
    org = session.get(Organization, e.year_plan.organization_id)
    assert org is not None
    return OrgLevel(org.level)


def _slot(catalog: Catalog, e: SubtaskExecution, key: str) -> DocumentSlot:
    subtask = catalog.subtask(e.subtask_code)
    try:
        return subtask.slot(key)
    except KeyError:
        known = ", ".join(d.key for d in subtask.documents)
        raise ValidationError(
            {
                "slot": tr("У подзадачи {code} нет документа «{key}» (документы: {known}).").format(
                    code=subtask.code, key=key, known=known
                )
            }
        ) from None


def _record(e: SubtaskExecution, key: str) -> SlotRecord:
    for r in e.slot_records:
        if r.slot_key == key:
            return r
    r = SlotRecord(slot_key=key)
    e.slot_records.append(r)
    return r


def _started(e: SubtaskExecution) -> None:
    if ExecutionStatus(e.status) is ExecutionStatus.NOT_STARTED:
        e.status = ExecutionStatus.IN_PROGRESS.value


def set_slot_signer(
    session: Session,
    catalog: Catalog,
    execution_id: int,
    slot_key: str,
    signatory_id: int | None,
    *,
    expected_version: int | None = None,
) -> None:
    """Who signed (approved) the document of a slot; None clears it. A
    signatory who may not sign the slot is refused here, not at completion."""
    e = load_execution(session, execution_id)
    check_version(e, expected_version)
    slot = _slot(catalog, e, slot_key)
    if not slot.kind.needs_signer:
        raise ValidationError(
            {
                "signer": tr(
                    "Документ «{title}» не подписывается в организации: подписант для него не указывается."
                ).format(title=tc(slot.title))
            }
        )
    if signatory_id is not None:
        person = session.get(Signatory, signatory_id)
        org_id = e.year_plan.organization_id
        if person is None or person.organization_id != org_id:
            raise ValidationError({"signer": tr("Такого подписанта нет в списке организации.")})
        allowed = slot.signers_for(_level(session, e))
        role = signer_role(person.role)
        if role not in allowed:
            raise ValidationError(
                {
                    "signer": tr(
                        "{name}, {role}, не может подписывать документ «{title}»; его подписывает: {allowed}."
                    ).format(
                        name=person.full_name,
                        role=role.label.lower() if role else person.role,
                        title=tc(slot.title),
                        allowed=", ".join(r.label.lower() for r in allowed),
                    )
                }
            )
    record = _record(e, slot_key)
    if record.signatory_id != signatory_id:
        record.signatory_id = signatory_id
        subtask_changed(e)
    _started(e)
    session.flush()


def set_slot_date(
    session: Session,
    catalog: Catalog,
    execution_id: int,
    slot_key: str,
    day: date | None,
    *,
    expected_version: int | None = None,
) -> None:
    """The date of a slot's document (signing, approval, publication…). For
    a slot whose date is an anchor event, the anchor date itself is set."""
    e = load_execution(session, execution_id)
    check_version(e, expected_version)
    slot = _slot(catalog, e, slot_key)
    if slot.date is None:
        raise ValidationError({"date": tr("У документа «{title}» нет своей даты.").format(title=tc(slot.title))})
    if day is not None and day > date.today():
        raise ValidationError({"date": tr("{date} не может быть в будущем.").format(date=slot.date.label)})
    if slot.anchor is not None:
        changed = get_anchors(session, e.year_plan_id).get(slot.anchor) != day
        if changed:
            set_anchors(session, e.year_plan_id, {slot.anchor: day})
    else:
        record = _record(e, slot_key)
        changed = record.doc_date != day
        record.doc_date = day
    if changed:
        # The same date saved again is no change: an uploaded subtask stays uploaded.
        subtask_changed(e)
    _started(e)
    session.flush()


def waive_slot(
    session: Session,
    catalog: Catalog,
    execution_id: int,
    slot_key: str,
    reason: str | None,
    *,
    expected_version: int | None = None,
) -> None:
    """Declare a conditional document «не требуется» for one of the reasons
    the instruction allows (None takes the declaration back)."""
    e = load_execution(session, execution_id)
    check_version(e, expected_version)
    slot = _slot(catalog, e, slot_key)
    if reason is not None:
        if slot.requirement is not Requirement.CONDITIONAL:
            raise ValidationError(
                {
                    "reason": tr(
                        "Документ «{title}» обязателен: Инструкция не допускает отметку «не требуется»."
                    ).format(title=tc(slot.title))
                }
            )
        wanted = " ".join(reason.split()).casefold()
        match = next((r for r in slot.waive_reasons if r.casefold() == wanted), None)
        if match is None:
            raise ValidationError(
                {
                    "reason": tr("Причина «{reason}» не подходит; допустимо: {allowed}.").format(
                        reason=reason.strip(), allowed="; ".join(f"«{tc(r)}»" for r in slot.waive_reasons)
                    )
                }
            )
        reason = match
    record = _record(e, slot_key)
    if record.waived_reason != reason:
        record.waived_reason = reason
        subtask_changed(e)
    _started(e)
    session.flush()


def assign_attachment(
    session: Session, catalog: Catalog, attachment_id: int, slot_key: str, *, expected_version: int | None = None
) -> None:
    """Put a file into a slot (UNASSIGNED: back to «Не распределено»)."""
    a = session.get(Attachment, attachment_id)
    if a is None:
        raise ValueError(f"attachment {attachment_id} does not exist")
    check_version(a.execution, expected_version)
    if slot_key != UNASSIGNED:
        slot = _slot(catalog, a.execution, slot_key)
        if not slot.kind.takes_files:
            raise ValidationError(
                {"slot": tr("К документу «{title}» файлы не прикладываются.").format(title=tc(slot.title))}
            )
    if a.slot_key != slot_key:
        # A document's signatures go where it goes: a signature proves the
        # file it signs, in whichever slot that file is.
        for x in a.execution.attachments:
            if x.removed_at is None and x.signs_sha256 == a.sha256 and x.slot_key == a.slot_key:
                x.slot_key = slot_key
        a.slot_key = slot_key
    session.flush()


@dataclass(frozen=True)
class SlotLinkInput:
    url: str
    channel: Channel | None = None
    published_on: date | None = None
    title: str = ""


def set_slot_links(
    session: Session,
    catalog: Catalog,
    execution_id: int,
    slot_key: str,
    links: Iterable[SlotLinkInput],
    *,
    expected_version: int | None = None,
) -> None:
    """Replace the links of one link slot. Each needs a valid URL, a channel
    the slot names, and a publication date not in the future."""
    e = load_execution(session, execution_id)
    check_version(e, expected_version)
    slot = _slot(catalog, e, slot_key)
    if slot.kind is not DocumentKind.LINK:
        raise ValidationError({"slot": tr("Документ «{title}» — не ссылка.").format(title=tc(slot.title))})
    links = list(links)
    errors: dict[str, str] = {}
    for i, link in enumerate(links):
        if msg := url_error(link.url):
            errors[f"links[{i}]"] = msg
        elif link.channel is not None and link.channel not in slot.channels:
            errors[f"links[{i}]"] = tr(
                "Канал «{channel}» не предусмотрен для документа «{title}»; допустимо: {allowed}."
            ).format(
                channel=link.channel.label, title=tc(slot.title), allowed=", ".join(c.label for c in slot.channels)
            )
        elif link.published_on is not None and link.published_on > date.today():
            errors[f"links[{i}]"] = tr("Дата публикации не может быть в будущем.")
    if errors:
        raise ValidationError(errors)
    wanted = [
        (
            l.url.strip(),
            l.title.strip(),
            l.published_on,
            (l.channel or (slot.channels[0] if len(slot.channels) == 1 else None)),
        )
        for l in links
    ]
    current = [l for l in e.links if l.slot_key == slot_key]
    if [(l.url, l.title, l.published_on, channel_of(l.channel)) for l in current] == wanted:
        return
    for l in current:
        e.links.remove(l)
    for url, title, published, channel in wanted:
        e.links.append(
            Link(
                url=url,
                title=title,
                published_on=published,
                slot_key=slot_key,
                channel=channel.value if channel else None,
            )
        )
    _started(e)
    session.flush()
