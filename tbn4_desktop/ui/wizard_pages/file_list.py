"""The file list of a slot card on the documents page: name (with the
file's kind when it is not what the document expects), size, type and
pages; local files dropped on it are emitted; an empty list says where to
drop them. Pages are counted off the UI thread (ui/document_preview)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from tbn4_desktop.core.catalog import DocumentSlot
from tbn4_desktop.core.esign.evidence import SignerFacts
from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.services.executions import AttachmentInfo
from tbn4_desktop.ui.document_preview import known_page_count
from tbn4_desktop.ui.formatting import format_size, media_label
from tbn4_desktop.ui.icons import signature_icon

DROP_HINT = N_("Перетащите файлы сюда или нажмите «Добавить файлы…»")


def local_files(mime) -> list[Path]:
    if not mime.hasUrls():
        return []
    return [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]


def signed_by(a: AttachmentInfo, files: list[AttachmentInfo]) -> list[SignerFacts]:
    """Who signed a file by its electronic signatures among `files` (a
    signature file: its own signers)."""
    if a.role is AttachmentRole.SIGNATURE:
        return list(a.signature.signers) if a.signature else []
    return [
        p
        for s in files
        if s.role is AttachmentRole.SIGNATURE and s.signs_sha256 == a.sha256 and s.signature
        for p in s.signature.signers
    ]


def signers_tooltip(signers: list[SignerFacts]) -> list[str]:
    lines = []
    for p in signers:
        when = f"{p.signed_at.astimezone():%d.%m.%Y %H:%M}" if p.signed_at else "—"
        lines.append(
            tr("ЭЦП: {name}, ИИН {iin}, {organization}; подписано {when}").format(
                name=p.name or "—", iin=p.iin or "—", organization=p.organization or "—", when=when
            )
        )
    return lines


def _pages_text(count: int | None) -> str:
    return tr("{count} стр.").format(count=count) if count else "—"


def attachment_of(item: QTreeWidgetItem) -> AttachmentInfo:
    return item.data(0, Qt.ItemDataRole.UserRole)  # every row holds its file (FileDropList.fill)


def role_for(slot: DocumentSlot | None) -> AttachmentRole:
    """What a file added to a slot is: the signed scan of a signed document
    or form, a supporting file (an electronic copy) otherwise."""
    return AttachmentRole.SIGNED_SCAN if slot is None or slot.kind.needs_signer else AttachmentRole.SUPPORTING


#: How a file's kind shows after its name when it is not what the slot expects.
ROLE_SUFFIX = {
    AttachmentRole.DRAFT: N_("{name} (проект, без подписи)"),
    AttachmentRole.SIGNED_SCAN: N_("{name} (скан с подписью)"),
    AttachmentRole.SUPPORTING: N_("{name} (сопроводительный материал)"),
    AttachmentRole.SIGNATURE: N_("{name} (подпись ЭЦП)"),
}


class FileDropList(QTreeWidget):
    """The files of one slot: name, size, type, pages. Local files dropped
    on it are emitted; an empty list says where to drop them."""

    filesDropped = Signal(list, int)  # the files, and the attachment id they were dropped on (0: none)

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        accepts_drops: bool = True,
        placeholder: str | None = None,
        slot: DocumentSlot | None = None,
    ):
        super().__init__(parent)
        self.slot = slot
        self.setObjectName("attachmentList")
        self.setAccessibleName(tr("Приложенные файлы"))
        self.setColumnCount(4)
        self.setHeaderHidden(True)
        self.setRootIsDecorated(False)
        self.setUniformRowHeights(True)
        self.setAcceptDrops(accepts_drops)
        self.setDropIndicatorShown(accepts_drops)
        self.setDragDropMode(
            QAbstractItemView.DragDropMode.DropOnly if accepts_drops else QAbstractItemView.DragDropMode.NoDragDrop
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.placeholder = tr(DROP_HINT) if placeholder is None else placeholder
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.fit_height()

    def fit_height(self) -> None:
        """As high as its rows (one to four), never a scroll area in a scroll area."""
        rows = min(max(self.topLevelItemCount(), 1), 4)
        row_height = max(self.sizeHintForRow(0), self.fontMetrics().height() + 6)
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth() + 4)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.topLevelItemCount() == 0 and self.placeholder:
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().placeholderText().color())
            rect = self.viewport().rect().adjusted(6, 0, -6, 0)
            painter.drawText(
                rect,
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self.fontMetrics().elidedText(self.placeholder, Qt.TextElideMode.ElideRight, rect.width()),
            )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.acceptDrops() and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self.acceptDrops() and local_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event.mimeData())
        if not files or not self.acceptDrops():
            event.ignore()
            return
        event.acceptProposedAction()
        target = self.attachment(self.itemAt(event.position().toPoint()))
        self.filesDropped.emit(files, target.id if target is not None else 0)

    def attachment(self, item: QTreeWidgetItem | None) -> AttachmentInfo | None:
        return attachment_of(item) if item is not None else None

    def _items(self) -> list[QTreeWidgetItem]:
        return [item for i in range(self.topLevelItemCount()) if (item := self.topLevelItem(i)) is not None]

    def attachments(self, *, selected_only: bool = False) -> list[AttachmentInfo]:
        return [attachment_of(i) for i in self._items() if i.isSelected() or not selected_only]

    def chosen(self) -> list[AttachmentInfo]:
        """The selected files, else the current one."""
        selected = self.attachments(selected_only=True)
        current = self.attachment(self.currentItem())
        return selected or ([current] if current is not None else [])

    def fill(self, files: list[AttachmentInfo], blobs) -> list[tuple[str, Path, str]]:
        """Show these files, keeping the current one; returns the files whose
        pages are still to be counted (never on the UI thread)."""
        current = self.attachment(self.currentItem())
        self.clear()
        uncounted = []
        for a in files:
            known, count = known_page_count(a.sha256)
            if not known and a.role is not AttachmentRole.SIGNATURE:
                uncounted.append((a.sha256, blobs.path_of(a.sha256), a.media_type))
            signers = signed_by(a, files)
            item = QTreeWidgetItem(
                [
                    self._name(a, files, signers),
                    format_size(a.size),
                    media_label(a.media_type),
                    _pages_text(count) if known or a.role is AttachmentRole.SIGNATURE else "…",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, a)
            tip = [a.original_name, tr("Вид: {kind}").format(kind=a.role.label)]
            if signers:
                item.setIcon(0, signature_icon())
                tip.extend(signers_tooltip(signers))
                tip.append(tr("Сведения о подписи — кнопка «ЭЦП…» или контекстное меню"))
            tip.append(tr("Двойной щелчок или Enter — открыть в программе просмотра Windows"))
            item.setToolTip(0, "\n".join(tip))
            self.addTopLevelItem(item)
            if current is not None and a.id == current.id:
                self.setCurrentItem(item, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        first = self.topLevelItem(0)  # None when the list is empty
        if self.currentItem() is None and first is not None:
            # The current file (the buttons act on it) without a selection
            # highlight: several cards must not all look selected.
            self.setCurrentItem(first, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        self.fit_height()
        return uncounted

    def _name(self, a: AttachmentInfo, files: list[AttachmentInfo], signers: list[SignerFacts]) -> str:
        """The file's name with what it is when that is not what the slot
        expects, and with its electronic signature's signers."""
        names = ", ".join(dict.fromkeys(p.name for p in signers if p.name)) or "—"
        if a.role is AttachmentRole.SIGNATURE:
            if a.signs_sha256 is None:
                return tr("{name} — документ с ЭЦП: {signers}").format(name=a.original_name, signers=names)
            document = next(
                (d for d in files if d.sha256 == a.signs_sha256 and d.role is not AttachmentRole.SIGNATURE), None
            )
            if document is None:
                return tr("{name} — подпись к файлу, которого нет в списке").format(name=a.original_name)
            return tr("{name} — подпись ЭЦП к «{document}»").format(
                name=a.original_name, document=document.original_name
            )
        if signers:  # what it is, the badge says
            return tr("{name} — подписан ЭЦП: {signers}").format(name=a.original_name, signers=names)
        return (
            tr(ROLE_SUFFIX[a.role]).format(name=a.original_name)
            if a.role is not role_for(self.slot)
            else a.original_name
        )

    def pages_counted(self, counts: dict[str, int | None]) -> None:
        for item in self._items():
            sha256 = attachment_of(item).sha256
            if sha256 in counts:
                item.setText(3, _pages_text(counts[sha256]))

    def select_id(self, attachment_id: int) -> None:
        for item in self._items():
            if attachment_of(item).id == attachment_id:
                self.setCurrentItem(item)

    def move_current(self, step: int) -> None:
        """Reorder the list (the order of pages when merging)."""
        item = self.currentItem()
        if item is None:
            return
        row = self.indexOfTopLevelItem(item)
        target = row + step
        if not 0 <= target < self.topLevelItemCount():
            return
        self.takeTopLevelItem(row)
        self.insertTopLevelItem(target, item)
        self.setCurrentItem(item)
