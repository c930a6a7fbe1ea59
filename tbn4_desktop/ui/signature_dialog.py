"""«Сведения о подписи»: what the program read from an electronic signature
and what it checked, each check with its mark, under the statement that
this is not a check by НУЦ РК (core/esign/report)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop.i18n import tr
from tbn4_desktop.ui.widgets import wrapped
from tbn4_desktop.ui.window_fit import fit_window

#: The colour of each check's mark: passed, failed, not checked.
MARK_COLOURS = {"✔": "#1b6e3a", "✖": "#a4000f", "○": "#6b6b6b"}


def lines_html(lines: list[str]) -> str:
    """The report's lines (heading and disclaimer excluded) as HTML: each
    check's mark coloured, an empty line between signers."""
    parts = []
    for line in lines:
        if not line:
            parts.append("<p style='margin:0'>&nbsp;</p>")
            continue
        mark = line[:1]
        if mark in MARK_COLOURS:
            parts.append(
                f"<p style='margin:0'><span style='color:{MARK_COLOURS[mark]}; font-weight:bold'>"
                f"{mark}</span>{escape(line[1:])}</p>"
            )
        else:
            parts.append(f"<p style='margin:0'>{escape(line)}</p>")
    return "".join(parts)


class SignatureDialog(QDialog):
    """The report of one signature file about one document."""

    def __init__(self, parent: QWidget | None, file_name: str, document_name: str | None, lines: list[str]):
        super().__init__(parent)
        self.setObjectName("signatureDialog")
        heading, disclaimer, *body = lines
        self.setWindowTitle(tr("{heading}: {file}").format(heading=heading, file=file_name))
        self.lines = lines
        layout = QVBoxLayout(self)
        what = (
            tr("Файл подписи «{file}» к документу «{document}».").format(file=file_name, document=document_name)
            if document_name
            else tr("Файл подписи «{file}»: документ вложен в него.").format(file=file_name)
        )
        self.what = wrapped(what, self)
        layout.addWidget(self.what)
        self.disclaimer = QLabel(disclaimer, self)
        self.disclaimer.setObjectName("signatureDisclaimer")
        self.disclaimer.setWordWrap(True)
        self.disclaimer.setStyleSheet("QLabel { background: #fff4d6; border: 1px solid #d9b44a; padding: 6px; }")
        layout.addWidget(self.disclaimer)
        self.text = QTextBrowser(self)
        self.text.setObjectName("signatureReport")
        self.text.setAccessibleName(heading)
        self.text.setOpenLinks(False)
        self.text.setHtml(lines_html(body))
        layout.addWidget(self.text, 1)
        self.legend = wrapped(tr("✔ — проверено, ✖ — не прошло проверку, ○ — не проверялось (причина указана)."), self)
        layout.addWidget(self.legend)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.copy_button = buttons.addButton(tr("&Копировать"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setToolTip(
            tr("Скопировать сведения о подписи в буфер обмена, чтобы вставить в письмо или служебную записку")
        )
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_window(self, QSize(720, 560), key="signatureDialog")

    def copy(self) -> None:
        QGuiApplication.clipboard().setText("\n".join(self.lines))
