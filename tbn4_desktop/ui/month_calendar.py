"""A month of the working-day calendar: days off, holidays and working
weekend days (the reason in the tooltip), and what is due on each day.
Choosing a day lists its deadlines underneath; Enter or a double click on
one opens its subtask.

A 6 × 7 table model painted by a delegate (the day number, a word for the
kind of day, the number of deadlines with the most pressing state's icon),
so every cell has text and a tooltip, not only a colour: the model is in
month_calendar_model, the delegate and the grid view in month_calendar_grid
(their names are re-exported here).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.i18n import tr
from tbn4_desktop.ui.dashboard import DeadlineRow
from tbn4_desktop.ui.formatting import format_date
from tbn4_desktop.ui.icons import deadline_icon
from tbn4_desktop.ui.month_calendar_grid import DayDelegate as DayDelegate
from tbn4_desktop.ui.month_calendar_grid import MonthGrid as MonthGrid
from tbn4_desktop.ui.month_calendar_grid import count_text as count_text
from tbn4_desktop.ui.month_calendar_model import COUNT_ROLE as COUNT_ROLE
from tbn4_desktop.ui.month_calendar_model import DATE_ROLE as DATE_ROLE
from tbn4_desktop.ui.month_calendar_model import DAY_OFF as DAY_OFF
from tbn4_desktop.ui.month_calendar_model import HOLIDAY as HOLIDAY
from tbn4_desktop.ui.month_calendar_model import IN_MONTH_ROLE as IN_MONTH_ROLE
from tbn4_desktop.ui.month_calendar_model import KIND_ROLE as KIND_ROLE
from tbn4_desktop.ui.month_calendar_model import KIND_WORDS as KIND_WORDS
from tbn4_desktop.ui.month_calendar_model import MONTHS as MONTHS
from tbn4_desktop.ui.month_calendar_model import STATE_ROLE as STATE_ROLE
from tbn4_desktop.ui.month_calendar_model import WEEKDAY_NAMES as WEEKDAY_NAMES
from tbn4_desktop.ui.month_calendar_model import WEEKDAYS as WEEKDAYS
from tbn4_desktop.ui.month_calendar_model import WORKING as WORKING
from tbn4_desktop.ui.month_calendar_model import WORKING_WEEKEND as WORKING_WEEKEND
from tbn4_desktop.ui.month_calendar_model import MonthModel as MonthModel
from tbn4_desktop.ui.month_calendar_model import deadline_line as deadline_line

if TYPE_CHECKING:
    from tbn4_desktop.core.workdays import WorkCalendar


class MonthCalendar(QWidget):
    """The month grid, its navigation and the chosen day's deadlines."""

    openExecution = Signal(int)
    dayChosen = Signal(object)  # date

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("monthCalendar")
        self.selected_day: date | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        nav = QHBoxLayout()
        self.prev_button = QPushButton("◀", self)
        self.prev_button.setObjectName("prevMonth")
        self.prev_button.setToolTip(tr("Предыдущий месяц (PgUp)"))
        self.prev_button.setAccessibleName(tr("Предыдущий месяц"))
        self.prev_button.setFixedWidth(36)
        self.next_button = QPushButton("▶", self)
        self.next_button.setObjectName("nextMonth")
        self.next_button.setToolTip(tr("Следующий месяц (PgDown)"))
        self.next_button.setAccessibleName(tr("Следующий месяц"))
        self.next_button.setFixedWidth(36)
        self.month_label = QLabel(self)
        self.month_label.setObjectName("monthTitle")
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.month_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.month_label.setFont(font)
        self.today_button = QPushButton(tr("Сегодня"), self)
        self.today_button.setObjectName("todayButton")
        nav.addWidget(self.prev_button)
        nav.addWidget(self.month_label, 1)
        nav.addWidget(self.next_button)
        nav.addWidget(self.today_button)
        layout.addLayout(nav)

        self.model = MonthModel(self)
        self.grid = MonthGrid(self)
        self.grid.setObjectName("monthGrid")
        self.grid.setAccessibleName(tr("Календарь месяца"))
        self.grid.setModel(self.model)
        self.grid.setItemDelegate(DayDelegate(self.grid))
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.setTabKeyNavigation(False)
        self.grid.verticalHeader().setVisible(False)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.setMinimumSize(7 * 36, 6 * 34 + 24)
        layout.addWidget(self.grid, 3)

        legend = QLabel(
            tr(
                "Обозначения: <b>праздник</b> · выходной · <b>рабочий</b> (рабочий выходной день); "
                "число сроков со значком самого срочного. Подробности — во всплывающей подсказке."
            ),
            self,
        )
        legend.setWordWrap(True)
        legend.setObjectName("calendarLegend")
        layout.addWidget(legend)

        self.day_label = QLabel(self)
        self.day_label.setObjectName("dayTitle")
        self.day_label.setWordWrap(True)
        layout.addWidget(self.day_label)
        self.day_list = QListWidget(self)
        self.day_list.setObjectName("dayDeadlines")
        self.day_list.setAccessibleName(tr("Сроки выбранного дня"))
        self.day_list.setIconSize(QSize(16, 16))
        self.day_list.itemActivated.connect(self._item_activated)
        layout.addWidget(self.day_list, 1)
        self.day_label.setBuddy(self.day_list)

        self.prev_button.clicked.connect(lambda: self.step_month(-1))
        self.next_button.clicked.connect(lambda: self.step_month(1))
        self.today_button.clicked.connect(lambda: self.select_day(self.today()))
        self.grid.clicked.connect(lambda index: self.select_day(index.data(DATE_ROLE)))
        self.grid.activatedDay.connect(self.select_day)
        self.grid.selectionModel().currentChanged.connect(self._current_changed)
        self.show_month(self.model.year, self.model.month)

    # ------------------------------------------------------------------ data
    def set_calendar(self, work_calendar: WorkCalendar | None) -> None:
        self.model.set_calendar(work_calendar)
        self._reselect()

    def set_rows(self, rows: Sequence[DeadlineRow]) -> None:
        self.model.set_rows(rows)
        self.model.today = self.today()
        if self.selected_day is None:
            self.select_day(self.today())  # first filled: «today» of the window (pinned in tests, screenshots)
        self._reselect()

    def today(self) -> date:
        """The main window's «today» (MainWindow.today, which tests and screenshots pin), else the clock's."""
        today = getattr(self.window(), "today", None)
        day = today() if callable(today) else None
        return day if isinstance(day, date) else date.today()

    def _reselect(self) -> None:
        if self.selected_day is not None:
            self._mark(self.selected_day)
            self._list_day(self.selected_day)

    # ------------------------------------------------------------ navigation
    def show_month(self, year: int, month: int) -> None:
        self.model.show_month(year, month)
        self.month_label.setText(f"{tr(MONTHS[month - 1])} {year}")
        if self.selected_day is not None:
            self._mark(self.selected_day)

    def step_month(self, delta: int) -> None:
        index = self.model.year * 12 + self.model.month - 1 + delta
        self.show_month(index // 12, index % 12 + 1)

    def select_day(self, day: date) -> None:
        if day is None:
            return
        if (day.year, day.month) != (self.model.year, self.model.month):
            self.show_month(day.year, day.month)
        self.selected_day = day
        self._mark(day)
        self._list_day(day)
        self.dayChosen.emit(day)

    def _mark(self, day: date) -> None:
        index = self.model.index_of(day)
        if index.isValid():
            self.grid.selectionModel().blockSignals(True)
            self.grid.setCurrentIndex(index)
            self.grid.selectionModel().blockSignals(False)
            self.grid.viewport().update()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            day = current.data(DATE_ROLE)
            if (day.year, day.month) == (self.model.year, self.model.month):
                self.selected_day = day
                self._list_day(day)
                self.dayChosen.emit(day)

    def _list_day(self, day: date) -> None:
        kind, reason = self.model.kind_of(day)
        values = {"date": f"<b>{format_date(day)}</b>", "weekday": tr(WEEKDAY_NAMES[day.weekday()]), "reason": reason}
        if kind == HOLIDAY:
            head = tr("{date}, {weekday} — праздничный день: {reason}.")
        elif kind == DAY_OFF:
            head = (
                tr("{date}, {weekday} — выходной день ({reason}).")
                if reason
                else tr("{date}, {weekday} — выходной день.")
            )
        elif kind == WORKING_WEEKEND:
            head = tr("{date}, {weekday} — рабочий день ({reason}).")
        else:
            head = "{date}, {weekday}."
        rows = self.model.deadlines_on(day)
        # Two whole sentences: the day, then its deadlines.
        self.day_label.setText(
            head.format(**values)
            + " "
            + (tr("Сроков: {count}.").format(count=len(rows)) if rows else tr("Сроков нет."))
        )
        self.day_list.clear()
        for r in rows:
            item = QListWidgetItem(deadline_icon(r.state), deadline_line(r), self.day_list)
            item.setToolTip(r.tooltip)
            item.setData(Qt.ItemDataRole.UserRole, r.execution_id)

    def day_lines(self) -> list[str]:
        return [self.day_list.item(i).text() for i in range(self.day_list.count())]

    def _item_activated(self, item: QListWidgetItem) -> None:
        execution_id = item.data(Qt.ItemDataRole.UserRole)
        if execution_id is not None:
            self.openExecution.emit(int(execution_id))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_PageUp:
            self.step_month(-1)
        elif event.key() == Qt.Key.Key_PageDown:
            self.step_month(1)
        else:
            super().keyPressEvent(event)
            return
        event.accept()
