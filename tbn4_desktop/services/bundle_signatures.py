"""Electronic signature files (ЭЦП) in the ISPU bundle: which go with the
export, what the manifest says of their signers, what the inventory prints
of them, and, on import, the facts read again from the files themselves
(a manifest's «signers» are informational and never trusted).

The facts are what this program read from the file (who, when, whether the
signed digest matched the document); they are not a check by НУЦ РК."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from tbn4_desktop.core.esign.evidence import SignatureFacts, SignerFacts
from tbn4_desktop.core.esign.terms import AUTHORITY_LABELS, Status
from tbn4_desktop.core.vocabulary import AttachmentRole
from tbn4_desktop.i18n import tr

SIGNATURE = AttachmentRole.SIGNATURE.value


def exported_signatures(files: Sequence[Any]) -> tuple[Any, ...]:
    """An execution's exported files (ScanRow) less the signatures that
    cannot go: facts unreadable or not intact, or a detached signature whose
    document is not exported (a draft): a signature never goes alone."""
    documents = {f.sha256 for f in files if f.role != SIGNATURE}
    out = []
    for f in files:
        if f.role == SIGNATURE:
            facts = SignatureFacts.from_json(f.signature_info)
            if facts is None or not facts.intact or (f.signs_sha256 is not None and f.signs_sha256 not in documents):
                continue
        out.append(f)
    return tuple(out)


def manifest_signers(signature_info: str | None) -> tuple[dict[str, Any], ...]:
    """The manifest «signers» of a stored signature (Russian authority labels)."""
    facts = SignatureFacts.from_json(signature_info)
    return tuple(
        {
            "full_name": s.name,
            "iin": s.iin,
            "bin": s.bin,
            "organization": s.organization,
            "signed_at": s.signed_at.isoformat() if s.signed_at else None,
            "authorities": [AUTHORITY_LABELS[o] for o in s.authority_oids if o in AUTHORITY_LABELS],
            "integrity": Status.OK.value if s.integrity is Status.OK else Status.NOT_CHECKED.value,
        }
        for s in (facts.signers if facts else ())
    )


# ------------------------------------------------------------------ inventory


def _pretty(name: str) -> str:
    # Certificates spell names in capitals: «ИВАНОВ ИВАН ИВАНОВИЧ» → «Иванов Иван Иванович».
    return name.title() if name.isupper() else name


def esign_signer_text(signers: Iterable[SignerFacts]) -> str:
    """«Иванов И. И. (ЭЦП)» per certificate signer (printed in the опись: Russian)."""
    from tbn4_desktop.services.forms import short_name

    names: list[str] = []
    for s in signers:
        if s.name.strip():
            text = f"{short_name(_pretty(s.name))} (ЭЦП)"  # i18n: ru-only — printed in the inventory form
            if text not in names:
                names.append(text)
    return ", ".join(names)


def esign_date(signers: Iterable[SignerFacts]) -> date | None:
    """The day the document was signed (the last signer's, local time)."""
    moments = [s.signed_at for s in signers if s.signed_at is not None]
    if not moments:
        return None
    return max(_local(m) for m in moments).date()


def _local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None) if moment.tzinfo else moment


# ------------------------------------------------------------------ import


class SignatureRefused(Exception):
    """A bundle's signature file that is not evidence; one Russian sentence."""


def read_bundle_signatures(
    items: Sequence[Any], stage: Path, name: str
) -> dict[tuple[int, str], tuple[str | None, str]]:
    """(item index, path) → (signs_sha256, SignatureFacts JSON) of every
    signature file of a verified bundle (ManifestItems, files staged by
    SHA-256), the facts read from the signature and its document. A
    signature that cannot be read or is not intact raises SignatureRefused."""
    from tbn4_desktop.core.esign.cms import SignatureError
    from tbn4_desktop.core.esign.evidence import read_facts

    out: dict[tuple[int, str], tuple[str | None, str]] = {}
    for n, item in enumerate(items):
        by_path = {f.path: f for f in item.files}
        for f in item.files:
            if f.role != SIGNATURE:
                continue
            document = by_path[f.signs] if f.signs is not None else None  # checked by bundle_reader
            try:
                facts = read_facts(
                    (stage / f.sha256).read_bytes(), (stage / document.sha256).read_bytes() if document else None
                )
            except (SignatureError, OSError, ValueError):
                facts = None
            if facts is None or not facts.signers or not facts.intact:
                raise SignatureRefused(
                    tr(
                        "Пакет «{name}» отклонён: подпись «{file}» не читается или не сходится "
                        "со своим документом (файл изменён после подписания)."
                    ).format(name=name, file=f.path)
                )
            out[(n, f.path)] = (document.sha256 if document else None, facts.to_json())
    return out
