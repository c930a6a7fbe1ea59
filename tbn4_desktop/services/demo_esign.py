"""An electronically signed document for the demo year: a demonstration
certification authority (named as such — it is not НУЦ РК, and its chain is
reported «не проверено»), a certificate with the Kazakh subject fields
(ИИН, БИН, the «Первый руководитель» authority) for a demo signatory, and a
detached CMS signature like NCALayer's, so that a new user sees an e-signed
document, its badge and «Сведения о подписи» before using their own."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from functools import cache

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID

from tbn4_desktop.core.esign.terms import FIRST_HEAD_OID

DEMO_CA_NAME = "ДЕМО УЦ (не НУЦ РК)"  # i18n: ru-only — demo certificate data
LEGAL_ENTITY_OID = "1.2.398.3.3.4.1.2"


@cache
def _keys() -> tuple[rsa.RSAPrivateKey, rsa.RSAPrivateKey]:
    """The authority's and the signer's keys, made once a process (about
    0.1 s): the demo is created again and again in a session of tests."""
    return (
        rsa.generate_private_key(public_exponent=65537, key_size=2048),
        rsa.generate_private_key(public_exponent=65537, key_size=2048),
    )


def _certificate(
    subject: x509.Name,
    issuer: x509.Name,
    public_key: rsa.RSAPublicKey,
    signing_key: rsa.RSAPrivateKey,
    *,
    ca: bool,
    start: datetime,
    end: datetime,
) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
    )
    if not ca:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([x509.ObjectIdentifier(LEGAL_ENTITY_OID), x509.ObjectIdentifier(FIRST_HEAD_OID)]),
            critical=False,
        )
    return builder.sign(signing_key, hashes.SHA256())


def demo_signature(
    document: bytes, *, full_name: str, iin: str, organization: str, bin_: str, signed: datetime | None = None
) -> bytes:
    """A detached CMS signature (DER) of `document` by a demo certificate
    issued to `full_name` («Фамилия Имя Отчество»), as НУЦ РК fills one."""
    now = signed or datetime.now(UTC)
    surname, given, *patronymic = full_name.upper().split()
    ca_key, key = _keys()
    ca_name = x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, DEMO_CA_NAME), x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ")]
    )
    ca = _certificate(
        ca_name,
        ca_name,
        ca_key.public_key(),
        ca_key,
        ca=True,
        start=now - timedelta(days=730),
        end=now + timedelta(days=3650),
    )
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"{surname} {given}"),
            x509.NameAttribute(NameOID.SURNAME, surname),
            x509.NameAttribute(NameOID.SERIAL_NUMBER, f"IIN{iin}"),
            x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organization.upper()),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"BIN{bin_}"),
            *([x509.NameAttribute(NameOID.GIVEN_NAME, " ".join(patronymic))] if patronymic else []),
        ]
    )
    cert = _certificate(
        subject,
        ca_name,
        key.public_key(),
        ca_key,
        ca=False,
        start=now - timedelta(days=365),
        end=now + timedelta(days=365),
    )
    builder = (
        pkcs7.PKCS7SignatureBuilder().set_data(document).add_signer(cert, key, hashes.SHA256()).add_certificate(ca)
    )
    return builder.sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary, pkcs7.PKCS7Options.DetachedSignature])
