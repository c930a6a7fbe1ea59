#!/usr/bin/env bash
# Start TBN-4 Desktop on a Debian/Ubuntu machine, setting up what is missing:
# the system libraries a Qt window needs (apt, with sudo when not root),
# a Python 3.11+ virtual environment in .venv and the app in editable mode.
# A second run only checks (about a second) and starts the app.
#
#   ./scripts/run.sh                      # the app, data in the per-user folder
#   ./scripts/run.sh --data-dir ~/tbn4    # the app on another data folder
#
# Arguments go to `tbn4 gui`. TBN4_PYTHON=/path/to/python3.11 picks the Python.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
cd "$TBN4_ROOT"

t0="$(now)"
ensure_apt_packages "${TBN4_QT_PACKAGES[@]}" \
    || warn "some system libraries are missing; the window may not open (see above)"
ensure_venv ""

if [ "$(uname -s)" = Linux ] && [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] \
    && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    warn "no graphical display (DISPLAY and WAYLAND_DISPLAY are empty): the window cannot open here."
    warn "run it from a desktop session or over 'ssh -X'; to check start-up without a screen:"
    warn "  QT_QPA_PLATFORM=offscreen ./scripts/run.sh --exit-after-start"
fi
info "set-up checked in $(elapsed "$t0") s; starting: tbn4 gui $*"
exec "$TBN4_VENV/bin/tbn4" gui "$@"
