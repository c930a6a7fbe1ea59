"""The preview pane of the documents page: one page of the selected file at a
time, rendered in a background job (a big PDF never blocks the window),
scaled to fit, with page navigation. Page counts are cached by SHA-256: a
stored file never changes."""

from __future__ import annotations

from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.core.attachments import BlobDamaged, verify_stored
from tbn4_desktop.core.documents import (
    DocumentError,
    has_pages,
    page_count,
    render_page,
)
from tbn4_desktop.ui.jobs import Job

RENDER_PX = 1200

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


def count_pages_in_background(files: list[tuple[str, Path, str]], done) -> Job:  # noqa: ANN001 - done(dict)
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


class DocumentPreview(QWidget):
    """Shows page `page` of one file; `show_file` switches files."""

    pageShown = Signal(int, int)    # page (0-based), page count

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("documentPreview")
        self._file: tuple[str, Path, str] | None = None
        self._page = 0
        self._count = 0
        self._pixmap: QPixmap | None = None
        self._generation = 0
        self._jobs: set[Job] = set()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setObjectName("previewTitle")
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.image = QLabel(self)
        self.image.setObjectName("previewImage")
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(220, 260)
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image.setFrameShape(QLabel.Shape.StyledPanel)
        self.image.setAccessibleName("Просмотр страницы")
        self.image.setWordWrap(True)          # the hint text of an empty preview, in a narrow column
        layout.addWidget(self.image, 1)
        nav = QHBoxLayout()
        self.prev_button = QPushButton("◀ П&редыдущая", self)
        self.prev_button.setObjectName("previewPrev")
        self.prev_button.clicked.connect(lambda: self.show_page(self._page - 1))
        self.page_label = QLabel(self)
        self.page_label.setObjectName("previewPageLabel")
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton("Сл&едующая ▶", self)
        self.next_button.setObjectName("previewNext")
        self.next_button.clicked.connect(lambda: self.show_page(self._page + 1))
        # The page number on its own line: beside both buttons it does not fit
        # the preview's narrow column in a 900-pixel wizard.
        layout.addWidget(self.page_label)
        nav.addWidget(self.prev_button)
        nav.addStretch(1)
        nav.addWidget(self.next_button)
        layout.addLayout(nav)
        self.clear()

    @property
    def page(self) -> int:
        return self._page

    @property
    def page_count(self) -> int:
        return self._count

    def clear(self, text: str = "Выберите файл в списке, чтобы посмотреть его страницы.") -> None:
        self._generation += 1
        self._file = None
        self._count = 0
        self._pixmap = None
        self.title.setText("")
        self.image.setPixmap(QPixmap())
        self.image.setText(text)
        self._update_nav()

    def show_file(self, sha256: str, path: Path, media_type: str, name: str) -> None:
        if self._file is not None and self._file[0] == sha256:
            return
        self.clear("Загрузка…")
        self._file = (sha256, Path(path), media_type)
        self.title.setText(name)
        if not has_pages(media_type):
            self.image.setText("Просмотр файлов Word и Excel недоступен: откройте файл в Word или Excel.")
            return
        self._page = 0
        self._start_render(0, with_count=True)

    def show_page(self, page: int) -> None:
        if self._file is None or not 0 <= page < self._count:
            return
        self._start_render(page, with_count=False)

    def _start_render(self, page: int, *, with_count: bool) -> None:
        self._generation += 1
        generation = self._generation
        sha256, path, media_type = self._file
        name = self.title.text()

        def work(progress, cancelled):
            if with_count and len(sha256) == 64:     # a stored file, shown first: is it intact?
                verify_stored(path, sha256, name)
            count = cached_page_count(sha256, path, media_type) if with_count else None
            return count, render_page(path, media_type, page, RENDER_PX)

        job = Job(work)  # no parent: a closed pane must not delete signals a worker still emits
        _running.add(job)
        self._jobs.add(job)
        job.signals.succeeded.connect(lambda result: self._rendered(generation, page, result))
        job.signals.failed.connect(lambda exc, _tb: self._failed(generation, exc))
        job.signals.finished.connect(lambda: self._finished(job))
        job.start()

    def _finished(self, job: Job) -> None:
        _running.discard(job)
        if shiboken6.isValid(self):
            self._jobs.discard(job)

    def _rendered(self, generation: int, page: int, result) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return  # the pane is gone or the user has moved on
        count, image = result
        if count is not None:
            self._count = count
        self._page = page
        self._pixmap = _to_pixmap(image)
        self.image.setText("")
        self._fit()
        self._update_nav()
        self.pageShown.emit(self._page, self._count)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if not shiboken6.isValid(self) or generation != self._generation:
            return
        text = str(exc) if isinstance(exc, DocumentError | BlobDamaged) else "Не удалось показать файл."
        self.image.setPixmap(QPixmap())
        self.image.setText(text)
        self._update_nav()

    def _fit(self) -> None:
        if self._pixmap is None:
            return
        size = self.image.contentsRect().size()
        self.image.setPixmap(self._pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio,
                                                 Qt.TransformationMode.SmoothTransformation))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def _update_nav(self) -> None:
        has = self._count > 0
        self.page_label.setText(f"Страница {self._page + 1} из {self._count}" if has else "")
        self.prev_button.setEnabled(has and self._page > 0)
        self.next_button.setEnabled(has and self._page < self._count - 1)

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Tests: wait for the running render jobs."""
        return all(job.wait(timeout) for job in list(self._jobs))
