"""Page «Публикации»: the link documents of the subtask, one group per link
slot with the channels rule of the instruction («в каждом канале» or «в
одном из каналов»), its ✔/✖ state, and rows of URL, title, channel (only
the slot's channels) and publication date (may be «не указана»). A
conditional link may be declared «Не требуется» for a reason the slot
allows (saved at once). The rows are saved when the user moves on, on
Finish and with the draft on Cancel; each URL is checked at its field and
blank rows are ignored. A URL shows its beginning (the site's domain) when
not being edited, the whole of it in the tooltip, and opens in the browser
(http and https only). The publication date of a new row is today; where
the subtask's deadline is judged by this slot's date (1.1.3, 1.1.4, 1.1.8)
it is required. The page exists only for subtasks with a link slot (never
for Project 2, whose documents hold offenders' personal data)."""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFocusEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from tbn4_desktop.core.catalog import DocumentSlot
from tbn4_desktop.core.validation import url_error
from tbn4_desktop.core.vocabulary import Channel
from tbn4_desktop.i18n import N_, tc, tr
from tbn4_desktop.services.checklist import SlotLinkInput, set_slot_links, waive_slot
from tbn4_desktop.store_errors import SUBTASK_RELOADED_MESSAGE
from tbn4_desktop.ui.widgets import FieldError, mark_invalid, wrapped
from tbn4_desktop.ui.wizard_pages.slot_widgets import (
    MarkLabel,
    OptionalDateEdit,
    WaiveControl,
)
from tbn4_desktop.ui.wizard_pages.state import (
    WizardState,
    problem_text,
    requirement_text,
    source_tooltip,
)

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def channels_rule(slot: DocumentSlot) -> str:
    """The instruction's channels rule of a link slot, as a sentence."""
    labels = [c.label for c in slot.channels]
    if len(labels) == 1:
        return tr("Нужна ссылка на публикацию: {channel}.").format(channel=labels[0])
    if slot.any_channel:
        # Whole sentences for two and three channels (there are three): «или» is not glued in.
        if len(labels) == 2:
            return tr("Достаточно ссылки в одном из каналов: {first} или {second}.").format(
                first=labels[0], second=labels[1]
            )
        return tr("Достаточно ссылки в одном из каналов: {first} или {second} или {third}.").format(
            first=labels[0], second=labels[1], third=labels[2]
        )
    return tr("Нужна ссылка в каждом канале: {channels}.").format(channels=", ".join(labels))


NO_DATE_MESSAGE = N_("Укажите дату публикации: по ней проверяется срок подзадачи.")


class UrlEdit(QLineEdit):
    """A URL field that shows its beginning — the site's domain, which tells
    one publication from another — whenever it is not being edited, and the
    whole address in its tooltip."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.textChanged.connect(lambda text: self.setToolTip(text.strip()))

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.setCursorPosition(0)

    def setText(self, text: str | None) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        if not self.hasFocus():
            self.setCursorPosition(0)


class LinkRow:
    """One link: URL, title, channel, date, «Открыть», «Убрать», and its
    error line below. The widgets live in the group's grid, so the columns
    line up."""

    def __init__(self, parent: QWidget, channels: tuple[Channel, ...]):
        self.url = UrlEdit(parent)
        self.url.setPlaceholderText("https://…")
        self.url.setAccessibleName(tr("Адрес ссылки"))
        self.url.setMinimumWidth(120)
        self.title = QLineEdit(parent)
        self.title.setPlaceholderText(tr("название (необязательно)"))
        self.title.setAccessibleName(tr("Название публикации"))
        self.title.setMinimumWidth(80)
        self.channel = QComboBox(parent)
        self.channel.setAccessibleName(tr("Канал публикации"))
        for channel in channels:
            self.channel.addItem(channel.label, channel.value)
        self.channel.setVisible(len(channels) > 1)
        self.date = OptionalDateEdit(parent, accessible_name=tr("Дата публикации"))
        self.open_button = QPushButton(tr("Открыть"), parent)
        self.open_button.setAutoDefault(False)
        self.open_button.setToolTip(tr("Открыть публикацию в браузере, чтобы проверить её"))
        self.open_button.clicked.connect(self.open_url)
        self.remove_button = QPushButton(tr("Убрать"), parent)
        self.remove_button.setAutoDefault(False)
        self.remove_button.setToolTip(tr("Убрать эту ссылку (сохранится при переходе дальше)"))
        self.error = FieldError(parent)

    @property
    def widgets(self) -> tuple[QWidget, ...]:
        return (self.url, self.title, self.channel, self.date, self.open_button, self.remove_button)

    def place(self, grid: QGridLayout, row: int) -> None:
        for col, widget in enumerate(self.widgets):
            grid.addWidget(widget, row, col)
        grid.addWidget(self.error, row + 1, 0, 1, len(self.widgets))

    def open_url(self) -> bool:
        """Open the address in the browser: only a valid http(s) address,
        never a local file or a program."""
        url = self.url.text().strip()
        message = url_error(url)
        if message is None and not QDesktopServices.openUrl(QUrl(url)):
            message = tr("Не удалось открыть ссылку: в Windows не настроен браузер.")
        self.set_error(message)
        return message is None

    def delete(self) -> None:
        for widget in (*self.widgets, self.error):
            widget.hide()
            widget.deleteLater()

    def set_value(self, url: str, title: str, channel: str | None, published_on: date | None) -> None:
        self.url.setText(url)
        self.url.setCursorPosition(0)
        self.url.setToolTip(url)
        self.title.setText(title)
        self.title.setCursorPosition(0)
        index = self.channel.findData(channel) if channel else -1
        if index >= 0:
            self.channel.setCurrentIndex(index)
        self.date.set_value(published_on)

    def set_channel(self, channel: Channel) -> None:
        index = self.channel.findData(channel.value)
        if index >= 0:
            self.channel.setCurrentIndex(index)

    def is_blank(self) -> bool:
        return not self.url.text().strip() and not self.title.text().strip()

    def value(self) -> SlotLinkInput:
        channel = self.channel.currentData()
        return SlotLinkInput(
            url=self.url.text().strip(),
            channel=Channel(channel) if channel else None,
            published_on=self.date.value(),
            title=self.title.text().strip(),
        )

    def set_error(self, message: str | None) -> None:
        self.error.set_message(message)
        mark_invalid(self.url, bool(message))


class LinkSlotBox(QFrame):
    """The links of one link slot."""

    def __init__(self, page: LinksPage, slot: DocumentSlot):
        super().__init__(page.host)
        self.page = page
        self.slot = slot
        self.key = slot.key
        self.setObjectName(f"linkSlot_{slot.key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        head = QHBoxLayout()
        self.title_label = wrapped(tc(slot.title), self)
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setToolTip(source_tooltip(slot))
        self.mark = MarkLabel(self)
        head.addWidget(self.title_label, 1)
        head.addWidget(self.mark)
        layout.addLayout(head)
        self.requirement = wrapped(f"{requirement_text(slot)}. {channels_rule(slot)}", self)
        self.requirement.setObjectName("channelsRule")
        self.requirement.setStyleSheet("color: #444444;")
        self.requirement.setToolTip(source_tooltip(slot))
        layout.addWidget(self.requirement)
        self.state_label = wrapped("", self)
        self.state_label.setObjectName("slotState")
        self.state_label.setStyleSheet("color: #a4000f;")
        layout.addWidget(self.state_label)
        grid_host = QWidget(self)
        self.grid = QGridLayout(grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(6)
        self.grid.setVerticalSpacing(3)
        headers = (
            tr("Адрес (URL)"),
            tr("Название"),
            tr("Канал") if len(slot.channels) > 1 else "",
            tr("Дата публикации"),
        )
        rule = page.state.subtask.deadline
        #: The deadline is judged by this slot's date: its publication date is the evidence.
        self.date_required = rule is not None and rule.slot == slot.key
        self.date_note = wrapped(
            tr("Дата публикации обязательна: по ней проверяется срок — {deadline}.").format(deadline=tc(rule.text))
            if self.date_required
            else tr(
                "Дата публикации — день размещения материала; у новой ссылки это сегодня, исправьте при необходимости."
            ),
            self,
        )
        self.date_note.setObjectName("publicationDateNote")
        self.date_note.setStyleSheet("color: #444444;")
        layout.addWidget(self.date_note)
        for col, text in enumerate(headers):
            if text:
                self.grid.addWidget(QLabel(f"<b>{text}</b>", grid_host), 0, col)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(1, 2)
        self._grid_host = grid_host
        self._next_grid_row = 1
        layout.addWidget(grid_host)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("&Добавить ссылку"), self)
        self.add_button.setObjectName("addLinkButton")
        self.add_button.setAutoDefault(False)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.waive: WaiveControl | None = None
        if slot.waive_reasons:
            self.waive = WaiveControl(slot.waive_reasons, self)
            self.waive.setObjectName("slotWaive")
            self.waive.changed.connect(lambda reason: self.page.waive(self.key, reason))
            layout.addWidget(self.waive)
        self.error = FieldError(self)
        layout.addWidget(self.error)
        self.rows: list[LinkRow] = []

    def fill(self, state: WizardState) -> None:
        """The stored links; an empty slot gets one row per channel it needs."""
        for row in self.rows:
            row.delete()
        self.rows = []
        for link in state.links_of(self.key):
            self.add_row(new=False).set_value(link.url, link.title, link.channel, link.published_on)
        if not self.rows:
            wanted = self.slot.channels[:1] if self.slot.any_channel else self.slot.channels
            for channel in wanted or (None,):
                row = self.add_row()
                if channel is not None:
                    row.set_channel(channel)

    def update_state(self, state: WizardState) -> None:
        slot_state = state.slot_state(self.key)
        self.mark.set_state(slot_state)
        if slot_state.waived_reason:
            self.state_label.setStyleSheet("")
            text = tr("Не требуется: {reason}.").format(reason=tc(slot_state.waived_reason))
        else:
            self.state_label.setStyleSheet("color: #a4000f;")
            text = problem_text(slot_state)
        self.state_label.setText(text)
        self.state_label.setVisible(bool(text))
        if self.waive is not None:
            self.waive.set_reason(slot_state.waived_reason)

    def add_row(self, *, focus: bool = False, new: bool = True) -> LinkRow:
        """A row; a `new` one (not a stored link) is dated today."""
        row = LinkRow(self._grid_host, self.slot.channels)
        if new:
            row.date.set_value(date.today())
        row.remove_button.clicked.connect(lambda: self.remove_row(row))
        row.place(self.grid, self._next_grid_row)
        self._next_grid_row += 2
        self.rows.append(row)
        self.chain_tab_order()
        if focus:
            row.url.setFocus()
        return row

    def chain_tab_order(self) -> None:
        """Tab walks the rows in reading order, then «Добавить ссылку»: the
        rows are created after the button."""
        chain = [w for r in self.rows for w in r.widgets if w is not r.channel or len(self.slot.channels) > 1]
        chain.append(self.add_button)
        if self.waive is not None:
            chain += [self.waive.check, self.waive.combo]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def remove_row(self, row: LinkRow) -> None:
        focus_next = row.remove_button.hasFocus()
        self.rows.remove(row)
        row.delete()
        if not self.rows:
            self.add_row()
        self.chain_tab_order()
        if focus_next:
            self.add_button.setFocus()

    def filled_rows(self) -> list[LinkRow]:
        return [r for r in self.rows if not r.is_blank()]

    def links(self) -> list[SlotLinkInput]:
        return [r.value() for r in self.filled_rows()]

    def stored(self, state: WizardState) -> list[tuple]:
        return [(l.url, l.title, l.channel, l.published_on) for l in state.links_of(self.key)]

    def changed(self, state: WizardState) -> bool:
        shown = [(l.url, l.title, l.channel.value if l.channel else None, l.published_on) for l in self.links()]
        return shown != self.stored(state)

    def check(self) -> LinkRow | None:
        """Show every URL problem at its field; the first bad row (None: all well)."""
        first = None
        for row in self.rows:
            message = None if row.is_blank() else url_error(row.url.text())
            row.set_error(message)
            no_date = message is None and not row.is_blank() and self.date_required and row.date.value() is None
            if no_date:
                message = tr(NO_DATE_MESSAGE)
                row.error.set_message(message)
            mark_invalid(row.date, no_date)
            if message and first is None:
                first = row
        return first


class LinksPage(QWizardPage):
    def __init__(self, state: WizardState):
        super().__init__()
        self.state = state
        self.setObjectName("linksPage")
        self.setTitle(tr("Публикации"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.host = QWidget(scroll)
        column = QVBoxLayout(self.host)
        column.setContentsMargins(0, 0, 4, 0)
        column.setSpacing(8)
        self.boxes: dict[str, LinkSlotBox] = {}
        for slot in state.link_slots:
            box = LinkSlotBox(self, slot)
            self.boxes[slot.key] = box
            column.addWidget(box)
        column.addStretch(1)
        scroll.setWidget(self.host)
        layout.addWidget(scroll, 1)
        self.error = FieldError(self)
        self.error.setObjectName("linksError")
        layout.addWidget(self.error)
        self.filled = False

    def initializePage(self) -> None:
        self.setSubTitle(
            tr("{heading}: ссылки на публикации — подтверждающие документы. Каналы — как требует Инструкция.").format(
                heading=self.state.heading
            )
        )
        if not self.filled:
            self.filled = True
            for box in self.boxes.values():
                box.fill(self.state)
        self.update_states()

    def box(self, key: str | None = None) -> LinkSlotBox:
        return self.boxes[key] if key else next(iter(self.boxes.values()))

    @property
    def rows(self) -> list[LinkRow]:
        """The rows of the first link slot (most subtasks have one)."""
        return self.box().rows

    def update_states(self) -> None:
        for box in self.boxes.values():
            box.update_state(self.state)

    def changed(self) -> bool:
        return self.filled and any(box.changed(self.state) for box in self.boxes.values())

    def check(self) -> bool:
        """Show every URL problem at its field; True when all is well."""
        first = None
        for box in self.boxes.values():
            bad = box.check()
            first = first or bad
        if first is not None:
            first.url.setFocus()
        return first is None

    def save(self, *, only_valid: bool = False) -> bool:
        """Save the links of every slot that changed. False (and the problems
        shown at their fields) when refused; with only_valid, rows with a
        bad URL are left out instead."""
        if not self.changed():
            return True
        if not only_valid and not self.check():
            return False
        catalog, execution_id = self.state.catalog, self.state.execution_id
        ok = True
        for box in self.boxes.values():
            if not box.changed(self.state):
                continue
            links = [l for l in box.links() if not url_error(l.url)] if only_valid else box.links()

            def save(session: Session, version: int, key: str = box.key, links: list[SlotLinkInput] = links) -> None:
                set_slot_links(session, catalog, execution_id, key, links, expected_version=version)

            message = self.state.write(save)
            if message is not None:
                ok = False
                self._show_refusal(box, message)
        self.update_states()
        return ok

    def _show_refusal(self, box: LinkSlotBox, message: str) -> None:
        if message == tr(SUBTASK_RELOADED_MESSAGE):
            self.error.set_message(message)
            return
        # set_slot_links names the row («links[i]», in the order of the filled rows).
        rows = box.filled_rows()
        placed = False
        for key, text in self.state.last_errors.items():
            if key.startswith("links[") and key.endswith("]") and key[6:-1].isdigit() and int(key[6:-1]) < len(rows):
                rows[int(key[6:-1])].set_error(text)
                rows[int(key[6:-1])].url.setFocus()
                placed = True
        if not placed:
            box.error.set_message(message)

    def waive(self, slot_key: str, reason: str | None) -> None:
        catalog, execution_id = self.state.catalog, self.state.execution_id
        message = self.state.write(
            lambda session, version: waive_slot(
                session, catalog, execution_id, slot_key, reason, expected_version=version
            )
        )
        box = self.boxes[slot_key]
        if message == tr(SUBTASK_RELOADED_MESSAGE):
            self.error.set_message(message)
        else:
            self.error.set_message(None)
            box.error.set_message(message)
        self.update_states()

    def reload(self) -> None:
        """Show the links as stored now (another PC saved them meanwhile)."""
        for box in self.boxes.values():
            box.fill(self.state)
        self.update_states()

    def validatePage(self) -> bool:
        self.error.set_message(None)
        for box in self.boxes.values():
            box.error.set_message(None)
        return self.save()

    def show_error(self, key: str, message: str) -> None:
        self.error.set_message(message)
