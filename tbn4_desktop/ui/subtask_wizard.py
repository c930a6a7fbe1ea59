"""The wizard that executes one subtask (one period of it):
«Что требуется» → «Данные» (only for subtasks with registers) → «Документы» → «Подписант» → «Ссылки на публикации» → «Проверка».

Attachments are saved the moment they are added; register rows when the
user leaves «Данные». Cancel (Esc) keeps them and saves the signatory, links
and valid register rows as a draft. Finish calls complete_execution; a
refusal is shown at its field and the user is taken to the page concerned.

Resuming: a wizard reopened on an unfinished execution that already holds
something (rows, files, signatory, links or a note) opens at the first page
whose part is still missing, walking there through the earlier pages so that
«Назад» works as usual. This is derived from the store, not remembered in
QSettings: it needs no extra state, survives another computer or a restored
backup, and always points at what is actually left to do. A fresh or a done
execution opens at «Что требуется».

Keyboard: Enter presses the default button («Далее» or the finish button),
Esc cancels and keeps the draft (QWizard defaults). «Далее» carries the
mnemonic Alt+Л so that Alt+Д stays free for the pages' «Добавить …» buttons.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import QWidget, QWizard

from tbn4_desktop import APP_TITLE
from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.validation import ValidationError, url_error
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.executions import (
    ExecutionInfo,
    LinkInput,
    complete_execution,
    save_draft,
)
from tbn4_desktop.services.organizations import OrganizationInfo, SignatoryInfo
from tbn4_desktop.services.registers import list_rows
from tbn4_desktop.store_errors import SUBTASK_RELOADED_MESSAGE, ConcurrentEditError, StoreError
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.icons import app_icon
from tbn4_desktop.ui.wizard_pages.data import DataPage
from tbn4_desktop.ui.wizard_pages.documents import DocumentsPage
from tbn4_desktop.ui.wizard_pages.intro import IntroPage
from tbn4_desktop.ui.wizard_pages.links import LinksPage
from tbn4_desktop.ui.wizard_pages.review import ReviewPage
from tbn4_desktop.ui.wizard_pages.signatory import SignatoryPage
from tbn4_desktop.ui.wizard_pages.state import WizardState

FINISH_TEXT = "Отметить как выполненное"
NEXT_TEXT = "Да&лее >"
BACK_TEXT = "< &Назад"


class PageId(IntEnum):
    INTRO = 0
    DATA = 1
    DOCUMENTS = 2
    SIGNATORY = 3
    LINKS = 4
    REVIEW = 5


def page_for_error(key: str) -> PageId:
    if key.startswith("rows["):
        return PageId.DATA
    if key == "attachments":
        return PageId.DOCUMENTS
    if key == "signatory":
        return PageId.SIGNATORY
    if key == "links" or key.startswith("links["):
        return PageId.LINKS
    return PageId.REVIEW


class SubtaskWizard(QWizard):
    """Emits `executionChanged(execution_id)` when it closes after changing
    anything, and `completed(ExecutionInfo)` on success."""

    executionChanged = Signal(int)
    completed = Signal(object)

    def __init__(self, ctx: AppContext, catalog: Catalog, organization: OrganizationInfo, execution_id: int,
                 parent: QWidget | None = None, *, deadline: object | None = None):
        super().__init__(parent)
        self.state = WizardState(ctx=ctx, catalog=catalog, organization=organization, execution_id=execution_id,
                                 deadline=deadline)
        self.result_info: ExecutionInfo | None = None
        self._draft_saved = False
        self.setObjectName("subtaskWizard")
        self.setWindowTitle(f"{self.state.heading} — {APP_TITLE}")
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.HaveHelpButton, False)
        self.setButtonText(QWizard.WizardButton.FinishButton, FINISH_TEXT)
        self.setButtonText(QWizard.WizardButton.NextButton, NEXT_TEXT)
        self.setButtonText(QWizard.WizardButton.BackButton, BACK_TEXT)
        self.intro_page = IntroPage(self.state)
        self.documents_page = DocumentsPage(self.state)
        self.signatory_page = SignatoryPage(self.state)
        self.links_page = LinksPage(self.state)
        self.review_page = ReviewPage(self.state)
        self.data_page: DataPage | None = DataPage(self.state) if self.state.subtask.registers else None
        if self.data_page is not None:
            self.setPage(int(PageId.DATA), self.data_page)
        for page_id, page in ((PageId.INTRO, self.intro_page), (PageId.DOCUMENTS, self.documents_page),
                              (PageId.SIGNATORY, self.signatory_page), (PageId.LINKS, self.links_page),
                              (PageId.REVIEW, self.review_page)):
            self.setPage(int(page_id), page)
        self.setStartId(int(PageId.INTRO))
        self.setMinimumSize(QSize(780, 560))
        self._resumed = False

    # ---------------------------------------------------------------- resume
    def resume_page(self) -> PageId:
        """The page to open at: see the module docstring."""
        state = self.state
        detail = state.detail
        info = detail.info
        if info.status.is_done:
            return PageId.INTRO
        has_rows = False
        if self.data_page is not None:
            with state.ctx.store.session() as session:
                has_rows = any(list_rows(session, state.execution_id, r.key) for r in state.subtask.registers)
        signatory = state.signatory(info.signatory_id)
        signed = signatory is not None and state.refusal_for(signatory) is None
        if not (has_rows or detail.attachments or detail.links or info.signatory_id or info.notes):
            return PageId.INTRO
        if self.data_page is not None and not has_rows:
            return PageId.DATA
        if state.needs_scan and not detail.attachments:
            return PageId.DOCUMENTS
        if not signed:
            return PageId.SIGNATORY
        if state.needs_link and not detail.links:
            return PageId.LINKS
        return PageId.REVIEW

    def setVisible(self, visible: bool) -> None:  # noqa: N802 - Qt override
        super().setVisible(visible)
        if visible and not self._resumed:
            self._resumed = True
            self.resume()

    def resume(self) -> None:
        """Walk forward to resume_page(), stopping where a page refuses."""
        target = int(self.resume_page())
        while self.currentId() < target:
            before = self.currentId()
            self.next()
            if self.currentId() == before:
                break

    # ---------------------------------------------------------------- values
    def chosen_signatory(self) -> SignatoryInfo | None:
        return self.state.signatory(self.signatory_page.selected_id()) if self.signatory_page.filled else \
            self.state.signatory(self.state.detail.info.signatory_id)

    def chosen_links(self) -> list[LinkInput]:
        if self.links_page.filled:
            return self.links_page.links()
        return [LinkInput(url=l.url, title=l.title, published_on=l.published_on) for l in self.state.detail.links]

    # ---------------------------------------------------------------- finish
    def complete(self) -> bool:
        """Mark the execution done; on refusal show each message at its page."""
        signatory = self.chosen_signatory()
        try:
            with self.state.ctx.store.session() as session:
                self.result_info = complete_execution(
                    session, self.state.catalog, self.state.execution_id,
                    expected_version=self.state.detail.info.version,
                    signatory_id=signatory.id if signatory else None,
                    links=self.chosen_links(), completed_on=self.review_page.completed_on(),
                    notes=self.review_page.notes.toPlainText().strip(),
                )
        except ValidationError as exc:
            self.show_validation(exc.errors)
            return False
        except ConcurrentEditError:
            self.reload_after_conflict()
            return False
        except StoreError as exc:
            errors.show_error(self, str(exc))
            self.state.reload()
            return False
        self.completed.emit(self.result_info)
        return True

    def reload_after_conflict(self) -> None:
        """Another PC saved this subtask meanwhile (shared office database):
        say so, re-read it and show what is stored now. What the user typed
        on the signatory, links and review pages stays for a second try."""
        self.state.reload()
        self.state.attachments_changed = True     # the tree must show the other PC's change too
        self.documents_page.refresh()
        if self.currentId() == int(PageId.REVIEW):
            self.review_page.render(self.chosen_signatory(), self.chosen_links())
        errors.show_error(self, SUBTASK_RELOADED_MESSAGE)

    def show_validation(self, field_errors: dict[str, str]) -> None:
        for key, message in field_errors.items():
            page = page_for_error(key)
            if page is PageId.DATA and self.data_page is not None:
                continue    # the page flags its own cells when it checks them
            if page is PageId.DOCUMENTS:
                self.documents_page.show_error(message)
            elif page is PageId.SIGNATORY:
                self.signatory_page.show_error(message)
            elif page is PageId.LINKS:
                self.links_page.show_error(key, message)
            else:
                self.review_page.show_error(key, message)
        target = min(page_for_error(k) for k in field_errors)
        if target is not PageId.REVIEW:
            # Leave validatePage first, then walk back to the page concerned.
            QTimer.singleShot(0, lambda: self.go_to(target))

    def go_to(self, page: PageId) -> None:
        while self.currentId() > int(page):
            self.back()
        self.page(int(page)).setFocus()

    # ------------------------------------------------------------- cancel
    def draft_signatory(self) -> SignatoryInfo | None:
        """The signatory a draft keeps: the user's choice, or what was stored —
        never the page's own pre-selection of the first allowed signatory."""
        page = self.signatory_page
        if page.filled and not page.touched and self.state.detail.info.signatory_id is None:
            return None
        return self.chosen_signatory()

    def _draft_differs(self) -> bool:
        info = self.state.detail.info
        signatory = self.draft_signatory()
        stored_links = [(l.url, l.title, l.published_on) for l in self.state.detail.links]
        links = [(l.url, l.title, l.published_on) for l in self.chosen_links()]
        return (signatory.id if signatory else None) != info.signatory_id or links != stored_links

    def save_registers_draft(self) -> bool:
        """Keep the valid register rows. False: the user chose to stay and
        correct refused rows."""
        page = self.data_page
        if page is None or not page.changed():
            return True
        if page.has_errors():
            if not errors.confirm(self, "В таблицах есть строки с ошибками; такие таблицы не будут сохранены.",
                                  "Закрыть мастер без них? Остальные данные сохранятся.", yes_text="Закрыть"):
                self.go_to(PageId.DATA)
                page.has_errors()
                return False
        page.save(only_valid=True)
        return True

    def save_draft(self) -> bool:
        """Keep the register rows, signatory and links entered so far. False:
        the user chose to stay and correct a link or a row."""
        if not self.save_registers_draft():
            return False
        if self._draft_saved or not self._draft_differs():
            return True
        links = self.chosen_links()
        bad = [l for l in links if url_error(l.url)]
        if bad:
            if not errors.confirm(self, "Некоторые ссылки введены с ошибкой и не будут сохранены.",
                                  "Закрыть мастер без них? Остальное (файлы, подписант, верные ссылки) сохранится.",
                                  yes_text="Закрыть"):
                self.go_to(PageId.LINKS)
                self.links_page.check()
                return False
            links = [l for l in links if not url_error(l.url)]
        signatory = self.draft_signatory()
        try:
            with self.state.ctx.store.session() as session:
                save_draft(session, self.state.execution_id, expected_version=self.state.detail.info.version,
                           signatory_id=signatory.id if signatory else None, links=links,
                           notes=self.review_page.notes.toPlainText().strip() if self.review_page.filled
                           else self.state.detail.info.notes)
        except (ValidationError, StoreError) as exc:
            errors.show_error(self, f"Черновик не сохранён. {exc}")
            return True
        self._draft_saved = True
        self.state.attachments_changed = True
        return True

    def reject(self) -> None:
        if self.documents_page.busy:    # never lose a file that is being saved
            errors.show_error(self, self.documents_page.busy_message())
            return
        if not self.save_draft():
            return
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        if self.result_info is not None or self.state.attachments_changed:
            self.executionChanged.emit(self.state.execution_id)
