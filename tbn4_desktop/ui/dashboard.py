"""The «Сроки» view: the year's KPIs (one line each), traffic lights per
project and a sortable, filterable table of every deadline of the year
(model/view: one model row per due date, no widget per row). Each row says
what judges it — the ISPU upload mark or the date of a document — and, in
its tooltip, which confirming documents are still missing (the checklists
are judged once per year plan, never per row). Double click or Enter opens
the subtask's wizard."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.deadlines import Deadline, DeadlineState, judged_by_text
from tbn4_desktop.core.vocabulary import period_label
from tbn4_desktop.services.records import ExecutionInfo
from tbn4_desktop.ui.formatting import format_date
from tbn4_desktop.ui.icons import deadline_icon
from tbn4_desktop.ui.kpi_line import (
    COLORS,
    ICON_SIZE,
    VERDICTS,
    full_text,
    shortfall,
    value_text,
    verdict_icon,
)

if TYPE_CHECKING:
    from tbn4_desktop.services.startup_view import YearChecklists

COLUMNS = ("Подзадача", "Период", "Срок", "Состояние", "Засчитывается", "Пояснение", "Исполнитель")
COL_SUBTASK, COL_PERIOD, COL_DUE, COL_STATE, COL_JUDGED, COL_EXPLANATION, COL_EXECUTOR = range(7)

#: The «Засчитывается» column: what tells «в срок» (core.deadlines.Deadline.judged_by).
JUDGED_BY_UPLOAD = "по загрузке в ИСПУ"
JUDGED_BY_DOCUMENT = "по дате документа"

ROW_ROLE = Qt.ItemDataRole.UserRole + 20
SORT_ROLE = Qt.ItemDataRole.UserRole + 21

# Most pressing first: the order of the lights, the state filter and sorting.
STATE_ORDER: tuple[DeadlineState, ...] = (
    DeadlineState.OVERDUE, DeadlineState.DUE_3, DeadlineState.DUE_10, DeadlineState.LATER,
    DeadlineState.NO_DATE, DeadlineState.DONE_LATE, DeadlineState.DONE_ON_TIME,
    DeadlineState.NOT_APPLICABLE,
)
_STATE_RANK = {s: i for i, s in enumerate(STATE_ORDER)}
ATTENTION_STATES = frozenset({DeadlineState.OVERDUE, DeadlineState.DUE_3, DeadlineState.DUE_10})
ATTENTION = "attention"   # the state filter's «Требуют внимания»


def period_text(period: str) -> str:
    """'Q2' → 'II квартал'; a period the vocabulary does not know is shown as is."""
    try:
        return period_label(period)
    except (ValueError, IndexError):
        return period


@dataclass(frozen=True)
class DeadlineRow:
    """One due date as the dashboard, the calendar and the notice show it."""

    code: str
    title: str                    # the subtask's short title
    project: int
    period: str
    due: date | None
    state: DeadlineState
    explanation: str
    executor: str
    execution_id: int | None
    warnings: tuple[str, ...] = ()
    judged_by: str = "upload"         # Deadline.judged_by: "upload" or the judging slot's key
    judged_by_text: str = ""          # core.deadlines.judged_by_text: the whole Russian phrase
    judged_on: date | None = None     # the upload or document date judged, once known
    missing: str = ""                 # the checklist's refusal ('' when every document is there)
    upload_mark: str = ""             # «Загружено в ИСПУ 12.03.2025 (№ 4521)» / «отметки о загрузке нет»

    @property
    def subtask_text(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def judged_by_upload(self) -> bool:
        return self.judged_by == "upload"

    @property
    def judged_word(self) -> str:
        """«по загрузке в ИСПУ» or «по дате документа»."""
        return JUDGED_BY_UPLOAD if self.judged_by_upload else JUDGED_BY_DOCUMENT

    @property
    def tooltip(self) -> str:
        """The explanation, warnings, what judges the deadline and what is missing."""
        lines = [self.explanation, *self.warnings]
        if self.judged_by_text:
            lines.append(f"Срок соблюдён или нет — {self.judged_by_text}"
                         + (f"; {self.upload_mark}" if self.judged_by_upload and self.upload_mark else "") + ".")
        if self.missing:
            lines.append(self.missing)
        return "\n".join(lines)

    @property
    def period_text(self) -> str:
        return period_text(self.period)


def upload_mark_text(info: ExecutionInfo | None) -> str:
    """«отметка: Загружено в ИСПУ 12.03.2025 (№ 4521)» or «отметки о загрузке в ИСПУ нет»."""
    if info is not None and info.uploaded_on is not None:
        return f"отметка: {info.status_text}"
    return "отметки о загрузке в ИСПУ нет"


def build_rows(deadlines: Iterable[Deadline], catalog: Catalog, executions: Iterable[ExecutionInfo],
               checklists: YearChecklists | None = None) -> list[DeadlineRow]:
    """Join the engine's deadlines with the catalog (titles, project,
    executor, what judges the deadline), the executions (what double click
    opens, the upload mark) and the year's checklists (what is missing),
    judged once for the whole plan."""
    projects: dict[str, int] = {}
    for project in catalog.projects:
        for task in project.tasks:
            for subtask in task.subtasks:
                projects[subtask.code] = project.number
    by_key = {(e.subtask_code, e.period or ""): e for e in executions}
    judged_texts: dict[str, str] = {}
    rows = []
    for d in deadlines:
        try:
            subtask = catalog.subtask(d.code)
            title, executor = subtask.short_title, subtask.executor
            if d.code not in judged_texts:
                judged_texts[d.code] = judged_by_text(subtask)
        except (KeyError, LookupError, ValueError):
            title, executor = "", ""
        info = by_key.get((d.code, d.period or ""))
        if info is None and not d.period:
            info = by_key.get((d.code, ""))
        checklist = checklists.checklist(info.id) if checklists is not None and info is not None else None
        missing = checklist.refusal() if checklist is not None and d.state is not DeadlineState.NOT_APPLICABLE \
            else ""
        rows.append(DeadlineRow(code=d.code, title=title, project=projects.get(d.code, 0), period=d.period or "",
                                due=d.due, state=d.state, explanation=d.explanation, executor=executor,
                                execution_id=info.id if info is not None else None, warnings=tuple(d.warnings),
                                judged_by=d.judged_by, judged_by_text=judged_texts.get(d.code, ""),
                                judged_on=d.judged_on, missing=missing, upload_mark=upload_mark_text(info)))
    return rows


def _code_key(code: str) -> tuple:
    return tuple(int(p) if p.isdigit() else 0 for p in code.split("."))


class DeadlineTableModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._rows: list[DeadlineRow] = []

    def set_rows(self, rows: Sequence[DeadlineRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[DeadlineRow]:
        return list(self._rows)

    def row_at(self, row: int) -> DeadlineRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == Qt.ItemDataRole.DecorationRole and col == COL_STATE:
            return deadline_icon(r.state)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col in (COL_EXPLANATION, COL_STATE, COL_JUDGED):
                return r.tooltip
            return self._text(r, col) or None
        if role == SORT_ROLE:
            return self._sort_key(r, col)
        if role == ROW_ROLE:
            return r
        return None

    @staticmethod
    def _text(r: DeadlineRow, col: int) -> str:
        if col == COL_SUBTASK:
            return r.subtask_text
        if col == COL_PERIOD:
            return r.period_text
        if col == COL_DUE:
            return format_date(r.due) or "не задан"
        if col == COL_STATE:
            return r.state.label
        if col == COL_JUDGED:
            return r.judged_word
        if col == COL_EXPLANATION:
            return ("⚠ " if r.warnings else "") + r.explanation
        return r.executor

    @staticmethod
    def _sort_key(r: DeadlineRow, col: int):  # noqa: ANN205
        due = r.due.isoformat() if r.due else "9999"
        if col == COL_SUBTASK:
            return (_code_key(r.code), r.period)
        if col == COL_PERIOD:
            return (r.period, _code_key(r.code))
        if col == COL_DUE:
            return (due, _STATE_RANK[r.state], _code_key(r.code))
        if col == COL_STATE:
            return (_STATE_RANK[r.state], due, _code_key(r.code))
        if col == COL_JUDGED:
            return (r.judged_by_upload, due, _code_key(r.code))
        if col == COL_EXPLANATION:
            return (r.explanation, _code_key(r.code))
        return (r.executor, _code_key(r.code))


class DeadlineFilterProxy(QSortFilterProxyModel):
    """Filters by state (one state, or ATTENTION), project and executor."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.state_filter: DeadlineState | str | None = None
        self.project_filter: int | None = None
        self.executor_filter: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_filters(self, *, state: DeadlineState | str | None = None, project: int | None = None,
                    executor: str | None = None) -> None:
        self.beginFilterChange()
        self.state_filter, self.project_filter, self.executor_filter = state, project, executor
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        r: DeadlineRow = self.sourceModel().row_at(source_row)
        if self.state_filter == ATTENTION:
            if r.state not in ATTENTION_STATES:
                return False
        elif self.state_filter is not None and r.state is not self.state_filter:
            return False
        if self.project_filter is not None and r.project != self.project_filter:
            return False
        return self.executor_filter is None or r.executor == self.executor_filter

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)


class DeadlineTable(QTableView):
    """Enter or double click on a row asks to open its subtask."""

    rowActivated = Signal(object)   # DeadlineRow

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(24)
        self.doubleClicked.connect(self._activate)

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.rowActivated.emit(index.data(ROW_ROLE))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activate(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


def state_counts(rows: Iterable[DeadlineRow]) -> dict[DeadlineState, int]:
    out: dict[DeadlineState, int] = {}
    for r in rows:
        out[r.state] = out.get(r.state, 0) + 1
    return out


class ProjectLights(QFrame):
    """One project's traffic light: each state present, with its icon, word
    and count; clicking a line filters the table to it."""

    chosen = Signal(int, object)   # project number, DeadlineState

    def __init__(self, number: int, title: str, counts: dict[DeadlineState, int], parent: QWidget | None = None):
        super().__init__(parent)
        self.number = number
        self.setObjectName(f"projectLights{number}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(1)
        heading = QLabel(f"<b>Проект {number}</b>", self)
        heading.setToolTip(title)
        layout.addWidget(heading)
        self.buttons: dict[DeadlineState, QToolButton] = {}
        shown = [s for s in STATE_ORDER if counts.get(s) and s is not DeadlineState.NOT_APPLICABLE]
        for state in shown:
            button = QToolButton(self)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setIcon(deadline_icon(state))
            button.setIconSize(QSize(16, 16))
            button.setText(f"{state.label}: {counts[state]}")
            button.setToolTip(f"Показать в таблице: проект {number}, «{state.label}»")
            if state in (DeadlineState.OVERDUE, DeadlineState.DUE_3):
                font = button.font()
                font.setBold(True)
                button.setFont(font)
            button.clicked.connect(lambda _=False, s=state: self.chosen.emit(self.number, s))
            layout.addWidget(button)
            self.buttons[state] = button
        if not shown:
            layout.addWidget(QLabel("Сроков нет", self))
        layout.addStretch(1)

    def text(self) -> str:
        return "; ".join(b.text() for b in self.buttons.values())


class KpiStrip(QFrame):
    """One compact line per KPI of the year: icon, code and short name, value
    against the target, and the verdict word in its colour."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("kpiStrip")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(8, 4, 8, 4)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(0)
        self.lines: dict[str, tuple[QLabel, ...]] = {}

    def set_kpis(self, statuses: Sequence) -> None:  # Sequence[services.kpis.KpiStatus]
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.lines.clear()
        heading = QLabel("<b>Показатели</b>", self)
        self.grid.addWidget(heading, 0, 0, 1, 4)
        for row, status in enumerate(statuses, 1):
            result = status.result
            icon = QLabel(self)
            icon.setPixmap(verdict_icon(result.met).pixmap(ICON_SIZE, ICON_SIZE))
            name = QLabel(f"{status.code} {status.title}", self)
            value = QLabel(value_text(result), self)
            verdict = QLabel(VERDICTS[result.met], self)
            verdict.setStyleSheet(f"color: {COLORS[result.met]}; font-weight: bold;")
            gap = shortfall(result)
            tip = full_text(result) + (f" ({gap})" if gap else "")
            for col, label in enumerate((icon, name, value, verdict)):
                label.setToolTip(tip)
                self.grid.addWidget(label, row, col)
            name.setAccessibleName(f"Показатель {status.code}: {VERDICTS[result.met]}. {tip}")
            self.lines[status.code] = (icon, name, value, verdict)
        self.grid.setColumnStretch(4, 1)
        self.setVisible(bool(statuses))

    def text(self, code: str) -> str:
        """«4.2.1 …: 6,7 % (цель ≥ 5 %) — выполнено» (tests, accessibility)."""
        _icon, name, value, verdict = self.lines[code]
        return f"{name.text()}: {value.text()} — {verdict.text()}"


class DashboardView(QWidget):
    """Lights + filters + the table. Fed with rows by the main window."""

    openExecution = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.catalog: Catalog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.kpi_strip = KpiStrip(self)
        self.kpi_strip.hide()
        layout.addWidget(self.kpi_strip)

        self.lights_area = QScrollArea(self)
        self.lights_area.setObjectName("projectLights")
        self.lights_area.setWidgetResizable(True)
        self.lights_area.setFrameShape(QFrame.Shape.NoFrame)
        self.lights_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.lights_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.lights_holder = QWidget(self.lights_area)
        self.lights_layout = QHBoxLayout(self.lights_holder)
        self.lights_layout.setContentsMargins(0, 0, 0, 0)
        self.lights_area.setWidget(self.lights_holder)
        self.lights: dict[int, ProjectLights] = {}
        layout.addWidget(self.lights_area)

        filters = QGridLayout()
        filters.setHorizontalSpacing(6)
        self.state_combo = self._combo("stateFilter", "&Состояние:", filters, 0, 0)
        self.project_combo = self._combo("projectFilter", "&Проект:", filters, 0, 2)
        self.executor_combo = self._combo("executorFilter", "&Исполнитель:", filters, 1, 0)
        for combo, length in ((self.state_combo, 12), (self.project_combo, 8), (self.executor_combo, 14)):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(length)
        self.reset_button = QPushButton("Сбросить фильтры", self)
        self.reset_button.setObjectName("resetFilters")
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
        self.table.setAccessibleName("Сроки подзадач")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        for col, width in ((COL_SUBTASK, 230), (COL_PERIOD, 90), (COL_DUE, 86), (COL_STATE, 180),
                           (COL_JUDGED, 150), (COL_EXPLANATION, 330), (COL_EXECUTOR, 200)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        self.table.rowActivated.connect(self._row_activated)
        layout.addWidget(self.table, 1)

        self.summary = QLabel(self)
        self.summary.setObjectName("dashboardSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        self._fill_state_combo()
        for combo in (self.state_combo, self.project_combo, self.executor_combo):
            combo.currentIndexChanged.connect(self._apply_filters)

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
        self.state_combo.addItem("Все", None)
        self.state_combo.addItem(deadline_icon(DeadlineState.OVERDUE), "Требуют внимания", ATTENTION)
        for state in STATE_ORDER:
            self.state_combo.addItem(deadline_icon(state), state.label, state.value)

    # ------------------------------------------------------------------ data
    def set_kpis(self, statuses: Sequence) -> None:  # Sequence[services.kpis.KpiStatus]
        self.kpi_strip.set_kpis(statuses)

    def set_rows(self, rows: Sequence[DeadlineRow], catalog: Catalog, warnings: Sequence[str] = ()) -> None:
        self.catalog = catalog
        self.model.set_rows(rows)
        self._fill_lights(rows, catalog)
        self._refill(self.project_combo, "Все",
                     [(f"Проект {p.number}", p.number) for p in catalog.projects])
        executors = sorted({r.executor for r in rows if r.executor})
        self._refill(self.executor_combo, "Все", [(e, e) for e in executors])
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
        while self.lights_layout.count():
            item = self.lights_layout.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.lights.clear()
        by_project: dict[int, list[DeadlineRow]] = {}
        for r in rows:
            by_project.setdefault(r.project, []).append(r)
        for project in catalog.projects:
            lights = ProjectLights(project.number, project.title, state_counts(by_project.get(project.number, [])),
                                   self.lights_holder)
            lights.chosen.connect(self.show_filtered)
            self.lights_layout.addWidget(lights)
            lights.show()  # a child added to a visible view stays hidden (and unmeasured) otherwise
            self.lights[project.number] = lights
        self.lights_layout.addStretch(1)
        self.lights_holder.adjustSize()
        self.lights_area.setFixedHeight(self.lights_layout.sizeHint().height() + 6)

    # --------------------------------------------------------------- filters
    def set_filters(self, *, state: DeadlineState | str | None = None, project: int | None = None,
                    executor: str | None = None) -> None:
        value = state.value if isinstance(state, DeadlineState) else state
        for combo, data in ((self.state_combo, value), (self.project_combo, project),
                            (self.executor_combo, executor)):
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
        self.proxy.set_filters(state=state, project=self.project_combo.currentData(),
                               executor=self.executor_combo.currentData())
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.summary.setText(f"Показано сроков: {shown} из {total}. "
                             "Двойной щелчок или Enter открывает мастер исполнения подзадачи.")

    def visible_rows(self) -> list[DeadlineRow]:
        return [self.proxy.index(r, 0).data(ROW_ROLE) for r in range(self.proxy.rowCount())]

    def _row_activated(self, row: DeadlineRow) -> None:
        if row is not None and row.execution_id is not None:
            self.openExecution.emit(row.execution_id)
