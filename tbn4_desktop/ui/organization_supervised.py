"""The «Курируемые организации» tab of «Организация и подписанты»: the list
of supervised quasi-state companies (the denominator of Project 3's
shares), adding and removing them. Apart from organization_dialog.py: one
tab, its widgets and its saves.

Functions of the dialog (`dialog: OrganizationDialog`); OrganizationDialog's
methods of the same names call them. `dialog` is left unannotated where the
method had no annotations (mypy did not check that body before either)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
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

from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.widgets import FieldError, buddy_label, mark_invalid, with_error, wrapped

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from tbn4_desktop.ui.organization_dialog import OrganizationDialog

SUPERVISED_COLUMNS = (N_("Наименование"), N_("БИН"))
SUPERVISED_TEXT = N_(
    "Субъекты квазигосударственного сектора, деятельность которых курирует организация. Этот список — "
    "знаменатель долей Проекта 3: доля курируемых организаций, создавших раздел по антикоррупционному "
    "комплаенсу (3.1.2) и исполнивших подзадачи 3.2.1–3.2.6, считается от числа организаций в нём."
)


def _build_supervised(dialog: OrganizationDialog) -> QWidget:
    page = QWidget(dialog.tabs)
    page.setObjectName("supervisedPage")
    layout = QVBoxLayout(page)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(wrapped(tr(SUPERVISED_TEXT), page))
    dialog.supervised_table = QTableWidget(0, len(SUPERVISED_COLUMNS), page)
    dialog.supervised_table.setObjectName("supervisedTable")
    dialog.supervised_table.setHorizontalHeaderLabels([tr(c) for c in SUPERVISED_COLUMNS])
    dialog.supervised_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    dialog.supervised_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    dialog.supervised_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    dialog.supervised_table.verticalHeader().hide()
    header = dialog.supervised_table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
    dialog.supervised_table.itemSelectionChanged.connect(dialog._update_supervised_buttons)
    layout.addWidget(buddy_label(tr("Курируемые &организации:"), dialog.supervised_table, page))
    layout.addWidget(dialog.supervised_table, 1)
    dialog.supervised_count = QLabel(page)
    dialog.supervised_count.setObjectName("supervisedCount")
    layout.addWidget(dialog.supervised_count)

    add_box = QGroupBox(tr("Добавить организацию"), page)
    form = QFormLayout(add_box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    dialog.supervised_name = QLineEdit(add_box)
    dialog.supervised_name.setObjectName("supervisedName")
    dialog.supervised_name.setPlaceholderText(tr("например: КГП «Байзак су арнасы»"))
    dialog.supervised_bin = QLineEdit(add_box)
    dialog.supervised_bin.setObjectName("supervisedBin")
    dialog.supervised_bin.setMaxLength(12)
    dialog.supervised_bin.setPlaceholderText(tr("необязательно"))
    dialog.supervised_bin.setValidator(
        QRegularExpressionValidator(QRegularExpression(r"\d{0,12}"), dialog.supervised_bin)
    )
    dialog.supervised_errors = {key: FieldError(add_box) for key in ("name", "bin")}
    form.addRow(
        buddy_label(tr("&Наименование:"), dialog.supervised_name, add_box),
        with_error(dialog.supervised_name, dialog.supervised_errors["name"]),
    )
    form.addRow(
        buddy_label(tr("&БИН:"), dialog.supervised_bin, add_box),
        with_error(dialog.supervised_bin, dialog.supervised_errors["bin"]),
    )
    row = QHBoxLayout()
    dialog.add_supervised_button = QPushButton(tr("&Добавить в список"), add_box)
    dialog.add_supervised_button.setObjectName("addSupervised")
    dialog.add_supervised_button.setAutoDefault(False)
    dialog.add_supervised_button.clicked.connect(dialog.add_supervised)
    dialog.remove_supervised_button = QPushButton(tr("&Убрать из списка…"), page)
    dialog.remove_supervised_button.setObjectName("removeSupervised")
    dialog.remove_supervised_button.setAutoDefault(False)
    dialog.remove_supervised_button.clicked.connect(dialog.remove_supervised)
    row.addWidget(dialog.add_supervised_button)
    row.addWidget(dialog.remove_supervised_button)
    row.addStretch(1)
    form.addRow(row)
    layout.addWidget(add_box)
    return page


def _fill_supervised(dialog: OrganizationDialog) -> None:
    table = dialog.supervised_table
    table.setRowCount(len(dialog.supervised))
    for r, entity in enumerate(dialog.supervised):
        for c, text in enumerate((entity.name, entity.bin or "—")):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, entity.id)
            item.setToolTip(text)
            table.setItem(r, c, item)
    n = len(dialog.supervised)
    dialog.supervised_count.setText(
        tr("В списке: {count}.").format(count=n) if n else tr("Список пуст: доли Проекта 3 не из чего считать.")
    )
    dialog._update_supervised_buttons()


def _update_supervised_buttons(dialog: OrganizationDialog) -> None:
    dialog.remove_supervised_button.setEnabled(dialog.selected_supervised() is not None)


def selected_supervised(dialog):  # noqa: ANN201 - SupervisedInfo | None
    rows = dialog.supervised_table.selectionModel().selectedRows()
    if not rows:
        return None
    entity_id = dialog.supervised_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)
    return next((e for e in dialog.supervised if e.id == entity_id), None)


def supervised_names(dialog: OrganizationDialog) -> list[str]:
    return [e.name for e in dialog.supervised]


def add_supervised(dialog: OrganizationDialog) -> bool:
    from tbn4_desktop.services.checklist import add_supervised

    name, bin_ = dialog.supervised_name.text(), dialog.supervised_bin.text()
    added = dialog._run(
        lambda s: add_supervised(s, dialog.organization_id, name, bin_), show=dialog._show_supervised_errors
    )
    if added is None:
        return False
    dialog._show_supervised_errors({})
    dialog.supervised_name.clear()
    dialog.supervised_bin.clear()
    dialog.reload()
    ids = [e.id for e in dialog.supervised]
    if added.id in ids:
        dialog.supervised_table.selectRow(ids.index(added.id))
    dialog.supervised_name.setFocus()
    dialog.changed.emit()
    return True


def remove_supervised(dialog: OrganizationDialog) -> bool:
    from tbn4_desktop.services.checklist import remove_supervised

    chosen = dialog.selected_supervised()
    if chosen is None:
        return False
    if not errors.confirm(
        dialog,
        tr("Убрать «{name}» из списка курируемых организаций?").format(name=chosen.name),
        tr("Доли Проекта 3 будут считаться без этой организации."),
        yes_text=tr("Убрать"),
    ):
        return False

    def remove(session: Session) -> bool:
        remove_supervised(session, dialog.organization_id, chosen.id)
        return True

    if dialog._run(remove) is None:
        return False
    dialog.reload()
    dialog.changed.emit()
    return True


def _show_supervised_errors(dialog: OrganizationDialog, field_errors: dict[str, str]) -> None:
    widgets = {"name": dialog.supervised_name, "bin": dialog.supervised_bin}
    for key, error in dialog.supervised_errors.items():
        error.set_message(field_errors.get(key))
        mark_invalid(widgets[key], key in field_errors)
    first = next((widgets[k] for k in widgets if k in field_errors), None)
    if first is not None:
        first.setFocus()
