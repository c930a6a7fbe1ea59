"""«Журнал изменений» and a subtask's «История»: on the demo year, the
entries newest first, the filters, the details of an entry, the XLSX export,
and the window fitting 1366×768 at 125 % (screenshots to look at)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate

from tbn4_desktop.core.journal import AuditAction

YEAR = 2025
AS_OF = date(2026, 1, 15)
SHOTS = Path("/tmp/h12/shots")


@pytest.fixture
def demo_org(ctx):
    from tbn4_desktop.services.demo import create_demo

    return create_demo(ctx, YEAR, today=AS_OF)


def journal_rows(ctx, **flt):
    from tbn4_desktop.services.audit import JournalFilter, list_entries

    with ctx.store.session() as s:
        return list_entries(s, JournalFilter(**flt))


def shot(widget, name: str) -> None:
    if SHOTS.parent.is_dir():
        SHOTS.mkdir(exist_ok=True)
        widget.grab().save(str(SHOTS / name))


def open_journal(qtbot, ctx, **kw):
    from tbn4_desktop.ui.journal_window import JournalWindow

    window = JournalWindow(ctx, **kw)
    qtbot.addWidget(window)
    window.resize(1093, 614)  # 1366×768 at 125 %, less the taskbar
    window.show()
    return window


def test_the_journal_lists_every_entry_newest_first_and_filters(qtbot, ctx, demo_org):
    window = open_journal(qtbot, ctx)
    everything = journal_rows(ctx)
    model = window.model
    assert model.rowCount() == len(everything) > 100
    assert [model.row_at(i).id for i in range(3)] == [e.id for e in everything[:3]]
    assert window.count_label.text() == f"Записей: {len(everything)}."
    assert model.text(model.row_at(0), 0) == everything[0].at.strftime("%d.%m.%Y %H:%M")
    shot(window, "journal_window.png")

    window.code_edit.setText("1.2.1")
    window.reload()
    codes = {model.row_at(i).subtask_code for i in range(model.rowCount())}
    assert codes == {"1.2.1"}
    window.action_combo.setCurrentIndex(window.action_combo.findData(AuditAction.ROW_ADDED.value))
    assert model.rowCount() == 4 and all(model.row_at(i).action == "row_added" for i in range(4))
    window.date_to.setDate(QDate.currentDate().addDays(-1))
    assert model.rowCount() == 0 and window.count_label.text() == "Записей нет."
    assert not window.export_button.isEnabled()
    window.reset_filters()
    assert model.rowCount() == len(everything) and window.code_edit.text() == ""
    users = [window.user_combo.itemText(i) for i in range(window.user_combo.count())]
    assert users[0] == "Все пользователи" and everything[0].who in users


def test_an_entry_shows_its_details_and_the_journal_saves_as_xlsx(qtbot, ctx, demo_org, tmp_path):
    window = open_journal(qtbot, ctx)
    window.table.selectRow(0)
    newest = journal_rows(ctx, limit=1)[0]
    text = window.details.toPlainText()
    assert text.startswith(f"№{newest.id}, ") and newest.summary in text and "Подробности: {" in text

    target = tmp_path / "журнал"
    job = window.save_to(target, window.model.rows())
    with qtbot.waitSignal(job.signals.finished, timeout=10000):
        pass
    saved = tmp_path / "журнал.xlsx"
    assert window.count_label.text() == f"Журнал сохранён: {saved} (записей: {window.model.rowCount()})."
    ws = load_workbook(saved).active
    assert ws.max_row == window.model.rowCount() + 1 and isinstance(ws["B2"].value, datetime)


def test_history_of_a_subtask_from_the_panel(qtbot, ctx, demo_org, modal):
    from tbn4_desktop.ui.main_window import MainWindow

    main = MainWindow(ctx, demo_org, YEAR)
    main.as_of = AS_OF
    qtbot.addWidget(main)
    main.resize(1093, 614)
    main.show()
    with qtbot.waitSignal(main.treeFilled, timeout=5000):
        main.load()
    main.focus_tree()  # the window opens on «На сегодня»
    main.tree.select_subtask("1.2.1")
    assert main.panel.history_button.isVisible()
    shot(main, "main_window_history_button.png")
    with qtbot.waitSignal(main.panel.historyRequested, timeout=2000) as signal:
        main.panel.history_button.click()
    assert signal.args == ["1.2.1", ""]
    from tbn4_desktop.ui.journal_window import JournalWindow

    [history] = [w for w in main.findChildren(JournalWindow) if w.history]
    assert history.windowTitle().startswith("История подзадачи 1.2.1 (за год)")
    rows = history.model.rows()
    assert rows and {(r.subtask_code, r.period, r.organization_id) for r in rows} == {("1.2.1", "", demo_org.id)}
    assert not history.code_edit.isEnabled()
    history.resize(1093, 614)
    shot(history, "subtask_history.png")
    main.tree.select_subtask("4.2.2")  # monthly: the whole subtask, every month
    assert main.panel.history_target() == ("4.2.2", None)
    journal = main.open_journal()
    assert not journal.history and journal.model.rowCount() > len(rows)


def test_the_journal_fits_a_small_screen_and_filters_by_day(qtbot, ctx, demo_org):
    window = open_journal(qtbot, ctx)
    minimum = window.minimumSizeHint()
    assert minimum.width() <= 1093 and minimum.height() <= 614, minimum
    window.date_from.setDate(QDate.currentDate())
    assert window.model.rowCount() == len(journal_rows(ctx, date_from=date.today())) > 0
    window.date_from.setDate(QDate.currentDate().addDays(1))
    assert window.model.rowCount() == 0


def test_a_subordinate_journal_from_its_bundle(qtbot, ctx, tmp_path):
    from tbn4_desktop.services.imports import import_bundle
    from tests.services.import_fixtures import demo_bundle, oblast

    district, bundle = demo_bundle(tmp_path / "district")
    district.close()
    region = oblast(tmp_path / "oblast")
    try:
        import_bundle(region, bundle, add_unknown_subordinate=True)
        window = open_journal(qtbot, region)
        assert window.source_combo.count() == 2
        assert window.source_combo.itemText(1).endswith("за 2025 год (из принятого пакета)")
        own = window.model.rowCount()
        window.source_combo.setCurrentIndex(1)
        assert window.model.rowCount() > own
        assert any(window.model.row_at(i).action == "upload_marked" for i in range(window.model.rowCount()))
        shot(window, "journal_window_subordinate.png")
        window.close()
    finally:
        region.close()
