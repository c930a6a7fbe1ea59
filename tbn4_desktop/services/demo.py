"""A realistic demo: a district akimat half-way through its TBN-4 year.

`create_demo` fills an empty data folder with «Аппарат акима Байзакского
района» (Жамбылская область), its signatories, the year plan from the
catalog and about fifteen subtask executions in every status, with real
scanned-looking documents (rendered at run time with Pillow and a font that
has the Kazakh letters) and links to publications. Everything goes through
the same services and checks as a user's input, in one transaction.

The year's script is in demo_script, its sample data in demo_data, the
drawing of its documents in demo_render; their public names stay importable
from here.
"""

from __future__ import annotations

import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from tbn4_desktop.core.catalog import AnchorEvent, Catalog, DeadlineKind, Subtask
from tbn4_desktop.core.tempfiles import temp_name
from tbn4_desktop.core.validation import iin_bin_check_digit
from tbn4_desktop.core.vocabulary import (
    AttachmentRole,
    Channel,
    DocumentKind,
    ExecutionStatus,
    OrgLevel,
    SignerRole,
)
from tbn4_desktop.i18n import tr
from tbn4_desktop.models import Organization, SubtaskExecution
from tbn4_desktop.services.checklist import (
    SlotLinkInput,
    add_supervised,
    complete,
    set_answer,
    set_slot_date,
    set_slot_links,
    set_slot_signer,
    waive_slot,
)
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.deadlines import set_anchors
from tbn4_desktop.services.demo_data import _CHANNEL_URLS, _COMPLIANCE_REGISTRY, Doc, Step
from tbn4_desktop.services.demo_data import MEDIA_URL as MEDIA_URL
from tbn4_desktop.services.demo_data import NEWS_URL as NEWS_URL
from tbn4_desktop.services.demo_data import ORG_NAME as ORG_NAME
from tbn4_desktop.services.demo_data import ORG_NAME_KK as ORG_NAME_KK
from tbn4_desktop.services.demo_data import PARENT_NAME as PARENT_NAME
from tbn4_desktop.services.demo_data import PLACE as PLACE
from tbn4_desktop.services.demo_data import PLACE_KK as PLACE_KK
from tbn4_desktop.services.demo_data import SIGNATORIES as SIGNATORIES
from tbn4_desktop.services.demo_data import SOCIAL_URL as SOCIAL_URL
from tbn4_desktop.services.demo_data import _preventive_rows as _preventive_rows
from tbn4_desktop.services.demo_render import FONT_BOLD as FONT_BOLD
from tbn4_desktop.services.demo_render import FONT_REGULAR as FONT_REGULAR
from tbn4_desktop.services.demo_render import font_path as font_path
from tbn4_desktop.services.demo_render import render_document as render_document
from tbn4_desktop.services.demo_script import _script
from tbn4_desktop.services.executions import (
    add_attachment,
    ensure_year_plan,
    list_executions,
    mark_uploaded,
    save_notes,
)
from tbn4_desktop.services.organizations import (
    OrganizationInfo,
    OrganizationInput,
    SignatoryInfo,
    create_organization,
    get_current_organization,
    list_signatories,
)
from tbn4_desktop.services.registers import save_rows


class DemoError(Exception):
    """The demo cannot be created here; the message says why."""


def demo_bin() -> str:
    """A BIN with a valid check digit: registered 02.1999, legal entity
    (4), head office (0), serial number 512 upwards."""
    serial = 512
    while True:
        first11 = f"9902400{serial:04d}"
        digit = iin_bin_check_digit(first11)
        if digit is not None:
            return first11 + str(digit)
        serial += 1


# --------------------------------------------------------------------------
# Creating the demo
# --------------------------------------------------------------------------


def create_demo(ctx: AppContext, year: int | None = None, *, today: date | None = None) -> OrganizationInfo:
    """Fill an empty data folder with the demo organisation and its year.

    Refuses (DemoError) a folder that already has an organisation, and a
    future year. All or nothing: one database transaction."""
    today = today or date.today()
    year = year or today.year
    if year > today.year:
        raise DemoError(
            tr(
                "Демонстрационные данные создаются за текущий или прошедший год, а не за {year}. Укажите другой год."
            ).format(year=year)
        )
    catalog = ctx.catalog_for_year(year)
    with tempfile.TemporaryDirectory(prefix=temp_name("demo") + "-") as tmp, ctx.store.session() as session:
        existing = get_current_organization(session) or session.scalar(
            select(Organization).order_by(Organization.id.desc()).limit(1)
        )
        if existing is not None:
            raise DemoError(
                tr(
                    "В папке данных уже есть организация «{name}»: демонстрационные данные "
                    "создаются только в пустой папке. Выберите другую папку данных (параметр --data-dir)."
                ).format(name=existing.name)
            )
        org = create_organization(
            session,
            OrganizationInput(
                name=ORG_NAME,
                bin=demo_bin(),
                level=OrgLevel.DISTRICT,
                parent_name=PARENT_NAME,
                parent_level=OrgLevel.OBLAST,
            ),
            list(SIGNATORIES),
        )
        plan = ensure_year_plan(session, org.id, year, catalog)
        # The akim decided on a system-wide analysis (1.1.1 applies); the
        # akimat supervises the district's three communal companies (Project 3).
        for question in catalog.questions:
            set_answer(session, catalog, plan.id, question.key, True)
        for company in _COMPLIANCE_REGISTRY:
            add_supervised(session, org.id, company["company_name"])
        _set_deadline_data(session, catalog, plan.id, year, today)
        signers = list_signatories(session, org.id)
        rows = {(e.subtask_code, e.period): e.id for e in list_executions(session, plan.id)}
        for step in _script(year):
            when = date(year, *step.day)
            if when > today or (step.code, step.period) not in rows:
                continue
            _play(session, ctx, catalog, step, rows[(step.code, step.period)], when, signers, Path(tmp))
    return org


# The analysis dates of the demo's order (1.1.2: 19 February – 31 March) and
# the signing of its report (1.1.6); the plan is not approved yet.
_ANCHOR_DAYS = {
    AnchorEvent.ANALYSIS_START: (2, 19),
    AnchorEvent.ANALYSIS_END: (3, 31),
    AnchorEvent.REPORT_SIGNED: (4, 7),
}


def _demo_karta_date(subtask: Subtask, period: str, year: int) -> date:
    """A plausible Карта date for the demo (the real Карта is the oblast's):
    the 5th of the month after a quarter or month, else 20 December; the first
    Project 1 steps early in the year."""
    early = {"1.1.1": (1, 20), "1.1.2": (2, 10), "1.2.1": (4, 30)}
    if subtask.code in early:
        return date(year, *early[subtask.code])
    if period.startswith("Q"):
        month = int(period[1:]) * 3 + 1
    elif period.startswith("M"):
        month = int(period[1:]) + 1
    else:
        return date(year, 12, 20)
    return date(year + 1, 1, 5) if month > 12 else date(year, month, 5)


def _set_deadline_data(session: Session, catalog: Catalog, plan_id: int, year: int, today: date) -> None:
    set_anchors(
        session, plan_id, {event: date(year, *day) for event, day in _ANCHOR_DAYS.items() if date(year, *day) <= today}
    )
    for execution in session.scalars(select(SubtaskExecution).where(SubtaskExecution.year_plan_id == plan_id)):
        subtask = catalog.subtask(execution.subtask_code)
        if subtask.deadline.kind is DeadlineKind.FIXED:
            execution.due_date_override = _demo_karta_date(subtask, execution.period, year)
    session.flush()


def _signer_for(
    allowed: tuple[SignerRole, ...], wanted: SignerRole, signers: list[SignatoryInfo]
) -> SignatoryInfo | None:
    for role in (wanted, *allowed):
        if role in allowed:
            for s in signers:
                if s.role is role:
                    return s
    return None


def _play(
    session: Session,
    ctx: AppContext,
    catalog: Catalog,
    step: Step,
    execution_id: int,
    when: date,
    signers: list[SignatoryInfo],
    tmp: Path,
) -> None:
    """One step of the demo through the same services as the wizard: files
    into their slots, a signer allowed for each signed slot, each slot's
    date, links per channel, waivers, then completion and the upload mark."""
    subtask = catalog.subtask(step.code)
    role = AttachmentRole.DRAFT if step.draft else AttachmentRole.SIGNED_SCAN
    docs = list(step.docs)
    if step.status in (ExecutionStatus.READY_FOR_UPLOAD, ExecutionStatus.UPLOADED, ExecutionStatus.SIGNED):
        docs += _missing_docs(subtask, docs, step)
    for n, doc in enumerate(docs):
        slot = subtask.slot(doc.slot) if doc.slot else None
        allowed = slot.signers_for(OrgLevel.DISTRICT) if slot is not None and slot.kind.needs_signer else ()
        signer = _signer_for(allowed, step.signer, signers) or signers[0]
        path = tmp / f"{step.code}-{step.period}-{n}" / doc.file_name
        path.parent.mkdir()
        render_document(doc, path, signer=signer, when=when, seed=f"{step.code}{step.period}{n}")
        add_attachment(
            session, ctx.blobs, execution_id, path, role, max_bytes=ctx.settings.max_attachment_bytes, slot_key=doc.slot
        )
        if doc.esign:
            from tbn4_desktop.services.demo_esign import (
                demo_signature,  # cryptography: only when used
            )

            signature = path.with_name(path.name + ".cms")
            signature.write_bytes(
                demo_signature(
                    path.read_bytes(),
                    full_name=signer.full_name,
                    iin=signer.iin or "",  # the demo's e-signer has an ИИН
                    organization=ORG_NAME,
                    bin_=demo_bin(),
                )
            )
            add_attachment(
                session,
                ctx.blobs,
                execution_id,
                signature,
                role,
                max_bytes=ctx.settings.max_attachment_bytes,
                slot_key=doc.slot,
            )
        if slot is None:
            continue
        if allowed and not step.draft and step.status is not ExecutionStatus.DOCUMENT_PREPARED:
            set_slot_signer(session, catalog, execution_id, slot.key, signer.id)
        if slot.date is not None and slot.anchor is None and not step.draft:
            set_slot_date(
                session,
                catalog,
                execution_id,
                slot.key,
                date(when.year, *step.dates.get(slot.key, (when.month, when.day))),
            )
    for register in subtask.registers:
        if register.key in step.rows:
            save_rows(session, execution_id, register, step.rows[register.key])
    link_slots = [d for d in subtask.documents if d.kind is DocumentKind.LINK]
    if step.links and link_slots:
        slot = link_slots[0]
        links = [
            SlotLinkInput(_CHANNEL_URLS[channel].format(news_id), Channel(channel), when, title)
            for title, news_id, channels in step.links
            for channel in channels
        ]
        set_slot_links(session, catalog, execution_id, slot.key, links)
    for key, reason in step.waive.items():
        waive_slot(session, catalog, execution_id, key, reason)
    if step.notes:
        save_notes(session, execution_id, expected_version=None, notes=step.notes)
    if step.status.is_done:
        complete(session, catalog, execution_id, on=when)
    if step.status is ExecutionStatus.UPLOADED:
        uploaded = date(when.year, *step.uploaded) if step.uploaded else when
        mark_uploaded(
            session, [execution_id], uploaded_on=uploaded, ispu_reference=None, expected_versions=None, catalog=catalog
        )
    elif step.status in (ExecutionStatus.SIGNED, ExecutionStatus.DOCUMENT_PREPARED):
        # Statuses the user sets by hand («Подписано», «Документ подготовлен»).
        session.get_one(SubtaskExecution, execution_id).status = step.status.value
        session.flush()


def _missing_docs(subtask: Subtask, docs: list[Doc], step: Step) -> list[Doc]:
    """A generic page for each file slot the script does not fill (the
    catalog changed), so that a step the demo marks done stays complete."""
    have = {d.slot for d in docs}
    return [
        Doc(
            f"{subtask.code} {slot.key}.pdf",
            "ДОКУМЕНТ",  # i18n: ru-only — demo sample document
            slot.title,
            (subtask.title,),
            slot=slot.key,
        )
        for slot in subtask.documents
        if slot.kind.takes_files and slot.counts and slot.key not in have and slot.key not in step.waive
    ]
