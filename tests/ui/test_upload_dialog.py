"""«Отметить загрузку в ИСПУ» refuses a period whose checklist is no longer
complete (another user took a file back in the shared database between the
panel and the click) with the checklist's sentence; a complete one is
marked, and an upload after its Карта date is «Выполнено с опозданием»."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from sqlalchemy import text

from tbn4_desktop.core.deadlines import DeadlineState
from tbn4_desktop.core.vocabulary import ExecutionStatus

YEAR = 2025
AS_OF = date(2026, 1, 15)


@pytest.fixture
def window(qtbot, ctx, modal):
    from tbn4_desktop.services.demo import create_demo
    from tbn4_desktop.ui.main_window import MainWindow

    org = create_demo(ctx, YEAR, today=AS_OF)
    w = MainWindow(ctx, org, YEAR)
    w.as_of = AS_OF
    qtbot.addWidget(w)
    w.show()
    with qtbot.waitSignal(w.treeFilled, timeout=5000):
        w.load()
    return w


def select(window, code: str, period: str):
    info = next(e for e in window.tree.tree_model.executions_of(code) if e.period == period)
    window.focus_tree()  # the window opens on «На сегодня»
    window.tree.select_execution(info.id)
    return info


def test_an_incomplete_period_is_refused_with_the_checklist_sentence(qtbot, ctx, window):
    info = select(window, "4.1.1", "Q1")
    assert info.status is ExecutionStatus.READY_FOR_UPLOAD and window.panel.upload_button.isVisible()
    dialog = window.mark_uploaded()
    assert [e.id for e in dialog.executions] == [info.id] and dialog.catalog is window.catalog
    # Meanwhile, on another computer, the schedule's scan goes back to «Не распределено».
    with ctx.store.session() as s:
        s.execute(
            text("UPDATE attachment SET slot_key = '' WHERE execution_id = :id AND slot_key = 'schedule'"),
            {"id": info.id},
        )
    dialog.date_edit.setDate(QDate(2026, 1, 12))
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.general_error.message().startswith("Подзадачу 4.1.1 нельзя завершить: нет подписанного документа «")
    with ctx.store.session() as s:
        status = s.execute(text("SELECT status FROM subtask_execution WHERE id = :id"), {"id": info.id}).scalar()
    assert status == ExecutionStatus.READY_FOR_UPLOAD.value
    dialog.reject()


def test_a_complete_period_is_marked_and_judged_by_its_upload(qtbot, ctx, window):
    info = select(window, "4.1.1", "Q1")
    before = window.deadline_of_execution(info.id)
    assert before.state is DeadlineState.OVERDUE  # «Готово к загрузке» past its Карта date
    dialog = window.mark_uploaded()
    dialog.date_edit.setDate(QDate(2026, 1, 12))
    with qtbot.waitSignal(dialog.marked, timeout=2000):
        dialog.ok_button.click()
    after = window.deadline_of_execution(info.id)
    assert after.state is DeadlineState.DONE_LATE and after.judged_on == date(2026, 1, 12)
    assert after.upload_mark == "отметка: Загружено в ИСПУ 12.01.2026"
    assert window.tree.tree_model.execution(info.id).status is ExecutionStatus.UPLOADED
    assert "Отметка: Загружено в ИСПУ 12.01.2026." in window.panel.browser.toPlainText()


def test_without_a_catalog_the_plan_s_own_is_used(qtbot, ctx, window):
    from tbn4_desktop.ui.upload_dialog import UploadDialog

    info = select(window, "4.2.2", "M02")
    with ctx.store.session() as s:
        s.execute(text("UPDATE attachment SET slot_key = '' WHERE execution_id = :id"), {"id": info.id})
    dialog = UploadDialog(ctx, [info], window, today=AS_OF)
    qtbot.addWidget(dialog)
    dialog.ok_button.click()
    assert dialog.general_error.message().startswith("Подзадачу 4.2.2 нельзя завершить:")
    dialog.reject()
