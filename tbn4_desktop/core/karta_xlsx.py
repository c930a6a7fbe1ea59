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

This module only re-exports the public names of its parts: the sheet's layout
(karta_layout), the writer (karta_template), and the reader (karta_read) with
its file checks (karta_file) and cell parsing (karta_cells).
"""

from __future__ import annotations

from tbn4_desktop.core.karta_cells import ws_epoch as ws_epoch
from tbn4_desktop.core.karta_layout import COL_CODE as COL_CODE
from tbn4_desktop.core.karta_layout import COL_DUE as COL_DUE
from tbn4_desktop.core.karta_layout import COL_PERIOD as COL_PERIOD
from tbn4_desktop.core.karta_layout import COL_PERIODICITY as COL_PERIODICITY
from tbn4_desktop.core.karta_layout import COL_RULE as COL_RULE
from tbn4_desktop.core.karta_layout import COL_TITLE as COL_TITLE
from tbn4_desktop.core.karta_layout import COL_WHO as COL_WHO
from tbn4_desktop.core.karta_layout import FIRST_DATA_ROW as FIRST_DATA_ROW
from tbn4_desktop.core.karta_layout import HEADER_ROW as HEADER_ROW
from tbn4_desktop.core.karta_layout import HEADERS as HEADERS
from tbn4_desktop.core.karta_layout import MAX_FILE_BYTES as MAX_FILE_BYTES
from tbn4_desktop.core.karta_layout import MAX_PROBLEMS as MAX_PROBLEMS
from tbn4_desktop.core.karta_layout import MAX_ROWS as MAX_ROWS
from tbn4_desktop.core.karta_layout import MAX_UNPACKED_BYTES as MAX_UNPACKED_BYTES
from tbn4_desktop.core.karta_layout import SHEET_PREFIX as SHEET_PREFIX
from tbn4_desktop.core.karta_layout import WHO_COMPUTED as WHO_COMPUTED
from tbn4_desktop.core.karta_layout import WHO_FIXED as WHO_FIXED
from tbn4_desktop.core.karta_layout import YEAR_CELL as YEAR_CELL
from tbn4_desktop.core.karta_layout import KartaError as KartaError
from tbn4_desktop.core.karta_layout import KartaRow as KartaRow
from tbn4_desktop.core.karta_layout import KartaTemplateRow as KartaTemplateRow
from tbn4_desktop.core.karta_layout import parse_periodicity as parse_periodicity
from tbn4_desktop.core.karta_layout import period_cell_text as period_cell_text
from tbn4_desktop.core.karta_read import read_karta as read_karta
from tbn4_desktop.core.karta_template import write_karta_template as write_karta_template
