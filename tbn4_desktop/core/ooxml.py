"""DOCX and XLSX made byte-reproducible.

python-docx and openpyxl stamp the ZIP entries of the file they save, and
the document's `created`/`modified` properties, with the current time, so the
same form saved twice differs. A bundle must be byte-identical for the same
data (docs/bundle-format.md), so the exporter rewrites each generated office
file with one fixed moment taken from the data instead of the clock.
"""

from __future__ import annotations

import os
import re
import zipfile
from datetime import UTC, datetime
from pathlib import Path

CORE_PROPERTIES = "docProps/core.xml"
_DATES_RE = re.compile(rb"(<dcterms:(created|modified)\b[^>]*>)[^<]*(</dcterms:\2>)")


def stabilize(path: Path, moment: datetime) -> None:
    """Rewrite the OOXML file at `path` in place: the same parts in the same
    order and compression, every entry dated `moment`, and the document's
    created/modified properties set to `moment` (UTC)."""
    path = Path(path)
    stamp = _utc(moment).strftime("%Y-%m-%dT%H:%M:%SZ").encode()
    date_time = (max(moment.year, 1980), moment.month, moment.day, moment.hour, moment.minute, moment.second)
    tmp = path.with_name(path.name + ".stable")
    try:
        with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w") as dst:
            for info in src.infolist():
                data = src.read(info)
                if info.filename == CORE_PROPERTIES:
                    data = _DATES_RE.sub(lambda m: m.group(1) + stamp + m.group(3), data)
                fixed = zipfile.ZipInfo(info.filename, date_time=date_time)
                fixed.compress_type = info.compress_type
                fixed.create_system = 0  # the same bytes whichever system wrote them
                fixed.external_attr = 0
                dst.writestr(fixed, data)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _utc(moment: datetime) -> datetime:
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(UTC)
