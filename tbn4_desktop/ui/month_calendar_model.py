"""The month grid's data: month and weekday names, the item roles and day
kinds, and `MonthModel` — a 6 × 7 table of days with each day's kind (from
the working-day calendar), its deadlines and its tooltip."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QWidget

from tbn4_desktop.i18n import N_, tc, tr
from tbn4_desktop.ui.dashboard import STATE_ORDER, DeadlineRow
from tbn4_desktop.ui.formatting import format_date

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
