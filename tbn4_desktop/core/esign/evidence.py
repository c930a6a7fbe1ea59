"""A signature file as evidence of a confirming document: which stored
document a detached signature signs (by the digest it signed), and the
facts about its signers that never change once it is attached — who,
with which certificate, when, and whether the signed digest matched.

Those facts are kept with the attachment (JSON) so the checklist, the
inventory and the bundle read them without parsing the signature again;
the chain, the signing time against validity and revocation depend on
today and on the trusted certificates, and are checked when shown
(verify.check_signature)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tbn4_desktop.core.esign.terms import (
    AUTHORITY_LABELS,
    FIRST_HEAD_OID,
    RIGHT_OF_SIGNATURE_OID,
    Status,
    is_gost,
)
from tbn4_desktop.i18n import tr

if TYPE_CHECKING:
    from tbn4_desktop.core.esign.cms import SignedData
    from tbn4_desktop.core.esign.verify import SignatureReport

_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class SignerFacts:
    name: str
    iin: str
    bin: str
    organization: str
    authority_oids: tuple[str, ...]
    issuer: str
    serial: str
    not_before: datetime | None
    not_after: datetime | None
    signed_at: datetime | None  # the timestamp's time, else the signer's clock
    integrity: Status  # the signed digest against the document
    signature: Status  # the signature against the certificate's key
    gost: bool

    @property
    def authorities(self) -> tuple[str, ...]:
        """The authority OIDs in words, in the interface's language."""
        return tuple(tr(AUTHORITY_LABELS[o]) for o in self.authority_oids if o in AUTHORITY_LABELS)

    @property
    def may_sign_for_organization(self) -> bool:
        """First head or right of signature: the certificate lets its holder
        sign the organisation's documents (not only «Сотрудник организации»)."""
        return FIRST_HEAD_OID in self.authority_oids or RIGHT_OF_SIGNATURE_OID in self.authority_oids

    @property
    def first_head(self) -> bool:
        return FIRST_HEAD_OID in self.authority_oids


@dataclass(frozen=True)
class SignatureFacts:
    detached: bool
    signers: tuple[SignerFacts, ...]

    @property
    def intact(self) -> bool:
        """No signer's digest or signature failed (GOST: not checked, not failed)."""
        return all(Status.FAILED not in (s.integrity, s.signature) for s in self.signers)

    def to_json(self) -> str:
        return json.dumps(
            {"detached": self.detached, "signers": [_signer_dict(s) for s in self.signers]},
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str | None) -> SignatureFacts | None:
        """The stored facts; None for no text or text this code cannot read
        (never an exception: a damaged row must not stop a checklist)."""
        if not text:
            return None
        try:
            data = json.loads(text)
            return cls(detached=bool(data["detached"]), signers=tuple(_signer_from(s) for s in data["signers"]))
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


def _when(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _signer_dict(s: SignerFacts) -> dict[str, Any]:
    return {
        "name": s.name,
        "iin": s.iin,
        "bin": s.bin,
        "organization": s.organization,
        "authority_oids": list(s.authority_oids),
        "issuer": s.issuer,
        "serial": s.serial,
        "not_before": _when(s.not_before),
        "not_after": _when(s.not_after),
        "signed_at": _when(s.signed_at),
        "integrity": s.integrity.value,
        "signature": s.signature.value,
        "gost": s.gost,
    }


def _signer_from(d: dict[str, Any]) -> SignerFacts:
    return SignerFacts(
        name=str(d["name"]),
        iin=str(d["iin"]),
        bin=str(d["bin"]),
        organization=str(d["organization"]),
        authority_oids=tuple(map(str, d["authority_oids"])),
        issuer=str(d["issuer"]),
        serial=str(d["serial"]),
        not_before=_moment(d["not_before"]),
        not_after=_moment(d["not_after"]),
        signed_at=_moment(d["signed_at"]),
        integrity=Status(d["integrity"]),
        signature=Status(d["signature"]),
        gost=bool(d["gost"]),
    )


def facts_of(report: SignatureReport) -> SignatureFacts:
    signers = []
    for s in report.signers:
        cert = s.certificate
        signers.append(
            SignerFacts(
                name=cert.full_name if cert else "",
                iin=cert.iin if cert else "",
                bin=cert.bin if cert else "",
                organization=cert.organization if cert else "",
                authority_oids=cert.authority_oids if cert else (),
                issuer=cert.issuer if cert else "",
                serial=cert.serial if cert else "",
                not_before=cert.not_before if cert else None,
                not_after=cert.not_after if cert else None,
                signed_at=s.timestamp_time or s.signing_time,
                integrity=s.integrity.status,
                signature=s.signature.status,
                gost=s.gost,
            )
        )
    return SignatureFacts(detached=report.detached, signers=tuple(signers))


def read_facts(signature: bytes, document: bytes | None) -> SignatureFacts:
    """The facts of a signature checked against `document` (None: the
    document inside an attached signature); SignatureError as check_signature."""
    from tbn4_desktop.core.esign.verify import check_signature

    return facts_of(check_signature(signature, document, trust=[]))


def _file_digest(path: Path, name: str) -> bytes:
    import hashlib  # here: the module is on the first paint's path, and on Windows hashlib loads OpenSSL's DLL

    digest = hashlib.new(name)
    with Path(path).open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.digest()


def signed_document(signed: SignedData, candidates: Sequence[tuple[str, Path]]) -> str | None:
    """Which of the stored documents (SHA-256, path) a detached signature
    signs: the one whose digest is the signed messageDigest. None when none
    is, or when it cannot be told (GOST digests, no signed attributes)."""
    for signer in signed.signers:
        if signer.message_digest is None or is_gost(signer.digest_oid):
            continue
        if signer.digest_name == "sha256":
            wanted = signer.message_digest.hex()
            found = next((sha for sha, _path in candidates if sha == wanted), None)
        else:
            try:
                found = next(
                    (
                        sha
                        for sha, path in candidates
                        if _file_digest(path, signer.digest_name) == signer.message_digest
                    ),
                    None,
                )
            except (ValueError, OSError):  # an unknown hash name, an unreadable file
                found = None
        if found is not None:
            return found
    return None


def can_match_by_digest(signed: SignedData) -> bool:
    """False for signatures whose digest this program cannot compute (GOST)."""
    return any(s.message_digest is not None and not is_gost(s.digest_oid) for s in signed.signers)


def signer_names(facts: Iterable[SignerFacts]) -> str:
    return ", ".join(s.name or "—" for s in facts)
