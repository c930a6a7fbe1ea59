"""The «Сроки» traffic lights: one card per project with each deadline
state present (icon, word, count); clicking a line filters the table.

The cards flow: as many per row as the width holds, the rest on the next
row, so «Проект 4» is never cut off in a narrow window (1280 px and less)
and no sideways scrolling is needed."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.deadlines import DeadlineState
from tbn4_desktop.i18n import tc, tr
from tbn4_desktop.ui.icons import deadline_icon


def state_counts(rows: Iterable) -> dict[DeadlineState, int]:  # Iterable[dashboard.DeadlineRow]
    out: dict[DeadlineState, int] = {}
    for r in rows:
        out[r.state] = out.get(r.state, 0) + 1
    return out


class ProjectLights(QFrame):
    """One project's traffic light: each state present, with its icon, word
    and count; clicking a line filters the table to it."""

    chosen = Signal(int, object)  # project number, DeadlineState

    def __init__(
        self,
        number: int,
        title: str,
        counts: dict[DeadlineState, int],
        order: Iterable[DeadlineState],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.number = number
        self.setObjectName(f"projectLights{number}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(1)
        heading = QLabel("<b>{}</b>".format(tr("Проект {number}").format(number=number)), self)
        heading.setToolTip(tc(title))
        layout.addWidget(heading)
        self.buttons: dict[DeadlineState, QToolButton] = {}
        shown = [s for s in order if counts.get(s) and s is not DeadlineState.NOT_APPLICABLE]
        for state in shown:
            button = QToolButton(self)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
            button.setIcon(deadline_icon(state))
            button.setIconSize(QSize(16, 16))
            button.setText(f"{state.label}: {counts[state]}")
            button.setToolTip(
                tr("Показать в таблице: проект {number}, «{state}»").format(number=number, state=state.label)
            )
            if state in (DeadlineState.OVERDUE, DeadlineState.DUE_3):
                font = button.font()
                font.setBold(True)
                button.setFont(font)
            button.clicked.connect(lambda _=False, s=state: self.chosen.emit(self.number, s))
            layout.addWidget(button)
            self.buttons[state] = button
        if not shown:
            layout.addWidget(QLabel(tr("Сроков нет"), self))
        layout.addStretch(1)

    def text(self) -> str:
        return "; ".join(b.text() for b in self.buttons.values())


class LightsPanel(QWidget):
    """The project cards in rows of as many as the width holds."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("projectLights")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(6)
        self.cards: list[ProjectLights] = []
        self._columns = 0

    def set_cards(self, cards: list[ProjectLights]) -> None:
        for card in self.cards:
            self.grid.removeWidget(card)
            card.deleteLater()
        self.cards = cards
        for card in cards:
            card.setParent(self)
            card.show()  # a child added to a visible panel stays hidden (and unmeasured) otherwise
        self._columns = 0
        self._relayout(self.width())

    def columns_for(self, width: int) -> int:
        if not self.cards:
            return 1
        card = max(c.sizeHint().width() for c in self.cards)
        spacing = self.grid.horizontalSpacing()
        return max(1, min(len(self.cards), (width + spacing) // (card + spacing)))

    def _relayout(self, width: int) -> None:
        columns = self.columns_for(width)
        if columns != self._columns:
            for card in self.cards:
                self.grid.removeWidget(card)
            for i, card in enumerate(self.cards):
                self.grid.addWidget(card, i // columns, i % columns)
            for c in range(len(self.cards) + 1):
                self.grid.setColumnStretch(c, 1 if c == columns else 0)
            self._columns = columns
        self.setFixedHeight(self.grid.sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._relayout(event.size().width())

    def rows(self) -> int:
        return -(-len(self.cards) // max(self._columns, 1))
