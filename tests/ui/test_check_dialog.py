"""«Справка → Проверка данных»: findings in Russian with sizes, «Исправить»
after a confirmation, evidence never touched."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from tbn4_desktop.core.tempfiles import host_tag
from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.services.executions import add_attachment, ensure_year_plan, list_executions
from tbn4_desktop.ui.check_dialog import CheckDialog

SHOTS = Path("/tmp/h12/shots")


@pytest.fixture
def damaged(ctx, organization, catalog, pdf_file):
    """A folder with a changed scan, a stray blob of 2 МБ and a killed import's staging folder."""
    with ctx.store.session() as s:
        plan = ensure_year_plan(s, organization.id, 2025, catalog)
        execution = list_executions(s, plan.id)[0]
        info = add_attachment(s, ctx.blobs, execution.id, pdf_file, AttachmentRole.SIGNED_SCAN, max_bytes=1 << 22)
    changed = ctx.blobs.path_of(info.sha256)
    changed.write_bytes(changed.read_bytes() + b"% edited")
    content = b"%PDF-1.4 stray " * 140_000
    sha = hashlib.sha256(content).hexdigest()
    stray = ctx.blobs.path_of(sha)
    stray.parent.mkdir(parents=True, exist_ok=True)
    stray.write_bytes(content)
    then = time.time() - 7200
    os.utime(stray, (then, then))
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    stage = ctx.blobs.root / f"~tbn4-import-{host_tag()}-{child.pid}-0badc0de"
    stage.mkdir()
    (stage / "staged-bundle.zip").write_bytes(b"PK" * 20_000)
    return changed, stray, stage


def run_check(qtbot, ctx) -> CheckDialog:
    dialog = CheckDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    assert dialog.wait_idle()
    return dialog


def test_findings_are_shown_with_sizes_and_repair_quarantines_after_confirmation(qtbot, ctx, damaged, modal):
    changed, stray, stage = damaged
    edited = changed.read_bytes()
    dialog = run_check(qtbot, ctx)
    text = dialog.details.toPlainText()
    assert "«Приказ_подписанный.pdf»" in text and "повреждён или изменён" in text
    assert str(stray) in text and "2,0 МБ" in text
    assert str(stage) in text and "39 КБ" in text
    assert "Проверка данных нашла проблем: 1." in dialog.status.text()
    assert dialog.repair_button.isEnabled()
    SHOTS.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(SHOTS / "check-dialog.png"))

    modal.answer = QMessageBox.StandardButton.Yes
    dialog.repair_button.click()
    assert dialog.wait_idle()
    [question] = modal.boxes
    assert question["text"] == "Убрать лишние файлы?" and "карантина" in question["informative"]
    assert "Исправить" in question["buttons"]
    moved = list((ctx.data_dir / "quarantine").glob(f"*/{stray.parent.name}/{stray.name}"))
    assert len(moved) == 1 and not stray.exists() and not stage.exists()
    assert changed.read_bytes() == edited  # the evidence stays as it is
    assert "Файлов перенесено в карантин: 1" in dialog.details.toPlainText()
    assert not dialog.repair_button.isEnabled()  # what is left, repair cannot fix
    dialog.grab().save(str(SHOTS / "check-dialog-repaired.png"))


def test_declining_the_confirmation_changes_nothing(qtbot, ctx, damaged, modal):
    _changed, stray, stage = damaged
    dialog = run_check(qtbot, ctx)
    modal.answer = QMessageBox.StandardButton.No
    dialog.repair_button.click()
    assert dialog.wait_idle()
    assert stray.exists() and stage.exists() and not (ctx.data_dir / "quarantine").exists()


def test_a_sound_folder_says_so_and_offers_no_repair(qtbot, ctx, organization):
    dialog = run_check(qtbot, ctx)
    assert "всё в порядке" in dialog.status.text()
    assert "Проблем не найдено." in dialog.details.toPlainText()
    assert not dialog.repair_button.isEnabled()


def test_the_help_menu_opens_the_check(main_window, qtbot):
    main_window.check_action.trigger()
    dialog = main_window.findChild(CheckDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.wait_idle()
    assert "всё в порядке" in dialog.status.text()
    dialog.close()


def test_the_preview_of_a_changed_file_says_it_is_damaged(qtbot, ctx, damaged):
    from tbn4_desktop.ui.document_preview import DocumentPreview

    changed, _stray, _stage = damaged
    preview = DocumentPreview()
    qtbot.addWidget(preview)
    preview.show_file(changed.name, changed, "application/pdf", "Приказ_подписанный.pdf")
    qtbot.waitUntil(lambda: "повреждён" in preview.image.text(), timeout=5000)
    assert "«Приказ_подписанный.pdf»" in preview.image.text()
