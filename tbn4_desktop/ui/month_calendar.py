"""A month of the working-day calendar: days off, holidays and working
weekend days (the reason in the tooltip), and what is due on each day.
Choosing a day lists its deadlines underneath; Enter or a double click on
one opens its subtask.

A 6 × 7 table model painted by a delegate (the day number, a word for the
kind of day, the number of deadlines with the most pressing state's icon),
so every cell has text and a tooltip, not only a colour.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.deadlines import DeadlineState
from tbn4_desktop.i18n import N_, tc, tr, trn
from tbn4_desktop.ui.dashboard import STATE_ORDER, DeadlineRow
from tbn4_desktop.ui.formatting import format_date
from tbn4_desktop.ui.icons import deadline_icon

if TYPE_CHECKING:
    from tbn4_desktop.core.workdays import WorkCalendar

MONTHS = (
    N_("Январь"),
    N_("Февраль"),
    N_("Март"),
    N_("Апрель"),
    N_("Май"),
    N_("Июнь"),
    N_("Июль"),
    N_("Август"),
    N_("Сентябрь"),
    N_("Октябрь"),
    N_("Ноябрь"),
    N_("Декабрь"),
)
WEEKDAYS = (N_("Пн"), N_("Вт"), N_("Ср"), N_("Чт"), N_("Пт"), N_("Сб"), N_("Вс"))
WEEKDAY_NAMES = (
    N_("понедельник"),
    N_("вторник"),
    N_("среда"),
    N_("четверг"),
    N_("пятница"),
    N_("суббота"),
    N_("воскресенье"),
)

DATE_ROLE = Qt.ItemDataRole.UserRole + 30
KIND_ROLE = Qt.ItemDataRole.UserRole + 31  # 'working' | 'day_off' | 'holiday' | 'working_weekend'
COUNT_ROLE = Qt.ItemDataRole.UserRole + 32
STATE_ROLE = Qt.ItemDataRole.UserRole + 33  # most pressing DeadlineState of the day, or None
IN_MONTH_ROLE = Qt.ItemDataRole.UserRole + 34

WORKING, DAY_OFF, HOLIDAY, WORKING_WEEKEND = "working", "day_off", "holiday", "working_weekend"
KIND_WORDS = {DAY_OFF: N_("выходной"), HOLIDAY: N_("праздник"), WORKING_WEEKEND: N_("рабочий")}
_BACKGROUNDS = {DAY_OFF: QColor("#f3f3f3"), HOLIDAY: QColor("#fde8e8"), WORKING_WEEKEND: QColor("#e6f0fb")}
_RANK = {s: i for i, s in enumerate(STATE_ORDER)}
# core.workdays: «Перенос выходного дня с 22.03.2025 (Наурыз мейрамы)» — the date and the name in
# brackets, whatever the language of the words around them.
_MOVED_FROM = re.compile(r"(\d\d\.\d\d\.\d{4}) \((.+)\)\s*$")


def deadline_line(row: DeadlineRow) -> str:
    """«1.1.8 Размещение … — Просрочено (по загрузке в ИСПУ)»."""
    period = f" ({row.period_text})" if row.period else ""
    return f"{row.code} {tc(row.title)}{period} — {row.state.label} ({row.judged_word})"


class MonthModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.calendar: WorkCalendar | None = None
        self.year, self.month = date.today().year, date.today().month
        self.today = date.today()  # outlined in the grid; MonthCalendar sets the window's «today»
        self._first = date(self.year, self.month, 1)
        self._due: dict[date, list[DeadlineRow]] = {}
        self._weekend_holidays: dict[int, dict[date, str]] = {}

    def set_calendar(self, work_calendar: WorkCalendar | None) -> None:
        self.beginResetModel()
        self.calendar = work_calendar
        self._weekend_holidays = {}
        self.endResetModel()

    def _weekend_holiday(self, day: date) -> str:
        """The name of a holiday that fell on a weekend, read from the
        weekday it moved to («Перенос выходного дня с 22.03.2025 (Наурыз
        мейрамы)»); '' when there is none."""
        if self.calendar is None:  # kind_of() asks only with a calendar
            return ""
        names = self._weekend_holidays.get(day.year)
        if names is None:
            names = {}
            try:
                special = self.calendar.special_days(day.year)
            except ValueError:
                special = []
            for _d, kind, reason in special:
                match = _MOVED_FROM.search(reason) if kind == "moved_holiday" else None
                if match:
                    dd, mm, yyyy = (int(x) for x in match.group(1).split("."))
                    names[date(yyyy, mm, dd)] = match.group(2)
            self._weekend_holidays[day.year] = names
        return names.get(day, "")

    def set_rows(self, rows: Sequence[DeadlineRow]) -> None:
        self.beginResetModel()
        self._due = {}
        for r in rows:
            if r.due is not None:
                self._due.setdefault(r.due, []).append(r)
        for day_rows in self._due.values():
            day_rows.sort(key=lambda r: (_RANK[r.state], r.code, r.period))
        self.endResetModel()

    def show_month(self, year: int, month: int) -> None:
        self.beginResetModel()
        self.year, self.month = year, month
        first = date(year, month, 1)
        self._first = first - timedelta(days=first.weekday())
        self.endResetModel()

    def date_at(self, row: int, column: int) -> date:
        return self._first + timedelta(days=row * 7 + column)

    def index_of(self, day: date) -> QModelIndex:
        offset = (day - self._first).days
        if 0 <= offset < 42:
            return self.index(offset // 7, offset % 7)
        return QModelIndex()

    def deadlines_on(self, day: date) -> list[DeadlineRow]:
        return list(self._due.get(day, []))

    def kind_of(self, day: date) -> tuple[str, str]:
        """(kind, reason in Russian) of a day."""
        weekend = day.weekday() >= 5
        if self.calendar is None:
            return (DAY_OFF, tr("выходной день")) if weekend else (WORKING, "")
        try:
            working = self.calendar.is_working_day(day)
            reason = self.calendar.reason(day)
        except ValueError:
            return (DAY_OFF, "") if weekend else (WORKING, "")
        text = reason[1] if reason else ""
        if working:
            return (WORKING_WEEKEND, text or tr("рабочий день")) if weekend else (WORKING, text)
        if weekend:
            holiday = self._weekend_holiday(day)
            if holiday:
                return HOLIDAY, tr("{holiday} (праздник в выходной день; выходной перенесён)").format(holiday=holiday)
            return DAY_OFF, text or tr(WEEKDAY_NAMES[day.weekday()])
        return (HOLIDAY if reason and reason[0] == "holiday" else DAY_OFF), text or tr("выходной день")

    def tooltip(self, day: date) -> str:
        kind, reason = self.kind_of(day)
        lines = [format_date(day)]
        if kind == WORKING_WEEKEND:
            starts = ("рабочий день", tr("рабочий день").lower())  # i18n: ru-only — the calendar files' Russian notes
            lines.append(
                reason if reason.lower().startswith(starts) else tr("Рабочий день: {reason}").format(reason=reason)
            )
        elif kind == HOLIDAY:
            lines.append(tr("Праздничный день: {reason}").format(reason=reason))
        elif kind == DAY_OFF:
            lines.append(tr("Выходной день: {reason}").format(reason=reason) if reason else tr("Выходной день"))
        due = self._due.get(day, [])
        if due:
            lines.append(tr("Сроки ({count}):").format(count=len(due)))
            lines.extend("• " + deadline_line(r) for r in due[:12])
            if len(due) > 12:
                lines.append(tr("… и ещё {count}").format(count=len(due) - 12))
        return "\n".join(lines)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 6

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(WEEKDAYS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        day = self.date_at(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return str(day.day)
        if role == DATE_ROLE:
            return day
        if role == KIND_ROLE:
            return self.kind_of(day)[0]
        if role == IN_MONTH_ROLE:
            return day.month == self.month
        if role == COUNT_ROLE:
            return len(self._due.get(day, []))
        if role == STATE_ROLE:
            due = self._due.get(day)
            return due[0].state if due else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(day)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tooltip(day).replace("\n", "; ")
        return None


def count_text(count: int, width: int, metrics: QFontMetrics) -> str:
    """«22 сроков» where the cell has room for it, else just «22» (the
    tooltip and the day list say the rest): never a cut word."""
    full = trn("%n срок", count)
    return full if metrics.horizontalAdvance(full) <= width else str(count)


class DayDelegate(QStyledItemDelegate):
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        painter.save()
        rect: QRect = option.rect
        kind = index.data(KIND_ROLE)
        in_month = index.data(IN_MONTH_ROLE)
        palette = option.palette
        background = _BACKGROUNDS.get(kind, palette.color(QPalette.ColorRole.Base))
        painter.fillRect(rect, QBrush(background))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        day: date = index.data(DATE_ROLE)
        if day == getattr(index.model(), "today", None):
            painter.setPen(QPen(QColor("#1f4e8c"), 1, Qt.PenStyle.DashLine))
            painter.drawRect(rect.adjusted(3, 3, -4, -4))
        text_color = palette.color(QPalette.ColorRole.Text)
        if kind == HOLIDAY:
            text_color = QColor("#a61b1b")
        if not in_month:
            text_color = QColor("#9a9a9a")
        font = QFont(option.font)
        font.setBold(kind in (HOLIDAY, WORKING_WEEKEND) and in_month)
        painter.setFont(font)
        painter.setPen(text_color)
        inner = rect.adjusted(5, 3, -5, -3)
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, index.data())
        word = tr(KIND_WORDS[kind]) if kind in KIND_WORDS else ""
        if word and in_month:
            small = QFont(option.font)
            small.setPointSizeF(max(6.5, option.font.pointSizeF() * 0.8))
            painter.setFont(small)
            painter.setPen(QColor("#a61b1b") if kind == HOLIDAY else QColor("#555555"))
            # Under the number: a narrow cell has no room beside it.
            below = inner.adjusted(0, option.fontMetrics.height(), 0, 0)
            painter.drawText(below, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, word)
        count = index.data(COUNT_ROLE)
        if count:
            state: DeadlineState = index.data(STATE_ROLE)
            icon_rect = QRect(inner.left(), inner.bottom() - 16, 16, 16)
            deadline_icon(state).paint(painter, icon_rect)
            painter.setFont(QFont(option.font))
            painter.setPen(palette.color(QPalette.ColorRole.Text) if in_month else QColor("#9a9a9a"))
            room = QRect(icon_rect.right() + 4, icon_rect.top(), inner.right() - icon_rect.right() - 4, 16)
            painter.drawText(
                room,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                count_text(count, room.width(), option.fontMetrics),
            )
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        return QSize(86, 54)


class MonthGrid(QTableView):
    activatedDay = Signal(object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activatedDay.emit(self.currentIndex().data(DATE_ROLE))
            event.accept()
            return
        super().keyPressEvent(event)


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
