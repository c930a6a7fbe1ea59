"""The main window: the year's tree on the left, the selected subtask on the
right, menus for export, the data folder and «О программе»."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop import APP_TITLE
from tbn4_desktop.core.catalog import Catalog, CatalogError
from tbn4_desktop.core.catalog_registry import CatalogRegistry
from tbn4_desktop.core.vocabulary import ExecutionStatus
from tbn4_desktop.i18n import tc, tr
from tbn4_desktop.services.records import ExecutionInfo, OrganizationInfo, SignatoryInfo
from tbn4_desktop.services.startup_view import YearChecklists, YearView, judge_year
from tbn4_desktop.store_errors import StoreError
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.catalog_tree import CatalogTreeView, NodeKind, Selection
from tbn4_desktop.ui.icons import app_icon
from tbn4_desktop.ui.subtask_panel import PanelData, SubtaskPanel

if TYPE_CHECKING:
    from tbn4_desktop.core.workdays import WorkCalendar
    from tbn4_desktop.services.context import AppContext
    from tbn4_desktop.ui.dashboard import DashboardView, DeadlineRow
    from tbn4_desktop.ui.export_dialog import ExportController
    from tbn4_desktop.ui.import_dialog import ImportController
    from tbn4_desktop.ui.month_calendar import MonthCalendar
    from tbn4_desktop.ui.subtask_wizard import SubtaskWizard

SETTINGS_GROUP = "mainWindow"


def window_title(organization: OrganizationInfo, year: int) -> str:
    return f"{tr(APP_TITLE)} — {organization.name}, {year}"


TAB_TODAY, TAB_SUBTASKS, TAB_DEADLINES = range(3)


class MainWindow(QMainWindow):
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
        self.panel = SubtaskPanel(self)
        self.panel.executeRequested.connect(self.execute_current)
        self.panel.formRequested.connect(self.open_panel_form)
        self.panel.uploadRequested.connect(self.mark_uploaded)
        self.panel.answerRequested.connect(self.answer_question)
        self.panel.historyRequested.connect(self.open_journal)
        self.panel.context_source = lambda: self.ctx  # files open from the panel's checklist
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.tree)
        self.splitter.addWidget(self.panel)
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

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&Файл"))
        self.export_action = QAction(tr("&Экспорт пакета для загрузки в ИСПУ…"), self)
        self.export_action.setObjectName("exportAction")
        self.export_action.setShortcut(QKeySequence("Ctrl+E"))
        self.export_action.triggered.connect(self.export_bundle)
        file_menu.addAction(self.export_action)
        self.import_action = QAction(tr("&Импорт пакета подведомственной организации…"), self)
        self.import_action.setObjectName("importAction")
        self.import_action.triggered.connect(self.import_bundle)
        file_menu.addAction(self.import_action)
        self.organization_action = QAction(tr("Орга&низация и подписанты…"), self)
        self.organization_action.setObjectName("organizationAction")
        self.organization_action.triggered.connect(self.edit_organization)
        file_menu.addAction(self.organization_action)
        open_data = QAction(tr("&Открыть папку данных"), self)
        open_data.triggered.connect(self.open_data_folder)
        file_menu.addAction(open_data)
        self.database_action = QAction(tr("Общая &база данных офиса…"), self)
        self.database_action.setObjectName("databaseAction")
        self.database_action.triggered.connect(self.open_database_settings)
        file_menu.addAction(self.database_action)
        self.backups_action = QAction(tr("&Резервные копии…"), self)
        self.backups_action.setObjectName("backupsAction")
        self.backups_action.triggered.connect(self.open_backups)
        file_menu.addAction(self.backups_action)
        self.journal_action = QAction(tr("&Журнал изменений…"), self)
        self.journal_action.setObjectName("journalAction")
        self.journal_action.setStatusTip(tr("Кто, когда и что изменил в данных; отбор и экспорт в XLSX"))
        self.journal_action.triggered.connect(lambda _checked=False: self.open_journal())
        file_menu.addAction(self.journal_action)
        from tbn4_desktop.ui.language_ui import add_language_menu

        self.language_menu = add_language_menu(self, file_menu, self.data_dir)
        file_menu.addSeparator()
        quit_action = QAction(tr("В&ыход"), self)
        quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        subtask_menu = self.menuBar().addMenu(tr("&Подзадача"))
        self.execute_action = QAction(tr("&Выполнить…"), self)
        self.execute_action.setObjectName("executeAction")
        self.execute_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.execute_action.triggered.connect(self.execute_current)
        subtask_menu.addAction(self.execute_action)
        self.quasi_matrix_action = QAction(tr("&Матрица документов (Проект 3)…"), self)
        self.quasi_matrix_action.setObjectName("quasiMatrixAction")
        self.quasi_matrix_action.triggered.connect(self.open_quasi_matrix)
        subtask_menu.addAction(self.quasi_matrix_action)
        self.upload_action = QAction(tr("Отметить &загрузку в ИСПУ…"), self)
        self.upload_action.setObjectName("uploadAction")
        self.upload_action.setStatusTip(tr("Все периоды выбранной подзадачи со статусом «Готово к загрузке»"))
        self.upload_action.triggered.connect(self.mark_uploaded)
        subtask_menu.addAction(self.upload_action)
        self.unmark_action = QAction(tr("Снять отметку о за&грузке…"), self)
        self.unmark_action.setObjectName("unmarkAction")
        self.unmark_action.setStatusTip(
            tr("Вернуть статус «Готово к загрузке», если отметка о загрузке поставлена по ошибке")
        )
        self.unmark_action.triggered.connect(self.unmark_uploaded)
        subtask_menu.addAction(self.unmark_action)
        refresh = QAction(tr("&Обновить"), self)
        refresh.setShortcut(QKeySequence(QKeySequence.StandardKey.Refresh))
        refresh.triggered.connect(self.load)
        subtask_menu.addAction(refresh)
        focus_tree = QAction(tr("Перейти к &дереву"), self)
        focus_tree.setShortcut(QKeySequence("Ctrl+1"))
        focus_tree.triggered.connect(self.focus_tree)
        subtask_menu.addAction(focus_tree)
        focus_panel = QAction(tr("Перейти к &сведениям"), self)
        focus_panel.setShortcut(QKeySequence("Ctrl+2"))
        focus_panel.triggered.connect(self.focus_panel)
        subtask_menu.addAction(focus_panel)

        deadlines_menu = self.menuBar().addMenu(tr("С&роки"))
        self.today_action = QAction(tr("&На сегодня"), self)
        self.today_action.setObjectName("todayAction")
        self.today_action.setShortcut(QKeySequence("Ctrl+0"))
        self.today_action.triggered.connect(self.today_page.show_page)
        deadlines_menu.addAction(self.today_action)
        self.dashboard_action = QAction(tr("&Показать сроки года"), self)
        self.dashboard_action.setObjectName("dashboardAction")
        self.dashboard_action.setShortcut(QKeySequence("Ctrl+3"))
        self.dashboard_action.triggered.connect(self.show_dashboard)
        deadlines_menu.addAction(self.dashboard_action)
        self.anchors_action = QAction(tr("&Даты внутреннего анализа коррупционных рисков…"), self)
        self.anchors_action.setObjectName("anchorsAction")
        self.anchors_action.triggered.connect(self.edit_anchors)
        deadlines_menu.addAction(self.anchors_action)
        self.decrees_action = QAction(tr("П&ереносы рабочих дней…"), self)
        self.decrees_action.setObjectName("decreesAction")
        self.decrees_action.triggered.connect(self.edit_decrees)
        deadlines_menu.addAction(self.decrees_action)
        deadlines_menu.addSeparator()
        self.karta_template_action = QAction(tr("&Шаблон Карты реализации (XLSX)…"), self)
        self.karta_template_action.setObjectName("kartaTemplateAction")
        self.karta_template_action.triggered.connect(self.export_karta_template)
        deadlines_menu.addAction(self.karta_template_action)
        self.karta_import_action = QAction(tr("&Импорт Карты реализации…"), self)
        self.karta_import_action.setObjectName("kartaImportAction")
        self.karta_import_action.triggered.connect(self.import_karta)
        deadlines_menu.addAction(self.karta_import_action)

        from tbn4_desktop.ui.forms_menu import FormsMenu

        self.forms_menu = FormsMenu(self)
        self.menuBar().addMenu(self.forms_menu)
        self.form_actions = self.forms_menu.form_actions
        self.consolidated_actions = self.forms_menu.consolidated_actions

        help_menu = self.menuBar().addMenu(tr("&Справка"))
        from tbn4_desktop.ui.help import add_help_actions

        self.guide_action, self.legend_action = add_help_actions(self, help_menu)  # F1, «Обозначения»
        help_menu.addSeparator()
        self.check_action = QAction(tr("&Проверка данных…"), self)
        self.check_action.setObjectName("checkAction")
        self.check_action.setStatusTip(tr("Проверить базу данных, вложенные файлы и журнал изменений"))
        self.check_action.triggered.connect(lambda _checked=False: self.open_check())
        help_menu.addAction(self.check_action)
        about = QAction(tr("&О программе"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    # ------------------------------------------------------------------ data
    def load(self) -> bool:
        """Read the year from the store and fill the tree; emits treeFilled.
        False (after a message) when the data cannot be read."""
        if self.ctx is None:  # the store is not attached yet
            return False
        try:
            view, catalog = self._read_year(self.ctx)
        except (StoreError, CatalogError) as exc:
            errors.show_error(self, str(exc))
            return False
        self.show_year(view, catalog)
        return True

    def _read_year(self, ctx: AppContext) -> tuple[YearView, Catalog]:
        from tbn4_desktop.services.checklist import plan_checklists
        from tbn4_desktop.services.executions import (
            ensure_year_plan,
            list_executions,
            list_plan_years,
        )
        from tbn4_desktop.services.organizations import list_signatories

        with ctx.store.session() as session:
            catalog = self.catalogs.for_year(self.year)
            plan = ensure_year_plan(session, self.organization.id, self.year, catalog)
            if (plan.catalog_id, plan.catalog_version) != catalog.key:
                catalog = self.catalogs.for_plan(plan.catalog_id, plan.catalog_version, self.year)
            judged = plan_checklists(session, catalog, plan.id)
            view = YearView(
                organization=self.organization,
                plan=plan,
                executions=list_executions(session, plan.id),
                signatories=list_signatories(session, self.organization.id, active_only=False),
                plan_years=list_plan_years(session, self.organization.id),
                checklists=YearChecklists(judged.checklists, judged.applicability),
            )
        return view, catalog

    def show_year(self, view: YearView, catalog: Catalog) -> None:
        """Fill the tree, the years and the title from one year's data."""
        current = self.tree.current_selection()
        self.catalog = catalog
        self.plan_id = view.plan.id
        self.signatories = {s.id: s for s in view.signatories}
        # The quick start-up read carries what the checklists are judged
        # from; the ordinary path carries them judged by the services.
        self.year_checklists = judge_year(view, catalog)
        self.tree.tree_model.populate(
            catalog, self.organization.level, view.executions, view.signatories, self.year_checklists
        )
        self.tree.expandToDepth(1)
        self._fill_years(view.plan_years)
        self.setWindowTitle(window_title(self.organization, self.year))
        self.org_label.setText(
            tr("{name} · БИН {bin} · {level}").format(
                name=self.organization.name, bin=self.organization.bin or "—", level=self.organization.level.label
            )
        )
        self._update_progress()
        if self.ctx is not None:
            self.refresh_deadlines(reselect=False)
        if current is not None and current.execution_id:
            self.tree.select_execution(current.execution_id)
        elif current is not None and current.kind is NodeKind.SUBTASK:
            self.tree.select_subtask(current.code)
        else:
            self.panel.show_placeholder()
        self.treeFilled.emit()

    def _fill_years(self, plan_years: list[int]) -> None:
        # The previous year too: in January the last year's reports are finished.
        today = date.today().year
        years = sorted(set(plan_years) | {today - 1, today, self.year})
        self.year_combo.blockSignals(True)
        self.year_combo.clear()
        for y in years:
            self.year_combo.addItem(str(y), y)
        self.year_combo.setCurrentIndex(self.year_combo.findData(self.year))
        self.year_combo.blockSignals(False)

    def _year_chosen(self, index: int) -> None:
        year = self.year_combo.itemData(index)
        if year and year != self.year:
            previous = self.year
            self.year = int(year)
            if not self.load():
                self.year = previous
                self.load()

    def _update_progress(self) -> None:
        """«Загружено в ИСПУ: N из M; готово к загрузке: K» by the status shown, over the
        periods that count in the year (services/today.counts_in_year, as «Сроки» counts)."""
        from tbn4_desktop.services.today import year_progress

        if self.catalog is None:
            return
        states = {r.execution_id: r.state for r in self.deadline_rows or [] if r.execution_id is not None}
        shown = [
            (e.status, states.get(e.id))
            for code in (s.code for s in self.catalog.subtasks())
            for e in self.tree.tree_model.executions_of(code)
        ]
        progress = year_progress(shown, known=self.deadline_rows is not None)
        self.progress_label.setText(
            tr("{progress} (подзадачи и периоды {year} года)").format(progress=progress.text, year=self.year)
        )

    def report_catalog_problems(self) -> None:
        """Catalog files of the user folder that could not be read: the app
        works with the others, the user learns which file and why."""
        problems = getattr(self.ctx, "catalog_problems", [])
        if problems:
            errors.show_error(
                self,
                tr("Некоторые файлы каталогов не прочитаны; программа работает с остальными.")
                + "\n\n"
                + "\n".join(str(p) for p in problems),
            )

    # ------------------------------------------------------------- selection
    def _selection_changed(self, selection: Selection | None) -> None:
        if selection is None or self.catalog is None:
            self.panel.show_placeholder()
            return
        if selection.kind is NodeKind.PROJECT:
            project = self.catalog.project(int(selection.code))
            self.panel.show_overview(
                self.catalog, tr("Проект {number}").format(number=project.number), tc(project.title), tc(project.goal)
            )
            return
        if selection.kind is NodeKind.TASK:
            task = self.catalog.task(selection.code)
            self.panel.show_overview(self.catalog, tr("Задача {code}").format(code=task.code), tc(task.title))
            return
        subtask = self.catalog.subtask(selection.code)
        model = self.tree.tree_model
        executions = model.executions_of(subtask.code)
        target_id = selection.execution_id or self._default_target(selection.code, executions)
        detail = None
        if target_id is not None and self.ctx is not None:
            from tbn4_desktop.services.executions import get_execution

            try:
                with self.ctx.store.session() as session:
                    detail = get_execution(session, target_id)
            except StoreError as exc:
                errors.show_error(self, str(exc))
        # The panel shows the status as the tree does (judged from the checklist).
        info = model.execution(target_id) if target_id is not None else None
        if detail is not None and info is not None:
            from dataclasses import replace

            detail = replace(detail, info=info)
        checklists = {e.id: c for e in executions if (c := model.checklist(e.id)) is not None}
        applicability = (
            self.year_checklists.applicability.get(subtask.code) if self.year_checklists is not None else None
        )
        self.panel.show_subtask(
            PanelData(
                subtask=subtask,
                level=self.organization.level,
                executions=executions,
                detail=detail if selection.execution_id or len(executions) == 1 else None,
                signatories=self.signatories,
                deadlines=tuple(self.deadlines_of(subtask.code)),
                kpi=self.kpis[subtask.code].result if subtask.code in self.kpis else None,
                checklists=checklists,
                applicability=applicability,
                focus=detail,
            ),
            detail.info if detail else None,
        )
        self.execute_action.setEnabled(detail is not None)

    def _default_target(self, code: str, executions: list[ExecutionInfo]) -> int | None:
        """The period «Выполнить…» opens on a subtask row: the first one not
        done yet, else the last one; periods whose deadline does not apply
        (1.1.9's quarters outside the monitoring year) only when all are such."""
        from tbn4_desktop.core.deadlines import DeadlineState

        skipped = {r.execution_id for r in self.deadlines_of(code) if r.state is DeadlineState.NOT_APPLICABLE}
        executions = [e for e in executions if e.id not in skipped] or executions
        if not executions:
            return None
        pending = [e for e in executions if not e.status.is_done]
        return (pending[0] if pending else executions[-1]).id

    # ------------------------------------------------------------- execution
    def execute_current(self) -> None:
        selection = self.tree.current_selection()
        if selection is not None:
            self.execute(selection)

    def execute(self, selection: Selection) -> None:
        if self.catalog is None or selection.kind not in (NodeKind.SUBTASK, NodeKind.PERIOD):
            return
        target = selection.execution_id or self._default_target(
            selection.code, self.tree.tree_model.executions_of(selection.code)
        )
        if target is None:
            self.statusBar().showMessage(self._not_applicable_text(selection.code), 8000)
            return
        self.open_wizard(target)

    def _not_applicable_text(self, code: str, *, project3: bool = False) -> str:
        """«Подзадача 1.1.1 не применяется: нет: «…». …» — by the answer
        to a question, else by the organisation's level; with `project3`
        said of the Project 3 subtasks as a whole."""
        applies = self.year_checklists.applicability.get(code) if self.year_checklists is not None else None
        if applies is not None and applies.question is not None and not applies.applies:
            text = (
                tr(
                    "Подзадачи Проекта 3 не применяются: {reason}. Ответ меняется в меню «Файл → Организация и "
                    "подписанты…»."
                )
                if project3
                else tr(
                    "Подзадача {code} не применяется: {reason}. Ответ меняется в меню «Файл → Организация и "
                    "подписанты…»."
                )
            )
            return text.format(code=code, reason=applies.reason)
        text = (
            tr("Подзадачи Проекта 3 не применяются к уровню «{level}».")
            if project3
            else tr("Подзадача {code} не применяется к уровню «{level}».")
        )
        return text.format(code=code, level=self.organization.level.label)

    def open_wizard(self, execution_id: int):
        from tbn4_desktop.ui.subtask_wizard import SubtaskWizard

        if self.ctx is None or self.catalog is None:
            return None
        try:
            wizard = SubtaskWizard(
                self.ctx,
                self.catalog,
                self.organization,
                execution_id,
                self,
                deadline=self.deadline_of_execution(execution_id),
            )
        except StoreError as exc:
            errors.show_error(self, str(exc))
            return None
        wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        wizard.executionChanged.connect(self.refresh_execution)
        wizard.destroyed.connect(self._wizard_closed)
        self.wizard = wizard
        wizard.open()
        return wizard

    def open_form(
        self,
        name,
        *,
        subtask_code: str | None = None,
        period: str | None = None,  # noqa: ANN001
        execution_id: int | None = None,
        consolidated: bool = False,
    ):  # noqa: ANN201 - FormDialog | None
        """«Форма: …» of the organisation and year shown (a FormName); for a
        subtask period also «Приложить к подзадаче»."""
        from tbn4_desktop.services.forms import FormRequest
        from tbn4_desktop.ui.forms_dialog import FormDialog

        if self.catalog is None or self.ctx is None:
            return None
        request = FormRequest(
            name=name,
            year=self.year,
            organization_id=self.organization.id,
            subtask_code=subtask_code,
            period=period or None,
            consolidated=consolidated,
        )
        dialog = FormDialog(self.ctx, self.catalog, request, self, execution_id=execution_id, today=self.today())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.attached.connect(self.refresh_execution)
        self.form_dialog = dialog
        dialog.open()
        return dialog

    def open_panel_form(self, value: str):  # noqa: ANN201 - FormDialog | None
        """«Сформировать…» of the panel: the form for the period «Выполнить…» would open."""
        from tbn4_desktop.core.forms.model import FormName

        data, target = self.panel.data, self.panel.target
        if data is None or target is None:
            return None
        name = FormName(value)
        return self.open_form(
            name,
            subtask_code=data.subtask.code if name is FormName.APP1 else None,
            period=target.period,
            execution_id=target.id,
        )

    def open_quasi_matrix(self):  # noqa: ANN201 - QuasiMatrixDialog | None
        """The companies × documents matrix of 3.1.2 and 3.2.1–3.2.6 of the year shown."""
        from tbn4_desktop.ui.quasi_matrix import QUASI_CODES, QuasiMatrixDialog

        if self.catalog is None:
            return None
        executions = {}
        for code in QUASI_CODES:
            found = self.tree.tree_model.executions_of(code)
            if found:
                executions[code] = found[0].id
        if not executions:
            self.statusBar().showMessage(self._not_applicable_text(QUASI_CODES[0], project3=True), 8000)
            return None
        try:
            dialog = QuasiMatrixDialog(self.ctx, self.catalog, executions, self)
        except StoreError as exc:
            errors.show_error(self, str(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _ids: self.statusBar().showMessage(tr("Матрица документов сохранена."), 5000))
        dialog.destroyed.connect(self._quasi_matrix_closed)
        dialog.finished.connect(lambda _result: self.refresh_deadlines())  # and the KPIs it changed
        self.quasi_matrix = dialog
        dialog.open()
        return dialog

    def _quasi_matrix_closed(self) -> None:
        self.quasi_matrix = None

    def _wizard_closed(self) -> None:
        self.wizard = None

    def refresh_execution(self, execution_id: int) -> None:
        """A subtask changed (wizard, form attached): its row and every row
        its change can touch (a year-scope document, an anchor date) are
        judged again with the deadlines."""
        from tbn4_desktop.services.executions import get_execution

        if self.ctx is None:
            return
        try:
            with self.ctx.store.session() as session:
                info = get_execution(session, execution_id).info
        except StoreError as exc:
            errors.show_error(self, str(exc))
            return
        self.tree.tree_model.update_execution(info)
        self.refresh_deadlines()
        self._update_progress()

    # ------------------------------------------------------------- deadlines
    @property
    def deadline_splitter(self) -> QSplitter:
        """The «Сроки» page (dashboard + month calendar), built on first use."""
        if self._deadline_splitter is None:
            from tbn4_desktop.ui.dashboard import DashboardView
            from tbn4_desktop.ui.month_calendar import MonthCalendar

            self._dashboard = DashboardView(self)
            self._dashboard.openExecution.connect(self.open_wizard)
            self._month_calendar = MonthCalendar(self)
            self._month_calendar.openExecution.connect(self.open_wizard)
            splitter = QSplitter(Qt.Orientation.Horizontal, self.deadline_page)
            splitter.setObjectName("deadlineSplitter")
            splitter.addWidget(self._dashboard)
            splitter.addWidget(self._month_calendar)
            splitter.setStretchFactor(0, 3)
            splitter.setStretchFactor(1, 2)
            splitter.setChildrenCollapsible(False)
            self._deadline_layout.addWidget(splitter)
            splitter.show()  # a child added to a visible page is hidden until shown
            self._deadline_splitter = splitter
            self._restore_deadline_state(splitter)
            if self.deadline_rows is not None:
                self._show_deadlines_on_page()
        return self._deadline_splitter

    @property
    def dashboard(self) -> DashboardView:
        self.deadline_splitter  # noqa: B018 - builds the page
        return self._dashboard

    @property
    def month_calendar(self) -> MonthCalendar:
        self.deadline_splitter  # noqa: B018 - builds the page
        return self._month_calendar

    def _tab_changed(self, index: int) -> None:
        if index == TAB_DEADLINES:
            self.deadline_splitter  # noqa: B018 - build on first show
        elif self.tabs.widget(index) is self.subordinates_page:
            self.fill_subordinates()

    # ------------------------------------------------------------ subordinates
    def _show_consolidated(self, visible: bool) -> None:
        """The consolidated forms are in the «Формы» menu only while there are subordinates."""
        self.forms_menu.show_consolidated(visible)

    def _update_subordinates(self) -> None:
        """Show the «Подведомственные» tab and the consolidated forms only
        while the organisation has subordinates."""
        from tbn4_desktop.services.rollup import has_subordinates

        if self.ctx is None:
            return
        with self.ctx.store.session() as session:
            self.has_subordinates = has_subordinates(session, self.organization.id)
        index = self.tabs.indexOf(self.subordinates_page)
        if self.has_subordinates and index < 0:
            index = self.tabs.addTab(self.subordinates_page, tr("Подведомственные"))
            self.tabs.setTabToolTip(index, tr("Статус подведомственных организаций, Проект 3, кто опаздывает"))
        elif not self.has_subordinates and index >= 0:
            self.tabs.removeTab(index)
        self._show_consolidated(self.has_subordinates)
        if self.has_subordinates and self.tabs.currentWidget() is self.subordinates_page:
            self.fill_subordinates()

    def fill_subordinates(self):  # noqa: ANN201 - SubordinatesView | None
        """Read the subordinates' year and show it (the view is built on first use)."""
        if self.ctx is None or self.catalog is None or not self.has_subordinates:
            return None
        from tbn4_desktop.services.rollup import (
            late_table,
            project3_shares,
            subordinates_status,
        )
        from tbn4_desktop.ui.subordinates_view import SubordinatesView

        if self.subordinates_view is None:
            self.subordinates_view = SubordinatesView(self.subordinates_page)
            self.subordinates_page.layout().addWidget(self.subordinates_view)
            self.subordinates_view.show()
        try:
            with self.ctx.store.session() as session:
                rows = subordinates_status(session, self.catalogs, self.organization.id, self.year, as_of=self.today())
                shares = project3_shares(session, self.catalogs, self.organization.id, self.year, self.catalog)
                late = late_table(
                    session,
                    self.catalogs,
                    self.organization.id,
                    self.year,
                    self.catalog,
                    as_of=self.today(),
                    statuses=rows,
                )
        except StoreError as exc:
            errors.show_error(self, str(exc))
            return None
        self.subordinates_view.set_data(self.catalog, rows, shares, late)
        return self.subordinates_view

    # ------------------------------------------------------------ ISPU upload
    def mark_uploaded(self):  # noqa: ANN201 - UploadDialog | None
        """«Отметить загрузку в ИСПУ…» for the ready periods of the subtask shown."""
        from tbn4_desktop.ui.upload_dialog import UploadDialog

        ready = self.panel.ready_to_mark()
        if not ready:
            held = self._held_back()
            self.statusBar().showMessage(
                held
                or tr(
                    "Отметить загрузку можно только для подзадач со статусом "
                    "«Готово к загрузке»: выберите такую подзадачу."
                ),
                8000,
            )
            return None
        dialog = UploadDialog(self.ctx, ready, self, today=self.today(), catalog=self.catalog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.marked.connect(self._uploaded)
        self.upload_dialog = dialog
        dialog.open()
        return dialog

    def _held_back(self) -> str:
        """For the subtask shown: why a period marked «Готово к загрузке» is
        shown «В работе» — the checklist's sentence ('' when none is)."""
        data = self.panel.data
        if data is None:
            return ""
        model = self.tree.tree_model
        for info in data.executions:
            checklist = model.checklist(info.id)
            if (
                model.stored_status(info.id) is ExecutionStatus.READY_FOR_UPLOAD
                and checklist is not None
                and not checklist.complete
            ):
                return checklist.refusal()
        return ""

    def unmark_uploaded(self) -> bool:
        """«Снять отметку о загрузке…»: a mark set by mistake goes back to
        «Готово к загрузке» after a confirmation."""
        from tbn4_desktop.core.validation import ValidationError
        from tbn4_desktop.services.executions import unmark_uploaded

        if self.ctx is None:
            return False
        marked = self.panel.uploaded_marks()
        if not marked:
            self.statusBar().showMessage(
                tr(
                    "Отметка о загрузке есть только у подзадач со статусом "
                    "«Загружено в ИСПУ»: выберите такую подзадачу."
                ),
                5000,
            )
            return False
        what = ", ".join(e.status_text for e in marked)
        if not errors.confirm(
            self,
            tr("Снять отметку о загрузке в ИСПУ ({count})?").format(count=len(marked)),
            tr("{what}. Статус вернётся к «Готово к загрузке».").format(what=what),
            yes_text=tr("Снять отметку"),
        ):
            return False
        try:
            with self.ctx.store.session() as session:
                unmark_uploaded(session, [e.id for e in marked], expected_versions={e.id: e.version for e in marked})
        except (ValidationError, StoreError) as exc:
            errors.show_error(self, str(exc))
            self.load()
            return False
        self._uploaded(
            [e.id for e in marked], message=tr("Отметка о загрузке снята: {count}.").format(count=len(marked))
        )
        return True

    def _uploaded(self, ids: list, message: str = "") -> None:
        from tbn4_desktop.services.executions import get_execution

        if self.ctx is None:
            return
        try:
            with self.ctx.store.session() as session:
                infos = [get_execution(session, i).info for i in ids]
        except StoreError as exc:
            errors.show_error(self, str(exc))
            return
        for info in infos:
            self.tree.tree_model.update_execution(info)
        self.refresh_deadlines()
        self._update_progress()
        self.statusBar().showMessage(
            message or tr("Отмечено как загруженное в ИСПУ: {count}.").format(count=len(ids)), 5000
        )

    def _show_deadlines_on_page(self) -> None:
        if self.deadline_rows is None or self.catalog is None:  # called once they are computed
            return
        self.dashboard.set_kpis(list(self.kpis.values()))
        self.dashboard.set_rows(self.deadline_rows, self.catalog, self.deadline_warnings)
        self.month_calendar.set_calendar(self.work_calendar)
        self.month_calendar.set_rows(self.deadline_rows)

    def _deadlines_if_missing(self) -> None:
        if self.deadline_rows is None:
            self.refresh_deadlines()

    def refresh_deadlines(self, *, reselect: bool = True) -> bool:
        """Recompute the year's deadlines (engine + stored anchors, decrees,
        Карта dates) and show them in the dashboard, the calendar, the tree
        and the panel. One organisation's year takes milliseconds, so it runs
        here; False (after a message) when it cannot be read."""
        if self.ctx is None or self.catalog is None:
            return False
        from tbn4_desktop.core.workdays import WorkCalendarError
        from tbn4_desktop.services.checklist import plan_checklists
        from tbn4_desktop.services.deadlines import load_work_calendar, year_deadlines
        from tbn4_desktop.services.executions import list_executions
        from tbn4_desktop.services.kpis import year_kpis

        try:
            with self.ctx.store.session() as session:
                self.kpis = {k.code: k for k in year_kpis(session, self.catalog, self.organization.id, self.year)}
                calendar = load_work_calendar(session)
                report = year_deadlines(session, self.catalog, self.organization.id, self.year, self.today(), calendar)
                # Judged once for the whole plan: the tree, the panel and every
                # deadline row read these.
                judged = plan_checklists(session, self.catalog, self.plan_id) if self.plan_id else None
                stored = list_executions(session, self.plan_id) if self.plan_id else []
        except (StoreError, WorkCalendarError) as exc:
            errors.show_error(self, str(exc))
            return False
        self.work_calendar = calendar
        from tbn4_desktop.ui.dashboard import build_rows

        if judged is not None:
            self.year_checklists = YearChecklists(judged.checklists, judged.applicability)
            self.tree.tree_model.set_checklists(self.year_checklists, stored)
        self.deadline_rows = build_rows(
            report.deadlines, self.catalog, self.tree.tree_model.all_executions(), self.year_checklists
        )
        self.deadline_warnings = list(report.warnings)
        if self._deadline_splitter is not None:
            self._show_deadlines_on_page()
        self.tree.tree_model.set_deadlines(self.deadline_rows)
        self._update_progress()  # the deadlines tell which periods count (1.1.9 quarters)
        self._update_subordinates()
        if reselect:
            self._selection_changed(self.tree.current_selection())
        self.deadlinesChanged.emit()
        return True

    def deadlines_of(self, code: str) -> list[DeadlineRow]:
        return [r for r in self.deadline_rows or [] if r.code == code and r.execution_id is not None]

    def deadline_of_execution(self, execution_id: int) -> DeadlineRow | None:
        return next((r for r in self.deadline_rows or [] if r.execution_id == execution_id), None)

    def show_dashboard(self) -> None:
        self.tabs.setCurrentIndex(TAB_DEADLINES)
        self.dashboard.table.setFocus()

    def focus_tree(self) -> None:
        self.tabs.setCurrentIndex(TAB_SUBTASKS)
        self.tree.setFocus()

    def focus_panel(self) -> None:
        self.tabs.setCurrentIndex(TAB_SUBTASKS)
        self.panel.browser.setFocus()

    def show_startup_notice(self):  # noqa: ANN201 - QSystemTrayIcon | None
        """After start-up: «На сегодня» is the page shown (it lists what is
        overdue or due soon with the next actions); where there is a tray, a
        tray message too. Never in the `--exit-after-start` smoke run (app.py
        does not schedule it)."""
        from tbn4_desktop.ui.startup_notice import tray_notify, urgent_rows

        if self.deadline_rows is None and not self.refresh_deadlines():
            return None
        rows = urgent_rows(self.deadline_rows or [])
        if not rows:
            return None
        self.tray_icon = tray_notify(self, rows)
        return self.tray_icon

    def edit_anchors(self):  # noqa: ANN201 - AnchorDialog | None
        from tbn4_desktop.ui.anchor_dialog import AnchorDialog

        if self.ctx is None or self.plan_id is None or self.catalog is None:
            return None
        try:
            dialog = AnchorDialog(
                self.ctx, self.plan_id, self.catalog, self.organization.level, self.year, self, as_of=self.today()
            )
        except StoreError as exc:
            errors.show_error(self, str(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self.refresh_deadlines)
        dialog.open()
        return dialog

    def edit_decrees(self):  # noqa: ANN201 - DecreesDialog | None
        from tbn4_desktop.ui.decrees_dialog import DecreesDialog

        if self.ctx is None:
            return None
        dialog = DecreesDialog(self.ctx, self, year=self.year)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.refresh_deadlines)
        dialog.open()
        return dialog

    def _karta(self):  # noqa: ANN202 - KartaController | None
        from tbn4_desktop.ui.karta_actions import KartaController

        if self.ctx is None:
            return None
        if self.karta_controller is not None and self.karta_controller.running:
            return None
        self.karta_controller = KartaController(self, self.ctx, self.organization.id, self.organization.bin, self.year)
        self.karta_controller.imported.connect(lambda _result: self.load())
        return self.karta_controller

    def export_karta_template(self) -> None:
        controller = self._karta()
        if controller is not None:
            controller.export_template()

    def import_karta(self) -> None:
        controller = self._karta()
        if controller is not None:
            controller.import_file()

    # ---------------------------------------------------------------- actions
    def export_bundle(self) -> None:
        from tbn4_desktop.ui.export_dialog import ExportController

        if self.ctx is None or (self.export_controller is not None and self.export_controller.running):
            return
        self.export_controller = ExportController(self, self.ctx, self.organization, self.year)
        self.export_controller.start()

    def import_bundle(self) -> None:
        from tbn4_desktop.ui.import_dialog import ImportController

        if self.ctx is None or (self.import_controller is not None and self.import_controller.running):
            return
        self.import_controller = ImportController(self, self.ctx)
        self.import_controller.finished.connect(self._bundle_imported)
        self.import_controller.start()

    def _bundle_imported(self, result) -> None:  # noqa: ANN001 - ImportResult | None
        if result is None or result.already_imported:
            return
        self.statusBar().showMessage(
            tr("Принят пакет «{organization}» за {year} год.").format(
                organization=result.organization, year=result.year
            ),
            10000,
        )
        self._update_subordinates()  # a new subordinate shows its tab; its statuses are read again

    def edit_organization(self):  # noqa: ANN201 - OrganizationDialog | None
        """«Организация и подписанты»: after a save the title, tree and panel
        are read again (the level decides which subtasks apply)."""
        from tbn4_desktop.ui.organization_dialog import OrganizationDialog

        if self.ctx is None:
            return None
        try:
            dialog = OrganizationDialog(self.ctx, self.organization.id, self, catalog=self.catalog, year=self.year)
        except StoreError as exc:
            errors.show_error(self, str(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(lambda: self._organization_changed(dialog.organization))
        dialog.open()
        return dialog

    def answer_question(self, key: str = ""):  # noqa: ANN201 - OrganizationDialog | None
        """«Ответить…» on the panel: the organisation dialog on its
        «Применимость подзадач» page, at the question."""
        dialog = self.edit_organization()
        if dialog is not None:
            dialog.show_applicability(key)
        return dialog

    def _organization_changed(self, organization: OrganizationInfo | None) -> None:
        if organization is not None:
            self.organization = organization
        self.load()

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))

    def open_journal(self, code: str | None = None, period: str | None = None):  # noqa: ANN201 - JournalWindow | None
        """«Журнал изменений»; with a subtask code (the panel's «История…») that subtask's history."""
        from tbn4_desktop.ui.journal_window import open_journal

        return open_journal(self, self.ctx, organization_id=self.organization.id, code=code, period=period)

    def open_check(self):  # noqa: ANN201 - CheckDialog | None
        """«Проверка данных» (ui/check_dialog.py)."""
        from tbn4_desktop.ui.check_dialog import open_check_dialog

        return open_check_dialog(self)

    def open_backups(self):  # noqa: ANN201 - BackupsDialog | None
        """«Резервные копии»: list, create, restore (ui/backups_dialog.py)."""
        from tbn4_desktop.ui.backups_dialog import open_backups_dialog

        return open_backups_dialog(self)

    def start_auto_backups(self) -> None:
        """Automatic backups and the backup on closing (app start-up only, never in tests)."""
        from tbn4_desktop.ui.backups_dialog import start_auto_backups

        start_auto_backups(self)

    def open_database_settings(self):  # noqa: ANN201 - DatabaseDialog
        """«Общая база данных офиса»: saved settings apply at the next start."""
        from tbn4_desktop.ui.database_dialog import DatabaseDialog

        dialog = DatabaseDialog(self.data_dir, self, current_url=self.ctx.store.url if self.ctx else None)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self) -> None:
        from tbn4_desktop.ui.about_dialog import AboutDialog

        AboutDialog(self, self.data_dir).exec()

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
