"""The main window: the year's tree on the left, the selected subtask on the
right, menus for export, the data folder and «О программе».

This module holds MainWindow: its construction, layout and remembered state.
What it does is in the modules next to it, as functions of the window that
its methods of the same names call: main_window_menus (the menu bar),
main_window_year (reading and showing the year, the selection),
main_window_dialogs (the wizard and the dialogs it opens), main_window_pages
(the «Сроки» and «Подведомственные» pages), main_window_deadlines (the
year's deadlines) and main_window_upload (the ISPU upload marks)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.catalog_registry import CatalogRegistry
from tbn4_desktop.i18n import tr
from tbn4_desktop.services.records import ExecutionInfo, OrganizationInfo, SignatoryInfo
from tbn4_desktop.services.startup_view import YearChecklists, YearView
from tbn4_desktop.ui import (
    errors,
    main_window_deadlines,
    main_window_dialogs,
    main_window_menus,
    main_window_pages,
    main_window_upload,
    main_window_year,
)
from tbn4_desktop.ui.catalog_tree import CatalogTreeView, Selection
from tbn4_desktop.ui.icons import app_icon
from tbn4_desktop.ui.main_window_pages import TAB_DEADLINES as TAB_DEADLINES
from tbn4_desktop.ui.main_window_pages import TAB_SUBTASKS as TAB_SUBTASKS
from tbn4_desktop.ui.main_window_pages import TAB_TODAY as TAB_TODAY
from tbn4_desktop.ui.main_window_year import window_title as window_title

if TYPE_CHECKING:
    from tbn4_desktop.core.forms.model import FormName
    from tbn4_desktop.core.workdays import WorkCalendar
    from tbn4_desktop.services.context import AppContext
    from tbn4_desktop.ui.dashboard import DashboardView, DeadlineRow
    from tbn4_desktop.ui.export_dialog import ExportController
    from tbn4_desktop.ui.forms_menu import FormsMenu
    from tbn4_desktop.ui.import_dialog import ImportController
    from tbn4_desktop.ui.month_calendar import MonthCalendar
    from tbn4_desktop.ui.subtask_panel import SubtaskPanel
    from tbn4_desktop.ui.subtask_wizard import SubtaskWizard

SETTINGS_GROUP = "mainWindow"


class MainWindow(QMainWindow):
    """The window itself: construction, layout and remembered state here;
    the methods of each concern call the main_window_*.py module named in
    its section."""

    # Made by main_window_menus._build_menus (the menu bar's actions):
    export_action: QAction
    import_action: QAction
    organization_action: QAction
    database_action: QAction
    backups_action: QAction
    journal_action: QAction
    execute_action: QAction
    quasi_matrix_action: QAction
    upload_action: QAction
    unmark_action: QAction
    today_action: QAction
    dashboard_action: QAction
    anchors_action: QAction
    decrees_action: QAction
    karta_template_action: QAction
    karta_import_action: QAction
    guide_action: QAction
    legend_action: QAction
    check_action: QAction
    language_menu: QMenu
    forms_menu: FormsMenu
    form_actions: dict[FormName, QAction]
    consolidated_actions: dict[FormName, QAction]
    # Made by main_window_pages.deadline_splitter (the «Сроки» page, on first use):
    _dashboard: DashboardView
    _month_calendar: MonthCalendar

    treeFilled = Signal()
    deadlinesChanged = Signal()

    def __init__(
        self,
        ctx: AppContext | None,
        organization: OrganizationInfo,
        year: int | None = None,
        parent: QWidget | None = None,
        *,
        catalogs: CatalogRegistry | None = None,
        data_dir: Path | None = None,
    ):
        """`ctx` may come later (attach_context): at start-up the window is
        shown from a quick read before the full store is open."""
        super().__init__(parent)
        self.ctx = ctx
        if ctx is not None:
            catalogs = catalogs if catalogs is not None else ctx.catalogs
            data_dir = data_dir if data_dir is not None else ctx.data_dir
        # Without a context the caller passes both (the quick first paint).
        assert catalogs is not None and data_dir is not None
        self.catalogs = catalogs
        self.data_dir = data_dir
        self.organization = organization
        self.year = year or date.today().year
        self.catalog: Catalog | None = None
        self.signatories: dict[int, SignatoryInfo] = {}
        self.wizard: SubtaskWizard | None = None
        self.quasi_matrix = None
        self.export_controller: ExportController | None = None
        self.import_controller: ImportController | None = None
        self.karta_controller = None
        self.plan_id: int | None = None
        # The year's checklists of confirming documents: the status shown
        # everywhere (tree, panel, «Сроки») is judged from them.
        self.year_checklists: YearChecklists | None = None
        # Deadlines: computed once the store is attached (not on the fast
        # first paint); `as_of` fixes «today» (tests, screenshots).
        self.as_of: date | None = None
        self.deadline_rows: list[DeadlineRow] | None = None
        self.deadline_warnings: list[str] = []
        self.kpis: dict = {}  # subtask code → services.kpis.KpiStatus, refreshed with the deadlines
        self.work_calendar: WorkCalendar | None = None
        self.tray_icon = None
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setWindowTitle(window_title(organization, self.year))
        self._build()
        self._restore_state()

    def attach_context(self, ctx: AppContext) -> None:
        """The full store is open: compute the deadlines right after the
        first paint (services are imported lazily, the fast path stays free
        of SQLAlchemy until here)."""
        from PySide6.QtCore import QTimer

        self.ctx = ctx
        QTimer.singleShot(0, self._deadlines_if_missing)

    def today(self) -> date:
        return self.as_of or date.today()

    # ---------------------------------------------------------------- layout
    def _build(self) -> None:
        self.tree = CatalogTreeView(self)
        self.tree.selectionChangedTo.connect(self._selection_changed)
        self.tree.executeRequested.connect(self.execute)
        # The subtask panel sits in the «Подзадачи» tab, hidden at start: it
        # is built into its holder on first use (`panel`), not for the first paint.
        self._panel: SubtaskPanel | None = None
        self.panel_holder = QWidget(self)
        QVBoxLayout(self.panel_holder).setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.panel_holder)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        # The «Сроки» page is built when first shown or filled: its modules
        # and widgets are not needed for the first paint (start-up budget).
        self.deadline_page = QWidget(self)
        self.deadline_page.setObjectName("deadlinePage")
        self._deadline_layout = QVBoxLayout(self.deadline_page)
        self._deadline_layout.setContentsMargins(0, 0, 0, 0)
        self._deadline_splitter: QSplitter | None = None
        # «Подведомственные»: a tab only while the organisation has subordinates, filled when shown.
        self.subordinates_page = QWidget(self)
        self.subordinates_page.setObjectName("subordinatesPage")
        QVBoxLayout(self.subordinates_page).setContentsMargins(0, 0, 0, 0)
        self.subordinates_view = None
        self.has_subordinates = False

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        from tbn4_desktop.ui.today_view import TodayPage

        self.today_page = TodayPage(self)  # «На сегодня»: the first tab, shown at start
        self.tabs.addTab(self.today_page, tr("На сегодня"))
        self.tabs.addTab(self.splitter, tr("Подзадачи"))
        self.tabs.addTab(self.deadline_page, tr("Сроки"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.tabs.setTabToolTip(TAB_SUBTASKS, tr("Проекты, задачи и подзадачи года (Ctrl+1)"))
        self.tabs.setTabToolTip(TAB_DEADLINES, tr("Сроки года, светофоры проектов и календарь (Ctrl+3)"))
        self.tabs.setTabToolTip(
            TAB_TODAY, tr("Что просрочено, что скоро, что ждёт подписи или загрузки в ИСПУ (Ctrl+0)")
        )
        self.tabs.setCurrentIndex(TAB_TODAY)
        self.setCentralWidget(self.tabs)

        toolbar = QToolBar(tr("Год"), self)
        toolbar.setObjectName("yearToolbar")
        toolbar.setMovable(False)
        year_label = QLabel(tr("  &Год: "), toolbar)
        self.year_combo = QComboBox(toolbar)
        self.year_combo.setObjectName("yearCombo")
        self.year_combo.setAccessibleName(tr("Год исполнения"))
        self.year_combo.setMinimumWidth(90)
        year_label.setBuddy(self.year_combo)
        toolbar.addWidget(year_label)
        toolbar.addWidget(self.year_combo)
        self.org_label = QLabel(toolbar)
        self.org_label.setContentsMargins(16, 0, 0, 0)
        toolbar.addWidget(self.org_label)
        self.addToolBar(toolbar)
        self.year_combo.activated.connect(self._year_chosen)

        self.progress_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.progress_label)
        self._build_menus()

    # ---------------------------------------- menus (main_window_menus.py)
    def _build_menus(self) -> None:
        main_window_menus._build_menus(self)

    # -------------------- the year and the selection (main_window_year.py)
    def load(self) -> bool:
        return main_window_year.load(self)

    def show_year(self, view: YearView, catalog: Catalog) -> None:
        main_window_year.show_year(self, view, catalog)

    def _year_chosen(self, index: int) -> None:
        main_window_year._year_chosen(self, index)

    def _update_progress(self) -> None:
        main_window_year._update_progress(self)

    def report_catalog_problems(self) -> None:
        main_window_year.report_catalog_problems(self)

    def _selection_changed(self, selection: Selection | None) -> None:
        main_window_year._selection_changed(self, selection)

    def _default_target(self, code: str, executions: list[ExecutionInfo]) -> int | None:
        return main_window_year._default_target(self, code, executions)

    # ------------------- «Выполнить…» and dialogs (main_window_dialogs.py)
    def execute_current(self) -> None:
        main_window_dialogs.execute_current(self)

    def execute(self, selection: Selection) -> None:
        main_window_dialogs.execute(self, selection)

    def open_wizard(self, execution_id: int):
        return main_window_dialogs.open_wizard(self, execution_id)

    def open_form(
        self,
        name,
        *,
        subtask_code: str | None = None,
        period: str | None = None,  # noqa: ANN001
        execution_id: int | None = None,
        consolidated: bool = False,
    ):  # noqa: ANN201 - FormDialog | None
        return main_window_dialogs.open_form(
            self, name, subtask_code=subtask_code, period=period, execution_id=execution_id, consolidated=consolidated
        )

    def open_panel_form(self, value: str):  # noqa: ANN201 - FormDialog | None
        return main_window_dialogs.open_panel_form(self, value)

    def open_quasi_matrix(self):  # noqa: ANN201 - QuasiMatrixDialog | None
        return main_window_dialogs.open_quasi_matrix(self)

    def _quasi_matrix_closed(self) -> None:
        main_window_dialogs._quasi_matrix_closed(self)

    def _wizard_closed(self) -> None:
        main_window_dialogs._wizard_closed(self)

    def refresh_execution(self, execution_id: int) -> None:
        main_window_dialogs.refresh_execution(self, execution_id)

    def export_bundle(self) -> None:
        main_window_dialogs.export_bundle(self)

    def import_bundle(self) -> None:
        main_window_dialogs.import_bundle(self)

    def _bundle_imported(self, result) -> None:  # noqa: ANN001 - ImportResult | None
        main_window_dialogs._bundle_imported(self, result)

    def edit_organization(self):  # noqa: ANN201 - OrganizationDialog | None
        return main_window_dialogs.edit_organization(self)

    def answer_question(self, key: str = ""):  # noqa: ANN201 - OrganizationDialog | None
        return main_window_dialogs.answer_question(self, key)

    def open_data_folder(self) -> None:
        main_window_dialogs.open_data_folder(self)

    def open_journal(self, code: str | None = None, period: str | None = None):  # noqa: ANN201 - JournalWindow | None
        return main_window_dialogs.open_journal(self, code, period)

    def open_check(self):  # noqa: ANN201 - CheckDialog | None
        return main_window_dialogs.open_check(self)

    def open_backups(self):  # noqa: ANN201 - BackupsDialog | None
        return main_window_dialogs.open_backups(self)

    def start_auto_backups(self) -> None:
        main_window_dialogs.start_auto_backups(self)

    def open_database_settings(self):  # noqa: ANN201 - DatabaseDialog
        return main_window_dialogs.open_database_settings(self)

    def show_about(self) -> None:
        main_window_dialogs.show_about(self)

    @property
    def panel(self) -> SubtaskPanel:
        """The subtask panel, built on first use."""
        if self._panel is None:
            from tbn4_desktop.ui.subtask_panel import SubtaskPanel

            panel = SubtaskPanel(self.panel_holder)
            panel.executeRequested.connect(self.execute_current)
            panel.formRequested.connect(self.open_panel_form)
            panel.uploadRequested.connect(self.mark_uploaded)
            panel.answerRequested.connect(self.answer_question)
            panel.historyRequested.connect(self.open_journal)
            panel.context_source = lambda: self.ctx  # files open from the panel's checklist
            layout = self.panel_holder.layout()
            assert layout is not None  # made with the holder in _build
            layout.addWidget(panel)
            panel.show()  # at once, not from the event loop: the caller may use it now
            self._panel = panel
        return self._panel

    def panel_built(self) -> bool:
        return self._panel is not None

    # ---------------------------------------- pages (main_window_pages.py)
    @property
    def deadline_splitter(self) -> QSplitter:
        return main_window_pages.deadline_splitter(self)

    @property
    def dashboard(self) -> DashboardView:
        return main_window_pages.dashboard(self)

    @property
    def month_calendar(self) -> MonthCalendar:
        return main_window_pages.month_calendar(self)

    def _tab_changed(self, index: int) -> None:
        main_window_pages._tab_changed(self, index)

    def _update_subordinates(self) -> None:
        main_window_pages._update_subordinates(self)

    def fill_subordinates(self):  # noqa: ANN201 - SubordinatesView | None
        return main_window_pages.fill_subordinates(self)

    def _show_deadlines_on_page(self) -> None:
        main_window_pages._show_deadlines_on_page(self)

    def show_dashboard(self) -> None:
        main_window_pages.show_dashboard(self)

    def focus_tree(self) -> None:
        main_window_pages.focus_tree(self)

    def focus_panel(self) -> None:
        main_window_pages.focus_panel(self)

    # -------------------------------- deadlines (main_window_deadlines.py)
    def _deadlines_if_missing(self) -> None:
        main_window_deadlines._deadlines_if_missing(self)

    def refresh_deadlines(self, *, reselect: bool = True) -> bool:
        return main_window_deadlines.refresh_deadlines(self, reselect=reselect)

    def deadlines_of(self, code: str) -> list[DeadlineRow]:
        return main_window_deadlines.deadlines_of(self, code)

    def deadline_of_execution(self, execution_id: int) -> DeadlineRow | None:
        return main_window_deadlines.deadline_of_execution(self, execution_id)

    def show_startup_notice(self):  # noqa: ANN201 - QSystemTrayIcon | None
        return main_window_deadlines.show_startup_notice(self)

    def edit_anchors(self):  # noqa: ANN201 - AnchorDialog | None
        return main_window_deadlines.edit_anchors(self)

    def edit_decrees(self):  # noqa: ANN201 - DecreesDialog | None
        return main_window_deadlines.edit_decrees(self)

    def export_karta_template(self) -> None:
        main_window_deadlines.export_karta_template(self)

    def import_karta(self) -> None:
        main_window_deadlines.import_karta(self)

    # --------------------------------- ISPU upload (main_window_upload.py)
    def mark_uploaded(self):  # noqa: ANN201 - UploadDialog | None
        return main_window_upload.mark_uploaded(self)

    def unmark_uploaded(self) -> bool:
        return main_window_upload.unmark_uploaded(self)

    def _uploaded(self, ids: list, message: str = "") -> None:
        main_window_upload._uploaded(self, ids, message)

    # ----------------------------------------------------------- window state
    def _restore_state(self) -> None:
        from PySide6.QtCore import QSize

        from tbn4_desktop.ui.window_fit import restore_geometry

        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        # The remembered geometry, brought back onto this screen's work area.
        restore_geometry(self, settings.value("geometry"), QSize(1240, 780))
        splitter = settings.value("splitter")
        if splitter is None or not self.splitter.restoreState(splitter):
            self.splitter.setSizes([800, 480])
        header = settings.value("treeHeader2")
        if header is not None:
            self.tree.header().restoreState(header)
        settings.endGroup()

    def _restore_deadline_state(self, splitter: QSplitter) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        deadline_splitter = settings.value("deadlineSplitter")
        if deadline_splitter is None or not splitter.restoreState(deadline_splitter):
            splitter.setSizes([760, 480])
        table_header = settings.value("deadlineTableHeader2")
        if table_header is not None:
            self.dashboard.table.horizontalHeader().restoreState(table_header)
        settings.endGroup()

    def save_state(self) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        settings.setValue("geometry", self.saveGeometry())
        settings.setValue("splitter", self.splitter.saveState())
        settings.setValue("treeHeader2", self.tree.header().saveState())
        if self._deadline_splitter is not None:  # never shown: keep what was saved
            settings.setValue("deadlineSplitter", self._deadline_splitter.saveState())
            settings.setValue("deadlineTableHeader2", self.dashboard.table.horizontalHeader().saveState())
        settings.endGroup()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.export_controller is not None and self.export_controller.running:
            if not errors.confirm(
                self, tr("Идёт экспорт пакета. Прервать его и выйти?"), yes_text=tr("Прервать и выйти")
            ):
                event.ignore()
                return
            self.export_controller.cancel()
        if self.import_controller is not None and self.import_controller.running:
            if not errors.confirm(
                self, tr("Идёт приём пакета. Прервать его и выйти?"), yes_text=tr("Прервать и выйти")
            ):
                event.ignore()
                return
            self.import_controller.cancel()
        runner = getattr(self, "backup_runner", None)
        if runner is not None and runner.hold_close(event):
            return  # closes itself once the backup of what changed is made
        self.save_state()
        super().closeEvent(event)
