"""`tbn4 screenshots`: PNG screenshots of every window and wizard, rendered
on demonstration data in a throwaway data folder."""

from __future__ import annotations

import argparse
import os
import sys

from tbn4_desktop.cli_context import Refused, _refusals
from tbn4_desktop.i18n import tr


def cmd_screenshots(args: argparse.Namespace) -> int:
    """Renders in a throwaway data folder: --data-dir is not read."""
    import time

    out = args.out
    if out.exists() and not out.is_dir():
        raise Refused(tr("«{path}» — это файл, а не папка: укажите в --out папку для снимков экрана.").format(path=out))
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError:
        raise Refused(
            tr("Не удалось создать папку «{folder}»: укажите папку, доступную для записи.").format(folder=out)
        ) from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise Refused(
            tr("В папку «{folder}» нельзя записывать: укажите папку, доступную для записи.").format(folder=out)
        )
    only = [c for c in args.only.split(",") if c.strip()] if args.only is not None else None
    if only is not None and not only:
        raise Refused(tr("После --only укажите коды подзадач через запятую, например 2.3.1,4.2.1."))
    # Works without a display: offscreen unless the user chose a platform
    # (an empty value means none was chosen, as for Qt).
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from tbn4_desktop.ui.screenshots import ScreenshotError, render_all

    started = time.perf_counter()
    try:
        with _refusals():
            files = render_all(
                out,
                only=only,
                progress=lambda path: print(path.name, flush=True),
                warn=lambda message: print(f"tbn4: {message}", file=sys.stderr),
            )
    except (ScreenshotError, PermissionError) as exc:
        raise Refused(" ".join(str(exc).split())) from exc
    seconds = f"{time.perf_counter() - started:.1f}".replace(".", ",")
    print(
        tr("Снимков экрана: {count}, папка {folder}, {seconds} с.").format(
            count=len(files), folder=out, seconds=seconds
        )
    )
    return 0
