"""What every `tbn4` command shares: the data folder (--data-dir), its
AppContext, and the domain errors that refuse a command in one line (exit 1).
Imported by cli.py and the cli_* command modules; imports none of them."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator

from tbn4_desktop.cli_args import Refused as Refused


def _data_dir(args: argparse.Namespace):  # noqa: ANN202
    from tbn4_desktop.paths import resolve_data_dir

    return resolve_data_dir(getattr(args, "data_dir", None))


@contextlib.contextmanager
def _refusals() -> Iterator[None]:
    """Domain errors carry one Russian sentence for the user: show it, exit 1."""
    from tbn4_desktop.core.attachments import AttachmentError
    from tbn4_desktop.core.bundle import BundleCancelled, BundleError
    from tbn4_desktop.core.catalog import CatalogError
    from tbn4_desktop.core.validation import ValidationError
    from tbn4_desktop.services.demo import DemoError
    from tbn4_desktop.services.export import ExportError
    from tbn4_desktop.store import StoreError

    try:
        yield
    except (
        StoreError,
        CatalogError,
        ExportError,
        AttachmentError,
        ValidationError,
        DemoError,
        BundleError,
        BundleCancelled,
    ) as exc:
        raise Refused(" ".join(str(exc).split())) from exc


def _open(args: argparse.Namespace):  # noqa: ANN202 - AppContext, imported lazily
    from tbn4_desktop.services.context import open_app

    return open_app(_data_dir(args))
