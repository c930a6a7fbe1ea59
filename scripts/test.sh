#!/usr/bin/env bash
# Set up everything the test suite needs and run all of it, on a fresh
# Debian/Ubuntu machine or a prepared one (CI runs exactly this):
#
#   1. system packages (Qt libraries, PostgreSQL server, Xvfb, LibreOffice, Poppler;
#      apt, only when missing)
#   2. .venv with the project and its test (and freeze) extras; then the lint,
#      format and type gates (ruff check, ruff format --check, mypy)
#   3. a throwaway PostgreSQL on 127.0.0.1 (stopped and deleted on exit)
#   4. pytest, offscreen Qt, one worker per CPU (TBN4_TEST_WORKERS=N to choose, 0 for
#      none), arguments passed through: ./scripts/test.sh -k store -x
#   5. the real X11 window path (xcb under Xvfb) starts and exits cleanly
#   6. the frozen (PyInstaller) build and its smoke test; SKIP_FROZEN=1 skips it
#   7. with TBN4_WINDOWS_TEST=1 only: the Windows installer built, installed,
#      upgraded and uninstalled under wine (installer/test_windows.sh --build,
#      ~10 min). Off by default so that CI stays well under 15 minutes; run it
#      before changing installer/ or the frozen app.
#
# Exits non-zero if any step failed; a summary with timings comes last.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$TBN4_ROOT"

T_START="$(now)"
RESULTS=()     # "name|status|seconds"
FAILED=0

record() {  # record NAME STATUS START
    RESULTS+=("$1|$2|$(elapsed "$3")")
    [ "$2" = ok ] || [ "$2" = skipped ] || FAILED=1
}

# ------------------------------------------------------------ cleanup ----

PG_DIR=""
PG_RUN=()
PG_BIN=""
XCB_DIR=""

cleanup() {
    if [ -n "$PG_DIR" ] && [ -d "$PG_DIR" ]; then
        if [ -f "$PG_DIR/data/postmaster.pid" ]; then
            "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
        rm -rf "$PG_DIR"
    fi
    [ -n "$XCB_DIR" ] && rm -rf "$XCB_DIR"
    return 0
}
trap cleanup EXIT
trap 'echo; warn "interrupted"; exit 130' INT
trap 'exit 143' TERM

# ---------------------------------------------------- system packages ----

# Packages the tests need besides Qt's runtime libraries.
TEST_PACKAGES=(
    xvfb xauth          # the real-window check (step 5)
    # The forms tests open our DOCX/XLSX in real office software and read our
    # PDFs with Poppler (no fonts: the app embeds its own Liberation Serif).
    libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils
)
FREEZE_PACKAGES=(binutils)  # PyInstaller uses objdump/objcopy

section "1. System packages"
t="$(now)"
pkgs=("${TBN4_QT_PACKAGES[@]}" "${TEST_PACKAGES[@]}")
[ "${SKIP_FROZEN:-0}" = 1 ] || pkgs+=("${FREEZE_PACKAGES[@]}")
status=ok
ensure_apt_packages "${pkgs[@]}" || status=failed

# PostgreSQL server: 15 where the distribution has it (Debian 12), else its default.
find_pg_bin() {
    local d
    for d in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k5 -rn); do
        [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && { printf '%s\n' "$d"; return 0; }
    done
    command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1 \
        && { dirname "$(command -v initdb)"; return 0; }
    return 1
}
if ! PG_BIN="$(find_pg_bin)"; then
    if have_apt && can_be_root; then
        apt_update_once
        if apt_has_candidate postgresql-15; then
            ensure_apt_packages postgresql-15 || status=failed
        else
            ensure_apt_packages postgresql || status=failed
        fi
    fi
    PG_BIN="$(find_pg_bin)" || { warn "no PostgreSQL server (initdb/pg_ctl) found or installable"; status=failed; }
fi
[ -n "$PG_BIN" ] && info "PostgreSQL: $("$PG_BIN/postgres" --version 2>/dev/null || echo "$PG_BIN")"
record "system packages" "$status" "$t"

# ------------------------------------------------------------- python ----

section "2. Python environment"
t="$(now)"
extras="test"
[ "${SKIP_FROZEN:-0}" = 1 ] || extras="test,freeze,postgres"
ensure_venv "$extras"
record "python environment" ok "$t"
PY="$TBN4_VENV/bin/python"

# ------------------------------------------------------------ lint gate ----

section "2b. Lint, format and types (ruff, mypy; rules in pyproject.toml)"
t="$(now)"
if "$PY" -m ruff check . && "$PY" -m ruff format --check .; then
    record "ruff (lint, format)" ok "$t"
else
    warn "ruff found problems: run '.venv/bin/ruff check --fix . && .venv/bin/ruff format .' and fix the rest"
    record "ruff (lint, format)" failed "$t"
fi
t="$(now)"
if "$PY" -m mypy; then      # files and strictness in pyproject.toml [tool.mypy]
    record "mypy (types)" ok "$t"
else
    record "mypy (types)" failed "$t"
fi

# --------------------------------------------------------- postgresql ----

free_port() {
    "$PY" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

start_postgres() {
    if [ "$(id -u)" -eq 0 ]; then
        PG_DIR="$(mktemp -d /tmp/tbn4-pg.XXXXXX)"  # the postgres user must reach it
        # The server refuses to run as root: run it as the `postgres` user.
        if ! id postgres >/dev/null 2>&1; then
            useradd --system --user-group --no-create-home --home-dir /nonexistent \
                --shell /usr/sbin/nologin postgres
        fi
        chown postgres: "$PG_DIR"
        PG_RUN=(runuser -u postgres --)
    else
        PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/tbn4-pg.XXXXXX")"
        PG_RUN=()
    fi
    "${PG_RUN[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --locale=C \
        --no-sync >"$PG_DIR/initdb.log" 2>&1 || { cat "$PG_DIR/initdb.log"; return 1; }
    local attempt
    for attempt in 1 2 3; do
        PG_PORT="$(free_port)"
        # fsync off: a throwaway server, speed matters more than durability.
        if "${PG_RUN[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
            -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PG_DIR -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
            start >/dev/null; then
            export TBN4_TEST_POSTGRES_URL="postgresql+psycopg://postgres@127.0.0.1:$PG_PORT/postgres"
            export TBN4_REQUIRE_POSTGRES=1
            return 0
        fi
        warn "PostgreSQL did not start on port $PG_PORT (attempt $attempt)"
    done
    tail -n 20 "$PG_DIR/server.log" >&2 || true
    return 1
}

section "3. PostgreSQL (throwaway)"
t="$(now)"
if [ -n "$PG_BIN" ] && start_postgres; then
    info "TBN4_TEST_POSTGRES_URL=$TBN4_TEST_POSTGRES_URL (data in $PG_DIR, removed on exit)"
    record "postgresql" ok "$t"
else
    warn "no PostgreSQL: the tests marked 'postgres' will fail (TBN4_REQUIRE_POSTGRES=1)"
    export TBN4_REQUIRE_POSTGRES=1
    record "postgresql" failed "$t"
fi

# ------------------------------------------------------------- pytest ----

section "4. Test suite (pytest, offscreen Qt)"
t="$(now)"
JUNIT="$(mktemp "${TMPDIR:-/tmp}/tbn4-junit.XXXXXX")"
set +e
# TBN4_REQUIRE_TOOLS=1: a missing soffice/pdftotext fails the forms tests instead of skipping them.
# One worker process per CPU (pytest-xdist), a test module's tests in one worker (its fixtures
# are made once); TBN4_TEST_WORKERS=0 runs everything in this process.
QT_QPA_PLATFORM=offscreen TBN4_REQUIRE_TOOLS=1 "$PY" -m pytest -n "${TBN4_TEST_WORKERS:-auto}" --dist loadscope \
    --junit-xml="$JUNIT" "$@" </dev/null
rc=$?
set -e
if [ $rc -eq 0 ]; then record "pytest" ok "$t"; else record "pytest (exit $rc)" failed "$t"; fi
# Counts for the closing line ("N passed, N failed, N skipped").
PYTEST_COUNTS="$("$PY" - "$JUNIT" <<'PYEOF' 2>/dev/null || true
import sys
import xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
suites = [root] if root.tag == "testsuite" else list(root.iter("testsuite"))
n = {k: sum(int(s.get(k, 0)) for s in suites) for k in ("tests", "failures", "errors", "skipped")}
failed = n["failures"] + n["errors"]
print(f"{n['tests'] - failed - n['skipped']} passed, {failed} failed, {n['skipped']} skipped")
PYEOF
)"
rm -f "$JUNIT"

# ------------------------------------------------------- real window ----

section "5. Real window (xcb under Xvfb)"
t="$(now)"
if command -v xvfb-run >/dev/null 2>&1; then
    XCB_DIR="$(mktemp -d "${TMPDIR:-/tmp}/tbn4-xcb.XXXXXX")"
    set +e
    env -u WAYLAND_DISPLAY QT_QPA_PLATFORM=xcb TBN4_STARTUP_MARK=1 timeout 60 \
        xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" \
        "$TBN4_VENV/bin/tbn4" --data-dir "$XCB_DIR/data" gui --exit-after-start </dev/null \
        >"$XCB_DIR/out.log" 2>&1
    rc=$?
    set -e
    if [ $rc -eq 0 ] && grep -q '^TBN4_READY ' "$XCB_DIR/out.log"; then
        ok "the main window opened on X11 (xcb) and the app exited cleanly"
        record "real window (xcb)" ok "$t"
    else
        cat "$XCB_DIR/out.log"
        warn "the app did not start on X11 (exit $rc); see the log above"
        record "real window (xcb, exit $rc)" failed "$t"
    fi
else
    warn "xvfb-run not available"
    record "real window (xcb)" failed "$t"
fi

# ------------------------------------------------------------- frozen ----

section "6. Frozen build (PyInstaller) and smoke test"
t="$(now)"
if [ "${SKIP_FROZEN:-0}" = 1 ]; then
    info "skipped (SKIP_FROZEN=1)"
    record "frozen build + smoke" skipped "$t"
else
    set +e
    bash installer/build_frozen.sh </dev/null
    rc=$?
    set -e
    if [ $rc -eq 0 ]; then record "frozen build + smoke" ok "$t"; else record "frozen build + smoke (exit $rc)" failed "$t"; fi
fi

# ------------------------------------------------------------ windows ----

section "7. Windows installer under wine (build, install, upgrade, uninstall)"
t="$(now)"
if [ "${TBN4_WINDOWS_TEST:-0}" != 1 ]; then
    info "skipped (set TBN4_WINDOWS_TEST=1 to run it: about 10 minutes)"
    record "windows installer (wine)" skipped "$t"
else
    set +e
    bash installer/test_windows.sh --build </dev/null
    rc=$?
    set -e
    if [ $rc -eq 0 ]; then record "windows installer (wine)" ok "$t"; else record "windows installer (wine, exit $rc)" failed "$t"; fi
fi

# ------------------------------------------------------------ summary ----

section "Summary"
for r in "${RESULTS[@]}"; do
    IFS='|' read -r name st secs <<<"$r"
    case "$st" in
        ok) mark="${_G}ok${_N}     " ;;
        skipped) mark="${_Y}skipped${_N}" ;;
        *) mark="${_R}FAILED${_N} " ;;
    esac
    printf '  %s  %-40s %7s s\n' "$mark" "$name" "$secs"
done
printf '  total %52s s\n' "$(elapsed "$T_START")"
if [ "$FAILED" -ne 0 ]; then
    printf '%sSome steps failed.%s\n' "$_R" "$_N"
    [ -n "$PYTEST_COUNTS" ] && echo "pytest: $PYTEST_COUNTS"
    exit 1
fi
ok "All steps passed."
[ -n "$PYTEST_COUNTS" ] && echo "pytest: $PYTEST_COUNTS"
exit 0
