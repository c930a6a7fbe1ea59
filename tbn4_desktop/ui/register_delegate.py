"""The editor of one register cell, by its column's type (ui/register_table.py).

A text column with suggestions (a Project 3 register's «Наименование
организации»: the organisation's list of supervised companies) is an
editable combo box: the list on its arrow, completion while typing, and
any other name still accepted."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QDoubleSpinBox,
    QSpinBox,
    QStyledItemDelegate,
    QWidget,
)

from tbn4_desktop.core.catalog import Register
from tbn4_desktop.i18n import tc, tr

MAX_INT = 2_000_000_000
MAX_MONEY = 1e13


def suggestion_combo(parent: QWidget, names: Sequence[str], text: str = "") -> QComboBox:
    """An editable combo box offering `names`; typing completes from them
    (case-insensitive, anywhere in the name) and any other text is kept."""
    combo = QComboBox(parent)
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.addItems(["", *names])
    completer = QCompleter(list(names), combo)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    combo.setCompleter(completer)
    combo.setEditText(text)
    return combo


class RegisterDelegate(QStyledItemDelegate):
    """The editor of a cell by its column type."""

    def __init__(self, register: Register, parent=None, *, suggestions: Mapping[str, Sequence[str]] | None = None):
        super().__init__(parent)
        self.register = register
        self.suggestions: dict[str, list[str]] = {k: list(v) for k, v in (suggestions or {}).items()}

    def createEditor(self, parent, option, index):
        column = self.register.columns[index.column()]
        if column.key in self.suggestions and column.type == "text":
            return suggestion_combo(parent, self.suggestions[column.key])
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
            editor.setSuffix(tr(" тнг."))
            return editor
        if column.type == "choice":
            editor = QComboBox(parent)
            for choice in ["", *column.choices]:
                editor.addItem(tc(choice) if choice else "", choice)  # the data is the catalog's Russian, stored
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
        elif isinstance(editor, QComboBox) and editor.isEditable():
            editor.setEditText("" if value is None else str(value))
        elif isinstance(editor, QComboBox):
            i = editor.findData(value) if isinstance(value, str) else 0
            editor.setCurrentIndex(max(i, 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor, model, index):
        if isinstance(editor, QDateEdit):
            model.setData(index, editor.date())
        elif isinstance(editor, QDoubleSpinBox | QSpinBox):
            model.setData(index, editor.value())
        elif isinstance(editor, QComboBox) and editor.isEditable():
            model.setData(index, editor.currentText())
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData() or "")
        else:
            super().setModelData(editor, model, index)
