"""Small widgets of the slot cards: a date that may be «не указана», the
«Не требуется» declaration with the reasons the instruction allows, the
slot's ✔/✖ mark. Opening a stored file: ui/open_files.py."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QWidget,
)

from tbn4_desktop.core.checklist import SlotState
from tbn4_desktop.i18n import N_, tc, tr

NO_DATE = QDate(2000, 1, 1)

MARK_COLORS = {"✔": "#1b6e20", "✖": "#a4000f", "—": "#555555", "○": "#555555"}
#: The word beside each mark (N_: translated where shown, `tr(MARK_WORDS[mark])`).
MARK_WORDS = {"✔": N_("Есть"), "✖": N_("Не хватает"), "—": N_("Не требуется"), "○": N_("Необязательный")}


class OptionalDateEdit(QDateEdit):
    """A date that may be «не указана» (never today by default). `committed`
    is emitted when the user has finished editing (Enter, leaving the
    field, a day picked in the calendar, Delete on the selected date)."""

    committed = Signal()

    def __init__(self, parent: QWidget | None = None, *, accessible_name: str = ""):
        super().__init__(parent)
        self.setAccessibleName(accessible_name or tr("Дата"))
        self.setCalendarPopup(True)
        self.setDisplayFormat("dd.MM.yyyy")
        self.setMinimumDate(NO_DATE)
        self.setSpecialValueText(tr("не указана"))
        self.setDate(NO_DATE)
        self.setMinimumWidth(112)
        self.setToolTip(tr("Чтобы очистить дату, выделите её и нажмите Delete."))
        self.editingFinished.connect(self.committed)
        calendar = self.calendarWidget()
        calendar.clicked.connect(lambda _day: QTimer.singleShot(0, self.committed.emit))
        calendar.installEventFilter(self)

    def value(self) -> date | None:
        qdate = self.date()
        return None if qdate == NO_DATE else qdate.toPython()  # type: ignore[return-value]  # PySide6: toPython() typed as object

    def set_value(self, day: date | None) -> None:
        self.blockSignals(True)
        self.setDate(QDate(day.year, day.month, day.day) if day else NO_DATE)
        self.blockSignals(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # An empty date opens its calendar at the current month, not in January 2000.
        if watched is self.calendarWidget() and event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            watched.setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if (
            event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
            and self.value() is not None
            and self.lineEdit().selectedText() == self.text()
        ):
            self.setDate(NO_DATE)
            self.committed.emit()
            return
        if self.value() is None and event.text().isdigit():
            # Typing into «не указана» starts from today's date, digit by digit.
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateEdit.Section.DaySection)
            self.lineEdit().setSelection(0, 2)
        super().keyPressEvent(event)


class WaiveControl(QWidget):
    """«Не требуется» and the reason, one of those the slot allows.
    `changed(reason | None)` on the user's change."""

    changed = Signal(object)

    def __init__(self, reasons: tuple[str, ...], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.check = QCheckBox(tr("Не т&ребуется:"), self)
        self.check.setToolTip(tr("Отметьте, если условие Инструкции не наступило; выберите причину из допустимых."))
        self.combo = QComboBox(self)
        self.combo.setAccessibleName(tr("Причина, по которой документ не требуется"))
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(16)
        self.combo.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        for reason in reasons:
            self.combo.addItem(tc(reason), reason)  # shown translated, stored as the catalog's Russian
            self.combo.setItemData(self.combo.count() - 1, tc(reason), Qt.ItemDataRole.ToolTipRole)
        self.combo.setEnabled(False)
        layout.addWidget(self.check)
        layout.addWidget(self.combo, 1)
        self.check.toggled.connect(self._toggled)
        self.combo.activated.connect(lambda _i: self._emit())

    def _toggled(self, on: bool) -> None:
        self.combo.setEnabled(on)
        self._emit()

    def _emit(self) -> None:
        self.changed.emit(self.reason())

    def reason(self) -> str | None:
        return self.combo.currentData() if self.check.isChecked() else None

    def set_reason(self, reason: str | None) -> None:
        self.check.blockSignals(True)
        self.check.setChecked(reason is not None)
        self.check.blockSignals(False)
        self.combo.setEnabled(reason is not None)
        if reason is not None:
            index = self.combo.findData(reason)
            self.combo.setCurrentIndex(max(index, 0))


class MarkLabel(QLabel):
    """✔ / ✖ / — / ○ with its word: colour is never the only signal."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.mark = ""

    def set_state(self, state: SlotState) -> None:
        self.set_mark(state.mark)

    def set_mark(self, mark: str, word: str | None = None) -> None:
        self.mark = mark
        color = MARK_COLORS.get(mark, "#000000")
        word = word or (tr(MARK_WORDS[mark]) if mark in MARK_WORDS else "")
        self.setText(f"<span style='color:{color}; font-weight:bold'>{mark}\u00a0{escape(word)}</span>")
        self.setAccessibleName(word)
