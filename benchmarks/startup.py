"""Start-up benchmark: the app against a bare PySide6 window, same machine,
same interpreter, same run.

    python benchmarks/startup.py [--runs N] [--platform offscreen] [--check] [--phases]

(a) benchmarks/bare_window.py — an empty QMainWindow, shown;
(b) python -m tbn4_desktop --data-dir <demo folder> gui --exit-after-start
    with TBN4_STARTUP_MARK=1 — the main window with its tree filled.

Each sample is the time from just before the subprocess starts to the
`TBN4_READY <time.time()>` line the program prints. Runs alternate
(a b b a a b …) so that drift on a busy machine hits both the same. The demo
folder is prepared once with `tbn4 demo` before anything is timed, and one
untimed warm-up run of each goes first (byte-code compilation, page cache).

Goal (PRODUCT.md): median(b) ≤ 1.5 × median(a). `--check` exits 1 when the
ratio is above --max-ratio. `--phases` runs the app with
TBN4_STARTUP_MARK=phases and prints the median time of each step of its
start (ui/app.py mark_phase), from the process's start to the full store.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MARK = "TBN4_READY "
PHASE = "TBN4_PHASE"
# The app also marks when its full store (SQLAlchemy, migrations) is open,
# right after the window is shown from a quick read (ui/app.py).
STORE_MARK = "TBN4_STORE_READY"


def _env(platform: str) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = platform
    env["TBN4_STARTUP_MARK"] = "1"
    env.pop("TBN4_DATA_DIR", None)
    # The installed app starts from compiled bytecode (the frozen build
    # carries it; pip compiles on install). A shell that forbids writing it
    # would make every start compile the whole app from source: measured
    # here, 3.9× instead of 3.0× the bare window.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def prepare_demo(data_dir: Path, python: str) -> None:
    proc = subprocess.run(
        [python, "-m", "tbn4_desktop", "--data-dir", str(data_dir), "demo"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(f"`tbn4 demo` failed (exit {proc.returncode}):\n{proc.stderr}")


def time_once(cmd: list[str], env: dict[str, str]) -> tuple[dict[str, float], float]:
    """({mark: seconds from start}, seconds until the process exited).
    Phase marks (TBN4_PHASE <step> <time>) come as "phase:<step>", in order."""
    start = time.time()
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False)
    end = time.time()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed (exit {proc.returncode}):\n{proc.stderr}")
    marks = {}
    for line in proc.stdout.splitlines():
        name, _, stamp = line.partition(" ")
        if name in (MARK.strip(), STORE_MARK):
            marks[name] = float(stamp) - start
        elif name == PHASE:
            step, _, stamp = stamp.partition(" ")
            marks[f"phase:{step}"] = float(stamp) - start
    if MARK.strip() not in marks:
        raise SystemExit(f"{' '.join(cmd)} printed no {MARK.strip()} line:\n{proc.stdout}\n{proc.stderr}")
    return marks, end - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10, help="timed runs of each (default 10)")
    parser.add_argument("--platform", default="offscreen", help="QT_QPA_PLATFORM (default offscreen)")
    parser.add_argument("--data-dir", type=Path, help="use this prepared folder instead of a fresh demo")
    parser.add_argument("--max-ratio", type=float, default=1.5)
    parser.add_argument("--check", action="store_true", help="exit 1 if the ratio exceeds --max-ratio")
    parser.add_argument("--json", action="store_true", help="print the result as JSON too")
    parser.add_argument("--phases", action="store_true", help="print where the app's start-up time goes")
    args = parser.parse_args(argv)

    python = sys.executable
    env = _env(args.platform)
    if args.phases:
        env["TBN4_STARTUP_MARK"] = "phases"
    steps: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory(prefix="tbn4-bench-") as tmp:
        data_dir = args.data_dir
        if data_dir is None:
            data_dir = Path(tmp) / "data"
            t = time.perf_counter()
            prepare_demo(data_dir, python)
            print(f"demo folder prepared in {time.perf_counter() - t:.1f} s: {data_dir}")
        commands = {
            "bare": [python, str(HERE / "bare_window.py")],
            "app": [python, "-m", "tbn4_desktop", "--data-dir", str(data_dir), "gui", "--exit-after-start"],
        }
        for cmd in commands.values():  # warm-up, not timed; writes the bytecode
            time_once(cmd, env)
        ready: dict[str, list[float]] = {"bare": [], "app": [], "store": []}
        exited: dict[str, list[float]] = {"bare": [], "app": [], "store": []}
        for i in range(args.runs):
            order = ("bare", "app") if i % 2 == 0 else ("app", "bare")
            for name in order:
                marks, e = time_once(commands[name], env)
                ready[name].append(marks[MARK.strip()])
                exited[name].append(e)
                if name == "app":
                    ready["store"].append(marks.get(STORE_MARK, marks[MARK.strip()]))
                    exited["store"].append(e)
                    steps.append(marks)

    med = {k: statistics.median(v) for k, v in ready.items()}
    ratio = med["app"] / med["bare"]
    print(
        f"\nstart-up to a ready window, {args.runs} runs each, QT_QPA_PLATFORM={args.platform}, "
        f"Python {sys.version.split()[0]}"
    )
    print(f"{'':6} {'median':>8} {'min':>8} {'max':>8}   (process exit, median)")
    for name in ("bare", "app", "store"):
        v = ready[name]
        print(
            f"{name:6} {med[name] * 1000:7.0f}ms {min(v) * 1000:7.0f}ms {max(v) * 1000:7.0f}ms"
            f"   ({statistics.median(exited[name]) * 1000:.0f} ms)"
        )
    verdict = "OK" if ratio <= args.max_ratio else "OVER"
    print(f"ratio app/bare = {ratio:.2f}  (goal ≤ {args.max_ratio}: {verdict})")
    print(
        f"ratio store/bare = {med['store'] / med['bare']:.2f}  "
        "(store: the full store open as well, just after the window is shown)"
    )
    if args.phases:
        print_phases(steps, med["bare"])
    if args.json:
        print(
            json.dumps(
                {
                    "runs": args.runs,
                    "platform": args.platform,
                    "median_ms": {k: round(v * 1000, 1) for k, v in med.items()},
                    "ratio": round(ratio, 3),
                    "goal": args.max_ratio,
                }
            )
        )
    return 1 if args.check and ratio > args.max_ratio else 0


def print_phases(runs: list[dict[str, float]], bare: float) -> None:
    """Median time of each step of the app's start (from the previous mark;
    the first from the process's start), in the order the app marks them."""
    order = [k for k in runs[0] if k.startswith("phase:") or k == MARK.strip()]
    order.sort(key=lambda k: runs[0][k])
    order.append(STORE_MARK)
    print(f"\nwhere the app's start-up goes (median of {len(runs)} runs; the bare window takes {bare * 1000:.0f} ms):")
    previous = None
    for key in order:
        if not all(key in r for r in runs):
            continue
        step = [r[key] - (r[previous] if previous else 0.0) for r in runs]
        label = key.removeprefix("phase:")
        if previous is None:
            label = f"python, entry ({label})"
        elif key == MARK.strip():
            label = "first paint (TBN4_READY)"
        elif key == STORE_MARK:
            label = "store attached (TBN4_STORE_READY)"
        print(f"  {statistics.median(step) * 1000:6.1f} ms  {label}")
        previous = key


if __name__ == "__main__":
    sys.exit(main())
