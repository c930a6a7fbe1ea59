"""«Сведения о подписи» as text lines (the CLI, a dialog) and as
JSON-ready data with stable keys (`tbn4 signature --json`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from tbn4_desktop.core.esign.kz_cert import KzCertificate
from tbn4_desktop.core.esign.terms import Status
from tbn4_desktop.core.esign.verify import (
    SignatureReport,
    SignerReport,
    moment_text,
)
from tbn4_desktop.i18n import N_, tr

CHECK_LABELS = {
    "integrity": N_("Целостность"),
    "signature": N_("Подпись"),
    "chain": N_("Цепочка сертификатов"),
    "time": N_("Время подписания"),
    "revocation": N_("Отзыв сертификата"),
}
STATUS_MARKS = {Status.OK: "✔", Status.FAILED: "✖", Status.NOT_CHECKED: "○"}


def _when(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _day(moment: datetime) -> str:
    return f"{moment:%d.%m.%Y}"


def certificate_to_dict(cert: KzCertificate) -> dict[str, Any]:
    return {
        "full_name": cert.full_name,
        "common_name": cert.common_name,
        "surname": cert.surname,
        "patronymic": cert.patronymic,
        "iin": cert.iin or None,
        "iin_problem": cert.iin_problem,
        "organization": cert.organization or None,
        "bin": cert.bin or None,
        "bin_problem": cert.bin_problem,
        "issuer": cert.issuer,
        "serial": cert.serial,
        "not_before": _when(cert.not_before),
        "not_after": _when(cert.not_after),
        "key_algorithm": cert.key_algorithm,
        "key_algorithm_oid": cert.key_algorithm_oid,
        "authority_oids": list(cert.authority_oids),
        "authorities": list(cert.authorities),
    }


def signer_to_dict(signer: SignerReport) -> dict[str, Any]:
    return {
        "certificate": certificate_to_dict(signer.certificate) if signer.certificate else None,
        "digest_algorithm": signer.digest_algorithm,
        "signature_algorithm": signer.signature_algorithm,
        "gost": signer.gost,
        "signing_time": _when(signer.signing_time),
        "timestamp_time": _when(signer.timestamp_time),
        "checks": {
            key: {"status": check.status.value, "message": check.message} for key, check in signer.checks.items()
        },
    }


def report_to_dict(report: SignatureReport) -> dict[str, Any]:
    return {
        "heading": report.heading,
        "disclaimer": report.disclaimer,
        "detached": report.detached,
        "signers": [signer_to_dict(s) for s in report.signers],
        "certificates": [certificate_to_dict(c) for c in report.certificates],
    }


def certificate_lines(cert: KzCertificate) -> list[str]:
    lines = [tr("Подписал: {name}").format(name=cert.full_name or "—")]
    if cert.iin:
        lines.append(tr("ИИН: {iin}").format(iin=cert.iin) + (f" ({cert.iin_problem})" if cert.iin_problem else ""))
    if cert.organization or cert.bin:
        lines.append(tr("Организация: {name}, БИН {bin}").format(name=cert.organization or "—", bin=cert.bin or "—"))
    if cert.authorities:
        lines.append(tr("Полномочия: {list}").format(list=", ".join(cert.authorities)))
    lines.append(
        tr("Издатель сертификата: {issuer}, серийный номер {serial}").format(issuer=cert.issuer, serial=cert.serial)
    )
    lines.append(
        tr("Сертификат действует с {start} по {end}, ключ {algorithm}").format(
            start=_day(cert.not_before), end=_day(cert.not_after), algorithm=cert.key_algorithm
        )
    )
    return lines


def report_lines(report: SignatureReport) -> list[str]:
    """The report as a user reads it: the heading, the disclaimer, then
    per signer who signed and each check with its mark and sentence."""
    lines = [report.heading, report.disclaimer]
    lines.append(tr("Подпись отделена от документа.") if report.detached else tr("Документ вложен в файл подписи."))
    for number, signer in enumerate(report.signers, start=1):
        lines.append("")
        if len(report.signers) > 1:
            lines.append(tr("Подпись {number}").format(number=number))
        if signer.certificate is not None:
            lines.extend(certificate_lines(signer.certificate))
        else:
            lines.append(tr("Сертификат подписавшего не найден в файле подписи."))
        lines.append(
            tr("Алгоритмы: хеш {digest}, подпись {signature}").format(
                digest=signer.digest_algorithm, signature=signer.signature_algorithm
            )
        )
        if signer.signing_time:
            lines.append(
                tr("Время подписания (по компьютеру подписавшего): {time}").format(
                    time=moment_text(signer.signing_time)
                )
            )
        if signer.timestamp_time:
            lines.append(tr("Метка времени: {time}").format(time=moment_text(signer.timestamp_time)))
        for key, check in signer.checks.items():
            lines.append(f"{STATUS_MARKS[check.status]} {tr(CHECK_LABELS[key])}: {check.message}")
    return lines
