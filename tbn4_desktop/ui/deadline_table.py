"""The deadline rows of «Сроки» and their table: one row per due date of
the year joined with the catalog, the executions and the checklists
(`build_rows`), the model/view table (no widget per row), the filter by
state, project and executor, and the sort by urgency. Each row says what
judges it — the ISPU upload mark or the date of a document — and, in its
tooltip, which confirming documents are still missing."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from tbn4_desktop.core.catalog import Catalog, DeadlineKind
from tbn4_desktop.core.deadlines import Deadline, DeadlineState, judged_by_text
from tbn4_desktop.core.vocabulary import period_label
from tbn4_desktop.i18n import N_, tc, tr
from tbn4_desktop.services.records import ExecutionInfo
from tbn4_desktop.services.today import counts_in_year
from tbn4_desktop.ui.formatting import format_date
from tbn4_desktop.ui.icons import deadline_icon

if TYPE_CHECKING:
    from tbn4_desktop.services.startup_view import YearChecklists

COLUMNS = (
    N_("Подзадача"),
    N_("Период"),
    N_("Срок"),
    N_("Состояние"),
    N_("Засчитывается"),
    N_("Пояснение"),
    N_("Исполнитель"),
)
COL_SUBTASK, COL_PERIOD, COL_DUE, COL_STATE, COL_JUDGED, COL_EXPLANATION, COL_EXECUTOR = range(7)

#: The «Засчитывается» column: what tells «в срок» (core.deadlines.Deadline.judged_by).
JUDGED_BY_UPLOAD = N_("по загрузке в ИСПУ")
JUDGED_BY_DOCUMENT = N_("по дате документа")

ROW_ROLE = Qt.ItemDataRole.UserRole + 20
SORT_ROLE = Qt.ItemDataRole.UserRole + 21

# Most pressing first: the order of the lights, the state filter and sorting.
STATE_ORDER: tuple[DeadlineState, ...] = (
    DeadlineState.OVERDUE,
    DeadlineState.DUE_3,
    DeadlineState.DUE_10,
    DeadlineState.LATER,
    DeadlineState.NO_DATE,
    DeadlineState.DONE_LATE,
    DeadlineState.DONE_ON_TIME,
    DeadlineState.NOT_APPLICABLE,
)
_STATE_RANK = {s: i for i, s in enumerate(STATE_ORDER)}
ATTENTION_STATES = frozenset({DeadlineState.OVERDUE, DeadlineState.DUE_3, DeadlineState.DUE_10})
ATTENTION = "attention"  # the state filter's «Требуют внимания»
ATTENTION_TEXT = N_("Требуют внимания")

#: 1.1.9: the instruction says «ежеквартально со дня подписания аналитической справки» and
#: nothing of which calendar quarter of the plan reports it; said wherever such a quarter shows.
MONITORING_NOTE = N_(
    "Инструкция не говорит, в каком квартале плана отчитываться за квартал мониторинга; "
    "программа относит отчёт к кварталу, в котором квартал мониторинга заканчивается."
)


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
    title: str  # the subtask's short title
    project: int
    period: str
    due: date | None
    state: DeadlineState
    explanation: str
    executor: str
    execution_id: int | None
    warnings: tuple[str, ...] = ()
    judged_by: str = "upload"  # Deadline.judged_by: "upload" or the judging slot's key
    judged_by_text: str = ""  # core.deadlines.judged_by_text: the whole Russian phrase
    judged_on: date | None = None  # the upload or document date judged, once known
    missing: str = ""  # the checklist's refusal ('' when every document is there)
    upload_mark: str = ""  # «Загружено в ИСПУ 12.03.2025 (№ 4521)» / «отметки о загрузке нет»

    @property
    def subtask_text(self) -> str:
        return f"{self.code} {tc(self.title)}"

    @property
    def judged_by_upload(self) -> bool:
        return self.judged_by == "upload"

    @property
    def judged_word(self) -> str:
        """«по загрузке в ИСПУ» or «по дате документа»."""
        return tr(JUDGED_BY_UPLOAD) if self.judged_by_upload else tr(JUDGED_BY_DOCUMENT)

    @property
    def tooltip(self) -> str:
        """The explanation, warnings, what judges the deadline and what is missing."""
        lines = [self.explanation, *self.warnings]
        if self.judged_by_text:
            if self.judged_by_upload and self.upload_mark:
                lines.append(
                    tr("Срок соблюдён или нет — {judged}; {mark}.").format(
                        judged=self.judged_by_text, mark=self.upload_mark
                    )
                )
            else:
                lines.append(tr("Срок соблюдён или нет — {judged}.").format(judged=self.judged_by_text))
        if self.missing:
            lines.append(self.missing)
        return "\n".join(lines)

    @property
    def period_text(self) -> str:
        return period_text(self.period)


def upload_mark_text(info: ExecutionInfo | None) -> str:
    """«отметка: Загружено в ИСПУ 12.03.2025 (№ 4521)» or «отметки о загрузке в ИСПУ нет»."""
    if info is not None and info.uploaded_on is not None:
        return tr("отметка: {status}").format(status=info.status_text)
    return tr("отметки о загрузке в ИСПУ нет")


def build_rows(
    deadlines: Iterable[Deadline],
    catalog: Catalog,
    executions: Iterable[ExecutionInfo],
    checklists: YearChecklists | None = None,
) -> list[DeadlineRow]:
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
        explanation = d.explanation
        try:
            subtask = catalog.subtask(d.code)
            title, executor = subtask.short_title, subtask.executor
            if d.code not in judged_texts:
                judged_texts[d.code] = judged_by_text(subtask)
            if d.state is DeadlineState.NOT_APPLICABLE and subtask.deadline.kind is DeadlineKind.MONITORING:
                explanation = f"{explanation}. {tr(MONITORING_NOTE)}"
        except (KeyError, LookupError, ValueError):
            title, executor = "", ""
        info = by_key.get((d.code, d.period or ""))
        if info is None and not d.period:
            info = by_key.get((d.code, ""))
        checklist = checklists.checklist(info.id) if checklists is not None and info is not None else None
        missing = checklist.refusal() if checklist is not None and d.state is not DeadlineState.NOT_APPLICABLE else ""
        rows.append(
            DeadlineRow(
                code=d.code,
                title=title,
                project=projects.get(d.code, 0),
                period=d.period or "",
                due=d.due,
                state=d.state,
                explanation=explanation,
                executor=executor,
                execution_id=info.id if info is not None else None,
                warnings=tuple(d.warnings),
                judged_by=d.judged_by,
                judged_by_text=judged_texts.get(d.code, ""),
                judged_on=d.judged_on,
                missing=missing,
                upload_mark=upload_mark_text(info),
            )
        )
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
            return tr(COLUMNS[section])
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
            return format_date(r.due) or tr("не определён")
        if col == COL_STATE:
            return r.state.label
        if col == COL_JUDGED:
            return r.judged_word
        if col == COL_EXPLANATION:
            return ("⚠ " if r.warnings else "") + r.explanation
        return tc(r.executor)

    @staticmethod
    def _sort_key(r: DeadlineRow, col: int):
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
        # Texts by the interface language's collation (QLocale's default:
        # Kazakh puts Ә, Қ, Ө… in their places), not by code points.
        self.setSortLocaleAware(True)

    def set_filters(
        self, *, state: DeadlineState | str | None = None, project: int | None = None, executor: str | None = None
    ) -> None:
        self.beginFilterChange()
        self.state_filter, self.project_filter, self.executor_filter = state, project, executor
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        r = cast(DeadlineTableModel, self.sourceModel()).row_at(source_row)  # the source is always one
        if self.state_filter == ATTENTION:
            if r.state not in ATTENTION_STATES:
                return False
        elif self.state_filter is None:
            if not counts_in_year(r.state):  # «Все»: what applies; the rest under «Не применяется»
                return False
        elif r.state is not self.state_filter:
            return False
        if self.project_filter is not None and r.project != self.project_filter:
            return False
        return self.executor_filter is None or r.executor == self.executor_filter

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        return left.data(SORT_ROLE) < right.data(SORT_ROLE)


class DeadlineTable(QTableView):
    """Enter or double click on a row asks to open its subtask."""

    rowActivated = Signal(object)  # DeadlineRow

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
