"""The process's own streams, set up the same way for `tbn4` and the app."""

from __future__ import annotations

import contextlib
import sys


def utf8_console() -> None:
    """Russian text must survive a Windows console or a redirected stream
    whose code page is not UTF-8 (cp866/cp1251)."""
    for stream in (sys.stdout, sys.stderr):
        if (
            stream is not None
            and hasattr(stream, "reconfigure")
            and (getattr(stream, "encoding", "") or "").lower().replace("-", "") != "utf8"
        ):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(encoding="utf-8", errors="replace")


def quiet_library_logs() -> None:
    """A library's own warning (pypdf: «EOF marker not found» for a broken
    scan) must not become a second stderr line: the refusal says it in
    Russian. Idempotent."""
    import logging

    logger = logging.getLogger("pypdf")
    if not any(isinstance(handler, logging.NullHandler) for handler in logger.handlers):
        logger.addHandler(logging.NullHandler())
