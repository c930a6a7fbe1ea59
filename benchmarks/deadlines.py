"""Deadline engine benchmark: every deadline of 100 organisations × 5 years,
against a plain loop over the same rows in the same run.

    python benchmarks/deadlines.py [--orgs 100] [--years 5] [--runs 7] [--check]

The input is synthetic but built from the real catalog: each organisation
gets a random level, every applicable subtask and period of each year
(2022–2026), random statuses, completion dates, Карта dates for about half
of the fixed deadlines, and random anchor dates (seeded, so every run times
the same work). The calendar and its per-year data are warmed once before
timing; what is timed is `compute_deadlines` for all organisation-years.

The baseline loop walks the same rows and computes `anchor + timedelta`
for each one — the cost of merely touching every row in Python.

Goal (issue 3): the engine under 200 ms for the whole set. `--check` exits 1
when it is not met.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tbn4_desktop.core.catalog import AnchorEvent, builtin_catalog_dir
from tbn4_desktop.core.catalog_registry import CatalogRegistry
from tbn4_desktop.core.deadlines import ExecutionFacts, compute_deadlines
from tbn4_desktop.core.vocabulary import ExecutionStatus, OrgLevel, periods_of
from tbn4_desktop.core.workdays import load_calendar

TARGET_MS = 200.0
FIRST_YEAR = 2022


def build(orgs: int, years: int, seed: int = 4):
    registry, _ = CatalogRegistry.from_dirs(builtin_catalog_dir())
    catalog = registry.latest(max(registry.years()))
    rng = random.Random(seed)
    statuses = list(ExecutionStatus)
    cases = []
    for _org in range(orgs):
        level = rng.choice(list(OrgLevel))
        for year in range(FIRST_YEAR, FIRST_YEAR + years):

            def day(lo: int = 1, hi: int = 365, year: int = year) -> date:
                return date(year, 1, 1) + timedelta(days=rng.randint(lo - 1, hi - 1))

            start = day(60, 250)
            anchors = {
                AnchorEvent.ANALYSIS_START: start,
                AnchorEvent.ANALYSIS_END: start + timedelta(days=rng.randint(20, 50)),
                AnchorEvent.REPORT_SIGNED: start + timedelta(days=rng.randint(45, 70)),
                AnchorEvent.PLAN_APPROVED: start + timedelta(days=rng.randint(50, 90)),
            }
            rows = []
            for s in catalog.subtasks():
                if not s.applies_to(level):
                    continue
                for period in periods_of(s.periodicity):
                    status = rng.choice(statuses)
                    rows.append(
                        ExecutionFacts(
                            s.code,
                            period,
                            status,
                            day() if status.is_done else None,
                            day() if rng.random() < 0.5 else None,
                        )
                    )
            previous = day() - timedelta(days=365) if rng.random() < 0.5 else None
            cases.append((level, year, rows, anchors, previous, day()))
    return catalog, cases


def run_engine(catalog, calendar, cases) -> int:
    n = 0
    for level, year, rows, anchors, previous, as_of in cases:
        n += len(
            compute_deadlines(
                catalog, level, year, rows, anchors, calendar, as_of, previous_report_signed=previous
            ).deadlines
        )
    return n


def run_plain(cases) -> int:
    n = 0
    for _level, _year, rows, anchors, _previous, _as_of in cases:
        start = anchors[AnchorEvent.ANALYSIS_START]
        out = [start + timedelta(days=i) for i, _row in enumerate(rows)]
        n += len(out)
    return n


def median_ms(fn, runs: int) -> float:
    samples = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--orgs", type=int, default=100)
    ap.add_argument("--years", type=int, default=5)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--check", action="store_true", help="exit 1 when over the target")
    args = ap.parse_args(argv)

    catalog, cases = build(args.orgs, args.years)
    calendar = load_calendar()
    t0 = time.perf_counter()
    rows = run_engine(catalog, calendar, cases)  # warm: calendar years, the working-day index
    cold = (time.perf_counter() - t0) * 1000
    engine = median_ms(lambda: run_engine(catalog, calendar, cases), args.runs)
    plain = median_ms(lambda: run_plain(cases), args.runs)
    ok = engine < TARGET_MS
    print(f"{args.orgs} organisations × {args.years} years = {len(cases)} organisation-years, {rows} deadlines")
    print(f"first run (calendar and index built): {cold:.1f} ms")
    print(f"engine median of {args.runs}: {engine:.1f} ms ({engine * 1000 / rows:.2f} µs a deadline)")
    print(f"plain loop (anchor + timedelta) median: {plain:.1f} ms")
    print(f"ratio engine / plain: {engine / plain:.1f}×")
    print(f"target < {TARGET_MS:.0f} ms: {'met' if ok else 'NOT met'}")
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    raise SystemExit(main())
