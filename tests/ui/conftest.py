"""GUI test fixtures: offscreen Qt, Russian translations, window state in a
temporary QSettings folder, message boxes answered by the test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from dataclasses import dataclass, field
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole

VALID_BIN = "050340001235"


@pytest.fixture(scope="session", autouse=True)
def tbn4_qapp(qapp, tmp_path_factory):
    """The test QApplication set up like the real one (names, translators),
    with QSettings kept out of the user's profile."""
    settings_dir = tmp_path_factory.mktemp("qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(settings_dir))
    from tbn4_desktop.ui.app import ensure_application

    return ensure_application()


@dataclass
class ModalRecorder:
    """Stands in for every message box: records it and answers."""

    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    boxes: list[dict] = field(default_factory=list)

    def __call__(self, box: QMessageBox) -> QMessageBox.StandardButton:
        self.boxes.append(
            {
                "text": box.text(),
                "informative": box.informativeText(),
                "name": box.objectName(),
                "icon": box.icon(),
                "buttons": [b.text() for b in box.buttons()],
            }
        )
        return self.answer

    @property
    def texts(self) -> list[str]:
        return [b["text"] for b in self.boxes]


@pytest.fixture
def modal(monkeypatch) -> ModalRecorder:
    from tbn4_desktop.ui import errors

    recorder = ModalRecorder()
    monkeypatch.setattr(errors, "run_modal", recorder)
    return recorder


@pytest.fixture
def ctx(data_dir: Path):
    from tbn4_desktop.services.context import open_app

    context = open_app(data_dir)
    yield context
    context.close()


@pytest.fixture
def organization(ctx):
    """A district akimat with an akim, a chief of staff and a deputy (who may
    not sign at district level)."""
    from tbn4_desktop.services.organizations import (
        OrganizationInput,
        SignatoryInput,
        create_organization,
    )

    with ctx.store.session() as session:
        return create_organization(
            session,
            OrganizationInput(
                name="ГУ «Аппарат акима Каратальского района»",
                bin=VALID_BIN,
                level=OrgLevel.DISTRICT,
                parent_name="ГУ «Аппарат акима Алматинской области»",
            ),
            [
                SignatoryInput("Ахметов Серик Болатович", "Аким Каратальского района", SignerRole.DISTRICT_AKIM),
                SignatoryInput(
                    "Иванова Анна Петровна", "Руководитель аппарата акима района", SignerRole.CHIEF_OF_STAFF
                ),
                SignatoryInput("Жумабаев Ерлан Маратович", "Заместитель акима района", SignerRole.DEPUTY_HEAD),
            ],
        )


@pytest.fixture
def main_window(qtbot, ctx, organization, modal):
    from tbn4_desktop.ui.main_window import MainWindow

    window = MainWindow(ctx, organization)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.treeFilled, timeout=5000):
        window.load()
    return window


@pytest.fixture
def pdf_file(tmp_path: Path) -> Path:
    from PIL import Image

    path = tmp_path / "Приказ_подписанный.pdf"
    Image.new("RGB", (200, 280), "white").save(path, "PDF")
    return path


@pytest.fixture
def png_file(tmp_path: Path) -> Path:
    from PIL import Image

    path = tmp_path / "скан_страница_2.png"
    Image.new("RGB", (120, 160), (230, 230, 230)).save(path, "PNG")
    return path


@pytest.fixture
def fake_exe_pdf(tmp_path: Path) -> Path:
    """A Windows executable renamed to .pdf."""
    path = tmp_path / "договор.pdf"
    path.write_bytes(
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
        + b"\x00" * 48
        + b"This program cannot be run in DOS mode.\r\n"
        + b"\x00" * 400
    )
    return path


def type_text(widget, text: str) -> None:
    """Type text char by char; qtbot.keyClicks aborts on Cyrillic."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
