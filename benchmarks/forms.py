"""Official forms benchmark: Appendix 1 with 1 000 facts written as PDF and as
DOCX, against writing the same 1 000 rows as CSV in the same run.

    python benchmarks/forms.py [--facts 1000] [--runs 5] [--check]

The facts are synthetic but typed as the store gives them (dates, money,
the real catalog's Appendix 1 registers), spread over the ten yearly
subtasks of the form, with a seeded generator so every run times the same
work. Each PDF/DOCX sample is the whole path a user waits for: building the
form (core/forms/appendices.build_app1) and writing it to a file
(core/forms/render.write_form). The CSV baseline writes the same rows with
the csv module (one line per fact, every column). Samples alternate
(csv, pdf, docx, csv, …) after one untimed warm-up of each, which loads
reportlab, the embedded font and python-docx.

Goal (issue 5): PDF and DOCX each under 1 s. `--check` exits 1 when not.
"""

from __future__ import annotations

import argparse
import csv
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tbn4_desktop.core.catalog import builtin_catalog_dir
from tbn4_desktop.core.catalog_registry import CatalogRegistry
from tbn4_desktop.core.forms.appendices import FormContext, OrgData, app1_subtasks, build_app1
from tbn4_desktop.core.forms.render import write_form

TARGET_S = 1.0
YEAR = 2025
PLACES = ("с. Сарыкемер", "г. Тараз", "с. Байзак", "с. Жалгызтобе")
POSITIONS = (
    "главный специалист отдела финансов",
    "руководитель отдела государственных закупок",
    "ведущий специалист отдела ЖКХ",
)


def fake_value(column, rng: random.Random, n: int):
    """A plausible typed value for a register column."""
    if column.type == "date":
        return date(YEAR, 1, 1) + timedelta(days=rng.randint(0, 360))
    if column.type == "money":
        return Decimal(rng.randint(1, 500) * 10_000)
    if column.type == "int":
        return rng.randint(1, 50)
    if column.type == "bool":
        return rng.random() < 0.5
    if column.type == "choice":
        return rng.choice(column.choices)
    if column.type == "url":
        return f"https://www.gov.kz/news/{n}"
    if "place" in column.key:
        return rng.choice(PLACES)
    if "position" in column.key:
        return rng.choice(POSITIONS)
    if "name" in column.key:
        return f"Нарушитель №{n} Серикович"
    return f"Письмо №{n}-{column.key[:3]} от 12.03.{YEAR}"  # short free text, as offices fill it in


def build(facts: int, seed: int = 5):
    registry, _ = CatalogRegistry.from_dirs(builtin_catalog_dir())
    catalog = registry.for_year(YEAR)
    subtasks = app1_subtasks(catalog)
    rng = random.Random(seed)
    rows: dict[str, list[dict]] = {}
    for n in range(facts):
        register = subtasks[n % len(subtasks)].register
        rows.setdefault(register.key, []).append({c.key: fake_value(c, rng, n) for c in register.columns})
    ctx = FormContext(YEAR, "Аппарат акима Байзакского района", "Тулегенова А. Н.", generated_on=date(YEAR, 12, 25))
    return catalog, ctx, OrgData(ctx.organization, rows)


def write_csv(org: OrgData, path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        for key, rows in org.rows.items():
            for row in rows:
                out.writerow([key, *row.values()])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--facts", type=int, default=1000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--check", action="store_true", help="exit 1 when over the target")
    args = ap.parse_args(argv)

    catalog, ctx, org = build(args.facts)
    with tempfile.TemporaryDirectory(prefix="tbn4-bench-forms-") as tmp:
        folder = Path(tmp)
        runs = {
            "csv": lambda: write_csv(org, folder / "facts.csv"),
            "pdf": lambda: write_form(build_app1(catalog, ctx, [org]), folder / "Приложение 1.pdf"),
            "docx": lambda: write_form(build_app1(catalog, ctx, [org]), folder / "Приложение 1.docx"),
        }
        first: dict[str, float] = {}
        samples: dict[str, list[float]] = {name: [] for name in runs}
        for name, fn in runs.items():  # warm-up: imports, font, template
            t0 = time.perf_counter()
            fn()
            first[name] = time.perf_counter() - t0
        for _ in range(args.runs):
            for name, fn in runs.items():
                t0 = time.perf_counter()
                fn()
                samples[name].append(time.perf_counter() - t0)
        sizes = {
            name: (folder / f).stat().st_size
            for name, f in (("csv", "facts.csv"), ("pdf", "Приложение 1.pdf"), ("docx", "Приложение 1.docx"))
        }
        pages = _pdf_pages(folder / "Приложение 1.pdf")

    med = {name: statistics.median(s) for name, s in samples.items()}
    print(f"Appendix 1 with {args.facts} facts over {len(org.rows)} subtasks; {args.runs} runs each, medians")
    for name in runs:
        ratio = "" if name == "csv" else f"  {med[name] / med['csv']:.0f}× csv"
        print(
            f"  {name:<5} {med[name] * 1000:8.1f} ms  (min {min(samples[name]) * 1000:.1f}, "
            f"first run {first[name] * 1000:.0f} ms, {sizes[name] // 1024} KB){ratio}"
        )
    print(f"  PDF pages: {pages}")
    ok = med["pdf"] < TARGET_S and med["docx"] < TARGET_S
    print(f"target PDF and DOCX < {TARGET_S:.0f} s: {'met' if ok else 'NOT met'}")
    return 0 if ok or not args.check else 1


def _pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


if __name__ == "__main__":
    raise SystemExit(main())
