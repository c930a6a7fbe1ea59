"""The Карта sheet's layout shared by the writer and the reader: limits, the
year cell, the header row and the Russian headers, the rows (KartaTemplateRow
written, KartaRow read), KartaError, and the period and periodicity words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from tbn4_desktop.core.vocabulary import Periodicity, period_label_ru

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

WHO_FIXED = "Карта реализации: заполните"  # i18n: ru-only — a cell of the Russian workbook
WHO_COMPUTED = "Рассчитывает программа"  # i18n: ru-only — a cell of the Russian workbook


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


def parse_periodicity(value: object) -> Periodicity | None:
    """«Ежеквартально» (any case) or «quarterly» → Periodicity; None if
    unknown. The Карта's words are Russian whatever the interface language."""
    text = norm_text(value)
    for p in Periodicity:
        if text in (p.label_ru.lower(), p.value):
            return p
    return None


def period_cell_text(period: str) -> str:
    """What the «Период» column shows (Russian whatever the interface
    language): '' for the year, else 'I квартал', 'март'."""
    return period_label_ru(period) if period else ""


def norm_text(value: object) -> str:
    """A cell's text with its spaces collapsed, in lower case, for comparing words."""
    return " ".join(str(value).split()).lower() if value is not None else ""


def date_bounds(year: int) -> tuple[date, date]:
    """The dates a Карта of `year` may hold: the year before to the year after."""
    return date(year - 1, 1, 1), date(year + 1, 12, 31)
