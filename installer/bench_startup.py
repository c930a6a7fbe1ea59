"""Start-up of the frozen app against a bare PySide6 window frozen the same way.

    python installer/bench_startup.py --runs N --data-dir D [--wine] BARE_EXE APP_EXE

Like benchmarks/startup.py, but for PyInstaller one-folder executables, run
natively or (--wine) under wine: the programs print `TBN4_READY <time.time()>`
(bare_window.py always, the app with TBN4_STARTUP_MARK=1 when its tree is
filled); each sample is the time from just before the launch to that mark,
and to the process's exit. Runs alternate (a b b a …) after one untimed
warm-up of each. Under wine every standard stream is a pipe (CPython dies on
a plain file there) and the offscreen platform must come from the prefix's
HKCU\\Environment, as wine does not pass QT_* variables through.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import time

MARK = "TBN4_READY "


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    start = time.time()
    proc = subprocess.run(cmd, env=env, stdin=subprocess.PIPE, capture_output=True, timeout=120, check=False)
    exited = time.time() - start
    out = proc.stdout.decode("utf-8", "replace")
    marks = [line for line in out.splitlines() if line.startswith(MARK)]
    if proc.returncode != 0 or not marks:
        raise SystemExit(
            f"{cmd[-1] if len(cmd) < 3 else ' '.join(cmd)}: exit {proc.returncode}, "
            f"no mark\n{proc.stderr.decode('utf-8', 'replace')[-2000:]}"
        )
    return float(marks[-1].split()[1]) - start, exited


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--wine", action="store_true")
    parser.add_argument("bare")
    parser.add_argument("app")
    args = parser.parse_args()

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TBN4_STARTUP_MARK="1")
    env.pop("TBN4_DATA_DIR", None)
    prefix = ["wine"] if args.wine else []
    commands = {
        "bare": prefix + [args.bare],
        "app": prefix + [args.app, "--data-dir", args.data_dir, "gui", "--exit-after-start"],
    }
    for cmd in commands.values():
        run_once(cmd, env)  # warm-up: page cache, wine's own start
    samples: dict[str, list[tuple[float, float]]] = {"bare": [], "app": []}
    order = ["bare", "app", "app", "bare"]
    for i in range(args.runs * 2):
        name = order[i % 4]
        samples[name].append(run_once(commands[name], env))

    medians = {}
    for name, values in samples.items():
        ready = statistics.median(v[0] for v in values)
        exited = statistics.median(v[1] for v in values)
        medians[name] = ready
        print(
            f"{name:5} window ready {ready * 1000:6.0f} ms, process exited {exited * 1000:6.0f} ms "
            f"(median of {len(values)})"
        )
    print(f"ratio app/bare (window ready): {medians['app'] / medians['bare']:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
