"""The preview of a stored file: one page at a time, rendered in a
background job (a big PDF never blocks the window), with page navigation
and zoom — the whole page, the page's width, or 25…400 % (buttons,
Ctrl+wheel, Ctrl++ / Ctrl+- / Ctrl+0 / Ctrl+2, PgUp / PgDn) — so that a
signature can be checked. The same widget sits beside the slot cards and
fills `PreviewWindow`, a separate resizable window as large as the screen.
A zoomed page is rendered again at the resolution it is shown at. Page
counts are cached by SHA-256: a stored file never changes."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import QEvent, QObject, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut, QWheelEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.attachments import SIGNATURE_TYPE, BlobDamaged, verify_stored
from tbn4_desktop.core.documents import (
    DocumentError,
    has_pages,
    page_count,
    render_page,
)
from tbn4_desktop.i18n import N_, tr
from tbn4_desktop.ui.jobs import Job
from tbn4_desktop.ui.window_fit import fit_window

RENDER_PX = 1200
MAX_RENDER_PX = 4200  # a page zoomed to 400 % on a laptop screen
ZOOM_STEPS = (25, 33, 50, 67, 75, 100, 125, 150, 200, 250, 300, 400)
FIT_PAGE, FIT_WIDTH = "page", "width"
#: 100 %: the page's longer side as long as an A4 page at 96 dpi.
A4_LONG_SIDE_PX = 1123
SIGNATURE_TEXT = N_(
    "Это файл электронной цифровой подписи. Кто подписал и что проверено, показывает кнопка "
    "«ЭЦП…»; если документ вложен в подпись, «Открыть» покажет его."
)
NO_VIEW_TEXT = N_(
    "Просмотр файлов Word и Excel здесь недоступен: нажмите «Открыть», чтобы открыть файл в Word или Excel."
)

_page_counts: dict[str, int | None] = {}
# Render jobs live here until they finish, even if the pane is closed meanwhile.
_running: set[Job] = set()


def cached_page_count(sha256: str, path: Path, media_type: str) -> int | None:
    """Page count of a stored file, remembered by its SHA-256 (None: no pages or unreadable)."""
    if sha256 not in _page_counts:
        try:
            _page_counts[sha256] = page_count(path, media_type)
        except DocumentError:
            _page_counts[sha256] = None
    return _page_counts[sha256]


def known_page_count(sha256: str) -> tuple[bool, int | None]:
    """(whether counted already, the count) without reading the file."""
    return sha256 in _page_counts, _page_counts.get(sha256)


def count_pages_in_background(files: list[tuple[str, Path, str]], done) -> Job:
    """Count the pages of (sha256, path, media type) files on a pool thread;
    `done({sha256: count})` runs on the UI thread."""
    job = Job(lambda _progress, _cancelled: {sha: cached_page_count(sha, path, media) for sha, path, media in files})
    _running.add(job)
    job.signals.succeeded.connect(done)
    job.signals.finished.connect(lambda: _running.discard(job))
    job.start()
    return job


def _to_pixmap(image) -> QPixmap:
    rgb = image.convert("RGB")
    data = rgb.tobytes()
    qimage = QImage(data, rgb.width, rgb.height, 3 * rgb.width, QImage.Format.Format_RGB888).copy()
    return QPixmap.fromImage(qimage)


def _tool(text: str, tip: str, parent: QWidget, name: str) -> QToolButton:
    button = QToolButton(parent)
    button.setText(text)
    button.setToolTip(tip)
    button.setObjectName(name)
    button.setAutoRaise(False)
    return button


class DocumentPreview(QWidget):
    """Shows page `page` of one file; `show_file` switches files.
    `openRequested` asks the owner to open the file shown in the system's
    viewer, `enlargeRequested` to show it in a separate window (the
    «Открыть» and «Крупно…» buttons appear only when the owner connects
    them: `set_actions`)."""

    pageShown = Signal(int, int)  # page (0-based), page count
    openRequested = Signal()
    enlargeRequested = Signal()
    scroll: QScrollArea  # type: ignore[assignment]  # hides QWidget.scroll(dx, dy), never called on it

    def __init__(self, parent: QWidget | None = None, *, render_px: int = RENDER_PX, fit: str = FIT_PAGE):
        super().__init__(parent)
        self.setObjectName("documentPreview")
        self._file: tuple[str, Path, str] | None = None
        self._name = ""
        self._page = 0
        self._count = 0
        self._pixmap: QPixmap | None = None
        self._rendered_px = 0
        self._base_px = render_px
        self._generation = 0
        self._jobs: set[Job] = set()
        self._mode: str | int = fit  # FIT_PAGE, FIT_WIDTH or a percentage

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        self.title = QLabel(self)
        self.title.setObjectName("previewTitle")
        self.title.setWordWrap(True)
        top.addWidget(self.title, 1)
        # No mnemonic: Alt+О is the card's «Открыть» on the same page.
        self.open_button = QPushButton(tr("Открыть"), self)
        self.open_button.setObjectName("previewOpen")
        self.open_button.setToolTip(tr("Открыть файл в программе просмотра Windows (Word, Excel, просмотр PDF)"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.openRequested)
        self.enlarge_button = QPushButton(tr("&Крупно…"), self)
        self.enlarge_button.setObjectName("previewEnlarge")
        self.enlarge_button.setToolTip(
            tr("Показать страницу в отдельном большом окне, чтобы проверить подпись и печать")
        )
        self.enlarge_button.setAutoDefault(False)
        self.enlarge_button.clicked.connect(self.enlargeRequested)
        for button in (self.open_button, self.enlarge_button):
            button.hide()
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(top)

        zoom = QHBoxLayout()
        zoom.setSpacing(4)
        self.zoom_out_button = _tool("−", tr("Уменьшить (Ctrl+−, Ctrl+колесо мыши)"), self, "previewZoomOut")
        self.zoom_out_button.clicked.connect(self.zoom_out)
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("previewZoom")
        self.zoom_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.zoom_label.setMinimumWidth(self.zoom_label.fontMetrics().horizontalAdvance("400 %") + 8)
        self.zoom_in_button = _tool("+", tr("Увеличить (Ctrl++, Ctrl+колесо мыши)"), self, "previewZoomIn")
        self.zoom_in_button.clicked.connect(self.zoom_in)
        self.fit_width_button = _tool(tr("По ширине"), tr("Страница по ширине окна (Ctrl+2)"), self, "previewFitWidth")
        self.fit_width_button.clicked.connect(lambda: self.set_zoom(FIT_WIDTH))
        self.fit_page_button = _tool(tr("Целиком"), tr("Страница целиком (Ctrl+0)"), self, "previewFitPage")
        self.fit_page_button.clicked.connect(lambda: self.set_zoom(FIT_PAGE))
        for widget in (
            self.zoom_out_button,
            self.zoom_label,
            self.zoom_in_button,
            self.fit_width_button,
            self.fit_page_button,
        ):
            zoom.addWidget(widget)
        zoom.addStretch(1)
        layout.addLayout(zoom)

        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("previewScroll")
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroll.setWidgetResizable(False)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroll.setAccessibleName(tr("Просмотр страницы"))
        self.scroll.setMinimumSize(220, 260)
        self.image = QLabel()
        self.image.setObjectName("previewImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setAccessibleName(tr("Просмотр страницы"))
        self.image.setWordWrap(True)  # the hint text of an empty preview, in a narrow column
        self.scroll.setWidget(self.image)
        self.scroll.viewport().installEventFilter(self)
        layout.addWidget(self.scroll, 1)

        nav = QHBoxLayout()
        self.prev_button = QPushButton(tr("◀ П&редыдущая"), self)
        self.prev_button.setObjectName("previewPrev")
        self.prev_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.page_label = QLabel(self)
        self.page_label.setObjectName("previewPageLabel")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(tr("Сл&едующая ▶"), self)
        self.next_button.setObjectName("previewNext")
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        # The page number on its own line: beside both buttons it does not fit
        # the preview's narrow column in a 900-pixel wizard.
        layout.addWidget(self.page_label)
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)

        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (
            ((QKeySequence.StandardKey.ZoomIn, "Ctrl+="), self.zoom_in),
            ((QKeySequence.StandardKey.ZoomOut,), self.zoom_out),
            (("Ctrl+0",), lambda: self.set_zoom(FIT_PAGE)),
            (("Ctrl+2",), lambda: self.set_zoom(FIT_WIDTH)),
            (("PgUp",), lambda: self.show_page(self._page - 1)),
            (("PgDown",), lambda: self.show_page(self._page + 1)),
        ):
            for key in keys:
                QShortcut(QKeySequence(key), self, slot, context=context)
        self.clear()

    # ------------------------------------------------------------ what the owner offers
    def set_actions(self, *, open_file: bool = False, enlarge: bool = False) -> None:
        self.open_button.setVisible(open_file)
        self.enlarge_button.setVisible(enlarge)
        self._update_nav()

    @property
    def page(self) -> int:
        return self._page

    @property
    def page_count(self) -> int:
        return self._count

    @property
    def file(self) -> tuple[str, Path, str, str] | None:
        """(sha256, path, media type, name) of the file shown."""
        return (*self._file, self._name) if self._file is not None else None

    def clear(self, text: str | None = None) -> None:
        if text is None:
            text = tr("Выберите файл в списке, чтобы посмотреть его страницы.")
        self._generation += 1
        self._file = None
        self._name = ""
        self._count = 0
        self._pixmap = None
        self._rendered_px = 0
        self.title.setText("")
        self._show_text(text)
        self._update_nav()

    def _show_text(self, text: str) -> None:
        self.image.setPixmap(QPixmap())
        self.image.setText(text)
        self.scroll.setWidgetResizable(True)  # a text wraps in the visible width

    def show_file(self, sha256: str, path: Path, media_type: str, name: str, *, page: int = 0) -> None:
        if self._file is not None and self._file[0] == sha256:
            return
        self.clear(tr("Открывается…"))
        self._file = (sha256, Path(path), media_type)
        self._name = name
        self.title.setText(name)
        self.title.setToolTip(name)
        if not has_pages(media_type):
            self._show_text(tr(SIGNATURE_TEXT) if media_type == SIGNATURE_TYPE else tr(NO_VIEW_TEXT))
            self._update_nav()
            return
        self._page = page
        self._start_render(page, with_count=True)

    def show_page(self, page: int) -> None:
        if self._file is None or not 0 <= page < self._count:
            return
        self._start_render(page, with_count=False)

    def _start_render(self, page: int, *, with_count: bool, px: int | None = None) -> None:
        if self._file is None:  # every caller checks first
            return
        self._generation += 1
        generation = self._generation
        sha256, path, media_type = self._file
        name = self._name
        px = px or max(self._base_px, self._wanted_px())

        def work(progress, cancelled):
            if with_count and len(sha256) == 64:  # a stored file, shown first: is it intact?
                verify_stored(path, sha256, name)
            count = cached_page_count(sha256, path, media_type) if with_count else None
            return count, render_page(path, media_type, page, px)

        job = Job(work)  # no parent: a closed pane must not delete signals a worker still emits
        _running.add(job)
        self._jobs.add(job)
        job.signals.succeeded.connect(lambda result: self._rendered(generation, page, px, result))
        job.signals.failed.connect(lambda exc, _tb: self._failed(generation, exc))
        job.signals.finished.connect(lambda: self._finished(job))
        job.start()

    def _finished(self, job: Job) -> None:
        _running.discard(job)
        if shiboken6.isValid(self):
            self._jobs.discard(job)

    def _rendered(self, generation: int, page: int, px: int, result) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # the pane is gone or the user has moved on
        count, image = result
        if count is not None:
            self._count = count
        self._page = page
        self._pixmap = _to_pixmap(image)
        self._rendered_px = px
        self.image.setText("")
        self._fit()
        self._update_nav()
        self.pageShown.emit(self._page, self._count)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        text = str(exc) if isinstance(exc, DocumentError | BlobDamaged) else tr("Не удалось показать файл.")
        self._show_text(text)
        self._update_nav()

    # ------------------------------------------------------------ zoom
    @property
    def zoom_mode(self) -> str | int:
        return self._mode

    def zoom_percent(self) -> int:
        """The zoom shown, in percent of an A4 page at 96 dpi."""
        return round(100 * self._shown_long_side() / A4_LONG_SIDE_PX) if self._pixmap is not None else 0

    def _aspect(self) -> float:
        """Width / height of the page shown (A4 until one is rendered)."""
        if self._pixmap is None or self._pixmap.isNull():
            return 210 / 297
        return self._pixmap.width() / max(self._pixmap.height(), 1)

    def _target_size(self) -> tuple[int, int]:
        aspect = self._aspect()
        view = self.scroll.viewport().size()
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        width: float
        height: float
        if self._mode == FIT_PAGE:
            height = max(view.height() - 4, 50)
            width = height * aspect
            if width > view.width() - 4:
                width = max(view.width() - 4, 50)
                height = width / aspect
        elif self._mode == FIT_WIDTH:
            width = max(view.width() - bar - 4, 50)  # room for the scroll bar it will need
            height = width / aspect
        else:
            long_side = A4_LONG_SIDE_PX * int(self._mode) / 100
            width, height = (long_side, long_side / aspect) if aspect > 1 else (long_side * aspect, long_side)
        return int(width), int(height)

    def _shown_long_side(self) -> int:
        return max(self._target_size())

    def _wanted_px(self) -> int:
        ratio = self.devicePixelRatioF() if self.isVisible() else 1.0
        return min(int(self._shown_long_side() * ratio), MAX_RENDER_PX)

    def set_zoom(self, mode: str | int) -> None:
        """FIT_PAGE, FIT_WIDTH or a percentage (25…400)."""
        if not isinstance(mode, str):
            mode = max(ZOOM_STEPS[0], min(int(mode), ZOOM_STEPS[-1]))
        self._mode = mode
        self._fit()
        self._update_nav()

    def zoom_in(self) -> None:
        current = self.zoom_percent() or 100
        self.set_zoom(next((z for z in ZOOM_STEPS if z > current + 1), ZOOM_STEPS[-1]))

    def zoom_out(self) -> None:
        current = self.zoom_percent() or 100
        self.set_zoom(next((z for z in reversed(ZOOM_STEPS) if z < current - 1), ZOOM_STEPS[0]))

    def _fit(self) -> None:
        if self._pixmap is None:
            return
        width, height = self._target_size()
        self.scroll.setWidgetResizable(False)
        self.image.setPixmap(
            self._pixmap.scaled(
                width, height, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )
        self.image.resize(max(width, 1), max(height, 1))
        self.zoom_label.setText(f"{self.zoom_percent()} %")
        # Shown larger than rendered: render this page again, sharp.
        if self._file is not None and self._wanted_px() > self._rendered_px * 1.15:
            self._start_render(self._page, with_count=False, px=self._wanted_px())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport():
            if (
                event.type() == QEvent.Type.Wheel
                and isinstance(event, QWheelEvent)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                if event.angleDelta().y() > 0:
                    self.zoom_in()
                elif event.angleDelta().y() < 0:
                    self.zoom_out()
                return True
            if event.type() == QEvent.Type.MouseButtonDblClick and self.enlarge_button.isVisible():
                self.enlargeRequested.emit()
                return True
            if event.type() == QEvent.Type.Resize:
                self._fit()
        return super().eventFilter(watched, event)

    def _update_nav(self) -> None:
        has = self._count > 0
        self.page_label.setText(
            tr("Страница {page} из {count}").format(page=self._page + 1, count=self._count) if has else ""
        )
        self.prev_button.setEnabled(has and self._page > 0)
        self.next_button.setEnabled(has and self._page < self._count - 1)
        shown = self._pixmap is not None
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_width_button, self.fit_page_button):
            widget.setEnabled(shown)
        self.zoom_label.setText(f"{self.zoom_percent()} %" if shown else "")
        self.open_button.setEnabled(self._file is not None)
        self.enlarge_button.setEnabled(self._file is not None and has_pages(self._file[2]))

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Tests: wait for the running render jobs."""
        return all(job.wait(timeout) for job in list(self._jobs))


PREVIEW_GEOMETRY_KEY = "previewWindow/geometry"


class PreviewWindow(QDialog):
    """A large, resizable window with the preview of one file (page width
    by default), opened beside the wizard; it follows the file chosen."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("previewWindow")
        self.setWindowTitle(tr("Просмотр документа"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setModal(False)
        layout = QVBoxLayout(self)
        self.preview = DocumentPreview(self, render_px=2400, fit=FIT_WIDTH)
        layout.addWidget(self.preview, 1)
        close = QPushButton(tr("&Закрыть"), self)
        close.setAutoDefault(False)
        close.clicked.connect(self.close)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(close)
        layout.addLayout(row)
        # The screen's whole height, yet never past its work area (1366×768
        # with the taskbar); a remembered geometry is brought back onto it.
        fit_window(self, QSize(1000, 10_000), key=PREVIEW_GEOMETRY_KEY)

    def show_file(self, sha256: str, path: Path, media_type: str, name: str, page: int = 0) -> None:
        self.setWindowTitle(tr("{name} — просмотр").format(name=name))
        self.preview.show_file(sha256, path, media_type, name, page=page)

    def closeEvent(self, event) -> None:
        QSettings().setValue(PREVIEW_GEOMETRY_KEY, self.saveGeometry())
        super().closeEvent(event)
