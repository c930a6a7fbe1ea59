"""«О программе»: version, purpose and the legal basis (both the rules the
instruction cites and the rules in force, PRODUCT.md)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from tbn4_desktop import APP_TITLE, __version__
from tbn4_desktop.i18n import SOURCE_LANGUAGE, language, tr
from tbn4_desktop.ui.icons import app_icon


def legal_basis_html() -> str:
    return "".join(
        f"<p>{paragraph}</p>"
        for paragraph in (
            tr(
                "<b>Правовая основа.</b> Инструкция по исполнению проектов Типового базового направления №4 "
                "«Предупреждение и противодействие коррупции» (Агентство Республики Казахстан по противодействию "
                "коррупции, 2023 год)."
            ),
            tr(
                "Инструкция ссылается на Правила осуществления проектного управления, утверждённые "
                "постановлением Правительства Республики Казахстан от 31 мая 2021 года №358. Это постановление "
                "утратило силу (постановление Правительства от 17 августа 2023 года №691); действующие Правила "
                "утверждены приказом Министра цифрового развития, инноваций и аэрокосмической промышленности "
                "Республики Казахстан (МЦРИАП) от 31 июля 2023 года №301/НҚ."
            ),
        )
    )


def translation_note_html() -> str:
    """In a translated interface: whose translation the catalog's texts are
    (core/catalog_translation.py marks each entry; none is official yet)."""
    if language() == SOURCE_LANGUAGE:
        return ""
    return (
        "<p>"
        + escape(
            tr(
                "Тексты проектов, задач, подзадач и документов на казахском языке — перевод разработчиков программы, "
                "а не официальный текст Инструкции: официального текста Инструкции на казахском языке у программы нет. "
                "Цитаты Инструкции показываются на русском языке. Официальные формы печатаются на русском языке, "
                "как в Инструкции."
            )
        )
        + "</p>"
    )


def about_html(data_dir: Path | None = None) -> str:
    folder = ("<p><b>" + tr("Папка данных:") + f"</b> {escape(str(data_dir))}</p>") if data_dir else ""
    version = tr("Версия {version}").format(version=escape(__version__))
    return (
        f"<h3>{escape(tr(APP_TITLE))}</h3>"
        f"<p>{version}</p>"
        "<p>"
        + tr(
            "Исполнение 37 подзадач проектов ТБН №4: подтверждающие документы, сканы подписанных "
            "документов, подписанты, ссылки на публикации и пакет для загрузки в ИСПУ («Easy Platform»). "
            "Программа работает без интернета и не передаёт данные в ИСПУ сама: пакет загружает сотрудник, "
            "имеющий учётную запись."
        )
        + "</p>"
        + legal_basis_html()
        + translation_note_html()
        + folder
        + f"<p style='color:#555'>Qt for Python (PySide6) {escape(pyside_version)}.</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, data_dir: Path | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(tr("О программе"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(64, 64))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        top.addWidget(icon)
        self.text = QLabel(about_html(data_dir), self)
        self.text.setObjectName("aboutText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.text, 1)
        layout.addLayout(top)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(620)
