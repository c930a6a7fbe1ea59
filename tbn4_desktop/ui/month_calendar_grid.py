"""The month grid's view: `DayDelegate` paints a day cell (number, a word
for the kind of day, the number of deadlines with the most pressing state's
icon) and `MonthGrid` is the table that opens a day on Enter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QTableView

from tbn4_desktop.core.deadlines import DeadlineState
from tbn4_desktop.i18n import tr, trn
from tbn4_desktop.ui.icons import deadline_icon
from tbn4_desktop.ui.month_calendar_model import (
    COUNT_ROLE,
    DATE_ROLE,
    DAY_OFF,
    HOLIDAY,
    IN_MONTH_ROLE,
    KIND_ROLE,
    KIND_WORDS,
    STATE_ROLE,
    WORKING_WEEKEND,
)

_BACKGROUNDS = {DAY_OFF: QColor("#f3f3f3"), HOLIDAY: QColor("#fde8e8"), WORKING_WEEKEND: QColor("#e6f0fb")}


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
