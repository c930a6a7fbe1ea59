"""Export of one organisation's year as the ISPU upload bundle (a ZIP or a
plain folder; docs/bundle-format.md).

Reads everything it needs in one short database session (executions, rows,
deadlines, the forms as data), then renders the forms into a temporary
folder and streams every file into the bundle outside it, so a long export
never holds the database and memory does not grow with the bundle. The
export is recorded (what was sent, with fingerprints) in the same step as
the bundle's rename into place: recorded in the transaction, renamed,
committed (see record_and_place below).
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path, PurePath, PurePosixPath
from typing import Any

from tbn4_desktop.core.attachments import ACCEPTED_TYPES
from tbn4_desktop.core.bundle import (
    UNASSIGNED_FOLDER,
    BundleCancelled,
    BundleError,
    BundleFile,
    BundleItem,
    BundleSpec,
    CancelledCallback,
    ProgressCallback,
    manifest_bytes,
    plan_layout,
    unpacked_path_limit,
    write_bundle,
    write_bundle_folder,
)
from tbn4_desktop.core.catalog import Catalog, DocumentSlot, Subtask
from tbn4_desktop.core.checklist import UNASSIGNED, SlotState
from tbn4_desktop.core.fileio import describe_os_error
from tbn4_desktop.core.forms.appendices import FormContext
from tbn4_desktop.core.forms.inventory import InventoryItem, build_inventory
from tbn4_desktop.core.forms.model import Form, FormName
from tbn4_desktop.core.forms.render import FormError, write_form
from tbn4_desktop.core.journal import JOURNAL_FILE_NAME, JOURNAL_ROLE, AuditAction
from tbn4_desktop.core.ooxml import stabilize
from tbn4_desktop.core.tempfiles import TempRegistry, temp_name
from tbn4_desktop.core.vocabulary import (
    AttachmentRole,
    DocumentKind,
    ExecutionStatus,
    period_label,
    period_label_ru,
)
from tbn4_desktop.i18n import source_language, tr
from tbn4_desktop.services.audit import bundle_journal, record_event
from tbn4_desktop.services.bundle_signatures import manifest_signers
from tbn4_desktop.services.checklist import list_supervised
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.executions import find_year_plan
from tbn4_desktop.services.export_scope import (
    EXPORTED_ROLES,
    ExecRow,
    ExportScope,
    LinkRow,
    PreflightIssue,
    ScopeKind,
    in_scope,
    last_export_at,
    preflight,
    read_year,
    record_export,
)
from tbn4_desktop.services.forms import (
    FormRequest,
    FormRequestError,
    build_form,
    forms_of_subtask,
    inventory_items,
)
from tbn4_desktop.services.organizations import (
    OrganizationInfo,
    SignatoryInfo,
    get_current_organization,
    get_organization,
    list_signatories,
)

__all__ = [
    "BundleCancelled",
    "ExportError",
    "ExportResult",
    "ExportScope",
    "NothingToExport",
    "PreflightIssue",
    "ScopeKind",
    "export_bundle",
    "export_preflight",
    "last_export",
    "period_folder_name",
    "preflight",
]

StatusCallback = Callable[[str], None]


class ExportError(Exception):
    """The bundle cannot be made; the message is Russian and says what to do."""


class NothingToExport(ExportError):
    """«Only what changed» found nothing changed: no bundle is written."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    files: int  # files in the bundle besides manifest.json
    bytes: int  # their total size
    items: int  # subtask × period records in the manifest
    ready_items: int  # of which «Готово к загрузке» or «Загружено в ИСПУ»
    forms: int = 0  # generated form files (DOCX and PDF) among `files`
    scope: ExportScope = field(default_factory=ExportScope)
    folder: bool = False


@dataclass
class _Planned:
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


def export_bundle(
    ctx: AppContext,
    org_id: int | None,
    year: int,
    out_path: Path | str,
    *,
    scope: ExportScope | None = None,
    folder: bool = False,
    progress: ProgressCallback | None = None,
    cancelled: CancelledCallback | None = None,
    status: StatusCallback | None = None,
    created_at: datetime | None = None,
) -> ExportResult:
    """Write the organisation's (default: the current one) bundle for `year`:
    a ZIP at `out_path`, or with `folder` a plain folder there.

    Raises ExportError with a Russian message (NothingToExport when «only
    what changed» finds nothing), or BundleCancelled when `cancelled()` turned
    true; either way nothing is left at `out_path`."""
    out = Path(out_path)
    scope = scope or ExportScope()
    _check_folder_target(out) if folder else _check_target(out)
    try:
        max_path = unpacked_path_limit(out.stem if not folder else out.name, ctx.settings.bundle_max_path_chars)
    except BundleError as exc:
        raise ExportError(str(exc)) from exc
    created_at = created_at or datetime.now().astimezone().replace(microsecond=0)
    if status:
        status(tr("Чтение данных…"))
    with ctx.store.session() as session:
        planned = _read(ctx, session, org_id, year, scope, created_at)
    with _render_folder() as tmp:
        try:
            root_files, item_files = _render(planned, Path(tmp), created_at, max_path, cancelled, status)
        except OSError as exc:
            raise ExportError(
                tr("Не удалось подготовить документы пакета во временной папке. {reason}").format(
                    reason=describe_os_error(exc, exc.filename or tmp)
                )
            ) from exc
        items = [replace(it, files=it.files + tuple(item_files.get(n, ()))) for n, it in enumerate(planned.spec_items)]
        spec = BundleSpec(
            created_at=created_at,
            organization=_organization_record(planned.org, planned.parent, planned.supervised),
            year=year,
            catalog=planned.catalog,
            items=tuple(items),
            root_files=tuple(root_files) + _journal_file(planned),
            scope={"kind": scope.kind.value, "project": scope.project, "since": _since(planned, scope)},
            answers=planned.answers,
            anchors=planned.anchors,
        )
        if status:
            status("")
        writer = write_bundle_folder if folder else write_bundle

        def record_and_place(result: Any, place: Callable[[], None]) -> None:
            # The record and the rename are one step: recorded in the open
            # transaction, renamed, committed; a failed commit removes the
            # bundle again (bundle.write_bundle), and a process killed between
            # the rename and the commit leaves a registry record from which
            # the next start removes the unrecorded bundle (services/integrity).
            with ctx.store.session() as session:
                record_export(
                    session,
                    org_id=planned.org.id,
                    year=year,
                    scope=scope,
                    created_at=created_at,
                    target=str(result.path),
                    files=result.files,
                    size=result.bytes,
                    manifest_sha256=hashlib.sha256(manifest_bytes(result.manifest)).hexdigest(),
                    executions=planned.executions,
                )
                _journal_export(session, planned, scope, result)
                session.flush()
                place()

        try:
            result = writer(
                spec,
                out,
                max_path_chars=max_path,
                progress=progress,
                cancelled=cancelled,
                finish=record_and_place,
                registry=TempRegistry.of_data_dir(ctx.data_dir),
            )
        except BundleError as exc:
            raise ExportError(str(exc)) from exc
    ready = sum(1 for e in planned.executions if e.done)
    forms = sum(len(v) for v in item_files.values())
    return ExportResult(
        path=result.path,
        files=result.files,
        bytes=result.bytes,
        items=result.items,
        ready_items=ready,
        forms=forms,
        scope=scope,
        folder=folder,
    )


def _render_folder() -> tempfile.TemporaryDirectory[str]:
    """The forms are rendered into a temporary folder of ours in the system's
    temporary folder (swept at the next start when the export is killed)."""
    return tempfile.TemporaryDirectory(prefix=temp_name("forms") + "-")


def export_preflight(
    ctx: AppContext, org_id: int | None, year: int, scope: ExportScope | None = None, *, today: date | None = None
) -> list[PreflightIssue]:
    """The pre-flight list of the organisation's (default: current) year in
    the scope; empty when there is no plan (the export then says why)."""
    with ctx.store.session() as session:
        org = _organization(session, org_id)
        plan = find_year_plan(session, org.id, year)
        if plan is None:
            return []
        catalog = ctx.catalog_for_plan(plan.catalog_id, plan.catalog_version, year)
        return preflight(session, catalog, org.id, year, scope, today=today)


def last_export(ctx: AppContext, org_id: int, year: int) -> datetime | None:
    """When the organisation's year was last exported (local time), or None."""
    with ctx.store.session() as session:
        return last_export_at(session, org_id, year)


def _since(planned: _Planned, scope: ExportScope) -> str | None:
    if scope.kind is not ScopeKind.CHANGED or planned.last_export_at is None:
        return None
    return planned.last_export_at.isoformat(timespec="seconds")


# --------------------------------------------------------------------------
# Reading (inside the session)


def _read(
    ctx: AppContext, session: Any, org_id: int | None, year: int, scope: ExportScope, created_at: datetime
) -> _Planned:
    org = _organization(session, org_id)
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
    spec_items = [_item(catalog, e, signatories, ctx) for e in executions]
    today = created_at.date()
    forms: dict[tuple[int, FormName], Form] = {}
    form_slots: dict[tuple[int, FormName], str] = {}
    for n, e in enumerate(executions):
        for name in _forms_of(catalog, e):
            forms[(n, name)] = _build_form(session, catalog, org.id, year, e, name, today, ctx.settings.form_footer)
            form_slots[(n, name)] = _form_slot(catalog, e.code, name)
    return _Planned(
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
    wanted = {(e.code, _inventory_period(e.period, year)) for e in executions}
    # Only what the bundle carries: an e-signed draft stays home, and so does its line.
    carried = {
        (e.code, _inventory_period(e.period, year), name)
        for e in executions
        for name in [f.original_name for f in e.files] + [l.url for l in e.links]
    }
    return [
        i
        for i in inventory_items(session, catalog, org_id, year, blobs=ctx.blobs)
        if (i.code, i.period) in wanted and (i.code, i.period, i.document) in carried
    ]


def _inventory_period(period: str, year: int) -> str:
    # As services/forms writes the inventory's period column: «Март», «II квартал», «2026 год».
    label = period_label_ru(period) if period else f"{year} год"  # i18n: ru-only — printed in the inventory form
    return label[0].upper() + label[1:]


def _organization(session: Any, org_id: int | None) -> OrganizationInfo:
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


def _organization_record(
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


#: The longest slot folder name before the path limit asks for less.
SLOT_FOLDER_CHARS = 48


def slot_folder_name(number: int, title: str, limit: int = SLOT_FOLDER_CHARS) -> str:
    """«2 Письмо в уполномоченный орган либо…»: the slot's place in the
    checklist and its title, cut at a word to `limit` characters."""
    text = f"{number} {' '.join(title.split())}"
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    if " " in cut[len(str(number)) + 1 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,.;:-«(") + "…"


def _slot_folders(subtask: Subtask | None) -> dict[str, str]:
    """Slot key → the sub-folder of its files and links. A subtask confirmed
    by two or more documents that are files or links gets one folder per
    document, numbered as in its checklist, so that the person uploading to
    ISPU sees which file is which document; a subtask with one such document
    keeps its files in the subtask folder. Files not sorted into a slot
    always go to «Не распределено»."""
    folders = {UNASSIGNED: UNASSIGNED_FOLDER}
    if subtask is None:
        return folders
    content = [d for d in subtask.documents if d.kind.takes_files or d.kind is DocumentKind.LINK]
    if len(content) >= 2:
        for n, slot in enumerate(subtask.documents, 1):
            if slot in content:
                folders[slot.key] = slot_folder_name(n, slot.title)
    return folders


def _exported_status(e: ExecRow) -> ExecutionStatus:
    """«Готово к загрузке» only with every required document there (as the
    tree and `tbn4 status` show it); the upload mark is kept as a fact."""
    if e.status is ExecutionStatus.READY_FOR_UPLOAD and not e.complete:
        return ExecutionStatus.IN_PROGRESS
    return e.status


def _link_record(link: LinkRow) -> dict[str, Any]:
    return {"url": link.url, "title": link.title, "published_on": _iso(link.published_on), "channel": link.channel}


def _slot_record(
    state: SlotState, slot: DocumentSlot, e: ExecRow, signatories: dict[int, SignatoryInfo]
) -> dict[str, Any]:
    signer_id = e.slot_signers.get(slot.key)
    person = signatories.get(signer_id) if signer_id else None
    return {
        "key": slot.key,
        "title": slot.title,
        "kind": slot.kind.value,
        "requirement": slot.requirement.value,
        "satisfied": state.satisfied,
        "ok": state.ok,
        "waived": state.waived_reason,
        "signer": None
        if person is None
        else {
            "full_name": person.full_name,
            "position": person.position,
            "role": person.role.value,
        },
        "signer_allowed": state.signer_allowed,
        "date": _iso(state.doc_date),
        "date_kind": slot.date.value if slot.date else None,
        "links": [_link_record(l) for l in e.links if l.slot_key == slot.key],
        "problems": list(state.problems),
    }


def _item(catalog: Catalog, e: ExecRow, signatories: dict[int, SignatoryInfo], ctx: AppContext) -> BundleItem:
    subtask: Subtask | None
    try:
        subtask = catalog.subtask(e.code)
        project, task, short_title, title = subtask.project, subtask.task, subtask.short_title, subtask.title
    except KeyError:
        # A code the plan's catalog no longer knows: keep it, placed by its code.
        subtask = None
        parts = (e.code.split(".") + ["0", "0"])[:2]
        project, task = (int(p) if p.isdigit() else 0 for p in parts)
        short_title, title = "", ""
    known = {d.key for d in subtask.documents} if subtask else set()
    files = []
    numbers: dict[str, int] = {}
    named: dict[tuple[str, str], str] = {}  # (sha256, slot) → a document's wanted name
    # Detached signatures last: each is named after its document («01 Приказ.pdf.cms»).
    for att in sorted(e.files, key=lambda a: a.signs_sha256 is not None):
        source = ctx.blobs.path_of(att.sha256)
        if not source.is_file():
            if e.period:
                raise ExportError(
                    tr(
                        "Файл «{name}» подзадачи {code} ({period}) не найден в хранилище вложений ({path}). "
                        "Приложите его заново или восстановите папку данных из резервной копии."
                    ).format(name=att.original_name, code=e.code, period=period_label(e.period), path=source)
                )
            raise ExportError(
                tr(
                    "Файл «{name}» подзадачи {code} не найден в хранилище вложений ({path}). "
                    "Приложите его заново или восстановите папку данных из резервной копии."
                ).format(name=att.original_name, code=e.code, path=source)
            )
        slot = att.slot_key if att.slot_key in known else UNASSIGNED
        if att.signs_sha256 is not None:
            name = named.get((att.signs_sha256, slot)) or next(
                (v for (sha, _), v in named.items() if sha == att.signs_sha256), att.original_name
            )
            name += ".cms"
        else:
            numbers[slot] = n = numbers.get(slot, 0) + 1  # numbered within its document
            stem = PurePath(att.original_name).stem.strip() or "документ"  # i18n: ru-only — a file name in the bundle
            extension = ACCEPTED_TYPES.get(att.media_type) or PurePath(att.original_name).suffix.lstrip(".") or "bin"
            name = named[(att.sha256, slot)] = f"{n:02d} {stem}.{extension}"
        signature = att.role == AttachmentRole.SIGNATURE.value
        files.append(
            BundleFile(
                name=name,
                source=source,
                role=AttachmentRole(att.role).value,
                original_name=att.original_name,
                media_type=att.media_type,
                expected_sha256=att.sha256,
                slot=slot,
                signs=att.signs_sha256 if signature else None,
                signers=manifest_signers(att.signature_info) if signature else (),
            )
        )
    slots = []
    if subtask is not None and e.checklist is not None:
        slots = [_slot_record(state, state.slot, e, signatories) for state in e.checklist.slots]
    record = {
        "title": title,
        "status": _exported_status(e).value,
        "complete": e.complete,
        "deadline": _iso(e.deadline),
        "judged_by": e.judged_by,
        "completed_on": _iso(e.completed_on),
        "slots": slots,
        # Links not sorted into a document slot (the slots carry their own).
        "links": [_link_record(l) for l in e.links if l.slot_key not in known],
        "data_rows": {key: rows for key, rows in sorted(e.rows.items()) if rows},
        "uploaded_on": _iso(e.uploaded_on),
        "ispu_reference": e.ispu_reference,
    }
    return BundleItem(
        code=e.code,
        period=e.period,
        project=project,
        task=task,
        short_title=short_title,
        period_folder=period_folder_name(e.period),
        record=record,
        files=tuple(files),
        slot_folders=_slot_folders(subtask),
    )


# --------------------------------------------------------------------------
# Rendering (outside the session)


def _render(
    planned: _Planned,
    tmp: Path,
    created_at: datetime,
    max_path: int,
    cancelled: CancelledCallback | None,
    status: StatusCallback | None,
) -> tuple[list[BundleFile], dict[int, list[BundleFile]]]:
    """The generated files: forms per item, the inventory at the root. Each
    distinct form is rendered once into `tmp`; files are streamed from there."""
    rendered: dict[tuple[FormName, str, str], Path] = {}
    item_files: dict[int, list[BundleFile]] = {}
    total = len(planned.forms)
    for done, ((n, name), form) in enumerate(sorted(planned.forms.items(), key=lambda kv: (kv[0][0], kv[0][1])), 1):
        if cancelled and cancelled():
            raise BundleCancelled()
        if status:
            status(tr("Формирование документов: {done} из {total}…").format(done=done, total=total))
        e = planned.executions[n]
        key_code = e.code if name is FormName.APP1 else ""
        short = name.label_ru.split(".")[0]  # «Приложение №1»: bundle paths stay Russian
        for fmt in ("docx", "pdf"):
            key = (name, key_code, e.period + "." + fmt)
            if key not in rendered:
                rendered[key] = _write(form, tmp / f"{len(rendered):04d}.{fmt}", created_at)
            item_files.setdefault(n, []).append(
                BundleFile(
                    name=f"{short}.{fmt}",
                    source=rendered[key],
                    role="form",
                    media_type=_MEDIA[fmt],
                    form=name.value,
                    slot=planned.form_slots.get((n, name), UNASSIGNED),
                )
            )
    context = FormContext(
        year=planned.year,
        organization=planned.org.name,
        approver_name="",
        period_text="",
        generated_on=created_at.date() if planned.footer else None,
    )
    inventory = build_inventory(context, _with_bundle_names(planned, created_at, max_path))
    root = []
    stem = f"Опись документов {planned.year}"  # i18n: ru-only — a file name in the bundle
    for fmt in ("pdf", "xlsx"):
        path = _write(inventory, tmp / f"inventory.{fmt}", created_at)
        root.append(
            BundleFile(
                name=f"{stem}.{fmt}",
                source=path,
                role="inventory",
                media_type=_MEDIA[fmt],
                form=FormName.INVENTORY.value,
            )
        )
    return root, item_files


_MEDIA = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _write(form: Form, path: Path, created_at: datetime) -> Path:
    try:
        write_form(form, path)
    except FormError as exc:
        reason = str(exc)
        if not reason.startswith(form.name.label):  # the form named once, whatever the reason
            reason = tr("Не удалось записать «{form}». {reason}").format(form=form.name.label, reason=reason)
        raise ExportError(tr("Пакет не сформирован. {reason}").format(reason=reason)) from exc
    if path.suffix in (".docx", ".xlsx"):
        stabilize(path, created_at)
    return path


def _with_bundle_names(planned: _Planned, created_at: datetime, max_path: int) -> list[InventoryItem]:
    """Inventory lines naming each scan as the bundle does («01 Приказ.pdf»),
    not as the user's file was called. The items' layout does not depend on
    the root files, so laying the items out alone gives the final names."""
    spec = BundleSpec(
        created_at=created_at, organization={}, year=planned.year, catalog={}, items=tuple(planned.spec_items)
    )
    try:
        layout = plan_layout(spec, max_path)
    except BundleError as exc:
        raise ExportError(str(exc)) from exc
    names: dict[tuple[str, str, str], list[str]] = {}
    for p in layout:  # sorted by path: «01 …», «02 …» in attachment order
        # The documents the опись lists: scans, e-signed files, attached signatures (never a detached one).
        if p.role in EXPORTED_ROLES and p.signs is None:
            item = planned.spec_items[p.item_index]
            key = (item.code, _inventory_period(item.period, planned.year), p.original_name)
            names.setdefault(key, []).append(PurePosixPath(p.path).name)
    out = []
    for line in planned.inventory:
        queue = names.get((line.code, line.period, line.document))
        out.append(replace(line, document=queue.pop(0)) if queue else line)
    return out


def period_folder_name(period: str) -> str | None:
    """The sub-folder of a periodic subtask: «II квартал», «03 март» (months
    carry their number so that folders sort in calendar order); None for a
    once/yearly subtask."""
    if not period:
        return None
    label = period_label_ru(period)  # the bundle's folder names are Russian whatever the interface language
    return f"{period[1:]} {label}" if period.startswith("M") else label


# --------------------------------------------------------------------------
# Targets


def _check_target(out: Path) -> None:
    if out.is_dir():
        raise ExportError(
            tr("Указана папка, а не имя файла пакета: {path}. Укажите имя файла, например «пакет.zip».").format(
                path=out
            )
        )
    folder = out.parent
    if not folder.is_dir():
        raise ExportError(
            tr("Папка «{folder}» не существует. Выберите существующую папку для пакета.").format(folder=folder)
        )
    if not out.name or out.name.startswith("."):
        raise ExportError(
            tr("Недопустимое имя файла пакета: «{name}». Укажите имя, например «пакет.zip».").format(name=out.name)
        )


def _check_folder_target(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise ExportError(
            tr("«{path}» — это файл, а не папка. Укажите новую или пустую папку для пакета.").format(path=out)
        )
    if out.is_dir() and any(out.iterdir()):
        raise ExportError(
            tr("Папка «{folder}» уже существует и не пуста. Выберите новую или пустую папку для пакета.").format(
                folder=out
            )
        )
    if not out.parent.is_dir():
        raise ExportError(
            tr("Папка «{folder}» не существует. Выберите существующую папку для пакета.").format(folder=out.parent)
        )
    if not out.name or out.name.startswith("."):
        raise ExportError(
            tr("Недопустимое имя папки пакета: «{name}». Укажите имя, например «Пакет ИСПУ».").format(name=out.name)
        )


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


# --------------------------------------------------------------------------
# The journal of changes


def _journal_file(planned: _Planned) -> tuple[BundleFile, ...]:
    """journal.json at the bundle's root when the items have journal entries."""
    if planned.journal is None:
        return ()
    return (
        BundleFile(name=JOURNAL_FILE_NAME, source=planned.journal, role=JOURNAL_ROLE, media_type="application/json"),
    )


def _journal_export(session: Any, planned: _Planned, scope: ExportScope, result: Any) -> None:
    """The export itself, in the exporter's journal, with the record of it."""
    sha = hashlib.sha256(manifest_bytes(result.manifest)).hexdigest()
    record_event(
        session,
        AuditAction.EXPORT.value,
        organization_id=planned.org.id,
        year=planned.year,
        # i18n: ru-only-begin — journal entry stored in the database
        summary=f"Выгружен пакет за {planned.year} год ({scope.label_ru}) в «{result.path}»: подзадач и "
        f"периодов {result.items}, файлов {result.files}.",
        # i18n: ru-only-end
        details={
            "target": str(result.path),
            "scope": scope.stored,
            "items": result.items,
            "files": result.files,
            "bytes": result.bytes,
            "manifest_sha256": sha,
        },
    )
