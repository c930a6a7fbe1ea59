"""«На сегодня», the first tab, on the demo year 2025 seen on 10.06.2025
(the analysis dates of tests/ui/test_deadlines_ui.py: 1.1.8 was due
05.06.2025)."""

from __future__ import annotations

from datetime import date

import pytest

from tbn4_desktop.services.today import NextAction, TodayGroup
from tests.ui.test_deadlines_ui import AS_OF, YEAR, demo_org, window  # noqa: F401 - fixtures


@pytest.fixture
def today(window):  # noqa: F811
    return window.today_page.view


def line_widget(view, code, period=""):
    return next(w for w in view.line_widgets if (w.line.code, w.line.period) == (code, period))


def test_the_app_opens_on_today_with_the_groups(window, today):  # noqa: F811
    assert window.tabs.currentWidget() is window.today_page
    assert window.tabs.tabText(0) == "На сегодня"
    assert today.title.text() == "На сегодня — 10.06.2025"
    groups = today.groups()
    assert groups[0].startswith("<b>Просрочено</b>")
    assert any("Готово, но не загружено в ИСПУ" in g for g in groups)
    # The longest overdue first: the February report of 4.2.2, due 05.03.2025, ready but not uploaded.
    first = today.line_widgets[0]
    assert first.text().startswith("4.2.2 ")
    assert "— Февраль" in first.subtask.text() or "февраль" in first.subtask.text().lower()
    assert first.deadline.text().startswith("Срок: 05.03.2025 — просрочено на ")
    assert first.button.text() == "Отметить загрузку"
    # 1.1.8 is overdue since 05.06.2025: two working days (06.06 is Курбан айт, then 09 and 10 June).
    plan_step = line_widget(today, "1.1.8")
    assert plan_step.deadline.text() == "Срок: 05.06.2025 — просрочено на 2 раб. дн."
    assert "Просрочено" in today.summary.text()
    # A 1.1.9 quarter in which no monitoring quarter ends is not a task for today.
    assert not any(w.line.code == "1.1.9" and w.line.period == "Q2" for w in today.line_widgets)


def test_attach_scan_opens_the_wizard_on_documents_at_the_slot(window, today):  # noqa: F811
    from tbn4_desktop.ui.subtask_wizard import PageId

    widget = next(w for w in today.line_widgets if w.line.action is NextAction.ATTACH_SCAN)
    assert widget.button.text() == "Приложить скан"
    widget.button.click()
    wizard = window.wizard
    assert wizard is not None and wizard.state.execution_id == widget.line.execution_id
    assert wizard.currentId() == int(PageId.DOCUMENTS)
    card = wizard.documents_page.cards[widget.line.slot_key]
    assert wizard.focusWidget() is card.add_button
    wizard.reject()


def test_choose_signer_opens_documents_at_the_signer(window, today, qtbot, tmp_path):  # noqa: F811
    from PIL import Image

    from tbn4_desktop.core.attachments import BlobStore
    from tbn4_desktop.core.vocabulary import AttachmentRole
    from tbn4_desktop.services.executions import add_attachment
    from tbn4_desktop.ui.subtask_wizard import PageId

    info = next(e for e in window.tree.tree_model.executions_of("1.1.9") if e.period == "Q4")
    slot = next(s for s in window.catalog.subtask("1.1.9").documents if s.kind.needs_signer)
    scan = tmp_path / "справка.pdf"
    Image.new("RGB", (200, 280), "white").save(scan, "PDF")
    with window.ctx.store.session() as s:
        add_attachment(
            s,
            BlobStore(window.ctx.store.attachments_dir),
            info.id,
            scan,
            AttachmentRole.SIGNED_SCAN,
            max_bytes=10_000_000,
            slot_key=slot.key,
        )
    with qtbot.waitSignal(window.deadlinesChanged, timeout=5000):
        window.refresh_execution(info.id)
    widget = today.widget_of(info.id)
    assert widget is not None and widget.line.group is TodayGroup.AWAITING_SIGNATURE
    assert "Ждёт подписи" in " ".join(today.groups())
    assert widget.button.text() == "Выбрать подписанта"
    widget.button.click()
    wizard = window.wizard
    assert wizard.currentId() == int(PageId.DOCUMENTS)
    assert wizard.focusWidget() is wizard.documents_page.cards[slot.key].signer_combo
    wizard.reject()


def test_mark_uploaded_from_today_and_the_line_goes_away(window, today, qtbot):  # noqa: F811
    widget = line_widget(today, "4.1.1", "Q1")
    execution_id = widget.line.execution_id
    assert widget.line.group is TodayGroup.OVERDUE and widget.button.text() == "Отметить загрузку"
    widget.button.click()
    dialog = window.today_page.upload_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.uploaded_on() == AS_OF
    dialog.reference_edit.setText("4521")
    with qtbot.waitSignal(window.deadlinesChanged, timeout=5000):
        dialog.accept()
    assert today.widget_of(execution_id) is None
    assert window.tree.tree_model.execution(execution_id).status.label == "Загружено в ИСПУ"


def test_open_for_a_subtask_whose_documents_are_all_there(window, today):  # noqa: F811
    widget = next((w for w in today.line_widgets if w.line.action is NextAction.OPEN), None)
    assert widget is not None and widget.button.text() == "Открыть"
    widget.button.click()
    assert window.wizard is not None and window.wizard.state.execution_id == widget.line.execution_id
    window.wizard.reject()


def test_nothing_needs_attention_says_so(window, today):  # noqa: F811
    from tbn4_desktop.services.today import EMPTY_TEXT, TodayReport

    today.set_report(TodayReport(YEAR, date(2025, 1, 10), [], []))
    assert today.empty_label is not None and today.empty_label.text() == EMPTY_TEXT
    assert today.line_widgets == [] and today.groups() == []


def test_ctrl_0_and_the_button_to_deadlines(window, today, qtbot):  # noqa: F811
    from PySide6.QtCore import Qt

    window.show_dashboard()
    assert window.today_action.shortcut().toString() == "Ctrl+0"  # «Сроки → На сегодня»
    assert window.today_action in window.menuBar().actions()[2].menu().actions()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.today_page
    today.deadlines_button.click()
    assert window.tabs.currentWidget() is window.deadline_page
