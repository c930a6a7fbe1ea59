"""Write resources/calendars/kz-holidays-package.json from the installed
`holidays` package (see tbn4_desktop/core/holiday_table.py). Run it after
changing the package's pin; tests/core/test_holiday_table.py fails until then.

    .venv/bin/python scripts/holidays_table.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tbn4_desktop.core.fileio import atomic_write_bytes  # noqa: E402
from tbn4_desktop.core.holiday_table import build_table, table_path  # noqa: E402


def main() -> int:
    table = build_table()
    path = table_path()
    atomic_write_bytes(path, (json.dumps(table, ensure_ascii=False, indent=1) + "\n").encode("utf-8"))
    print(f"{path}: holidays {table['version']}, {len(table['years'])} years")
    return 0


if __name__ == "__main__":
    sys.exit(main())
