"""Help inside the app: the bundled user guide (guide.py, F1) and the
legend of every status and deadline state with its icon (legend.py).
`add_help_actions` puts both into a window's «Справка» menu; the guide and
the legend modules are imported when first opened (start-up time)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from tbn4_desktop.i18n import tr

if TYPE_CHECKING:
    from tbn4_desktop.ui.help.guide import GuideWindow
    from tbn4_desktop.ui.help.legend import LegendDialog

__all__ = ["add_help_actions", "show_guide", "show_legend"]


def show_guide(parent: QWidget | None = None, section: str = "") -> GuideWindow:
    from tbn4_desktop.ui.help import guide

    return guide.show_guide(parent, section)


def show_legend(parent: QWidget | None = None) -> LegendDialog:
    from tbn4_desktop.ui.help import legend

    return legend.show_legend(parent)


def add_help_actions(window: QWidget, menu: QMenu) -> tuple[QAction, QAction]:
    """«Руководство пользователя» (F1) and «Обозначения», added to `menu`."""
    guide = QAction(tr("&Руководство пользователя"), window)
    guide.setObjectName("guideAction")
    guide.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    guide.setStatusTip(tr("Открыть руководство пользователя (работает без интернета)"))
    guide.triggered.connect(lambda _checked=False: show_guide(window))
    legend = QAction(tr("&Обозначения"), window)
    legend.setObjectName("legendAction")
    legend.setStatusTip(tr("Что значат статусы, состояния сроков и их значки"))
    legend.triggered.connect(lambda _checked=False: show_legend(window))
    menu.addAction(guide)
    menu.addAction(legend)
    return guide, legend
