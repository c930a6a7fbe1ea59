# Shared set-up steps for scripts/run.sh, scripts/test.sh and
# installer/build_frozen.sh. Sourced, never run on its own.
#
# Everything here is idempotent: a second run on a prepared machine checks
# and moves on in about a second.

TBN4_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TBN4_VENV="$TBN4_ROOT/.venv"
TBN4_STAMP="$TBN4_VENV/.tbn4-installed"

# Python versions the project supports (pyproject: >=3.11,<3.14).
TBN4_PY_MIN_MINOR=11
TBN4_PY_MAX_MINOR=13

# Debian/Ubuntu packages a real Qt window needs (PySide6-Essentials 6.11,
# checked with ldd on libqxcb.so, libqwayland.so, the xcb GL integrations,
# the CUPS print plugin and QtCore/QtGui/QtWidgets/QtPrintSupport).
# Ubuntu 24.04 renamed some of them with a "t64" suffix; that is handled below.
TBN4_QT_PACKAGES=(
    libxcb1 libx11-6 libx11-xcb1 libxcb-cursor0 libxcb-icccm4 libxcb-image0
    libxcb-keysyms1 libxcb-randr0 libxcb-render0 libxcb-render-util0
    libxcb-shape0 libxcb-shm0 libxcb-sync1 libxcb-util1 libxcb-xfixes0
    libxcb-xkb1 libxcb-glx0 libxkbcommon0 libxkbcommon-x11-0
    libegl1 libgl1 libglib2.0-0 libfontconfig1 libfreetype6 libdbus-1-3
    libwayland-client0 libwayland-cursor0 libwayland-egl1
    libcups2
    fonts-dejavu-core
)

if [ -t 1 ]; then
    _B=$'\033[1m'; _R=$'\033[31m'; _G=$'\033[32m'; _Y=$'\033[33m'; _N=$'\033[0m'
else
    _B=""; _R=""; _G=""; _Y=""; _N=""
fi

section() { printf '\n%s==== %s ====%s\n' "$_B" "$*" "$_N"; }
info() { printf '%s\n' "$*"; }
warn() { printf '%sWARNING:%s %s\n' "$_Y" "$_N" "$*" >&2; }
die() { printf '%sERROR:%s %s\n' "$_R" "$_N" "$*" >&2; exit 1; }
ok() { printf '%s%s%s\n' "$_G" "$*" "$_N"; }

now() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# ---------------------------------------------------------------- apt ----

_SUDO_DECIDED=""
_SUDO=()
_APT_UPDATED=""

# Decides how to run a command as root: directly, with sudo, or not at all.
_decide_sudo() {
    [ -n "$_SUDO_DECIDED" ] && return 0
    _SUDO_DECIDED=1
    if [ "$(id -u)" -eq 0 ]; then
        _SUDO=()
    elif command -v sudo >/dev/null 2>&1; then
        if sudo -n true 2>/dev/null; then
            _SUDO=(sudo -n)
        elif [ -t 0 ]; then
            _SUDO=(sudo)
        else
            _SUDO=(none)
        fi
    else
        _SUDO=(none)
    fi
}

as_root() {
    _decide_sudo
    if [ "${_SUDO[0]:-}" = none ]; then
        return 1
    fi
    "${_SUDO[@]}" "$@"
}

can_be_root() {
    _decide_sudo
    [ "${_SUDO[0]:-}" != none ]
}

have_apt() {
    command -v apt-get >/dev/null 2>&1 && command -v dpkg-query >/dev/null 2>&1
}

# (No `cmd | grep -q` here: under pipefail grep's early exit can fail the pipe.)
pkg_installed() {
    [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)" = "install ok installed" ]
}

apt_update_once() {
    [ -n "$_APT_UPDATED" ] && return 0
    info "apt-get update …"
    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 update -q </dev/null >/dev/null \
        || warn "apt-get update failed; trying to install from the existing lists"
    _APT_UPDATED=1
}

apt_has_candidate() {
    local policy
    policy="$(apt-cache policy "$1" 2>/dev/null || true)"
    [[ "$policy" =~ Candidate:\ [^\(] ]]
}

# ensure_apt_packages PKG... — installs the packages that are not installed.
# A name may have a "t64" twin (Ubuntu 24.04); either counts as installed.
# Returns 1 only if something is missing and could not be installed.
ensure_apt_packages() {
    local missing=() p
    if ! have_apt; then
        warn "no apt-get here: make sure these (or your system's equivalents) are installed: $*"
        return 0
    fi
    for p in "$@"; do
        pkg_installed "$p" || pkg_installed "${p}t64" || missing+=("$p")
    done
    if [ ${#missing[@]} -eq 0 ]; then
        info "system packages: all ${#} present"
        return 0
    fi
    info "system packages missing: ${missing[*]}"
    if ! can_be_root; then
        warn "cannot become root (no sudo, or sudo needs a password and there is no terminal)."
        warn "ask an administrator to run: sudo apt-get install ${missing[*]}"
        return 1
    fi
    apt_update_once
    local resolved=() unknown=()
    for p in "${missing[@]}"; do
        if apt_has_candidate "$p"; then
            resolved+=("$p")
        elif apt_has_candidate "${p}t64"; then
            resolved+=("${p}t64")
        else
            unknown+=("$p")
        fi
    done
    [ ${#unknown[@]} -eq 0 ] || warn "not available from apt here, skipped: ${unknown[*]}"
    [ ${#resolved[@]} -eq 0 ] && return 0
    info "apt-get install ${resolved[*]}"
    local log
    log="$(mktemp)"
    if ! as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 install -y -q --no-install-recommends \
        "${resolved[@]}" </dev/null >"$log" 2>&1; then
        tail -n 20 "$log" >&2
        rm -f "$log"
        warn "apt-get install failed for: ${resolved[*]}"
        return 1
    fi
    rm -f "$log"
    ok "installed: ${resolved[*]}"
}

# ------------------------------------------------------------- python ----

_py_ok() {
    "$1" -c "import sys; sys.exit(not ((3, $TBN4_PY_MIN_MINOR) <= sys.version_info[:2] <= (3, $TBN4_PY_MAX_MINOR)))" \
        >/dev/null 2>&1
}

_find_python() {
    local c path
    for c in "${TBN4_PYTHON:-}" python3.11 python3 python3.12 python3.13; do
        [ -n "$c" ] || continue
        path="$(command -v "$c" 2>/dev/null)" || continue
        if _py_ok "$path"; then
            printf '%s\n' "$path"
            return 0
        fi
    done
    return 1
}

# Sets TBN4_FOUND_PY to a Python 3.11–3.13 that can create virtual
# environments, installing one with apt when the system has none (Debian 12
# has 3.11; Ubuntu 22.04 has python3.11 in "universe").
find_python() {
    local py ver
    if ! py="$(_find_python)"; then
        if have_apt && can_be_root; then
            apt_update_once
            for ver in 3.11 3.12 3.13; do
                if apt_has_candidate "python$ver" && apt_has_candidate "python$ver-venv"; then
                    info "installing python$ver from apt …"
                    as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 install -y -q --no-install-recommends \
                        "python$ver" "python$ver-venv" </dev/null >/dev/null || true
                    break
                fi
            done
        fi
        py="$(_find_python)" || {
            local have
            have="$(python3 --version 2>&1 || echo 'no python3')"
            die "TBN-4 needs Python 3.$TBN4_PY_MIN_MINOR–3.$TBN4_PY_MAX_MINOR; this machine has: $have. Install python3.11 (and python3.11-venv), or point TBN4_PYTHON at one."
        }
    fi
    # Debian/Ubuntu split venv/ensurepip into pythonX.Y-venv.
    if ! "$py" -c "import ensurepip, venv" >/dev/null 2>&1; then
        ver="$("$py" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
        info "python$ver cannot create virtual environments; installing python$ver-venv …"
        ensure_apt_packages "python$ver-venv" || true
        "$py" -c "import ensurepip, venv" >/dev/null 2>&1 \
            || die "$py cannot create virtual environments: install the python$ver-venv package."
    fi
    TBN4_FOUND_PY="$py"
}

# ensure_venv [EXTRAS] — creates .venv if needed and installs the project in
# editable mode with the given extras ("test", "test,freeze", …). pip only
# runs when pyproject.toml changed since the last install, or when extras
# are asked for that the last install did not have.
ensure_venv() {
    local extras="${1:-}" t0 py
    t0="$(now)"
    if [ -x "$TBN4_VENV/bin/python" ] && _py_ok "$TBN4_VENV/bin/python"; then
        :
    else
        find_python
        py="$TBN4_FOUND_PY"
        [ -e "$TBN4_VENV" ] && { info "removing an unusable .venv"; rm -rf "$TBN4_VENV"; }
        info "creating .venv with $py ($("$py" --version 2>&1))"
        "$py" -m venv "$TBN4_VENV" || die "could not create $TBN4_VENV"
        rm -f "$TBN4_STAMP"
    fi

    local hash have_hash="" have_extras="" want e need_install=""
    hash="$(sha256sum "$TBN4_ROOT/pyproject.toml" | cut -c1-64)"
    if [ -f "$TBN4_STAMP" ]; then
        read -r have_hash have_extras <"$TBN4_STAMP" || true
    fi
    [ "$have_hash" = "$hash" ] || need_install=1
    want="$have_extras"
    for e in ${extras//,/ }; do
        case ",$have_extras," in
            *",$e,"*) ;;
            *) need_install=1; want="${want:+$want,}$e" ;;
        esac
    done
    # The editable install must point at this checkout.
    if [ -z "$need_install" ] && ! "$TBN4_VENV/bin/python" -c \
        "import sys, tbn4_desktop; sys.exit(not tbn4_desktop.__file__.startswith(sys.argv[1]))" \
        "$TBN4_ROOT/" >/dev/null 2>&1; then
        need_install=1
    fi
    if [ -n "$need_install" ]; then
        local spec="."
        [ -n "$want" ] && spec=".[$want]"
        info "pip install -e '$spec' …"
        (cd "$TBN4_ROOT" && "$TBN4_VENV/bin/python" -m pip install -q --disable-pip-version-check \
            --progress-bar off -e "$spec" </dev/null) || die "pip install failed (see above)"
        printf '%s %s\n' "$hash" "$want" >"$TBN4_STAMP"
        ok "Python environment ready in $(elapsed "$t0") s ($("$TBN4_VENV/bin/python" --version 2>&1))"
    else
        info "Python environment up to date ($("$TBN4_VENV/bin/python" --version 2>&1), extras: ${have_extras:-none})"
    fi
}
