"""The table model of one register (ui/register_table.py shows it): typed
cell values, refusals kept as typed and shown red, cells whose `when`
condition does not hold greyed, every cell's full value in its tooltip, and
for wide registers a trailing column «Заполнено N из M»."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from tbn4_desktop.core.catalog import Register, RegisterColumn
from tbn4_desktop.core.register_values import (
    CellError,
    applies,
    condition_text,
    is_blank_row,
    is_empty,
    parse_value,
    show_value,
    validate_row,
)
from tbn4_desktop.i18n import tc, tr

ERROR_BRUSH = QBrush(QColor("#fde2e1"))
NOT_APPLICABLE_BRUSH = QBrush(QColor("#ececec"))
NOT_APPLICABLE_TEXT = QBrush(QColor("#8a8a8a"))
#: Registers with more columns than this are edited in the row card only.
CARD_COLUMNS = 8
#: Columns a wide register shows in its table (besides «Заполнено»).
KEY_COLUMNS = 5
#: A row grows to show wrapped text up to this many lines (the tooltip has the rest).
ROW_LINES = 4
#: Beyond this many rows heights stay fixed: measuring every row would be slow.
FIT_ROWS_MAX = 1000

#: Initial column widths by type (px); text-like columns get 220.
_COLUMN_WIDTHS = {"date": 120, "int": 110, "money": 160, "bool": 130, "choice": 180}

_Index = QModelIndex | QPersistentModelIndex


def key_columns(register: Register, limit: int = KEY_COLUMNS) -> list[int]:
    """Indexes of the columns that tell one row from another, in catalog
    order: required columns every row has (no `when`) that can differ
    between rows (not a check box, not a choice of one), then the other
    unconditional columns, at most `limit`. 2.3.1: date, the convicted
    person's position and name, ЕРДР number, the superior's name."""
    columns = register.columns
    unconditional = [
        i
        for i, c in enumerate(columns)
        if not c.when and c.type != "bool" and not (c.type == "choice" and len(c.choices) < 2)
    ]
    picks = [i for i in unconditional if columns[i].required]
    picks += [i for i in unconditional if i not in picks]
    return sorted(picks[:limit])


class RegisterTableModel(QAbstractTableModel):
    """Rows of one register. Each cell holds a typed value (see
    core.register_values) or, when refused, the text the user entered."""

    rowsEdited = Signal()
    valueEntered = Signal(int, str)  # row, column key: the user entered a value

    def __init__(
        self, register: Register, rows: list[dict[str, Any]] | None = None, parent=None, *, summary: bool = False
    ):
        super().__init__(parent)
        self.register = register
        self.columns = register.columns
        # A trailing read-only column «Заполнено N из M» (wide registers).
        self.summary = summary
        self._rows: list[dict[str, Any]] = []
        self._errors: dict[tuple[int, str], str] = {}
        self._conditional = any(c.when for c in self.columns)
        self._not_applicable: dict[int, frozenset[str]] = {}  # row → keys; cleared on every edit
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
        before = self._rows[row]
        self._rows[row] = {c.key: values.get(c.key) for c in self.columns}
        self._not_applicable.pop(row, None)
        self._check_row(row)
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        for c in self.columns:
            if before.get(c.key) != self._rows[row][c.key]:
                self.valueEntered.emit(row, c.key)
        self.rowsEdited.emit()

    def filled(self, row: int) -> tuple[int, int, list[str]]:
        """(filled, fields, titles of the empty ones) over the columns that
        apply to the row; an unticked box of a filled row is an answer («Нет»)."""
        values = self.row_values(row)
        skip = self.not_applicable(row)
        fields = [c for c in self.columns if c.key not in skip]
        empty = [tc(c.title) for c in fields if is_empty(values[c.key])]
        return len(fields) - len(empty), len(fields), empty

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
        titles = {c.key: tc(c.title) for c in self.columns}
        return [
            tr("Строка {row}, столбец «{column}»: {message}").format(
                row=row + 1, column=titles.get(key, key), message=message
            )
            for (row, key), message in sorted(
                self._errors.items(), key=lambda item: (item[0][0], self._column_no(item[0][1]))
            )
        ]

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
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1))

    # ------------------------------------------------------------ Qt model
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns) + (1 if self.summary else 0)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and self.summary and section == len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("Заполнено")
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("Сколько полей строки заполнено из тех, что к ней относятся; все поля — в карточке строки")
        elif orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            column = self.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return tc(column.title) + (" *" if column.required else "")
            if role == Qt.ItemDataRole.ToolTipRole:
                return (
                    tr("{title} (обязательный столбец)").format(title=tc(column.title))
                    if column.required
                    else tc(column.title)
                )
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if (
            not index.isValid()
            or index.column() >= len(self.columns)
            or self.columns[index.column()].key in self.not_applicable(index.row())
        ):
            return base
        if self.columns[index.column()].type == "bool":
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if index.column() >= len(self.columns):
            return self._summary_data(index.row(), role)
        column = self.columns[index.column()]
        value = self._rows[index.row()][column.key]
        error = self._errors.get((index.row(), column.key))
        if self._conditional and column.key in self.not_applicable(index.row()):
            return self._not_applicable_data(column, value, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.type == "bool":
                return "" if value is None else show_value(column, value)
            return show_value(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.CheckStateRole and column.type == "bool":
            return Qt.CheckState.Checked if value is True else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and error:
            return ERROR_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            # The full value, whatever the width of the column; a refusal first.
            full = show_value(column, value) if not is_empty(value) else ""
            return error or (f"{tc(column.title)}: {full}" if full else None)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.type in ("int", "money"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _summary_data(self, row: int, role: int):
        filled, fields, empty = self.filled(row)
        errors = sum(1 for r, _k in self._errors if r == row)
        if role == Qt.ItemDataRole.DisplayRole:
            if errors:
                return tr("{filled} из {fields}, ошибок: {errors}").format(filled=filled, fields=fields, errors=errors)
            return tr("{filled} из {fields}").format(filled=filled, fields=fields)
        if role == Qt.ItemDataRole.BackgroundRole and errors:
            return ERROR_BRUSH
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [tr("Заполнено полей: {filled} из {fields}.").format(filled=filled, fields=fields)]
            if empty:
                lines.append(tr("Не заполнены: {titles}.").format(titles="; ".join(f"«{t}»" for t in empty)))
            if errors:
                lines.append(tr("Ошибок в строке: {count} (см. под таблицей).").format(count=errors))
            lines.append(tr("Двойной щелчок или Enter — карточка строки."))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None

    def _not_applicable_data(self, column: RegisterColumn, value: Any, role: int):
        # Greyed, no check box; the value (kept until saved) is shown but not saved.
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if column.type == "bool" else show_value(column, value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.BackgroundRole:
            return NOT_APPLICABLE_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole:
            return NOT_APPLICABLE_TEXT
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = tr("Не заполняется в этой строке. {condition}.").format(
                condition=condition_text(self.register, column)
            )
            if value is not None and not (column.type == "bool" and value is False):
                tip += " " + tr("Указанное значение не будет сохранено.")
            return tip
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or index.column() >= len(self.columns):
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
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.valueEntered.emit(row, column.key)
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
            return str(value).strip()  # kept as typed, flagged by _check_row
