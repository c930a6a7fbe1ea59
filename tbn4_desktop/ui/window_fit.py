"""Every window fits the screen it opens on.

A window asks for its natural size; it gets that size, but never more than
the work area of its screen (QScreen.availableGeometry: the desktop less the
taskbar) less the title bar and a small margin. On the laptop most offices
have, 1366×768 at 125 % with the taskbar, that is about 1090×540 logical
pixels; at 1280×720 and 125 %, about 1010×500.

Sizes and positions are remembered per user (QSettings) and, when restored,
brought back onto the work area of the screen the window opens on now: a
window last used on an office monitor must not open half off a laptop.

Before a window is shown its frame is unknown, so the frame of a Windows
10/11 window is assumed: a 31-pixel title bar and a 1-pixel border (in
logical pixels, which Windows scales with the text).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QByteArray,
    QEvent,
    QMargins,
    QObject,
    QPoint,
    QRect,
    QSettings,
    QSize,
)
from PySide6.QtGui import QCursor, QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

#: The frame Windows draws around a window (logical pixels).
FRAME = QMargins(1, 31, 1, 1)
#: Free space kept between a window's frame and the edge of the work area.
MARGIN = 4


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen a window opens on: its parent window's, else the one under
    the mouse (where Windows opens a new top-level window), else the primary."""
    parent = widget.parentWidget()
    if parent is not None and parent.window().isVisible():
        return parent.window().screen()
    if widget.isVisible():
        return widget.screen()
    return QGuiApplication.screenAt(QCursor.pos()) or QGuiApplication.primaryScreen()


def work_area(widget: QWidget) -> QRect:
    """Where the window's frame may lie: the available geometry less MARGIN."""
    screen = screen_of(widget)
    if screen is None:  # no screen at all (never on a desktop): do not limit
        return QRect(0, 0, 100_000, 100_000)
    return screen.availableGeometry().marginsRemoved(QMargins(MARGIN, MARGIN, MARGIN, MARGIN))


def room(widget: QWidget) -> QSize:
    """The largest size (without frame) a window may have on its screen."""
    return room_in(work_area(widget))


def room_in(area: QRect) -> QSize:
    """The largest size (without frame) of a window whose frame lies in `area`."""
    return QSize(area.width() - FRAME.left() - FRAME.right(), area.height() - FRAME.top() - FRAME.bottom())


def laptop_size(preferred: QSize, width: int = 1366, height: int = 768, taskbar: int = 40) -> QSize:
    """The size a window preferring `preferred` gets on a laptop's screen
    (the screenshots show windows as they open there)."""
    area = QRect(0, 0, width, height - taskbar).marginsRemoved(QMargins(MARGIN, MARGIN, MARGIN, MARGIN))
    return preferred.boundedTo(room_in(area))


def fitted_size(widget: QWidget, preferred: QSize | None = None) -> QSize:
    """`preferred` (else the widget's size hint), at least what the layout
    needs, at most the room of the screen."""
    limit = room(widget)
    wanted = QSize(preferred) if preferred is not None and preferred.isValid() else widget.sizeHint()
    wanted = wanted.expandedTo(widget.minimumSizeHint()).expandedTo(widget.minimumSize())
    return wanted.boundedTo(limit)


def fit_window(widget: QWidget, preferred: QSize | None = None, *, key: str | None = None) -> None:
    """Size and place a top-level window or dialog before it is shown.

    `key`: the QSettings key under which its geometry is remembered for the
    user (saved whenever it is hidden) and restored, clamped to the screen."""
    limit = room(widget)
    # A minimum larger than the screen would push the buttons off it.
    widget.setMinimumSize(widget.minimumSize().boundedTo(limit))
    widget.resize(fitted_size(widget, preferred))
    widget.move(_centred(widget))
    if key:
        saved = QSettings().value(key)
        if isinstance(saved, QByteArray | bytes) and saved and widget.restoreGeometry(QByteArray(saved)):
            clamp_to_screen(widget)
        remember_geometry(widget, key)


def restore_geometry(widget: QWidget, saved: object, preferred: QSize) -> None:
    """For a window that keeps its own settings (the main window): the saved
    geometry clamped to the screen, else `preferred` fitted to it."""
    limit = room(widget)
    widget.setMinimumSize(widget.minimumSize().boundedTo(limit))
    if isinstance(saved, QByteArray | bytes) and saved and widget.restoreGeometry(QByteArray(saved)):
        clamp_to_screen(widget)
        return
    widget.resize(fitted_size(widget, preferred))
    widget.move(_centred(widget))


def clamp_to_screen(widget: QWidget) -> None:
    """Shrink and move a (restored) window so its frame lies in the work area
    of its screen; a maximized or full-screen window is left to the system."""
    if widget.isMaximized() or widget.isFullScreen():
        return
    limit = room(widget)
    size = widget.size().boundedTo(limit).expandedTo(widget.minimumSize().boundedTo(limit))
    if size != widget.size():
        widget.resize(size)
    widget.move(_inside(work_area(widget), widget.pos(), size))


def remember_geometry(widget: QWidget, key: str) -> None:
    """Save the window's geometry under `key` whenever it is hidden (closed)."""
    for child in widget.findChildren(_GeometrySaver):
        if child.key == key:
            return
    _GeometrySaver(widget, key)


class _GeometrySaver(QObject):
    def __init__(self, widget: QWidget, key: str):
        super().__init__(widget)
        self.key = key
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWidget) and watched.isWindow():
            QSettings().setValue(self.key, watched.saveGeometry())
        return False


def _centred(widget: QWidget) -> QPoint:
    """The frame position centring the window on its parent window (on the
    work area for a window without one), kept inside the work area."""
    area = work_area(widget)
    parent = widget.parentWidget()
    anchor = parent.window().frameGeometry() if parent is not None and parent.window().isVisible() else area
    size = widget.size()
    frame_w = size.width() + FRAME.left() + FRAME.right()
    frame_h = size.height() + FRAME.top() + FRAME.bottom()
    wanted = QPoint(anchor.center().x() - frame_w // 2, anchor.center().y() - frame_h // 2)
    return _inside(area, wanted, size)


def _inside(area: QRect, pos: QPoint, size: QSize) -> QPoint:
    """`pos` (a frame's top-left) moved so that the frame lies in `area`."""
    frame_w = size.width() + FRAME.left() + FRAME.right()
    frame_h = size.height() + FRAME.top() + FRAME.bottom()
    x = max(area.left(), min(pos.x(), area.left() + area.width() - frame_w))
    y = max(area.top(), min(pos.y(), area.top() + area.height() - frame_h))
    return QPoint(x, y)
