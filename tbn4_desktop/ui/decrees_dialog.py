"""«Переносы рабочих дней»: the Government's decrees the user enters (a
weekday made a day off, a weekend day made a working day) — for a year the
shipped calendar does not know yet, or a correction. Each addition and
removal is saved at once through services.deadlines; `changed` tells the
main window to recompute the calendar and the due dates."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop import APP_TITLE
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.store_errors import StoreError
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.formatting import format_date
from tbn4_desktop.ui.widgets import FieldError, wrapped
from tbn4_desktop.ui.window_fit import fit_window

if TYPE_CHECKING:
    from tbn4_desktop.core.workdays import CalendarEntry
    from tbn4_desktop.services.context import AppContext

DIALOG_TITLE = N_("Переносы рабочих дней")
KIND_TEXT = {"day_off": N_("Выходной день"), "working_day": N_("Рабочий день")}
HEADERS = (N_("Дата"), N_("Вид дня"), N_("Описание"), N_("Основание"))


class DecreesDialog(QDialog):
    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, year: int | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[CalendarEntry] = []
        self.setObjectName("decreesDialog")
        self.setWindowTitle(f"{tr(DIALOG_TITLE)} — {tr(APP_TITLE)}")
        layout = QVBoxLayout(self)
        layout.addWidget(
            wrapped(
                tr(
                    "Постановления Правительства о переносе выходных дней. Записи здесь главнее встроенного календаря: "
                    "внесите перенос на следующий год, как только постановление опубликовано. Сроки пересчитываются "
                    "сразу."
                ),
                self,
                selectable=False,
            )
        )

        self.table = QTableWidget(0, len(HEADERS), self)
        self.table.setObjectName("decreesTable")
        self.table.setAccessibleName(tr("Внесённые переносы"))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.remove_button = QPushButton(tr("&Удалить выбранный перенос"), self)
        self.remove_button.setObjectName("removeDecree")
        self.remove_button.setAutoDefault(False)
        self.remove_button.clicked.connect(self.remove_selected)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.remove_button)
        layout.addLayout(row)

        group = QGroupBox(tr("Новый перенос"), self)
        form = QFormLayout(group)
        self.date_edit = QDateEdit(group)
        self.date_edit.setObjectName("decreeDate")
        self.date_edit.setDisplayFormat("dd.MM.yyyy")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumWidth(130)
        start = date(year, 1, 1) if year else date.today()
        self.date_edit.setDate(QDate(start.year, start.month, start.day))
        form.addRow(tr("&Дата:"), self.date_edit)
        self.date_error = FieldError(group)
        form.addRow("", self.date_error)
        self.kind_combo = QComboBox(group)
        self.kind_combo.setObjectName("decreeKind")
        for kind, text in KIND_TEXT.items():
            self.kind_combo.addItem(tr(text), kind)
        form.addRow(tr("&Вид дня:"), self.kind_combo)
        self.note_edit = QLineEdit(group)
        self.note_edit.setObjectName("decreeNote")
        self.note_edit.setPlaceholderText(tr("например: перенос выходного дня с субботы 02.01.2027"))
        form.addRow(tr("&Описание:"), self.note_edit)
        self.note_error = FieldError(group)
        form.addRow("", self.note_error)
        self.basis_edit = QLineEdit(group)
        self.basis_edit.setObjectName("decreeBasis")
        self.basis_edit.setPlaceholderText(tr("например: постановление Правительства РК от 10.10.2026 № 800"))
        form.addRow(tr("&Основание:"), self.basis_edit)
        self.basis_error = FieldError(group)
        form.addRow("", self.basis_error)
        self.add_button = QPushButton(tr("&Добавить"), group)
        self.add_button.setObjectName("addDecree")
        self.add_button.clicked.connect(self.add)
        form.addRow("", self.add_button)
        for label_owner in (self.date_edit, self.kind_combo, self.note_edit, self.basis_edit):
            label = form.labelForField(label_owner)
            if isinstance(label, QLabel):  # addRow(str, ...) made a QLabel
                label.setBuddy(label_owner)
        layout.addWidget(group)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Закрыть"))
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_window(self, QSize(760, 560), key="decreesDialog/geometry")
        self.reload()

    # ------------------------------------------------------------------ data
    def reload(self) -> None:
        from tbn4_desktop.services.deadlines import list_decrees

        try:
            with self.ctx.store.session() as session:
                self.entries = list_decrees(session)
        except StoreError as exc:
            errors.show_error(self, str(exc))
            return
        self.table.setRowCount(len(self.entries))
        for r, entry in enumerate(self.entries):
            kind = tr(KIND_TEXT[entry.kind]) if entry.kind in KIND_TEXT else entry.kind
            values = (format_date(entry.date), kind, entry.note, entry.basis)
            for c, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.remove_button.setEnabled(bool(self.entries))

    def add(self) -> bool:
        from tbn4_desktop.core.validation import ValidationError
        from tbn4_desktop.core.workdays import CalendarEntry, WorkCalendarError
        from tbn4_desktop.services.deadlines import add_decree

        for error in (self.date_error, self.note_error, self.basis_error):
            error.set_message(None)
        try:
            entry = CalendarEntry(
                self.date_edit.date().toPython(),  # type: ignore[arg-type]  # PySide6: toPython() typed as object
                self.kind_combo.currentData(),
                self.note_edit.text(),
                self.basis_edit.text(),
            )
            with self.ctx.store.session() as session:
                add_decree(session, entry)
        except ValidationError as exc:
            targets = {
                "date": (self.date_error, self.date_edit),
                "note": (self.note_error, self.note_edit),
                "basis": (self.basis_error, self.basis_edit),
            }
            for key, message in exc.errors.items():
                error, edit = targets.get(key, (self.date_error, self.date_edit))
                error.set_message(message)
                edit.setFocus()
            return False
        except WorkCalendarError as exc:
            self.date_error.set_message(str(exc))
            return False
        except StoreError as exc:
            errors.show_error(self, str(exc))
            return False
        self.note_edit.clear()
        self.basis_edit.clear()
        self.reload()
        self.changed.emit()
        return True

    def remove_selected(self) -> bool:
        from tbn4_desktop.services.deadlines import remove_decree

        row = self.table.currentRow()
        if not 0 <= row < len(self.entries):
            return False
        entry = self.entries[row]
        if not errors.confirm(
            self,
            tr("Удалить перенос на {date} («{note}»)?").format(date=format_date(entry.date), note=entry.note),
            tr("Сроки будут пересчитаны по встроенному календарю. Запись можно внести снова."),
            yes_text=tr("Удалить"),
        ):
            return False
        try:
            with self.ctx.store.session() as session:
                remove_decree(session, entry.date)
        except StoreError as exc:
            errors.show_error(self, str(exc))
            return False
        self.reload()
        self.changed.emit()
        return True

    def keyPressEvent(self, event) -> None:  # noqa: ANN001
        # Enter in the form adds the entry instead of closing the dialog.
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.add_button.isVisible()
            and (self.focusWidget() in (self.date_edit, self.kind_combo, self.note_edit, self.basis_edit))
        ):
            self.add()
            event.accept()
            return
        super().keyPressEvent(event)
