"""Marks of the upload to ИСПУ from the main window: «Отметить загрузку в
ИСПУ…» for the ready periods of the subtask shown, why a period is held
back, «Снять отметку о загрузке…», and refreshing the rows marked. Apart
from main_window.py: one menu's workflow with its own messages.

Functions of the window (`window: MainWindow`); MainWindow's methods of the
same names call them. `window` is left unannotated where the method had no
annotations: mypy did not check those bodies before the split either."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from tbn4_desktop.core.vocabulary import ExecutionStatus
from tbn4_desktop.i18n import tr
from tbn4_desktop.store_errors import StoreError
from tbn4_desktop.ui import errors

if TYPE_CHECKING:
    from tbn4_desktop.ui.main_window import MainWindow


def mark_uploaded(window):  # noqa: ANN201 - UploadDialog | None
    """«Отметить загрузку в ИСПУ…» for the ready periods of the subtask shown."""
    from tbn4_desktop.ui.upload_dialog import UploadDialog

    ready = window.panel.ready_to_mark()
    if not ready:
        held = _held_back(window)
        window.statusBar().showMessage(
            held
            or tr(
                "Отметить загрузку можно только для подзадач со статусом «Готово к загрузке»: выберите такую подзадачу."
            ),
            8000,
        )
        return None
    dialog = UploadDialog(window.ctx, ready, window, today=window.today(), catalog=window.catalog)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.marked.connect(window._uploaded)
    window.upload_dialog = dialog
    dialog.open()
    return dialog


def _held_back(window: MainWindow) -> str:
    """For the subtask shown: why a period marked «Готово к загрузке» is
    shown «В работе» — the checklist's sentence ('' when none is)."""
    data = window.panel.data
    if data is None:
        return ""
    model = window.tree.tree_model
    for info in data.executions:
        checklist = model.checklist(info.id)
        if (
            model.stored_status(info.id) is ExecutionStatus.READY_FOR_UPLOAD
            and checklist is not None
            and not checklist.complete
        ):
            return checklist.refusal()
    return ""


def unmark_uploaded(window: MainWindow) -> bool:
    """«Снять отметку о загрузке…»: a mark set by mistake goes back to
    «Готово к загрузке» after a confirmation."""
    from tbn4_desktop.core.validation import ValidationError
    from tbn4_desktop.services.executions import unmark_uploaded

    if window.ctx is None:
        return False
    marked = window.panel.uploaded_marks()
    if not marked:
        window.statusBar().showMessage(
            tr("Отметка о загрузке есть только у подзадач со статусом «Загружено в ИСПУ»: выберите такую подзадачу."),
            5000,
        )
        return False
    what = ", ".join(e.status_text for e in marked)
    if not errors.confirm(
        window,
        tr("Снять отметку о загрузке в ИСПУ ({count})?").format(count=len(marked)),
        tr("{what}. Статус вернётся к «Готово к загрузке».").format(what=what),
        yes_text=tr("Снять отметку"),
    ):
        return False
    try:
        with window.ctx.store.session() as session:
            unmark_uploaded(session, [e.id for e in marked], expected_versions={e.id: e.version for e in marked})
    except (ValidationError, StoreError) as exc:
        errors.show_error(window, str(exc))
        window.load()
        return False
    window._uploaded([e.id for e in marked], message=tr("Отметка о загрузке снята: {count}.").format(count=len(marked)))
    return True


def _uploaded(window: MainWindow, ids: list, message: str = "") -> None:
    from tbn4_desktop.services.executions import get_execution

    if window.ctx is None:
        return
    try:
        with window.ctx.store.session() as session:
            infos = [get_execution(session, i).info for i in ids]
    except StoreError as exc:
        errors.show_error(window, str(exc))
        return
    for info in infos:
        window.tree.tree_model.update_execution(info)
    window.refresh_deadlines()
    window._update_progress()
    window.statusBar().showMessage(
        message or tr("Отмечено как загруженное в ИСПУ: {count}.").format(count=len(ids)), 5000
    )
