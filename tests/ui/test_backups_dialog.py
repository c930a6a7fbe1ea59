"""«Файл → Резервные копии…»: the list, «Создать копию сейчас», a restore
in the running app (confirmation, the current state saved first, the
window re-read), refusals, the backup folder setting, the backup on closing."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tbn4_desktop.core import backup as fmt
from tbn4_desktop.core.settings import load_settings
from tbn4_desktop.services import backups as B

SHOTS = Path("/tmp/h12/shots")


def rename_organization(ctx, organization, name: str):
    from tbn4_desktop.services.organizations import (
        get_organization,
        update_organization,
    )
    from tbn4_desktop.services.records import OrganizationInput

    with ctx.store.session() as session:
        current = get_organization(session, organization.id)
        return update_organization(
            session,
            organization.id,
            OrganizationInput(name=name, bin=current.bin, level=current.level, parent_name=current.parent_name or ""),
            current.version,
        )


def table_rows(dialog) -> list[list[str]]:
    table = dialog.table
    return [[table.topLevelItem(r).text(c) for c in range(4)] for r in range(table.topLevelItemCount())]


@pytest.fixture
def dialog(qtbot, main_window):
    dialog = main_window.open_backups()
    qtbot.addWidget(dialog)
    return dialog


def test_menu_opens_the_window_and_create_now_adds_a_row(qtbot, main_window, dialog):
    assert main_window.backups_action.text() == "&Резервные копии…"
    assert table_rows(dialog) == []
    assert "ещё нет" in dialog.warnings.text()
    with qtbot.waitSignal(main_window.backup_runner.finished, timeout=10000):
        dialog.create_button.click()
    rows = table_rows(dialog)
    assert len(rows) == 1 and rows[0][1] == "вручную" and rows[0][3] == "0"
    assert rows[0][2].endswith("КБ") or rows[0][2].endswith("МБ")
    assert "том же диске" in dialog.warnings.text() and "ещё нет" not in dialog.warnings.text()
    assert dialog.status.text().startswith("Резервная копия создана: ")
    if SHOTS.is_dir():
        dialog.grab().save(str(SHOTS / "backups_dialog.png"))


def test_restore_in_the_running_app(qtbot, main_window, dialog, ctx, organization, modal):
    with qtbot.waitSignal(main_window.backup_runner.finished, timeout=10000):
        dialog.create_button.click()
    backup = dialog.backups[0]
    rename_organization(ctx, organization, "ГУ «Переименованный аппарат»")
    dialog.refresh()
    assert table_rows(dialog)[0][3] == "1"  # one change since the copy
    dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
    with qtbot.waitSignal(dialog.restored, timeout=20000):
        dialog.restore_button.click()
    question = modal.boxes[0]
    assert question["text"] == f"Восстановить данные из резервной копии от {backup.created:%d.%m.%Y %H:%M}?"
    assert "сначала будет сохранено" in question["informative"] and "Восстановить" in question["buttons"]
    qtbot.waitUntil(lambda: len(modal.boxes) == 2)
    assert modal.boxes[1]["text"].startswith("Данные восстановлены из резервной копии от ")
    assert main_window.organization.name == organization.name  # the window re-read the data
    assert organization.name in main_window.windowTitle()
    reasons = [r[1] for r in table_rows(dialog)]
    assert "перед восстановлением" in reasons  # the way back
    undo = next(b for b in dialog.backups if b.reason == "before-restore")
    assert "Переименованный" in (fmt.read_manifest(undo.path).organization or "")


def test_a_damaged_backup_is_refused_and_nothing_changes(qtbot, main_window, dialog, ctx, organization, modal):
    with qtbot.waitSignal(main_window.backup_runner.finished, timeout=10000):
        dialog.create_button.click()
    backup = dialog.backups[0]
    manifest = fmt.read_manifest(backup.path)
    (backup.path / fmt.MANIFEST_NAME).write_bytes(replace(manifest, db_sha256="0" * 64).to_json())
    rename_organization(ctx, organization, "ГУ «Новое имя»")
    dialog.refresh()
    dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: len(modal.boxes) == 2, timeout=10000)
    assert "повреждён" in modal.boxes[1]["text"]
    from tbn4_desktop.services.organizations import get_current_organization

    with ctx.store.session() as session:
        assert get_current_organization(session).name == "ГУ «Новое имя»"
    assert len(dialog.backups) == 1  # no «before-restore» made


def test_restore_refused_while_the_wizard_is_open(main_window, dialog, modal):
    main_window.wizard = object()  # stands for an open wizard
    B.make_backup(main_window.ctx)
    dialog.refresh()
    dialog.restore_selected()
    assert modal.texts == [
        ("Закройте мастер исполнения подзадачи и другие окна программы, затем повторите восстановление.")
    ]
    main_window.wizard = None


def test_backup_folder_setting(main_window, dialog, ctx, modal, tmp_path):
    assert not dialog.set_folder(ctx.data_dir / "attachments" / "копии")
    assert "внутри папки вложений" in modal.texts[0]
    assert load_settings(ctx.data_dir).backup_dir is None
    target = tmp_path / "другой диск" / "копии"
    assert dialog.set_folder(target)
    assert load_settings(ctx.data_dir).backup_dir == str(target)
    assert dialog.folder_label.text() == f"Папка резервных копий: {target}"


def test_the_shared_database_is_explained(main_window, ctx, qtbot):
    ctx.settings.database_url = "postgresql+psycopg://office@server/tbn4"
    try:
        dialog = main_window.open_backups()
        qtbot.addWidget(dialog)
        texts = [w.text() for w in dialog.findChildren(type(dialog.status))]
        assert B.SERVER_NOTE in texts
    finally:
        ctx.settings.database_url = None


def test_closing_makes_a_backup_when_something_changed(qtbot, main_window, ctx, organization):
    main_window.start_auto_backups()
    B.make_backup(ctx, reason="auto")
    main_window.close()
    assert not main_window.isVisible()
    root = B.backup_root(ctx.data_dir, ctx.settings)
    assert [b.reason for b in B.list_backups(root)] == ["auto"]  # nothing changed: closed at once
    main_window.show()
    rename_organization(ctx, organization, "ГУ «Изменено перед закрытием»")
    main_window.close()
    assert main_window.isVisible()  # held until the copy is made
    qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=10000)
    newest = B.list_backups(root)[0]
    assert newest.reason == "closing" and "перед закрытием" in (newest.manifest.organization or "")
