# Wine helpers of installer/build_windows.sh and installer/test_windows.sh.
# Sourced after scripts/lib.sh. Everything here is about running Windows
# programs under wine on this Linux machine; none of it is shipped.

WIN_BUILD="${TBN4_WIN_BUILD_DIR:-$TBN4_ROOT/build/windows}"
mkdir -p "$WIN_BUILD"
WIN_BUILD="$(cd "$WIN_BUILD" && pwd)"

export WINEARCH=win64 WINEDEBUG=-all
# Wine links the prefix's Desktop, Documents, … to $HOME; a home of our own
# keeps test shortcuts off this machine's real desktop.
WINE_HOME="$WIN_BUILD/home"
mkdir -p "$WINE_HOME"
# No Mono/Gecko download prompts when a prefix is created.
export WINEDLLOVERRIDES="mscoree,mshtml="

# winpath /unix/path → Z:\unix\path (wine maps / to Z:).
winpath() { printf 'Z:%s' "${1//\//\\}"; }

# wine_run PROGRAM ARGS… — CPython and the frozen app under wine die with
# "Invalid handle" when a standard stream is a plain file or /dev/null, so
# all three are pipes here; the program's exit code is returned.
wine_run() {
    local -
    set +e
    true | HOME="$WINE_HOME" wine "$@" 2> >(cat >&2) | cat
    local rc=${PIPESTATUS[1]}
    return "$rc"
}

# wine_prefix_ready PREFIX — a 64-bit prefix with the test-only icuuc.dll
# and bcryptprimitives.dll stubs in system32 and the _wmi module disabled
# (see build_windows.sh and installer/wine/bcryptprimitives_stub.c).
wine_prefix_ready() {
    local prefix="$1" stub="$WIN_BUILD/icuuc.dll" src="$TBN4_ROOT/installer/wine/icuuc_stub.c"
    local prng="$WIN_BUILD/bcryptprimitives.dll" prng_src="$TBN4_ROOT/installer/wine/bcryptprimitives_stub.c"
    if [ ! -f "$stub" ] || [ "$src" -nt "$stub" ]; then
        x86_64-w64-mingw32-gcc -shared -O2 -s -o "$stub" "$src" || die "could not build the icuuc.dll stub"
    fi
    if [ ! -f "$prng" ] || [ "$prng_src" -nt "$prng" ]; then
        x86_64-w64-mingw32-gcc -shared -O2 -s -o "$prng" "$prng_src" -lbcrypt \
            || die "could not build the bcryptprimitives.dll stub"
    fi
    if [ ! -f "$prefix/system.reg" ]; then
        local t
        t="$(now)"
        HOME="$WINE_HOME" WINEPREFIX="$prefix" wineboot -i >/dev/null 2>&1 || true
        WINEPREFIX="$prefix" wineserver -w
        [ -f "$prefix/system.reg" ] || die "wineboot could not create the prefix $prefix"
        info "wine prefix created: $prefix ($(elapsed "$t") s)"
    fi
    cp "$stub" "$prefix/drive_c/windows/system32/icuuc.dll"
    # Wine 8.0 has no bcryptprimitives.dll (cryptography's _rust.pyd needs its
    # ProcessPrng); a wine that has its own (a builtin DLL there) keeps it.
    local have_prng="$prefix/drive_c/windows/system32/bcryptprimitives.dll"
    if [[ "$(head -c 128 "$have_prng" 2>/dev/null | tr -d '\0')" != *"Wine builtin DLL"* ]]; then
        cp "$prng" "$have_prng"
    fi
    WINEPREFIX="$prefix" wine_run reg add 'HKCU\Software\Wine\DllOverrides' /v _wmi.pyd /t REG_SZ /d "" /f >/dev/null
}
