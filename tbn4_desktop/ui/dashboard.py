"""The «Сроки» view: section toggles, the year's KPIs (one line each),
traffic lights per project (ui/project_lights.py) and the filterable table
of every deadline of the year (ui/deadline_table.py, whose names are
re-exported here). It opens on «Требуют внимания», most urgent first; the
KPIs, the lights and the month calendar beside it fold away so that the
table gets the height on a 768 px screen; the choice is remembered.
Double click or Enter opens the subtask's wizard."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.deadlines import DeadlineState
from tbn4_desktop.i18n import N_, tc, tr
from tbn4_desktop.services.today import counts_in_year
from tbn4_desktop.ui.deadline_table import (  # noqa: F401 - re-exported: the dashboard's names
    ATTENTION,
    ATTENTION_STATES,
    ATTENTION_TEXT,
    COL_DUE,
    COL_EXECUTOR,
    COL_EXPLANATION,
    COL_JUDGED,
    COL_PERIOD,
    COL_STATE,
    COL_SUBTASK,
    COLUMNS,
    JUDGED_BY_DOCUMENT,
    JUDGED_BY_UPLOAD,
    MONITORING_NOTE,
    ROW_ROLE,
    SORT_ROLE,
    STATE_ORDER,
    DeadlineFilterProxy,
    DeadlineRow,
    DeadlineTable,
    DeadlineTableModel,
    build_rows,
    period_text,
    upload_mark_text,
)
from tbn4_desktop.ui.icons import deadline_icon
from tbn4_desktop.ui.kpi_line import KpiStrip
from tbn4_desktop.ui.project_lights import LightsPanel, ProjectLights, state_counts

SETTINGS_GROUP = "dashboard"
#: Below this available height (a 768 px laptop) the KPIs, lights and calendar start folded.
ROOMY_HEIGHT = 900
SECTIONS = (
    ("kpis", N_("Показатели"), N_("Показать или свернуть показатели года")),
    ("lights", N_("Светофоры проектов"), N_("Показать или свернуть светофоры проектов (щелчок по строке — отбор)")),
    ("calendar", N_("Календарь"), N_("Показать или свернуть календарь месяца справа")),
)


class DashboardView(QWidget):
    """Section toggles + KPIs + lights + filters + the table. Fed with rows
    by the main window. Opens on «Требуют внимания», most urgent first; the
    KPIs, the lights and the month calendar beside it can be folded away so
    that the table gets the height on a 768 px screen. The filter and what
    is folded are remembered (QSettings)."""

    openExecution = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.catalog: Catalog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        toggles = QHBoxLayout()
        toggles.setSpacing(4)
        self.section_buttons: dict[str, QToolButton] = {}
        for key, text, tip in SECTIONS:
            button = QToolButton(self)
            button.setObjectName(f"toggle_{key}")
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setText(tr(text))
            button.setToolTip(tr(tip))
            button.toggled.connect(lambda shown, k=key: self.set_section_shown(k, shown))
            toggles.addWidget(button)
            self.section_buttons[key] = button
        toggles.addStretch(1)
        layout.addLayout(toggles)

        # The KPIs and the lights scroll in their own area: unfolded on a 768 px
        # screen they must not push the window's minimum height off the screen.
        self.top_area = QScrollArea(self)
        self.top_area.setObjectName("deadlineOverview")
        self.top_area.setWidgetResizable(True)
        self.top_area.setFrameShape(QFrame.Shape.NoFrame)
        self.top_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        overview = QWidget(self.top_area)
        overview_layout = QVBoxLayout(overview)
        overview_layout.setContentsMargins(0, 0, 0, 0)
        self.kpi_strip = KpiStrip(overview)
        overview_layout.addWidget(self.kpi_strip)
        self.lights_area = LightsPanel(overview)
        self.lights: dict[int, ProjectLights] = {}
        overview_layout.addWidget(self.lights_area)
        self.top_area.setWidget(overview)
        layout.addWidget(self.top_area)

        filters = QGridLayout()
        filters.setHorizontalSpacing(6)
        self.state_combo = self._combo("stateFilter", tr("&Состояние:"), filters, 0, 0)
        self.project_combo = self._combo("projectFilter", tr("&Проект:"), filters, 0, 2)
        self.executor_combo = self._combo("executorFilter", tr("&Исполнитель:"), filters, 1, 0)
        # «Требуют внимания» whole in either language.
        attention = max(17, len(tr(ATTENTION_TEXT)) + 1)
        for combo, length in ((self.state_combo, attention), (self.project_combo, 8), (self.executor_combo, 14)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(length)
        self.reset_button = QPushButton(tr("Сбросить фильтры"), self)
        self.reset_button.setObjectName("resetFilters")
        self.reset_button.setToolTip(tr("Все сроки года, кроме неприменимых"))
        self.reset_button.clicked.connect(self.reset_filters)
        filters.addWidget(self.reset_button, 1, 2, 1, 2, Qt.AlignmentFlag.AlignLeft)
        filters.setColumnStretch(4, 1)
        layout.addLayout(filters)

        self.warnings_label = QLabel(self)
        self.warnings_label.setObjectName("deadlineWarnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.warnings_label.hide()
        layout.addWidget(self.warnings_label)

        self.model = DeadlineTableModel(self)
        self.proxy = DeadlineFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = DeadlineTable(self)
        self.table.setObjectName("deadlineTable")
        self.table.setAccessibleName(tr("Сроки подзадач"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        # Most urgent first: overdue, then by the working days left (the state, then the date).
        self.table.sortByColumn(COL_STATE, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for col, width in (
            (COL_SUBTASK, 230),
            (COL_PERIOD, 90),
            (COL_DUE, 86),
            (COL_STATE, 180),
            (COL_JUDGED, 150),
            (COL_EXPLANATION, 330),
            (COL_EXECUTOR, 200),
        ):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        self.table.rowActivated.connect(self._row_activated)
        # Eight rows stay in view however much of the overview is unfolded: the overview scrolls instead.
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height() + 8 * self.table.verticalHeader().defaultSectionSize() + 4
        )
        layout.addWidget(self.table, 1)

        self.summary = QLabel(self)
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self._fill_state_combo()
        self._restore_choices()
        for combo in (self.state_combo, self.project_combo, self.executor_combo):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.state_combo.currentIndexChanged.connect(self._remember_filter)

    def _combo(self, name: str, label_text: str, layout: QGridLayout, row: int, column: int) -> QComboBox:
        label = QLabel(label_text, self)
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(label_text.replace("&", "").rstrip(":"))
        label.setBuddy(combo)
        layout.addWidget(label, row, column)
        layout.addWidget(combo, row, column + 1)
        return combo

    def _fill_state_combo(self) -> None:
        self.state_combo.addItem(tr("Все (кроме неприменимых)"), None)
        self.state_combo.addItem(deadline_icon(DeadlineState.OVERDUE), tr(ATTENTION_TEXT), ATTENTION)
        for state in STATE_ORDER:
            self.state_combo.addItem(deadline_icon(state), state.label, state.value)

    # --------------------------------------------------------- remembered
    def _restore_choices(self) -> None:
        settings = QSettings()
        settings.beginGroup(SETTINGS_GROUP)
        value = settings.value("stateFilter", ATTENTION)
        index = self.state_combo.findData(None if value in ("", "all") else value)
        self.state_combo.setCurrentIndex(index if index >= 0 else self.state_combo.findData(ATTENTION))
        roomy = _screen_height(self) >= ROOMY_HEIGHT
        shown = {key: _bool(settings.value(f"{key}Shown"), roomy) for key, _t, _tip in SECTIONS}
        settings.endGroup()
        for key, button in self.section_buttons.items():
            button.blockSignals(True)
            button.setChecked(shown[key])
            button.blockSignals(False)
            self._show_section(key, shown[key])

    def _remember_filter(self) -> None:
        value = self.state_combo.currentData()
        QSettings().setValue(f"{SETTINGS_GROUP}/stateFilter", value if value is not None else "all")

    def set_section_shown(self, key: str, shown: bool) -> None:
        """Fold or unfold «Показатели», «Светофоры проектов» or «Календарь»; remembered."""
        button = self.section_buttons[key]
        if button.isChecked() != shown:
            button.setChecked(shown)  # comes back here through `toggled`
            return
        self._show_section(key, shown)
        QSettings().setValue(f"{SETTINGS_GROUP}/{key}Shown", shown)

    def section_shown(self, key: str) -> bool:
        return self.section_buttons[key].isChecked()

    def _show_section(self, key: str, shown: bool) -> None:
        button = self.section_buttons[key]
        button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        if key == "kpis":
            self.kpi_strip.setVisible(shown and bool(self.kpi_strip.lines))
        elif key == "lights":
            self.lights_area.setVisible(shown)
        else:
            calendar = self.calendar_widget()
            if calendar is not None:
                calendar.setVisible(shown)
        self.top_area.setVisible(not self.kpi_strip.isHidden() or not self.lights_area.isHidden())

    def calendar_widget(self) -> QWidget | None:
        """The month calendar beside the dashboard (the main window puts both in one splitter)."""
        parent = self.parentWidget()
        return (
            parent.findChild(QWidget, "monthCalendar", Qt.FindChildOption.FindDirectChildrenOnly)
            if parent is not None
            else None
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._show_section("calendar", self.section_shown("calendar"))  # placed beside us after construction

    # ------------------------------------------------------------------ data
    def set_kpis(self, statuses: Sequence) -> None:  # Sequence[services.kpis.KpiStatus]
        self.kpi_strip.set_kpis(statuses)
        self.section_buttons["kpis"].setText(self.kpi_strip.summary())
        self.section_buttons["kpis"].setVisible(bool(statuses))
        self._show_section("kpis", self.section_shown("kpis"))

    def set_rows(self, rows: Sequence[DeadlineRow], catalog: Catalog, warnings: Sequence[str] = ()) -> None:
        self.catalog = catalog
        self.model.set_rows(rows)
        self._fill_lights(rows, catalog)
        self._refill(
            self.project_combo,
            tr("Все"),
            [(tr("Проект {number}").format(number=p.number), p.number) for p in catalog.projects],
        )
        executors = sorted({r.executor for r in rows if r.executor})
        self._refill(self.executor_combo, tr("Все"), [(tc(e), e) for e in executors])
        for i in range(1, self.executor_combo.count()):
            self.executor_combo.setItemData(i, self.executor_combo.itemText(i), Qt.ItemDataRole.ToolTipRole)
        if warnings:
            self.warnings_label.setText("⚠ " + "\n⚠ ".join(warnings))
            self.warnings_label.show()
        else:
            self.warnings_label.hide()
        self._apply_filters()

    @staticmethod
    def _refill(combo: QComboBox, all_text: str, items: list[tuple[str, object]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(all_text, None)
        for text, value in items:
            combo.addItem(text, value)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _fill_lights(self, rows: Sequence[DeadlineRow], catalog: Catalog) -> None:
        by_project: dict[int, list[DeadlineRow]] = {}
        for r in rows:
            by_project.setdefault(r.project, []).append(r)
        cards = []
        for project in catalog.projects:
            lights = ProjectLights(
                project.number,
                project.title,
                state_counts(by_project.get(project.number, [])),
                STATE_ORDER,
                self.lights_area,
            )
            lights.chosen.connect(self.show_filtered)
            cards.append(lights)
        self.lights_area.set_cards(cards)
        self.lights = {c.number: c for c in cards}
        urgent = sum(r.state.is_urgent for r in rows)
        self.section_buttons["lights"].setText(
            tr("Светофоры проектов: срочных {urgent}").format(urgent=urgent) if urgent else tr("Светофоры проектов")
        )

    # --------------------------------------------------------------- filters
    def set_filters(
        self, *, state: DeadlineState | str | None = None, project: int | None = None, executor: str | None = None
    ) -> None:
        value = state.value if isinstance(state, DeadlineState) else state
        for combo, data in ((self.state_combo, value), (self.project_combo, project), (self.executor_combo, executor)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(data), 0) if data is not None else 0)
            combo.blockSignals(False)
        self._apply_filters()

    def show_filtered(self, project: int, state: DeadlineState) -> None:
        self.set_filters(state=state, project=project)
        self.table.setFocus()

    def reset_filters(self) -> None:
        self.set_filters()

    def _apply_filters(self) -> None:
        value = self.state_combo.currentData()
        state = ATTENTION if value == ATTENTION else (DeadlineState(value) if value else None)
        self.proxy.set_filters(
            state=state, project=self.project_combo.currentData(), executor=self.executor_combo.currentData()
        )
        self.summary.setText(summary_text(self.proxy.rowCount(), self.model.rows(), state))

    def visible_rows(self) -> list[DeadlineRow]:
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def _row_activated(self, row: DeadlineRow) -> None:
        if row is not None and row.execution_id is not None:
            self.openExecution.emit(row.execution_id)


def summary_text(shown: int, rows: Sequence[DeadlineRow], state: DeadlineState | str | None) -> str:
    """«Показано сроков: 6 из 57. …» — the total counts what applies (services.today.counts_in_year)."""
    total = sum(counts_in_year(r.state) for r in rows)
    not_applicable = len(rows) - total
    if state == ATTENTION and not shown:
        text = tr("Сроков, требующих внимания, нет (всего сроков года: {total}).").format(total=total)
    elif state is DeadlineState.NOT_APPLICABLE:
        text = tr("Показано неприменимых: {shown}; в число сроков года ({total}) они не входят.").format(
            shown=shown, total=total
        )
    else:
        text = tr("Показано сроков: {shown} из {total}.").format(shown=shown, total=total)
    # Whole sentences, each its own message.
    if not_applicable and state is not DeadlineState.NOT_APPLICABLE:
        text += " " + tr("Не применяются ещё {count} (состояние «Не применяется»).").format(count=not_applicable)
    return text + " " + tr("Двойной щелчок или Enter открывает мастер исполнения подзадачи.")


def _screen_height(widget: QWidget) -> int:
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry().height() if screen is not None else 0


def _bool(value: object, default: bool) -> bool:
    if value is None:
        return default
    if isinstance(value, str):
        return value.lower() in ("true", "1")
    return bool(value)
