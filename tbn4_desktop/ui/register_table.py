"""Editing one register of a subtask: a table model over its rows, one
delegate choosing the editor by column type, and the widget with the
add/remove/import/export buttons and the list of errors under the table.

Model/view only: a cell's editor exists while it is being edited, never a
widget per row. A cell keeps what the user entered even when it is refused
(shown red with the reason in its tooltip), so nothing typed is lost. A cell
whose column's `when` condition does not hold for its row is greyed and not
editable; its value is not saved. Wide registers are filled in a row card
(ui/register_row_dialog.py).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.catalog import Register, RegisterColumn
from tbn4_desktop.core.register_values import (
    CellError,
    applies,
    condition_text,
    format_value,
    is_blank_row,
    parse_value,
    validate_row,
)
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.ui.register_row_dialog import RegisterRowDialog

ERROR_BRUSH = QBrush(QColor("#fde2e1"))
NOT_APPLICABLE_BRUSH = QBrush(QColor("#ececec"))
NOT_APPLICABLE_TEXT = QBrush(QColor("#8a8a8a"))
#: Registers with more columns than this open the row card for a new row.
CARD_COLUMNS = 8
MAX_INT = 2_000_000_000
MAX_MONEY = 1e13

#: Initial column widths by type (px); text-like columns get 220.
_COLUMN_WIDTHS = {"date": 120, "int": 110, "money": 160, "bool": 130, "choice": 180}

_Index = QModelIndex | QPersistentModelIndex


class RegisterTableModel(QAbstractTableModel):
    """Rows of one register. Each cell holds a typed value (see
    core.register_values) or, when refused, the text the user entered."""

    rowsEdited = Signal()

    def __init__(self, register: Register, rows: list[dict[str, Any]] | None = None, parent=None):
        super().__init__(parent)
        self.register = register
        self.columns = register.columns
        self._rows: list[dict[str, Any]] = []
        self._errors: dict[tuple[int, str], str] = {}
        self._conditional = any(c.when for c in self.columns)
        self._not_applicable: dict[int, frozenset[str]] = {}   # row → keys; cleared on every edit
        self.set_rows(rows or [])

    # ------------------------------------------------------------ contents
    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.beginResetModel()
        self._rows = [{c.key: r.get(c.key) for c in self.columns} for r in rows]
        self._errors = {}
        self._not_applicable = {}
        self.endResetModel()

    def rows(self) -> list[dict[str, Any]]:
        """Every row as column key → value; an unticked box of a filled row is «Нет»."""
        return [self.row_values(i) for i in range(len(self._rows))]

    def row_values(self, row: int) -> dict[str, Any]:
        """One row as `rows()` gives it."""
        values = dict(self._rows[row])
        if not is_blank_row(values):
            for c in self.columns:
                if c.type == "bool" and values[c.key] is None:
                    values[c.key] = False
        return values

    def set_row_values(self, row: int, values: dict[str, Any]) -> None:
        """Replace one row (typed values, e.g. from the row card) and re-check it."""
        self._rows[row] = {c.key: values.get(c.key) for c in self.columns}
        self._not_applicable.pop(row, None)
        self._check_row(row)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        self.rowsEdited.emit()

    def not_applicable(self, row: int) -> frozenset[str]:
        """Keys of the columns whose condition does not hold for this row (as it
        will be saved: an unticked box is «Нет», a refused value is no answer)."""
        if not self._conditional:
            return frozenset()
        cached = self._not_applicable.get(row)
        if cached is None:
            values = self.row_values(row)
            effective: dict[str, Any] = {}
            keys = set()
            for c in self.columns:
                # A refused value is kept as its text, which `applies` never takes for an answer.
                if applies(c, effective):
                    effective[c.key] = values[c.key]
                else:
                    keys.add(c.key)
                    effective[c.key] = None
            cached = self._not_applicable[row] = frozenset(keys)
        return cached

    def add_row(self) -> int:
        n = len(self._rows)
        self.beginInsertRows(QModelIndex(), n, n)
        self._rows.append({c.key: None for c in self.columns})
        self.endInsertRows()
        self.rowsEdited.emit()
        return n

    def remove_row(self, row: int) -> None:
        if not 0 <= row < len(self._rows):
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self._not_applicable = {}
        self.endRemoveRows()
        self._errors = {(r - (r > row), k): m for (r, k), m in self._errors.items() if r != row}
        self._refresh_all()
        self.rowsEdited.emit()

    # ------------------------------------------------------------ errors
    def check(self) -> dict[tuple[int, str], str]:
        """Re-check every row; (row, column key) → message."""
        self._errors = {}
        for i in range(len(self._rows)):
            self._check_row(i)
        self._refresh_all()
        return dict(self._errors)

    def errors(self) -> dict[tuple[int, str], str]:
        return dict(self._errors)

    def set_errors(self, errors: dict[str, str]) -> None:
        """Errors from the service, keyed `rows[i].column`."""
        self._errors = {}
        for key, message in errors.items():
            if key.startswith("rows[") and "]." in key:
                index, column = key[5:].split("].", 1)
                self._errors[(int(index), column)] = message
        self._refresh_all()

    def error_lines(self) -> list[str]:
        titles = {c.key: c.title for c in self.columns}
        return [f"Строка {row + 1}, столбец «{titles.get(key, key)}»: {message}"
                for (row, key), message in sorted(self._errors.items(),
                                                  key=lambda item: (item[0][0], self._column_no(item[0][1])))]

    def _column_no(self, key: str) -> int:
        return next((i for i, c in enumerate(self.columns) if c.key == key), len(self.columns))

    def _check_row(self, row: int) -> None:
        for k in [k for k in self._errors if k[0] == row]:
            del self._errors[k]
        values = self.rows()[row]
        if is_blank_row(values):
            return
        for key, message in validate_row(self.register, values).items():
            self._errors[(row, key)] = message

    def _refresh_all(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return column.title + (" *" if column.required else "")
            if role == Qt.ItemDataRole.ToolTipRole:
                return column.title + (" (обязательный столбец)" if column.required else "")
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or self.columns[index.column()].key in self.not_applicable(index.row()):
            return base
        if self.columns[index.column()].type == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self._rows[index.row()][column.key]
        error = self._errors.get((index.row(), column.key))
        if self._conditional and column.key in self.not_applicable(index.row()):
            return self._not_applicable_data(column, value, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.type == "bool":
                return "" if value is None else format_value(column, value)
            return format_value(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.CheckStateRole and column.type == "bool":
            return Qt.CheckState.Checked if value is True else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return ERROR_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            return error or (format_value(column, value) if column.type == "text" and value else None)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.type in ("int", "money"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _not_applicable_data(self, column: RegisterColumn, value: Any, role: int):
        # Greyed, no check box; the value (kept until saved) is shown but not saved.
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if column.type == "bool" else format_value(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.BackgroundRole:
            return NOT_APPLICABLE_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole:
            return NOT_APPLICABLE_TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"Не заполняется в этой строке. {condition_text(self.register, column)}."
            if value is not None and not (column.type == "bool" and value is False):
                tip += " Указанное значение не будет сохранено."
            return tip
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        column = self.columns[index.column()]
        row = index.row()
        if role == Qt.ItemDataRole.CheckStateRole and column.type == "bool":
            typed: Any = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role == Qt.ItemDataRole.EditRole:
            typed = self._typed(column, value)
        else:
            return False
        self._rows[row][column.key] = typed
        self._not_applicable.pop(row, None)
        self._check_row(row)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))
        self.rowsEdited.emit()
        return True

    @staticmethod
    def _typed(column: RegisterColumn, value: Any) -> Any:
        if isinstance(value, QDate):
            value = date(value.year(), value.month(), value.day()) if value.isValid() else None
        elif column.type == "money" and isinstance(value, float):
            value = Decimal(f"{value:.2f}")
        try:
            return parse_value(column, value)
        except CellError:
            return str(value).strip()   # kept as typed, flagged by _check_row


class RegisterDelegate(QStyledItemDelegate):
    """The editor of a cell by its column type."""

    def __init__(self, register: Register, parent=None):
        super().__init__(parent)
        self.register = register

    def createEditor(self, parent, option, index):
        column = self.register.columns[index.column()]
        if column.type == "date":
            editor = QDateEdit(parent)
            editor.setDisplayFormat("dd.MM.yyyy")
            editor.setCalendarPopup(True)
            editor.setMinimumDate(QDate(1950, 1, 1))
            editor.setMaximumDate(QDate(2100, 12, 31))
            return editor
        if column.type == "int":
            editor = QSpinBox(parent)
            editor.setRange(0, MAX_INT)
            editor.setGroupSeparatorShown(True)
            return editor
        if column.type == "money":
            editor = QDoubleSpinBox(parent)
            editor.setRange(0, MAX_MONEY)
            editor.setDecimals(2)
            editor.setGroupSeparatorShown(True)
            editor.setSuffix(" тнг.")
            return editor
        if column.type == "choice":
            editor = QComboBox(parent)
            editor.addItems(["", *column.choices])
            return editor
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor, index):
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QDateEdit):
            day = value if isinstance(value, date) else date.today()
            editor.setDate(QDate(day.year, day.month, day.day))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value) if isinstance(value, (Decimal, int, float)) else 0.0)
        elif isinstance(editor, QSpinBox):
            editor.setValue(value if isinstance(value, int) else 0)
        elif isinstance(editor, QComboBox):
            i = editor.findText(value) if isinstance(value, str) else 0
            editor.setCurrentIndex(max(i, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date())
        elif isinstance(editor, QDoubleSpinBox):
            model.setData(index, editor.value())
        elif isinstance(editor, QSpinBox):
            model.setData(index, editor.value())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentText())
        else:
            super().setModelData(editor, model, index)


class RegisterEditor(QWidget):
    """One register: the table, its buttons and the errors under it."""

    def __init__(self, register: Register, parent: QWidget | None = None):
        super().__init__(parent)
        self.register = register
        self.setObjectName(f"register_{register.key}")
        self.model = RegisterTableModel(register, parent=self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(RegisterDelegate(register, self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed
                                  | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(160)
        header.setMinimumHeight(48)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
                                   | Qt.TextFlag.TextWordWrap)
        for i, column in enumerate(register.columns):
            self.view.setColumnWidth(i, _COLUMN_WIDTHS.get(column.type, 220))
        header.sectionResized.connect(lambda *_: self.fit_header())
        self.fit_header()
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.add_button = QPushButton("&Добавить строку", self)
        self.remove_button = QPushButton("&Удалить строку", self)
        self.import_button = QPushButton("&Импорт из XLSX…", self)
        self.export_button = QPushButton("&Экспорт в XLSX…", self)
        self.card_button = QPushButton("&Карточка строки…", self)
        self.card_button.setToolTip("Заполнить текущую строку в форме (Ctrl+Enter или двойной щелчок "
                                    "по номеру строки)")
        self.row_card: RegisterRowDialog | None = None
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current)
        self.card_button.clicked.connect(self.open_card)
        self.view.verticalHeader().sectionDoubleClicked.connect(self.open_card)
        self.view.installEventFilter(self)       # Ctrl+Enter: the row card
        self.import_button.clicked.connect(self.import_xlsx)
        self.export_button.clicked.connect(self.export_xlsx)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.remove_button, self.card_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        for b in (self.import_button, self.export_button):
            buttons.addWidget(b)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("registerErrors")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b3261e;")
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error_label.hide()
        self.hint = QLabel("Поля со звёздочкой (*) обязательны. Даты — ДД.ММ.ГГГГ, суммы — в тенге. "
                           "Двойной щелчок или ввод текста — правка ячейки, Ctrl+Enter — карточка строки."
                           + (" Серые ячейки при ответах этой строки не заполняются."
                              if any(c.when for c in register.columns) else ""), self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(dark);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)
        self.model.rowsEdited.connect(self._show_errors)
        self._sync_buttons()

    # ------------------------------------------------------------ rows
    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self._show_errors()

    def rows(self) -> list[dict[str, Any]]:
        return self.model.rows()

    def add_row(self) -> None:
        row = self.model.add_row()
        self.view.setCurrentIndex(self.model.index(row, 0))
        self.view.setFocus()
        self._sync_buttons()
        if len(self.register.columns) > CARD_COLUMNS:
            self.open_card(row, new=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.view and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.open_card()
            return True
        return super().eventFilter(watched, event)

    def open_card(self, row: int | None = None, *, new: bool = False) -> None:
        """The row card of `row` (the current row by default), window-modal.
        OK writes the row back; Cancel on a new row removes it again."""
        if not isinstance(row, int) or isinstance(row, bool):
            row = self.view.currentIndex().row()
        if not 0 <= row < self.model.rowCount() or self.row_card is not None:
            return
        self.view.setCurrentIndex(self.model.index(row, 0))
        card = RegisterRowDialog(self.register, self.model.row_values(row), self, row_number=row + 1)
        self.row_card = card

        def finished(result: int) -> None:
            self.row_card = None
            if result == RegisterRowDialog.DialogCode.Accepted:
                self.model.set_row_values(row, card.values())
            elif new and is_blank_row(self.model.row_values(row)):
                self.model.remove_row(row)
            self._sync_buttons()
            card.deleteLater()
            self.view.setFocus()

        card.finished.connect(finished)
        card.open()

    def remove_current(self) -> None:
        index = self.view.currentIndex()
        if index.isValid():
            self.model.remove_row(index.row())
        self._sync_buttons()

    def check(self) -> bool:
        """Flag every refused cell; True when the register may be saved."""
        self.model.check()
        self._show_errors()
        return not self.model.errors()

    def show_errors(self, errors: dict[str, str]) -> None:
        self.model.set_errors(errors)
        self._show_errors()
        if self.model.errors():
            row, key = min(self.model.errors())
            self.view.setCurrentIndex(self.model.index(row, self.model._column_no(key)))

    def _show_errors(self) -> None:
        lines = self.model.error_lines()
        self.error_label.setVisible(bool(lines))
        shown = lines[:8] + ([f"… и ещё {len(lines) - 8}"] if len(lines) > 8 else [])
        self.error_label.setText("\n".join(shown))
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        has_rows = self.model.rowCount() > 0
        self.remove_button.setEnabled(has_rows)
        self.export_button.setEnabled(has_rows)
        self.card_button.setEnabled(has_rows)

    def fit_header(self) -> None:
        """Qt sizes the header for one line of text; the catalog's titles wrap
        to three or four lines. Fit the tallest (at most six lines; the full
        title is also in the tooltip)."""
        header = self.view.horizontalHeader()
        metrics = header.fontMetrics()
        tallest = 0
        for i in range(self.model.columnCount()):
            text = str(self.model.headerData(i, Qt.Orientation.Horizontal) or "")
            width = max(header.sectionSize(i) - 12, 40)     # the section's margins and frame
            rect = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
            tallest = max(tallest, rect.height())
        header.setMinimumHeight(max(48, min(tallest, 6 * metrics.lineSpacing()) + 12))

    # ------------------------------------------------------------ XLSX
    def import_xlsx(self) -> None:
        from tbn4_desktop.services.registers import import_register_xlsx
        from tbn4_desktop.ui import errors

        path, _ = QFileDialog.getOpenFileName(self, "Импорт из XLSX", "", "Таблицы Excel (*.xlsx)")
        if not path:
            return
        try:
            rows = import_register_xlsx(self.register, Path(path))
        except ValidationError as exc:
            lines = list(exc.errors.values())
            more = f"\n… и ещё {len(lines) - 10}" if len(lines) > 10 else ""
            errors.show_error(self, "Таблица не загружена: исправьте ошибки и повторите.\n\n"
                              + "\n".join(lines[:10]) + more)
            return
        if self.model.rowCount() and not errors.confirm(
                self, f"Заменить строки реестра ({self.model.rowCount()}) строками из файла ({len(rows)})?",
                "Текущие строки будут удалены из таблицы.", yes_text="Заменить"):
            return
        self.set_rows(rows)

    def export_xlsx(self) -> None:
        from tbn4_desktop.services.registers import export_register_xlsx
        from tbn4_desktop.ui import errors

        path, _ = QFileDialog.getSaveFileName(self, "Экспорт в XLSX", f"{self.register.key}.xlsx",
                                              "Таблицы Excel (*.xlsx)")
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            export_register_xlsx(self.register, self.rows(), Path(path))
        except OSError as exc:
            errors.show_error(self, f"Файл не сохранён: {exc.strerror or exc}.")
