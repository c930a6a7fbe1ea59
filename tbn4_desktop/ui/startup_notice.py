"""The start-up notice: what is overdue and what is due within 3 working
days, in a non-modal window (the main window stays usable), with a button
that opens the «Сроки» view; plus a tray message where the desktop has a
tray."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QSystemTrayIcon,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop import APP_TITLE
from tbn4_desktop.core.deadlines import DeadlineState
from tbn4_desktop.ui.dashboard import DeadlineRow
from tbn4_desktop.ui.formatting import format_date
from tbn4_desktop.ui.icons import app_icon, deadline_icon
from tbn4_desktop.ui.widgets import heading, wrapped

NOTICE_TITLE = "Сроки, требующие внимания"


def urgent_rows(rows: Sequence[DeadlineRow]) -> list[DeadlineRow]:
    """Overdue first, then due within 3 working days; each by date."""
    urgent = [r for r in rows if r.state.is_urgent]
    return sorted(urgent, key=lambda r: (r.state is not DeadlineState.OVERDUE, r.due or date.max, r.code, r.period))


def summary_text(rows: Sequence[DeadlineRow]) -> str:
    overdue = sum(r.state is DeadlineState.OVERDUE for r in rows)
    soon = sum(r.state is DeadlineState.DUE_3 for r in rows)
    parts = []
    if overdue:
        parts.append(f"просрочено: {overdue}")
    if soon:
        parts.append(f"срок в ближайшие 3 рабочих дня: {soon}")
    return "Сроки подзадач — " + ", ".join(parts) + "."


class StartupNotice(QDialog):
    openDashboard = Signal()
    openExecution = Signal(int)

    def __init__(self, rows: Sequence[DeadlineRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.rows = list(rows)
        self.setObjectName("startupNotice")
        self.setWindowTitle(f"{NOTICE_TITLE} — {APP_TITLE}")
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(NOTICE_TITLE, self, scale=1.15))
        layout.addWidget(wrapped(
            f"{summary_text(self.rows)} Двойной щелчок по строке открывает мастер исполнения подзадачи.",
            self, selectable=False))
        self.list = QTreeWidget(self)
        self.list.setObjectName("urgentDeadlines")
        self.list.setAccessibleName("Просроченные и срочные сроки")
        self.list.setRootIsDecorated(False)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels(["Подзадача", "Период", "Срок", "Состояние"])
        for r in self.rows:
            item = QTreeWidgetItem([r.subtask_text, r.period_text, format_date(r.due) or "—", r.state.label])
            item.setIcon(3, deadline_icon(r.state))
            item.setToolTip(0, r.subtask_text)
            for col in range(4):
                item.setToolTip(col, r.tooltip)
            item.setData(0, Qt.ItemDataRole.UserRole, r.execution_id)
            self.list.addTopLevelItem(item)
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 100), (2, 90), (3, 170)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.list.setColumnWidth(col, width)
        self.list.itemActivated.connect(self._activated)
        if self.rows:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(self)
        self.open_button = QPushButton("Открыть «Сроки»", self)
        self.open_button.setObjectName("openDashboard")
        self.open_button.setDefault(True)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setText("Закрыть")
        self.open_button.clicked.connect(self._open_dashboard)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(720, 380)

    def lines(self) -> list[str]:
        return [" | ".join(self.list.topLevelItem(i).text(c) for c in range(4))
                for i in range(self.list.topLevelItemCount())]

    def _open_dashboard(self) -> None:
        self.openDashboard.emit()
        self.close()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        execution_id = item.data(0, Qt.ItemDataRole.UserRole)
        if execution_id is not None:
            self.openExecution.emit(int(execution_id))


def tray_notify(parent: QWidget, rows: Sequence[DeadlineRow]) -> QSystemTrayIcon | None:
    """A tray message, where the desktop has a tray; the icon stays while the
    app runs (owned by `parent`). None when there is no tray."""
    if not rows or not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(app_icon(), parent)
    tray.setToolTip(APP_TITLE)
    tray.show()
    tray.showMessage(NOTICE_TITLE, summary_text(rows), QSystemTrayIcon.MessageIcon.Warning, 10000)
    tray.messageClicked.connect(lambda: (parent.showNormal(), parent.activateWindow(),
                                         QApplication.processEvents()))
    return tray
