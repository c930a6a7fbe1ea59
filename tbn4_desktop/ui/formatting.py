"""How values read in the UI (UX.md «Formats»)."""

from __future__ import annotations

from datetime import date

from tbn4_desktop.i18n import N_, tr

_MEDIA_LABELS = {
    "application/pdf": "PDF",
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/tiff": "TIFF",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": N_("Документ Word (DOCX)"),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": N_("Таблица Excel (XLSX)"),
    "application/pkcs7-signature": N_("Подпись ЭЦП (CMS)"),
}


def format_date(value: date | None) -> str:
    """15.03.2025; an empty string for no date."""
    return value.strftime("%d.%m.%Y") if value else ""


def format_size(size: int) -> str:
    """File size in КБ below one megabyte, else in МБ with a decimal comma."""
    if size < 1024 * 1024:
        kb = max(1, round(size / 1024)) if size else 0
        return tr("{kb} КБ").format(kb=kb)
    return tr("{mb} МБ").format(mb=f"{size / (1024 * 1024):.1f}".replace(".", ","))


def media_label(media_type: str) -> str:
    label = _MEDIA_LABELS.get(media_type)
    return tr(label) if label else media_type


def appendix_label(number: int) -> str:
    return tr("Приложение №{number} к Инструкции").format(number=number)


def subtask_heading(code: str) -> str:
    return tr("Подзадача {code}").format(code=code)
