"""Electronic signature files in the ISPU bundle: exported beside their
documents with role, «signs» and «signers» in the manifest (schema and
verifier), imported with the facts read again from the files themselves
(a manifest that lies about the signer is ignored, a tampered signature or
a «signs» naming no file refuses the bundle), counted by the importer's
checklist, and listed in the inventory with «(ЭЦП)» and the signing date."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import replace
from pathlib import Path, PurePosixPath

import jsonschema
import openpyxl
import pytest
from sqlalchemy import select

from tbn4_desktop.core.bundle import BundleError, verify_bundle
from tbn4_desktop.core.esign.evidence import SignatureFacts
from tbn4_desktop.core.vocabulary import AttachmentRole, DocumentKind
from tbn4_desktop.models import Attachment, Organization, SubtaskExecution, YearPlan
from tbn4_desktop.services.bundle_signatures import esign_date
from tbn4_desktop.services.checklist import plan_checklists, set_slot_signer
from tbn4_desktop.services.executions import (
    add_attachment,
    find_year_plan,
    list_executions,
)
from tbn4_desktop.services.export_scope import fingerprint, read_year
from tbn4_desktop.services.forms import inventory_items
from tbn4_desktop.services.imports import ImportError_, import_bundle
from tbn4_desktop.services.organizations import (
    get_current_organization,
    list_signatories,
)
from tbn4_desktop.services.slot_records import set_attachment_role
from tests.esign_pki import IVANOV_IIN, build_pki, sign
from tests.services.import_fixtures import (
    CREATED,
    YEAR,
    oblast,
    rewrite_manifest,
    snapshot,
)
from tests.services.test_export_contents import SCHEMA

MAX = 1 << 20
IVANOV = "ИВАНОВ ИВАН ИВАНОВИЧ"


@pytest.fixture(scope="module")
def pki():
    return build_pki()


def _free_signed_slots(ctx):
    """(execution, slot, allowed signatory) of applicable executions whose
    SIGNED slot has no file yet, in plan order."""
    catalog = ctx.catalog_for_year(YEAR)
    with ctx.store.session() as s:
        org = get_current_organization(s)
        plan = find_year_plan(s, org.id, YEAR)
        judged = plan_checklists(s, catalog, plan.id)
        people = list_signatories(s, org.id)
        out = []
        for e in list_executions(s, plan.id):
            if not judged.applicability[e.subtask_code].applies:
                continue
            for st in judged.checklists[e.id].slots:
                if st.slot.kind is DocumentKind.SIGNED and not st.files and not st.slot.year_scope:
                    allowed = [p for p in people if p.role in st.slot.signers_for(judged.level)]
                    if allowed:
                        out.append((e.id, e.subtask_code, e.period or "", st.slot.key, allowed[0].id))
                        break
        return out


@pytest.fixture(scope="module")
def signed(tmp_path_factory, pki):
    """The demo district with a document and its detached signature in one
    signed slot (the document a supporting file: only the ЭЦП makes the slot
    signed) and an attached signature in another, and its bundle."""
    from tbn4_desktop.services.context import open_app
    from tbn4_desktop.services.demo import create_demo
    from tbn4_desktop.services.export import export_bundle

    folder = tmp_path_factory.mktemp("esign")
    ctx = open_app(folder / "district")
    create_demo(ctx, YEAR)
    free = _free_signed_slots(ctx)
    (ex1, code1, period1, slot1, signer1), (ex2, code2, period2, slot2, signer2) = free[:2]
    ex3, _code3, _period3, slot3, _signer3 = free[2]
    order = folder / "Приказ № 15.pdf"
    order.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\n% order 15\ntrailer <<>>\n%%EOF\n")
    detached = folder / "Приказ № 15.pdf.cms"
    detached.write_bytes(sign(pki.ivanov, order.read_bytes()))
    inner = b"%PDF-1.4\n1 0 obj <<>> endobj\n% protocol 3\ntrailer <<>>\n%%EOF\n"
    attached = folder / "Протокол № 3.cms"
    attached.write_bytes(sign(pki.ivanov, inner, detached=False))
    draft = folder / "Проект письма.pdf"
    draft.write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\n% draft letter\ntrailer <<>>\n%%EOF\n")
    draft_sig = folder / "Проект письма.pdf.cms"
    draft_sig.write_bytes(sign(pki.ivanov, draft.read_bytes()))
    catalog = ctx.catalog_for_year(YEAR)
    with ctx.store.session() as s:
        doc = add_attachment(s, ctx.blobs, ex1, order, AttachmentRole.SUPPORTING, max_bytes=MAX, slot_key=slot1)
        sig = add_attachment(s, ctx.blobs, ex1, detached, AttachmentRole.SIGNED_SCAN, max_bytes=MAX, slot_key=slot1)
        whole = add_attachment(s, ctx.blobs, ex2, attached, AttachmentRole.SIGNED_SCAN, max_bytes=MAX, slot_key=slot2)
        letter = add_attachment(s, ctx.blobs, ex3, draft, AttachmentRole.DRAFT, max_bytes=MAX, slot_key=slot3)
        add_attachment(s, ctx.blobs, ex3, draft_sig, AttachmentRole.SIGNED_SCAN, max_bytes=MAX, slot_key=slot3)
        # Signed, the draft stopped being one; the user says it is a draft after all.
        set_attachment_role(s, catalog, letter.id, AttachmentRole.DRAFT)
        set_slot_signer(s, catalog, ex1, slot1, signer1)
        set_slot_signer(s, catalog, ex2, slot2, signer2)
    assert sig.role is AttachmentRole.SIGNATURE and sig.signs_sha256 == doc.sha256
    assert whole.role is AttachmentRole.SIGNATURE and whole.signs_sha256 is None
    bundle = export_bundle(ctx, None, YEAR, folder / "Байзак 2025.zip", created_at=CREATED).path
    info = {
        "doc": doc,
        "sig": sig,
        "whole": whole,
        "item1": (code1, period1, slot1),
        "item2": (code2, period2, slot2),
        "ex1": ex1,
    }
    yield ctx, bundle, info
    ctx.close()


@pytest.fixture
def region(tmp_path):
    ctx = oblast(tmp_path / "oblast")
    yield ctx
    ctx.close()


def _item(manifest, code, period):
    return next(it for it in manifest["items"] if (it["code"], it["period"]) == (code, period))


def _valid(manifest):
    jsonschema.Draft202012Validator(SCHEMA, format_checker=jsonschema.FormatChecker()).validate(manifest)
    return manifest


# ---------------------------------------------------------------- export


def test_signatures_go_beside_their_documents_with_role_signs_and_signers(signed, pki):
    ctx, bundle, info = signed
    manifest = _valid(verify_bundle(bundle))
    code1, period1, slot1 = info["item1"]
    files = {f["role"]: f for f in _item(manifest, code1, period1)["files"] if f["slot"] == slot1}
    doc, sig = files["supporting"], files["signature"]
    assert PurePosixPath(doc["path"]).name.endswith(" Приказ № 15.pdf")
    assert sig["path"] == doc["path"] + ".cms" and sig["signs"] == doc["path"]
    assert sig["sha256"] == info["sig"].sha256 and sig["media_type"] == "application/pkcs7-signature"
    [person] = sig["signers"]
    assert set(person) == {"full_name", "iin", "bin", "organization", "signed_at", "authorities", "integrity"}
    assert (person["full_name"], person["iin"], person["integrity"]) == (IVANOV, IVANOV_IIN, "ok")
    assert person["authorities"] == ["Юридическое лицо", "Первый руководитель"]
    assert person["organization"] and person["signed_at"].startswith(str(CREATED.year)[:2])
    code2, period2, slot2 = info["item2"]
    [whole] = [f for f in _item(manifest, code2, period2)["files"] if f["role"] == "signature"]
    assert whole["signs"] is None and whole["slot"] == slot2 and [s["full_name"] for s in whole["signers"]] == [IVANOV]
    assert PurePosixPath(whole["path"]).name == "01 Протокол № 3.cms"
    with zipfile.ZipFile(bundle) as zf:
        assert zf.read(sig["path"]) == ctx.blobs.path_of(info["sig"].sha256).read_bytes()


def test_a_signature_of_a_draft_stays_home_with_its_draft(signed):
    _ctx, bundle, _info = signed
    manifest = verify_bundle(bundle)
    names = [f["original_name"] for item in manifest["items"] for f in item["files"]]
    assert "Приказ № 15.pdf.cms" in names  # the others go
    assert "Проект письма.pdf" not in names and "Проект письма.pdf.cms" not in names


def test_the_schema_refuses_a_signature_entry_without_its_fields(signed):
    _ctx, bundle, info = signed
    manifest = verify_bundle(bundle)
    code1, period1, _slot = info["item1"]
    for key, value in (("signs", 5), ("signers", [{"full_name": IVANOV}]), ("role", "cms")):
        broken = json.loads(json.dumps(manifest))
        sig = next(f for f in _item(broken, code1, period1)["files"] if f["role"] == "signature")
        sig[key] = value
        with pytest.raises(jsonschema.ValidationError):
            _valid(broken)


def test_the_fingerprint_of_changed_includes_signature_files(signed):
    ctx, _bundle, info = signed
    with ctx.store.session() as s:
        org = get_current_organization(s)
        snap = read_year(s, ctx.catalog_for_year(YEAR), org.id, YEAR, CREATED.date())
    row = next(e for e in snap.executions if e.id == info["ex1"])
    assert [f.role for f in row.files if f.role == "signature"] == ["signature"]
    unsigned = replace(row, files=tuple(f for f in row.files if f.role != "signature"))
    assert fingerprint(unsigned) != row.fingerprint
    moved = replace(
        row, files=tuple(replace(f, signs_sha256="0" * 64) if f.role == "signature" else f for f in row.files)
    )
    assert fingerprint(moved) != row.fingerprint


# ---------------------------------------------------------------- import


def _imported(region, bundle):
    """The imported district's current attachments by original name, and its checklists."""
    with region.store.session() as s:
        org = s.scalar(select(Organization).where(Organization.level == "district"))
        plan = s.scalar(select(YearPlan).where(YearPlan.organization_id == org.id, YearPlan.year == YEAR))
        rows = s.execute(
            select(SubtaskExecution.subtask_code, SubtaskExecution.period, Attachment)
            .join(Attachment, Attachment.execution_id == SubtaskExecution.id)
            .where(SubtaskExecution.year_plan_id == plan.id, Attachment.removed_at.is_(None))
        ).all()
        files = {
            a.original_name: (code, period, a.role, a.sha256, a.signs_sha256, a.signature_info, a.slot_key)
            for code, period, a in rows
        }
        judged = plan_checklists(s, region.catalog_for_year(YEAR), plan.id)
        codes = {
            e.id: (e.subtask_code, e.period or "")
            for e in s.scalars(select(SubtaskExecution).where(SubtaskExecution.year_plan_id == plan.id))
        }
        states = {(*codes[ex], st.slot.key): st for ex, c in judged.checklists.items() for st in c.slots}
    return files, states


def test_import_stores_the_signatures_and_the_esigned_slot_counts(signed, region):
    _ctx, bundle, info = signed
    import_bundle(region, bundle, add_unknown_subordinate=True)
    files, states = _imported(region, bundle)
    code1, period1, slot1 = info["item1"]
    doc = files["Приказ № 15.pdf"]
    assert doc[:3] == (code1, period1, "supporting") and doc[6] == slot1
    sig = files["Приказ № 15.pdf.cms"]
    assert sig[2] == "signature" and sig[3] == info["sig"].sha256 and sig[4] == doc[3] and sig[6] == slot1
    facts = SignatureFacts.from_json(sig[5])
    assert facts.detached and facts.intact and [s.name for s in facts.signers] == [IVANOV]
    whole = files["Протокол № 3.cms"]
    assert whole[2] == "signature" and whole[4] is None and SignatureFacts.from_json(whole[5]).detached is False
    state = states[(code1, period1, slot1)]
    assert state.satisfied and state.certificate_signers == (IVANOV,)  # a supporting file: signed by the ЭЦП
    assert states[(*info["item2"],)].satisfied


def test_a_manifest_lying_about_the_signer_is_ignored(signed, region, tmp_path):
    _ctx, bundle, info = signed
    code1, period1, _slot = info["item1"]

    def lie(m):
        for f in _item(m, code1, period1)["files"]:
            if f["role"] == "signature":
                f["signers"][0].update(full_name="ПЕТРОВ ПЁТР ПЕТРОВИЧ", iin="000000000000", integrity="ok")

    path = rewrite_manifest(bundle, tmp_path / "ложь.zip", lie)
    import_bundle(region, path, add_unknown_subordinate=True)
    files, _states = _imported(region, path)
    facts = SignatureFacts.from_json(files["Приказ № 15.pdf.cms"][5])
    assert [(s.name, s.iin) for s in facts.signers] == [(IVANOV, IVANOV_IIN)]


def _refused(ctx, path, *words, error=ImportError_):
    before = snapshot(ctx)
    with pytest.raises(error) as caught:
        import_bundle(ctx, path, add_unknown_subordinate=True)
    for word in words:
        assert word in str(caught.value), str(caught.value)
    assert snapshot(ctx) == before  # nothing imported, nothing left
    return str(caught.value)


def _swap_file(source: Path, target: Path, wanted, data: bytes) -> str:
    """The bundle with the first file entry matching wanted(entry) replaced
    by `data`, its hash and size updated in the manifest."""
    chosen = {}

    def change(m):
        for item in m["items"]:
            for f in item["files"]:
                if wanted(f) and not chosen:
                    f.update(sha256=hashlib.sha256(data).hexdigest(), size=len(data))
                    chosen["path"] = f["path"]

    middle = rewrite_manifest(source, target.with_suffix(".tmp.zip"), change)
    with zipfile.ZipFile(middle) as zin, zipfile.ZipFile(target, "w") as zout:
        for entry in zin.infolist():
            zout.writestr(entry, data if entry.filename == chosen["path"] else zin.read(entry))
    return chosen["path"]


def test_a_tampered_signature_refuses_the_bundle(signed, region, tmp_path, pki):
    _ctx, bundle, _info = signed
    forged = sign(pki.ivanov, b"%PDF-1.4\nanother order\n%%EOF\n")  # a real signature of something else
    path = _swap_file(bundle, tmp_path / "подмена.zip", lambda f: f["role"] == "signature" and f["signs"], forged)
    _refused(region, tmp_path / "подмена.zip", f"подпись «{path}»", "не сходится")


def test_a_signature_file_that_is_no_signature_refuses_the_bundle(signed, region, tmp_path):
    _ctx, bundle, _info = signed
    path = _swap_file(
        bundle,
        tmp_path / "pdf.zip",
        lambda f: f["role"] == "signature",
        b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n",
    )
    _refused(region, tmp_path / "pdf.zip", f"«{path}»", "файл электронной подписи")


def test_a_signs_path_that_is_no_file_of_the_item_refuses_the_bundle(signed, region, tmp_path):
    _ctx, bundle, info = signed
    code1, period1, _slot = info["item1"]

    def elsewhere(m):
        sig = next(f for f in _item(m, code1, period1)["files"] if f["role"] == "signature")
        sig["signs"] = "Проект 9/нет такого.pdf"

    path = rewrite_manifest(bundle, tmp_path / "мимо.zip", elsewhere)
    _refused(region, path, "«Проект 9/нет такого.pdf»", "которого нет среди файлов", error=BundleError)

    def wrong_type(m):
        sig = next(f for f in _item(m, code1, period1)["files"] if f["role"] == "signature")
        sig["signers"] = "ИВАНОВ"

    path = rewrite_manifest(bundle, tmp_path / "тип.zip", wrong_type)
    _refused(region, path, "неверного вида", error=BundleError)


# ---------------------------------------------------------------- inventory


def test_the_inventory_lists_the_esigned_document_with_its_signer_and_date(signed):
    ctx, bundle, info = signed
    code1, _period, _slot = info["item1"]
    facts = info["sig"].signature
    day = esign_date(facts.signers)
    assert day is not None
    with ctx.store.session() as s:
        org = get_current_organization(s)
        lines = inventory_items(s, ctx.catalog_for_year(YEAR), org.id, YEAR, blobs=ctx.blobs)
    by_name = {line.document: line for line in lines}
    order = by_name["Приказ № 15.pdf"]
    assert order.code == code1 and order.signer == "Иванов И. И. (ЭЦП)" and order.signed_on == day
    assert by_name["Протокол № 3.cms"].signer == "Иванов И. И. (ЭЦП)"  # the attached signature: a document
    assert "Приказ № 15.pdf.cms" not in by_name  # the detached one: not a row
    assert "Проект письма.pdf" not in by_name  # a draft: never listed
    # The bundle's опись names the document as the bundle does, with the ЭЦП signer.
    with zipfile.ZipFile(bundle) as zf:
        name = next(n for n in zf.namelist() if n.startswith("Опись") and n.endswith(".xlsx"))
        sheet = openpyxl.load_workbook(io.BytesIO(zf.read(name))).active
    rows = [
        [c.replace("\xa0", " ") if isinstance(c, str) else c for c in row if c is not None]
        for row in sheet.iter_rows(values_only=True)
    ]  # keep_together writes no-break spaces
    [line] = [r for r in rows if any(isinstance(c, str) and c.endswith(" Приказ № 15.pdf") for c in r)]
    assert "Иванов И. И. (ЭЦП)" in line and f"{day:%d.%m.%Y}" in line
    assert not any(isinstance(c, str) and c.endswith(".pdf.cms") for r in rows for c in r)
    assert not any(isinstance(c, str) and "Проект письма" in c for r in rows for c in r)  # not in the bundle
