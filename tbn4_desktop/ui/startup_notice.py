"""After start-up: the tray message of what is overdue and what is due
within 3 working days, where the desktop has a tray.

The app opens on «На сегодня» (ui/today_view.py), which lists the same
lines with their next actions, so there is no separate notice window any
more (it repeated the tab and was shown once). The tray message stays: the
window may start behind others; clicking it brings the window forward on
«На сегодня»."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from tbn4_desktop import APP_TITLE
from tbn4_desktop.core.deadlines import DeadlineState
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.ui.dashboard import DeadlineRow
from tbn4_desktop.ui.icons import app_icon

NOTICE_TITLE = N_("Сроки, требующие внимания")


def urgent_rows(rows: Sequence[DeadlineRow]) -> list[DeadlineRow]:
    """Overdue first, then due within 3 working days; each by date."""
    urgent = [r for r in rows if r.state.is_urgent]
    return sorted(urgent, key=lambda r: (r.state is not DeadlineState.OVERDUE, r.due or date.max, r.code, r.period))


def summary_text(rows: Sequence[DeadlineRow]) -> str:
    """«Сроки подзадач — просрочено: 3, срок в ближайшие 3 рабочих дня: 1. Подробности — на вкладке «На сегодня».»"""
    overdue = sum(r.state is DeadlineState.OVERDUE for r in rows)
    soon = sum(r.state is DeadlineState.DUE_3 for r in rows)
    if overdue and not soon:
        return tr("Сроки подзадач — просрочено: {overdue}. Подробности — на вкладке «На сегодня».").format(
            overdue=overdue
        )
    if soon and not overdue:
        return tr(
            "Сроки подзадач — срок в ближайшие 3 рабочих дня: {soon}. Подробности — на вкладке «На сегодня»."
        ).format(soon=soon)
    return tr(
        "Сроки подзадач — просрочено: {overdue}, срок в ближайшие 3 рабочих дня: {soon}. "
        "Подробности — на вкладке «На сегодня»."
    ).format(overdue=overdue, soon=soon)


def _bring_forward(parent: QWidget) -> None:
    parent.showNormal()
    parent.activateWindow()
    page = getattr(parent, "today_page", None)
    if page is not None:
        page.show_page()
    QApplication.processEvents()


def tray_notify(parent: QWidget, rows: Sequence[DeadlineRow]) -> QSystemTrayIcon | None:
    """A tray message, where the desktop has a tray; the icon stays while the
    app runs (owned by `parent`). None when there is no tray."""
    if not rows or not QSystemTrayIcon.isSystemTrayAvailable():
        return None
    tray = QSystemTrayIcon(app_icon(), parent)
    tray.setToolTip(tr(APP_TITLE))
    tray.show()
    tray.showMessage(tr(NOTICE_TITLE), summary_text(rows), QSystemTrayIcon.MessageIcon.Warning, 10000)
    tray.messageClicked.connect(lambda: _bring_forward(parent))
    return tray
