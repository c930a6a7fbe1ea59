"""Small widgets shared by the dialogs."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

ERROR_COLOR = "#a4000f"


QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's own limit of a widget's size


class FieldError(QWidget):
    """The message under a field that was refused: a warning icon and the
    words, in dark red (the icon and words carry it, not the colour)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 2)
        layout.setSpacing(6)
        self._icon = QLabel(self)
        from PySide6.QtWidgets import QStyle  # not at import: the first paint does not need its enums

        style = QApplication.style()
        if style is not None:
            self._icon.setPixmap(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16))
        self._icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        # Beside the icon, even when the form gives the row more height.
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setStyleSheet(f"color: {ERROR_COLOR};")
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self._icon)
        layout.addWidget(self.label, 1)
        self.hide()

    def set_message(self, message: str | None) -> None:
        self.label.setText(message or "")
        self.setVisible(bool(message))
        self.setAccessibleDescription(message or "")
        self._fit_height()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_height()

    def _fit_height(self) -> None:
        # Layouts size a word-wrapped label for one line when space is
        # short; pin its height to what the text needs at the width it will
        # get, so a two-line message is never cut off.
        layout = self.layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        width = self.width() - margins.left() - margins.right() - self._icon.sizeHint().width() - layout.spacing()
        if width < 80:
            return
        pinned = self.label.minimumHeight()
        # QLabel's heightForWidth is bounded by its own minimum and maximum:
        # free them to learn what the text needs at this width.
        self.label.setMinimumHeight(0)
        self.label.setMaximumHeight(QWIDGETSIZE_MAX)
        needed = self.label.heightForWidth(width)
        height = needed if needed > 0 else pinned
        self.label.setMinimumHeight(height)
        self.label.setMaximumHeight(height)  # no empty lines under a message that got wider
        if height != pinned:
            self.updateGeometry()

    def message(self) -> str:
        parent = self.parentWidget()
        # Qt's isVisibleTo(nullptr) is isVisible(); the stubs refuse None.
        visible = self.isVisibleTo(parent) if parent is not None else self.isVisible()
        return self.label.text() if visible else ""


def buddy_label(text: str, field: QWidget, parent: QWidget) -> QLabel:
    """A form label whose mnemonic (&) moves the focus to `field`."""
    label = QLabel(text, parent)
    label.setBuddy(field)
    return label


def with_error(field: QWidget, error: FieldError) -> QWidget:
    """`field` with its FieldError under it, as one form cell that passes the focus on."""
    box = QWidget()
    v = QVBoxLayout(box)
    v.setContentsMargins(0, 0, 0, 0)
    v.setSpacing(2)
    v.addWidget(field)
    v.addWidget(error)
    box.setFocusProxy(field)
    return box


def mark_invalid(edit: QWidget, invalid: bool) -> None:
    """A red frame on a refused field, next to its FieldError message."""
    edit.setProperty("invalid", invalid)
    if isinstance(edit, QLineEdit):
        edit.setStyleSheet(f"QLineEdit {{ border: 2px solid {ERROR_COLOR}; }}" if invalid else "")


def heading(text: str, parent: QWidget | None = None, *, scale: float = 1.25) -> QLabel:
    label = QLabel(text, parent)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * scale)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def wrapped(text: str, parent: QWidget | None = None, *, selectable: bool = True) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def fit_to_screen(widget: QWidget, wanted: QSize, *, key: str | None = None) -> None:
    """Size a window to `wanted`, never beyond the work area of its screen
    (ui/window_fit.py); `key`: remember its geometry for the user there."""
    from tbn4_desktop.ui.window_fit import fit_window

    fit_window(widget, wanted, key=key)
