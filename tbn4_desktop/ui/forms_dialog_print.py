"""Printing a previewed form: the A4 printer, the print dialog and the
progress dialog set up for it, the page range chosen, and the PDF pages
rasterised and drawn onto the printer, one per sheet, in a background job."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog, QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from tbn4_desktop import APP_TITLE
from tbn4_desktop.core.documents import PDF, render_page
from tbn4_desktop.core.forms.model import Form
from tbn4_desktop.i18n import tr
from tbn4_desktop.ui.forms_dialog_files import file_stem
from tbn4_desktop.ui.jobs import JobCancelled

PRINT_DPI = 300  # enough for text; 1200 dpi pages would take 400 MB each


def print_pdf(printer: QPrinter, pdf: Path, pages: list[int], progress, cancelled) -> int:
    """Draw the given PDF pages (0-based) onto `printer`, one per sheet.
    Runs in a job: QPainter may paint on a QPrinter outside the UI thread."""
    dpi = min(printer.resolution(), PRINT_DPI)
    printer.setFullPage(True)  # the PDF carries its own margins
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(5, tr("Принтер недоступен"))
    printed = 0
    try:
        for n, page in enumerate(pages):
            if cancelled():
                printer.abort()
                raise JobCancelled()
            if n:
                printer.newPage()
            target = printer.paperRect(QPrinter.Unit.DevicePixel)
            inches = max(target.width(), target.height()) / printer.resolution()
            image = render_page(pdf, PDF, page, max(1, round(inches * dpi)))
            qimage = QImage(image.tobytes(), image.width, image.height, 3 * image.width, QImage.Format.Format_RGB888)
            scale = min(target.width() / image.width, target.height() / image.height)
            w, h = image.width * scale, image.height * scale
            painter.drawImage(
                QRectF(target.x() + (target.width() - w) / 2, target.y() + (target.height() - h) / 2, w, h), qimage
            )
            printed += 1
            progress(printed, len(pages), "")
    finally:
        painter.end()
    return printed


def form_printer(form: Form | None, period: str | None, pages: int) -> QPrinter:
    """An A4 printer in the form's orientation, named after its file, over its pages."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    landscape = form is not None and form.landscape
    printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait)
    printer.setDocName(file_stem(form, period) if form else tr(APP_TITLE))
    printer.setFromTo(1, max(1, pages))
    return printer


def form_print_dialog(printer: QPrinter, parent: QWidget, pages: int) -> QPrintDialog:
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("formPrintDialog")
    dialog.setWindowTitle(tr("Печать формы"))
    dialog.setMinMax(1, max(1, pages))
    options = QAbstractPrintDialog.PrintDialogOption
    dialog.setOption(options.PrintPageRange, True)
    dialog.setOption(options.PrintSelection, False)
    dialog.setOption(options.PrintCurrentPage, False)
    return dialog


def page_range(printer: QPrinter, pages: int) -> list[int]:
    """The pages (0-based) to print: the range chosen in the print dialog, else all."""
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage(), min(printer.toPage() or pages, pages)
        return list(range(first - 1, last))
    return list(range(pages))


def print_progress_dialog(parent: QWidget, count: int) -> QProgressDialog:
    progress = QProgressDialog(tr("Форма отправляется на печать…"), tr("Отмена"), 0, count, parent)
    progress.setObjectName("formPrintProgress")
    progress.setWindowTitle(tr(APP_TITLE))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setMinimumWidth(380)
    return progress
