"""The wizard that executes one subtask (one period of it), built from the
subtask's document slots:
«Что требуется» → «Данные» (only with registers) → «Документы» (only for
documents other than links, or files still to be sorted) → «Публикации»
(only with a link slot: never for Project 2, whose documents hold
offenders' personal data) → «Проверка».

Files, signers, dates and «не требуется» are saved the moment they are
entered; register rows and links when the user moves on. Cancel (Esc) keeps
everything and saves the valid rows and links and the note as a draft.
«Завершить» calls services/checklist.complete; a refusal is the checklist's
one Russian sentence on «Проверка».

Resuming: a wizard reopened on an unfinished execution that already holds
something opens at the first page whose part is still missing (by the
checklist), walking there through the earlier pages so that «Назад» works
as usual. This is derived from the store, not remembered in QSettings: it
needs no extra state, survives another computer or a restored backup, and
always points at what is actually left to do. A fresh or a done execution
opens at «Что требуется».

Keyboard: Enter presses the default button («Далее» or «Завершить»), Esc
cancels and keeps the draft (QWizard defaults). «Далее» carries the
mnemonic Alt+Л so that Alt+Д stays free for the pages' «Добавить …» buttons.
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget, QWizard

from tbn4_desktop import APP_TITLE
from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.validation import ValidationError, url_error
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.services.checklist import complete
from tbn4_desktop.services.context import AppContext
from tbn4_desktop.services.executions import save_notes
from tbn4_desktop.services.records import ExecutionInfo, OrganizationInfo
from tbn4_desktop.services.registers import NO_FACTS_REGISTER
from tbn4_desktop.store_errors import (
    SUBTASK_RELOADED_MESSAGE,
    ConcurrentEditError,
    StoreError,
)
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.icons import app_icon
from tbn4_desktop.ui.window_fit import fit_window
from tbn4_desktop.ui.wizard_pages.data import DataPage
from tbn4_desktop.ui.wizard_pages.documents import DocumentsPage
from tbn4_desktop.ui.wizard_pages.intro import IntroPage
from tbn4_desktop.ui.wizard_pages.links import LinksPage
from tbn4_desktop.ui.wizard_pages.review import ReviewPage
from tbn4_desktop.ui.wizard_pages.state import WizardState

FINISH_TEXT = N_("Завершить")
NEXT_TEXT = N_("Да&лее >")
BACK_TEXT = N_("< &Назад")
DEFAULT_SIZE = QSize(1000, 680)  # a four-column table without scrolling sideways
MINIMUM_SIZE = QSize(720, 460)  # fits 1280×720 at 125 % less the taskbar
GEOMETRY_KEY = "subtaskWizard/geometry"
CANCEL_TIP = N_("Закрыть мастер. Всё введённое сохраняется: подзадачу можно продолжить позже кнопкой «Выполнить…».")


class PageId(IntEnum):
    INTRO = 0
    DATA = 1
    DOCUMENTS = 2
    LINKS = 3
    REVIEW = 4


#: The user guide's heading (docs/user-guide.md) for each page.
GUIDE_SECTIONS = {
    PageId.INTRO: "«Что требуется»",  # i18n: ru-only — a heading of the Russian user guide, looked up by text
    PageId.DATA: "«Данные» (таблицы)",  # i18n: ru-only — a heading of the Russian user guide, looked up by text
    PageId.DOCUMENTS: "«Документы»",  # i18n: ru-only — a heading of the Russian user guide, looked up by text
    PageId.LINKS: "«Публикации»",  # i18n: ru-only — a heading of the Russian user guide, looked up by text
    PageId.REVIEW: "«Проверка»",  # i18n: ru-only — a heading of the Russian user guide, looked up by text
}


class SubtaskWizard(QWizard):
    """Emits `executionChanged(execution_id)` when it closes after changing
    anything, and `completed(ExecutionInfo)` on success."""

    executionChanged = Signal(int)
    completed = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        catalog: Catalog,
        organization: OrganizationInfo,
        execution_id: int,
        parent: QWidget | None = None,
        *,
        deadline: object | None = None,
    ):
        super().__init__(parent)
        self.state = WizardState(
            ctx=ctx, catalog=catalog, organization=organization, execution_id=execution_id, deadline=deadline
        )
        self.result_info: ExecutionInfo | None = None
        self._draft_saved = False
        self.setObjectName("subtaskWizard")
        self.setWindowTitle(f"{self.state.heading} — {tr(APP_TITLE)}")
        self.setWindowIcon(app_icon())
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        # «Справка» (and F1) opens the user guide at the current page's section.
        self.setOption(QWizard.WizardOption.HaveHelpButton, True)
        # Its own message: its mnemonic must differ from those of the pages' buttons.
        self.setButtonText(QWizard.WizardButton.HelpButton, tr("&Справка", "wizard button"))
        self.helpRequested.connect(self.show_help)
        QShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents), self, self.show_help)
        self.setButtonText(QWizard.WizardButton.FinishButton, tr(FINISH_TEXT))
        self.setButtonText(QWizard.WizardButton.NextButton, tr(NEXT_TEXT))
        self.setButtonText(QWizard.WizardButton.BackButton, tr(BACK_TEXT))
        # Nothing is lost by «Отмена»: every page saves as it goes.
        self.button(QWizard.WizardButton.CancelButton).setToolTip(tr(CANCEL_TIP))
        state = self.state
        self.intro_page = IntroPage(state)
        self.data_page: DataPage | None = DataPage(state) if state.subtask.registers else None
        self.documents_page: DocumentsPage | None = DocumentsPage(state) if state.needs_documents_page else None
        self.links_page: LinksPage | None = LinksPage(state) if state.needs_links_page else None
        self.review_page = ReviewPage(state)
        for page_id, page in (
            (PageId.INTRO, self.intro_page),
            (PageId.DATA, self.data_page),
            (PageId.DOCUMENTS, self.documents_page),
            (PageId.LINKS, self.links_page),
            (PageId.REVIEW, self.review_page),
        ):
            if page is not None:
                self.setPage(int(page_id), page)
        self.setStartId(int(PageId.INTRO))
        self.setMinimumSize(MINIMUM_SIZE)
        fit_window(self, DEFAULT_SIZE, key=GEOMETRY_KEY)  # remembered, kept on the screen
        self._resumed = False

    def show_help(self):  # noqa: ANN201 - ui.help.GuideWindow
        """The user guide at the section of the page shown."""
        from tbn4_desktop.ui.help import show_guide

        page = PageId(self.currentId()) if self.currentId() >= 0 else PageId.INTRO
        return show_guide(self, GUIDE_SECTIONS[page])

    def page_ids(self) -> list[PageId]:
        return [PageId(i) for i in self.pageIds()]

    # ---------------------------------------------------------------- resume
    def resume_page(self) -> PageId:
        """The page to open at: see the module docstring."""
        state = self.state
        if state.detail.info.status.is_done or not state.has_input():
            return PageId.INTRO
        if (
            self.data_page is not None
            and not any(state.register_rows.get(r.key) for r in state.subtask.registers)
            and not state.register_rows.get(NO_FACTS_REGISTER.key)
        ):  # «Фактов не выявлено» is an answer
            return PageId.DATA
        if self.documents_page is not None and (
            state.unassigned or not all(state.slot_state(s.key).ok for s in state.document_slots)
        ):
            return PageId.DOCUMENTS
        if self.links_page is not None and not all(state.slot_state(s.key).ok for s in state.link_slots):
            return PageId.LINKS
        return PageId.REVIEW

    def setVisible(self, visible: bool) -> None:
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

    # ---------------------------------------------------------------- finish
    def complete(self) -> bool:
        """Save what is still unsaved, then mark the subtask complete; a
        refusal is shown on «Проверка» (or at the field concerned)."""
        if self.documents_page is not None and not self.documents_page.commit_dates():
            self.go_to(PageId.DOCUMENTS)
            return False
        if self.links_page is not None and self.links_page.filled and not self.links_page.save():
            self.go_to(PageId.LINKS)
            return False
        state = self.state
        notes = self.review_page.notes.toPlainText().strip()
        try:
            with state.ctx.store.session() as session:
                complete(
                    session, state.catalog, state.execution_id, expected_version=state.detail.info.version, notes=notes
                )
        except ValidationError as exc:
            state.reload()
            self.review_page.render()
            self.review_page.show_error("slots", " ".join(exc.errors.values()))
            return False
        except ConcurrentEditError:
            self.reload_after_conflict()
            return False
        except StoreError as exc:
            errors.show_error(self, str(exc))
            state.reload()
            return False
        state.attachments_changed = True
        self.result_info = state.reload().info
        self.completed.emit(self.result_info)
        return True

    def reload_after_conflict(self) -> None:
        """Another PC saved this subtask meanwhile (shared office database):
        say so, re-read it and show what is stored now. The links and the
        note the user typed stay for a second try."""
        self.state.reload()
        self.state.attachments_changed = True  # the tree must show the other PC's change too
        if self.documents_page is not None:
            self.documents_page.refresh()
        if self.links_page is not None:
            self.links_page.update_states()
        if self.currentId() == int(PageId.REVIEW):
            self.review_page.render()
        errors.show_error(self, tr(SUBTASK_RELOADED_MESSAGE))

    def go_to(self, page: PageId) -> None:
        while self.currentId() > int(page):
            self.back()
        self.page(int(page)).setFocus()

    # ------------------------------------------------------------- cancel
    def save_registers_draft(self) -> bool:
        """Keep the valid register rows. False: the user chose to stay and
        correct refused rows."""
        page = self.data_page
        if page is None or not page.changed():
            return True
        if page.has_errors() and not errors.confirm(
            self,
            tr("В таблицах есть строки с ошибками; такие таблицы не будут сохранены."),
            tr("Закрыть мастер без них? Остальные данные сохранятся."),
            yes_text=tr("Закрыть"),
        ):
            self.go_to(PageId.DATA)
            page.has_errors()
            return False
        page.save(only_valid=True)
        return True

    def save_links_draft(self) -> bool:
        """Keep the links with a valid URL. False: the user chose to stay and
        correct a link."""
        page = self.links_page
        if page is None or not page.changed():
            return True
        bad = [r for box in page.boxes.values() for r in box.filled_rows() if url_error(r.url.text())]
        if bad and not errors.confirm(
            self,
            tr("Некоторые ссылки введены с ошибкой и не будут сохранены."),
            tr("Закрыть мастер без них? Остальное (файлы, подписанты, верные ссылки) сохранится."),
            yes_text=tr("Закрыть"),
        ):
            self.go_to(PageId.LINKS)
            page.check()
            return False
        if not page.save(only_valid=True):
            errors.show_error(
                self,
                tr("Ссылки не сохранены. {reason}").format(
                    reason=(page.error.message() or " ".join(b.error.message() for b in page.boxes.values())).strip()
                ),
            )
        return True

    def save_notes_draft(self) -> None:
        if not self.review_page.filled:
            return
        notes = self.review_page.notes.toPlainText().strip()
        if notes == self.state.detail.info.notes:
            return
        message = self.state.write(
            lambda session, version: save_notes(session, self.state.execution_id, expected_version=version, notes=notes)
        )
        if message:
            errors.show_error(self, tr("Примечание не сохранено. {reason}").format(reason=message))

    def save_draft(self) -> bool:
        """Keep the register rows, dates, links and note entered so far.
        False: the user chose to stay and correct a link or a row."""
        if self._draft_saved:
            return True
        if not self.save_registers_draft():
            return False
        if self.documents_page is not None:
            self.documents_page.commit_dates()
        if not self.save_links_draft():
            return False
        self.save_notes_draft()
        self._draft_saved = True
        return True

    def reject(self) -> None:
        if self.documents_page is not None and self.documents_page.busy:  # never lose a file being saved
            errors.show_error(self, self.documents_page.busy_message())
            return
        if not self.save_draft():
            return
        super().reject()

    def done(self, result: int) -> None:
        super().done(result)
        if self.result_info is not None or self.state.attachments_changed:
            self.executionChanged.emit(self.state.execution_id)
