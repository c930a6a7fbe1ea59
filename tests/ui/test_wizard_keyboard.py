"""The subtask wizard without a mouse: unique mnemonics on every page, tab
order, Esc cancels and keeps a draft, and reopening resumes where the user
stopped."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget, QWizard

from tbn4_desktop.services.executions import get_execution
from tbn4_desktop.ui.subtask_wizard import PageId

_MNEMONIC = re.compile(r"&(?!&)(.)")


def mnemonic(text: str) -> str | None:
    m = _MNEMONIC.search(text)
    return m.group(1).casefold() if m else None


def open_wizard(main_window, code: str):
    main_window.tree.select_subtask(code)
    main_window.execute_current()
    wizard = main_window.wizard
    assert wizard is not None
    return wizard


def show_page(wizard, page: PageId) -> None:
    wizard.setStartId(int(page))
    wizard.restart()
    QWidget.activateWindow(wizard)
    assert wizard.currentId() == int(page)


def visible_mnemonics(wizard) -> list[tuple[str, str]]:
    """(key, text) of every visible button and label of the current page and
    of the wizard's own buttons."""
    widgets = [*wizard.currentPage().findChildren(QAbstractButton), *wizard.currentPage().findChildren(QLabel)]
    widgets += [wizard.button(b) for b in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                                           QWizard.WizardButton.CancelButton, QWizard.WizardButton.FinishButton)]
    found = []
    for w in widgets:
        if not w.isVisibleTo(wizard):
            continue
        key = mnemonic(w.text())
        if key:
            found.append((key, w.text()))
    return found


# 1.1.5: documents + link; 4.2.2: a register on «Данные» as well.
@pytest.mark.parametrize("code", ["1.1.5", "4.2.2"])
def test_mnemonics_are_unique_on_every_page(qtbot, main_window, modal, code):
    wizard = open_wizard(main_window, code)
    qtbot.waitExposed(wizard)
    for page_id in wizard.pageIds():
        show_page(wizard, PageId(page_id))
        found = visible_mnemonics(wizard)
        keys = [k for k, _ in found]
        duplicates = {k: [t for kk, t in found if kk == k] for k in keys if keys.count(k) > 1}
        assert not duplicates, f"page {PageId(page_id).name}: {duplicates}"
        labels = [w for w in wizard.currentPage().findChildren(QLabel) if mnemonic(w.text())]
        assert all(label.buddy() is not None for label in labels), PageId(page_id).name
    wizard.reject()


def test_links_page_tabs_through_rows_then_add_button(qtbot, main_window, modal):
    wizard = open_wizard(main_window, "1.1.5")
    show_page(wizard, PageId.LINKS)
    page = wizard.links_page
    page.add_row()
    first, second = page.rows
    order = [first.url, first.title, first.date, first.remove_button, second.url, second.title,
             second.date, second.remove_button, page.add_button]
    for a, b in zip(order, order[1:]):
        assert a.nextInFocusChain() is b or _focus_reaches(a, b), (a, b)
    page.remove_row(second)
    assert first.remove_button.nextInFocusChain() is page.add_button or \
        _focus_reaches(first.remove_button, page.add_button)
    wizard.reject()


def _focus_reaches(a: QWidget, b: QWidget) -> bool:
    """b is the next widget that takes Tab focus after a (skipping inner
    widgets such as a date edit's line edit)."""
    w = a.nextInFocusChain()
    for _ in range(10):
        if w is b:
            return True
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(a.window()) and w.parent() is not a:
            return False
        w = w.nextInFocusChain()
    return False


def test_escape_cancels_keeps_a_draft_and_reopening_resumes(qtbot, main_window, pdf_file, modal):
    wizard = open_wizard(main_window, "1.1.5")
    qtbot.waitExposed(wizard)
    assert wizard.currentId() == PageId.INTRO          # a fresh execution starts at the guidance
    wizard.next()
    wizard.documents_page.add_files([pdf_file])
    wizard.next()
    assert wizard.currentId() == PageId.SIGNATORY
    combo = wizard.signatory_page.combo
    chosen = combo.currentData()
    assert chosen is not None
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    execution = main_window.tree.tree_model.executions_of("1.1.5")[0].id
    with main_window.ctx.store.session() as session:
        detail = get_execution(session, execution)
    assert len(detail.attachments) == 1
    # The page's own proposal was never confirmed with «Далее»: not kept.
    assert detail.info.signatory_id is None

    again = open_wizard(main_window, "1.1.5")
    qtbot.waitExposed(again)
    assert again.currentId() == PageId.SIGNATORY
    assert again.signatory_page.combo.currentData() == chosen
    again.next()                                    # Enter/«Далее» confirms it
    assert again.currentId() == PageId.LINKS
    qtbot.keyClick(again.links_page, Qt.Key.Key_Escape)
    assert not again.isVisible()
    with main_window.ctx.store.session() as session:
        assert get_execution(session, execution).info.signatory_id == chosen

    again = open_wizard(main_window, "1.1.5")
    qtbot.waitExposed(again)
    # Files and signatory are there; the publication link is what is left.
    assert again.currentId() == PageId.LINKS
    again.back()
    assert again.currentId() == PageId.SIGNATORY    # the earlier pages stay reachable with «Назад»
    qtbot.keyClick(again.signatory_page.combo, Qt.Key.Key_Escape)
    assert not again.isVisible()


def test_reopening_with_files_only_resumes_at_the_signatory(qtbot, main_window, pdf_file, modal):
    wizard = open_wizard(main_window, "1.1.5")
    wizard.next()
    wizard.documents_page.add_files([pdf_file])
    qtbot.keyClick(wizard.documents_page.file_list, Qt.Key.Key_Escape)
    assert not wizard.isVisible()
    again = open_wizard(main_window, "1.1.5")
    assert again.currentId() == PageId.SIGNATORY
    again.reject()


def test_enter_on_a_line_edit_goes_next(qtbot, main_window, modal):
    wizard = open_wizard(main_window, "1.1.5")
    qtbot.waitExposed(wizard)
    show_page(wizard, PageId.LINKS)
    url = wizard.links_page.rows[0].url
    url.setText("https://bayzak.gov.kz/news/1")
    url.setFocus()
    qtbot.keyClick(url, Qt.Key.Key_Return)
    assert wizard.currentId() == PageId.REVIEW
    wizard.reject()
