"""Every subtask's wizard, as a user walks it with the demo data: Russian
page titles and buttons, the pages the subtask needs, how far «Далее» goes
with nothing entered, and what Cancel keeps."""

from __future__ import annotations

import re
from datetime import date

import pytest

from tbn4_desktop.core.catalog import builtin_catalog_dir
from tbn4_desktop.core.catalog_registry import CatalogRegistry
from tbn4_desktop.core.vocabulary import ExecutionStatus, OrgLevel

ENGLISH_BUTTON = re.compile(r"\b(Next|Back|Cancel|Finish|Commit|Help|Done)\b", re.IGNORECASE)
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def _applicable_codes() -> list[str]:
    registry, _problems = CatalogRegistry.from_dirs(builtin_catalog_dir())
    return [s.code for s in registry.for_year(date.today().year).subtasks() if s.applies_to(OrgLevel.DISTRICT)]


CODES = _applicable_codes()


@pytest.fixture(scope="module")
def demo_window(tbn4_qapp, tmp_path_factory):
    """One main window on the demo data for the whole module: each test
    opens a different subtask, so they do not disturb each other."""
    from tbn4_desktop.services.context import open_app
    from tbn4_desktop.services.demo import create_demo
    from tbn4_desktop.ui.main_window import MainWindow

    ctx = open_app(tmp_path_factory.mktemp("every-wizard"))
    organization = create_demo(ctx)
    assert organization.level is OrgLevel.DISTRICT   # CODES above are the district's
    window = MainWindow(ctx, organization)
    window.show()
    window.load()
    yield window
    window.close()
    window.deleteLater()
    ctx.close()


def _stored(ctx, execution_id: int):
    from tbn4_desktop.services.executions import get_execution
    from tbn4_desktop.services.registers import list_rows

    with ctx.store.session() as session:
        detail = get_execution(session, execution_id)
        subtask = ctx.catalog_for_year(date.today().year).subtask(detail.info.subtask_code)
        rows = {r.key: list_rows(session, execution_id, r.key) for r in subtask.registers}
    return detail, rows


def test_the_catalog_gives_the_demo_wizards_to_walk():
    assert len(CODES) >= 30 and "2.3.1" in CODES and "4.1.3" not in CODES


@pytest.mark.parametrize("code", CODES)
def test_wizard_walk(code, demo_window, modal):
    from PySide6.QtWidgets import QWizard

    from tbn4_desktop.ui.subtask_wizard import PageId

    window = demo_window
    ctx = window.ctx
    subtask = window.catalog.subtask(code)
    execution_id = window.tree.tree_model.executions_of(code)[0].id
    before, rows_before = _stored(ctx, execution_id)
    wizard = window.open_wizard(execution_id)
    assert wizard is not None and wizard.isVisible()

    expected = [PageId.INTRO] + ([PageId.DATA] if subtask.registers else []) + \
        [PageId.DOCUMENTS, PageId.SIGNATORY, PageId.LINKS, PageId.REVIEW]
    assert [PageId(i) for i in wizard.pageIds()] == expected

    wizard.go_to(PageId.INTRO)     # a started subtask resumes further on
    visited = []
    while True:
        page_id = PageId(wizard.currentId())
        visited.append(page_id)
        page = wizard.currentPage()
        for text in (page.title(), page.subTitle()):
            assert text.strip() and CYRILLIC.search(text), (code, page_id, text)
        assert not LATIN_WORD.search(page.title()), (code, page_id, page.title())
        for which in (QWizard.WizardButton.BackButton, QWizard.WizardButton.NextButton,
                      QWizard.WizardButton.CommitButton, QWizard.WizardButton.FinishButton,
                      QWizard.WizardButton.CancelButton):
            button = wizard.button(which)
            if button.isVisible():
                assert not ENGLISH_BUTTON.search(button.text()), (code, page_id, button.text())
        if page_id is PageId.DATA:
            tabs = wizard.data_page.tabs
            # Tabs fit side by side: «Приложение №1», «Приложение №2», not two full titles.
            assert all(len(tabs.tabText(i)) <= 40 for i in range(tabs.count())), \
                [tabs.tabText(i) for i in range(tabs.count())]
        if page_id is PageId.REVIEW:
            break
        wizard.next()
        if wizard.currentId() == page_id:
            break

    # With nothing entered a user gets to «Проверка», unless the subtask's
    # confirming document is a link and none is stored yet.
    needs_link = wizard.state.needs_link
    stops_at_links = needs_link and not before.links
    assert visited == expected[:-1] if stops_at_links else visited == expected, (code, visited)
    link_note = wizard.links_page.need_label.text()
    assert ("хотя бы одну" in link_note) == needs_link, link_note
    confirmed = wizard.signatory_page.selected_id() if PageId.LINKS in visited else None

    wizard.reject()                # Esc / «Отмена», as a user closes it
    assert not wizard.isVisible() and not modal.boxes

    after, rows_after = _stored(ctx, execution_id)
    assert rows_after == rows_before
    assert [a.sha256 for a in after.attachments] == [a.sha256 for a in before.attachments]
    assert [(l.url, l.title) for l in after.links] == [(l.url, l.title) for l in before.links]
    # «Далее» on «Подписант» confirms the proposed signatory, and Cancel keeps
    # it as a draft (a subtask not started then counts as «В работе»); a
    # proposal never confirmed is not kept.
    drafted = before.info.signatory_id is None and confirmed is not None
    assert after.info.signatory_id == (confirmed if drafted else before.info.signatory_id)
    expected_status = ExecutionStatus.IN_PROGRESS \
        if drafted and before.info.status is ExecutionStatus.NOT_STARTED else before.info.status
    assert after.info.status is expected_status, (code, before.info.status, after.info.status)
