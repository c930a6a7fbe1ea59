"""Reading and checking CMS signatures offline (core/esign): every case of issue 16 item 6 — valid,
tampered, wrong signer, expired, unknown CA, truncated, garbage, a PDF given as the signature,
revoked / not revoked by a CRL, GOST — each with its message, none crashing."""

from __future__ import annotations

import base64
import random
from datetime import UTC, datetime, timedelta

import pytest
from asn1crypto import cms as acms
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding

from tbn4_desktop.core.esign.cms import SignatureError, read_signed_data, to_der
from tbn4_desktop.core.esign.kz_cert import describe
from tbn4_desktop.core.esign.report import report_lines, report_to_dict
from tbn4_desktop.core.esign.verify import (
    DocumentNeeded,
    Status,
    check_signature,
    trusted_certificates,
)
from tests.esign_pki import (
    DOCUMENT,
    IVANOV_IIN,
    ORG_BIN,
    PETROVA_IIN,
    as_ber,
    as_gost,
    build_pki,
    issue,
    person,
    resigned,
    sign,
    with_timestamp,
)

OK, FAILED, NOT_CHECKED = Status.OK, Status.FAILED, Status.NOT_CHECKED
# Everything checked offline passed; revocation needs a CRL.
ALL_OK = {"integrity": OK, "signature": OK, "chain": OK, "time": OK, "revocation": NOT_CHECKED}


@pytest.fixture(scope="module")
def pki():
    return build_pki()


@pytest.fixture(scope="module")
def detached(pki):
    return sign(pki.ivanov, extra=(pki.intermediate,))


def statuses(report, index: int = 0) -> dict[str, Status]:
    return {key: check.status for key, check in report.signers[index].checks.items()}


def the_signer(report):
    assert len(report.signers) == 1
    return report.signers[0]


# ------------------------------------------------------------ reading


@pytest.mark.parametrize("encoding", ["der", "base64", "pem"])
def test_a_detached_signature_is_read_in_der_base64_and_pem(pki, encoding):
    data = sign(pki.ivanov, encoding=encoding)
    signed = read_signed_data(data)
    assert signed.detached and signed.content is None
    signer = signed.signers[0]
    assert signer.certificate == pki.ivanov.der
    assert signer.digest_name == "sha256"
    assert signer.message_digest is not None and signer.signed_attributes[:1] == b"\x31"
    assert signer.signing_time is not None and signer.content_type == "1.2.840.113549.1.7.1"
    assert signer.timestamp_time is None


def test_an_attached_signature_carries_the_document(pki):
    signed = read_signed_data(sign(pki.ivanov, detached=False))
    assert not signed.detached and signed.content == DOCUMENT


def test_base64_with_crlf_line_breaks_and_any_armour_is_read(pki, detached):
    text = base64.encodebytes(sign(pki.ivanov)).replace(b"\n", b"\r\n")
    assert read_signed_data(text).signers[0].certificate == pki.ivanov.der
    assert to_der(detached) == detached
    assert to_der(b"-----BEGIN CMS-----\n" + base64.encodebytes(detached) + b"-----END CMS-----\n") == detached


def test_the_certificate_says_who_signed_in_kazakh_fields(pki):
    cert = describe(pki.ivanov.cert)
    assert cert.full_name == "ИВАНОВ ИВАН ИВАНОВИЧ"
    assert (cert.common_name, cert.surname, cert.patronymic) == ("ИВАНОВ ИВАН", "ИВАНОВ", "ИВАНОВИЧ")
    assert cert.iin == IVANOV_IIN and cert.iin_problem is None
    assert cert.bin == ORG_BIN and cert.bin_problem is None
    assert cert.organization == "ГУ «ТЕСТОВЫЙ АКИМАТ»"
    assert cert.issuer == "ТЕСТ ҰКО (RSA)"
    assert cert.key_algorithm == "RSA"
    assert cert.authority_oids == ("1.2.398.3.3.4.1.2", "1.2.398.3.3.4.1.2.1")
    assert cert.authorities == ("Юридическое лицо", "Первый руководитель")
    assert cert.not_before < cert.not_after


def test_an_iin_with_a_wrong_check_digit_is_reported_not_hidden(pki):
    bad = IVANOV_IIN[:11] + str((int(IVANOV_IIN[11]) + 1) % 10)
    cert = describe(issue(person("ИВАНОВ ИВАН", "ИВАНОВ", "ИВАНОВИЧ", bad), pki.intermediate, ca=False).cert)
    assert cert.iin == bad and "контрольная цифра" in cert.iin_problem


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"\x00\x01garbage\xff" * 50,
        b"hello world, this is not a signature",
        b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n",
        b"-----BEGIN PKCS7-----\n!!!\n-----END PKCS7-----\n",
        base64.b64encode(b"\x30\x03\x02\x01\x01"),  # DER, but not a ContentInfo
    ],
    ids=["empty", "garbage", "text", "pdf", "bad-base64", "not-cms"],
)
def test_what_is_not_a_signature_is_one_russian_sentence(data):
    with pytest.raises(SignatureError) as info:
        read_signed_data(data)
    message = str(info.value)
    assert message == "Файл не является электронной подписью (CMS/PKCS#7) или повреждён."


@pytest.mark.parametrize("cut", [1, 10, 100, 500, -300, -1])
def test_a_truncated_signature_is_refused_not_crashing(detached, cut):
    with pytest.raises(SignatureError, match="не является электронной подписью"):
        check_signature(detached[:cut], DOCUMENT, [])


def test_a_truncated_base64_signature_is_refused(pki):
    with pytest.raises(SignatureError):
        read_signed_data(sign(pki.ivanov, encoding="base64")[:1000])


def test_a_signed_data_without_signers_is_refused(detached):
    info = acms.ContentInfo.load(detached)
    info["content"]["signer_infos"] = []
    with pytest.raises(SignatureError, match="нет ни одной подписи"):
        read_signed_data(info.dump(force=True))


# ------------------------------------------------------------ checking


def test_a_valid_signature_is_all_ok_except_revocation(pki, detached):
    report = check_signature(detached, DOCUMENT, [pki.root.cert])
    assert report.heading == "Сведения о подписи"
    assert "не проверка НУЦ РК" in report.disclaimer
    assert statuses(report) == ALL_OK
    signer = the_signer(report)
    assert signer.revocation.message.startswith("Не проверялось (нет связи)")
    assert signer.certificate.iin == IVANOV_IIN and not signer.gost
    assert (signer.digest_algorithm, signer.signature_algorithm) == ("SHA-256", "RSA PKCS#1 v1.5")


def test_attached_pem_and_pss_signatures_verify(pki):
    for data in (
        sign(pki.ivanov, detached=False, encoding="pem", extra=(pki.intermediate,)),
        sign(pki.ivanov, detached=False, pss=True, extra=(pki.intermediate,)),
    ):
        report = check_signature(data, None, [pki.root.cert])
        assert not report.detached
        assert statuses(report)["integrity"] is OK and statuses(report)["signature"] is OK
        assert statuses(report)["chain"] is OK


def test_the_intermediate_may_be_a_trusted_certificate_instead_of_carried(pki):
    report = check_signature(sign(pki.ivanov), DOCUMENT, [pki.root.cert, pki.intermediate.cert])
    assert statuses(report)["chain"] is OK


def test_a_tampered_document_fails_integrity(pki, detached):
    report = check_signature(detached, DOCUMENT.replace(b"15", b"16"), [pki.root.cert])
    signer = the_signer(report)
    assert signer.integrity.status is FAILED
    assert signer.integrity.message == "Файл изменён после подписания или подпись не от этого файла."
    assert signer.signature.status is OK  # the attributes themselves were not touched


def test_a_tampered_signature_value_fails_the_signature_check(pki, detached):
    info = acms.ContentInfo.load(detached)
    signer = info["content"]["signer_infos"][0]
    value = bytearray(signer["signature"].native)
    value[10] ^= 0xFF
    signer["signature"] = bytes(value)
    report = check_signature(info.dump(force=True), DOCUMENT, [pki.root.cert])
    assert statuses(report)["integrity"] is OK
    assert statuses(report)["signature"] is FAILED
    assert "поддельная или повреждена" in the_signer(report).signature.message


def test_a_wrong_signer_is_named_in_the_report(pki):
    report = check_signature(sign(pki.petrova, extra=(pki.intermediate,)), DOCUMENT, [pki.root.cert])
    cert = the_signer(report).certificate
    assert statuses(report)["integrity"] is OK
    assert cert.iin == PETROVA_IIN != IVANOV_IIN
    assert cert.full_name == "ПЕТРОВА АННА СЕРГЕЕВНА"
    assert cert.authorities == ("Юридическое лицо", "Сотрудник организации")
    assert "Подписал: ПЕТРОВА АННА СЕРГЕЕВНА" in report_lines(report)


def test_an_expired_certificate_fails_the_time_check(pki):
    report = check_signature(sign(pki.expired, extra=(pki.intermediate,)), DOCUMENT, [pki.root.cert])
    signer = the_signer(report)
    assert signer.time.status is FAILED
    assert "вне срока действия сертификата" in signer.time.message
    assert statuses(report)["integrity"] is OK and statuses(report)["chain"] is OK


def test_an_unknown_ca_fails_the_chain(pki):
    report = check_signature(sign(pki.stranger, extra=(pki.stranger_root,)), DOCUMENT, [pki.root.cert])
    signer = the_signer(report)
    assert signer.chain.status is FAILED
    assert "НЕИЗВЕСТНЫЙ УЦ" in signer.chain.message
    assert signer.integrity.status is OK and signer.signature.status is OK


def test_without_trusted_certificates_the_chain_is_not_checked(detached):
    report = check_signature(detached, DOCUMENT, [])
    assert the_signer(report).chain.status is NOT_CHECKED
    assert "не установлены" in the_signer(report).chain.message


def test_a_detached_signature_needs_its_document(detached):
    with pytest.raises(DocumentNeeded, match="отделена от документа"):
        check_signature(detached, None, [])


def test_a_crl_listing_the_signer_reports_revoked_and_one_not_listing_it_not(pki, detached):
    revoked = the_signer(check_signature(detached, DOCUMENT, [pki.root.cert], crl=pki.crl(pki.petrova, pki.ivanov)))
    assert revoked.revocation.status is FAILED and revoked.revocation.message.startswith("Сертификат отозван")
    assert "после указанного в подписи" not in revoked.revocation.message  # revoked before signing
    clean = the_signer(check_signature(detached, DOCUMENT, [pki.root.cert], crl=pki.crl(pki.petrova)))
    assert clean.revocation.status is OK and clean.revocation.message.startswith("Сертификата нет в списке отзыва")


def test_a_crl_signed_by_someone_else_is_not_believed(pki, detached):
    forged = pki.crl(signer=pki.stranger_root)
    report = check_signature(detached, DOCUMENT, [pki.root.cert], crl=forged)
    assert the_signer(report).revocation.status is FAILED
    assert "подделан" in the_signer(report).revocation.message


def test_a_pem_crl_is_read_and_a_bad_crl_is_refused(pki, detached):
    pem = x509.load_der_x509_crl(pki.crl()).public_bytes(Encoding.PEM)
    assert the_signer(check_signature(detached, DOCUMENT, [pki.root.cert], crl=pem)).revocation.status is OK
    with pytest.raises(SignatureError, match="списка отзыва"):
        check_signature(detached, DOCUMENT, [pki.root.cert], crl=b"not a crl")


def test_a_gost_signature_is_recognised_and_not_checked(pki):
    data = as_gost(sign(pki.ivanov, detached=False, extra=(pki.intermediate,)))
    report = check_signature(data, None, [pki.root.cert])
    signer = the_signer(report)
    assert signer.gost
    assert signer.integrity.status is NOT_CHECKED and signer.signature.status is NOT_CHECKED
    assert signer.integrity.message.startswith("Подпись ГОСТ: целостность не проверена")
    assert signer.digest_algorithm == "ГОСТ (1.2.398.3.10.1.3.1)"
    assert signer.certificate.iin == IVANOV_IIN  # who signed is still read


def test_the_signing_time_may_be_missing(pki, detached):
    info = acms.ContentInfo.load(detached)
    signer = info["content"]["signer_infos"][0]
    signer["signed_attrs"] = [a for a in signer["signed_attrs"] if a["type"].native != "signing_time"]
    later = datetime.now(UTC) + timedelta(days=3650)
    report = check_signature(info.dump(force=True), DOCUMENT, [pki.root.cert], now=later)
    time = the_signer(report).time
    assert time.status is NOT_CHECKED and "не действует" in time.message
    assert the_signer(report).signature.status is FAILED  # the attributes changed after signing


def test_a_timestamp_token_gives_the_timestamp_time(pki, detached):
    gen = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
    report = check_signature(with_timestamp(detached, gen), DOCUMENT, [pki.root.cert])
    assert the_signer(report).timestamp_time == gen
    assert the_signer(report).time.status is FAILED  # 2025 is before the certificate's validity
    assert any(line.startswith("Метка времени: 01.03.2025 09:30") for line in report_lines(report))


def test_trusted_certificates_reads_der_pem_and_bundles(tmp_path, pki):
    (tmp_path / "root.cer").write_bytes(pki.root.der)
    (tmp_path / "bundle.pem").write_bytes(pki.intermediate.pem + pki.root.pem)
    (tmp_path / "broken.crt").write_bytes(b"garbage")
    (tmp_path / "README.md").write_text("not a certificate")
    found = trusted_certificates([tmp_path, tmp_path / "missing"])
    assert {c.subject for c in found} == {pki.root.cert.subject, pki.intermediate.cert.subject}


def test_the_report_as_json_has_stable_keys(pki, detached):
    data = report_to_dict(check_signature(detached, DOCUMENT, [pki.root.cert]))
    assert set(data) == {"heading", "disclaimer", "detached", "signers", "certificates"}
    signer = data["signers"][0]
    assert set(signer["checks"]) == {"integrity", "signature", "chain", "time", "revocation"}
    assert signer["checks"]["integrity"] == {"status": "ok", "message": "Файл не изменён после подписания."}
    assert signer["certificate"]["iin"] == IVANOV_IIN
    assert signer["certificate"]["authorities"] == ["Юридическое лицо", "Первый руководитель"]


# ------------------------------------------------------------ other shapes


def test_an_ecdsa_signer_verifies(pki):
    signer = issue(
        person("ИВАНОВ ИВАН", "ИВАНОВ", "ИВАНОВИЧ", IVANOV_IIN),
        pki.intermediate,
        ca=False,
        key=ec.generate_private_key(ec.SECP256R1()),
    )
    report = check_signature(sign(signer, extra=(pki.intermediate,)), DOCUMENT, [pki.root.cert])
    assert statuses(report) == ALL_OK
    assert the_signer(report).certificate.key_algorithm == "ECDSA"
    tampered = check_signature(sign(signer), DOCUMENT + b" ", [pki.root.cert])
    assert the_signer(tampered).integrity.status is FAILED


@pytest.mark.parametrize("name", ["sha384", "sha512"])
def test_other_digests_verify(pki, name):
    data = sign(pki.ivanov, digest={"sha384": hashes.SHA384(), "sha512": hashes.SHA512()}[name])
    report = check_signature(data, DOCUMENT, [pki.root.cert])
    assert statuses(report)["integrity"] is OK and statuses(report)["signature"] is OK
    assert the_signer(report).digest_algorithm == name.upper().replace("SHA", "SHA-")


def test_an_old_sha1_signature_verifies(pki):
    data = resigned(sign(pki.ivanov), pki.ivanov, DOCUMENT, "sha1")
    report = check_signature(data, DOCUMENT, [pki.root.cert])
    assert statuses(report)["integrity"] is OK and statuses(report)["signature"] is OK
    assert the_signer(report).digest_algorithm == "SHA-1"
    assert statuses(check_signature(data, b"other", [pki.root.cert]))["integrity"] is FAILED


def test_without_signed_attributes_the_signature_covers_the_document(pki):
    data = sign(pki.ivanov, attributes=False)
    assert read_signed_data(data).signers[0].signed_attributes is None
    good = check_signature(data, DOCUMENT, [pki.root.cert])
    assert statuses(good)["integrity"] is OK and statuses(good)["signature"] is OK
    assert statuses(good)["time"] is NOT_CHECKED  # no signing time to compare
    bad = check_signature(data, DOCUMENT + b"x", [pki.root.cert])
    assert statuses(bad)["integrity"] is FAILED and statuses(bad)["signature"] is FAILED


def test_a_signer_identified_by_its_key_identifier_is_found(pki, detached):
    ski = pki.ivanov.cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    info = acms.ContentInfo.load(detached)
    info["content"]["signer_infos"][0]["sid"] = acms.SignerIdentifier({"subject_key_identifier": ski})
    report = check_signature(info.dump(force=True), DOCUMENT, [pki.root.cert])
    assert the_signer(report).certificate.iin == IVANOV_IIN
    assert statuses(report)["signature"] is OK


def test_a_signer_whose_certificate_is_not_carried_is_reported_not_checked(pki, detached):
    info = acms.ContentInfo.load(detached)
    info["content"]["certificates"] = [
        acms.CertificateChoices({"certificate": acms.Certificate.load(pki.intermediate.der)})
    ]
    signer = the_signer(check_signature(info.dump(force=True), DOCUMENT, [pki.root.cert]))
    assert signer.certificate is None
    assert signer.integrity.status is OK  # the digest still matches the file
    assert signer.signature.status is NOT_CHECKED and signer.chain.status is NOT_CHECKED


def test_two_signers_are_both_reported(pki):
    data = sign(pki.ivanov, also=(pki.petrova,), extra=(pki.intermediate,))
    report = check_signature(data, DOCUMENT, [pki.root.cert])
    assert sorted(s.certificate.iin for s in report.signers) == sorted([IVANOV_IIN, PETROVA_IIN])
    assert all(s.integrity.status is OK and s.signature.status is OK for s in report.signers)
    assert {"Подпись 1", "Подпись 2"} <= set(report_lines(report))


def test_revoked_after_signing_says_so(pki, detached):
    """The CRL's date is two hours ago; a signing time of yesterday is before it."""
    info = acms.ContentInfo.load(detached)
    attrs = info["content"]["signer_infos"][0]["signed_attrs"]
    for attr in attrs:
        if attr["type"].native == "signing_time":
            attr["values"] = [acms.Time({"utc_time": datetime.now(UTC) - timedelta(days=1)})]
    report = check_signature(info.dump(force=True), DOCUMENT, [pki.root.cert], crl=pki.crl(pki.ivanov))
    assert the_signer(report).revocation.status is FAILED
    assert "после указанного в подписи времени подписания" in the_signer(report).revocation.message


def test_random_damage_never_crashes(pki):
    """Each damaged copy is either refused with SignatureError or reported."""
    rnd = random.Random(16)
    for base in (sign(pki.ivanov, extra=(pki.intermediate,)), sign(pki.ivanov, detached=False)):
        for _ in range(150):
            damaged = bytearray(base)
            for _ in range(rnd.randint(1, 4)):
                damaged[rnd.randrange(len(damaged))] = rnd.randrange(256)
            try:
                report = check_signature(bytes(damaged), DOCUMENT, [pki.root.cert], crl=pki.crl())
            except SignatureError as exc:
                assert str(exc).endswith(".") and "\n" not in str(exc)
            else:
                assert report.signers and report_lines(report)


def test_a_ber_signature_with_a_chunked_content_is_read(pki):
    data = as_ber(sign(pki.ivanov, detached=False, extra=(pki.intermediate,)))
    assert data[:2] == b"\x30\x80"
    assert read_signed_data(data).content == DOCUMENT
    assert statuses(check_signature(data, None, [pki.root.cert])) == ALL_OK


def test_moments_are_shown_on_this_computers_clock_with_the_offset(monkeypatch):
    import time

    from tbn4_desktop.core.esign.verify import moment_text

    monkeypatch.setenv("TZ", "Asia/Aqtobe")  # UTC+5 in every tzdata release
    time.tzset()
    try:
        assert moment_text(datetime(2026, 12, 6, 5, 19, tzinfo=UTC)) == "06.12.2026 10:19 (UTC+5)"
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
    assert moment_text(datetime(2026, 12, 6, 5, 19, tzinfo=UTC)).endswith(")")


@pytest.mark.parametrize("encoding", ["der", "base64", "pem"])
def test_a_signature_file_is_recognised_by_content_in_every_encoding(tmp_path, encoding):
    from tbn4_desktop.core.attachments import SIGNATURE_TYPE, detect_media_type

    path = tmp_path / "подпись.txt"  # the name says nothing
    path.write_bytes(sign(build_pki().ivanov, encoding=encoding))
    assert detect_media_type(path) == SIGNATURE_TYPE


def test_a_file_that_only_starts_like_a_signature_is_not_one(tmp_path):
    from tbn4_desktop.core.attachments import detect_media_type

    for head in (b"MIIB" + b"not base64 at all!" * 10, b"\x30\x82" + b"\x00" * 200, b"plain text"):
        path = tmp_path / "файл.cms"
        path.write_bytes(head)
        assert detect_media_type(path) is None
