#!/usr/bin/env bash
# Install, run, upgrade and uninstall the Windows release under wine, the way
# an office PC without admin rights would:
#
#   1. a fresh wine prefix; `TBN4-<v>-setup.exe /S` (silent install):
#      program in %LOCALAPPDATA%\Programs\TBN4, Start-menu and desktop
#      shortcuts, the HKCU uninstall entry (version, publisher, …), no icuuc.dll;
#      tbn4.exe's version resource and the bundle manifest say <v>
#   2. the installed tbn4.exe, with no --data-dir: catalog --json (37
#      subtasks), demo (the data folder it names is %LOCALAPPDATA%\TBN4 and
#      holds the database), export (a valid ISPU bundle), form app1 (a PDF),
#      gui --exit-after-start (offscreen: opens the store, exit 0)
#   3. upgrade: a copy of the source tree with the version bumped and one more
#      Alembic migration (made in a temporary folder, never in the repo) is
#      built; while the old one runs, the silent installer refuses (exit 2);
#      then it is installed over it: a file of the old version is gone, the
#      uninstall entry says the new version, the demo data is still there and
#      migrated (alembic head = the new revision, row counts unchanged)
#   4. silent uninstall: program folder, shortcuts and uninstall entry gone,
#      the data folder kept
#   5. the portable ZIP: unzipped, `demo` keeps its data in data\ beside tbn4.exe
#
#   installer/test_windows.sh            test dist/TBN4-<v>-setup.exe (built first if missing)
#   installer/test_windows.sh --build    run installer/build_windows.sh first
#   installer/test_windows.sh --no-upgrade   skip step 3 (saves the second build, ~3 min)
#
# Only offscreen runs are possible here: Qt's real Windows display plugin
# aborts under wine (the prefix sets QT_QPA_PLATFORM=offscreen in
# HKCU\Environment, as wine does not pass QT_* variables through).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
source "$TBN4_ROOT/installer/wine/lib.sh"
cd "$TBN4_ROOT"

BUILD=0
UPGRADE=1
for arg in "$@"; do
    case "$arg" in
        --build) BUILD=1 ;;
        --no-upgrade) UPGRADE=0 ;;
        -h|--help) sed -n '2,29p' "$0"; exit 0 ;;
        *) die "unknown argument: $arg" ;;
    esac
done

T0="$(now)"
ensure_venv "freeze,postgres"
PY="$TBN4_VENV/bin/python"
VERSION="$("$PY" installer/version.py)"
SETUP="$TBN4_ROOT/dist/TBN4-$VERSION-setup.exe"
PORTABLE="$TBN4_ROOT/dist/TBN4-$VERSION-portable.zip"
if [ "$BUILD" = 1 ] || [ ! -f "$SETUP" ] || [ ! -f "$PORTABLE" ]; then
    installer/build_windows.sh
fi

FAILS=0
SUMMARY=()
WORK="$(mktemp -d "${TMPDIR:-/tmp}/tbn4-wintest.XXXXXX")"
trap 'rm -rf "$WORK"' EXIT

# step NAME PROGRAM ARGS… — a Windows program under wine; output in $WORK/NAME.out/.err.
step() {
    local name="$1" t rc
    shift
    t="$(now)"
    set +e
    wine_run "$@" >"$WORK/$name.out" 2>"$WORK/$name.err"
    rc=$?
    set -e
    local secs
    secs="$(elapsed "$t")"
    if [ $rc -eq 0 ]; then
        ok "  ok      $name (${secs} s)"
        SUMMARY+=("$name: ${secs} s")
    else
        printf '%s  FAILED  %s (exit %s, %s s)%s\n' "$_R" "$name" "$rc" "$secs" "$_N"
        tail -n 25 "$WORK/$name.err" "$WORK/$name.out" | sed 's/^/    | /'
        FAILS=$((FAILS + 1))
        SUMMARY+=("$name: FAILED (exit $rc)")
    fi
    return 0
}

# check NAME PYTHON-CODE — a check run by the Linux venv's Python with
# WORK, PREFIX, INST, LOCAL (the prefix's %LOCALAPPDATA%) in its environment.
check() {
    local name="$1" code="$2"
    if WORK="$WORK" PREFIX="$WINEPREFIX" INST="$INST" LOCAL="$LOCAL" VERSION="$VERSION" \
        "$PY" -c "$code" >"$WORK/$name.check" 2>&1; then
        ok "  ok      $name: $(tail -n 1 "$WORK/$name.check")"
    else
        printf '%s  FAILED  %s%s\n' "$_R" "$name" "$_N"
        sed 's/^/    | /' "$WORK/$name.check" | tail -n 15
        FAILS=$((FAILS + 1))
    fi
}

# reg_values KEY — the key's values as NAME=VALUE lines (nothing when the key
# is absent). `reg export` writes UTF-16, so Russian values survive, unlike
# `reg query` output through wine's console code page.
reg_values() {
    rm -f "$WORK/key.reg"
    wine_run reg export "$1" "$(winpath "$WORK/key.reg")" >/dev/null 2>&1 || return 0
    "$PY" - "$WORK/key.reg" <<'EOF'
import re, sys
text = open(sys.argv[1], "rb").read().decode("utf-16")
for name, value in re.findall(r'^"([^"]+)"=(.*)$', text, re.M):
    if value.startswith("dword:"):
        value = str(int(value[6:], 16))
    else:
        value = value.strip().strip('"').replace('\\"', '"').replace("\\\\", "\\")
    print(f"{name}={value}")
EOF
}

# wait_wine — until every program of the prefix has exited (the uninstaller
# runs from a copy in %TEMP% and returns at once).
wait_wine() { wineserver -w; }

# ------------------------------------------------------------ 1. install --
section "Windows test: fresh wine prefix, silent install"
export WINEPREFIX="$WIN_BUILD/test-prefix"
rm -rf "$WINEPREFIX"
wine_prefix_ready "$WINEPREFIX"
wine_run reg add 'HKCU\Environment' /v QT_QPA_PLATFORM /t REG_SZ /d offscreen /f >/dev/null
wait_wine  # environment values are read when the prefix starts again

LOCAL_WIN="$(wine_run cmd /c 'echo %LOCALAPPDATA%' | tr -d '\r')"
LOCAL="$(wine_run winepath -u "$LOCAL_WIN" | tr -d '\r')"
LOCAL="${LOCAL%/}"
INST="$LOCAL/Programs/TBN4"
UNINST_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\TBN4'
info "%LOCALAPPDATA% = $LOCAL_WIN ($LOCAL)"

step install "$SETUP" /S
wait_wine
check installed-files '
import os
inst, local = os.environ["INST"], os.environ["LOCAL"]
for rel in ("tbn4.exe", "uninstall.exe", "_internal/python313.dll", "_internal/PySide6/plugins/platforms/qwindows.dll"):
    assert os.path.isfile(os.path.join(inst, rel)), f"{rel} not installed in {inst}"
stubs = [os.path.join(d, f) for d, _, fs in os.walk(inst) for f in fs if f.lower() in ("icuuc.dll", "bcryptprimitives.dll")]
assert not stubs, f"a wine-only stub DLL was installed: {stubs}"
roaming = os.path.join(os.path.dirname(local), "Roaming")
menu = os.path.join(roaming, "Microsoft/Windows/Start Menu/Programs/ТБН-4")
for name in ("ТБН-4 — исполнение проектов.lnk", "Удалить ТБН-4.lnk"):
    assert os.path.isfile(os.path.join(menu, name)), f"no Start-menu shortcut {name}"
desktop = os.path.join(os.path.dirname(local.rstrip("/")), "..", "Desktop", "ТБН-4 — исполнение проектов.lnk")
assert os.path.isfile(desktop), "no desktop shortcut"
assert not os.path.exists(os.path.join(local, "TBN4")), "installing created the data folder"
size = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(inst) for f in fs)
print(f"installed in {inst}: {size / 2**20:.0f} MB; Start menu and desktop shortcuts")
'
reg_values "$UNINST_KEY" >"$WORK/uninstall-entry.txt"
DISPLAY_VERSION="$(sed -n 's/^DisplayVersion=//p' "$WORK/uninstall-entry.txt")"
check uninstall-entry '
import os
entry = dict(line.rstrip("\n").split("=", 1) for line in open(os.path.join(os.environ["WORK"], "uninstall-entry.txt"), encoding="utf-8"))
wanted = ("DisplayName", "DisplayVersion", "Publisher", "DisplayIcon", "InstallLocation", "UninstallString",
          "QuietUninstallString", "EstimatedSize", "NoModify", "NoRepair")
missing = [k for k in wanted if not entry.get(k)]
assert not missing, f"uninstall entry lacks {missing}"
name, version, publisher = entry["DisplayName"], entry["DisplayVersion"], entry["Publisher"]
size_kb = int(entry["EstimatedSize"])
assert name == "ТБН-4: исполнение проектов", f"DisplayName {name!r}"
assert entry["InstallLocation"].lower().endswith("\\appdata\\local\\programs\\tbn4"), entry["InstallLocation"]
assert entry["NoModify"] == entry["NoRepair"] == "1"
assert version == os.environ["VERSION"], f"DisplayVersion {version!r}"
assert entry["QuietUninstallString"].endswith("/S"), entry["QuietUninstallString"]
assert size_kb > 50_000, f"EstimatedSize {size_kb} KB"
print(f"{name} {version}, {publisher}, {size_kb // 1024} MB")
'

# The version resources, read with pefile by the build's Windows Python.
step version-resources "$WIN_BUILD/python/python.exe" -c '
import json, sys, pefile
found = {}
for path in sys.argv[1:]:
    pe = pefile.PE(path)
    found[path.rsplit("\\", 1)[-1]] = {k.decode(): v.decode() for fi in pe.FileInfo[0] if hasattr(fi, "StringTable")
                                       for st in fi.StringTable for k, v in st.entries.items()}
print(json.dumps(found))  # ASCII: the console code page cannot print Cyrillic
' "$(winpath "$INST/tbn4.exe")" "$(winpath "$SETUP")"
check version-resources '
import os
import json
found = json.loads(open(os.path.join(os.environ["WORK"], "version-resources.out"), encoding="utf-8").read())
v = os.environ["VERSION"]
setup = next(k for k in found if k.endswith("-setup.exe"))
for exe in ("tbn4.exe", setup):
    info = found[exe]
    assert info.get("ProductVersion") == v and info.get("FileVersion") == v, f"{exe}: {info}"
    assert info.get("ProductName") == "ТБН-4: исполнение проектов", f"{exe}: {info}"
print(f"tbn4.exe and {setup}: ProductVersion {v}, ProductName ТБН-4: исполнение проектов")
'

# ------------------------------------------------------------- 2. run it --
section "Windows test: the installed tbn4.exe (default data folder)"
EXE="$INST/tbn4.exe"
YEAR="$(date +%Y)"
wine_run cmd /c mkdir 'C:\test' >/dev/null 2>&1 || true

step catalog "$EXE" catalog --json
check catalog-json '
import json, os
items = json.loads(open(os.path.join(os.environ["WORK"], "catalog.out"), encoding="utf-8").read())
assert len(items) == 37, f"expected 37 subtasks, got {len(items)}"
first = items[0]["code"]
print(f"37 subtasks, first {first}")
'
step demo "$EXE" demo --year "$YEAR"
check data-folder '
import os, sqlite3
out = open(os.path.join(os.environ["WORK"], "demo.out"), encoding="utf-8").read()
local = os.environ["LOCAL"]
said = out.rsplit("папка данных", 1)[-1].strip().rstrip(".")
assert said.lower().endswith("\\appdata\\local\\tbn4"), f"the app says its data folder is {said!r}"
db = os.path.join(local, "TBN4", "tbn4.sqlite3")
assert os.path.isfile(db), f"no database at {db}"
con = sqlite3.connect(db)
orgs = con.execute("select count(*) from organization").fetchone()[0]
assert orgs >= 1, "no organisation in the demo database"
print(f"{said} (= %LOCALAPPDATA%\\TBN4) holds tbn4.sqlite3, {orgs} organisation(s)")
'
step export "$EXE" export --year "$YEAR" --out 'C:\test\bundle.zip'
check export-zip '
import json, os, zipfile
path = os.path.join(os.environ["PREFIX"], "drive_c", "test", "bundle.zip")
with zipfile.ZipFile(path) as zf:
    assert zf.testzip() is None, "corrupt bundle"
    manifest = json.loads(zf.read("manifest.json"))
app_version = manifest["app_version"]
assert app_version == os.environ["VERSION"], f"manifest app_version {app_version!r}"
print(f"bundle.zip {os.path.getsize(path) // 1024} KB, manifest app_version {app_version}")
'
step form-pdf "$EXE" form app1 --year "$YEAR" --out 'C:\test\Приложение 1.pdf'
check form-pdf '
import os
path = os.path.join(os.environ["PREFIX"], "drive_c", "test", "Приложение 1.pdf")
head = open(path, "rb").read(5)
assert head == b"%PDF-", f"not a PDF: {head!r}"
print(f"Приложение 1.pdf {os.path.getsize(path) // 1024} KB")
'
GUI_T="$(now)"
TBN4_STARTUP_MARK=1 step gui "$EXE" gui --exit-after-start
GUI_SECS="$(elapsed "$GUI_T")"
check gui-start '
import os
out = open(os.path.join(os.environ["WORK"], "gui.out"), encoding="utf-8", errors="replace").read()
assert "TBN4_READY" in out, "the main window never reported its tree filled"
print("main window with the demo year shown (offscreen), exit 0")
'
TBN4_STARTUP_MARK=1 step gui-kk "$EXE" --lang kk gui --exit-after-start
check gui-kazakh '
import os
out = open(os.path.join(os.environ["WORK"], "gui-kk.out"), encoding="utf-8", errors="replace").read()
line = [l for l in out.splitlines() if l.startswith("TBN4_LANGUAGE ")][-1]
language, cancel, title = (p.strip() for p in line.removeprefix("TBN4_LANGUAGE ").split("|"))
assert language == "kk" and cancel == "Бас тарту", line
assert "исполнение проектов" not in title, f"the window title is Russian: {title!r}"
print(f"started in Kazakh: «{title}», Qt «{cancel}»")
'

# Row counts of the demo data, compared after the upgrade.
DB="$LOCAL/TBN4/tbn4.sqlite3"
db_state() {
    "$PY" - "$DB" <<'EOF'
import sqlite3, sys
con = sqlite3.connect(sys.argv[1])
tables = [r[0] for r in con.execute("select name from sqlite_master where type='table' and name not like 'sqlite_%' order by name")]
print("alembic", con.execute("select version_num from alembic_version").fetchone()[0])
for t in tables:
    if t != "alembic_version":
        print(t, con.execute(f'select count(*) from "{t}"').fetchone()[0])
EOF
}
db_state >"$WORK/db-before.txt"

# ------------------------------------------------------------- 3. upgrade --
if [ "$UPGRADE" = 1 ]; then
    section "Windows test: a newer version with one more migration, installed over it"
    COPY="$WORK/src"
    mkdir -p "$COPY"
    git ls-files -z --cached --others --exclude-standard \
        | tar --null --ignore-failed-read -T - -cf - 2>/dev/null | tar -xf - -C "$COPY"
    NEW_VERSION="$("$PY" - "$COPY" <<'EOF'
import re, sys
from pathlib import Path
init = Path(sys.argv[1]) / "tbn4_desktop" / "__init__.py"
text = init.read_text(encoding="utf-8")
old = re.search(r'__version__ = "([^"]+)"', text).group(1)
nums = [int(re.match(r"\d+", p).group()) for p in old.split(".")[:3]]
new = f"{nums[0]}.{nums[1]}.{nums[2] + 1}"
init.write_text(text.replace(f'__version__ = "{old}"', f'__version__ = "{new}"'), encoding="utf-8")
print(new)
EOF
)"
    HEAD_REV="$(sed -n 's/^alembic //p' "$WORK/db-before.txt")"
    # As a real release with a new migration does: SCHEMA_HEAD names it.
    sed -i "s/^SCHEMA_HEAD = .*/SCHEMA_HEAD = \"9999\"/" "$COPY/tbn4_desktop/migrations/__init__.py"
    cat >"$COPY/tbn4_desktop/migrations/versions/9999_upgrade_test.py" <<EOF
"""upgrade test only (installer/test_windows.sh): one more table

Revision ID: 9999
Revises: $HEAD_REV
"""

from alembic import op
import sqlalchemy as sa

revision = '9999'
down_revision = '$HEAD_REV'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('upgrade_test', sa.Column('id', sa.Integer(), primary_key=True))


def downgrade() -> None:
    op.drop_table('upgrade_test')
EOF
    info "test version $NEW_VERSION, migration 9999 after $HEAD_REV, built from $COPY"
    t="$(now)"
    installer/build_windows.sh --source "$COPY" --dist "$WORK/dist" >"$WORK/build-new.log" 2>&1 \
        || { tail -n 30 "$WORK/build-new.log"; die "the newer test version did not build"; }
    ok "  built TBN4-$NEW_VERSION-setup.exe ($(elapsed "$t") s)"

    # While the program is open the installer must not replace it: silently
    # it gives up with exit code 2 and leaves everything as it was.
    wine_run "$EXE" gui >"$WORK/open-app.out" 2>&1 &
    for _ in $(seq 1 30); do
        [ -f "$LOCAL/TBN4/tbn4.lock" ] && break  # the app's instance lock: it is up
        sleep 1
    done
    sleep 2
    set +e
    wine_run "$WORK/dist/TBN4-$NEW_VERSION-setup.exe" /S >"$WORK/while-open.out" 2>&1
    OPEN_RC=$?
    set -e
    wineserver -k || true  # closes the program started above (this prefix only)
    wait_wine
    wait || true
    OPEN_VERSION="$(reg_values "$UNINST_KEY" | sed -n 's/^DisplayVersion=//p')"
    if [ "$OPEN_RC" = 2 ] && [ "$OPEN_VERSION" = "$VERSION" ]; then
        ok "  ok      upgrade while the program is open: refused (exit 2), $VERSION left in place"
    else
        printf '%s  FAILED  upgrade while the program is open: exit %s, uninstall entry %s%s\n' \
            "$_R" "$OPEN_RC" "$OPEN_VERSION" "$_N"
        FAILS=$((FAILS + 1))
    fi

    # A file only the old version had: the upgrade must not leave it behind.
    echo "old" >"$INST/_internal/only-in-the-old-version.txt"
    step upgrade "$WORK/dist/TBN4-$NEW_VERSION-setup.exe" /S
    wait_wine
    UPGRADED_VERSION="$(reg_values "$UNINST_KEY" | sed -n 's/^DisplayVersion=//p')"
    step export-new "$EXE" export --year "$YEAR" --out 'C:\test\bundle-new.zip'
    TBN4_STARTUP_MARK=1 step gui-new "$EXE" gui --exit-after-start
    db_state >"$WORK/db-after.txt"
    NEW_VERSION="$NEW_VERSION" UPGRADED_VERSION="$UPGRADED_VERSION" check upgrade '
import json, os, zipfile
work, inst = os.environ["WORK"], os.environ["INST"]
new = os.environ["NEW_VERSION"]
upgraded = os.environ["UPGRADED_VERSION"]
assert upgraded == new, f"uninstall entry says {upgraded!r} after the upgrade"
assert not os.path.exists(os.path.join(inst, "_internal", "only-in-the-old-version.txt")), "a file of the old version survived the upgrade"
def state(name):
    return dict(l.split() for l in open(os.path.join(work, name), encoding="utf-8") if l.strip())
before, after = state("db-before.txt"), state("db-after.txt")
assert after.pop("alembic") == "9999", "the new migration did not run"
assert after.pop("upgrade_test") == "0", "no table from the new migration"
before.pop("alembic")
changed = {t: (before[t], after.get(t)) for t in before if after.get(t) != before[t] and t not in ("export_record", "exported_item")}
assert not changed, f"rows changed by the upgrade: {changed}"
with zipfile.ZipFile(os.path.join(os.environ["PREFIX"], "drive_c", "test", "bundle-new.zip")) as zf:
    got = json.loads(zf.read("manifest.json"))["app_version"]
assert got == new, f"the new version exports app_version {got!r}"
rows = sum(int(v) for v in before.values())
old = os.environ["VERSION"]
print(f"{old} → {new}: alembic head 9999, {len(before)} tables, {rows} rows intact, stale file removed")
'
fi

# ----------------------------------------------------------- 4. uninstall --
section "Windows test: silent uninstall"
step uninstall "$INST/uninstall.exe" /S
wait_wine
LEFT_KEY="$(reg_values "$UNINST_KEY")"
LEFT_KEY="$LEFT_KEY" check uninstalled '
import os
inst, local = os.environ["INST"], os.environ["LOCAL"]
assert not os.path.exists(inst), f"{inst} still exists: {os.listdir(inst)}"
assert not os.environ["LEFT_KEY"], "the uninstall entry is still in the registry"
menu = os.path.join(os.path.dirname(local), "Roaming", "Microsoft/Windows/Start Menu/Programs/ТБН-4")
assert not os.path.exists(menu), "the Start-menu folder is still there"
desktop = os.path.join(os.path.dirname(local.rstrip("/")), "..", "Desktop", "ТБН-4 — исполнение проектов.lnk")
assert not os.path.exists(desktop), "the desktop shortcut is still there"
db = os.path.join(local, "TBN4", "tbn4.sqlite3")
assert os.path.isfile(db), "uninstalling removed the data folder"
print(f"program, shortcuts and uninstall entry removed; data kept ({os.path.getsize(db) // 1024} KB database)")
'

# ------------------------------------------------------------ 5. portable --
section "Windows test: portable ZIP"
PORT_DIR="$WINEPREFIX/drive_c/portable"
rm -rf "$PORT_DIR" && mkdir -p "$PORT_DIR"
"$PY" -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' "$PORTABLE" "$PORT_DIR"
touch -d '2000-01-01' "$DB"   # the installed app's database must stay untouched
step portable-demo "$PORT_DIR/TBN4/tbn4.exe" demo --year "$YEAR"
check portable-data '
import os
out = open(os.path.join(os.environ["WORK"], "portable-demo.out"), encoding="utf-8").read()
said = out.rsplit("папка данных", 1)[-1].strip().rstrip(".")
assert said.upper() == "C:\\PORTABLE\\TBN4\\DATA", f"the portable app keeps its data in {said!r}"
db = os.path.join(os.environ["PREFIX"], "drive_c", "portable", "TBN4", "data", "tbn4.sqlite3")
assert os.path.isfile(db), "no database in data\\ beside tbn4.exe"
local_db = os.path.join(os.environ["LOCAL"], "TBN4", "tbn4.sqlite3")
assert os.path.getmtime(local_db) < 10**9, "the portable app wrote to %LOCALAPPDATA%\\TBN4"
print(f"data in {said} beside tbn4.exe; %LOCALAPPDATA%\\TBN4 untouched")
'

section "Windows test: summary"
info "installer:      $SETUP ($(du -m "$SETUP" | cut -f1) MB)"
info "uninstall key:  DisplayVersion $DISPLAY_VERSION"
info "GUI start:      ${GUI_SECS} s from launch to exit under wine (offscreen)"
for line in "${SUMMARY[@]}"; do info "step:           $line"; done
info "total:          $(elapsed "$T0") s"
if [ "$FAILS" -ne 0 ]; then
    printf '%s%d Windows check(s) failed.%s\n' "$_R" "$FAILS" "$_N"
    exit 1
fi
ok "Windows installer OK"
