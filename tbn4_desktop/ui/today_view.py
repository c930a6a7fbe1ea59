"""«На сегодня»: the main window's first tab. What needs attention in the
year shown (services/today.py), in four groups, each line with its deadline
in working days and its next action as a button that does it:
«Приложить скан» / «Выбрать подписанта» open the subtask's wizard on
«Документы» at the document concerned, «Отметить загрузку» opens the same
dialog as the menu, «Открыть» opens the wizard where the work was left.

The page re-reads itself whenever the main window recomputes the deadlines
(`deadlinesChanged`), so a line goes away as soon as its action is done.
Services are imported when first read: the page is built for the first
paint, before the store is open.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.deadline_types import DeadlineState
from tbn4_desktop.i18n import N_, tc, tr
from tbn4_desktop.ui.formatting import format_date
from tbn4_desktop.ui.icons import deadline_icon, status_icon
from tbn4_desktop.ui.widgets import heading, wrapped

if TYPE_CHECKING:
    from tbn4_desktop.services.today import TodayLine, TodayReport
    from tbn4_desktop.ui.main_window import MainWindow
    from tbn4_desktop.ui.upload_dialog import UploadDialog

TITLE = N_("На сегодня")
LOADING_TEXT = N_("Сроки года рассчитываются…")
ICON = 16


def line_text(line: TodayLine) -> str:
    """«1.1.7 План мероприятий… — II квартал» (the period only when there is one)."""
    return f"{line.code} {tc(line.title)}" + (f" — {line.period_text}" if line.period else "")


class TodayLineWidget(QFrame):
    """One line: icon, subtask (+ period) and status, the deadline, the button."""

    actionRequested = Signal(object)  # TodayLine

    def __init__(self, line: TodayLine, parent: QWidget | None = None):
        super().__init__(parent)
        self.line = line
        self.setObjectName("todayLine")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 8, 4)
        row.setSpacing(10)
        icon = QLabel(self)
        shown = deadline_icon(line.state) if line.state is not None else status_icon(line.status)
        icon.setPixmap(shown.pixmap(ICON, ICON))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        row.addWidget(icon)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.subtask = wrapped(line_text(line), self, selectable=False)
        font = self.subtask.font()
        font.setBold(True)
        self.subtask.setFont(font)
        texts.addWidget(self.subtask)
        # The deadline and the status under the name: the name gets the whole width.
        details = QHBoxLayout()
        details.setSpacing(16)
        self.deadline = QLabel(
            tr("Срок: {deadline}").format(deadline=line.deadline_text) if line.due is not None else line.deadline_text,
            self,
        )
        self.deadline.setObjectName("todayDeadline")
        if line.state is DeadlineState.OVERDUE:
            self.deadline.setStyleSheet("font-weight: bold;")
        self.status = QLabel(tr("Статус: {status}").format(status=line.status.label), self)
        details.addWidget(self.deadline)
        details.addWidget(self.status)
        details.addStretch(1)
        texts.addLayout(details)
        row.addLayout(texts, 1)
        self.button = QPushButton(line.action.label, self)
        self.button.setObjectName(f"todayAction_{line.action.value}")
        self.button.setToolTip(line.action_hint)
        self.button.setAccessibleName(f"{line.action.label}: {line.code}")
        from tbn4_desktop.services.today import NextAction

        # As wide as the longest action's word, so that the buttons line up.
        self.button.setMinimumWidth(max(self.fontMetrics().horizontalAdvance(a.label) for a in NextAction) + 28)
        self.button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.button.clicked.connect(lambda _=False: self.actionRequested.emit(self.line))
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        tip = "\n".join(t for t in (line.deadline_text, line.missing) if t)
        for w in (self.subtask, self.status, self.deadline):
            w.setToolTip(tip)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # A wrapped name inside a scroll area is squeezed to one line unless
        # the line asks for the height the name needs at its width.
        layout = self.layout()
        if layout is None:
            return
        margins = layout.contentsMargins()
        needed = (
            margins.top()
            + margins.bottom()
            + self.subtask.heightForWidth(self.subtask.width())
            + 2
            + max(self.deadline.sizeHint().height(), self.status.sizeHint().height())
        )
        if needed != self.minimumHeight():
            self.setMinimumHeight(needed)

    def text(self) -> str:
        """«1.1.7 … | 21.04.2025 — просрочено на 32 раб. дн. | Приложить скан» (tests, accessibility)."""
        return f"{self.subtask.text()} | {self.line.deadline_text} | {self.button.text()}"


class TodayView(QWidget):
    """The lines of a TodayReport in their groups; empty state in words."""

    actionRequested = Signal(object)  # TodayLine
    openDeadlines = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("todayView")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self.title = heading(tr(TITLE), self, scale=1.2)
        layout.addWidget(self.title)
        self.summary = wrapped(tr(LOADING_TEXT), self, selectable=False)
        self.summary.setObjectName("todaySummary")
        layout.addWidget(self.summary)
        self.warnings = wrapped("", self)
        self.warnings.setObjectName("todayWarnings")
        self.warnings.hide()
        layout.addWidget(self.warnings)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.host = QWidget(self.scroll_area)
        self.column = QVBoxLayout(self.host)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(4)
        self.scroll_area.setWidget(self.host)
        layout.addWidget(self.scroll_area, 1)
        bottom = QHBoxLayout()
        self.deadlines_button = QPushButton(tr("Все сроки года («Сроки»)"), self)
        self.deadlines_button.setObjectName("todayOpenDeadlines")
        self.deadlines_button.setToolTip(
            tr("Вкладка «Сроки»: таблица всех сроков, светофоры проектов, календарь (Ctrl+3)")
        )
        self.deadlines_button.clicked.connect(self.openDeadlines)
        bottom.addWidget(self.deadlines_button)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.line_widgets: list[TodayLineWidget] = []
        self.group_labels: dict[str, QLabel] = {}
        self.empty_label: QLabel | None = None
        self.report: TodayReport | None = None

    def set_report(self, report: TodayReport) -> None:
        from tbn4_desktop.services.today import EMPTY_TEXT, TodayGroup

        self.report = report
        self._clear()
        self.title.setText(f"{tr(TITLE)} — {format_date(report.as_of)}")
        counts = {g: len(report.group(g)) for g in TodayGroup}
        if report.empty:
            self.summary.setText(tr("Год {year}.").format(year=report.year))
            self.empty_label = wrapped(tr(EMPTY_TEXT), self.host, selectable=False)
            self.empty_label.setObjectName("todayEmpty")
            font = self.empty_label.font()
            font.setPointSizeF(font.pointSizeF() * 1.1)
            self.empty_label.setFont(font)
            self.column.addWidget(self.empty_label)
        else:
            parts = [f"{g.label}: {n}" for g, n in counts.items() if n]
            self.summary.setText(
                tr("Год {year}. {groups}. Кнопка справа от строки выполняет следующий шаг.").format(
                    year=report.year, groups="; ".join(parts)
                )
            )
            for group in TodayGroup:
                lines = report.group(group)
                if not lines:
                    continue
                label = QLabel(f"<b>{group.label}</b> ({len(lines)})", self.host)
                label.setObjectName(f"todayGroup_{group.value}")
                label.setContentsMargins(0, 8, 0, 2)
                self.column.addWidget(label)
                self.group_labels[group.value] = label
                for line in lines:
                    widget = TodayLineWidget(line, self.host)
                    widget.actionRequested.connect(self.actionRequested)
                    self.column.addWidget(widget)
                    self.line_widgets.append(widget)
        self.column.addStretch(1)
        if report.warnings:
            self.warnings.setText("⚠ " + "\n⚠ ".join(report.warnings))
        self.warnings.setVisible(bool(report.warnings))

    def _clear(self) -> None:
        while self.column.count():
            item = self.column.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.line_widgets, self.group_labels, self.empty_label = [], {}, None

    def lines(self) -> list[str]:
        return [w.text() for w in self.line_widgets]

    def widget_of(self, execution_id: int) -> TodayLineWidget | None:
        return next((w for w in self.line_widgets if w.line.execution_id == execution_id), None)

    def groups(self) -> list[str]:
        return [label.text() for label in self.group_labels.values()]


class TodayPage(QWidget):
    """The tab: the view plus what its buttons do in the main window."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window_ = window
        self.setObjectName("todayPage")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.view = TodayView(self)
        layout.addWidget(self.view)
        self.view.actionRequested.connect(self.do)
        self.view.openDeadlines.connect(window.show_dashboard)
        window.deadlinesChanged.connect(self._deadlines_changed)
        self.upload_dialog: UploadDialog | None = None
        self._stale = True

    def show_page(self) -> None:
        tabs = self.window_.tabs
        tabs.setCurrentIndex(tabs.indexOf(self))
        first = self.view.line_widgets[0].button if self.view.line_widgets else self.view.deadlines_button
        first.setFocus()

    def _deadlines_changed(self) -> None:
        # Read now when on screen (the first page at start), else when next shown.
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> bool:
        """Read «На сегодня» for the year shown; False (after a message) when it cannot be read."""
        w = self.window_
        if w.ctx is None or w.catalog is None:
            return False
        from tbn4_desktop.core.workdays import WorkCalendarError
        from tbn4_desktop.services.today import today_report
        from tbn4_desktop.store_errors import StoreError
        from tbn4_desktop.ui import errors

        try:
            with w.ctx.store.session() as session:
                report = today_report(session, w.catalog, w.organization.id, w.year, w.today(), w.work_calendar)
        except (StoreError, WorkCalendarError) as exc:
            errors.show_error(self, str(exc))
            return False
        self.view.set_report(report)
        self._stale = False
        return True

    def do(self, line: TodayLine):
        from tbn4_desktop.services.today import NextAction

        if line.action is NextAction.MARK_UPLOADED:
            return self.mark_uploaded(line)
        wizard = self.window_.open_wizard(line.execution_id)
        if wizard is not None and line.action in (NextAction.ATTACH_SCAN, NextAction.CHOOSE_SIGNER):
            open_documents_at(wizard, line.slot_key, signer=line.action is NextAction.CHOOSE_SIGNER)
        return wizard

    def mark_uploaded(self, line: TodayLine):
        """The same dialog as «Подзадача → Отметить загрузку в ИСПУ…», for this period."""
        from tbn4_desktop.ui.upload_dialog import UploadDialog

        w = self.window_
        info = w.tree.tree_model.execution(line.execution_id)
        if info is None or w.ctx is None:
            return None
        dialog = UploadDialog(w.ctx, [info], w, today=w.today(), catalog=w.catalog)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.marked.connect(self._marked)
        self.upload_dialog = dialog
        dialog.open()
        return dialog

    def _marked(self, ids: Sequence[int]) -> None:
        for execution_id in ids:
            self.window_.refresh_execution(execution_id)  # tree, deadlines and this page follow
        self.window_.statusBar().showMessage(
            tr("Отмечено как загруженное в ИСПУ: {count}.").format(count=len(ids)), 5000
        )


def open_documents_at(wizard, slot_key: str | None, *, signer: bool) -> None:
    """Bring an open wizard to «Документы» and focus the slot's «Добавить
    файлы…» (or its signer): walking forward page by page, as resuming does,
    so that «Назад» works as usual."""
    from tbn4_desktop.ui.subtask_wizard import PageId

    page = wizard.documents_page
    if page is None:
        return
    target = int(PageId.DOCUMENTS)
    while wizard.currentId() < target:
        before = wizard.currentId()
        wizard.next()
        if wizard.currentId() == before:
            return  # a page refused to move on: it says why
    if wizard.currentId() > target:
        wizard.go_to(PageId.DOCUMENTS)
    card = page.cards.get(slot_key or "")
    if card is None:
        return
    page.scroll.ensureWidgetVisible(card)
    focus = card.signer_combo if signer and card.signer_combo is not None else card.add_button
    if focus is not None:
        focus.setFocus()
