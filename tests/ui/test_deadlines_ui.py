"""The «Сроки» view, the month calendar, the anchors and decrees dialogs,
the start-up notice and the Карта actions, on the demo year 2025 seen on
10.06.2025 (plan approved 02.06.2025: 1.1.8 was due 05.06.2025)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import update

from tbn4_desktop.core.catalog import AnchorEvent
from tbn4_desktop.core.deadlines import DeadlineState
from tbn4_desktop.models import SubtaskExecution
from tbn4_desktop.ui.dashboard import COL_DUE, COL_JUDGED, COL_STATE, ROW_ROLE

YEAR = 2025
AS_OF = date(2025, 6, 10)
ANCHORS = {
    AnchorEvent.ANALYSIS_START: date(2025, 4, 1),
    AnchorEvent.ANALYSIS_END: date(2025, 5, 12),
    AnchorEvent.REPORT_SIGNED: date(2025, 5, 20),
    AnchorEvent.PLAN_APPROVED: date(2025, 6, 2),
}


@pytest.fixture
def demo_org(ctx):
    from tbn4_desktop.services.deadlines import set_anchors
    from tbn4_desktop.services.demo import create_demo
    from tbn4_desktop.services.executions import find_year_plan

    org = create_demo(ctx, YEAR, today=AS_OF)
    with ctx.store.session() as session:
        plan_id = find_year_plan(session, org.id, YEAR).id
        set_anchors(session, plan_id, ANCHORS)
        # 1.2.1 as before the oblast's Карта arrives: no date yet.
        session.execute(
            update(SubtaskExecution)
            .where(SubtaskExecution.year_plan_id == plan_id, SubtaskExecution.subtask_code == "1.2.1")
            .values(due_date_override=None)
        )
    return org


@pytest.fixture
def window(qtbot, ctx, demo_org, modal):
    from tbn4_desktop.ui.main_window import MainWindow

    w = MainWindow(ctx, demo_org, YEAR)
    w.as_of = AS_OF
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.deadlinesChanged, timeout=5000):
        w.load()
    return w


def row(window, code: str, period: str = ""):
    return next(r for r in window.deadline_rows if r.code == code and r.period == period)


def test_dashboard_shows_the_states_of_the_year(window):
    assert row(window, "1.1.3").state is DeadlineState.DONE_ON_TIME
    overdue = row(window, "1.1.8")
    assert (overdue.due, overdue.state) == (date(2025, 6, 5), DeadlineState.OVERDUE)
    assert "05.06.2025" in overdue.explanation and overdue.execution_id is not None
    # 1.1.9 reports the four quarters after the report's signing (20.05.2025):
    # none ends in the II квартал, the first is due in September.
    assert row(window, "1.1.9", "Q2").state is DeadlineState.NOT_APPLICABLE
    assert row(window, "1.1.9", "Q3").state is DeadlineState.LATER
    assert row(window, "4.1.3").state is DeadlineState.NOT_APPLICABLE
    assert row(window, "1.2.1").state is DeadlineState.NO_DATE

    # Traffic lights: icon + word + count per project.
    lights = window.dashboard.lights[1]
    assert "Просрочено: 3" in lights.text()
    assert not lights.buttons[DeadlineState.OVERDUE].icon().isNull()
    assert set(window.dashboard.lights) == {1, 2, 3, 4}

    # The table: the state column has an icon and a word.
    table = window.dashboard.table
    proxy = table.model()
    index = next(
        proxy.index(r, COL_STATE) for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ROW_ROLE).code == "1.1.8"
    )
    assert index.data() == "Просрочено"
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert index.siblingAtColumn(COL_DUE).data() == "05.06.2025"
    assert window.dashboard.model.rowCount() == len(window.deadline_rows)


def test_each_row_says_what_judges_it_and_what_is_missing(window):
    """A Карта date is judged by the upload mark, an action deadline by its
    document's date; the tooltip names the missing documents."""
    window.dashboard.reset_filters()  # «Все»: the view opens on «Требуют внимания»
    proxy = window.dashboard.table.model()

    def index_of(code, period=""):
        return next(
            proxy.index(r, COL_JUDGED)
            for r in range(proxy.rowCount())
            if (proxy.index(r, 0).data(ROW_ROLE).code, proxy.index(r, 0).data(ROW_ROLE).period) == (code, period)
        )

    assert index_of("2.1.1").data() == "по загрузке в ИСПУ"
    assert index_of("1.1.8").data() == "по дате документа"
    plan = index_of("1.1.7")
    assert plan.data() == "по дате документа"
    tip = plan.siblingAtColumn(COL_STATE).data(Qt.ItemDataRole.ToolTipRole)
    assert "по дате документа «" in tip
    assert tip.splitlines()[-1].startswith("Подзадачу 1.1.7 нельзя завершить: нет подписанного документа")
    # «Готово к загрузке» past its Карта date is overdue: not uploaded yet.
    ready = row(window, "4.1.1", "Q1")
    assert ready.state is DeadlineState.OVERDUE and ready.missing == ""
    assert "отметки о загрузке в ИСПУ нет" in ready.tooltip
    uploaded = row(window, "1.1.1")
    assert uploaded.judged_by_upload and uploaded.upload_mark.startswith("отметка: Загружено в ИСПУ")
    # The calendar's day list says it too.
    window.month_calendar.select_day(date(2025, 6, 5))
    assert any(
        line.startswith("1.1.8") and line.endswith("(по дате документа)") for line in window.month_calendar.day_lines()
    )


def test_filters_and_sorting(window):
    dash = window.dashboard
    dash.state_combo.setCurrentIndex(dash.state_combo.findData(DeadlineState.OVERDUE.value))
    # Project 1 steps behind the anchors; the I квартал сверка and the March–May
    # monthly events behind the demo's Карта dates; 4.1.1 (I квартал) and 4.2.2
    # (February) are «Готово к загрузке» but not uploaded by their Карта dates.
    assert {r.code for r in dash.visible_rows()} == {"1.1.6", "1.1.7", "1.1.8", "2.2.1", "4.1.1", "4.2.2"}
    assert "из" in dash.summary.text()

    dash.reset_filters()
    dash.project_combo.setCurrentIndex(dash.project_combo.findData(2))
    assert dash.visible_rows() and all(r.code.startswith("2.") for r in dash.visible_rows())

    dash.reset_filters()
    executor = next(r.executor for r in window.deadline_rows if r.code == "1.1.8")
    dash.executor_combo.setCurrentIndex(dash.executor_combo.findData(executor))
    assert dash.visible_rows() and {r.executor for r in dash.visible_rows()} == {executor}

    dash.reset_filters()
    dash.state_combo.setCurrentIndex(dash.state_combo.findData("attention"))
    assert {r.state for r in dash.visible_rows()} <= {DeadlineState.OVERDUE, DeadlineState.DUE_3, DeadlineState.DUE_10}

    dash.reset_filters()
    dash.table.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
    dues = [r.due for r in dash.visible_rows()]
    dated = [d for d in dues if d is not None]
    assert dated == sorted(dated) and dues[: len(dated)] == dated  # undated last
    dash.table.sortByColumn(COL_STATE, Qt.SortOrder.AscendingOrder)
    assert dash.visible_rows()[0].state is DeadlineState.OVERDUE

    # Clicking a project's light filters the table to it.
    dash.lights[1].buttons[DeadlineState.OVERDUE].click()
    assert {r.code for r in dash.visible_rows()} == {"1.1.6", "1.1.7", "1.1.8"}


def test_double_click_opens_the_wizard_with_its_deadline(window):
    table = window.dashboard.table
    proxy = table.model()
    index = next(proxy.index(r, 0) for r in range(proxy.rowCount()) if proxy.index(r, 0).data(ROW_ROLE).code == "1.1.8")
    table.doubleClicked.emit(index)
    wizard = window.wizard
    assert wizard is not None and wizard.state.detail.info.subtask_code == "1.1.8"
    text = wizard.intro_page.text.toPlainText()
    assert "05.06.2025 — " in text and "Просрочено" in text
    assert "Засчитывается по дате документа «" in text
    wizard.reject()


def test_subtask_panel_and_tree_show_the_deadline(window):
    from tbn4_desktop.ui.catalog_tree import COL_DUE as TREE_DUE

    window.tree.select_subtask("1.1.8")
    text = window.panel.browser.toPlainText()
    assert "05.06.2025" in text and "Просрочено" in text and "утверждения плана" in text
    index = window.tree.tree_model.index_of_subtask("1.1.8")
    assert index.siblingAtColumn(TREE_DUE).data() == "05.06.2025"
    window.tree.select_subtask("1.1.9")
    text = window.panel.browser.toPlainText()
    assert "III квартал" in text and "12.09.2025" in text
    assert "Засчитывается по дате документа «" in text
    # «Выполнить…» on the subtask skips Q2, whose deadline does not apply (no monitoring quarter ends in it) …
    assert window.panel.target.period != "Q2" and window.panel.hint.text().startswith("Выполнить за период")
    # … and Q2 chosen by hand says so, but stays executable: the instruction is silent on it.
    window.tree.select_execution(next(e.id for e in window.tree.tree_model.executions_of("1.1.9") if e.period == "Q2"))
    assert "не применяется" in window.panel.hint.text() and window.panel.execute_button.isEnabled()


def test_month_calendar_marks_transfers_holidays_and_due_days(window):
    from tbn4_desktop.ui.month_calendar import (
        DAY_OFF,
        HOLIDAY,
        KIND_ROLE,
        WORKING_WEEKEND,
    )

    cal = window.month_calendar
    cal.show_month(2025, 1)
    assert cal.month_label.text() == "Январь 2025"
    index = cal.model.index_of(date(2025, 1, 5))
    assert index.data(KIND_ROLE) == WORKING_WEEKEND
    assert "Рабочий день" in index.data(Qt.ItemDataRole.ToolTipRole)
    cal.show_month(2025, 3)
    for day in (21, 22, 23):
        index = cal.model.index_of(date(2025, 3, day))
        assert index.data(KIND_ROLE) == HOLIDAY, day
        assert "Наурыз" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert cal.model.index_of(date(2025, 3, 24)).data(KIND_ROLE) == DAY_OFF
    assert "22.03.2025" in cal.model.index_of(date(2025, 3, 24)).data(Qt.ItemDataRole.ToolTipRole)

    cal.select_day(date(2025, 6, 5))
    assert cal.month_label.text() == "Июнь 2025"
    assert any(line.startswith("1.1.8") and "Просрочено" in line for line in cal.day_lines())
    assert "1.1.8" in cal.model.index_of(date(2025, 6, 5)).data(Qt.ItemDataRole.ToolTipRole)
    # Enter on the day's deadline opens its wizard.
    cal.day_list.itemActivated.emit(cal.day_list.item(0))
    assert window.wizard is not None
    window.wizard.reject()
    cal.step_month(1)
    assert cal.month_label.text() == "Июль 2025"


def test_anchor_dialog_saves_and_due_dates_follow(window, qtbot):
    from tbn4_desktop.ui.anchor_dialog import AnchorDialog

    window.anchors_action.trigger()
    dialog = window.findChild(AnchorDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.values() == ANCHORS
    # Out of order: a warning from the engine, shown as the user edits.
    dialog.edits[AnchorEvent.ANALYSIS_END].set_value(date(2025, 3, 1))
    assert dialog.warnings.isVisible() and "раньше" in dialog.warnings.text()
    dialog.edits[AnchorEvent.ANALYSIS_END].set_value(ANCHORS[AnchorEvent.ANALYSIS_END])
    assert not dialog.warnings.isVisible()
    # «не указана» is allowed.
    dialog.edits[AnchorEvent.ANALYSIS_START].set_value(None)
    assert dialog.edits[AnchorEvent.ANALYSIS_START].text() == "не указана"
    dialog.edits[AnchorEvent.PLAN_APPROVED].set_value(date(2025, 6, 9))
    with qtbot.waitSignal(window.deadlinesChanged, timeout=5000):
        assert dialog.save()
    moved = row(window, "1.1.8")
    assert (moved.due, moved.state) == (date(2025, 6, 12), DeadlineState.DUE_3)
    assert row(window, "1.1.3").due is None
    assert window.dashboard.lights[1].buttons[DeadlineState.DUE_3].text() == "Срок ≤ 3 раб. дн.: 1"


def test_anchor_dialog_refuses_a_date_out_of_range(window):
    dialog = window.edit_anchors()
    dialog.edits[AnchorEvent.PLAN_APPROVED].set_value(date(2030, 1, 10))
    assert not dialog.save()
    assert "2024–2026" in dialog.field_errors[AnchorEvent.PLAN_APPROVED].message()
    dialog.reject()


def test_decrees_dialog_adds_a_day_off_and_the_calendar_and_due_dates_change(window, qtbot, modal):
    from tbn4_desktop.ui.month_calendar import DAY_OFF, KIND_ROLE, WORKING

    dialog = window.edit_decrees()
    dialog.date_edit.setDate(date(2025, 6, 4))
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("day_off"))
    dialog.note_edit.setText("Перенос выходного дня (проверка)")
    dialog.basis_edit.setText("Постановление Правительства РК № 1")
    with qtbot.waitSignal(window.deadlinesChanged, timeout=5000):
        assert dialog.add()
    assert dialog.table.rowCount() == 1 and dialog.table.item(0, 1).text() == "Выходной день"
    index = window.month_calendar.model.index_of(date(2025, 6, 4))
    window.month_calendar.show_month(2025, 6)
    index = window.month_calendar.model.index_of(date(2025, 6, 4))
    assert index.data(KIND_ROLE) == DAY_OFF
    assert "проверка" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert row(window, "1.1.8").due == date(2025, 6, 9)  # 03, 05 and 09 June: 06.06.2025 is Курбан айт

    # The same day twice: refused with the reason beside the date.
    dialog.note_edit.setText("ещё раз")
    assert not dialog.add()
    assert "уже есть" in dialog.date_error.message()

    dialog.table.selectRow(0)
    with qtbot.waitSignal(window.deadlinesChanged, timeout=5000):
        assert dialog.remove_selected()
    assert any("Удалить перенос на 04.06.2025" in t for t in modal.texts)
    assert dialog.table.rowCount() == 0
    assert window.month_calendar.model.index_of(date(2025, 6, 4)).data(KIND_ROLE) == WORKING
    assert row(window, "1.1.8").due == date(2025, 6, 5)
    dialog.reject()


def test_start_opens_on_today_and_no_notice_window_repeats_it(window):
    """«На сегодня» is the first page and lists what the old notice window
    listed; only the tray message (where there is a tray) is left."""
    from PySide6.QtWidgets import QDialog

    from tbn4_desktop.ui.startup_notice import summary_text, urgent_rows

    window.show_startup_notice()
    assert window.tabs.currentWidget() is window.today_page
    assert not [d for d in window.findChildren(QDialog) if d.isVisible()]
    rows = urgent_rows(window.deadline_rows)
    assert rows[0].state is DeadlineState.OVERDUE
    assert summary_text(rows).endswith("Подробности — на вкладке «На сегодня».")
    listed = {(w.line.code, w.line.period) for w in window.today_page.view.line_widgets}
    assert {(r.code, r.period) for r in rows} <= listed


def test_no_notice_when_nothing_is_urgent(window):
    window.as_of = date(2025, 1, 10)
    window.refresh_deadlines()
    assert not any(r.state.is_urgent for r in window.deadline_rows)
    assert window.show_startup_notice() is None


def test_startup_notice_is_scheduled_after_start_but_not_in_exit_after_start(data_dir, ctx, demo_org):
    """In a child process: app.exec() + quit() in this one would leave the
    test session's event loop unable to deliver queued signals."""
    import textwrap

    from tests.ui.test_app import run_python

    ctx.close()
    probe = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        import tbn4_desktop.ui.app as app
        from tbn4_desktop.ui.main_window import MainWindow
        original = MainWindow.show_startup_notice
        def shown(self):
            notice = original(self)
            print("NOTICE", self.ctx is not None, self.deadline_rows is not None, flush=True)
            QTimer.singleShot(0, QApplication.instance().quit)
            return notice
        MainWindow.show_startup_notice = shown
        print("EXIT", app.run_gui(Path({str(data_dir)!r}), exit_after_start=True), flush=True)
        print("RUN", app.run_gui(Path({str(data_dir)!r})), flush=True)
    """)
    done = run_python(probe)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["EXIT", "0", "NOTICE", "True", "True", "RUN", "0"]


def wait_karta(qtbot, window) -> None:
    # Join the worker first (a plain thread wait), then let the queued
    # signals arrive.
    assert window.karta_controller.job.wait(20)
    qtbot.waitUntil(lambda: not window.karta_controller.running, timeout=10000)


def test_karta_template_and_import_from_the_menu(window, qtbot, modal, monkeypatch, tmp_path: Path):
    from openpyxl import load_workbook

    from tbn4_desktop.core.karta_xlsx import FIRST_DATA_ROW
    from tbn4_desktop.ui import karta_actions

    target = tmp_path / "Карта.xlsx"
    monkeypatch.setattr(
        karta_actions.QFileDialog,
        "getSaveFileName",
        staticmethod(lambda *a, **k: (str(target), karta_actions.XLSX_FILTER)),
    )
    window.karta_template_action.trigger()
    wait_karta(qtbot, window)
    assert target.is_file()
    assert any("Шаблон Карты реализации на 2025 год сохранён" in t for t in modal.texts)

    wb = load_workbook(target)
    ws = wb.active
    for r in range(FIRST_DATA_ROW, ws.max_row + 1):
        if ws.cell(r, 1).value == "1.2.1":
            ws.cell(r, 5).value = date(2025, 6, 11)
    wb.save(target)
    monkeypatch.setattr(
        karta_actions.QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (str(target), karta_actions.XLSX_FILTER)),
    )
    window.karta_import_action.trigger()
    with qtbot.waitSignal(window.deadlinesChanged, timeout=10000):
        wait_karta(qtbot, window)
    assert any("изменено 1" in t for t in modal.texts)
    imported = row(window, "1.2.1")
    assert (imported.due, imported.state) == (date(2025, 6, 11), DeadlineState.DUE_3)


def test_a_refused_karta_is_a_russian_message(window, qtbot, modal, monkeypatch, tmp_path: Path):
    from tbn4_desktop.ui import karta_actions

    bad = tmp_path / "не_карта.xlsx"
    bad.write_bytes(b"not a workbook")
    monkeypatch.setattr(
        karta_actions.QFileDialog,
        "getOpenFileName",
        staticmethod(lambda *a, **k: (str(bad), karta_actions.XLSX_FILTER)),
    )
    window.karta_import_action.trigger()
    wait_karta(qtbot, window)
    assert modal.texts and modal.boxes[-1]["icon"] == modal.boxes[-1]["icon"].Critical or modal.texts
    assert any(ord(ch) > 0x400 for ch in modal.texts[-1])  # a Russian sentence
    assert row(window, "1.2.1").due is None


def test_keyboard_reaches_the_deadline_view(window):
    actions = {a.text().replace("&", ""): a for m in window.menuBar().actions() for a in m.menu().actions()}
    assert actions["Показать сроки года"].shortcut().toString() == "Ctrl+3"
    actions["Показать сроки года"].trigger()
    assert window.tabs.currentWidget() is window.deadline_page
    window.focus_tree()
    assert window.tabs.currentWidget() is window.splitter


def test_deadline_table_stays_model_view_with_many_rows(qtbot):
    from tbn4_desktop.core.deadlines import DeadlineState as S
    from tbn4_desktop.ui.dashboard import DashboardView, DeadlineRow

    view = DashboardView()
    qtbot.addWidget(view)
    from tbn4_desktop.core.catalog_registry import CatalogRegistry  # noqa: F401
    from tbn4_desktop.services.catalogs import load_catalogs

    catalog = load_catalogs(Path(qtbot._request.getfixturevalue("tmp_path")))[0].for_year(YEAR)
    states = list(S)
    rows = [
        DeadlineRow(
            code=f"{1 + i % 4}.1.{i % 9 + 1}",
            title="Подзадача",
            project=1 + i % 4,
            period="",
            due=date(2025, 1 + i % 12, 1 + i % 28),
            state=states[i % len(states)],
            explanation="правило",
            executor=f"Отдел {i % 7}",
            execution_id=i,
        )
        for i in range(20000)
    ]
    view.set_rows(rows, catalog)
    view.table.sortByColumn(COL_DUE, Qt.SortOrder.AscendingOrder)
    view.set_filters(state=S.OVERDUE)
    assert view.proxy.rowCount() == sum(r.state is S.OVERDUE for r in rows)
    assert view.table.indexWidget(view.proxy.index(0, 0)) is None
    assert not view.table.model().index(0, 0).parent().isValid()
    assert QModelIndex().isValid() is False


def test_project_lights_keep_their_height_when_refreshed_on_screen(window):
    window.show_dashboard()
    before = window.dashboard.lights_area.height()
    assert before > 60  # four lines of states fit
    window.refresh_deadlines()  # e.g. after the anchors changed, with the tab on screen
    assert window.dashboard.lights_area.height() == before
    assert all(not light.isHidden() for light in window.dashboard.lights.values())


def test_deadlines_open_on_attention_most_urgent_first(window):
    from tbn4_desktop.ui.dashboard import ATTENTION_STATES, STATE_ORDER

    dash = window.dashboard
    assert dash.state_combo.currentText() == "Требуют внимания"
    shown = dash.visible_rows()
    assert shown and {r.state for r in shown} <= ATTENTION_STATES
    keys = [(STATE_ORDER.index(r.state), r.due) for r in shown]
    assert keys == sorted(keys)  # overdue first, then by the working days left
    assert shown[0].state is DeadlineState.OVERDUE
    # The total counts what applies; what does not apply is said apart.
    applicable = sum(r.state is not DeadlineState.NOT_APPLICABLE for r in window.deadline_rows)
    not_applicable = len(window.deadline_rows) - applicable
    assert f"Показано сроков: {len(shown)} из {applicable}." in dash.summary.text()
    assert f"Не применяются ещё {not_applicable}" in dash.summary.text()
    dash.reset_filters()
    assert all(r.state is not DeadlineState.NOT_APPLICABLE for r in dash.visible_rows())
    # A 1.1.9 quarter without a monitoring quarter says the instruction is silent on it.
    dash.set_filters(state=DeadlineState.NOT_APPLICABLE)
    q2 = next(r for r in dash.visible_rows() if (r.code, r.period) == ("1.1.9", "Q2"))
    assert "Инструкция не говорит" in q2.explanation
    dash.set_filters(state="attention")


def test_sections_fold_and_the_choice_is_remembered(window, qtbot):
    from tbn4_desktop.ui.dashboard import DashboardView

    window.show_dashboard()
    dash = window.dashboard
    for key in ("kpis", "lights", "calendar"):
        dash.set_section_shown(key, True)
    assert dash.lights_area.isVisible() and window.month_calendar.isVisible()
    table_before = dash.table.height()
    dash.set_section_shown("lights", False)
    dash.set_section_shown("calendar", False)
    dash.set_section_shown("kpis", False)
    qtbot.waitUntil(lambda: dash.table.height() > table_before, timeout=2000)
    assert not dash.lights_area.isVisible() and not window.month_calendar.isVisible()
    assert not dash.kpi_strip.isVisible()
    dash.state_combo.setCurrentIndex(dash.state_combo.findData(DeadlineState.OVERDUE.value))
    again = DashboardView()
    qtbot.addWidget(again)
    assert not again.section_shown("lights") and not again.section_shown("calendar")
    assert again.state_combo.currentData() == DeadlineState.OVERDUE.value
    dash.state_combo.setCurrentIndex(dash.state_combo.findData("attention"))
    for key in ("kpis", "lights", "calendar"):
        dash.set_section_shown(key, True)
    assert window.month_calendar.isVisible()


def test_project_4_card_is_whole_at_1280(window, qtbot):
    window.resize(1280, 720)
    window.show_dashboard()
    dash = window.dashboard
    dash.set_section_shown("lights", True)
    qtbot.waitUntil(lambda: dash.lights_area.width() < 1000, timeout=2000)
    area = dash.lights_area
    for card in dash.lights.values():
        geometry = card.geometry()
        assert card.isVisible() and area.rect().contains(geometry), (card.number, geometry, area.rect())
        assert geometry.width() >= card.sizeHint().width()


def test_calendar_cells_never_cut_the_count():
    from PySide6.QtGui import QFont, QFontMetrics

    from tbn4_desktop.ui.month_calendar import count_text

    metrics = QFontMetrics(QFont())
    assert count_text(22, 1000, metrics) == "22 срока"
    assert count_text(11, 1000, metrics) == "11 сроков"
    assert count_text(1, 1000, metrics) == "1 срок"
    narrow = metrics.horizontalAdvance("22 сро")
    assert count_text(22, narrow, metrics) == "22"
