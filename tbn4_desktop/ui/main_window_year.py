"""The year shown in the main window: reading it from the store (the plan,
its executions, signatories and checklists), filling the tree, the year
chooser, the title and the progress line; what the right-hand panel shows
for the node selected in the tree. Apart from main_window.py: the window's
data, where main_window.py is its layout and state.

Functions of the window (`window: MainWindow`); MainWindow's methods of the
same names call them."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from tbn4_desktop import APP_TITLE
from tbn4_desktop.core.catalog import Catalog, CatalogError
from tbn4_desktop.i18n import tc, tr
from tbn4_desktop.services.records import ExecutionInfo, OrganizationInfo
from tbn4_desktop.services.startup_view import YearChecklists, YearView, judge_year
from tbn4_desktop.store_errors import StoreError
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.catalog_tree import NodeKind, Selection

if TYPE_CHECKING:
    from tbn4_desktop.services.context import AppContext
    from tbn4_desktop.ui.main_window import MainWindow


def window_title(organization: OrganizationInfo, year: int) -> str:
    return f"{tr(APP_TITLE)} — {organization.name}, {year}"


def load(window: MainWindow) -> bool:
    """Read the year from the store and fill the tree; emits treeFilled.
    False (after a message) when the data cannot be read."""
    if window.ctx is None:  # the store is not attached yet
        return False
    try:
        view, catalog = _read_year(window, window.ctx)
    except (StoreError, CatalogError) as exc:
        errors.show_error(window, str(exc))
        return False
    window.show_year(view, catalog)
    return True


def _read_year(window: MainWindow, ctx: AppContext) -> tuple[YearView, Catalog]:
    from tbn4_desktop.services.checklist import plan_checklists
    from tbn4_desktop.services.executions import (
        ensure_year_plan,
        list_executions,
        list_plan_years,
    )
    from tbn4_desktop.services.organizations import list_signatories

    with ctx.store.session() as session:
        catalog = window.catalogs.for_year(window.year)
        plan = ensure_year_plan(session, window.organization.id, window.year, catalog)
        if (plan.catalog_id, plan.catalog_version) != catalog.key:
            catalog = window.catalogs.for_plan(plan.catalog_id, plan.catalog_version, window.year)
        judged = plan_checklists(session, catalog, plan.id)
        view = YearView(
            organization=window.organization,
            plan=plan,
            executions=list_executions(session, plan.id),
            signatories=list_signatories(session, window.organization.id, active_only=False),
            plan_years=list_plan_years(session, window.organization.id),
            checklists=YearChecklists(judged.checklists, judged.applicability),
        )
    return view, catalog


def show_year(window: MainWindow, view: YearView, catalog: Catalog) -> None:
    """Fill the tree, the years and the title from one year's data."""
    current = window.tree.current_selection()
    window.catalog = catalog
    window.plan_id = view.plan.id
    window.signatories = {s.id: s for s in view.signatories}
    # The quick start-up read carries what the checklists are judged
    # from; the ordinary path carries them judged by the services.
    window.year_checklists = judge_year(view, catalog)
    window.tree.tree_model.populate(
        catalog, window.organization.level, view.executions, view.signatories, window.year_checklists
    )
    window.tree.expandToDepth(1)
    _fill_years(window, view.plan_years)
    window.setWindowTitle(window_title(window.organization, window.year))
    window.org_label.setText(
        tr("{name} · БИН {bin} · {level}").format(
            name=window.organization.name, bin=window.organization.bin or "—", level=window.organization.level.label
        )
    )
    window._update_progress()
    if window.ctx is not None:
        window.refresh_deadlines(reselect=False)
    if current is not None and current.execution_id:
        window.tree.select_execution(current.execution_id)
    elif current is not None and current.kind is NodeKind.SUBTASK:
        window.tree.select_subtask(current.code)
    elif window.panel_built():  # a new panel starts with its placeholder
        window.panel.show_placeholder()
    window.treeFilled.emit()


def _fill_years(window: MainWindow, plan_years: list[int]) -> None:
    # The previous year too: in January the last year's reports are finished.
    today = date.today().year
    years = sorted(set(plan_years) | {today - 1, today, window.year})
    window.year_combo.blockSignals(True)
    window.year_combo.clear()
    for y in years:
        window.year_combo.addItem(str(y), y)
    window.year_combo.setCurrentIndex(window.year_combo.findData(window.year))
    window.year_combo.blockSignals(False)


def _year_chosen(window: MainWindow, index: int) -> None:
    year = window.year_combo.itemData(index)
    if year and year != window.year:
        previous = window.year
        window.year = int(year)
        if not window.load():
            window.year = previous
            window.load()


def _update_progress(window: MainWindow) -> None:
    """«Загружено в ИСПУ: N из M; готово к загрузке: K» by the status shown, over the
    periods that count in the year (services/today.counts_in_year, as «Сроки» counts)."""
    from tbn4_desktop.services.today import year_progress

    if window.catalog is None:
        return
    states = {r.execution_id: r.state for r in window.deadline_rows or [] if r.execution_id is not None}
    shown = [
        (e.status, states.get(e.id))
        for code in (s.code for s in window.catalog.subtasks())
        for e in window.tree.tree_model.executions_of(code)
    ]
    progress = year_progress(shown, known=window.deadline_rows is not None)
    window.progress_label.setText(
        tr("{progress} (подзадачи и периоды {year} года)").format(progress=progress.text, year=window.year)
    )


def report_catalog_problems(window: MainWindow) -> None:
    """Catalog files of the user folder that could not be read: the app
    works with the others, the user learns which file and why."""
    problems = getattr(window.ctx, "catalog_problems", [])
    if problems:
        errors.show_error(
            window,
            tr("Некоторые файлы каталогов не прочитаны; программа работает с остальными.")
            + "\n\n"
            + "\n".join(str(p) for p in problems),
        )


def _selection_changed(window: MainWindow, selection: Selection | None) -> None:
    if selection is None or window.catalog is None:
        window.panel.show_placeholder()
        return
    if selection.kind is NodeKind.PROJECT:
        project = window.catalog.project(int(selection.code))
        window.panel.show_overview(
            window.catalog, tr("Проект {number}").format(number=project.number), tc(project.title), tc(project.goal)
        )
        return
    if selection.kind is NodeKind.TASK:
        task = window.catalog.task(selection.code)
        window.panel.show_overview(window.catalog, tr("Задача {code}").format(code=task.code), tc(task.title))
        return
    subtask = window.catalog.subtask(selection.code)
    model = window.tree.tree_model
    executions = model.executions_of(subtask.code)
    target_id = selection.execution_id or window._default_target(selection.code, executions)
    detail = None
    if target_id is not None and window.ctx is not None:
        from tbn4_desktop.services.executions import get_execution

        try:
            with window.ctx.store.session() as session:
                detail = get_execution(session, target_id)
        except StoreError as exc:
            errors.show_error(window, str(exc))
    # The panel shows the status as the tree does (judged from the checklist).
    info = model.execution(target_id) if target_id is not None else None
    if detail is not None and info is not None:
        from dataclasses import replace

        detail = replace(detail, info=info)
    checklists = {e.id: c for e in executions if (c := model.checklist(e.id)) is not None}
    applicability = (
        window.year_checklists.applicability.get(subtask.code) if window.year_checklists is not None else None
    )
    from tbn4_desktop.ui.subtask_panel import PanelData

    window.panel.show_subtask(
        PanelData(
            subtask=subtask,
            level=window.organization.level,
            executions=executions,
            detail=detail if selection.execution_id or len(executions) == 1 else None,
            signatories=window.signatories,
            deadlines=tuple(window.deadlines_of(subtask.code)),
            kpi=window.kpis[subtask.code].result if subtask.code in window.kpis else None,
            checklists=checklists,
            applicability=applicability,
            focus=detail,
        ),
        detail.info if detail else None,
    )
    window.execute_action.setEnabled(detail is not None)


def _default_target(window: MainWindow, code: str, executions: list[ExecutionInfo]) -> int | None:
    """The period «Выполнить…» opens on a subtask row: the first one not
    done yet, else the last one; periods whose deadline does not apply
    (1.1.9's quarters outside the monitoring year) only when all are such."""
    from tbn4_desktop.core.deadlines import DeadlineState

    skipped = {r.execution_id for r in window.deadlines_of(code) if r.state is DeadlineState.NOT_APPLICABLE}
    executions = [e for e in executions if e.id not in skipped] or executions
    if not executions:
        return None
    pending = [e for e in executions if not e.status.is_done]
    return (pending[0] if pending else executions[-1]).id
