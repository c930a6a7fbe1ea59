"""The export's generated files: each distinct form rendered once (or
taken from the render cache when its inputs are unchanged) into the
export's temporary folder, and the inventory with the bundle's file names."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path, PurePosixPath

from tbn4_desktop.core.bundle import (
    BundleCancelled,
    BundleError,
    BundleFile,
    BundleSpec,
    CancelledCallback,
    plan_layout,
)
from tbn4_desktop.core.checklist import UNASSIGNED
from tbn4_desktop.core.forms.appendices import FormContext
from tbn4_desktop.core.forms.inventory import InventoryItem, build_inventory
from tbn4_desktop.core.forms.model import Form, FormName
from tbn4_desktop.core.forms.render import FormError, write_form
from tbn4_desktop.core.ooxml import stabilize
from tbn4_desktop.i18n import tr
from tbn4_desktop.services.export_errors import ExportError
from tbn4_desktop.services.export_form_cache import FormCache, form_key
from tbn4_desktop.services.export_read import Planned, inventory_period
from tbn4_desktop.services.export_scope import EXPORTED_ROLES

StatusCallback = Callable[[str], None]


def render_forms(
    planned: Planned,
    tmp: Path,
    created_at: datetime,
    max_path: int,
    cancelled: CancelledCallback | None,
    status: StatusCallback | None,
    cache: FormCache | None = None,
) -> tuple[list[BundleFile], dict[int, list[BundleFile]]]:
    """The generated files: forms per item, the inventory at the root. Each
    distinct form is rendered once into `tmp` (or copied there from `cache`);
    files are streamed from there."""
    cache = cache or FormCache(None)
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
                rendered[key] = _write(form, tmp / f"{len(rendered):04d}.{fmt}", created_at, cache)
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
        path = _write(inventory, tmp / f"inventory.{fmt}", created_at, cache)
        root.append(
            BundleFile(
                name=f"{stem}.{fmt}",
                source=path,
                role="inventory",
                media_type=_MEDIA[fmt],
                form=FormName.INVENTORY.value,
            )
        )
    cache.prune()
    return root, item_files


_MEDIA = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def _write(form: Form, path: Path, created_at: datetime, cache: FormCache) -> Path:
    fmt = path.suffix.lstrip(".")
    # The digest is of the form's data before the export's moment is stamped
    # into DOCX/XLSX below: the same form of a later export still hits.
    key = form_key(form, fmt)
    if not cache.fetch(key, fmt, path):
        try:
            write_form(form, path)
        except FormError as exc:
            reason = str(exc)
            if not reason.startswith(form.name.label):  # the form named once, whatever the reason
                reason = tr("Не удалось записать «{form}». {reason}").format(form=form.name.label, reason=reason)
            raise ExportError(tr("Пакет не сформирован. {reason}").format(reason=reason)) from exc
        cache.store(key, fmt, path)
    if path.suffix in (".docx", ".xlsx"):
        stabilize(path, created_at)
    return path


def _with_bundle_names(planned: Planned, created_at: datetime, max_path: int) -> list[InventoryItem]:
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
            key = (item.code, inventory_period(item.period, planned.year), p.original_name)
            names.setdefault(key, []).append(PurePosixPath(p.path).name)
    out = []
    for line in planned.inventory:
        queue = names.get((line.code, line.period, line.document))
        out.append(replace(line, document=queue.pop(0)) if queue else line)
    return out
