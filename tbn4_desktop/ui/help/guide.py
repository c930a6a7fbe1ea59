"""«Руководство пользователя»: docs/user-guide.md shown offline by Qt's own
Markdown renderer, with its screenshots, a table of contents and a search.

The guide ships beside resources/ (installer/tbn4.spec bundles it with the
pictures it shows), so the same path works in a checkout and in the
Windows build. Screenshots are scaled down to the window's width: the
guide's PNGs are up to 1366 px wide.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QKeySequence,
    QShortcut,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop import APP_TITLE, i18n
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.paths import resource_dir
from tbn4_desktop.ui.icons import app_icon
from tbn4_desktop.ui.window_fit import fit_window

GUIDE_NAME = "user-guide.md"
# The Kazakh guide has the same headings, in the same order and levels, as
# the Russian one (tests/ui/test_help.py): a section asked for by its
# Russian heading is found in it by position.
TRANSLATED_GUIDE_NAMES = {"kk": "user-guide.kk.md"}
MISSING_TEXT = N_(
    "Руководство пользователя не найдено рядом с программой (файл docs/user-guide.md). "
    "Переустановите программу или откройте руководство из её дистрибутива."
)


def guide_path(language: str | None = None) -> Path:
    """docs/user-guide.md (user-guide.kk.md in Kazakh, when present): in a
    checkout beside resources/, in the frozen build under the bundle's docs/
    (installer/tbn4.spec)."""
    folder = resource_dir().parent / "docs"
    translated = TRANSLATED_GUIDE_NAMES.get(language or i18n.language())
    if translated and (folder / translated).is_file():
        return folder / translated
    return folder / GUIDE_NAME


def source_headings() -> list[str]:
    """The Russian guide's headings, in order (callers name sections by them)."""
    document = QTextDocument()
    try:
        document.setMarkdown((resource_dir().parent / "docs" / GUIDE_NAME).read_text(encoding="utf-8"))
    except OSError:
        return []
    return [text for _level, text, _n in headings(document)]


def headings(document: QTextDocument) -> list[tuple[int, str, int]]:
    """(level, text, block number) of every Markdown heading, in order."""
    out = []
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level:
            out.append((level, block.text().strip(), block.blockNumber()))
        block = block.next()
    return out


class GuideWindow(QDialog):
    """A non-modal window with the guide. `show_section(title)` scrolls to
    a heading; the search field finds text (Enter: the next match)."""

    def __init__(self, parent: QWidget | None = None, *, path: Path | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("guideWindow")
        self.setWindowTitle(tr("Руководство пользователя — {app}").format(app=tr(APP_TITLE)))
        self.setWindowIcon(app_icon())
        self.path = path or guide_path()
        self._image_sizes: dict[str, QSize] = {}
        layout = QVBoxLayout(self)

        search_row = QHBoxLayout()
        self.search = QLineEdit(self)
        self.search.setObjectName("guideSearch")
        self.search.setPlaceholderText(tr("Найти в руководстве (Enter — следующее совпадение)"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.find_button = QPushButton(tr("&Найти"), self)
        self.find_button.setAutoDefault(False)
        self.find_button.clicked.connect(self.find_next)
        self.search_result = QLabel(self)
        self.search_result.setObjectName("guideSearchResult")
        find_label = QLabel(tr("&Поиск:"), self)
        find_label.setBuddy(self.search)
        search_row.addWidget(find_label)
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.find_button)
        search_row.addWidget(self.search_result)
        layout.addLayout(search_row)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.contents = QTreeWidget(splitter)
        self.contents.setObjectName("guideContents")
        self.contents.setHeaderLabel(tr("Содержание"))
        self.contents.setWordWrap(True)
        self.contents.itemActivated.connect(self._contents_chosen)
        self.contents.itemClicked.connect(self._contents_chosen)
        self.browser = QTextBrowser(splitter)
        self.browser.setObjectName("guideBrowser")
        self.browser.setOpenExternalLinks(True)
        self.browser.viewport().installEventFilter(self)
        splitter.addWidget(self.contents)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([330, 850])
        layout.addWidget(splitter, 1)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.load()
        fit_window(self, QSize(1180, 760), key="guideWindow/geometry")

    # ------------------------------------------------------------------ text
    def load(self) -> bool:
        """Read the guide; False (and a message in the window) when it is missing."""
        try:
            text = self.path.read_text(encoding="utf-8")
        except OSError:
            self.browser.setPlainText(tr(MISSING_TEXT))
            return False
        self.browser.setSearchPaths([str(self.path.parent)])
        self.browser.document().setBaseUrl(QUrl.fromLocalFile(str(self.path.parent) + "/"))
        self.browser.setMarkdown(text)
        self._fill_contents()
        self._fit_images()
        return True

    def _fill_contents(self) -> None:
        self.contents.clear()
        parent: QTreeWidgetItem | None = None
        for level, text, number in headings(self.browser.document()):
            if level == 1:
                continue  # the title
            item = QTreeWidgetItem([text])
            item.setData(0, Qt.ItemDataRole.UserRole, number)
            item.setToolTip(0, text)
            if level == 2 or parent is None:
                self.contents.addTopLevelItem(item)
                parent = item
            else:
                parent.addChild(item)
        self.contents.expandAll()

    def section_titles(self) -> list[str]:
        return [text for _level, text, _n in headings(self.browser.document())]

    def show_section(self, title: str) -> bool:
        """Scroll so that the heading `title` (of this guide, or its Russian
        heading in a translated guide) is at the top; False if absent."""
        found = headings(self.browser.document())
        number = next((n for _l, text, n in found if text == title), None)
        if number is None and self.path.name != GUIDE_NAME:
            russian = source_headings()
            if title in russian and len(russian) == len(found):
                number = found[russian.index(title)][2]
        if number is None:
            return False
        document = self.browser.document()
        block = document.findBlockByNumber(number)
        self.browser.setTextCursor(QTextCursor(block))
        top = document.documentLayout().blockBoundingRect(block).top()
        self.browser.verticalScrollBar().setValue(int(top))
        return True

    def visible_heading(self) -> str:
        """The last heading at or above the top of the view (tests, the contents)."""
        top = self.browser.cursorForPosition(self.browser.viewport().rect().topLeft()).blockNumber()
        above = [text for _l, text, n in headings(self.browser.document()) if n <= top + 1]
        return above[-1] if above else ""

    def _contents_chosen(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.show_section(item.text(0))

    # ---------------------------------------------------------------- search
    def find_next(self) -> bool:
        words = self.search.text().strip()
        if not words:
            self.search_result.clear()
            return False
        found = self.browser.find(words)
        if not found:  # from the beginning once more
            self.browser.moveCursor(QTextCursor.MoveOperation.Start)
            found = self.browser.find(words)
        self.search_result.setText("" if found else tr("Не найдено"))
        return found

    # ---------------------------------------------------------------- images
    def _image_size(self, name: str) -> QSize:
        if name not in self._image_sizes:
            image = QImage(str(self.path.parent / name))
            self._image_sizes[name] = image.size() if not image.isNull() else QSize()
        return self._image_sizes[name]

    def _fit_images(self) -> None:
        """Scale every picture to the text's width (a table cell's share of it)."""
        document = self.browser.document()
        room = max(200, self.browser.viewport().width() - 2 * int(document.documentMargin()) - 8)
        images: list[tuple[int, int, QTextImageFormat]] = []
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().isImageFormat():
                    images.append((fragment.position(), fragment.length(), fragment.charFormat().toImageFormat()))
                it += 1
            block = block.next()
        changed = [self._fit_image(position, length, fmt, room) for position, length, fmt in images]
        if any(changed):
            # New picture sizes in a laid-out text leave Qt's layout short
            # of the end (the scroll range stops early): lay it out anew.
            document.markContentsDirty(0, document.characterCount())

    def _fit_image(self, position: int, length: int, fmt: QTextImageFormat, room: int) -> bool:
        """Give the picture at `position` the width that fits; True if it changed."""
        natural = self._image_size(fmt.name())
        if natural.isEmpty():
            return False
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(position)
        table = cursor.currentTable()
        width = min(natural.width(), room // table.columns() - 12 if table is not None else room)
        if abs(fmt.width() - width) < 1:
            return False
        fmt.setWidth(width)
        fmt.setHeight(natural.height() * width / natural.width())
        cursor.setPosition(position + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(fmt)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The text's own width decides the pictures' (the window's resize
        # comes before its children are laid out).
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_images()
        return super().eventFilter(watched, event)


def raise_one_per_window(parent: QWidget | None, attribute: str, make):
    """Show (or bring forward) the one window `make(host)` of `parent`'s
    window, kept on the host as `attribute`, so it closes with its host."""
    host = parent.window() if parent is not None else None
    window = getattr(host, attribute, None) if host is not None else None
    if window is None:
        window = make(host)
        if host is not None:
            setattr(host, attribute, window)
    window.show()
    window.raise_()
    window.activateWindow()
    return window


def show_guide(parent: QWidget | None = None, section: str = "") -> GuideWindow:
    """Open (or raise) the guide of `parent`'s window, at `section` if given.
    One guide per window: a guide owned by a modal wizard stays usable
    while the wizard is open, and closes with it."""
    window = raise_one_per_window(parent, "_guide_window", GuideWindow)
    if section:
        window.show_section(section)
    return window
