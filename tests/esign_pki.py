"""A test PKI built at run time with cryptography: a root «ТЕСТ НУЦ РК (RSA)»,
an intermediate, signer certificates with the Kazakh subject fields and
authority OIDs, and CMS signatures made with PKCS7SignatureBuilder. Nothing
binary is kept in the repository."""

from __future__ import annotations

import base64
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from asn1crypto import cms as acms
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tbn4_desktop.core.validation import iin_bin_check_digit

NOW = datetime.now(UTC).replace(microsecond=0)
FIRST_HEAD = x509.ObjectIdentifier("1.2.398.3.3.4.1.2.1")
LEGAL_ENTITY = x509.ObjectIdentifier("1.2.398.3.3.4.1.2")
EMPLOYEE = x509.ObjectIdentifier("1.2.398.3.3.4.1.2.5")
DOCUMENT = "Приказ № 15 от 01.03.2025 «Об утверждении плана»\n".encode()


def with_check_digit(first11: str) -> str:
    for prefix in range(100):  # vary the serial digits until a check digit exists
        candidate = first11[:-2] + f"{prefix:02d}"
        digit = iin_bin_check_digit(candidate)
        if digit is not None:
            return candidate + str(digit)
    raise AssertionError(first11)


IVANOV_IIN = with_check_digit("85010130012")  # born 01.01.1985, male
PETROVA_IIN = with_check_digit("90020240034")  # born 02.02.1990, female
ORG_BIN = with_check_digit("12034001234")


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass
class Issued:
    cert: x509.Certificate
    key: rsa.RSAPrivateKey

    @property
    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    @property
    def pem(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.PEM)


def _ca_name(cn: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ")])


def issue(
    subject: x509.Name,
    issuer: Issued | None,
    *,
    ca: bool,
    start: datetime | None = None,
    end: datetime | None = None,
    eku: tuple[x509.ObjectIdentifier, ...] = (),
    key=None,
) -> Issued:
    key = key or _key()
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer.cert.subject if issuer else subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start or NOW - timedelta(days=30))
        .not_valid_after(end or NOW + timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if eku:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION, *eku]), critical=False
        )
    cert = builder.sign(issuer.key if issuer else key, hashes.SHA256())
    return Issued(cert, key)


def person(cn: str, surname: str, patronymic: str, iin: str, org: str | None = None) -> x509.Name:
    attrs = [
        x509.NameAttribute(NameOID.COMMON_NAME, cn),
        x509.NameAttribute(NameOID.SURNAME, surname),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, f"IIN{iin}"),
        x509.NameAttribute(NameOID.COUNTRY_NAME, "KZ"),
    ]
    if org:
        attrs += [
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, org),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"BIN{ORG_BIN}"),
        ]
    attrs.append(x509.NameAttribute(NameOID.GIVEN_NAME, patronymic))
    return x509.Name(attrs)


@dataclass
class Pki:
    root: Issued
    intermediate: Issued
    ivanov: Issued  # first head of the organisation, valid now
    petrova: Issued  # another person, same organisation
    expired: Issued  # Ivanov's old certificate, expired last year
    stranger_root: Issued  # a CA that is not НУЦ РК
    stranger: Issued
    cache: dict = field(default_factory=dict)

    def crl(self, *revoked: Issued, signer: Issued | None = None) -> bytes:
        """A DER CRL of the intermediate listing `revoked`."""
        issuer = signer or self.intermediate
        builder = (
            x509.CertificateRevocationListBuilder()
            .issuer_name(self.intermediate.cert.subject)
            .last_update(NOW - timedelta(days=1))
            .next_update(NOW + timedelta(days=6))
        )
        for item in revoked:
            builder = builder.add_revoked_certificate(
                x509.RevokedCertificateBuilder()
                .serial_number(item.cert.serial_number)
                .revocation_date(NOW - timedelta(hours=2))
                .build()
            )
        return builder.sign(issuer.key, hashes.SHA256()).public_bytes(serialization.Encoding.DER)


def build_pki() -> Pki:
    root = issue(
        _ca_name("ТЕСТ НУЦ РК (RSA)"), None, ca=True, start=NOW - timedelta(days=3650), end=NOW + timedelta(days=3650)
    )
    intermediate = issue(
        _ca_name("ТЕСТ ҰКО (RSA)"), root, ca=True, start=NOW - timedelta(days=1000), end=NOW + timedelta(days=1000)
    )
    org = "ГУ «ТЕСТОВЫЙ АКИМАТ»"
    ivanov = issue(
        person("ИВАНОВ ИВАН", "ИВАНОВ", "ИВАНОВИЧ", IVANOV_IIN, org),
        intermediate,
        ca=False,
        eku=(LEGAL_ENTITY, FIRST_HEAD),
    )
    petrova = issue(
        person("ПЕТРОВА АННА", "ПЕТРОВА", "СЕРГЕЕВНА", PETROVA_IIN, org),
        intermediate,
        ca=False,
        eku=(LEGAL_ENTITY, EMPLOYEE),
    )
    expired = issue(
        person("ИВАНОВ ИВАН", "ИВАНОВ", "ИВАНОВИЧ", IVANOV_IIN, org),
        intermediate,
        ca=False,
        start=NOW - timedelta(days=800),
        end=NOW - timedelta(days=435),
        eku=(LEGAL_ENTITY, FIRST_HEAD),
    )
    stranger_root = issue(_ca_name("НЕИЗВЕСТНЫЙ УЦ"), None, ca=True)
    stranger = issue(person("ИВАНОВ ИВАН", "ИВАНОВ", "ИВАНОВИЧ", IVANOV_IIN), stranger_root, ca=False)
    return Pki(root, intermediate, ivanov, petrova, expired, stranger_root, stranger)


def sign(
    signer: Issued,
    data: bytes = DOCUMENT,
    *,
    detached: bool = True,
    extra: tuple[Issued, ...] = (),
    pss: bool = False,
    encoding: str = "der",
    also: tuple[Issued, ...] = (),
    attributes: bool = True,
    digest: hashes.HashAlgorithm | None = None,
) -> bytes:
    """A CMS signature of `data`: DER, "base64" (line breaks) or "pem"
    (armour); `also`: more signers; `attributes=False`: no signed attributes."""
    builder = pkcs7.PKCS7SignatureBuilder().set_data(data)
    for item in (signer, *also):
        is_rsa = isinstance(item.key, rsa.RSAPrivateKey)
        builder = builder.add_signer(
            item.cert,
            item.key,
            digest or hashes.SHA256(),
            rsa_padding=(padding.PSS(padding.MGF1(hashes.SHA256()), 32) if pss and is_rsa else None),
        )
    for item in extra:
        builder = builder.add_certificate(item.cert)
    options = [pkcs7.PKCS7Options.Binary] + ([pkcs7.PKCS7Options.DetachedSignature] if detached else [])
    if not attributes:
        options.append(pkcs7.PKCS7Options.NoAttributes)
    if encoding == "pem":
        return builder.sign(serialization.Encoding.PEM, options)
    der = builder.sign(serialization.Encoding.DER, options)
    if encoding == "base64":
        return base64.encodebytes(der)
    return der


def as_gost(der: bytes) -> bytes:
    """The same CMS with the signer's algorithms replaced by the Kazakh GOST
    OIDs (ГОСТ 34.311-95 hash, ГОСТ 34.310-2004 signature)."""
    info = acms.ContentInfo.load(der)
    signer = info["content"]["signer_infos"][0]
    signer["digest_algorithm"] = acms.DigestAlgorithm({"algorithm": "1.2.398.3.10.1.3.1"})
    signer["signature_algorithm"] = acms.SignedDigestAlgorithm({"algorithm": "1.2.398.3.10.1.1.1.2"})
    info["content"]["digest_algorithms"] = [acms.DigestAlgorithm({"algorithm": "1.2.398.3.10.1.3.1"})]
    return info.dump(force=True)


def resigned(der: bytes, signer: Issued, data: bytes, digest: str) -> bytes:
    """The CMS re-signed by hand with another digest (`sha1`…): the
    builder refuses SHA-1, which old signatures still use."""
    import hashlib

    info = acms.ContentInfo.load(der)
    si = info["content"]["signer_infos"][0]
    si["digest_algorithm"] = acms.DigestAlgorithm({"algorithm": digest})
    info["content"]["digest_algorithms"] = [acms.DigestAlgorithm({"algorithm": digest})]
    for attr in si["signed_attrs"]:
        if attr["type"].native == "message_digest":
            attr["values"] = [hashlib.new(digest, data).digest()]
    signed = b"\x31" + si["signed_attrs"].dump(force=True)[1:]
    si["signature_algorithm"] = acms.SignedDigestAlgorithm({"algorithm": "rsassa_pkcs1v15"})
    si["signature"] = signer.key.sign(signed, padding.PKCS1v15(), getattr(hashes, digest.upper())())
    return info.dump(force=True)


def _tlvs(data: bytes) -> list[tuple[int, bytes]]:
    """The DER TLVs of `data` as (tag byte, contents)."""
    items, i = [], 0
    while i < len(data):
        tag, length = data[i], data[i + 1]
        i += 2
        if length & 0x80:
            count = length & 0x7F
            length = int.from_bytes(data[i : i + count], "big")
            i += count
        items.append((tag, data[i : i + length]))
        i += length
    return items


def as_ber(der: bytes) -> bytes:
    """An attached CMS re-encoded the way streaming (Java) signers write it:
    indefinite lengths down to the content, and the content as a
    constructed OCTET STRING in chunks of 16 bytes."""

    def down(tag: int, contents: bytes, path: tuple[int, ...]) -> bytes:
        if not path:  # the content OCTET STRING
            chunks = b"".join(
                bytes([0x04, len(contents[i : i + 16])]) + contents[i : i + 16] for i in range(0, len(contents), 16)
            )
            return b"\x24\x80" + chunks + b"\x00\x00"
        parts = []
        for index, (child_tag, child) in enumerate(_tlvs(contents)):
            if index == path[0]:
                parts.append(down(child_tag, child, path[1:]))
            else:
                parts.append(_tlv(child_tag, child))
        return bytes([tag, 0x80]) + b"".join(parts) + b"\x00\x00"

    ((tag, contents),) = _tlvs(der)
    # ContentInfo → [0] → SignedData → encapContentInfo → [0] → OCTET STRING
    return down(tag, contents, (1, 0, 2, 1, 0))


def _tlv(tag: int, contents: bytes) -> bytes:
    n = len(contents)
    if n < 0x80:
        return bytes([tag, n]) + contents
    size = n.to_bytes((n.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(size)]) + size + contents


def with_timestamp(der: bytes, gen: datetime) -> bytes:
    """The CMS with an RFC 3161 token (genTime `gen`) in the signer's
    unsigned attributes; the token itself is not signed (not checked)."""
    from asn1crypto import algos, core, tsp

    tst = tsp.TSTInfo(
        {
            "version": 1,
            "policy": "1.2.3",
            "serial_number": 1,
            "gen_time": gen,
            "message_imprint": {
                "hash_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
                "hashed_message": b"\x00" * 32,
            },
        }
    )
    token = acms.ContentInfo(
        {
            "content_type": "signed_data",
            "content": acms.SignedData(
                {
                    "version": "v3",
                    "digest_algorithms": [],
                    "signer_infos": [],
                    "encap_content_info": {"content_type": "tst_info", "content": core.ParsableOctetString(tst.dump())},
                }
            ),
        }
    )
    info = acms.ContentInfo.load(der)
    info["content"]["signer_infos"][0]["unsigned_attrs"] = [{"type": "signature_time_stamp_token", "values": [token]}]
    return info.dump(force=True)
