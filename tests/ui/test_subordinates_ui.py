"""«Подведомственные» tab (a cell is done only with its checklist complete),
«Отметить загрузку в ИСПУ» and the matrix speed."""

import time
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTextBrowser

from tbn4_desktop.core.deadlines import DeadlineState
from tbn4_desktop.core.vocabulary import Channel, ExecutionStatus, OrgLevel, periods_of
from tbn4_desktop.services.checklist import SlotLinkInput, complete, set_slot_links
from tbn4_desktop.services.executions import find_year_plan, get_execution, list_executions
from tbn4_desktop.services.organizations import get_organization
from tbn4_desktop.services.rollup import PeriodStatus, SubordinateStatus
from tbn4_desktop.ui.subordinates_view import FIXED_COLUMNS, SubordinatesModel
from tbn4_desktop.ui.upload_dialog import UploadDialog
from tests.services.rollup_fixtures import BAIZAK, ZHUALY, make_region
from tests.ui.conftest import type_text

YEAR = 2023
AS_OF = date(YEAR, 10, 15)
SHOTS = Path("/tmp/shots-k")
DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"


def _shot(widget, name, doc_name):
    """A look for the developer in /tmp; with TBN4_DOC_SHOTS=1 also the docs image."""
    import os

    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / name))
    if os.environ.get("TBN4_DOC_SHOTS") == "1":
        from tbn4_desktop.ui.screenshots import save_png

        save_png(widget, DOCS / doc_name)


@pytest.fixture
def region(ctx):
    with ctx.store.session() as s:
        return make_region(s, ctx.catalog_for_year(YEAR), YEAR)


@pytest.fixture
def oblast_window(qtbot, ctx, region, modal):
    from tbn4_desktop.ui.main_window import MainWindow

    with ctx.store.session() as s:
        oblast = get_organization(s, region.oblast_id)
    window = MainWindow(ctx, oblast, YEAR)
    window.as_of = AS_OF
    qtbot.addWidget(window)
    window.resize(1400, 860)
    window.show()
    with qtbot.waitSignal(window.treeFilled, timeout=5000):
        window.load()
    window.focus_tree()  # the window opens on «На сегодня»
    return window


def _tab_titles(window):
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_no_tab_without_subordinates(main_window):
    assert main_window.refresh_deadlines()
    assert "Подведомственные" not in _tab_titles(main_window)
    in_menu = main_window.forms_menu.actions()
    assert not any(a in in_menu for a in main_window.consolidated_actions.values())


def test_the_tab_shows_each_subordinate_project3_and_who_is_late(qtbot, oblast_window):
    window = oblast_window
    assert _tab_titles(window)[-1] == "Подведомственные"
    texts = [a.text() for a in window.forms_menu.actions()]
    # after the forms, before the option of the «Сформировано…» line
    assert texts[-5:-2] == [
        "",
        "Сводное Приложение №1 по подведомственным…",
        "Сводное Приложение №3 по подведомственным…",
    ]
    window.tabs.setCurrentWidget(window.subordinates_page)
    view = window.subordinates_view
    model = view.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        BAIZAK,
        ZHUALY,
        "Аппарат акима Меркенского района",
    ]
    column = len(FIXED_COLUMNS) + model.codes.index("1.2.1")
    assert model.index(0, column).data() == "Не начато"
    assert "01.10.2023 — Просрочено" in model.index(0, column).data(Qt.ItemDataRole.ToolTipRole)
    # Жуалы marked 4.1.2 «Готово к загрузке» without its documents: «В работе», with what is missing.
    unready = model.index(1, len(FIXED_COLUMNS) + model.codes.index("4.1.2"))
    assert unready.data() == "В работе"
    assert "Подзадачу 4.1.2 нельзя завершить: нет подписанного документа" in unready.data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(1, len(FIXED_COLUMNS) + model.codes.index("1.1.3")).data() == "В ИСПУ"
    assert model.index(1, 1).data().startswith("1 из ")  # only 1.1.3 is done
    assert model.index(2, 1).data() == "нет данных"
    shares = {
        view.shares.item(r, 0).text()[:5]: [view.shares.item(r, c).text() for c in (1, 2, 3)]
        for r in range(view.shares.rowCount())
    }
    assert shares["3.1.2"] == ["3 из 5", "60\u00a0%", "без баллов"]
    assert shares["3.2.1"] == ["2 из 5", "40\u00a0%", "0,8 балла"]
    late = [[view.late.item(r, c).text() for c in (0, 1, 4)] for r in range(view.late.rowCount())]
    assert (late[0][0], late[0][1][:5], late[0][2]) == (BAIZAK, "1.2.1", "10")
    assert all(int(row[2]) <= 10 for row in late)
    assert [ZHUALY, "4.1.2"] in [[row[0], row[1][:5]] for row in late]
    dialog = view._show_details(model.index(0, column))
    assert BAIZAK in dialog.windowTitle() and "1.2.1" in dialog.windowTitle()
    _shot(window, "subordinates.png", "42_subordinates.png")
    dialog.close()
    details = view._show_details(unready)
    text = details.findChild(QTextBrowser).toPlainText()
    assert "Документы: чего не хватает" in text and "нет подписанного документа" in text
    details.close()


def _complete_announcement(ctx, org_id):
    """The organisation's 1.1.3 done by the book: links in every channel, complete."""
    catalog = ctx.catalog_for_year(YEAR)
    with ctx.store.session() as s:
        [e] = [e for e in list_executions(s, find_year_plan(s, org_id, YEAR).id) if e.subtask_code == "1.1.3"]
        set_slot_links(
            s,
            catalog,
            e.id,
            "link",
            [SlotLinkInput(f"https://example.kz/{c.value}/1", c, date(YEAR, 3, 1)) for c in Channel],
        )
        complete(s, catalog, e.id)
    return e.id


def test_mark_dialog_refuses_a_missing_document_then_marks(qtbot, ctx, region):
    unready = region.executions[(ZHUALY, "4.1.2", "")]
    with ctx.store.session() as s:
        info = get_execution(s, unready).info
    dialog = UploadDialog(ctx, [info], today=AS_OF)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.uploaded_on() == AS_OF  # today by default
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.general_error.message().startswith("Подзадачу 4.1.2 нельзя завершить: нет подписанного документа")
    _shot(dialog, "mark_error.png", "41_mark_uploaded.png")
    dialog.close()

    ready = _complete_announcement(ctx, region.ids[BAIZAK])
    with ctx.store.session() as s:
        info = get_execution(s, ready).info
    dialog = UploadDialog(ctx, [info], today=AS_OF)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.date_edit.setDate(QDate(YEAR, 10, 2))
    dialog.reference_edit.setFocus()
    type_text(dialog.reference_edit, "ИСПУ-77")
    with qtbot.waitSignal(dialog.marked, timeout=2000) as marked:
        dialog.ok_button.click()
    assert marked.args == [[ready]]
    with ctx.store.session() as s:
        stored = get_execution(s, ready).info
    assert stored.status_text == "Загружено в ИСПУ 02.10.2023 (№\u00a0ИСПУ-77)"


def test_the_panel_offers_the_mark_for_ready_subtasks(qtbot, ctx, oblast_window):
    window = oblast_window
    code = "1.1.3"  # the oblast's own one-period subtask, done by the book
    ready = _complete_announcement(ctx, window.organization.id)
    window.load()
    window.tree.select_execution(ready)
    assert window.panel.upload_button.isVisible()
    dialog = window.mark_uploaded()
    assert [e.id for e in dialog.executions] == [ready]
    dialog.date_edit.setDate(QDate(YEAR, 3, 2))
    dialog.ok_button.click()
    assert window.tree.tree_model.executions_of(code)[0].status is ExecutionStatus.UPLOADED
    assert "Загружено в ИСПУ 02.03.2023" in window.panel.browser.toPlainText()
    assert not window.panel.upload_button.isVisible()


def test_a_mark_set_by_mistake_is_taken_back_after_a_confirmation(qtbot, ctx, oblast_window, modal):
    from PySide6.QtWidgets import QMessageBox

    from tbn4_desktop.services.executions import mark_uploaded

    window = oblast_window
    code = "1.1.3"
    ready = _complete_announcement(ctx, window.organization.id)
    with ctx.store.session() as s:
        mark_uploaded(s, [ready], uploaded_on=date(YEAR, 3, 2), ispu_reference="4521", expected_versions=None)
    window.load()
    window.tree.select_execution(ready)
    modal.answer = QMessageBox.StandardButton.No
    assert not window.unmark_uploaded()  # «Нет» is the default: nothing changes
    assert window.tree.tree_model.executions_of(code)[0].status is ExecutionStatus.UPLOADED
    modal.answer = QMessageBox.StandardButton.Yes
    assert window.unmark_uploaded()
    assert "Загружено в ИСПУ 02.03.2023 (№\u00a04521)" in modal.boxes[-1]["informative"]
    after = window.tree.tree_model.executions_of(code)[0]
    assert after.status is ExecutionStatus.READY_FOR_UPLOAD and after.uploaded_on is None
    assert window.panel.upload_button.isVisible()


def test_matrix_model_of_100_subordinates_builds_fast(ctx):
    catalog = ctx.catalog_for_year(YEAR)
    statuses = list(ExecutionStatus)
    rows = []
    for n in range(100):
        periods = {
            s.code: [
                PeriodStatus(
                    s.code,
                    p,
                    statuses[(n + i) % len(statuses)],
                    DeadlineState.OVERDUE if (n + i) % 7 == 0 else DeadlineState.LATER,
                    date(YEAR, 12, 1),
                    execution_id=i,
                )
                for i, p in enumerate(periods_of(s.periodicity))
            ]
            for s in catalog.subtasks()
        }
        rows.append(SubordinateStatus(n, f"Организация {n:03d}", OrgLevel.DISTRICT, True, periods))
    model = SubordinatesModel()
    started = time.perf_counter()
    model.set_data(catalog, rows)
    texts = [model.index(r, c).data() for r in range(model.rowCount()) for c in range(model.columnCount())]
    elapsed = time.perf_counter() - started
    assert model.rowCount() == 100 and model.columnCount() == 2 + 37 and len(texts) == 3900
    assert elapsed < 0.5, f"matrix of 100 × 37 took {elapsed:.3f} s"
    print(f"matrix 100 x 37: {elapsed * 1000:.0f} ms")
