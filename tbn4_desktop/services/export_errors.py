"""The export's errors: the bundle cannot be made (a Russian message that
says what to do), or «only what changed» found nothing to send."""

from __future__ import annotations


class ExportError(Exception):
    """The bundle cannot be made; the message is Russian and says what to do."""


class NothingToExport(ExportError):
    """«Only what changed» found nothing changed: no bundle is written."""
