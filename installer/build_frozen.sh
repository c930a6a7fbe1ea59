#!/usr/bin/env bash
# Build the frozen one-folder app with PyInstaller into build/frozen/ and
# smoke-test it the way a user's machine would run it:
#
#   tbn4 --data-dir D catalog --json          valid JSON with the 37 subtasks
#   tbn4 --data-dir D workdays add 2025-01-03 1   prints 2025-01-05 (calendar data bundled)
#   tbn4 --data-dir D demo                    fills D with the demo organisation
#   tbn4 --data-dir D export --year Y --out   writes the ISPU bundle (a zip)
#   tbn4 --data-dir D form app1|app3|app5     Appendix 1 as PDF, 3 as XLSX, 5 as DOCX
#                                             (reportlab, openpyxl, python-docx + template)
#   tbn4 --data-dir E gui --exit-after-start  offscreen, exit 0 within 60 s,
#                                             E then holds the database
#
#   installer/build_frozen.sh              build + smoke test
#   installer/build_frozen.sh --no-build   smoke-test the existing build
#
# TBN4_NO_EXCLUDES=1 builds without the spec's Qt excludes (to compare sizes);
# TBN4_FROZEN_DIR=DIR builds somewhere else than build/frozen.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
cd "$TBN4_ROOT"

BUILD=1
for arg in "$@"; do
    case "$arg" in
        --no-build) BUILD=0 ;;
        -h|--help) sed -n '2,19p' "$0"; exit 0 ;;
        *) die "unknown argument: $arg" ;;
    esac
done

OUT="${TBN4_FROZEN_DIR:-$TBN4_ROOT/build/frozen}"
APP_DIR="$OUT/dist/tbn4"
EXE="$APP_DIR/tbn4"
T0="$(now)"

if [ "$BUILD" = 1 ]; then
    section "Frozen build: set-up"
    ensure_apt_packages binutils || warn "PyInstaller needs objdump/objcopy (binutils)"
    ensure_venv "freeze,postgres"

    section "Frozen build: PyInstaller"
    t="$(now)"
    mkdir -p "$OUT"
    "$TBN4_VENV/bin/python" -m PyInstaller --noconfirm --log-level WARN \
        --distpath "$OUT/dist" --workpath "$OUT/work" installer/tbn4.spec </dev/null
    BUILD_SECS="$(elapsed "$t")"
    ok "built $APP_DIR in $BUILD_SECS s"
fi

[ -x "$EXE" ] || die "no frozen executable at $EXE"
SIZE_MB="$(du -sm "$APP_DIR" | cut -f1)"
FILES="$(find "$APP_DIR" -type f | wc -l)"
info "folder size: ${SIZE_MB} MB in $FILES files"

section "Frozen build: smoke test"
SMOKE="$(mktemp -d "${TMPDIR:-/tmp}/tbn4-smoke.XXXXXX")"
trap 'rm -rf "$SMOKE"' EXIT
FAILS=0
SUMMARY=()

# step NAME COMMAND... — runs a command, logs its output, records time and result.
step() {
    local name="$1" t rc
    shift
    t="$(now)"
    set +e
    "$@" >"$SMOKE/$name.out" 2>"$SMOKE/$name.err" </dev/null
    rc=$?
    set -e
    local secs
    secs="$(elapsed "$t")"
    if [ $rc -eq 0 ]; then
        ok "  ok      $name (${secs} s)"
        SUMMARY+=("$name: ${secs} s")
    else
        printf '%s  FAILED  %s (exit %s, %s s)%s\n' "$_R" "$name" "$rc" "$secs" "$_N"
        sed 's/^/    | /' "$SMOKE/$name.err" | tail -n 25
        FAILS=$((FAILS + 1))
        SUMMARY+=("$name: FAILED (exit $rc)")
    fi
    return 0
}

# check NAME PYTHON-CODE — a check on the outputs, run by the venv's Python
# (the frozen app has no interpreter of its own to offer).
check() {
    local name="$1" code="$2"
    if SMOKE="$SMOKE" "$TBN4_VENV/bin/python" -c "$code" >"$SMOKE/$name.check" 2>&1; then
        ok "  ok      $name: $(tail -n 1 "$SMOKE/$name.check")"
    else
        printf '%s  FAILED  %s%s\n' "$_R" "$name" "$_N"
        sed 's/^/    | /' "$SMOKE/$name.check" | tail -n 15
        FAILS=$((FAILS + 1))
    fi
}

YEAR="$(date +%Y)"
DATA="$SMOKE/data"

step catalog "$EXE" --data-dir "$DATA" catalog --json
check catalog-json '
import json, os
raw = open(os.path.join(os.environ["SMOKE"], "catalog.out"), encoding="utf-8").read()
data = json.loads(raw)
items = data if isinstance(data, list) else data.get("subtasks", [])
assert len(items) == 37, f"expected 37 subtasks, got {len(items)}"
for item in items:
    missing = {"code", "title", "project", "task", "periodicity"} - set(item)
    code = item.get("code")
    assert not missing, f"subtask {code} lacks {missing}"
first = items[0]
code, title = first["code"], first["title"][:40]
print(f"{len(items)} subtasks, first {code} «{title}…»")
'

step workdays "$EXE" --data-dir "$DATA" workdays add 2025-01-03 1
check workdays-add '
import os
out = open(os.path.join(os.environ["SMOKE"], "workdays.out"), encoding="utf-8").read().strip()
assert out == "2025-01-05", f"expected 2025-01-05 (Sunday 5 January 2025 was a working day), got {out!r}"
print(f"2025-01-03 + 1 working day = {out} (bundled holidays data and resources/calendars/)")
'

step demo "$EXE" --data-dir "$DATA" demo --year "$YEAR"
step export "$EXE" --data-dir "$DATA" export --year "$YEAR" --out "$SMOKE/b.zip"
check export-zip '
import os, zipfile
path = os.path.join(os.environ["SMOKE"], "b.zip")
assert os.path.isfile(path), "no b.zip written"
with zipfile.ZipFile(path) as zf:
    names = zf.namelist()
    assert "manifest.json" in names, "no manifest.json in the bundle"
    bad = zf.testzip()
    assert bad is None, f"corrupt member {bad}"
print(f"{len(names)} entries, {os.path.getsize(path) // 1024} KB")
'

step form-pdf "$EXE" --data-dir "$DATA" form app1 --year "$YEAR" --out "$SMOKE/Приложение 1.pdf"
step form-xlsx "$EXE" --data-dir "$DATA" form app3 --year "$YEAR" --out "$SMOKE/Приложение 3.xlsx"
step form-docx "$EXE" --data-dir "$DATA" form app5 --year "$YEAR" --out "$SMOKE/Приложение 5.docx"
check forms '
import os, zipfile
smoke = os.environ["SMOKE"]
sizes = []
for name, magic, part in (("Приложение 1.pdf", b"%PDF-", None), ("Приложение 3.xlsx", b"PK\x03\x04", "xl/workbook.xml"),
                          ("Приложение 5.docx", b"PK\x03\x04", "word/document.xml")):
    path = os.path.join(smoke, name)
    assert os.path.isfile(path), f"{name} not written"
    with open(path, "rb") as f:
        head = f.read(5)
    assert head.startswith(magic), f"{name} starts with {head!r}, not {magic!r}"
    if part:
        with zipfile.ZipFile(path) as zf:
            assert part in zf.namelist(), f"{name} has no {part}"
    sizes.append(f"{name} {os.path.getsize(path) // 1024} KB")
print(", ".join(sizes))
'

GUI_DATA="$SMOKE/gui-data"
export GUI_START="$(date +%s.%N)"
step gui env QT_QPA_PLATFORM=offscreen TBN4_STARTUP_MARK=1 \
    timeout 60 "$EXE" --data-dir "$GUI_DATA" gui --exit-after-start
check gui-database '
import glob, os
smoke = os.environ["SMOKE"]
dbs = glob.glob(os.path.join(smoke, "gui-data", "*.sqlite3"))
assert dbs, "the data folder has no database after the GUI started"
ready = [l for l in open(os.path.join(smoke, "gui.out"), encoding="utf-8", errors="replace")
         if l.startswith("TBN4_READY ")]
start = float(os.environ["GUI_START"])
msg = f"{os.path.basename(dbs[0])} created"
if ready:
    msg += f"; tree filled {float(ready[-1].split()[1]) - start:.2f} s after launch"
print(msg)
'

# The commands cli.py imports by name when they run (installer/tbn4.spec,
# LAZY_COMMANDS): the backups list and the journal answer.
step backups "$EXE" --data-dir "$DATA" backups --json
step journal "$EXE" --data-dir "$DATA" journal --json

# An electronic signature read and checked by the frozen app: asn1crypto and
# cryptography (its compiled part) are in the build. The test PKI is made by
# the venv's Python from tests/esign_pki.py.
SIG="$SMOKE/signature"
mkdir -p "$SIG"
SIG="$SIG" "$TBN4_VENV/bin/python" -c '
import os, sys
sys.path.insert(0, os.getcwd())
from tests.esign_pki import DOCUMENT, build_pki, sign
pki = build_pki()
folder = os.environ["SIG"]
open(os.path.join(folder, "Приказ.pdf"), "wb").write(DOCUMENT)
open(os.path.join(folder, "Приказ.pdf.cms"), "wb").write(sign(pki.ivanov, extra=(pki.intermediate,)))
'
step signature "$EXE" --data-dir "$DATA" signature "$SIG/Приказ.pdf.cms" --data "$SIG/Приказ.pdf" --json
check signature-json '
import json, os
report = json.load(open(os.path.join(os.environ["SMOKE"], "signature.out"), encoding="utf-8"))
signer = report["signers"][0]
checks = {name: check["status"] for name, check in signer["checks"].items()}
assert checks["integrity"] == "ok" and checks["signature"] == "ok", checks
name = signer["certificate"]["full_name"]
print(f"{name}: {checks}")
'

# Kazakh when asked: our words (the first start's title), Qt's own
# (qtbase_kk.qm: «Cancel» → «Бас тарту») and the CLI's.
GUI_KK="$SMOKE/gui-kk"
step gui-kk env QT_QPA_PLATFORM=offscreen TBN4_STARTUP_MARK=1 \
    timeout 60 "$EXE" --data-dir "$GUI_KK" --lang kk gui --exit-after-start
step cli-kk "$EXE" --data-dir "$DATA" --lang kk --help
check kazakh '
import os
smoke = os.environ["SMOKE"]
lines = [l for l in open(os.path.join(smoke, "gui-kk.out"), encoding="utf-8") if l.startswith("TBN4_LANGUAGE ")]
assert lines, "the GUI did not report its language"
language, cancel, title = (part.strip() for part in lines[-1].removeprefix("TBN4_LANGUAGE ").split("|"))
assert language == "kk", f"the GUI speaks {language!r}"
assert cancel == "Бас тарту", f"Qt Cancel reads {cancel!r}: qtbase_kk.qm missing from the build"
kazakh = set("әғқңөұүһі")
assert kazakh & set(title.lower()), f"window title {title!r} is not Kazakh"
help_text = open(os.path.join(smoke, "cli-kk.out"), encoding="utf-8").read()
assert kazakh & set(help_text.lower()), "tbn4 --lang kk --help is not Kazakh"
print(f"GUI in Kazakh: «{title}», Qt: «{cancel}»; CLI help in Kazakh")
'

section "Frozen build: summary"
[ -n "${BUILD_SECS:-}" ] && info "build time:   $BUILD_SECS s"
info "folder size:  ${SIZE_MB} MB, $FILES files ($APP_DIR)"
for line in "${SUMMARY[@]}"; do info "smoke:        $line"; done
info "total:        $(elapsed "$T0") s"
if [ "$FAILS" -ne 0 ]; then
    printf '%s%d smoke check(s) failed.%s\n' "$_R" "$FAILS" "$_N"
    exit 1
fi
ok "frozen build OK"
