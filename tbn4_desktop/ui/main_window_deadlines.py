"""The year's deadlines in the main window: computing them (with the KPIs
and the plan's checklists) and handing them to the tree, the panel and
the «Сроки» page; the start-up notice; the «Сроки» menu's dialogs (anchor
dates, moved working days, the Карта реализации). Apart from
main_window.py: the deadline engine's side of the window.

Functions of the window (`window: MainWindow`); MainWindow's methods of the
same names call them. `window` is left unannotated where the method had no
annotations: mypy did not check those bodies before the split either."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from tbn4_desktop.services.startup_view import YearChecklists
from tbn4_desktop.store_errors import StoreError
from tbn4_desktop.ui import errors

if TYPE_CHECKING:
    from tbn4_desktop.ui.dashboard import DeadlineRow
    from tbn4_desktop.ui.main_window import MainWindow


def _deadlines_if_missing(window: MainWindow) -> None:
    if window.deadline_rows is None:
        window.refresh_deadlines()


def refresh_deadlines(window: MainWindow, *, reselect: bool = True) -> bool:
    """Recompute the year's deadlines (engine + stored anchors, decrees,
    Карта dates) and show them in the dashboard, the calendar, the tree
    and the panel. One organisation's year takes milliseconds, so it runs
    here; False (after a message) when it cannot be read."""
    if window.ctx is None or window.catalog is None:
        return False
    from tbn4_desktop.core.workdays import WorkCalendarError
    from tbn4_desktop.services.checklist import plan_checklists
    from tbn4_desktop.services.deadlines import load_work_calendar, year_deadlines
    from tbn4_desktop.services.executions import list_executions
    from tbn4_desktop.services.kpis import year_kpis

    try:
        with window.ctx.store.session() as session:
            window.kpis = {k.code: k for k in year_kpis(session, window.catalog, window.organization.id, window.year)}
            calendar = load_work_calendar(session)
            report = year_deadlines(
                session, window.catalog, window.organization.id, window.year, window.today(), calendar
            )
            # Judged once for the whole plan: the tree, the panel and every
            # deadline row read these.
            judged = plan_checklists(session, window.catalog, window.plan_id) if window.plan_id else None
            stored = list_executions(session, window.plan_id) if window.plan_id else []
    except (StoreError, WorkCalendarError) as exc:
        errors.show_error(window, str(exc))
        return False
    window.work_calendar = calendar
    from tbn4_desktop.ui.dashboard import build_rows

    if judged is not None:
        window.year_checklists = YearChecklists(judged.checklists, judged.applicability)
        window.tree.tree_model.set_checklists(window.year_checklists, stored)
    window.deadline_rows = build_rows(
        report.deadlines, window.catalog, window.tree.tree_model.all_executions(), window.year_checklists
    )
    window.deadline_warnings = list(report.warnings)
    if window._deadline_splitter is not None:
        window._show_deadlines_on_page()
    window.tree.tree_model.set_deadlines(window.deadline_rows)
    window._update_progress()  # the deadlines tell which periods count (1.1.9 quarters)
    window._update_subordinates()
    if reselect:
        window._selection_changed(window.tree.current_selection())
    window.deadlinesChanged.emit()
    return True


def deadlines_of(window: MainWindow, code: str) -> list[DeadlineRow]:
    return [r for r in window.deadline_rows or [] if r.code == code and r.execution_id is not None]


def deadline_of_execution(window: MainWindow, execution_id: int) -> DeadlineRow | None:
    return next((r for r in window.deadline_rows or [] if r.execution_id == execution_id), None)


def show_startup_notice(window):  # noqa: ANN201 - QSystemTrayIcon | None
    """After start-up: «На сегодня» is the page shown (it lists what is
    overdue or due soon with the next actions); where there is a tray, a
    tray message too. Never in the `--exit-after-start` smoke run (app.py
    does not schedule it)."""
    from tbn4_desktop.ui.startup_notice import tray_notify, urgent_rows

    if window.deadline_rows is None and not window.refresh_deadlines():
        return None
    rows = urgent_rows(window.deadline_rows or [])
    if not rows:
        return None
    window.tray_icon = tray_notify(window, rows)
    return window.tray_icon


def edit_anchors(window):  # noqa: ANN201 - AnchorDialog | None
    from tbn4_desktop.ui.anchor_dialog import AnchorDialog

    if window.ctx is None or window.plan_id is None or window.catalog is None:
        return None
    try:
        dialog = AnchorDialog(
            window.ctx,
            window.plan_id,
            window.catalog,
            window.organization.level,
            window.year,
            window,
            as_of=window.today(),
        )
    except StoreError as exc:
        errors.show_error(window, str(exc))
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.saved.connect(window.refresh_deadlines)
    dialog.open()
    return dialog


def edit_decrees(window):  # noqa: ANN201 - DecreesDialog | None
    from tbn4_desktop.ui.decrees_dialog import DecreesDialog

    if window.ctx is None:
        return None
    dialog = DecreesDialog(window.ctx, window, year=window.year)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.changed.connect(window.refresh_deadlines)
    dialog.open()
    return dialog


def _karta(window):  # noqa: ANN202 - KartaController | None
    from tbn4_desktop.ui.karta_actions import KartaController

    if window.ctx is None:
        return None
    if window.karta_controller is not None and window.karta_controller.running:
        return None
    window.karta_controller = KartaController(
        window, window.ctx, window.organization.id, window.organization.bin, window.year
    )
    window.karta_controller.imported.connect(lambda _result: window.load())
    return window.karta_controller


def export_karta_template(window: MainWindow) -> None:
    controller = _karta(window)
    if controller is not None:
        controller.export_template()


def import_karta(window: MainWindow) -> None:
    controller = _karta(window)
    if controller is not None:
        controller.import_file()
