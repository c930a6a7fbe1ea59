"""«Экспорт пакета для загрузки в ИСПУ…» from the menu: a ZIP in the chosen
place, progress with «Отмена», and Russian messages."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.services.executions import add_attachment

pytest.importorskip("tbn4_desktop.services.export")


def choose_target(monkeypatch, path: Path | None, seen: dict | None = None) -> None:
    def fake(parent, caption, directory, filter_):
        if seen is not None:
            seen.update(caption=caption, directory=directory, filter=filter_)
        return (str(path) if path else "", "")

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))


def answer_dialog(monkeypatch, choose=None, accept=True, seen: list | None = None) -> None:
    """Stand in for the options dialog: let `choose(dialog)` set it, record it, answer."""
    from tbn4_desktop.ui import export_dialog

    def fake(dialog):
        if choose is not None:
            choose(dialog)
        if seen is not None:
            seen.append(
                {
                    "summary": dialog.summary.text(),
                    "rows": [
                        tuple(dialog.table.item(r, c).text() for c in range(3)) for r in range(dialog.table.rowCount())
                    ],
                    "scope": dialog.scope(),
                    "folder": dialog.as_folder(),
                }
            )
        return accept

    monkeypatch.setattr(export_dialog, "run_dialog", fake)


def wait_export(qtbot, window):
    controller = window.export_controller
    qtbot.waitUntil(lambda: not controller.running, timeout=20000)
    return controller


def test_export_from_the_menu_writes_a_zip(qtbot, monkeypatch, tmp_path, main_window, pdf_file, modal):
    info = main_window.tree.tree_model.executions_of("1.1.2")[0]
    with main_window.ctx.store.session() as session:
        add_attachment(
            session,
            main_window.ctx.blobs,
            info.id,
            pdf_file,
            AttachmentRole.SIGNED_SCAN,
            max_bytes=main_window.ctx.settings.max_attachment_bytes,
        )
    seen: dict = {}
    target = tmp_path / "out" / "пакет"
    target.parent.mkdir()
    choose_target(monkeypatch, target, seen)
    answer_dialog(monkeypatch)
    main_window.export_action.trigger()
    controller = wait_export(qtbot, main_window)

    year = main_window.year
    assert seen["directory"].endswith(f"ТБН4_{year}_050340001235.zip")
    assert "(*.zip)" in seen["filter"]
    written = target.with_name("пакет.zip")
    assert written.is_file()
    with zipfile.ZipFile(written) as zf:
        manifest = json.loads(zf.read("manifest.json"))
        names = zf.namelist()
    assert manifest["year"] == year
    assert any(n.endswith(".pdf") for n in names)
    assert controller.result is not None and controller.result.path == written
    assert modal.boxes[-1]["name"] == "exportResult"
    assert modal.boxes[-1]["text"] == "Пакет для загрузки в ИСПУ сохранён."
    assert "Открыть папку" in modal.boxes[-1]["buttons"]


def test_no_file_chosen_means_no_export(monkeypatch, main_window, modal):
    choose_target(monkeypatch, None)
    answer_dialog(monkeypatch)
    main_window.export_action.trigger()
    assert main_window.export_controller.job is None
    assert modal.boxes == []


def test_cancel_leaves_no_file(qtbot, monkeypatch, tmp_path, main_window, pdf_file, modal):
    from tbn4_desktop.ui import export_dialog, jobs

    info = main_window.tree.tree_model.executions_of("1.1.2")[0]
    with main_window.ctx.store.session() as session:
        add_attachment(
            session,
            main_window.ctx.blobs,
            info.id,
            pdf_file,
            AttachmentRole.SIGNED_SCAN,
            max_bytes=main_window.ctx.settings.max_attachment_bytes,
        )
    target = tmp_path / "cancelled.zip"
    controller = export_dialog.ExportController(
        main_window, main_window.ctx, main_window.organization, main_window.year
    )
    main_window.export_controller = controller
    # «Отмена» pressed before the worker's first look: deterministic.
    monkeypatch.setattr(jobs.Job, "is_cancelled", lambda self: True)
    controller.run(target)
    assert controller.progress.labelText().startswith("Формируется пакет")
    controller.progress.cancel()
    qtbot.waitUntil(lambda: not controller.running, timeout=20000)
    assert not target.exists()
    assert modal.texts[-1] == "Экспорт отменён: файл пакета не создан."


def test_an_impossible_target_is_explained(qtbot, monkeypatch, tmp_path, main_window, modal):
    choose_target(monkeypatch, tmp_path / "нет такой папки" / "пакет.zip")
    answer_dialog(monkeypatch)
    main_window.export_action.trigger()
    wait_export(qtbot, main_window)
    assert modal.boxes[-1]["name"] == "errorBox"
    assert modal.texts[-1].startswith("Пакет не сформирован. ")
    assert "не существует" in modal.texts[-1]
