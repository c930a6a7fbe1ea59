"""`tbn4 signature FILE [--data FILE] [--crl FILE] [--json]`: the report on
stdout, exit 0 when the signature was read (even when a check failed); one
Russian line and exit 1 when it is not a signature, unreadable, too big or
detached without --data."""

from __future__ import annotations

import json

import pytest

from tests.esign_pki import DOCUMENT, IVANOV_IIN, as_gost, build_pki, sign
from tests.test_cli_evidence import refused, run


@pytest.fixture(scope="module")
def pki():
    return build_pki()


@pytest.fixture()
def folder(tmp_path, pki):
    """A data folder whose certs/ holds the test root, as an administrator would put it."""
    data = tmp_path / "данные"
    (data / "certs").mkdir(parents=True)
    (data / "certs" / "root.cer").write_bytes(pki.root.der)
    return data


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_a_detached_signature_with_its_document_is_reported(tmp_path, folder, pki):
    sig = write(tmp_path, "Приказ.pdf.cms", sign(pki.ivanov, extra=(pki.intermediate,), encoding="base64"))
    doc = write(tmp_path, "Приказ.pdf", DOCUMENT)
    result = run(folder, "signature", sig, "--data", doc)
    assert result.rc == 0 and result.err == ""
    lines = result.out.splitlines()
    assert lines[0] == "Сведения о подписи"
    assert "Подписал: ИВАНОВ ИВАН ИВАНОВИЧ" in lines
    assert f"ИИН: {IVANOV_IIN}" in lines
    assert "✔ Целостность: Файл не изменён после подписания." in lines
    assert any(line.startswith("✔ Цепочка сертификатов") for line in lines)
    assert any(line.startswith("○ Отзыв сертификата: Не проверялось (нет связи)") for line in lines)


def test_json_has_stable_keys(tmp_path, folder, pki):
    sig = write(tmp_path, "a.p7s", sign(pki.ivanov, detached=False, extra=(pki.intermediate,)))
    result = run(folder, "signature", sig, "--json")
    assert result.rc == 0 and result.err == ""
    data = json.loads(result.out)
    assert data["heading"] == "Сведения о подписи" and data["detached"] is False
    checks = data["signers"][0]["checks"]
    assert {k: v["status"] for k, v in checks.items()} == {
        "integrity": "ok",
        "signature": "ok",
        "chain": "ok",
        "time": "ok",
        "revocation": "not_checked",
    }


def test_a_tampered_document_is_exit_0_with_the_failure_in_the_report(tmp_path, folder, pki):
    sig = write(tmp_path, "a.sig", sign(pki.ivanov))
    doc = write(tmp_path, "a.txt", DOCUMENT + b"!")
    result = run(folder, "signature", sig, "--data", doc)
    assert result.rc == 0
    assert "✖ Целостность: Файл изменён после подписания или подпись не от этого файла." in result.out.splitlines()


def test_unknown_ca_expired_and_gost_are_reported(tmp_path, folder, pki):
    doc = write(tmp_path, "a.txt", DOCUMENT)
    out = run(folder, "signature", write(tmp_path, "s.cms", sign(pki.stranger)), "--data", doc).out
    assert "✖ Цепочка сертификатов" in out
    out = run(folder, "signature", write(tmp_path, "e.cms", sign(pki.expired)), "--data", doc).out
    assert "вне срока действия сертификата" in out
    result = run(folder, "signature", write(tmp_path, "g.cms", as_gost(sign(pki.ivanov, detached=False))))
    assert result.rc == 0 and "Подпись ГОСТ: целостность не проверена" in result.out


def test_a_crl_is_used_when_given(tmp_path, folder, pki):
    sig = write(tmp_path, "a.cms", sign(pki.ivanov, extra=(pki.intermediate,)))
    doc = write(tmp_path, "a.txt", DOCUMENT)
    revoked = run(folder, "signature", sig, "--data", doc, "--crl", write(tmp_path, "r.crl", pki.crl(pki.ivanov)))
    assert revoked.rc == 0 and "✖ Отзыв сертификата: Сертификат отозван" in revoked.out
    clean = run(folder, "signature", sig, "--data", doc, "--crl", write(tmp_path, "c.crl", pki.crl()))
    assert "✔ Отзыв сертификата: Сертификата нет в списке отзыва" in clean.out
    refused(folder, "signature", sig, "--data", doc, "--crl", doc, starts_with="Файл списка отзыва (CRL) не читается")


def test_a_detached_signature_without_data_is_refused(tmp_path, folder, pki):
    sig = write(tmp_path, "a.cms", sign(pki.ivanov))
    refused(
        folder,
        "signature",
        sig,
        starts_with="Подпись отделена от документа: укажите подписанный документ параметром --data.",
    )


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00garbage" * 10,
        b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n%%EOF\n",
    ],
    ids=["empty", "garbage", "pdf"],
)
def test_what_is_not_a_signature_is_refused(tmp_path, folder, content):
    refused(
        folder,
        "signature",
        write(tmp_path, "x.p7s", content),
        starts_with="Файл не является электронной подписью (CMS/PKCS#7) или повреждён.",
    )


def test_a_truncated_signature_is_refused(tmp_path, folder, pki):
    data = sign(pki.ivanov, detached=False)
    refused(
        folder,
        "signature",
        write(tmp_path, "t.cms", data[: len(data) // 2]),
        starts_with="Файл не является электронной подписью",
    )


def test_missing_file_folder_and_too_big_are_refused(tmp_path, folder):
    refused(folder, "signature", tmp_path / "нет.cms", starts_with="Файл не прочитан.")
    refused(folder, "signature", tmp_path, starts_with=f"«{tmp_path}» — папка, а не файл")
    big = tmp_path / "big.cms"
    with big.open("wb") as stream:
        stream.truncate(50 * 1024 * 1024 + 1)  # sparse: nothing is written
    refused(folder, "signature", big, starts_with=f"Файл «{big}» больше 50 МБ")


def test_the_data_folder_is_not_created(tmp_path, pki):
    folder = tmp_path / "нет-папки"
    sig = write(tmp_path, "a.cms", sign(pki.ivanov, detached=False))
    result = run(folder, "signature", sig)
    assert result.rc == 0 and "Цепочка сертификатов" in result.out
    assert not folder.exists()
