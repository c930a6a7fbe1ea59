#!/usr/bin/env bash
# Start-up of the frozen app against benchmarks/bare_window.py frozen the same
# way (PyInstaller one-folder, same Python, same PyInstaller), both on the
# offscreen platform with the demo data:
#
#   natively on Linux  build/frozen/dist/tbn4/tbn4 (installer/build_frozen.sh)
#   under wine         build/windows/app/tbn4/tbn4.exe (installer/build_windows.sh)
#
#   installer/bench_startup.sh [--runs N] [--cold] [--trace] [--linux-only]
#
# --runs N: runs of each (default 5); --cold: the page cache dropped before
# every run (as root), as after a reboot; --trace: files opened and bytes read
# before the window is ready (strace); --linux-only: skip wine.
#
# Under wine one wine session (wineserver and wine's own services) stays up
# through all the runs, warm or cold, as Windows is up before a program starts;
# --cold drops the page cache but not that session.
#
# Builds what is missing first. The bare windows go to build/bench/.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
source "$TBN4_ROOT/installer/wine/lib.sh"
cd "$TBN4_ROOT"

RUNS=5
EXTRA=()
LINUX_ONLY=0
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS="$2"; shift 2 ;;
        --cold|--trace) EXTRA+=("$1"); shift ;;
        --linux-only) LINUX_ONLY=1; shift ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        *) die "unknown argument: $1" ;;
    esac
done

BENCH="$TBN4_ROOT/build/bench"
LINUX_APP="$TBN4_ROOT/build/frozen/dist/tbn4/tbn4"
WIN_APP="$WIN_BUILD/app/tbn4/tbn4.exe"
PY="$TBN4_VENV/bin/python"
[ -x "$LINUX_APP" ] || installer/build_frozen.sh
[ "$LINUX_ONLY" = 1 ] || [ -f "$WIN_APP" ] || installer/build_windows.sh
mkdir -p "$BENCH"

section "Bare window, frozen (Linux)"
if [ ! -x "$BENCH/linux/dist/bare_window/bare_window" ]; then
    "$PY" -m PyInstaller --noconfirm --log-level WARN --onedir --name bare_window \
        --distpath "$BENCH/linux/dist" --workpath "$BENCH/linux/work" --specpath "$BENCH/linux" \
        benchmarks/bare_window.py </dev/null
fi
DATA="$BENCH/linux-data"
# A demo that fails half-way leaves a database: removed, or the next run would
# time the app against half the demo data.
[ -f "$DATA/tbn4.sqlite3" ] || "$LINUX_APP" --data-dir "$DATA" demo </dev/null >/dev/null \
    || { rm -rf "$DATA"; die "the frozen app could not make the demo data"; }
"$PY" installer/bench_startup.py --runs "$RUNS" "${EXTRA[@]}" --data-dir "$DATA" \
    "$BENCH/linux/dist/bare_window/bare_window" "$LINUX_APP"
[ "$LINUX_ONLY" = 1 ] && exit 0

section "Bare window, frozen (Windows, under wine)"
export WINEPREFIX="$WIN_BUILD/prefix"
wine_prefix_ready "$WINEPREFIX"
wine_run reg add 'HKCU\Environment' /v QT_QPA_PLATFORM /t REG_SZ /d offscreen /f >/dev/null
wineserver -w
WIN_BARE="$BENCH/windows/dist/bare_window/bare_window.exe"
if [ ! -f "$WIN_BARE" ]; then
    wine_run "$WIN_BUILD/python/python.exe" -m PyInstaller --noconfirm --log-level ERROR --onedir --windowed \
        --name bare_window --distpath "$(winpath "$BENCH/windows/dist")" \
        --workpath "$(winpath "$BENCH/windows/work")" --specpath "$(winpath "$BENCH/windows")" \
        "$(winpath "$TBN4_ROOT/benchmarks/bare_window.py")" >"$BENCH/windows-build.log" 2>&1 \
        || { tail -n 20 "$BENCH/windows-build.log"; die "the bare window did not build under wine"; }
fi
WIN_DATA="$BENCH/windows-data"
[ -f "$WIN_DATA/tbn4.sqlite3" ] || wine_run "$WIN_APP" --data-dir "$(winpath "$WIN_DATA")" demo >/dev/null \
    || { rm -rf "$WIN_DATA"; die "the Windows app could not make the demo data under wine"; }
# Without a session kept up, every run boots one (wineserver, services,
# winedevice: ~0.45 s) and waits ~2 s for it to end, unless one left over by
# the command just before (the demo) keeps going: the figures then depended
# on what ran before (bare 389 or 852 ms, same build). Ended on exit.
wineserver -p
trap 'wineserver -k 2>/dev/null || true' EXIT
wine_run cmd /c exit >/dev/null
HOME="$WINE_HOME" "$PY" installer/bench_startup.py --wine --runs "$RUNS" "${EXTRA[@]}" --data-dir "$(winpath "$WIN_DATA")" \
    "$WIN_BARE" "$WIN_APP"
