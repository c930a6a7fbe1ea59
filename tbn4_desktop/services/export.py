"""Export of one organisation's year as the ISPU upload bundle.

Reads everything it needs in one short database session, then writes the ZIP
outside it (core/bundle.py), so a long export never holds the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path, PurePath
from typing import Any

from tbn4_desktop.core.attachments import ACCEPTED_TYPES
from tbn4_desktop.core.bundle import (
    BundleCancelled, BundleError, BundleFile, BundleItem, BundleSpec, CancelledCallback, ProgressCallback,
    write_bundle,
)
from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.vocabulary import AttachmentRole, ExecutionStatus, period_label
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.executions import find_year_plan, get_execution, list_executions
from tbn4_desktop.services.organizations import (
    OrganizationInfo, SignatoryInfo, get_current_organization, get_organization, list_signatories,
)

__all__ = ["BundleCancelled", "ExportError", "ExportResult", "export_bundle"]

# Drafts (unsigned) never go to ISPU; signed scans and supporting material do.
EXPORTED_ROLES = (AttachmentRole.SIGNED_SCAN, AttachmentRole.SUPPORTING)


class ExportError(Exception):
    """The bundle cannot be made; the message is Russian and says what to do."""


@dataclass(frozen=True)
class ExportResult:
    path: Path
    files: int          # files in the bundle besides manifest.json
    bytes: int          # their total size
    items: int          # subtask × period records in the manifest
    ready_items: int    # of which «Готово к загрузке» or «Загружено в ИСПУ»


def export_bundle(
    ctx: AppContext, org_id: int | None, year: int, out_path: Path | str, *,
    progress: ProgressCallback | None = None, cancelled: CancelledCallback | None = None,
    created_at: datetime | None = None,
) -> ExportResult:
    """Write the organisation's (default: the current one) bundle for `year`.

    Raises ExportError with a Russian message, or BundleCancelled when
    `cancelled()` turned true; either way no file is left at `out_path`."""
    out = Path(out_path)
    _check_target(out)
    with ctx.store.session() as session:
        org = _organization(session, org_id)
        plan = find_year_plan(session, org.id, year)
        if plan is None:
            raise ExportError(
                f"За {year} год данных нет: у организации «{org.name}» нет плана на этот год. "
                "Выберите другой год или начните работу над этим годом в программе."
            )
        catalog = ctx.catalog_for_plan(plan.catalog_id, plan.catalog_version, year)
        parent = get_organization(session, org.parent_id) if org.parent_id else None
        signatories = {s.id: s for s in list_signatories(session, org.id, active_only=False)}
        items = [
            _item(catalog, get_execution(session, e.id), signatories, ctx)
            for e in list_executions(session, plan.id)
        ]
    spec = BundleSpec(
        created_at=created_at or datetime.now().astimezone().replace(microsecond=0),
        organization=_organization_record(org, parent),
        year=year,
        catalog={"id": plan.catalog_id, "version": plan.catalog_version},
        items=tuple(items),
    )
    try:
        result = write_bundle(spec, out, max_path_chars=ctx.settings.bundle_max_path_chars,
                              progress=progress, cancelled=cancelled)
    except BundleError as exc:
        raise ExportError(str(exc)) from exc
    ready = sum(1 for it in items if ExecutionStatus(it.record["status"]).is_done)
    return ExportResult(path=result.path, files=result.files, bytes=result.bytes, items=result.items,
                        ready_items=ready)


def _check_target(out: Path) -> None:
    if out.is_dir():
        raise ExportError(f"Указана папка, а не имя файла пакета: {out}. Укажите имя файла, например «пакет.zip».")
    folder = out.parent
    if not folder.is_dir():
        raise ExportError(f"Папка «{folder}» не существует. Выберите существующую папку для пакета.")
    if not out.name or out.name.startswith("."):
        raise ExportError(f"Недопустимое имя файла пакета: «{out.name}». Укажите имя, например «пакет.zip».")


def _organization(session: Any, org_id: int | None) -> OrganizationInfo:
    if org_id is None:
        org = get_current_organization(session)
        if org is None:
            raise ExportError(
                "Организация ещё не настроена: выгружать нечего. "
                "Заполните сведения об организации в программе (или создайте демонстрационные данные)."
            )
        return org
    org = get_organization(session, org_id)
    if org is None:
        raise ExportError(f"Организации с номером {org_id} нет в базе. Проверьте номер организации.")
    return org


def _organization_record(org: OrganizationInfo, parent: OrganizationInfo | None) -> dict[str, Any]:
    return {
        "id": org.id,
        "name": org.name,
        "bin": org.bin,
        "level": org.level.value,
        "parent": None if parent is None else {
            "id": parent.id, "name": parent.name, "bin": parent.bin, "level": parent.level.value,
        },
    }


def _item(catalog: Catalog, detail: Any, signatories: dict[int, SignatoryInfo], ctx: AppContext) -> BundleItem:
    info = detail.info
    try:
        subtask = catalog.subtask(info.subtask_code)
        project, task, short_title, title = subtask.project, subtask.task, subtask.short_title, subtask.title
    except KeyError:
        # A code the plan's catalog no longer knows: keep it, placed by its code.
        parts = (info.subtask_code.split(".") + ["0", "0"])[:2]
        project, task = (int(p) if p.isdigit() else 0 for p in parts)
        short_title, title = "", ""
    signatory = signatories.get(info.signatory_id) if info.signatory_id else None
    period_folder = period_folder_name(info.period)
    files = []
    exported = [a for a in detail.attachments if a.role in EXPORTED_ROLES]
    for n, att in enumerate(exported, 1):
        source = ctx.blobs.path_of(att.sha256)
        if not source.is_file():
            where = f"подзадачи {info.subtask_code}" + (f" ({period_label(info.period)})" if info.period else "")
            raise ExportError(
                f"Файл «{att.original_name}» {where} не найден в хранилище вложений ({source}). "
                "Приложите его заново или восстановите папку данных из резервной копии."
            )
        stem = PurePath(att.original_name).stem.strip() or "документ"
        extension = ACCEPTED_TYPES.get(att.media_type) or PurePath(att.original_name).suffix.lstrip(".") or "bin"
        files.append(BundleFile(
            name=f"{n:02d} {stem}.{extension}", source=source, role=att.role.value,
            original_name=att.original_name, media_type=att.media_type, expected_sha256=att.sha256,
        ))
    record = {
        "title": title,
        "status": info.status.value,
        "deadline": None,   # filled in once the deadline engine exists
        "completed_on": _iso(info.completed_on),
        "signatory": None if signatory is None else {
            "full_name": signatory.full_name, "position": signatory.position, "role": signatory.role.value,
        },
        "links": [{"url": l.url, "title": l.title, "published_on": _iso(l.published_on)} for l in detail.links],
        "data_rows": [],
    }
    return BundleItem(code=info.subtask_code, period=info.period, project=project, task=task,
                      short_title=short_title, period_folder=period_folder, record=record, files=tuple(files))


def period_folder_name(period: str) -> str | None:
    """The sub-folder of a periodic subtask: «II квартал», «03 март» (months
    carry their number so that folders sort in calendar order); None for a
    once/yearly subtask."""
    if not period:
        return None
    label = period_label(period)
    return f"{period[1:]} {label}" if period.startswith("M") else label


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None

