"""«Файл → Импорт пакета подведомственной организации…»: the chosen bundle is
imported in the background, an unknown organisation is offered to be added,
and the window shows the new subordinate."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tbn4_desktop.services.organizations import get_current_organization
from tests.services.import_fixtures import demo_bundle, oblast, snapshot

DEMO_NAME = "Аппарат акима Байзакского района"


@pytest.fixture(scope="module")
def bundle(tmp_path_factory):
    ctx, path = demo_bundle(tmp_path_factory.mktemp("ui-import"))
    ctx.close()
    return path


@pytest.fixture
def oblast_window(qtbot, tmp_path, modal):
    from tbn4_desktop.ui.main_window import MainWindow

    ctx = oblast(tmp_path / "область")
    with ctx.store.session() as s:
        org = get_current_organization(s)
    window = MainWindow(ctx, org)
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.treeFilled, timeout=5000):
        window.load()
    yield window
    ctx.close()


def choose(monkeypatch, path: Path | None, seen: dict | None = None) -> None:
    def fake(parent, caption, directory, filter_):
        if seen is not None:
            seen.update(caption=caption, filter=filter_)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(fake))


def run_import(qtbot, window):
    window.import_action.trigger()
    controller = window.import_controller
    qtbot.waitUntil(lambda: not controller.running, timeout=30000)
    return controller


def test_the_menu_imports_the_demo_bundle_after_adding_the_subordinate(
    qtbot, monkeypatch, oblast_window, bundle, modal
):
    window = oblast_window
    assert window.import_action.text() == "&Импорт пакета подведомственной организации…"
    assert window.tabs.indexOf(window.subordinates_page) < 0  # no subordinates yet
    seen: dict = {}
    choose(monkeypatch, bundle, seen)
    controller = run_import(qtbot, window)

    assert seen["caption"] == "Пакет подведомственной организации" and "(*.zip)" in seen["filter"]
    assert modal.texts[0] == f"Добавить «{DEMO_NAME}» как подведомственную организацию?"
    assert modal.boxes[-1]["name"] == "importResult" and modal.texts[-1] == "Пакет принят."
    assert "Организация добавлена как подведомственная." in modal.boxes[-1]["informative"]
    assert controller.result is not None and controller.result.added_subordinate
    assert window.statusBar().currentMessage() == f"Принят пакет «{DEMO_NAME}» за 2025 год."
    assert window.tabs.indexOf(window.subordinates_page) >= 0  # the roll-up tab appears

    choose(monkeypatch, bundle)
    run_import(qtbot, window)
    assert modal.texts[-1] == "Пакет уже был принят."


def test_declining_to_add_the_organisation_imports_nothing(qtbot, monkeypatch, oblast_window, bundle, modal):
    from PySide6.QtWidgets import QMessageBox

    modal.answer = QMessageBox.StandardButton.No
    before = snapshot(oblast_window.ctx)
    choose(monkeypatch, bundle)
    run_import(qtbot, oblast_window)
    assert modal.texts[-1] == "Пакет не принят: организация не добавлена."
    assert snapshot(oblast_window.ctx) == before


def test_a_broken_file_is_explained(qtbot, monkeypatch, oblast_window, tmp_path, modal):
    junk = tmp_path / "письмо.zip"
    junk.write_bytes(b"no zip" * 100)
    choose(monkeypatch, junk)
    run_import(qtbot, oblast_window)
    assert modal.texts[-1].startswith("Файл «письмо.zip» не является пакетом ТБН-4")


def test_cancel_changes_nothing(qtbot, monkeypatch, oblast_window, bundle, modal):
    from tbn4_desktop.ui import jobs

    monkeypatch.setattr(jobs.Job, "is_cancelled", lambda self: True)
    before = snapshot(oblast_window.ctx)
    choose(monkeypatch, bundle)
    run_import(qtbot, oblast_window)
    assert "Приём пакета отменён" in modal.texts[-1]
    assert snapshot(oblast_window.ctx) == before


def test_no_file_chosen_means_no_import(monkeypatch, oblast_window, modal):
    choose(monkeypatch, None)
    oblast_window.import_action.trigger()
    assert not oblast_window.import_controller.running and modal.boxes == []
