"""Every subtask's wizard, as a user walks it with the demo data: the pages
its document slots call for, Russian page titles and buttons, «Далее» all
the way to «Проверка» with nothing entered (the checklist, not the pages,
says what is missing), and Cancel changing nothing that was stored.
(Replaces tests/ui/test_every_wizard.py, written for the old fixed pages.)"""

from __future__ import annotations

import re
from datetime import date

import pytest

from tbn4_desktop.core.catalog import builtin_catalog_dir
from tbn4_desktop.core.catalog_registry import CatalogRegistry
from tbn4_desktop.core.vocabulary import DocumentKind, OrgLevel

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
    assert organization.level is OrgLevel.DISTRICT  # CODES above are the district's
    window = MainWindow(ctx, organization)
    window.show()
    window.load()
    yield window
    window.close()
    window.deleteLater()
    ctx.close()


def _stored(ctx, catalog, execution_id: int):
    from tbn4_desktop.services.registers import list_rows
    from tbn4_desktop.services.slot_records import read_slots

    with ctx.store.session() as session:
        snapshot = read_slots(session, catalog, execution_id)
        subtask = catalog.subtask(snapshot.detail.info.subtask_code)
        rows = {r.key: [x.values for x in list_rows(session, execution_id, r.key)] for r in subtask.registers}
    detail = snapshot.detail
    return {
        "status": detail.info.status,
        "notes": detail.info.notes,
        "rows": rows,
        "files": [(a.sha256, a.slot_key) for a in detail.attachments],
        "links": [(l.url, l.title, l.channel, l.published_on, l.slot_key) for l in detail.links],
        "signers": snapshot.signer_ids,
        "slots": [(s.slot.key, s.doc_date, s.waived_reason) for s in snapshot.checklist.slots],
    }


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
    before = _stored(ctx, window.catalog, execution_id)
    wizard = window.open_wizard(execution_id)
    assert wizard is not None and wizard.isVisible()

    kinds = {d.kind for d in subtask.documents}
    unsorted = any(key == "" for _sha, key in before["files"])
    expected = (
        [PageId.INTRO]
        + ([PageId.DATA] if subtask.registers else [])
        + ([PageId.DOCUMENTS] if kinds - {DocumentKind.LINK} or unsorted else [])
        + ([PageId.LINKS] if DocumentKind.LINK in kinds else [])
        + [PageId.REVIEW]
    )
    assert wizard.page_ids() == expected
    if subtask.project == 2:
        assert PageId.LINKS not in expected  # offenders' personal data are never published

    wizard.go_to(PageId.INTRO)  # a started subtask resumes further on
    visited = []
    while True:
        page_id = PageId(wizard.currentId())
        visited.append(page_id)
        page = wizard.currentPage()
        for text in (page.title(), page.subTitle()):
            assert text.strip() and CYRILLIC.search(text), (code, page_id, text)
        assert not LATIN_WORD.search(page.title()), (code, page_id, page.title())
        for which in (
            QWizard.WizardButton.BackButton,
            QWizard.WizardButton.NextButton,
            QWizard.WizardButton.CommitButton,
            QWizard.WizardButton.FinishButton,
            QWizard.WizardButton.CancelButton,
        ):
            button = wizard.button(which)
            if button.isVisible():
                assert not ENGLISH_BUTTON.search(button.text()), (code, page_id, button.text())
        if page_id is PageId.DATA:
            tabs = wizard.data_page.tabs
            # Tabs fit side by side: «Приложение №1», «Приложение №2», not two full titles.
            assert all(len(tabs.tabText(i)) <= 40 for i in range(tabs.count())), [
                tabs.tabText(i) for i in range(tabs.count())
            ]
        if page_id is PageId.DOCUMENTS:
            cards = wizard.documents_page.cards
            assert list(cards) == [d.key for d in subtask.documents if d.kind is not DocumentKind.LINK]
            for card in cards.values():
                assert card.mark.mark == wizard.state.slot_state(card.key).mark
                assert (card.signer_combo is not None) == card.slot.kind.needs_signer
        if page_id is PageId.REVIEW:
            assert set(wizard.review_page.marks()) == {d.key for d in subtask.documents}
            break
        wizard.next()
        if wizard.currentId() == page_id:
            break
    assert visited == expected, (code, visited)  # no page blocks «Далее» when nothing is entered

    wizard.reject()  # Esc / «Отмена», as a user closes it
    assert not wizard.isVisible() and not modal.boxes
    assert _stored(ctx, window.catalog, execution_id) == before
