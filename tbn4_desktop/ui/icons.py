"""Status icons. Each state has its own shape as well as colour (UX.md:
colour is never the only signal), drawn as small SVG files in
resources/icons/. If the SVG plugin is missing (a trimmed frozen build), a Qt
standard icon stands in so no row loses its icon. The stand-ins are named, not
imported: touching QStyle creates its dozen Python enums (5 ms of start-up)."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from tbn4_desktop.core.deadline_types import DeadlineState
from tbn4_desktop.core.vocabulary import ExecutionStatus
from tbn4_desktop.i18n import N_
from tbn4_desktop.paths import resource_dir

NOT_APPLICABLE_LABEL = N_("Не применяется")  # shown as tr(NOT_APPLICABLE_LABEL)

_STATUS_FILES = {
    ExecutionStatus.NOT_STARTED: "status-not-started.svg",
    ExecutionStatus.IN_PROGRESS: "status-in-progress.svg",
    ExecutionStatus.DOCUMENT_PREPARED: "status-document-prepared.svg",
    ExecutionStatus.SIGNED: "status-signed.svg",
    ExecutionStatus.READY_FOR_UPLOAD: "status-ready.svg",
    ExecutionStatus.UPLOADED: "status-uploaded.svg",
}

_FALLBACKS = {
    ExecutionStatus.NOT_STARTED: "SP_DialogNoButton",
    ExecutionStatus.IN_PROGRESS: "SP_BrowserReload",
    ExecutionStatus.DOCUMENT_PREPARED: "SP_FileIcon",
    ExecutionStatus.SIGNED: "SP_DialogSaveButton",
    ExecutionStatus.READY_FOR_UPLOAD: "SP_DialogApplyButton",
    ExecutionStatus.UPLOADED: "SP_ArrowUp",
}


# Deadline states: a shape each (triangle, filled clock, hollow clock,
# calendar, filled tick, boxed tick, dashed question mark).
DEADLINE_FILES = {
    DeadlineState.OVERDUE: "deadline-overdue.svg",
    DeadlineState.DUE_3: "deadline-due-3.svg",
    DeadlineState.DUE_10: "deadline-due-10.svg",
    DeadlineState.LATER: "deadline-later.svg",
    DeadlineState.DONE_ON_TIME: "deadline-done-on-time.svg",
    DeadlineState.DONE_LATE: "deadline-done-late.svg",
    DeadlineState.NO_DATE: "deadline-no-date.svg",
    DeadlineState.NOT_APPLICABLE: "status-not-applicable.svg",
}

_DEADLINE_FALLBACKS = {
    DeadlineState.OVERDUE: "SP_MessageBoxCritical",
    DeadlineState.DUE_3: "SP_MessageBoxWarning",
    DeadlineState.DUE_10: "SP_MessageBoxInformation",
    DeadlineState.LATER: "SP_FileDialogDetailedView",
    DeadlineState.DONE_ON_TIME: "SP_DialogApplyButton",
    DeadlineState.DONE_LATE: "SP_DialogYesButton",
    DeadlineState.NO_DATE: "SP_MessageBoxQuestion",
    DeadlineState.NOT_APPLICABLE: "SP_DialogCancelButton",
}


def _load(name: str, fallback: str) -> QIcon:
    """The SVG `name`, or the style's standard pixmap named `fallback`."""
    icon = QIcon(str(resource_dir() / "icons" / name))
    if icon.isNull() or icon.pixmap(16, 16).isNull():
        from PySide6.QtWidgets import QStyle

        style = QApplication.style()
        return style.standardIcon(getattr(QStyle.StandardPixmap, fallback)) if style is not None else QIcon()
    return icon


@cache
def status_icon(status: ExecutionStatus) -> QIcon:
    return _load(_STATUS_FILES[status], _FALLBACKS[status])


@cache
def not_applicable_icon() -> QIcon:
    return _load("status-not-applicable.svg", "SP_DialogCancelButton")


@cache
def app_icon() -> QIcon:
    return _load("app.svg", "SP_ComputerIcon")


@cache
def deadline_icon(state: DeadlineState) -> QIcon:
    return _load(DEADLINE_FILES[state], _DEADLINE_FALLBACKS[state])


@cache
def signature_icon() -> QIcon:
    """The badge of a file signed with an electronic signature (ЭЦП)."""
    return _load("e-signature.svg", "SP_DialogApplyButton")
