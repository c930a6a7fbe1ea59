"""Bundle export against `zip -0 -r` of the same files, and its peak memory.

    .venv/bin/python benchmarks/bundle.py                 # ~1 GB of scans, 3 runs of each
    .venv/bin/python benchmarks/bundle.py --size-mb 200   # a quick run
    .venv/bin/python benchmarks/bundle.py --cold          # every form rendered, as on a first export

A data folder with one organisation whose year carries ~SIZE MB of random
(incompressible) PDF-like files as signed scans is generated once and reused
(`--data`, default in the temp folder). Each run, alternating zip and export:

- **zip -0**: `zip -0 -r -q` of the attachment store's blob files (the same
  bytes the bundle carries), wall clock of the subprocess;
- **export**: `export_bundle` of the whole year in a fresh interpreter, timed
  around the call (imports excluded), with the process's peak RSS
  (`resource.getrusage`, includes the interpreter and the imported app).

The uncounted first run fills the forms' render cache (cache/forms in the
data folder), so the counted exports reuse the year's forms as a repeated
export of unchanged data does; `--cold` empties it before each export (the
scans' page counts, cache/page-counts.json, stay).

Prints the medians, the ratio (goal ≤ 1.5×) and the peak RSS (goal < 300 MB).
Measured on the shared 2-CPU development machine, one after another (medians
of 3; zip -0 varies with the disk and the load):

    300 MB  before (forms rendered, pages counted each time)  zip 1.34 s  export 3.83 s  2.85×  169 MB
    300 MB  forms reused from the render cache                zip 1.28 s  export 1.44 s  1.13×  107 MB
    300 MB  --cold (every form rendered)                      zip 1.05 s  export 2.94 s  2.78×  165 MB
    1 GB    before                                            zip 2.90 s  export 5.13 s  1.77×  175 MB
    1 GB    forms reused from the render cache                zip 3.42 s  export 3.94 s  1.15×  108 MB
    1 GB    --cold                                            zip 3.66 s  export 6.82 s  1.86×  165 MB
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

YEAR = 2025
FILE_MB = (3, 5, 8, 13)  # varied scan sizes, cycled


def generate(data: Path, size_mb: int) -> None:
    """One organisation, its year plan and ~size_mb of signed scans, spread over its executions."""
    from tbn4_desktop.core.vocabulary import AttachmentRole, OrgLevel, SignerRole
    from tbn4_desktop.services.context import open_app
    from tbn4_desktop.services.executions import add_attachment, ensure_year_plan, list_executions
    from tbn4_desktop.services.organizations import OrganizationInput, SignatoryInput, create_organization

    ctx = open_app(data)
    try:
        with ctx.store.session() as s:
            org = create_organization(
                s,
                OrganizationInput(
                    name="Аппарат акима Байзакского района",
                    bin="990240005120",
                    level=OrgLevel.DISTRICT,
                    parent_name="Аппарат акима Жамбылской области",
                ),
                [SignatoryInput("Тулегенова Айгуль Нурлановна", "Руководитель аппарата", SignerRole.CHIEF_OF_STAFF)],
            )
            plan = ensure_year_plan(s, org.id, YEAR, ctx.catalog_for_year(YEAR))
            executions = list_executions(s, plan.id)
        written, n = 0, 0
        with tempfile.TemporaryDirectory() as tmp:
            while written < size_mb * 1024 * 1024:
                size = FILE_MB[n % len(FILE_MB)] * 1024 * 1024
                source = Path(tmp) / f"Скан документа {n + 1:03d}.pdf"
                with source.open("wb") as out:
                    out.write(b"%PDF-1.4\n")
                    for _ in range(size // (1024 * 1024)):
                        out.write(os.urandom(1024 * 1024))
                    out.write(b"\n%%EOF\n")
                with ctx.store.session() as s:
                    add_attachment(
                        s,
                        ctx.blobs,
                        executions[n % len(executions)].id,
                        source,
                        AttachmentRole.SIGNED_SCAN,
                        max_bytes=ctx.settings.max_attachment_bytes,
                    )
                source.unlink()
                written += size
                n += 1
    finally:
        ctx.close()
    (data / "bench.json").write_text(json.dumps({"size_mb": size_mb, "files": n}), encoding="utf-8")


EXPORT = """
import json, resource, sys, time
from pathlib import Path
from tbn4_desktop.services.context import open_app
from tbn4_desktop.services.export import export_bundle
ctx = open_app(Path(sys.argv[1]))
start = time.perf_counter()
result = export_bundle(ctx, None, int(sys.argv[3]), Path(sys.argv[2]))
elapsed = time.perf_counter() - start
ctx.close()
print(json.dumps({"seconds": elapsed, "bytes": result.bytes, "files": result.files,
                  "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def run_export(data: Path, out: Path) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", EXPORT, str(data), str(out), str(YEAR)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(proc.stdout.strip().splitlines()[-1])


def run_zip(blobs: Path, out: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["zip", "-0", "-r", "-q", str(out), "."], cwd=blobs, check=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size-mb", type=int, default=1024)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--data", type=Path, help="data folder to generate once and reuse")
    parser.add_argument("--cold", action="store_true", help="empty the forms' render cache before each export")
    args = parser.parse_args()
    if shutil.which("zip") is None:
        print("zip is not installed (apt-get install zip)", file=sys.stderr)
        return 2
    data = args.data or Path(tempfile.gettempdir()) / f"tbn4-bench-bundle-{args.size_mb}mb"
    meta = data / "bench.json"
    if not meta.is_file():
        shutil.rmtree(data, ignore_errors=True)
        print(f"generating {args.size_mb} MB of scans in {data} …", flush=True)
        generate(data, args.size_mb)
    info = json.loads(meta.read_text(encoding="utf-8"))
    blobs = data / "attachments"
    out_dir = Path(tempfile.mkdtemp(prefix="tbn4-bench-out-", dir=data.parent))
    exports, zips, peaks = [], [], []
    try:
        for run in range(args.runs + 1):  # run 0 warms the page cache and is not counted
            for kind in ("zip", "export") if run % 2 else ("export", "zip"):
                target = out_dir / f"{kind}.zip"
                target.unlink(missing_ok=True)
                if kind == "zip":
                    seconds = run_zip(blobs, target)
                    if run:
                        zips.append(seconds)
                else:
                    if args.cold:
                        shutil.rmtree(data / "cache" / "forms", ignore_errors=True)
                    result = run_export(data, target)
                    if run:
                        exports.append(result["seconds"])
                        peaks.append(result["peak_rss_kb"] / 1024)
                target.unlink(missing_ok=True)
    finally:
        shutil.rmtree(out_dir, ignore_errors=True)
    zip_median, export_median = statistics.median(zips), statistics.median(exports)
    cache = "forms rendered each time (--cold)" if args.cold else "forms from the render cache"
    print(f"data: {info['files']} scans, {info['size_mb']} MB; {args.runs} runs each; {cache}")
    print(f"zip -0 -r    median {zip_median:6.2f} s  (min {min(zips):.2f}, max {max(zips):.2f})")
    print(f"tbn4 export  median {export_median:6.2f} s  (min {min(exports):.2f}, max {max(exports):.2f})")
    print(f"ratio        {export_median / zip_median:.2f}× (goal ≤ 1.5×)")
    print(f"peak RSS     {max(peaks):.0f} MB (goal < 300 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
