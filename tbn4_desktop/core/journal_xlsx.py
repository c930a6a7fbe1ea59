"""The journal of changes as an XLSX sheet (openpyxl): one row per entry,
«Когда» a real date and time, columns as wide as their content needs (within
limits), the header frozen and filterable. Pure Python: rows come in as
plain records (services/audit.JournalRow or anything with the same fields).

The sheet is a record for inspectors: its headers, periods and actions are
Russian whatever the interface language, the same whoever exports it."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any, BinaryIO

from tbn4_desktop.core.journal import action_label_ru
from tbn4_desktop.core.vocabulary import period_label, period_label_ru

# i18n: ru-only-begin — the sheet's headers: the journal workbook is Russian whatever the interface language
HEADERS = (
    "№",
    "Когда",
    "Пользователь",
    "Компьютер",
    "Организация",
    "Год",
    "Подзадача",
    "Период",
    "Действие",
    "Что изменено",
    "Подробности",
)
# i18n: ru-only-end
#: Column widths in characters: at least the header's, at most these.
MAX_WIDTHS = (8, 18, 20, 20, 40, 7, 12, 14, 30, 80, 60)
DATE_FORMAT = "DD.MM.YYYY HH:MM"


def period_text(period: str | None) -> str:
    """A period as the journal window shows it, in the interface's language
    («за год», «I квартал»…); an unknown code as it is."""
    return _period_text(period, period_label)


def period_text_ru(period: str | None) -> str:
    """A period as the sheet shows it, always in Russian; an unknown code as it is."""
    return _period_text(period, period_label_ru)


def _period_text(period: str | None, label: Callable[[str], str]) -> str:
    if period is None:
        return ""
    try:
        return label(period)
    except ValueError:
        return period


def sheet_rows(rows: Iterable[Any], org_names: Mapping[int, str]) -> list[list[Any]]:
    return [
        [
            r.id,
            r.at,
            r.user_name,
            r.host_name,
            org_names.get(r.organization_id, "") if r.organization_id else "",
            r.year,
            r.subtask_code or "",
            period_text_ru(r.period),
            action_label_ru(r.action),
            r.summary,
            "" if r.details in ("", "{}") else r.details,
        ]
        for r in rows
    ]


def write_journal_xlsx(
    rows: Iterable[Any],
    out: BinaryIO,
    *,
    org_names: Mapping[int, str] | None = None,
    title: str = "Журнал изменений",  # i18n: ru-only — the workbook's title property
) -> int:
    """Write the sheet to an open binary file; returns the number of entries."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    data = sheet_rows(rows, org_names or {})
    wb = Workbook()
    ws = wb.active
    ws.title = "Журнал"  # i18n: ru-only — the sheet's name in the Russian workbook
    ws.append(list(HEADERS))
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(vertical="top", wrap_text=True)
    wrap, top = Alignment(vertical="top", wrap_text=True), Alignment(vertical="top")
    for values in data:
        ws.append(values)
        row = ws[ws.max_row]
        row[1].number_format = DATE_FORMAT
        for cell in row[:8]:
            cell.alignment = top
        for cell in row[8:]:
            cell.alignment = wrap
    for i, header in enumerate(HEADERS):
        # Bold Cyrillic headers run wider than the character count says.
        longest = max([len(header) * 1.2] + [len(_shown(v[i])) for v in data])
        ws.column_dimensions[get_column_letter(i + 1)].width = (
            min(round(longest) + 3, MAX_WIDTHS[i]) if i != 1 else MAX_WIDTHS[1]
        )
    _fit_heights(ws, data)
    ws.freeze_panes = "A2"
    # Printed: landscape, every column on the page's width, the header on each page.
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = "1:1"
    ws.auto_filter.ref = f"A1:{get_column_letter(len(HEADERS))}{max(1, ws.max_row)}"
    wb.properties.title = title
    wb.save(out)
    return len(data)


def _fit_heights(ws: Any, data: list[list[Any]]) -> None:
    """Row heights for the wrapped columns (no spreadsheet sizes them on
    opening a file): the most lines any cell of the row needs."""
    from openpyxl.utils import get_column_letter

    widths = [ws.column_dimensions[get_column_letter(i + 1)].width for i in range(len(HEADERS))]
    for n, values in enumerate(data, start=2):
        lines = max(-(-len(_shown(v)) // max(1, int(widths[i] * 0.9))) for i, v in enumerate(values) if i >= 8)
        if lines > 1:
            ws.row_dimensions[n].height = 15 * min(lines, 30)


def _shown(value: Any) -> str:
    return "" if value is None else str(value)
