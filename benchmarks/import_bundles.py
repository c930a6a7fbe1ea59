"""Import benchmark: the oblast roll-up of 50 subordinates, and one big bundle
against plain `unzip` of the same file.

    python benchmarks/import_bundles.py [--bundles 50] [--check]
    python benchmarks/import_bundles.py --big-mb 1024 [--check]

Roll-up: the demo district is made once and exported; the 50 bundles are
that bundle with the organisation's name and BIN changed in manifest.json
(the files stay the demo's scans, so every bundle is fully checked: archive,
manifest, every file's size and SHA-256, document types, register rows).
They are imported one after another into a fresh oblast data folder, each
adding its organisation as a subordinate. Prints the total and the median
per bundle. Goal (issue 6): all 50 under 30 s.

Big bundle: `--big-mb N` writes N MB of generated PDF-like scans (20 MB each,
incompressible) as one bundle, then in the same run times, alternating,
`unzip -q` of it into an empty folder and `tbn4 import` of it into a fresh
oblast folder (each in its own process, peak RSS read from the kernel).
Goals: import within 1.5× of unzip — it reads the ZIP twice (a verified copy
into the store, then every file out of that copy), so the bar is generous
only in appearance — and peak memory under 300 MB.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tbn4_desktop.core.bundle import BundleFile, BundleItem, BundleSpec, write_bundle
from tbn4_desktop.core.catalog import builtin_catalog_dir
from tbn4_desktop.core.catalog_registry import CatalogRegistry
from tbn4_desktop.core.slot_assignment import file_slot
from tests.services.import_fixtures import (
    ALMATY,
    YEAR,
    demo_bundle,
    make_bin,
    oblast,
    rewrite_manifest,
)

ROLLUP_TARGET_S = 30.0
BIG_RATIO = 1.5
BIG_RSS_MB = 300
SCAN_MB = 20


def rollup(count: int) -> tuple[float, float]:
    from tbn4_desktop.services.imports import import_bundle

    with tempfile.TemporaryDirectory(prefix="tbn4-import-bench-") as tmp:
        tmp_path = Path(tmp)
        source, demo = demo_bundle(tmp_path)
        source.close()
        bundles = []
        for n in range(count):

            def rename(m, n=n):
                m["organization"].update(name=f"Аппарат акима района №{n + 1}", bin=make_bin(1000 + 20 * n))

            bundles.append(rewrite_manifest(demo, tmp_path / f"район {n + 1}.zip", rename))
        ctx = oblast(tmp_path / "область")
        try:
            times = []
            started = time.perf_counter()
            for path in bundles:
                t0 = time.perf_counter()
                result = import_bundle(ctx, path, add_unknown_subordinate=True)
                times.append(time.perf_counter() - t0)
                assert result.added_subordinate and result.files > 0
            total = time.perf_counter() - started
        finally:
            ctx.close()
    return total, statistics.median(times)


# ------------------------------------------------------------ the big bundle
def big_bundle(folder: Path, megabytes: int) -> Path:
    """A bundle of `megabytes` of incompressible PDF-like scans, spread over
    the catalog's subtasks (written file by file: memory stays flat)."""
    catalog = CatalogRegistry.from_dirs(builtin_catalog_dir())[0].for_year(YEAR)
    subtasks = list(catalog.subtasks())
    scans = folder / "scans"
    scans.mkdir()
    items: dict[str, list[BundleFile]] = {}
    for n in range(max(1, megabytes // SCAN_MB)):
        path = scans / f"скан {n:03d}.pdf"
        with path.open("wb") as out:
            out.write(b"%PDF-1.4\n")
            out.write(os.urandom(SCAN_MB * 1024 * 1024 - 16))
            out.write(b"\n%%EOF\n")
        subtask = subtasks[n % len(subtasks)]
        items.setdefault(subtask.code, []).append(
            BundleFile(
                name=f"{len(items.get(subtask.code, [])) + 1:02d} скан.pdf",
                source=path,
                role="signed_scan",
                original_name=path.name,
                media_type="application/pdf",
                slot=file_slot(subtask),
            )
        )
    periods = {
        s.code: (
            "" if s.periodicity.value in ("once", "yearly") else ("Q1" if s.periodicity.value == "quarterly" else "M01")
        )
        for s in subtasks
    }
    spec = BundleSpec(
        created_at=datetime(2026, 1, 20, 10, 0, tzinfo=ALMATY),
        organization={
            "id": 1,
            "name": "Аппарат акима Большого района",
            "bin": make_bin(5000),
            "level": "district",
            "parent": None,
        },
        year=YEAR,
        catalog={"id": catalog.id, "version": catalog.version},
        items=tuple(
            BundleItem(
                code=code,
                period=periods[code],
                project=catalog.subtask(code).project,
                task=catalog.subtask(code).task,
                short_title=catalog.subtask(code).short_title,
                period_folder=None if not periods[code] else "I квартал" if periods[code] == "Q1" else "01 январь",
                record={
                    "status": "ready_for_upload",
                    "completed_on": "2025-03-01",
                    "slots": [],
                    "links": [],
                    "data_rows": [],
                },
                files=tuple(files),
            )
            for code, files in items.items()
        ),
    )
    target = folder / "большой.zip"
    write_bundle(spec, target)
    for p in scans.iterdir():
        p.unlink()
    return target


def _timed(cmd: list[str]) -> tuple[float, int]:
    """Wall time and peak RSS (MB, from GNU time; -1 without it) of a child process."""
    gnu_time = Path("/usr/bin/time")
    full = [str(gnu_time), "-f", "%M", *cmd] if gnu_time.exists() else cmd
    t0 = time.perf_counter()
    proc = subprocess.run(full, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    elapsed = time.perf_counter() - t0
    peak = int(proc.stderr.strip().splitlines()[-1]) // 1024 if gnu_time.exists() else -1
    return elapsed, peak


def big(megabytes: int, runs: int) -> tuple[float, float, int]:
    import shutil

    with tempfile.TemporaryDirectory(prefix="tbn4-import-big-") as tmp:
        tmp_path = Path(tmp)
        bundle = big_bundle(tmp_path, megabytes)
        unzip_times, import_times, peaks = [], [], []
        for run in range(runs):
            for what in ("unzip", "import") if run % 2 == 0 else ("import", "unzip"):
                if what == "unzip":
                    out = tmp_path / "unzipped"
                    elapsed, _ = _timed(["unzip", "-q", str(bundle), "-d", str(out)])
                    unzip_times.append(elapsed)
                    shutil.rmtree(out)
                else:
                    data = tmp_path / "область"
                    oblast(data).close()
                    elapsed, peak = _timed(
                        [
                            sys.executable,
                            "-m",
                            "tbn4_desktop",
                            "import",
                            str(bundle),
                            "--add-subordinate",
                            "--data-dir",
                            str(data),
                        ]
                    )
                    import_times.append(elapsed)
                    peaks.append(peak)
                    shutil.rmtree(data)
        return statistics.median(unzip_times), statistics.median(import_times), max(peaks)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundles", type=int, default=50)
    parser.add_argument("--big-mb", type=int, default=0, help="also time one bundle of this many MB against unzip")
    parser.add_argument("--runs", type=int, default=3, help="runs of the big-bundle comparison")
    parser.add_argument("--check", action="store_true", help="exit 1 if a goal is missed")
    args = parser.parse_args()
    ok = True
    if args.big_mb:
        unzip_s, import_s, peak = big(args.big_mb, args.runs)
        ratio = import_s / unzip_s
        print(
            f"one bundle of {args.big_mb} MB: unzip -q {unzip_s:.2f} s, tbn4 import {import_s:.2f} s "
            f"({ratio:.2f}× unzip, goal {BIG_RATIO}×), peak RSS of the import {peak} MB (goal < {BIG_RSS_MB} MB)"
        )
        ok = ok and ratio <= BIG_RATIO and 0 <= peak < BIG_RSS_MB
    else:
        total, median = rollup(args.bundles)
        print(
            f"{args.bundles} subordinate bundles imported in {total:.2f} s (goal < {ROLLUP_TARGET_S:.0f} s), "
            f"median {median * 1000:.0f} ms per bundle"
        )
        ok = total < ROLLUP_TARGET_S
    return 0 if ok or not args.check else 1


if __name__ == "__main__":
    sys.exit(main())
