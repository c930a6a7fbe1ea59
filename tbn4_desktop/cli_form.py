"""`tbn4 form`: an official form (Appendices 1–5, the inventory) saved as
DOCX, PDF or XLSX."""

from __future__ import annotations

import argparse
from pathlib import Path

from tbn4_desktop.cli_context import Refused, _open, _refusals
from tbn4_desktop.i18n import tr


def cmd_form(args: argparse.Namespace) -> int:
    from datetime import date

    from tbn4_desktop.core.fileio import describe_os_error
    from tbn4_desktop.core.forms.model import FormName
    from tbn4_desktop.core.forms.render import (
        FormError,
        format_of,
        formats_of,
        write_form,
    )
    from tbn4_desktop.services.forms import (
        FormRequest,
        FormRequestError,
        build_form,
        form_target,
    )

    names = ", ".join(n.value for n in FormName)
    try:
        name = FormName(args.name.strip().lower())
    except ValueError:
        raise Refused(
            tr("Неизвестная форма «{name}»: укажите одну из {names}.").format(name=args.name, names=names)
        ) from None
    out, year = args.out, args.year
    try:
        fmt = format_of(out)
    except FormError as exc:
        raise Refused(str(exc)) from None
    if fmt not in formats_of(name):
        raise Refused(tr("{form}: формат XLSX не предусмотрен, сохраните в DOCX или PDF.").format(form=name.label))
    if out.is_dir():
        raise Refused(
            tr("Указана папка, а не имя файла: {path}. Укажите имя файла, например «{example}».").format(
                path=out, example=f"{name.value}.{fmt}"
            )
        )
    if not out.parent.is_dir():
        raise Refused(tr("Папка «{folder}» не существует. Укажите существующую папку.").format(folder=out.parent))
    with _refusals():
        ctx = _open(args)
        try:
            with ctx.store.session() as session:
                org_id, year = form_target(session, args.org, year)
                plan = _plan_of(session, org_id, year)
                catalog = ctx.catalog_for_plan(plan.catalog_id, plan.catalog_version, year)
                request = FormRequest(name, year, org_id, args.subtask, args.period, consolidated=args.consolidated)
                form = build_form(
                    session, catalog, request, today=date.today(), blobs=ctx.blobs, footer=ctx.settings.form_footer
                )
        except FormRequestError as exc:
            raise Refused(" ".join(str(exc).split())) from None
        finally:
            ctx.close()
    try:
        write_form(form, out)
    except FormError as exc:
        raise Refused(str(exc)) from None
    except OSError as exc:
        failed = Path(exc.filename) if exc.filename else out
        if failed.parent != out.parent:  # a file the renderer reads, not ours: name that one
            out = failed
        raise Refused(tr("Форма не сохранена. {error}").format(error=describe_os_error(exc, out))) from None
    print(out)
    return 0


def _plan_of(session, org_id: int, year: int):  # noqa: ANN001, ANN202 - services' PlanInfo, imported lazily
    from tbn4_desktop.services.executions import find_year_plan
    from tbn4_desktop.services.forms import FormRequestError

    plan = find_year_plan(session, org_id, year)
    if plan is None:
        raise FormRequestError(
            tr("За {year} год данных нет: у организации нет плана на этот год (параметр --year).").format(year=year)
        )
    return plan
