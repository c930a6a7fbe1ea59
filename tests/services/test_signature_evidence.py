"""Electronically signed documents as evidence (issue 16): a signature file is
recognised by its content, paired with the document whose digest it signed,
refused when it cannot be evidence, makes a signed slot present, and its
certificate is matched with the recorded signer, the organisation's BIN and
the authority the slot needs — mismatches are warnings, never refusals."""

from __future__ import annotations

import pytest

from tbn4_desktop.core.attachments import AttachmentError
from tbn4_desktop.core.esign.terms import Status
from tbn4_desktop.core.validation import ValidationError
from tbn4_desktop.core.vocabulary import AttachmentRole, SignerRole
from tbn4_desktop.services.checklist import (
    assign_attachment,
    execution_checklist,
    set_slot_signer,
)
from tbn4_desktop.services.executions import (
    add_attachment,
    get_execution,
    remove_attachment,
)
from tbn4_desktop.services.organizations import SignatoryInput, add_signatory
from tbn4_desktop.services.slot_records import set_attachment_role
from tests.esign_pki import DOCUMENT, IVANOV_IIN, as_gost, build_pki, sign
from tests.services.test_executions import MAX, blobs, district  # noqa: F401


@pytest.fixture(scope="module")
def pki():
    return build_pki()


@pytest.fixture
def files(tmp_path, pki):
    """A signed order (the document), its detached signature, a signature of
    something else, and the order inside an attached signature."""
    order = tmp_path / "Приказ № 15.pdf"
    order.write_bytes(b"%PDF-1.4\n" + DOCUMENT + b"%%EOF\n")
    data = order.read_bytes()

    def write(name: str, content: bytes):
        path = tmp_path / name
        path.write_bytes(content)
        return path

    return {
        "order": order,
        "sig": write("Приказ № 15.pdf.cms", sign(pki.ivanov, data)),
        "sig_b64": write("Приказ № 15.pdf.sig", sign(pki.ivanov, data, encoding="base64")),
        "other": write("другой.cms", sign(pki.ivanov, b"another document")),
        "attached": write("Приказ с подписью.cms", sign(pki.ivanov, data, detached=False)),
        "employee": write("Петрова.cms", sign(pki.petrova, data)),
        "gost": write("ГОСТ.cms", as_gost(sign(pki.ivanov, data))),
        "draft": write("Проект.docx.pdf", b"%PDF-1.4\nanother file\n%%EOF\n"),
    }


def signed_slot(catalog, code: str = "2.2.1"):
    return next(d for d in catalog.subtask(code).documents if d.kind.needs_signer and d.kind.takes_files)


def attach(store, blobs, execution_id, path, slot_key, role=AttachmentRole.SIGNED_SCAN, **kw):
    with store.session() as s:
        return add_attachment(s, blobs, execution_id, path, role, max_bytes=MAX, slot_key=slot_key, **kw)


def slot_state(store, catalog, execution_id, key):
    with store.session() as s:
        return execution_checklist(s, catalog, execution_id).state(key)


def test_a_detached_signature_pairs_with_its_document_and_makes_the_slot_signed(store, blobs, district, catalog, files):
    _, _, signers, rows = district
    row = rows[("2.2.1", "Q1")]
    slot = signed_slot(catalog)
    doc = attach(store, blobs, row.id, files["order"], slot.key, role=AttachmentRole.DRAFT)
    assert not slot_state(store, catalog, row.id, slot.key).satisfied  # a draft alone is not signed
    sig = attach(store, blobs, row.id, files["sig"], slot.key, role=AttachmentRole.SIGNED_SCAN)
    assert sig.role is AttachmentRole.SIGNATURE and sig.media_type == "application/pkcs7-signature"
    assert sig.signs_sha256 == doc.sha256
    person = sig.signature.signers[0]
    assert (person.name, person.iin, person.integrity, person.signature) == (
        "ИВАНОВ ИВАН ИВАНОВИЧ",
        IVANOV_IIN,
        Status.OK,
        Status.OK,
    )
    with store.session() as s:
        set_slot_signer(s, catalog, row.id, slot.key, signers[SignerRole.CHIEF_OF_STAFF].id)
    state = slot_state(store, catalog, row.id, slot.key)
    assert state.satisfied and state.certificate_signers == ("ИВАНОВ ИВАН ИВАНОВИЧ",)


def test_a_base64_signature_is_recognised_by_content_not_by_name(store, blobs, district, catalog, files):
    _, _, _, rows = district
    row = rows[("2.2.1", "Q1")]
    slot = signed_slot(catalog)
    attach(store, blobs, row.id, files["order"], slot.key)
    renamed = files["sig_b64"].with_name("подпись.pdf")  # a misleading extension
    files["sig_b64"].rename(renamed)
    assert attach(store, blobs, row.id, renamed, slot.key).role is AttachmentRole.SIGNATURE


def test_a_signature_without_its_document_is_refused_and_nothing_is_attached(store, blobs, district, catalog, files):
    _, _, _, rows = district
    row = rows[("2.2.1", "Q1")]
    slot = signed_slot(catalog)
    with pytest.raises(AttachmentError, match="не относится ни к одному файлу этой подзадачи"):
        attach(store, blobs, row.id, files["sig"], slot.key)
    attach(store, blobs, row.id, files["order"], slot.key)
    with pytest.raises(AttachmentError, match="«другой.cms» не относится ни к одному файлу"):
        attach(store, blobs, row.id, files["other"], slot.key)
    with store.session() as s:
        assert [a.original_name for a in get_execution(s, row.id).attachments] == ["Приказ № 15.pdf"]


def test_a_signature_dropped_on_another_file_is_refused_by_name(store, blobs, district, catalog, files):
    _, _, _, rows = district
    row = rows[("2.2.1", "Q1")]
    slot = signed_slot(catalog)
    attach(store, blobs, row.id, files["order"], slot.key)
    draft = attach(store, blobs, row.id, files["draft"], slot.key)
    with pytest.raises(AttachmentError, match="не подходит к файлу «Проект.docx.pdf»"):
        attach(store, blobs, row.id, files["sig"], slot.key, signs_attachment_id=draft.id)


def test_a_forged_signature_is_refused(store, blobs, district, catalog, files, tmp_path):
    _, _, _, rows = district
    row = rows[("2.2.1", "Q1")]
    slot = signed_slot(catalog)
    attach(store, blobs, row.id, files["order"], slot.key)
    der = bytearray(files["sig"].read_bytes())
    der[-5] ^= 0xFF  # inside the signature value, the last field
    forged = tmp_path / "подделка.cms"
    forged.write_bytes(bytes(der))
    with pytest.raises(AttachmentError, match="не сходится с ключом своего сертификата"):
        attach(store, blobs, row.id, forged, slot.key)


@pytest.mark.parametrize("content", [b"0\x82\x01\x00truncated", b"MIIB" + b"A" * 10, b"\x00" * 100])
def test_truncated_or_garbage_signature_files_are_refused_as_a_wrong_type(
    store, blobs, district, catalog, tmp_path, content
):
    _, _, _, rows = district
    row = rows[("2.2.1", "Q1")]
    bad = tmp_path / "подпись.cms"
    bad.write_bytes(content)
    with pytest.raises(AttachmentError, match="не является документом допустимого типа"):
        attach(store, blobs, row.id, bad, signed_slot(catalog).key)


def test_an_attached_signature_is_evidence_by_itself(store, blobs, district, catalog, files):
    _, _, _, rows = district
    row = rows[("2.2.1", "Q1")]
    slot = signed_slot(catalog)
    sig = attach(store, blobs, row.id, files["attached"], slot.key)
    assert sig.role is AttachmentRole.SIGNATURE and sig.signs_sha256 is None
    assert sig.signature.detached is False
    assert slot_state(store, catalog, row.id, slot.key).certificate_signers == ("ИВАНОВ ИВАН ИВАНОВИЧ",)


def test_gost_pairs_with_the_only_document_or_the_file_dropped_on_and_warns_that_integrity_is_unchecked(
    store, blobs, district, catalog, files
):
    _, _, _, rows = district
    row = rows[("2.2.1", "Q1")]
    slot = signed_slot(catalog)
    doc = attach(store, blobs, row.id, files["order"], slot.key)
    sig = attach(store, blobs, row.id, files["gost"], slot.key)
    assert sig.signs_sha256 == doc.sha256 and sig.signature.signers[0].integrity is Status.NOT_CHECKED
    state = slot_state(store, catalog, row.id, slot.key)
    assert any("подпись ГОСТ документа" in w and "не проверяет её целостность" in w for w in state.warnings)
    draft = attach(store, blobs, row.id, files["draft"], slot.key)
    with pytest.raises(AttachmentError, match="Перетащите подпись на файл документа"):
        attach(store, blobs, row.id, files["gost"], slot.key)
    assert (
        attach(store, blobs, row.id, files["gost"], slot.key, signs_attachment_id=draft.id).signs_sha256 == draft.sha256
    )


def test_certificate_mismatches_are_warnings_in_words(store, blobs, district, catalog, files):
    org, _, signers, rows = district
    row = rows[("2.2.1", "Q1")]
    slot = signed_slot(catalog)
    attach(store, blobs, row.id, files["order"], slot.key)
    attach(store, blobs, row.id, files["employee"], slot.key)
    with store.session() as s:
        set_slot_signer(s, catalog, row.id, slot.key, signers[SignerRole.CHIEF_OF_STAFF].id)
    state = slot_state(store, catalog, row.id, slot.key)
    assert state.satisfied and not state.problems  # warnings never block
    text = "\n".join(state.warnings)
    assert "у подписанта Тулегенова Айгерим Нурлановна не указан ИИН" in text
    assert "выдана организации с БИН" in text and "а БИН вашей организации — 050340001235" in text
    assert (
        "нет права подписи за организацию (полномочия в сертификате: Юридическое лицо, Сотрудник организации)" in text
    )
    with store.session() as s:
        person = add_signatory(
            s,
            org.id,
            SignatoryInput("Иванов Иван Иванович", "Руководитель аппарата", SignerRole.CHIEF_OF_STAFF, iin=IVANOV_IIN),
        )
        set_slot_signer(s, catalog, row.id, slot.key, person.id)
    text = "\n".join(slot_state(store, catalog, row.id, slot.key).warnings)
    assert "подписан ЭЦП: ПЕТРОВА АННА СЕРГЕЕВНА, а подписантом указан(а) Иванов Иван Иванович" in text


def test_the_signature_follows_its_document_to_the_history_and_to_another_slot(store, blobs, district, catalog, files):
    _, _, _, rows = district
    row = rows[("2.2.1", "Q1")]
    first, second = [d for d in catalog.subtask("2.2.1").documents if d.kind.needs_signer][:2]
    doc = attach(store, blobs, row.id, files["order"], first.key, role=AttachmentRole.DRAFT)
    sig = attach(store, blobs, row.id, files["sig"], first.key)
    with store.session() as s:
        assign_attachment(s, catalog, doc.id, second.key)
    with store.session() as s:
        assert {a.original_name: a.slot_key for a in get_execution(s, row.id).attachments} == {
            "Приказ № 15.pdf": second.key,
            "Приказ № 15.pdf.cms": second.key,
        }
        remove_attachment(s, doc.id)
    with store.session() as s:
        detail = get_execution(s, row.id)
    assert detail.attachments == [] and {a.id for a in detail.history} == {doc.id, sig.id}
    assert not slot_state(store, catalog, row.id, second.key).satisfied


def test_the_kind_of_a_signature_file_never_changes_and_no_file_becomes_one(store, blobs, district, catalog, files):
    _, _, _, rows = district
    row = rows[("2.2.1", "Q1")]
    slot = signed_slot(catalog)
    doc = attach(store, blobs, row.id, files["order"], slot.key)
    sig = attach(store, blobs, row.id, files["sig"], slot.key)
    for attachment, role in ((sig, AttachmentRole.SIGNED_SCAN), (doc, AttachmentRole.SIGNATURE)):
        with pytest.raises(ValidationError, match="Вид файла электронной подписи не меняется"), store.session() as s:
            set_attachment_role(s, catalog, attachment.id, role)
    # Asked for as a «signature», a file that is not one is stored as what it is.
    assert (
        attach(store, blobs, row.id, files["draft"], slot.key, role=AttachmentRole.SIGNATURE).role
        is AttachmentRole.SIGNED_SCAN
    )


def test_a_draft_signed_after_all_stops_being_a_draft_and_a_draft_again_proves_nothing(
    store, blobs, district, catalog, files
):
    _, _, _, rows = district
    row = rows[("2.2.1", "Q1")]
    slot = signed_slot(catalog)
    doc = attach(store, blobs, row.id, files["order"], slot.key, role=AttachmentRole.DRAFT)
    attach(store, blobs, row.id, files["sig"], slot.key)
    with store.session() as s:
        assert (
            next(a for a in get_execution(s, row.id).attachments if a.id == doc.id).role is AttachmentRole.SIGNED_SCAN
        )
        set_attachment_role(s, catalog, doc.id, AttachmentRole.DRAFT)
    state = slot_state(store, catalog, row.id, slot.key)
    assert not state.satisfied
    assert (
        "подпись «Приказ № 15.pdf.cms» относится к файлу, отмеченному как проект без подписи: поменяйте вид "
        "этого файла" in state.warnings
    )
