"""What a Kazakh (НУЦ РК) certificate says: the person, IIN, organisation,
BIN, issuer, validity, key algorithm and the authority OIDs in words.

The authority OIDs are those of the Order of the Minister of Digital
Development (adilet V2000021440): 1.2.398.3.3.4.1.x under extended key usage
(some certificates carry them as policies; both are read)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import ExtensionOID, NameOID

from tbn4_desktop.core.esign.cms import SignatureError
from tbn4_desktop.core.esign.terms import AUTHORITY_LABELS, GOST_PREFIXES, is_gost  # noqa: F401 - re-exported
from tbn4_desktop.core.validation import bin_error, iin_error
from tbn4_desktop.i18n import tr

_KEY_ALGORITHMS = {
    "1.2.840.113549.1.1.1": "RSA",
    "1.2.840.10045.2.1": "ECDSA",
    "1.3.101.112": "Ed25519",
}
_IIN = re.compile(r"IIN(\d{12})")
_BIN = re.compile(r"BIN(\d{12})")


@dataclass(frozen=True)
class KzCertificate:
    full_name: str  # CN (surname and given name) + GIVENNAME (patronymic)
    common_name: str
    surname: str
    patronymic: str
    iin: str  # "" when the certificate has none
    iin_problem: str | None  # a Russian sentence when the IIN's check digit fails
    organization: str
    bin: str
    bin_problem: str | None
    issuer: str  # the issuer's CN
    serial: str  # hexadecimal, as НУЦ РК prints it
    not_before: datetime
    not_after: datetime
    key_algorithm: str
    key_algorithm_oid: str
    authority_oids: tuple[str, ...]
    der: bytes

    @property
    def authorities(self) -> tuple[str, ...]:
        """The authority OIDs in words, in the current language."""
        return tuple(tr(AUTHORITY_LABELS[oid]) for oid in self.authority_oids if oid in AUTHORITY_LABELS)

    @property
    def gost(self) -> bool:
        return is_gost(self.key_algorithm_oid)


def load_certificate(der: bytes) -> x509.Certificate:
    try:
        return x509.load_der_x509_certificate(der)
    except (ValueError, x509.InvalidVersion):
        raise SignatureError(tr("Сертификат в подписи повреждён и не читается.")) from None


def _first(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    values = name.get_attributes_for_oid(oid)
    return str(values[0].value).strip() if values else ""


def _all(name: x509.Name, oid: x509.ObjectIdentifier) -> list[str]:
    return [str(a.value).strip() for a in name.get_attributes_for_oid(oid)]


def _authority_oids(cert: x509.Certificate) -> tuple[str, ...]:
    oids: list[str] = []
    for ext_oid in (ExtensionOID.EXTENDED_KEY_USAGE, ExtensionOID.CERTIFICATE_POLICIES):
        try:
            ext = cert.extensions.get_extension_for_oid(ext_oid).value
        except (x509.ExtensionNotFound, ValueError):
            continue
        # The value's class follows from the extension's OID.
        if ext_oid == ExtensionOID.CERTIFICATE_POLICIES:
            items = [p.policy_identifier for p in cast(x509.CertificatePolicies, ext)]
        else:
            items = list(cast(x509.ExtendedKeyUsage, ext))
        oids.extend(o.dotted_string for o in items if o.dotted_string.startswith("1.2.398.3.3.4.1."))
    return tuple(dict.fromkeys(oids))


def describe(cert: x509.Certificate) -> KzCertificate:
    """The fields of a certificate as НУЦ РК fills them; absent fields are ""."""
    subject = cert.subject
    common_name = _first(subject, NameOID.COMMON_NAME)
    patronymic = _first(subject, NameOID.GIVEN_NAME)
    full_name = " ".join(p for p in (common_name, patronymic) if p)
    serial_number = _first(subject, NameOID.SERIAL_NUMBER)
    iin_match = _IIN.fullmatch(serial_number)
    iin = iin_match.group(1) if iin_match else ""
    bin_ = next((m.group(1) for m in map(_BIN.fullmatch, _all(subject, NameOID.ORGANIZATIONAL_UNIT_NAME)) if m), "")
    key_oid = cert.public_key_algorithm_oid.dotted_string
    return KzCertificate(
        full_name=full_name,
        common_name=common_name,
        surname=_first(subject, NameOID.SURNAME),
        patronymic=patronymic,
        iin=iin,
        iin_problem=iin_error(iin) if iin else None,
        organization=_first(subject, NameOID.ORGANIZATION_NAME),
        bin=bin_,
        bin_problem=bin_error(bin_) if bin_ else None,
        issuer=_first(cert.issuer, NameOID.COMMON_NAME) or cert.issuer.rfc4514_string(),
        serial=f"{cert.serial_number:x}",
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        key_algorithm=_KEY_ALGORITHMS.get(key_oid, tr("ГОСТ") if is_gost(key_oid) else key_oid),
        key_algorithm_oid=key_oid,
        authority_oids=_authority_oids(cert),
        der=cert.public_bytes(Encoding.DER),
    )
