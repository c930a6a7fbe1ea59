"""The documents page's background file jobs (ui/jobs.py): adding files to a
slot, replacing one, merging several into one PDF. The worker opens its own
store session and touches no widget; the page shows a busy bar, disables its
buttons and keeps Next/Finish off until the result is back on the UI thread,
and the wizard refuses to close meanwhile (`busy_message`). Apart from
documents.py (the page's widgets and its at-once writes) as the base class
FileJobsPage: the thread hand-over lives here, in one place."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QElapsedTimer
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QWizard,
    QWizardPage,
)

from tbn4_desktop.core.attachments import AttachmentError
from tbn4_desktop.core.documents import DocumentError
from tbn4_desktop.core.tempfiles import temp_name
from tbn4_desktop.i18n import tr, trn
from tbn4_desktop.services.executions import (
    AttachmentInfo,
    add_attachment,
    get_execution,
    merge_attachments,
    replace_attachment,
)
from tbn4_desktop.store_errors import (
    SUBTASK_RELOADED_MESSAGE,
    ConcurrentEditError,
    StoreError,
)
from tbn4_desktop.ui import errors
from tbn4_desktop.ui.document_preview import cached_page_count
from tbn4_desktop.ui.jobs import Job
from tbn4_desktop.ui.widgets import FieldError
from tbn4_desktop.ui.wizard_pages.file_list import role_for
from tbn4_desktop.ui.wizard_pages.files_card import FILE_FILTER
from tbn4_desktop.ui.wizard_pages.state import WizardState

if TYPE_CHECKING:
    from tbn4_desktop.ui.wizard_pages.files_card import UnassignedCard, _FilesCard
    from tbn4_desktop.ui.wizard_pages.slot_card import SlotCard

MERGED_NAME = (
    "Объединённый документ.pdf"  # i18n: ru-only — a stored file name, the same in the ISPU bundle whatever the language
)

# Jobs live here until they finish, even if the wizard is gone meanwhile.
_running: set[Job] = set()


class FileJobsPage(QWizardPage):
    """The jobs half of DocumentsPage, which builds the widgets named here."""

    state: WizardState
    cards: dict[str, SlotCard]
    unassigned_card: UnassignedCard
    error: FieldError
    result_label: QLabel
    busy_bar: QProgressBar
    restore_button: QPushButton
    last_job_ms: int
    last_added: int
    _job: Job | None
    _job_card: _FilesCard | None
    _job_clock: QElapsedTimer

    if TYPE_CHECKING:  # DocumentsPage's own

        @property
        def file_cards(self) -> list[_FilesCard]: ...

        def refresh(self) -> None: ...

        def update_buttons(self) -> None: ...

    @property
    def busy(self) -> bool:
        return self._job is not None

    def busy_message(self) -> str:
        """Why the wizard may not close now (empty when it may)."""
        return tr("Подождите: файлы ещё сохраняются в подзадачу.") if self.busy else ""

    def isComplete(self) -> bool:
        return not self.busy and super().isComplete()

    def _run(self, text: str, card: _FilesCard, work, done) -> bool:
        """Run `work(progress)` on a pool thread (files and its own store
        session only) and `done(result)` back on the UI thread. False when
        another job is still running."""
        if self._job is not None:
            return False
        job = Job(lambda progress, _cancelled: work(progress))  # no parent: see document_preview
        _running.add(job)
        self._job = job
        self._job_card = card
        self._job_clock.start()
        self._set_busy(text)
        job.signals.progress.connect(lambda done_, total, name: self._progress(job, done_, total, name))
        job.signals.succeeded.connect(lambda result: self._job_result(job, done, result))
        job.signals.failed.connect(lambda exc, details: self._job_failed(job, exc, details))
        job.signals.finished.connect(lambda: _running.discard(job))
        job.start()
        return True

    def _set_busy(self, text: str | None) -> None:
        busy = text is not None
        for card in self.file_cards:
            for button in card.findChildren(QPushButton):
                if button is not getattr(card, "signers_button", None):
                    button.setEnabled(not busy)
            card.file_list.setAcceptDrops(not busy and card is not self.unassigned_card)
            card.setAcceptDrops(not busy and card is not self.unassigned_card)
        self.restore_button.setEnabled(not busy)
        wizard = self.wizard()
        if wizard is not None:  # closing is refused meanwhile anyway (SubtaskWizard.reject)
            wizard.button(QWizard.WizardButton.CancelButton).setEnabled(not busy)
        if text is not None:  # busy
            self.busy_bar.setRange(0, 0)  # indeterminate until the first progress report
            self.busy_bar.setFormat(text)
            self.busy_bar.show()
        else:
            self.busy_bar.hide()
            self.update_buttons()
        self.completeChanged.emit()

    def _progress(self, job: Job, done: int, total: int, name: str) -> None:
        if not shiboken6.isValid(self) or job is not self._job:
            return
        self.busy_bar.setRange(0, max(total, 1))
        self.busy_bar.setValue(done)
        self.busy_bar.setFormat(
            tr("Файл {number} из {total}: {name}").format(number=done + 1, total=total, name=name)
            if total > 1
            else tr("Сохраняется «{name}»…").format(name=name)
        )

    def _job_result(self, job: Job, done, result) -> None:
        if not shiboken6.isValid(self) or job is not self._job:
            return  # the wizard is gone: the worker has stored and committed the files anyway
        self._end_job()
        done(result)

    def _job_failed(self, job: Job, exc: BaseException, details: str) -> None:
        if not shiboken6.isValid(self) or job is not self._job:
            return
        card = self._job_card
        self._end_job()
        target = card.error if card is not None else self.error
        if isinstance(exc, ConcurrentEditError):  # another PC changed the subtask: re-read below
            self.error.set_message(tr(SUBTASK_RELOADED_MESSAGE))
        elif isinstance(exc, (AttachmentError, DocumentError, StoreError)):
            target.set_message(str(exc))
        else:
            errors.show_error(
                self,
                tr(
                    "Не удалось сохранить файлы подзадачи. Повторите действие; если ошибка "
                    "повторится, передайте журнал администратору."
                ),
                details,
            )
        # What the store holds now; the message above already says when it is unreachable.
        with contextlib.suppress(StoreError):
            self._changed()

    def _end_job(self) -> None:
        self.last_job_ms = self._job_clock.elapsed()
        self._job = None
        self._job_card = None
        self._set_busy(None)

    def wait_idle(self, timeout_ms: int = 30000) -> bool:
        """Scripts and tests: let the event loop run until the job is back."""
        clock = QElapsedTimer()
        clock.start()
        while (job := self._job) is not None and clock.elapsed() < timeout_ms:
            job.wait(0.005)
            QApplication.processEvents()
        QApplication.processEvents()
        return not self.busy

    def _changed(self, result: str = "") -> None:
        self.state.attachments_changed = True
        self.state.reload()
        self.refresh()
        self.result_label.setText(result)
        self.result_label.setVisible(bool(result))

    # ---------------------------------------------------------------- files
    def start_adding(
        self, paths: list[Path], slot_key: str, card: SlotCard | None = None, onto: int | None = None
    ) -> bool:
        """Attach files to a slot one by one in a background job (the file
        dialog and drops come here). The parts of a «Карточка электронного
        документа» come after it, signatures after documents; `onto`: the file
        a signature was dropped on. False when another job is still running."""
        paths = [Path(p) for p in paths]
        card = card or self.cards[slot_key]
        if not paths:
            return False
        if self.busy:
            card.error.set_message(self.busy_message())
            return False
        card.error.set_message(None)
        self.error.set_message(None)
        role = role_for(card.slot)
        ctx, execution_id = self.state.ctx, self.state.execution_id
        version = self.state.detail.info.version

        def work(progress) -> tuple[list[int], list[str]]:
            # Here, not at the top: the signature code loads asn1crypto and
            # cryptography, which the window does not need to open.
            from tbn4_desktop.services.signatures import with_card_parts

            nonlocal version
            refused: list[str] = []
            added: list[int] = []
            ctx.blobs.root.mkdir(parents=True, exist_ok=True)
            with tempfile.TemporaryDirectory(prefix=temp_name("card") + "-", dir=ctx.blobs.root) as folder:
                incoming, notes = with_card_parts(paths, role, Path(folder), ctx.settings.max_attachment_bytes)
                refused.extend(notes)
                for n, item in enumerate(incoming):
                    progress(n, len(incoming), item.path.name)
                    try:
                        with ctx.store.session() as session:
                            info = add_attachment(
                                session,
                                ctx.blobs,
                                execution_id,
                                item.path,
                                item.role,
                                max_bytes=ctx.settings.max_attachment_bytes,
                                check_pages=True,
                                expected_version=version,
                                slot_key=slot_key,
                                signs_attachment_id=onto,
                            )
                            version = get_execution(session, execution_id).info.version  # this add bumped it
                        added.append(info.id)
                        # Count the pages here, so the list never counts a big PDF on the UI thread.
                        cached_page_count(info.sha256, ctx.blobs.path_of(info.sha256), info.media_type)
                    except AttachmentError as exc:
                        refused.append(
                            str(exc)
                            if not item.card
                            else tr("Из карточки «{card}»: {reason}").format(card=item.card, reason=exc)
                        )
            return added, refused

        def done(result: tuple[list[int], list[str]]) -> None:
            added, refused = result
            self.last_added = len(added)
            if added:
                self._changed()
                card.file_list.select_id(added[-1])  # show the file just added
            card.error.set_message("\n".join(refused) if refused else None)

        return self._run(tr("Сохранение файлов…"), card, work, done)

    def add_files(self, paths: list[Path], slot_key: str | None = None) -> int:
        """Attach files to a slot (default: the first that takes files) and
        wait for the job (scripts, tests); returns how many were added."""
        key = slot_key or self.state.file_slots[0].key
        self.last_added = 0
        if not self.start_adding(paths, key):
            return 0
        self.wait_idle()
        return self.last_added

    def replace_file(self, old: AttachmentInfo, card: SlotCard) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, tr("Чем заменить «{name}»").format(name=old.original_name), "", tr(FILE_FILTER)
        )
        if not name:
            return
        new = Path(name)
        if not errors.confirm(
            self,
            tr("Заменить «{old}» файлом «{new}»?").format(old=old.original_name, new=new.name),
            tr("Прежний файл не удаляется: он перейдёт в историю подзадачи."),
            yes_text=tr("Заменить"),
        ):
            return
        ctx = self.state.ctx
        version = self.state.detail.info.version

        def work(progress):
            progress(0, 1, new.name)
            try:
                with ctx.store.session() as session:
                    info = replace_attachment(
                        session,
                        ctx.blobs,
                        old.id,
                        new,
                        max_bytes=ctx.settings.max_attachment_bytes,
                        check_pages=True,
                        expected_version=version,
                    )
            except AttachmentError as exc:
                return str(exc)
            cached_page_count(info.sha256, ctx.blobs.path_of(info.sha256), info.media_type)
            return None

        def done(refused: str | None) -> None:
            if refused:
                card.error.set_message(refused)
                return
            card.error.set_message(None)
            self._changed(tr("Файл «{old}» заменён файлом «{new}».").format(old=old.original_name, new=new.name))

        if not self._run(tr("Замена файла…"), card, work, done):
            card.error.set_message(self.busy_message())

    def merge_files(self, card: SlotCard) -> None:
        files = card.merge_candidates()
        if len(files) < 2:
            card.error.set_message(tr("Для объединения нужно не меньше двух файлов."))
            return
        order = "\n".join(f"{n}. {a.original_name}" for n, a in enumerate(files, 1))
        if not errors.confirm(
            self,
            trn("Объединить %n файл в один PDF в этом порядке?", len(files)),
            order + "\n\n" + tr("Исходные файлы перейдут в историю подзадачи."),
            yes_text=tr("Объединить"),
        ):
            return
        ids = [a.id for a in files]
        role = files[0].role
        ctx, execution_id, count = self.state.ctx, self.state.execution_id, len(files)
        version = self.state.detail.info.version

        def work(progress):
            progress(0, 1, MERGED_NAME)
            with ctx.store.session() as session:
                merged = merge_attachments(
                    session,
                    ctx.blobs,
                    execution_id,
                    ids,
                    role,
                    MERGED_NAME,
                    max_bytes=ctx.settings.max_attachment_bytes,
                    expected_version=version,
                )
            return merged, cached_page_count(merged.sha256, ctx.blobs.path_of(merged.sha256), merged.media_type)

        def done(result) -> None:
            merged, pages = result
            card.error.set_message(None)
            self._changed(
                trn("Создан «{name}»: {pages} стр. из %n файла. Исходные файлы — в истории.", count).format(
                    name=merged.original_name, pages=pages
                )
            )
            card.file_list.select_id(merged.id)

        if not self._run(tr("Объединение в один PDF…"), card, work, done):
            card.error.set_message(self.busy_message())
