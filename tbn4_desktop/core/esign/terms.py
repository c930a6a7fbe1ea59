"""The vocabulary of signatures that needs no cryptography library: check
statuses, the authority OIDs of НУЦ РК certificates, GOST algorithm OIDs.
Kept apart so that reading stored signature facts (the checklist, the
file list) does not load asn1crypto and cryptography."""

from __future__ import annotations

from enum import StrEnum

from tbn4_desktop.i18n import N_


class Status(StrEnum):
    OK = "ok"
    FAILED = "failed"
    NOT_CHECKED = "not_checked"


# The authority OIDs of the Order of the Minister of Digital Development
# (adilet V2000021440).
AUTHORITY_LABELS = {
    "1.2.398.3.3.4.1.1": N_("Физическое лицо"),
    "1.2.398.3.3.4.1.2": N_("Юридическое лицо"),
    "1.2.398.3.3.4.1.2.1": N_("Первый руководитель"),
    "1.2.398.3.3.4.1.2.2": N_("Право подписи"),
    "1.2.398.3.3.4.1.2.3": N_("Право подписи финансовых документов"),
    "1.2.398.3.3.4.1.2.4": N_("Сотрудник отдела кадров"),
    "1.2.398.3.3.4.1.2.5": N_("Сотрудник организации"),
}
FIRST_HEAD_OID = "1.2.398.3.3.4.1.2.1"
RIGHT_OF_SIGNATURE_OID = "1.2.398.3.3.4.1.2.2"
# GOST key and signature algorithms: Kazakh (ГОСТ 34.310-2004, СТ РК 34.10-2015)
# under 1.2.398.3.10.1, Russian (ГОСТ Р 34.10-2012/2015) under 1.2.643.
GOST_PREFIXES = ("1.2.398.3.10.1.", "1.2.643.7.1.", "1.2.643.2.2.")


def is_gost(oid: str) -> bool:
    return oid.startswith(GOST_PREFIXES)
