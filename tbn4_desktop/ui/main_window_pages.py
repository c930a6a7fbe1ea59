"""The main window's pages (tabs) beyond the tree: their indices, the
«Сроки» page (dashboard + month calendar) built on first use, the
«Подведомственные» tab shown only while there are subordinates, and
moving the focus between pages. Apart from main_window.py: the pages
built lazily, after the first paint.

Functions of the window (`window: MainWindow`); MainWindow's methods of the
same names call them. `window` is left unannotated where the method had no
annotations: mypy did not check those bodies before the split either."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter

from tbn4_desktop.i18n import tr
from tbn4_desktop.store_errors import StoreError
from tbn4_desktop.ui import errors

if TYPE_CHECKING:
    from tbn4_desktop.ui.dashboard import DashboardView
    from tbn4_desktop.ui.main_window import MainWindow
    from tbn4_desktop.ui.month_calendar import MonthCalendar

TAB_TODAY, TAB_SUBTASKS, TAB_DEADLINES = range(3)


def deadline_splitter(window: MainWindow) -> QSplitter:
    """The «Сроки» page (dashboard + month calendar), built on first use."""
    if window._deadline_splitter is None:
        from tbn4_desktop.ui.dashboard import DashboardView
        from tbn4_desktop.ui.month_calendar import MonthCalendar

        window._dashboard = DashboardView(window)
        window._dashboard.openExecution.connect(window.open_wizard)
        window._month_calendar = MonthCalendar(window)
        window._month_calendar.openExecution.connect(window.open_wizard)
        splitter = QSplitter(Qt.Orientation.Horizontal, window.deadline_page)
        splitter.setObjectName("deadlineSplitter")
        splitter.addWidget(window._dashboard)
        splitter.addWidget(window._month_calendar)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        window._deadline_layout.addWidget(splitter)
        splitter.show()  # a child added to a visible page is hidden until shown
        window._deadline_splitter = splitter
        window._restore_deadline_state(splitter)
        if window.deadline_rows is not None:
            window._show_deadlines_on_page()
    return window._deadline_splitter


def dashboard(window: MainWindow) -> DashboardView:
    window.deadline_splitter  # noqa: B018 - builds the page
    return window._dashboard


def month_calendar(window: MainWindow) -> MonthCalendar:
    window.deadline_splitter  # noqa: B018 - builds the page
    return window._month_calendar


def _tab_changed(window: MainWindow, index: int) -> None:
    if index == TAB_DEADLINES:
        window.deadline_splitter  # noqa: B018 - build on first show
    elif index == TAB_SUBTASKS:
        window.panel  # noqa: B018 - build on first show
    elif window.tabs.widget(index) is window.subordinates_page:
        window.fill_subordinates()


def _show_consolidated(window: MainWindow, visible: bool) -> None:
    """The consolidated forms are in the «Формы» menu only while there are subordinates."""
    window.forms_menu.show_consolidated(visible)


def _update_subordinates(window: MainWindow) -> None:
    """Show the «Подведомственные» tab and the consolidated forms only
    while the organisation has subordinates."""
    from tbn4_desktop.services.rollup import has_subordinates

    if window.ctx is None:
        return
    with window.ctx.store.session() as session:
        window.has_subordinates = has_subordinates(session, window.organization.id)
    index = window.tabs.indexOf(window.subordinates_page)
    if window.has_subordinates and index < 0:
        index = window.tabs.addTab(window.subordinates_page, tr("Подведомственные"))
        window.tabs.setTabToolTip(index, tr("Статус подведомственных организаций, Проект 3, кто опаздывает"))
    elif not window.has_subordinates and index >= 0:
        window.tabs.removeTab(index)
    _show_consolidated(window, window.has_subordinates)
    if window.has_subordinates and window.tabs.currentWidget() is window.subordinates_page:
        window.fill_subordinates()


def fill_subordinates(window):  # noqa: ANN201 - SubordinatesView | None
    """Read the subordinates' year and show it (the view is built on first use)."""
    if window.ctx is None or window.catalog is None or not window.has_subordinates:
        return None
    from tbn4_desktop.services.rollup import (
        late_table,
        project3_shares,
        subordinates_status,
    )
    from tbn4_desktop.ui.subordinates_view import SubordinatesView

    if window.subordinates_view is None:
        window.subordinates_view = SubordinatesView(window.subordinates_page)
        window.subordinates_page.layout().addWidget(window.subordinates_view)
        window.subordinates_view.show()
    try:
        with window.ctx.store.session() as session:
            rows = subordinates_status(
                session, window.catalogs, window.organization.id, window.year, as_of=window.today()
            )
            shares = project3_shares(session, window.catalogs, window.organization.id, window.year, window.catalog)
            late = late_table(
                session,
                window.catalogs,
                window.organization.id,
                window.year,
                window.catalog,
                as_of=window.today(),
                statuses=rows,
            )
    except StoreError as exc:
        errors.show_error(window, str(exc))
        return None
    window.subordinates_view.set_data(window.catalog, rows, shares, late)
    return window.subordinates_view


def _show_deadlines_on_page(window: MainWindow) -> None:
    if window.deadline_rows is None or window.catalog is None:  # called once they are computed
        return
    window.dashboard.set_kpis(list(window.kpis.values()))
    window.dashboard.set_rows(window.deadline_rows, window.catalog, window.deadline_warnings)
    window.month_calendar.set_calendar(window.work_calendar)
    window.month_calendar.set_rows(window.deadline_rows)


def show_dashboard(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(TAB_DEADLINES)
    window.dashboard.table.setFocus()


def focus_tree(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(TAB_SUBTASKS)
    window.tree.setFocus()


def focus_panel(window: MainWindow) -> None:
    window.tabs.setCurrentIndex(TAB_SUBTASKS)
    window.panel.browser.setFocus()
