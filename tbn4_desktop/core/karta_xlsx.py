"""The Карта реализации as an XLSX sheet: the template the app writes and
the filled-in file it reads back.

The oblast sends every office of the region the dates of the «fixed»
subtasks (deadline rule «срок, указанный в Карте реализации»). The app
writes a template with one row per subtask × period of the year; the user
(or the oblast) types the dates into the «Срок» column and the app reads
them back. Relative-rule rows are in the sheet too, marked as computed by
the app: a date typed there overrides the computed deadline.

Reading never trusts the file: size, ZIP structure, sheet size, the year,
every code, period and date are checked, and all problems are reported in
one message (in the interface's language) with the row and the column.
Formulas are not evaluated (a formula in the date column is refused). Pure
Python + openpyxl: no Qt, no SQLAlchemy.

The workbook itself is Russian whatever the interface language (sheet name,
headers, periods, periodicities, notes): the Agency's Карта is a Russian
document, filled in by others and read back by the Russian words.
"""

from __future__ import annotations

import io
import re
import warnings
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from tbn4_desktop.core.catalog import Catalog, DeadlineKind
from tbn4_desktop.core.fileio import atomic_writer, describe_os_error
from tbn4_desktop.core.vocabulary import (
    Periodicity,
    period_label,
    period_label_ru,
    periods_of,
)
from tbn4_desktop.i18n import tc, tr

if TYPE_CHECKING:
    from openpyxl.styles import Font
    from openpyxl.workbook.workbook import Workbook
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

#: Files bigger than this are refused before they are opened.
MAX_FILE_BYTES = 5 * 1024 * 1024
#: Refuse a ZIP whose parts unpack to more than this (a "zip bomb").
MAX_UNPACKED_BYTES = 60 * 1024 * 1024
#: Rows of the sheet looked at before the file is refused as too big. The
#: real Карта has a few hundred rows.
MAX_ROWS = 5000
#: Problems listed in one message; the rest are counted.
MAX_PROBLEMS = 20

SHEET_PREFIX = "Карта"  # i18n: ru-only — the sheet's name, also looked for when reading
YEAR_CELL = "B2"
HEADER_ROW = 4
FIRST_DATA_ROW = HEADER_ROW + 1

# i18n: ru-only-begin — the sheet's headers, written and looked for when reading (messages quote them)
COL_CODE = "Код подзадачи"
COL_PERIOD = "Период"
COL_TITLE = "Подзадача"
COL_RULE = "Правило срока"
COL_DUE = "Срок (ДД.ММ.ГГГГ)"
COL_WHO = "Кто указывает срок"
# The Карта is the authority on periodicity (the instruction is silent for
# most subtasks); optional when reading, so older templates still load.
COL_PERIODICITY = "Периодичность"
# i18n: ru-only-end
HEADERS = (COL_CODE, COL_PERIOD, COL_TITLE, COL_RULE, COL_DUE, COL_WHO, COL_PERIODICITY)
_WIDTHS = (11, 13, 62, 44, 14, 19, 16)
_LINE_HEIGHT = 15  # points per wrapped line (11 pt Calibri)

WHO_FIXED = "Карта реализации: заполните"  # i18n: ru-only — a cell of the Russian workbook
WHO_COMPUTED = "Рассчитывает программа"  # i18n: ru-only — a cell of the Russian workbook

_TEXT_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*(?:г\.?)?\s*$")  # i18n: ru-only — parses «05.03.2025 г.»
_EXCEL_ERRORS = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
_XLSX_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

#: A date cell's problem: a translated sentence with {row} and {column}, and its other values.
_DueProblem = tuple[str, dict[str, object]]


class KartaError(ValueError):
    """A Карта file that cannot be written or read; the message is in the
    interface's language. `problems` lists the individual row problems
    (empty for file-level ones)."""

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        super().__init__(message)
        self.problems: tuple[str, ...] = tuple(problems)


class KartaTemplateRow(NamedTuple):
    """One subtask × period of the template. `period` is the stored code
    ('' / Q1..Q4 / M01..M12); `due` is the date currently set, if any."""

    code: str
    period: str
    title: str
    rule: str
    due: date | None
    periodicity: Periodicity | None = None  # as the plan has it now


@dataclass(frozen=True)
class KartaRow:
    """One row read from a filled-in Карта. `due` is None when the date cell
    was left blank: the caller keeps the date it already has. `periodicity`
    is None when the Карта does not state it."""

    code: str
    period: str
    due: date | None
    row: int = field(default=0, compare=False)  # sheet row, for messages
    periodicity: Periodicity | None = None


def _catalog_periodicity(catalog: Catalog, code: str) -> Periodicity | None:
    try:
        return catalog.subtask(code).periodicity
    except KeyError:
        return None


def parse_periodicity(value: object) -> Periodicity | None:
    """«Ежеквартально» (any case) or «quarterly» → Periodicity; None if
    unknown. The Карта's words are Russian whatever the interface language."""
    text = _norm(value)
    for p in Periodicity:
        if text in (p.label_ru.lower(), p.value):
            return p
    return None


def period_cell_text(period: str) -> str:
    """What the «Период» column shows (Russian whatever the interface
    language): '' for the year, else 'I квартал', 'март'."""
    return period_label_ru(period) if period else ""


# --------------------------------------------------------------------------
# Writing


def write_karta_template(
    path: Path | str, catalog: Catalog, year: int, rows: Iterable[KartaTemplateRow | tuple[Any, ...]]
) -> int:
    """Write the template to `path` atomically; returns the number of rows.

    Fixed-rule rows (the dates the Карта sets) come first with a highlighted
    date cell; relative-rule rows follow, greyed and marked as computed by
    the app. Raises KartaError when the file cannot be written."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, PatternFill, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    items = [KartaTemplateRow(*r) for r in rows]
    order = {s.code: i for i, s in enumerate(catalog.subtasks())}

    def is_fixed(code: str) -> bool:
        try:
            return catalog.subtask(code).deadline.kind is DeadlineKind.FIXED
        except KeyError:
            return False

    items.sort(key=lambda r: (not is_fixed(r.code), order.get(r.code, len(order)), _period_order(r.period)))

    wb = Workbook()
    ws = wb.active
    ws.title = f"{SHEET_PREFIX} {year}"
    last_col = get_column_letter(len(HEADERS))

    thin = Side(style="thin", color="A0A0A0")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap_top = Alignment(wrap_text=True, vertical="top")
    fixed_fill = PatternFill("solid", fgColor="FFF2CC")
    header_fill = PatternFill("solid", fgColor="D9E1F2")
    grey = _font(color="666666")

    # i18n: ru-only-begin — the workbook's text: the Карта is a Russian document whatever the interface language
    ws["A1"] = f"Карта реализации ТБН №4 на {year} год: сроки исполнения подзадач"
    ws["A1"].font = _font(bold=True, size=13)
    ws.merge_cells(f"A1:{last_col}1")
    ws["A2"] = "Год:"
    ws["A2"].font = _font(bold=True)
    ws["A2"].alignment = Alignment(horizontal="right")
    ws[YEAR_CELL] = year
    ws[YEAR_CELL].font = _font(bold=True, size=12)
    ws[YEAR_CELL].number_format = "0"
    ws[YEAR_CELL].alignment = Alignment(horizontal="left")
    ws["C2"] = (
        f"Каталог: {catalog.title} ({catalog.id}, версия {catalog.version}). Год в ячейке {YEAR_CELL} не меняйте."
    )
    ws["C2"].font = grey
    ws.merge_cells(f"C2:{last_col}2")
    ws["A3"] = (
        "Укажите сроки в столбце «Срок» для строк, выделенных жёлтым: их устанавливает Карта "
        "реализации. Остальные сроки программа рассчитывает сама; дату там указывают, только "
        "чтобы заменить расчётный срок. Пустая ячейка — срок в программе не меняется."
    )
    ws["A3"].alignment = Alignment(wrap_text=True, vertical="top")
    # i18n: ru-only-end
    ws.merge_cells(f"A3:{last_col}3")
    ws.row_dimensions[3].height = 32

    for col, (title, width) in enumerate(zip(HEADERS, _WIDTHS, strict=True), start=1):
        cell = ws.cell(row=HEADER_ROW, column=col, value=title)
        cell.font = _font(bold=True)
        cell.fill = header_fill
        cell.border = border
        cell.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.row_dimensions[HEADER_ROW].height = 30

    for i, item in enumerate(items):
        r = FIRST_DATA_ROW + i
        fixed = is_fixed(item.code)
        periodicity = item.periodicity or _catalog_periodicity(catalog, item.code)
        values = (
            item.code,
            period_cell_text(item.period),
            item.title,
            item.rule,
            item.due,
            WHO_FIXED if fixed else WHO_COMPUTED,
            periodicity.label_ru if periodicity else "",
        )
        for col, value in enumerate(values, start=1):
            cell = ws.cell(row=r, column=col, value=value)
            cell.border = border
            cell.alignment = wrap_top
            if not fixed and col != 5:
                cell.font = grey
        ws.cell(row=r, column=1).number_format = "@"
        ws.cell(row=r, column=2).number_format = "@"
        due_cell = ws.cell(row=r, column=5)
        due_cell.number_format = "DD.MM.YYYY"
        due_cell.alignment = Alignment(horizontal="center", vertical="top")
        if fixed:
            due_cell.fill = fixed_fill
            ws.cell(row=r, column=6).font = _font(bold=True)
        # Spreadsheet programs do not grow wrapped rows on opening: set the height.
        ws.row_dimensions[r].height = _LINE_HEIGHT * max(
            _wrapped_lines(str(v or ""), _WIDTHS[c]) for c, v in enumerate(values) if c != 4
        )

    last_row = FIRST_DATA_ROW + max(len(items), 1) - 1
    low, high = _date_bounds(year)
    # i18n: ru-only-begin — Excel's prompts and checks inside the Russian workbook
    dv = DataValidation(
        type="date",
        operator="between",
        allow_blank=True,
        formula1=str(_excel_serial(low)),
        formula2=str(_excel_serial(high)),
        showErrorMessage=True,
        errorTitle="Неверная дата",
        error=(f"Введите дату в формате ДД.ММ.ГГГГ с {low:%d.%m.%Y} по {high:%d.%m.%Y} или оставьте ячейку пустой."),
        showInputMessage=True,
        promptTitle="Срок",
        prompt="Дата в формате ДД.ММ.ГГГГ. Пустая ячейка — срок не меняется.",
    )
    dv.add(f"E{FIRST_DATA_ROW}:E{last_row}")
    ws.add_data_validation(dv)
    choices = ",".join(p.label_ru for p in Periodicity)
    periodicity_dv = DataValidation(
        type="list",
        formula1=f'"{choices}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Периодичность",
        error=f"Выберите одно из значений: {choices.replace(',', ', ')}.",
        showInputMessage=True,
        promptTitle="Периодичность",
        prompt=(
            "Как часто подзадача исполняется по Карте. Если периодичность меняется, укажите её "
            "одинаково во всех строках подзадачи и перечислите её периоды."
        ),
    )
    # i18n: ru-only-end
    periodicity_dv.add(f"G{FIRST_DATA_ROW}:G{last_row}")
    ws.add_data_validation(periodicity_dv)

    ws.freeze_panes = ws.cell(row=FIRST_DATA_ROW, column=1)
    ws.auto_filter.ref = f"A{HEADER_ROW}:{last_col}{last_row}"
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.oddFooter.center.text = "Стр. &P из &N"  # i18n: ru-only — the printed Russian workbook's footer

    buffer = io.BytesIO()
    wb.save(buffer)
    target = Path(path)
    if target.is_dir():
        raise KartaError(tr("Указана папка, а не файл: {path}.").format(path=target))
    try:
        with atomic_writer(target) as handle:
            handle.write(buffer.getvalue())
    except OSError as exc:
        raise KartaError(describe_os_error(exc, target)) from exc
    return len(items)


def _font(**kwargs: object) -> Font:
    """One font family everywhere, so no cell falls back to another face."""
    from openpyxl.styles import Font

    return Font(name="Calibri", **kwargs)


def _wrapped_lines(text: str, width: float) -> int:
    """Lines `text` takes in a column `width` characters wide (an estimate
    that errs on the generous side)."""
    per_line = max(int(width * 0.95) - 1, 1)
    lines = 0
    for paragraph in text.split("\n") or [""]:
        length, count = 0, 1
        for word in paragraph.split():
            if length and length + 1 + len(word) > per_line:
                count += 1
                length = len(word)
            else:
                length += len(word) + (1 if length else 0)
            count += max(length - 1, 0) // per_line
            length = length % per_line if length > per_line else length
        lines += count
    return max(lines, 1)


def _period_order(period: str) -> int:
    return int(period[1:]) if period else 0


def _date_bounds(year: int) -> tuple[date, date]:
    return date(year - 1, 1, 1), date(year + 1, 12, 31)


def _excel_serial(value: date) -> int:
    return (value - date(1899, 12, 30)).days


# --------------------------------------------------------------------------
# Reading


def read_karta(path: Path | str, catalog: Catalog, year: int) -> list[KartaRow]:
    """Every subtask × period row of a filled-in Карта for `year`.

    Raises KartaError (Russian) for a file that is not a usable XLSX, a wrong
    year, or any bad row; row problems are collected into one message."""
    source = Path(path)
    # openpyxl warns about what it cannot read (extensions, impossible date
    # numbers); the checks below report what matters in the user's words.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        workbook = _open_workbook(source)
        try:
            ws = _pick_sheet(workbook)
            return _read_sheet(ws, catalog, year, source.name)
        finally:
            workbook.close()


def _open_workbook(source: Path) -> Workbook:
    try:
        size = source.stat().st_size
        if source.is_dir():
            raise KartaError(tr("Указана папка, а не файл: {path}.").format(path=source))
        if size > MAX_FILE_BYTES:
            raise KartaError(
                tr(
                    "Файл «{name}» слишком большой ({size} МБ; допускается до {limit} МБ). "
                    "Импортируйте Карту, выгруженную программой."
                ).format(name=source.name, size=f"{size / 1048576:.1f}", limit=MAX_FILE_BYTES // 1048576)
            )
        with source.open("rb") as handle:
            head = handle.read(8)
    except OSError as exc:
        raise KartaError(describe_os_error(exc, source)) from exc
    if head.startswith(_OLE2_MAGIC):
        raise KartaError(
            tr(
                "Файл «{name}» защищён паролем или сохранён в старом формате Excel (.xls). "
                "Снимите пароль и сохраните файл как «Книга Excel (.xlsx)»."
            ).format(name=source.name)
        )
    if not head.startswith(_XLSX_MAGIC):
        raise KartaError(
            tr("Файл «{name}» не является книгой Excel (XLSX). Сохраните его как «Книга Excel (.xlsx)».").format(
                name=source.name
            )
        )
    try:
        with zipfile.ZipFile(source) as archive:
            infos = archive.infolist()
            names = {i.filename for i in infos}
            if "[Content_Types].xml" not in names or not any(n.startswith("xl/") for n in names):
                raise KartaError(
                    tr("Файл «{name}» не является книгой Excel (XLSX). Это ZIP-архив другого вида.").format(
                        name=source.name
                    )
                )
            if sum(i.file_size for i in infos) > MAX_UNPACKED_BYTES:
                raise KartaError(
                    tr("Файл «{name}» после распаковки слишком большой: это не Карта реализации.").format(
                        name=source.name
                    )
                )
            if any(i.flag_bits & 0x1 for i in infos):
                raise KartaError(
                    tr("Файл «{name}» зашифрован. Снимите пароль и сохраните заново.").format(name=source.name)
                )
    except zipfile.BadZipFile as exc:
        raise KartaError(
            tr("Файл «{name}» не является книгой Excel (XLSX). Файл повреждён.").format(name=source.name)
        ) from exc
    except OSError as exc:
        raise KartaError(describe_os_error(exc, source)) from exc

    from openpyxl import load_workbook

    try:
        return load_workbook(source, read_only=True, data_only=False, keep_links=False)
    except KartaError:
        raise
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds on a bad file
        raise KartaError(
            tr("Файл «{name}» повреждён или не является книгой Excel (XLSX): {error}.").format(
                name=source.name, error=type(exc).__name__
            )
        ) from exc


def _pick_sheet(workbook: Workbook) -> ReadOnlyWorksheet:
    for ws in workbook.worksheets:
        if ws.title.strip().startswith(SHEET_PREFIX):
            return ws
    if not workbook.worksheets:
        raise KartaError(tr("В книге нет ни одного листа."))
    return workbook.worksheets[0]


def _norm(value: object) -> str:
    return " ".join(str(value).split()).lower() if value is not None else ""


def _header_map(row: Sequence[object]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, value in enumerate(row):
        text = _norm(value)
        if text == _norm(COL_CODE):
            found.setdefault("code", i)
        elif text == _norm(COL_PERIOD):
            found.setdefault("period", i)
        elif text == "срок" or text.startswith("срок ("):  # i18n: ru-only — the Russian header, also shortened
            found.setdefault("due", i)
        elif text == _norm(COL_PERIODICITY):
            found.setdefault("periodicity", i)
    return found


def _read_sheet(ws: ReadOnlyWorksheet, catalog: Catalog, year: int, file_name: str) -> list[KartaRow]:
    max_col = len(HEADERS) + 4
    rows_iter = ws.iter_rows(min_row=1, max_col=max_col, values_only=True)
    problems: list[str] = []
    result: list[KartaRow] = []
    seen: dict[tuple[str, str], int] = {}
    labels = _period_labels(catalog)
    low, high = _date_bounds(year)
    columns: dict[str, int] | None = None
    year_checked = False
    stated_by_code: dict[str, Periodicity] = {}

    for row_number, raw in enumerate(rows_iter, start=1):
        if row_number > MAX_ROWS:
            raise KartaError(
                tr(
                    "В листе «{sheet}» файла «{name}» больше {limit} строк: "
                    "это не Карта реализации. Импортируйте Карту, выгруженную программой."
                ).format(sheet=ws.title, name=file_name, limit=MAX_ROWS)
            )
        cells = list(raw) + [None] * (max_col - len(raw))
        if row_number == 2:
            _check_year(cells[1], year)
            year_checked = True
            continue
        if columns is None:
            if row_number <= 10:
                candidate = _header_map(cells)
                if {"code", "period", "due"} <= set(candidate):
                    columns = candidate
            continue
        code_v, period_v, due_v = (cells[columns[k]] for k in ("code", "period", "due"))
        if all(_blank(v) for v in (code_v, period_v, due_v)):
            continue

        def problem(column: str, message: str, _r: int = row_number, /, **values: object) -> None:
            """`message`: a whole translated sentence with {row} and {column}."""
            problems.append(message.format(row=_r, column=column, **values))

        code = _cell_text(code_v)
        if not code:
            problem(COL_CODE, tr("строка {row}, столбец «{column}»: не указан код подзадачи."))
            continue
        try:
            subtask = catalog.subtask(code)
        except KeyError:
            problem(
                COL_CODE,
                tr(
                    "строка {row}, столбец «{column}»: подзадачи «{code}» нет в каталоге «{catalog}» "
                    "(версия {version})."
                ),
                code=code,
                catalog=tc(catalog.title),
                version=catalog.version,
            )
            continue
        periodicity_v = cells[columns["periodicity"]] if "periodicity" in columns else None
        stated: Periodicity | None = None
        if not _blank(periodicity_v):
            stated = parse_periodicity(periodicity_v)
            if stated is None:
                # The words the Карта accepts are Russian whatever the interface language.
                problem(
                    COL_PERIODICITY,
                    tr("строка {row}, столбец «{column}»: «{value}» — не периодичность; допустимо: {allowed}."),
                    value=_cell_text(periodicity_v),
                    allowed=", ".join(f"«{p.label_ru}»" for p in Periodicity),
                )
                continue
            if stated_by_code.setdefault(code, stated) is not stated:
                problem(
                    COL_PERIODICITY,
                    tr(
                        "строка {row}, столбец «{column}»: у подзадачи {code} в разных строках "
                        "указана разная периодичность."
                    ),
                    code=code,
                )
                continue
        periodicity = stated or subtask.periodicity
        period = labels[periodicity].get(_norm(period_v) if not _blank(period_v) else "")
        if period is None:
            # Allowed: the Карта's Russian words; the periodicity is named in the interface's language.
            allowed = ", ".join(f"«{period_cell_text(p)}»" for p in periods_of(periodicity))
            problem(
                COL_PERIOD,
                tr(
                    "строка {row}, столбец «{column}»: «{value}» — не период подзадачи {code} "
                    "({periodicity}); допустимо: {allowed}."
                ),
                value=_cell_text(period_v),
                code=code,
                periodicity=periodicity.label.lower(),
                allowed=allowed,
            )
            continue
        key = (code, period)
        if key in seen:
            if period:
                problem(
                    COL_CODE,
                    tr("строка {row}, столбец «{column}»: подзадача {code}, {period} уже указана в строке {first}."),
                    code=code,
                    period=period_label(period),
                    first=seen[key],
                )
            else:
                problem(
                    COL_CODE,
                    tr("строка {row}, столбец «{column}»: подзадача {code} уже указана в строке {first}."),
                    code=code,
                    first=seen[key],
                )
            continue
        seen[key] = row_number
        due, error = _parse_due(due_v, ws_epoch(ws))
        if error:
            problem(COL_DUE, error[0], **error[1])
            continue
        if due is not None and not (low <= due <= high):
            problem(
                COL_DUE,
                tr("строка {row}, столбец «{column}»: дата {date} вне {first}–{last} годов: проверьте год."),
                date=f"{due:%d.%m.%Y}",
                first=year - 1,
                last=year + 1,
            )
            continue
        result.append(KartaRow(code=code, period=period, due=due, row=row_number, periodicity=stated))

    if not year_checked:
        raise KartaError(
            tr("Лист «{sheet}» пуст: в ячейке {cell} нет года Карты.").format(sheet=ws.title, cell=YEAR_CELL)
        )
    if columns is None:
        raise KartaError(
            tr(
                "В листе «{sheet}» не найдены заголовки столбцов «{code}», «{period}», «{due}». "
                "Заполните шаблон, выгруженный программой."
            ).format(sheet=ws.title, code=COL_CODE, period=COL_PERIOD, due=COL_DUE)
        )
    if problems:
        shown = problems[:MAX_PROBLEMS]
        more = len(problems) - len(shown)
        if more:
            shown.append(tr("… и ещё {count}.").format(count=more))
        raise KartaError(
            tr("Карта «{name}» не импортирована, ничего не изменено. Исправьте ошибки ({count}):\n{problems}").format(
                name=file_name, count=len(problems), problems="\n".join(shown)
            ),
            problems,
        )
    return result


def ws_epoch(ws: object) -> datetime:
    """The workbook's date system (1900 or 1904)."""
    from openpyxl.utils.datetime import CALENDAR_WINDOWS_1900

    parent = getattr(ws, "parent", None)
    epoch: datetime = getattr(parent, "epoch", CALENDAR_WINDOWS_1900)
    return epoch


def _check_year(value: object, year: int) -> None:
    found: int | None = None
    if isinstance(value, bool):
        found = None
    elif isinstance(value, int):
        found = value
    elif isinstance(value, float) and value.is_integer():
        found = int(value)
    elif isinstance(value, str) and value.strip().isdigit():
        found = int(value.strip())
    if found is None:
        raise KartaError(
            tr(
                "В ячейке {cell} должен быть год Карты (например {year}), а там «{value}». "
                "Заполните шаблон, выгруженный программой."
            ).format(cell=YEAR_CELL, year=year, value=_cell_text(value))
        )
    if found != year:
        raise KartaError(
            tr(
                "Это Карта на {found} год (ячейка {cell}), а импортируются сроки {year} года. "
                "Выберите Карту этого года."
            ).format(found=found, cell=YEAR_CELL, year=year)
        )


def _period_labels(catalog: Catalog) -> dict[Periodicity, dict[str, str]]:
    table: dict[Periodicity, dict[str, str]] = {}
    for periodicity in Periodicity:
        mapping: dict[str, str] = {}
        for p in periods_of(periodicity):
            mapping[_norm(period_cell_text(p))] = p
            if p:
                mapping[p.lower()] = p
            else:
                mapping[_norm(period_label_ru(p))] = p  # «за год»
        table[periodicity] = mapping
    return table


def _blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = " ".join(str(value).split())
    return text if len(text) <= 60 else text[:57] + "…"


def _not_a_date(value: object) -> _DueProblem:
    return (
        tr("строка {row}, столбец «{column}»: «{value}» — не дата; введите дату в формате ДД.ММ.ГГГГ."),
        {"value": _cell_text(value)},
    )


def _not_a_date_number(value: object) -> _DueProblem:
    return (
        tr("строка {row}, столбец «{column}»: число {value} не является датой; введите дату в формате ДД.ММ.ГГГГ."),
        {"value": _cell_text(value)},
    )


def _parse_due(value: object, epoch: datetime) -> tuple[date | None, _DueProblem | None]:
    """(date, None), (None, None) for a blank cell, or (None, problem): a
    translated sentence with {row} and {column} and its other values."""
    from openpyxl.utils.datetime import from_excel

    if _blank(value):
        return None, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, bool):
        return None, _not_a_date(value)
    if isinstance(value, (int, float)):
        # A date typed into a cell whose format is not a date format arrives
        # as Excel's day number; only a plausible one (1900..9999) is a date.
        if not (1 <= value <= 2958465) or value != value:
            return None, _not_a_date_number(value)
        try:
            converted = from_excel(value, epoch)
        except (ValueError, OverflowError):
            return None, _not_a_date_number(value)
        return (converted.date() if isinstance(converted, datetime) else converted), None
    if isinstance(value, str):
        text = value.strip()
        if text in _EXCEL_ERRORS:
            return None, (
                tr(
                    "строка {row}, столбец «{column}»: в ячейке ошибка {error} (или число, которое не "
                    "является датой); введите дату в формате ДД.ММ.ГГГГ."
                ),
                {"error": text},
            )
        if text.startswith("="):
            return None, (
                tr("строка {row}, столбец «{column}»: формулы не допускаются: введите саму дату в формате ДД.ММ.ГГГГ."),
                {},
            )
        match = _TEXT_DATE.match(text)
        if not match:
            return None, _not_a_date(text)
        day, month, yr = (int(g) for g in match.groups())
        try:
            return date(yr, month, day), None
        except ValueError:
            return None, (
                tr("строка {row}, столбец «{column}»: «{value}» — такой даты нет."),
                {"value": _cell_text(text)},
            )
    return None, _not_a_date(value)
