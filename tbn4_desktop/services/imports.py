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

The checks are in imports_checks, the records in imports_records, the
result in imports_result; this module runs the steps in order.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from tbn4_desktop.core.bundle import BundleCancelled, BundleError
from tbn4_desktop.core.bundle_reader import (
    CancelledCallback,
    ImportLimits,
    ProgressCallback,
    open_bundle,
    resolve_slots,
)
from tbn4_desktop.i18n import tr
from tbn4_desktop.services import audit
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.import_staging import (
    ImportError_,
    adopt,
    as_users_file,
    check_signatures,
    check_types,
    copy_in,
    make_stage,
)
from tbn4_desktop.services.imports_checks import catalog_of, check_against_store, checked_rows, checked_slots
from tbn4_desktop.services.imports_records import journal_import, write_records
from tbn4_desktop.services.imports_result import ImportResult as ImportResult
from tbn4_desktop.services.imports_result import UnknownSubordinate as UnknownSubordinate

__all__ = ["BundleCancelled", "BundleError", "ImportError_", "ImportResult", "UnknownSubordinate", "import_bundle"]


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
    catalog = catalog_of(ctx, manifest, path.name)
    manifest = resolve_slots(manifest, catalog)
    rows = checked_rows(catalog, manifest, path.name)
    anchors = checked_slots(catalog, manifest, path.name)
    with ctx.store.session() as session:
        plan = check_against_store(session, manifest, path.name, add_unknown_subordinate)
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
                result = write_records(
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
            journal_import(session, manifest, result, zip_sha, path.name, journal_entries)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    return result
