"""Reading a filled-in Карта: the header row found by its Russian words, every
row's code, period, periodicity and date checked against the catalog and the
year, all problems collected into one KartaError with the row and column."""

from __future__ import annotations

import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tbn4_desktop.core.catalog import Catalog
from tbn4_desktop.core.karta_cells import blank, cell_text, check_year, parse_due, ws_epoch
from tbn4_desktop.core.karta_file import open_workbook, pick_sheet
from tbn4_desktop.core.karta_layout import (
    COL_CODE,
    COL_DUE,
    COL_PERIOD,
    COL_PERIODICITY,
    HEADERS,
    MAX_PROBLEMS,
    MAX_ROWS,
    YEAR_CELL,
    KartaError,
    KartaRow,
    date_bounds,
    norm_text,
    parse_periodicity,
    period_cell_text,
)
from tbn4_desktop.core.vocabulary import Periodicity, period_label, period_label_ru, periods_of
from tbn4_desktop.i18n import tc, tr

if TYPE_CHECKING:
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet


def read_karta(path: Path | str, catalog: Catalog, year: int) -> list[KartaRow]:
    """Every subtask × period row of a filled-in Карта for `year`.

    Raises KartaError (Russian) for a file that is not a usable XLSX, a wrong
    year, or any bad row; row problems are collected into one message."""
    source = Path(path)
    # openpyxl warns about what it cannot read (extensions, impossible date
    # numbers); the checks below report what matters in the user's words.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        workbook = open_workbook(source)
        try:
            ws = pick_sheet(workbook)
            return _read_sheet(ws, catalog, year, source.name)
        finally:
            workbook.close()


def _header_map(row: Sequence[object]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, value in enumerate(row):
        text = norm_text(value)
        if text == norm_text(COL_CODE):
            found.setdefault("code", i)
        elif text == norm_text(COL_PERIOD):
            found.setdefault("period", i)
        elif text == "срок" or text.startswith("срок ("):  # i18n: ru-only — the Russian header, also shortened
            found.setdefault("due", i)
        elif text == norm_text(COL_PERIODICITY):
            found.setdefault("periodicity", i)
    return found


def _read_sheet(ws: ReadOnlyWorksheet, catalog: Catalog, year: int, file_name: str) -> list[KartaRow]:
    max_col = len(HEADERS) + 4
    rows_iter = ws.iter_rows(min_row=1, max_col=max_col, values_only=True)
    problems: list[str] = []
    result: list[KartaRow] = []
    seen: dict[tuple[str, str], int] = {}
    labels = _period_labels(catalog)
    low, high = date_bounds(year)
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
            check_year(cells[1], year)
            year_checked = True
            continue
        if columns is None:
            if row_number <= 10:
                candidate = _header_map(cells)
                if {"code", "period", "due"} <= set(candidate):
                    columns = candidate
            continue
        code_v, period_v, due_v = (cells[columns[k]] for k in ("code", "period", "due"))
        if all(blank(v) for v in (code_v, period_v, due_v)):
            continue

        def problem(column: str, message: str, _r: int = row_number, /, **values: object) -> None:
            """`message`: a whole translated sentence with {row} and {column}."""
            problems.append(message.format(row=_r, column=column, **values))

        code = cell_text(code_v)
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
        if not blank(periodicity_v):
            stated = parse_periodicity(periodicity_v)
            if stated is None:
                # The words the Карта accepts are Russian whatever the interface language.
                problem(
                    COL_PERIODICITY,
                    tr("строка {row}, столбец «{column}»: «{value}» — не периодичность; допустимо: {allowed}."),
                    value=cell_text(periodicity_v),
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
        period = labels[periodicity].get(norm_text(period_v) if not blank(period_v) else "")
        if period is None:
            # Allowed: the Карта's Russian words; the periodicity is named in the interface's language.
            allowed = ", ".join(f"«{period_cell_text(p)}»" for p in periods_of(periodicity))
            problem(
                COL_PERIOD,
                tr(
                    "строка {row}, столбец «{column}»: «{value}» — не период подзадачи {code} "
                    "({periodicity}); допустимо: {allowed}."
                ),
                value=cell_text(period_v),
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
        due, error = parse_due(due_v, ws_epoch(ws))
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


def _period_labels(catalog: Catalog) -> dict[Periodicity, dict[str, str]]:
    table: dict[Periodicity, dict[str, str]] = {}
    for periodicity in Periodicity:
        mapping: dict[str, str] = {}
        for p in periods_of(periodicity):
            mapping[norm_text(period_cell_text(p))] = p
            if p:
                mapping[p.lower()] = p
            else:
                mapping[norm_text(period_label_ru(p))] = p  # «за год»
        table[periodicity] = mapping
    return table
