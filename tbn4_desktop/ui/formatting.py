"""How values read in the UI (UX.md «Formats»)."""

from __future__ import annotations

from datetime import date

_MEDIA_LABELS = {
    "application/pdf": "PDF",
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "image/tiff": "TIFF",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Документ Word (DOCX)",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Таблица Excel (XLSX)",
}


def format_date(value: date | None) -> str:
    """15.03.2025; an empty string for no date."""
    return value.strftime("%d.%m.%Y") if value else ""


def format_size(size: int) -> str:
    """File size in КБ below one megabyte, else in МБ with a decimal comma."""
    if size < 1024 * 1024:
        kb = max(1, round(size / 1024)) if size else 0
        return f"{kb} КБ"
    return f"{size / (1024 * 1024):.1f}".replace(".", ",") + " МБ"


def media_label(media_type: str) -> str:
    return _MEDIA_LABELS.get(media_type, media_type)


def appendix_label(number: int) -> str:
    return f"Приложение №{number} к Инструкции"


def subtask_heading(code: str) -> str:
    return f"Подзадача {code}"
