"""Every window and dialog fits the laptops offices have: 1366×768 and
1280×720, at 100 % and 125 %, less a 40-pixel taskbar; its frame lies in
the work area and every action button is inside it and not cut.

Each screen is simulated in its own process (window_fit_probe.py): Qt's
offscreen platform reads the screen from a JSON file and the scaling from
QT_SCALE_FACTOR, both fixed before the QApplication exists. The four
processes run at once; the two tightest screens are also checked in Kazakh.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

PROBE = Path(__file__).with_name("window_fit_probe.py")
ROOT = PROBE.parents[2]
TASKBAR = 40  # logical pixels, as Windows 10/11 draws it at any scale
SCREENS = {
    "1366x768@100": (1366, 768, 1.0, "ru"),
    "1366x768@125": (1366, 768, 1.25, "ru"),
    "1280x720@100": (1280, 720, 1.0, "ru"),
    "1280x720@125": (1280, 720, 1.25, "ru"),
    # Kazakh words are often longer: the tightest screens once more in Kazakh.
    "1366x768@125 kk": (1366, 768, 1.25, "kk"),
    "1280x720@125 kk": (1280, 720, 1.25, "kk"),
}


def screen_config(width: int, height: int, scale: float) -> dict:
    """The screen in device pixels, less the taskbar: the offscreen platform
    has no taskbar, so its whole geometry is the work area."""
    return {
        "screens": [
            {
                "name": "laptop",
                "x": 0,
                "y": 0,
                "width": width,
                "height": height - round(TASKBAR * scale),
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1.0,
            }
        ]
    }


@pytest.fixture(scope="module")
def probes(tmp_path_factory) -> dict[str, subprocess.Popen]:
    started = {}
    for name, (width, height, scale, language) in SCREENS.items():
        work = tmp_path_factory.mktemp(f"fit-{name.replace('@', '-').replace(' ', '-')}")
        config = work / "screen.json"
        config.write_text(json.dumps(screen_config(width, height, scale)), encoding="utf-8")
        env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
        env.update(
            QT_QPA_PLATFORM=f"offscreen:configfile={config}",
            QT_SCALE_FACTOR=str(scale),
            QT_ENABLE_HIGHDPI_SCALING="1",
            PYTHONPATH=str(ROOT),
        )
        started[name] = subprocess.Popen(
            [sys.executable, str(PROBE), str(work / "data"), str(work / "settings"), language],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
    yield started
    for process in started.values():
        if process.poll() is None:
            process.kill()


@pytest.mark.parametrize("screen", list(SCREENS))
def test_every_window_fits_the_screen(probes, screen):
    process = probes[screen]
    out, err = process.communicate(timeout=150)
    assert process.returncode == 0, f"{screen}: the probe failed:\n{err[-3000:]}"
    problems = [json.loads(line) for line in out.splitlines() if line.strip()]
    assert not problems, f"На экране {screen} (без панели задач {TASKBAR} px):\n" + "\n".join(problems)


def test_the_simulated_screen_is_the_work_area_of_a_laptop_at_125_percent(tmp_path):
    """The probe's screens are what they claim: 1280×720 at 125 % less the
    taskbar is 1024×536 logical pixels."""
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(screen_config(1280, 720, 1.25)), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("QT_")}
    env.update(QT_QPA_PLATFORM=f"offscreen:configfile={config}", QT_SCALE_FACTOR="1.25")
    code = (
        "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
        "g = app.primaryScreen().availableGeometry(); print(g.width(), g.height())"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=60, check=False
    )
    assert result.stdout.split() == ["1024", "536"], result.stderr


def test_a_window_gets_its_natural_size_where_it_fits(qtbot):
    from PySide6.QtCore import QSize
    from PySide6.QtWidgets import QDialog

    from tbn4_desktop.ui.window_fit import fit_window, room

    dialog = QDialog()
    qtbot.addWidget(dialog)
    fit_window(dialog, QSize(300, 200))
    assert dialog.size() == QSize(300, 200)
    fit_window(dialog, QSize(5000, 4000))  # more than any screen: the work area less the frame
    assert dialog.size() == room(dialog)


def test_a_geometry_remembered_on_a_larger_monitor_is_brought_back_onto_the_screen(qtbot):
    """A dialog last used at 1600×1000 far to the right of an office monitor
    opens inside the laptop's work area, its title bar reachable."""
    from PySide6.QtCore import QRect, QSettings, QSize
    from PySide6.QtWidgets import QDialog

    from tbn4_desktop.ui.window_fit import FRAME, fit_window

    wide = QDialog()
    qtbot.addWidget(wide)
    wide.setGeometry(QRect(2400, 900, 1600, 1000))
    QSettings().setValue("fitTest/geometry", wide.saveGeometry())
    dialog = QDialog()
    qtbot.addWidget(dialog)
    fit_window(dialog, QSize(400, 300), key="fitTest/geometry")
    area = dialog.screen().availableGeometry()
    frame = QRect(dialog.pos(), dialog.size().grownBy(FRAME))
    assert area.contains(frame), (frame, area)
    dialog.show()
    dialog.resize(500, 350)
    dialog.hide()  # closing remembers the new size
    again = QDialog()
    qtbot.addWidget(again)
    fit_window(again, QSize(400, 300), key="fitTest/geometry")
    assert again.size() == QSize(500, 350)
