"""A refused field's message sits beside its warning icon and takes the
lines it needs, no more (it used to float below the icon with empty lines
under it once its row got wider)."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from tbn4_desktop.ui.widgets import FieldError


def test_the_message_sits_beside_the_icon_and_takes_only_its_lines(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    layout = QVBoxLayout(host)
    error = FieldError(host)
    layout.addWidget(error)
    layout.addStretch(1)
    host.resize(300, 400)
    host.show()
    error.set_message(
        "На 04.06.2025 уже есть запись календаря («Перенос выходного дня (пример)»): удалите её, чтобы указать другую."
    )
    qtbot.waitUntil(lambda: error.label.height() > 0)
    narrow_lines = error.label.height()
    host.resize(900, 400)
    qtbot.waitUntil(lambda: error.label.height() < narrow_lines)
    qtbot.waitUntil(lambda: error.height() <= error.label.height() + 4)  # no empty lines under it
    assert abs(error.label.y() - error._icon.y()) <= 2  # beside the icon, not below it
    assert error.label.height() == error.label.heightForWidth(error.label.width())
