"""Entry points: `tbn4` (console) and `tbn4-gui` (windowed)."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from tbn4_desktop import gui_start

    start = gui_start.parse_gui_start(argv)
    if start is not None:
        return gui_start.run(start, argv)
    from tbn4_desktop.cli import run

    return run(argv)


def gui_main() -> int:
    return main(["gui", *sys.argv[1:]])


if __name__ == "__main__":
    sys.exit(main())
