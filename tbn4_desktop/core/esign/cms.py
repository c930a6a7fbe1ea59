"""A CMS/PKCS#7 SignedData read without trust: DER, Base64 (with or
without PEM armour and line breaks), detached or attached. The type is
decided by content, never by the file name's extension."""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import datetime

from asn1crypto import cms as acms
from asn1crypto import core as acore
from asn1crypto import tsp as atsp
from asn1crypto import x509 as ax509

from tbn4_desktop.i18n import tr

# id-aa-signatureTimeStampToken (RFC 3161, appendix A)
TIMESTAMP_TOKEN_OID = "1.2.840.113549.1.9.16.2.14"
_ARMOUR = re.compile(rb"-----(BEGIN|END) [A-Z0-9 #]+-----")
_BASE64 = re.compile(rb"[A-Za-z0-9+/=\s]+")
# Errors asn1crypto raises on malformed input while parsing lazily.
_PARSE_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError)


class SignatureError(ValueError):
    """Not a signature, or one that cannot be read: one Russian sentence."""


@dataclass(frozen=True)
class SignerData:
    """One SignerInfo as it is written; nothing here is checked yet."""

    certificate: bytes | None  # DER of the signer's certificate among those carried
    digest_oid: str
    digest_name: str  # asn1crypto's name ("sha256") or the dotted OID
    signature_oid: str
    signature_name: str
    signature_parameters: object  # asn1crypto's native parameters (RSASSA-PSS), or None
    signature: bytes
    signed_attributes: bytes | None  # DER re-encoded as SET OF: what the signature covers
    message_digest: bytes | None
    signing_time: datetime | None
    content_type: str | None
    timestamp_time: datetime | None  # genTime of an RFC 3161 token in the unsigned attributes


@dataclass(frozen=True)
class SignedData:
    content: bytes | None  # the encapsulated content; None for a detached signature
    content_type: str
    signers: tuple[SignerData, ...]
    certificates: tuple[bytes, ...]  # DER of every certificate carried

    @property
    def detached(self) -> bool:
        return self.content is None


def _not_a_signature() -> SignatureError:
    return SignatureError(tr("Файл не является электронной подписью (CMS/PKCS#7) или повреждён."))


def to_der(data: bytes) -> bytes:
    """DER as is; Base64 (PEM armour and line breaks allowed) decoded."""
    if data[:1] == b"\x30":
        return data
    text = _ARMOUR.sub(b"", data.strip())
    if not text or not _BASE64.fullmatch(text):
        raise _not_a_signature()
    try:
        der = base64.b64decode(b"".join(text.split()), validate=True)
    except (binascii.Error, ValueError):
        raise _not_a_signature() from None
    if der[:1] != b"\x30":
        raise _not_a_signature()
    return der


def read_signed_data(data: bytes) -> SignedData:
    """The signature's parts, or SignatureError with one Russian sentence."""
    der = to_der(data)
    try:
        info = acms.ContentInfo.load(der, strict=True)
        if info["content_type"].native != "signed_data":
            raise _not_a_signature()
        signed = info["content"]
        certificates = (
            tuple(c.chosen.dump() for c in signed["certificates"] if c.name == "certificate")
            if signed["certificates"].native is not None
            else ()
        )
        parsed = [ax509.Certificate.load(c) for c in certificates]
        encap = signed["encap_content_info"]
        content = _content_bytes(encap["content"])
        signers = tuple(_signer(si, parsed) for si in signed["signer_infos"])
        content_type = encap["content_type"].dotted
    except SignatureError:
        raise
    except _PARSE_ERRORS:
        raise _not_a_signature() from None
    if not signers:
        raise SignatureError(tr("В файле подписи нет ни одной подписи."))
    return SignedData(content, content_type, signers, certificates)


def _content_bytes(value: acore.Asn1Value) -> bytes | None:
    if isinstance(value, acore.Void) or value.native is None:
        return None
    if isinstance(value, acore.OctetString):
        octets: bytes = value.native
        return octets
    if isinstance(value, acore.ParsableOctetString):
        return value.native if isinstance(value.native, bytes) else value.contents
    contents: bytes = value.contents
    return contents


def _signer(si: acms.SignerInfo, certificates: list[ax509.Certificate]) -> SignerData:
    attrs = si["signed_attrs"]
    signed_der = None
    message_digest = signing_time = content_type = None
    if attrs.native is not None and len(attrs):
        # What is signed is the attributes' DER with the universal SET OF
        # tag instead of the implicit [0]: the bytes as written, re-tagged.
        signed_der = b"\x31" + attrs.dump()[1:]
        for attr in attrs:
            kind = attr["type"].dotted
            values = attr["values"]
            if not len(values):
                continue
            if kind == "1.2.840.113549.1.9.4":
                message_digest = values[0].native
            elif kind == "1.2.840.113549.1.9.5":
                signing_time = values[0].native
            elif kind == "1.2.840.113549.1.9.3":
                content_type = values[0].dotted
    digest = si["digest_algorithm"]["algorithm"]
    signature_algorithm = si["signature_algorithm"]
    return SignerData(
        certificate=_signer_certificate(si["sid"], certificates),
        digest_oid=digest.dotted,
        digest_name=digest.native,
        signature_oid=signature_algorithm["algorithm"].dotted,
        signature_name=signature_algorithm["algorithm"].native,
        signature_parameters=signature_algorithm["parameters"].native,
        signature=si["signature"].native,
        signed_attributes=signed_der,
        message_digest=message_digest,
        signing_time=signing_time,
        content_type=content_type,
        timestamp_time=_timestamp_time(si),
    )


def _signer_certificate(sid: acms.SignerIdentifier, certificates: list[ax509.Certificate]) -> bytes | None:
    for cert in certificates:
        if sid.name == "issuer_and_serial_number":
            if cert.issuer == sid.chosen["issuer"] and cert.serial_number == sid.chosen["serial_number"].native:
                der: bytes = cert.dump()
                return der
        elif cert.key_identifier is not None and cert.key_identifier == sid.chosen.native:
            der = cert.dump()
            return der
    return None


def _timestamp_time(si: acms.SignerInfo) -> datetime | None:
    """genTime of the RFC 3161 token; None if absent or unreadable (the
    token is information here, its own signature is not checked)."""
    attrs = si["unsigned_attrs"]
    if attrs.native is None:
        return None
    for attr in attrs:
        if attr["type"].dotted != TIMESTAMP_TOKEN_OID or not len(attr["values"]):
            continue
        try:
            token = attr["values"][0]
            if not isinstance(token, acms.ContentInfo):
                token = acms.ContentInfo.load(token.dump())
            content = token["content"]["encap_content_info"]["content"]
            tst = content.parsed if hasattr(content, "parsed") else None
            if not isinstance(tst, atsp.TSTInfo):
                tst = atsp.TSTInfo.load(_content_bytes(content) or b"")
            gen_time: datetime = tst["gen_time"].native
            return gen_time
        except _PARSE_ERRORS:
            return None
    return None
