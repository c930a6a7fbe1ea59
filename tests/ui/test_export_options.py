"""The export dialog: what to export (year, project, only what changed), ZIP
or folder, and the pre-flight list shown before anything is written."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.services.executions import add_attachment
from tbn4_desktop.services.export_scope import ScopeKind
from tbn4_desktop.ui.export_dialog import ExportDialog

from .test_export import answer_dialog, choose_target, wait_export


def test_the_preflight_list_follows_the_chosen_scope(qtbot, main_window):
    dialog = ExportDialog(main_window, main_window.ctx, main_window.organization, main_window.year)
    qtbot.addWidget(dialog)
    assert dialog.year_radio.isChecked() and dialog.zip_radio.isChecked()
    assert dialog.table.horizontalHeaderItem(2).text() == "Замечание"
    n_year = dialog.table.rowCount()
    # Nothing done yet in the new year: every checklist says what it lacks, in its own sentence.
    rows = [tuple(dialog.table.item(r, c).text() for c in range(3)) for r in range(n_year)]
    assert (
        "1.1.1",
        "за год",
        "Подзадачу 1.1.1 нельзя завершить: нет подписанного документа "
        "«Утверждённый график проведения внутреннего анализа коррупционных рисков» (скана с подписью или "
        "файла с ЭЦП).",
    ) in rows
    assert (
        "1.1.3",
        "за год",
        "Подзадачу 1.1.3 нельзя завершить: нет ссылки «Ссылка на публикацию "
        "анонса на интернет-ресурсе, в СМИ и социальных сетях».",
    ) in rows
    assert dialog.table.item(0, 2).toolTip() == dialog.table.item(0, 2).text()
    assert dialog.summary.text().startswith(f"Проверка перед выгрузкой: {n_year} замечани")
    assert "Только изменённое (выгрузок ещё не было" in dialog.changed_radio.text()

    dialog.project_combo.setCurrentIndex(dialog.project_combo.findData(4))
    assert dialog.project_radio.isChecked()
    assert dialog.scope().kind is ScopeKind.PROJECT and dialog.scope().project == 4
    codes = {dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())}
    assert codes and all(code.startswith("4.") for code in codes)
    assert dialog.table.rowCount() < n_year


def test_a_folder_export_from_the_menu(qtbot, monkeypatch, tmp_path, main_window, pdf_file, modal):
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
    where = tmp_path / "Выгрузки"
    where.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a: str(where)))
    seen: list = []
    answer_dialog(monkeypatch, lambda d: d.folder_radio.setChecked(True), seen=seen)
    main_window.export_action.trigger()
    controller = wait_export(qtbot, main_window)
    target = where / f"ТБН4_{main_window.year}_050340001235"
    assert controller.result is not None and controller.result.path == target and controller.result.folder
    manifest = json.loads((target / "manifest.json").read_text("utf-8"))
    assert manifest["scope"]["kind"] == "year"
    assert any(p.suffix == ".pdf" for p in target.rglob("*"))
    assert modal.boxes[-1]["text"] == "Папка пакета для загрузки в ИСПУ сохранена."
    assert seen[0]["folder"] and seen[0]["rows"]

    # The same place again: a numbered new folder, the first one untouched.
    answer_dialog(monkeypatch, lambda d: d.folder_radio.setChecked(True))
    main_window.export_action.trigger()
    wait_export(qtbot, main_window)
    assert (where / f"ТБН4_{main_window.year}_050340001235 (2)" / "manifest.json").is_file()


def test_only_changed_with_nothing_changed_says_so(qtbot, monkeypatch, tmp_path, main_window, modal):
    choose_target(monkeypatch, tmp_path / "первый.zip")
    answer_dialog(monkeypatch)
    main_window.export_action.trigger()
    wait_export(qtbot, main_window)
    assert (tmp_path / "первый.zip").is_file()

    seen: list = []
    choose_target(monkeypatch, tmp_path / "второй.zip")
    answer_dialog(monkeypatch, lambda d: d.changed_radio.setChecked(True), seen=seen)
    main_window.export_action.trigger()
    wait_export(qtbot, main_window)
    assert seen[0]["rows"] == [] and seen[0]["summary"] == "Проверка перед выгрузкой: замечаний нет."
    assert modal.texts[-1].startswith("С последней выгрузки (")
    assert modal.texts[-1].endswith("ничего не изменилось: пакет не сформирован.")
    assert not (tmp_path / "второй.zip").exists()


def test_cancel_in_the_dialog_asks_for_no_file(monkeypatch, main_window, modal):
    asked: list = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: asked.append(a) or ("", "")))
    answer_dialog(monkeypatch, accept=False)
    main_window.export_action.trigger()
    assert asked == [] and main_window.export_controller.job is None and modal.boxes == []


def test_screenshot_of_the_dialog(qtbot, main_window, tmp_path):
    dialog = ExportDialog(main_window, main_window.ctx, main_window.organization, main_window.year)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # Every label fits: nothing clipped at this size.
    for radio in (dialog.year_radio, dialog.project_radio, dialog.changed_radio, dialog.zip_radio, dialog.folder_radio):
        assert radio.width() >= radio.sizeHint().width()
    assert dialog.grab().save(str(Path(tmp_path) / "export.png"))
