"""What can be checked about a signature offline, and exactly what was:
integrity (the signed digest against the file), the signature with the
certificate's key (RSA PKCS#1 v1.5 and PSS, ECDSA), the chain to the given
НУЦ РК certificates, the signing time against the certificate's validity,
and revocation only against a CRL file the user provides.

Every result is a status with one sentence; nothing here is a legal
verdict (that needs НУЦ РК's own KalkanCrypt). GOST signatures are
recognised and reported as not checked: no maintained library verifies
the Kazakh GOST profile."""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.utils import CryptographyDeprecationWarning

from tbn4_desktop.core.esign.cms import SignatureError, SignerData, read_signed_data
from tbn4_desktop.core.esign.kz_cert import (
    KzCertificate,
    describe,
    load_certificate,
)
from tbn4_desktop.core.esign.terms import Status, is_gost
from tbn4_desktop.i18n import tr

TRUST_SUFFIXES = (".cer", ".crt", ".pem", ".der")
_HASHES: dict[str, Callable[[], hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1,
    "sha224": hashes.SHA224,
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}
_MAX_CHAIN = 8
_ALGORITHM_NAMES = {
    "sha1": "SHA-1",
    "sha224": "SHA-224",
    "sha256": "SHA-256",
    "sha384": "SHA-384",
    "sha512": "SHA-512",
    "rsassa_pkcs1v15": "RSA PKCS#1 v1.5",
    "rsassa_pss": "RSA-PSS",
    "ecdsa": "ECDSA",
    **{f"{h}_rsa": f"RSA PKCS#1 v1.5 ({h.upper()})" for h in ("sha1", "sha224", "sha256", "sha384", "sha512")},
    **{f"{h}_ecdsa": f"ECDSA ({h.upper()})" for h in ("sha1", "sha224", "sha256", "sha384", "sha512")},
}


@dataclass(frozen=True)
class Check:
    status: Status
    message: str


class DocumentNeeded(SignatureError):
    """A detached signature given without the document it signs."""


@dataclass(frozen=True)
class SignerReport:
    certificate: KzCertificate | None
    digest_algorithm: str
    signature_algorithm: str
    gost: bool
    signing_time: datetime | None
    timestamp_time: datetime | None
    integrity: Check
    signature: Check
    chain: Check
    time: Check
    revocation: Check

    @property
    def checks(self) -> dict[str, Check]:
        return {
            "integrity": self.integrity,
            "signature": self.signature,
            "chain": self.chain,
            "time": self.time,
            "revocation": self.revocation,
        }


@dataclass(frozen=True)
class SignatureReport:
    heading: str  # «Сведения о подписи»
    disclaimer: str  # this is not a check by НУЦ РК
    detached: bool
    signers: tuple[SignerReport, ...]
    certificates: tuple[KzCertificate, ...]


def moment_text(moment: datetime) -> str:
    """A moment on this computer's clock with its offset, «06.12.2026 10:19 (UTC+5)»:
    the office reads its own time, and the offset keeps it unambiguous."""
    local = _aware(moment).astimezone()
    utc_offset = local.utcoffset()
    minutes = int(utc_offset.total_seconds() // 60) if utc_offset else 0
    hours, rest = divmod(abs(minutes), 60)
    offset = ("+" if minutes >= 0 else "-") + str(hours) + (f":{rest:02d}" if rest else "")
    return f"{local:%d.%m.%Y %H:%M} (UTC{offset})"


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def trusted_certificates(folders: Iterable[Path]) -> list[x509.Certificate]:
    """Every certificate in *.cer/*.crt/*.pem/*.der of the folders (PEM
    bundles too); a missing folder or an unreadable file is skipped."""
    found: dict[bytes, x509.Certificate] = {}
    for folder in folders:
        try:
            files = sorted(p for p in Path(folder).iterdir() if p.suffix.lower() in TRUST_SUFFIXES and p.is_file())
        except OSError:
            continue
        for path in files:
            try:
                data = path.read_bytes()
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", CryptographyDeprecationWarning)
                    certs = (
                        x509.load_pem_x509_certificates(data)
                        if b"-----BEGIN" in data
                        else [x509.load_der_x509_certificate(data)]
                    )
            except (OSError, ValueError, x509.InvalidVersion):
                continue
            for cert in certs:
                found.setdefault(cert.fingerprint(hashes.SHA256()), cert)
    return list(found.values())


def load_crl(data: bytes) -> x509.CertificateRevocationList:
    try:
        if b"-----BEGIN" in data:
            return x509.load_pem_x509_crl(data)
        return x509.load_der_x509_crl(data)
    except ValueError:
        raise SignatureError(
            tr("Файл списка отзыва (CRL) не читается: это не список отзыва или он повреждён.")
        ) from None


def check_signature(
    signature_bytes: bytes,
    document_bytes: bytes | None,
    trust: list[x509.Certificate],
    crl: bytes | None = None,
    now: datetime | None = None,
) -> SignatureReport:
    """«Сведения о подписи» for every signer; SignatureError (one Russian
    sentence) when the file is not a signature, the CRL is unreadable or a
    detached signature comes without its document (DocumentNeeded)."""
    with warnings.catch_warnings():
        # cryptography warns about what RFC 5280 disallows (a negative
        # serial number): the report is what the user sees, not a warning.
        warnings.simplefilter("ignore", CryptographyDeprecationWarning)
        return _check(signature_bytes, document_bytes, trust, crl, now)


def _check(
    signature_bytes: bytes,
    document_bytes: bytes | None,
    trust: list[x509.Certificate],
    crl: bytes | None,
    now: datetime | None,
) -> SignatureReport:
    signed = read_signed_data(signature_bytes)
    if signed.detached and document_bytes is None:
        raise DocumentNeeded(tr("Подпись отделена от документа: укажите подписанный файл."))
    content = document_bytes if document_bytes is not None else signed.content
    revocations = load_crl(crl) if crl is not None else None
    carried = [load_certificate(der) for der in signed.certificates]
    now = _aware(now or datetime.now(UTC))
    try:
        signers = tuple(_signer_report(s, content or b"", carried, trust, revocations, now) for s in signed.signers)
        certificates = tuple(describe(c) for c in carried)
    except ValueError:  # a name or an extension that does not parse
        raise SignatureError(tr("Сертификат в подписи повреждён и не читается.")) from None
    return SignatureReport(
        heading=tr("Сведения о подписи"),
        disclaimer=tr(
            "Это сведения, прочитанные из файла подписи программой, а не проверка НУЦ РК: "
            "юридическую силу подписи подтверждает только НУЦ РК."
        ),
        detached=signed.detached,
        signers=signers,
        certificates=certificates,
    )


def _signer_report(
    signer: SignerData,
    content: bytes,
    carried: list[x509.Certificate],
    trust: list[x509.Certificate],
    crl: x509.CertificateRevocationList | None,
    now: datetime,
) -> SignerReport:
    cert = load_certificate(signer.certificate) if signer.certificate else None
    gost = (
        is_gost(signer.digest_oid)
        or is_gost(signer.signature_oid)
        or (cert is not None and is_gost(cert.public_key_algorithm_oid.dotted_string))
    )
    integrity, signature = _integrity_and_signature(signer, content, cert, gost)
    moment = signer.timestamp_time or signer.signing_time
    moment = _aware(moment) if moment else None
    return SignerReport(
        certificate=describe(cert) if cert else None,
        digest_algorithm=_algorithm(signer.digest_name, signer.digest_oid),
        signature_algorithm=_algorithm(signer.signature_name, signer.signature_oid),
        gost=gost,
        signing_time=signer.signing_time,
        timestamp_time=signer.timestamp_time,
        integrity=integrity,
        signature=signature,
        chain=_chain(cert, carried, trust) if cert else _no_certificate(),
        time=_time(cert, moment, now) if cert else _no_certificate(),
        revocation=_revocation(cert, crl, carried, trust, moment) if cert else _no_certificate(),
    )


def _algorithm(name: str, oid: str) -> str:
    if is_gost(oid):
        return tr("ГОСТ ({oid})").format(oid=oid)
    return _ALGORITHM_NAMES.get(name, name)


def _cn(name: x509.Name) -> str:
    values = name.get_attributes_for_oid(x509.NameOID.COMMON_NAME)
    return str(values[0].value) if values else name.rfc4514_string()


def _no_certificate() -> Check:
    return Check(Status.NOT_CHECKED, tr("Сертификат подписавшего не найден в файле подписи."))


def _integrity_and_signature(
    signer: SignerData, content: bytes, cert: x509.Certificate | None, gost: bool
) -> tuple[Check, Check]:
    if gost:
        return (
            Check(
                Status.NOT_CHECKED,
                tr("Подпись ГОСТ: целостность не проверена (программа не проверяет алгоритмы ГОСТ)."),
            ),
            Check(Status.NOT_CHECKED, tr("Подпись ГОСТ не проверена: программа не проверяет алгоритмы ГОСТ.")),
        )
    algorithm = _HASHES.get(signer.digest_name)
    if algorithm is None:
        text = tr("Алгоритм хеширования {oid} неизвестен программе: целостность не проверена.").format(
            oid=signer.digest_oid
        )
        return Check(Status.NOT_CHECKED, text), Check(Status.NOT_CHECKED, text)
    if signer.signed_attributes is None:
        # No signed attributes: the signature covers the content itself.
        signature = _verify(signer, signer.signature, content, algorithm, cert)
        if signature.status is Status.FAILED:
            return Check(Status.FAILED, tr("Файл изменён после подписания или подпись не от этого файла.")), signature
        return Check(
            signature.status,
            signature.message if signature.status is not Status.OK else tr("Файл не изменён после подписания."),
        ), signature
    if signer.message_digest is None:
        integrity = Check(Status.FAILED, tr("В подписи нет хеша подписанного файла (messageDigest)."))
    elif hashlib.new(signer.digest_name, content).digest() == signer.message_digest:
        integrity = Check(Status.OK, tr("Файл не изменён после подписания."))
    else:
        integrity = Check(Status.FAILED, tr("Файл изменён после подписания или подпись не от этого файла."))
    return integrity, _verify(signer, signer.signature, signer.signed_attributes, algorithm, cert)


def _verify(
    signer: SignerData,
    signature: bytes,
    data: bytes,
    algorithm: Callable[[], hashes.HashAlgorithm],
    cert: x509.Certificate | None,
) -> Check:
    if cert is None:
        return Check(Status.NOT_CHECKED, tr("Подпись не проверена: сертификат подписавшего не найден в файле."))
    try:
        key = cert.public_key()
        name = signer.signature_name
        if isinstance(key, rsa.RSAPublicKey) and name == "rsassa_pss":
            # asn1crypto gives RSASSA-PSS parameters as a dict
            params = cast("dict[str, Any]", signer.signature_parameters or {})
            pss_hash = _HASHES.get((params.get("hash_algorithm") or {}).get("algorithm") or "sha1", algorithm)
            key.verify(
                signature, data, padding.PSS(padding.MGF1(pss_hash()), params.get("salt_length", 20)), pss_hash()
            )
        elif isinstance(key, rsa.RSAPublicKey) and "rsa" in name:
            key.verify(signature, data, padding.PKCS1v15(), algorithm())
        elif isinstance(key, ec.EllipticCurvePublicKey) and "ecdsa" in name:
            key.verify(signature, data, ec.ECDSA(algorithm()))
        else:
            return Check(
                Status.NOT_CHECKED,
                tr("Алгоритм подписи {name} не проверяется программой.").format(name=signer.signature_oid),
            )
    except InvalidSignature:
        return Check(
            Status.FAILED, tr("Подпись не соответствует ключу сертификата: подпись поддельная или повреждена.")
        )
    except (UnsupportedAlgorithm, ValueError, TypeError):
        return Check(
            Status.NOT_CHECKED,
            tr("Алгоритм подписи {name} не проверяется программой.").format(name=signer.signature_oid),
        )
    return Check(Status.OK, tr("Подпись сделана ключом этого сертификата."))


def _issued_by(cert: x509.Certificate, issuer: x509.Certificate) -> bool | None:
    """True: `issuer` signed `cert`; False: it did not; None: a GOST (or
    otherwise unsupported) link, not checked."""
    if cert.issuer != issuer.subject:
        return False
    try:
        cert.verify_directly_issued_by(issuer)
    except InvalidSignature:
        return False
    except (UnsupportedAlgorithm, TypeError, ValueError):
        return None
    return True


def _chain(cert: x509.Certificate, carried: list[x509.Certificate], trust: list[x509.Certificate]) -> Check:
    if not trust:
        return Check(Status.NOT_CHECKED, tr("Цепочка не проверена: корневые сертификаты НУЦ РК не установлены."))
    anchors = {c.fingerprint(hashes.SHA256()) for c in trust}
    unchecked = False
    current = cert
    for _ in range(_MAX_CHAIN):
        if current.fingerprint(hashes.SHA256()) in anchors:
            anchor = current
            break
        issuer: x509.Certificate | None = None
        link: bool | None = False
        for candidate in [*trust, *carried]:
            link = _issued_by(current, candidate)
            if link is not False and candidate != current:
                issuer = candidate
                break
        if issuer is None:
            return Check(
                Status.FAILED,
                tr(
                    "Сертификат выдан не НУЦ РК или цепочка до корневого сертификата "
                    "НУЦ РК не найдена (издатель: {issuer})."
                ).format(issuer=_cn(current.issuer)),
            )
        unchecked = unchecked or link is None
        current = issuer
    else:
        return Check(Status.FAILED, tr("Цепочка сертификатов слишком длинная или замкнута."))
    if unchecked:
        return Check(
            Status.NOT_CHECKED,
            tr("Цепочка до сертификата НУЦ РК «{anchor}» найдена по именам; звенья ГОСТ не проверены.").format(
                anchor=_cn(anchor.subject)
            ),
        )
    return Check(
        Status.OK,
        tr(
            "Сертификат ведёт к установленному сертификату НУЦ РК «{anchor}» (действует по "
            "{end}): каждое звено цепочки проверено."
        ).format(anchor=_cn(anchor.subject), end=f"{anchor.not_valid_after_utc:%d.%m.%Y}"),
    )


def _time(cert: x509.Certificate, moment: datetime | None, now: datetime) -> Check:
    start, end = cert.not_valid_before_utc, cert.not_valid_after_utc
    if moment is None:
        if start <= now <= end:
            text = tr("Время подписания в подписи не указано; на {now} сертификат действует.")
        else:
            text = tr("Время подписания в подписи не указано; на {now} сертификат не действует.")
        return Check(Status.NOT_CHECKED, text.format(now=moment_text(now)))
    if start <= moment <= end:
        return Check(
            Status.OK, tr("Подписано {moment}, когда сертификат действовал.").format(moment=moment_text(moment))
        )
    return Check(
        Status.FAILED,
        tr("Подписано {moment}, вне срока действия сертификата (с {start} по {end}).").format(
            moment=moment_text(moment), start=moment_text(start), end=moment_text(end)
        ),
    )


def _revocation(
    cert: x509.Certificate,
    crl: x509.CertificateRevocationList | None,
    carried: list[x509.Certificate],
    trust: list[x509.Certificate],
    moment: datetime | None,
) -> Check:
    if crl is None:
        return Check(
            Status.NOT_CHECKED,
            tr("Не проверялось (нет связи): отзыв проверяется по файлу списка отзыва (CRL), если его указать."),
        )
    if crl.issuer != cert.issuer:
        return Check(Status.NOT_CHECKED, tr("Список отзыва выпущен не издателем этого сертификата: отзыв не проверен."))
    issuer = next((c for c in [*trust, *carried] if c.subject == crl.issuer), None)
    if issuer is None:
        return Check(Status.NOT_CHECKED, tr("Подпись списка отзыва не проверена: нет сертификата его издателя."))
    try:
        key = issuer.public_key()
        valid = crl.is_signature_valid(key)  # type: ignore[arg-type]  # cryptography: other keys raise TypeError
    except (UnsupportedAlgorithm, TypeError, ValueError):
        return Check(Status.NOT_CHECKED, tr("Подпись списка отзыва не проверена: алгоритм не поддерживается."))
    if not valid:
        return Check(Status.FAILED, tr("Список отзыва повреждён или подделан: его подпись не сходится."))
    entry = crl.get_revoked_certificate_by_serial_number(cert.serial_number)
    issued = moment_text(crl.last_update_utc)
    if entry is not None:
        revoked = entry.revocation_date_utc
        if moment is not None and moment < revoked:
            return Check(
                Status.FAILED,
                tr(
                    "Сертификат отозван {date}, после указанного в подписи времени "
                    "подписания {moment} (список отзыва от {issued})."
                ).format(date=moment_text(revoked), moment=moment_text(moment), issued=issued),
            )
        return Check(
            Status.FAILED,
            tr("Сертификат отозван {date} (список отзыва от {issued}).").format(
                date=moment_text(revoked), issued=issued
            ),
        )
    return Check(Status.OK, tr("Сертификата нет в списке отзыва от {issued}.").format(issued=issued))
