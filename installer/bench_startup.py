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

    --cold   empty the page cache before every run (Linux, as root:
             /proc/sys/vm/drop_caches), as after a reboot; without it the
             runs are warm (after the untimed warm-up)
    --trace  once per program, under strace: the files opened and the bytes
             read (read/pread) before the window was ready, and the total
             size of the distinct files opened (what a cold start may have to
             fetch from disk, shared libraries included). Under wine the
             wineserver opens most files for the program (DLLs, .pyd, the
             PYZ), so the running wineserver of WINEPREFIX is traced as well
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import shutil
import signal
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

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


DROP_CACHES = "/proc/sys/vm/drop_caches"


def drop_caches() -> None:
    """Write out dirty pages, then drop the page cache, dentries and inodes."""
    os.sync()
    try:
        with open(DROP_CACHES, "w", encoding="ascii") as control:
            control.write("3\n")
    except OSError as exc:
        raise SystemExit(f"--cold needs root on Linux ({DROP_CACHES}: {exc.strerror})") from exc


_OPEN = re.compile(r'open(?:at)?\((?:AT_FDCWD, )?"([^"]+)", [^)]*\) = (\d+)')
_READ = re.compile(r"\b(?:read|pread64)\(\d+, .*\) = (\d+)$")


def wineserver_pid() -> int | None:
    """The running wineserver of WINEPREFIX: its working folder is
    …/server-<device>-<inode> of the prefix (hex)."""
    prefix = os.environ.get("WINEPREFIX") or os.path.expanduser("~/.wine")
    st = os.stat(prefix)
    folder = f"server-{st.st_dev:x}-{st.st_ino:x}"
    for pid in filter(str.isdigit, os.listdir("/proc")):
        with contextlib.suppress(OSError):
            if (
                os.path.basename(os.readlink(f"/proc/{pid}/cwd")) == folder
                and b"wineserver" in Path(f"/proc/{pid}/cmdline").read_bytes()
            ):
                return int(pid)
    return None


_TIME = re.compile(r"^\d+\s+(\d+\.\d+) ")


def trace_once(cmd: list[str], env: dict[str, str], server: int | None = None) -> tuple[int, int, int]:
    """(files opened, bytes read, bytes of the distinct files opened) before
    the ready mark, from one run under strace; with `server`, that process
    (wine's wineserver) is traced too, up to the same moment."""
    if shutil.which("strace") is None:
        raise SystemExit("--trace needs strace (apt-get install strace)")
    with tempfile.TemporaryDirectory() as folder:
        log = os.path.join(folder, "strace.log")
        server_log = os.path.join(folder, "server.log")
        calls = ["-e", "trace=open,openat,read,pread64,write"]
        attached = None
        if server is not None:
            attached = subprocess.Popen(
                ["strace", "-qq", "-f", "-ttt", "-e", "trace=open,openat", "-o", server_log, "-p", str(server)],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            time.sleep(1)  # attached
        trace = ["strace", "-f", "-qq", "-ttt", "-s", "16", *calls, "-o", log]
        try:
            subprocess.run(trace + cmd, env=env, stdin=subprocess.PIPE, capture_output=True, timeout=300, check=False)
        finally:
            if attached is not None:
                attached.send_signal(signal.SIGINT)  # detaches; the wineserver runs on
                attached.wait(timeout=30)
        opened: dict[str, int] = {}
        read = 0
        ready = float("inf")
        with open(log, encoding="utf-8", errors="replace") as lines:
            for line in lines:
                if "write(" in line and MARK.strip() in line:
                    if match := _TIME.search(line):
                        ready = float(match.group(1))
                    break
                read += _count(line, opened)
        if attached is not None:
            with open(server_log, encoding="utf-8", errors="replace") as lines:
                for line in lines:
                    if (match := _TIME.search(line)) and float(match.group(1)) > ready:
                        break
                    _count(line, opened)  # its reads are mostly the programs' requests
    sizes = 0
    for path in opened:
        with contextlib.suppress(OSError):  # a temporary file already gone
            sizes += os.path.getsize(path) if os.path.isfile(path) else 0
    return len(opened), read, sizes


def _count(line: str, opened: dict[str, int]) -> int:
    """Notes a file opened on this strace line; returns the bytes it read."""
    if match := _OPEN.search(line):
        opened.setdefault(match.group(1), 0)
    elif match := _READ.search(line.rstrip()):
        return int(match.group(1))
    return 0


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--data-dir", required=True)
    parser.add_argument("--wine", action="store_true")
    parser.add_argument("--cold", action="store_true", help="drop the page cache before every run")
    parser.add_argument("--trace", action="store_true", help="count files opened and bytes read (strace)")
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
        if args.cold:
            drop_caches()
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
    state = "cold: page cache dropped before each run" if args.cold else "warm"
    print(f"ratio app/bare (window ready, {state}): {medians['app'] / medians['bare']:.2f}x")
    if args.trace:
        server = wineserver_pid() if args.wine else None
        if args.wine and server is None:
            print("(no running wineserver: its own file opens are not counted)")
        for name, cmd in commands.items():
            files, read, sizes = trace_once(cmd, env, server)
            print(
                f"{name:5} before the window was ready: {files} files opened, {read / 1e6:.1f} MB read, "
                f"{sizes / 1e6:.1f} MB in the files opened"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
