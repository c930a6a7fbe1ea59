"""Export of one organisation's year as the ISPU upload bundle (a ZIP or a
plain folder; docs/bundle-format.md).

Reads everything it needs in one short database session (executions, rows,
deadlines, the forms as data), then renders the forms into a temporary
folder (a form whose inputs have not changed since an earlier export is
copied from the render cache instead) and streams every file into the
bundle outside the session, so a long export
never holds the database and memory does not grow with the bundle. The
export is recorded (what was sent, with fingerprints) in the same step as
the bundle's rename into place: recorded in the transaction, renamed,
committed (see record_and_place below).

The steps live beside it, their public names re-exported here:
services/export_read.py (the session's reading), export_items.py (the bundle
items), export_forms.py (rendering the forms, through the render cache of
export_form_cache.py) and export_errors.py.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tbn4_desktop.core.bundle import (
    BundleCancelled,
    BundleError,
    BundleFile,
    BundleSpec,
    CancelledCallback,
    ProgressCallback,
    manifest_bytes,
    unpacked_path_limit,
    write_bundle,
    write_bundle_folder,
)
from tbn4_desktop.core.fileio import describe_os_error
from tbn4_desktop.core.journal import JOURNAL_FILE_NAME, JOURNAL_ROLE, AuditAction
from tbn4_desktop.core.tempfiles import TempRegistry, temp_name
from tbn4_desktop.i18n import tr
from tbn4_desktop.services.audit import record_event
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.executions import find_year_plan

# Split out along the export's steps, re-exported here for the callers and tests.
from tbn4_desktop.services.export_errors import ExportError as ExportError
from tbn4_desktop.services.export_errors import NothingToExport as NothingToExport
from tbn4_desktop.services.export_form_cache import FormCache
from tbn4_desktop.services.export_forms import StatusCallback as StatusCallback
from tbn4_desktop.services.export_forms import render_forms
from tbn4_desktop.services.export_items import SLOT_FOLDER_CHARS as SLOT_FOLDER_CHARS
from tbn4_desktop.services.export_items import period_folder_name as period_folder_name
from tbn4_desktop.services.export_items import slot_folder_name as slot_folder_name
from tbn4_desktop.services.export_read import Planned, organization_of, organization_record, read_planned
from tbn4_desktop.services.export_scope import (
    ExportScope,
    PreflightIssue,
    ScopeKind,
    last_export_at,
    preflight,
    record_export,
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
        planned = read_planned(ctx, session, org_id, year, scope, created_at)
    with _render_folder() as tmp:
        try:
            root_files, item_files = render_forms(
                planned, Path(tmp), created_at, max_path, cancelled, status, FormCache.of_data_dir(ctx.data_dir)
            )
        except OSError as exc:
            raise ExportError(
                tr("Не удалось подготовить документы пакета во временной папке. {reason}").format(
                    reason=describe_os_error(exc, exc.filename or tmp)
                )
            ) from exc
        items = [replace(it, files=it.files + tuple(item_files.get(n, ()))) for n, it in enumerate(planned.spec_items)]
        spec = BundleSpec(
            created_at=created_at,
            organization=organization_record(planned.org, planned.parent, planned.supervised),
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
        org = organization_of(session, org_id)
        plan = find_year_plan(session, org.id, year)
        if plan is None:
            return []
        catalog = ctx.catalog_for_plan(plan.catalog_id, plan.catalog_version, year)
        return preflight(session, catalog, org.id, year, scope, today=today)


def last_export(ctx: AppContext, org_id: int, year: int) -> datetime | None:
    """When the organisation's year was last exported (local time), or None."""
    with ctx.store.session() as session:
        return last_export_at(session, org_id, year)


def _since(planned: Planned, scope: ExportScope) -> str | None:
    if scope.kind is not ScopeKind.CHANGED or planned.last_export_at is None:
        return None
    return planned.last_export_at.isoformat(timespec="seconds")


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


# --------------------------------------------------------------------------
# The journal of changes


def _journal_file(planned: Planned) -> tuple[BundleFile, ...]:
    """journal.json at the bundle's root when the items have journal entries."""
    if planned.journal is None:
        return ()
    return (
        BundleFile(name=JOURNAL_FILE_NAME, source=planned.journal, role=JOURNAL_ROLE, media_type="application/json"),
    )


def _journal_export(session: Any, planned: Planned, scope: ExportScope, result: Any) -> None:
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
