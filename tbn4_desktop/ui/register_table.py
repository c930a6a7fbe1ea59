"""Editing one register of a subtask: the widget with the table (its model
in ui/register_model.py, its cell editors in ui/register_delegate.py), the
add/remove/import/export buttons and the list of errors under the table.

Model/view only: a cell's editor exists while it is being edited, never a
widget per row. A cell keeps what the user entered even when it is refused
(shown red with the reason in its tooltip), so nothing typed is lost. A cell
whose column's `when` condition does not hold for its row is greyed and not
editable; its value is not saved. Cells wrap (a row grows to a few lines)
and every cell's tooltip is its full value.

A register wider than CARD_COLUMNS (2.3.1 has 22 columns) is filled in the
row card (ui/register_row_dialog.py) only: the table shows its key columns
(`key_columns`) and «Заполнено N из M», and «Добавить строку» opens an empty
card.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QModelIndex, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.catalog import Register
from tbn4_desktop.core.register_values import is_blank_row
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.i18n import tr, trn
from tbn4_desktop.ui.register_delegate import MAX_INT, MAX_MONEY, RegisterDelegate  # noqa: F401 - re-exported
from tbn4_desktop.ui.register_model import (  # noqa: F401 - re-exported
    _COLUMN_WIDTHS,
    CARD_COLUMNS,
    ERROR_BRUSH,
    FIT_ROWS_MAX,
    NOT_APPLICABLE_BRUSH,
    NOT_APPLICABLE_TEXT,
    ROW_LINES,
    RegisterTableModel,
    key_columns,
)
from tbn4_desktop.ui.register_row_dialog import RegisterRowDialog


class RegisterEditor(QWidget):
    """One register: the table, its buttons and the errors under it.
    `suggestions`: column key → names offered in that text column (the
    organisation's list of supervised companies); a name entered that is not
    among them is announced by `unlistedName` (key, name)."""

    unlistedName = Signal(str, str)

    def __init__(
        self, register: Register, parent: QWidget | None = None, *, suggestions: dict[str, list[str]] | None = None
    ):
        super().__init__(parent)
        self.register = register
        self.setObjectName(f"register_{register.key}")
        self.wide = len(register.columns) > CARD_COLUMNS
        self.suggestions: dict[str, list[str]] = {k: list(v) for k, v in (suggestions or {}).items()}
        self.model = RegisterTableModel(register, parent=self, summary=self.wide)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.delegate = RegisterDelegate(register, self.view, suggestions=self.suggestions)
        self.view.setItemDelegate(self.delegate)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        if self.wide:
            # The card is the editor: a double click or Enter opens it.
            self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            self.view.doubleClicked.connect(lambda index: self.open_card(index.row()))
        else:
            self.view.setEditTriggers(
                QAbstractItemView.EditTrigger.DoubleClicked
                | QAbstractItemView.EditTrigger.EditKeyPressed
                | QAbstractItemView.EditTrigger.AnyKeyPressed
            )
        self.view.setWordWrap(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultSectionSize(160)
        header.setMinimumHeight(48)
        header.setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextWordWrap
        )
        shown = set(key_columns(register)) if self.wide else set(range(len(register.columns)))
        for i, column in enumerate(register.columns):
            self.view.setColumnWidth(i, _COLUMN_WIDTHS.get(column.type, 220))
            self.view.setColumnHidden(i, i not in shown)
        if self.wide:
            self.view.setColumnWidth(len(register.columns), 150)
        header.setStretchLastSection(self.wide)
        self._fitting_columns = False
        self._user_sized = False  # once the user drags a column, widths stay theirs
        header.sectionResized.connect(lambda *_: self.fit_header())
        header.sectionResized.connect(lambda *_: self._schedule_fit())
        header.sectionResized.connect(self._section_resized)
        self.fit_header()
        self.view.verticalHeader().setDefaultSectionSize(26)
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self.fit_rows)
        self.add_button = QPushButton(tr("&Добавить строку"), self)
        self.remove_button = QPushButton(tr("&Удалить строку"), self)
        self.import_button = QPushButton(tr("&Импорт из XLSX…"), self)
        self.export_button = QPushButton(tr("&Экспорт в XLSX…"), self)
        self.card_button = QPushButton(tr("&Карточка строки…"), self)
        self.card_button.setToolTip(
            tr("Все поля выбранной строки в форме (Enter или двойной щелчок по строке)")
            if self.wide
            else tr("Заполнить выбранную строку в форме (Ctrl+Enter или двойной щелчок по номеру строки)")
        )
        if self.wide:
            self.add_button.setToolTip(tr("Открывает пустую карточку строки: в ней все столбцы таблицы"))
        self.row_card: RegisterRowDialog | None = None
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_current)
        self.card_button.clicked.connect(self.open_card)
        self.view.verticalHeader().sectionDoubleClicked.connect(self.open_card)
        self.view.installEventFilter(self)  # Ctrl+Enter (Enter in a wide register): the row card
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
        if self.wide:
            hint = trn(
                "В таблице %n столбец: здесь видны главные из них и сколько полей "
                "заполнено, все поля строки — в её карточке. «Добавить строку» открывает пустую карточку; "
                "двойной щелчок или Enter — карточка выбранной строки. Наведите указатель на ячейку, чтобы "
                "увидеть её значение полностью.",
                len(register.columns),
            )
        else:
            hint = tr(
                "Поля со звёздочкой (*) обязательны. Даты — ДД.ММ.ГГГГ, суммы — в тенге. "
                "Двойной щелчок или ввод текста — правка ячейки, Ctrl+Enter — карточка строки."
            ) + (
                " " + tr("Серые ячейки при ответах этой строки не заполняются.")
                if any(c.when for c in register.columns)
                else ""
            )
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(dark);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.error_label)
        self.model.rowsEdited.connect(self._show_errors)
        self.model.valueEntered.connect(self._value_entered)
        self.model.modelReset.connect(self._schedule_fit)
        self.model.rowsInserted.connect(self._schedule_fit)
        self.model.dataChanged.connect(self._rows_changed)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._sync_buttons())
        self._sync_buttons()

    # ------------------------------------------------------------ rows
    def set_rows(self, rows: list[dict[str, Any]]) -> None:
        self.model.set_rows(rows)
        self._show_errors()

    def rows(self) -> list[dict[str, Any]]:
        return self.model.rows()

    def add_row(self) -> None:
        row = self.model.add_row()
        self.view.setCurrentIndex(self.model.index(row, self._first_shown()))
        self.view.setFocus()
        self._sync_buttons()
        if self.wide:
            self.open_card(row, new=True)

    def _first_shown(self) -> int:
        return next((i for i in range(self.model.columnCount()) if not self.view.isColumnHidden(i)), 0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.view
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and (self.wide or event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        ):
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
        self.view.setCurrentIndex(self.model.index(row, self._first_shown()))
        card = RegisterRowDialog(
            self.register, self.model.row_values(row), self, row_number=row + 1, suggestions=self.suggestions
        )
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

    # ------------------------------------------------------------ suggested names
    def set_suggestions(self, key: str, names: list[str]) -> None:
        """The names offered in column `key` (the table's editor and the card)."""
        self.suggestions[key] = list(names)
        self.delegate.suggestions[key] = list(names)

    def _value_entered(self, row: int, key: str) -> None:
        names = self.suggestions.get(key)
        if names is None:
            return
        value = self.model.row_values(row).get(key)
        known = {" ".join(n.split()).casefold() for n in names}
        if isinstance(value, str) and value.strip() and " ".join(value.split()).casefold() not in known:
            # After the editor has closed: the question is a modal box.
            QTimer.singleShot(0, lambda: self.unlistedName.emit(key, " ".join(value.split())))

    # ------------------------------------------------------------ row heights
    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex, *_args) -> None:
        if self.model.rowCount() <= FIT_ROWS_MAX:
            for row in range(top.row(), bottom.row() + 1):
                self._fit_row(row)

    def _schedule_fit(self, *_args) -> None:
        self._fit_timer.start()

    def fit_rows(self) -> None:
        """Each row as tall as its wrapped text, up to ROW_LINES lines (the
        tooltip holds the rest); a huge register keeps one line per row."""
        if self.model.rowCount() > FIT_ROWS_MAX:
            return
        for row in range(self.model.rowCount()):
            self._fit_row(row)

    def _fit_row(self, row: int) -> None:
        line = self.view.fontMetrics().lineSpacing()
        most = ROW_LINES * line + 10
        self.view.setRowHeight(row, max(26, min(self.view.sizeHintForRow(row), most)))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit_columns()
        self._schedule_fit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def _section_resized(self, logical: int, *_args) -> None:
        # The stretched «Заполнено» follows the others; only a column the user drags counts.
        if (
            not self._fitting_columns
            and self.isVisible()
            and logical < len(self.register.columns)
            and self.view.horizontalHeader().underMouse()
        ):
            self._user_sized = True

    def fit_columns(self) -> None:
        """Text columns share the width the others leave (at least 120 px
        each; cells wrap), so the table fits the window without a sideways
        scroll where it can. Not after the user has sized a column."""
        if self._user_sized:
            return
        shown = [i for i in range(len(self.register.columns)) if not self.view.isColumnHidden(i)]
        texts = [i for i in shown if self.register.columns[i].type in ("text", "url")]
        if not texts:
            return
        others = sum(_COLUMN_WIDTHS.get(self.register.columns[i].type, 220) for i in shown if i not in texts)
        if self.wide:
            others += 150  # «Заполнено»
        room = self.view.viewport().width() - others - 2
        width = max(120, min(360, room // len(texts)))
        self._fitting_columns = True
        try:
            for i in texts:
                self.view.setColumnWidth(i, width)
        finally:
            self._fitting_columns = False
        self._schedule_fit()

    # ------------------------------------------------------------ errors
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
            column = self.model._column_no(key)
            self.view.setCurrentIndex(
                self.model.index(row, self._first_shown() if self.view.isColumnHidden(column) else column)
            )

    def _show_errors(self) -> None:
        lines = self.model.error_lines()
        self.error_label.setVisible(bool(lines))
        shown = lines[:8] + ([tr("… и ещё {count}").format(count=len(lines) - 8)] if len(lines) > 8 else [])
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
            width = max(header.sectionSize(i) - 12, 40)  # the section's margins and frame
            rect = metrics.boundingRect(QRect(0, 0, width, 10_000), Qt.TextFlag.TextWordWrap, text)
            tallest = max(tallest, rect.height())
        header.setMinimumHeight(max(48, min(tallest, 6 * metrics.lineSpacing()) + 12))

    # ------------------------------------------------------------ XLSX
    def import_xlsx(self) -> None:
        from tbn4_desktop.services.registers import import_register_xlsx
        from tbn4_desktop.ui import errors

        path, _ = QFileDialog.getOpenFileName(self, tr("Импорт из XLSX"), "", tr("Таблицы Excel (*.xlsx)"))
        if not path:
            return
        try:
            rows = import_register_xlsx(self.register, Path(path))
        except ValidationError as exc:
            lines = list(exc.errors.values())
            more = "\n" + tr("… и ещё {count}").format(count=len(lines) - 10) if len(lines) > 10 else ""
            errors.show_error(
                self,
                tr("Таблица не импортирована: исправьте ошибки и повторите.") + "\n\n" + "\n".join(lines[:10]) + more,
            )
            return
        if self.model.rowCount() and not errors.confirm(
            self,
            tr("Заменить строки реестра ({current}) строками из файла ({new})?").format(
                current=self.model.rowCount(), new=len(rows)
            ),
            tr("Текущие строки будут удалены из таблицы."),
            yes_text=tr("Заменить"),
        ):
            return
        self.set_rows(rows)

    def export_xlsx(self) -> None:
        from tbn4_desktop.services.registers import export_register_xlsx
        from tbn4_desktop.ui import errors

        path, _ = QFileDialog.getSaveFileName(
            self, tr("Экспорт в XLSX"), f"{self.register.key}.xlsx", tr("Таблицы Excel (*.xlsx)")
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        try:
            export_register_xlsx(self.register, self.rows(), Path(path))
        except OSError as exc:
            errors.show_error(self, tr("Файл не сохранён: {reason}.").format(reason=exc.strerror or exc))
