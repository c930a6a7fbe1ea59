"""Shared set-up of the import tests and the import benchmark: the demo
district's bundle, an oblast data folder to import it into, and a snapshot
of a store (row counts of every table, files of the attachments folder)."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import func, select

from tbn4_desktop.core.bundle import MANIFEST_NAME, manifest_bytes
from tbn4_desktop.core.validation import iin_bin_check_digit
from tbn4_desktop.core.vocabulary import OrgLevel, SignerRole
from tbn4_desktop.models.base import Base
from tbn4_desktop.services.context import AppContext, open_app
from tbn4_desktop.services.demo import PARENT_NAME, create_demo
from tbn4_desktop.services.export import export_bundle
from tbn4_desktop.services.organizations import OrganizationInput, SignatoryInput, create_organization

YEAR = 2025
ALMATY = timezone(timedelta(hours=5))
CREATED = datetime(2026, 1, 20, 10, 0, 0, tzinfo=ALMATY)


def make_bin(serial: int) -> str:
    """A BIN with a valid check digit (registered 03.2001, legal entity)."""
    while True:
        first11 = f"0103400{serial:04d}"
        digit = iin_bin_check_digit(first11)
        if digit is not None:
            return first11 + str(digit)
        serial += 1


OBLAST_BIN = make_bin(100)


def demo_bundle(folder: Path, created_at: datetime = CREATED) -> tuple[AppContext, Path]:
    """The demo district's data folder (left open) and its bundle for YEAR."""
    ctx = open_app(folder / "district")
    create_demo(ctx, YEAR)
    out = folder / "Байзак 2025.zip"
    export_bundle(ctx, None, YEAR, out, created_at=created_at)
    return ctx, out


def oblast(folder: Path) -> AppContext:
    """A fresh data folder whose current organisation is the demo's parent."""
    ctx = open_app(folder)
    with ctx.store.session() as s:
        create_organization(
            s,
            OrganizationInput(
                name=PARENT_NAME,
                bin=OBLAST_BIN,
                level=OrgLevel.OBLAST,
                parent_name="Агентство Республики Казахстан по противодействию коррупции",
                parent_level=OrgLevel.CENTRAL,
            ),
            [
                SignatoryInput(
                    "Нурланов Ержан Маратович",
                    "Руководитель аппарата акима Жамбылской области",
                    SignerRole.CHIEF_OF_STAFF,
                )
            ],
        )
    return ctx


def snapshot(ctx: AppContext) -> tuple[dict[str, int], list[str]]:
    """Row counts of every table and every file under the attachments folder."""
    with ctx.store.session() as s:
        counts = {t.name: s.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}
    root = ctx.blobs.root
    files = sorted(str(p.relative_to(root)) for p in root.rglob("*")) if root.exists() else []
    return counts, files


def rewrite_manifest(source: Path, target: Path, change) -> Path:
    """The same bundle with its manifest edited by change(manifest) in place (files untouched)."""
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename == MANIFEST_NAME:
                manifest = json.loads(data)
                change(manifest)
                data = manifest_bytes(manifest)
            zout.writestr(info, data)
    return target


def as_format_1(manifest: dict) -> None:
    """Turn a manifest (in place) into the shape the format 1 writer gave it:
    no document slots; one signatory for the whole item (here: the first
    signer of its slots); every link at the item, without slot or channel;
    files without a slot. For rewrite_manifest: the files stay as they are."""
    manifest["format_version"] = 1
    manifest.pop("answers", None)
    manifest["organization"].pop("supervised", None)
    for f in manifest.get("files", []):
        f.pop("slot", None)
    for item in manifest["items"]:
        slots = item.pop("slots", [])
        item.pop("complete", None)
        item.pop("judged_by", None)
        item["signatory"] = next((s["signer"] for s in slots if s.get("signer")), None)
        links = [link for s in slots for link in s.get("links", [])] + item.get("links", [])
        item["links"] = [{k: v for k, v in link.items() if k != "channel"} for link in links]
        for f in item["files"]:
            f.pop("slot", None)
