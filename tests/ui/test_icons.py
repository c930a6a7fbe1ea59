"""Status and deadline icons: each state its own SVG, and a Qt standard icon
in its place when the SVG cannot be drawn (a trimmed frozen build)."""

from __future__ import annotations

from PySide6.QtWidgets import QStyle

from tbn4_desktop.core.deadline_types import DeadlineState
from tbn4_desktop.core.vocabulary import ExecutionStatus
from tbn4_desktop.ui import icons


def test_every_state_has_a_drawn_icon_of_its_own():
    drawn = [icons.status_icon(status) for status in ExecutionStatus]
    drawn += [icons.deadline_icon(state) for state in DeadlineState if state is not DeadlineState.NOT_APPLICABLE]
    images = {icon.pixmap(16, 16).toImage().bits().tobytes() for icon in drawn}
    assert all(not icon.isNull() for icon in drawn)
    assert len(images) == len(drawn)


def test_the_stand_ins_are_qt_standard_pixmaps():
    names = [*icons._FALLBACKS.values(), *icons._DEADLINE_FALLBACKS.values()]
    assert all(isinstance(getattr(QStyle.StandardPixmap, name), QStyle.StandardPixmap) for name in names)


def test_an_icon_that_cannot_be_drawn_is_replaced_by_its_stand_in():
    icon = icons._load("no-such-icon.svg", "SP_MessageBoxCritical")
    assert not icon.isNull() and not icon.pixmap(16, 16).isNull()
