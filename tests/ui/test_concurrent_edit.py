"""The wizard on «PC A» while «PC B» (a second context on the same database
file) changes the same subtask underneath: A is told in one Russian
sentence, sees the re-read data, and nothing either PC saved is lost."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from tbn4_desktop.core.kpi import HEADCOUNT_REGISTER
from tbn4_desktop.core.vocabulary import AttachmentRole, ExecutionStatus
from tbn4_desktop.services.context import open_app
from tbn4_desktop.services.executions import add_attachment, get_execution
from tbn4_desktop.services.registers import list_rows, save_rows
from tbn4_desktop.store_errors import SUBTASK_RELOADED_MESSAGE
from tbn4_desktop.ui.subtask_wizard import PageId
from tests.ui.test_wizard import choose_signer, execution_id, fill_links, pick_files, set_date


@pytest.fixture
def pc_b(data_dir, ctx):
    other = open_app(data_dir)
    yield other
    other.close()


def _open_wizard(main_window, code: str):
    main_window.tree.select_subtask(code)
    main_window.execute_current()
    return main_window.wizard


def test_finish_after_another_pc_added_a_file(qtbot, monkeypatch, main_window, pc_b, pdf_file, png_file, modal):
    from datetime import date, timedelta

    wizard = _open_wizard(main_window, "1.1.5")
    wizard.next()
    card = wizard.documents_page.card("protocol")
    pick_files(monkeypatch, pdf_file)
    card.choose_files()
    assert wizard.documents_page.wait_idle()
    choose_signer(card, "Ахметов Серик Болатович")
    set_date(card, date.today() - timedelta(days=1))
    wizard.next()
    fill_links(wizard.links_page)
    wizard.next()
    wizard.review_page.notes.setPlainText("Протокол №3")

    execution = execution_id(main_window)
    with pc_b.store.session() as s:  # PC B attaches a file meanwhile
        add_attachment(
            s, pc_b.blobs, execution, png_file, AttachmentRole.SUPPORTING, max_bytes=1 << 20, slot_key="protocol"
        )

    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert modal.texts == [SUBTASK_RELOADED_MESSAGE]
    assert wizard.isVisible() and wizard.currentId() == PageId.REVIEW
    assert "2 файла" in wizard.review_page.summary.toPlainText()  # re-read: B's file counts
    with pc_b.store.session() as s:
        assert get_execution(s, execution).info.status is ExecutionStatus.IN_PROGRESS

    # What A typed is still there: a second «Завершить» completes over the re-read subtask.
    assert wizard.review_page.notes.toPlainText() == "Протокол №3"
    with qtbot.waitSignal(wizard.completed, timeout=5000):
        wizard.button(QWizard.WizardButton.FinishButton).click()
    with pc_b.store.session() as s:
        detail = get_execution(s, execution)
    assert detail.info.status is ExecutionStatus.READY_FOR_UPLOAD and detail.info.notes == "Протокол №3"
    assert sorted(a.original_name for a in detail.attachments) == sorted([pdf_file.name, png_file.name])
    assert len(detail.links) == 3


def test_removing_a_file_after_another_pcs_change_reloads_the_list(
    main_window, pc_b, monkeypatch, pdf_file, png_file, modal
):
    wizard = _open_wizard(main_window, "1.1.5")
    wizard.next()
    page = wizard.documents_page
    card = page.card("protocol")
    pick_files(monkeypatch, pdf_file)
    card.choose_files()
    assert page.wait_idle()
    with pc_b.store.session() as s:
        add_attachment(
            s,
            pc_b.blobs,
            execution_id(main_window),
            png_file,
            AttachmentRole.SUPPORTING,
            max_bytes=1 << 20,
            slot_key="protocol",
        )
    card.file_list.setCurrentItem(card.file_list.topLevelItem(0))
    card.remove_selected()  # the confirmation is answered «Убрать» by the recorder
    assert page.error.label.text() == SUBTASK_RELOADED_MESSAGE
    names = [card.file_list.topLevelItem(i).text(0) for i in range(card.file_list.topLevelItemCount())]
    # Nothing removed, B's file shown (a supporting file in a slot for a signed scan says what it is).
    assert sorted(names) == sorted([pdf_file.name, f"{png_file.name} (сопроводительный материал)"])
    card.file_list.setCurrentItem(card.file_list.topLevelItem(0))
    card.remove_selected()  # on the re-read list it works
    assert card.file_list.topLevelItemCount() == 1 and page.error.isHidden()
    wizard.reject()


def test_register_rows_saved_by_another_pc_are_shown_not_overwritten(main_window, pc_b, catalog, modal):
    wizard = _open_wizard(main_window, "4.2.1")
    wizard.next()
    page = wizard.data_page
    assert page is not None and page.kpi_line is not None and page.kpi_line.headcount is not None
    page.kpi_line.headcount.setValue(80)
    execution = wizard.state.execution_id
    with pc_b.store.session() as s:
        save_rows(s, execution, HEADCOUNT_REGISTER, [{"headcount": 120}])
    assert not page.save()
    assert modal.texts == [SUBTASK_RELOADED_MESSAGE]
    assert page.kpi_line.headcount.value() == 120
    with pc_b.store.session() as s:
        assert [r.values for r in list_rows(s, execution, HEADCOUNT_REGISTER)] == [{"headcount": 120}]
    page.kpi_line.headcount.setValue(95)  # A decides again, on the re-read data
    assert page.save()
    with pc_b.store.session() as s:
        assert [r.values for r in list_rows(s, execution, HEADCOUNT_REGISTER)] == [{"headcount": 95}]
    wizard.reject()
