"""«Карточка электронного документа» PDFs (core/esign/card.py): real cards made with pypdf carrying a
document and its CMS signature, and hostile ones — odd names, too many or too big parts, a zip bomb,
bad Flate data, truncated files, cyclic and endless name trees — each giving parts, an empty result or
one AttachmentError, never another exception."""

from __future__ import annotations

import base64
import io
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import pytest
from pypdf import PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from tbn4_desktop.core.attachments import AttachmentError
from tbn4_desktop.core.esign.card import (
    NAME_LIMIT,
    CardContents,
    EmbeddedPart,
    embedded_parts,
)
from tbn4_desktop.core.esign.cms import read_signed_data
from tests.esign_pki import build_pki, sign

MB = 1024 * 1024
N = NameObject


@pytest.fixture(scope="module")
def pki():
    return build_pki()


def _writer(text: str = "Card") -> PdfWriter:
    """A one-page PDF whose page shows `text` in Helvetica."""
    writer = PdfWriter()
    page = writer.add_blank_page(595, 842)
    font = DictionaryObject({N("/Type"): N("/Font"), N("/Subtype"): N("/Type1"), N("/BaseFont"): N("/Helvetica")})
    page[N("/Resources")] = DictionaryObject({N("/Font"): DictionaryObject({N("/F1"): writer._add_object(font)})})
    content = DecodedStreamObject()
    content.set_data(f"BT /F1 14 Tf 72 760 Td ({text}) Tj ET".encode())
    page[N("/Contents")] = writer._add_object(content)
    return writer


def pdf_bytes(text: str = "Document") -> bytes:
    out = io.BytesIO()
    _writer(text).write(out)
    return out.getvalue()


def docx_bytes() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def card(tmp_path: Path, files: list[tuple[str, bytes]], name: str = "card.pdf") -> Path:
    """A card made the ordinary way: pypdf's add_attachment."""
    writer = _writer("Kartochka elektronnogo dokumenta")
    for file_name, data in files:
        writer.add_attachment(file_name, data)
    path = tmp_path / name
    writer.write(path)
    return path


def _spec(writer: PdfWriter, name: str, raw: bytes, flate: bool = False):
    """A file specification whose embedded stream holds `raw` as written (FlateDecode if `flate`)."""
    stream = StreamObject()
    stream._data = raw
    stream[N("/Type")] = N("/EmbeddedFile")
    if flate:
        stream[N("/Filter")] = N("/FlateDecode")
    spec = DictionaryObject(
        {
            N("/Type"): N("/Filespec"),
            N("/F"): TextStringObject(name),
            N("/EF"): DictionaryObject({N("/F"): writer._add_object(stream)}),
        }
    )
    return writer._add_object(spec)


def raw_card(tmp_path: Path, tree: DictionaryObject | None, writer: PdfWriter, annots=()) -> Path:
    """A card with a hand-made /EmbeddedFiles tree and file-attachment annotations on its page."""
    if tree is not None:
        writer._root_object[N("/Names")] = DictionaryObject({N("/EmbeddedFiles"): tree})
    if annots:
        writer.pages[0][N("/Annots")] = ArrayObject(
            writer._add_object(
                DictionaryObject(
                    {
                        N("/Type"): N("/Annot"),
                        N("/Subtype"): N("/FileAttachment"),
                        N("/FS"): spec,
                        N("/Rect"): ArrayObject([NumberObject(0)] * 4),
                    }
                )
            )
            for spec in annots
        )
    path = tmp_path / "raw.pdf"
    writer.write(path)
    return path


def summary(contents: CardContents) -> list[tuple[str, str]]:
    return [(part.name, part.kind) for part in contents.parts]


def test_card_with_a_pdf_and_its_cms_gives_both_byte_identical(tmp_path, pki):
    document = pdf_bytes("Prikaz 15")
    signature = sign(pki.ivanov, document)
    result = embedded_parts(
        card(tmp_path, [("Приказ 15.pdf", document), ("Приказ 15.pdf.cms", signature)]), max_bytes=MB
    )
    assert summary(result) == [("Приказ 15.pdf", "document"), ("Приказ 15.pdf.cms", "signature")]
    assert result.parts[0].data == document
    assert result.parts[1].data == signature
    assert result.skipped == ()
    assert read_signed_data(result.parts[1].data).detached


def test_base64_signature_and_docx_are_recognised_other_types_skipped(tmp_path, pki):
    docx = docx_bytes()
    b64 = sign(pki.ivanov, docx, encoding="base64")
    pem = sign(pki.petrova, docx, encoding="pem")
    result = embedded_parts(
        card(
            tmp_path,
            [
                ("договор.docx", docx),
                ("подпись.sig", b64),
                ("подпись2.p7s", pem),
                ("readme.txt", "Просто текст".encode()),
                ("setup.exe", b"MZ\x90\x00" + b"\0" * 200),
            ],
        ),
        max_bytes=MB,
    )
    assert summary(result) == [
        ("договор.docx", "document"),
        ("подпись.sig", "signature"),
        ("подпись2.p7s", "signature"),
    ]
    assert result.parts[1].data == b64
    assert result.skipped == ("readme.txt", "setup.exe")


def test_type_is_decided_by_content_not_by_the_name(tmp_path, pki):
    document = pdf_bytes()
    result = embedded_parts(
        card(
            tmp_path,
            [
                ("scan.txt", document),
                ("document.pdf", sign(pki.ivanov, document)),
                ("signature.cms", b"not a signature at all"),
            ],
        ),
        max_bytes=MB,
    )
    assert sorted(summary(result)) == [("document.pdf", "signature"), ("scan.txt", "document")]
    assert result.skipped == ("signature.cms",)


def test_ordinary_pdf_and_non_pdf_files_have_no_parts(tmp_path):
    plain = tmp_path / "scan.pdf"
    plain.write_bytes(pdf_bytes("Scan"))
    jpeg = tmp_path / "photo.jpg"
    jpeg.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\0" * 500 + b"\xff\xd9")
    garbage = tmp_path / "garbage.pdf"
    garbage.write_bytes(bytes(range(256)) * 40)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    for path in (plain, jpeg, garbage, empty):
        assert embedded_parts(path, max_bytes=MB) == CardContents(), path.name


def test_missing_file_is_an_attachment_error(tmp_path):
    with pytest.raises(AttachmentError, match="absent.pdf"):
        embedded_parts(tmp_path / "absent.pdf", max_bytes=MB)


def test_hostile_names_become_safe_and_unique(tmp_path):
    document = pdf_bytes()
    names = [
        "../../evil.pdf",
        "a/b\\c.pdf",
        "",
        "д" * 300 + ".pdf",
        "evil.pdf",
        "EVIL.pdf",
        "..",
        "con.pdf",
        "bad\x00\x1b\u202ename?.pdf",
    ]
    writer = _writer()  # a tree in this order: add_attachment would sort the names
    pairs = [item for name in names for item in (TextStringObject(name), _spec(writer, name, document))]
    result = embedded_parts(
        raw_card(tmp_path, DictionaryObject({N("/Names"): ArrayObject(pairs)}), writer), max_bytes=MB
    )
    names = [part.name for part in result.parts]
    assert names == [
        "evil.pdf",
        "c.pdf",
        "вложение-3",
        "д" * (NAME_LIMIT - 4) + ".pdf",
        "evil (2).pdf",
        "EVIL (3).pdf",
        "вложение-7",
        "_con.pdf",
        "badname_.pdf",
    ]
    assert all(len(name) <= NAME_LIMIT for name in names)
    assert all(part.data == document for part in result.parts)


def test_duplicates_of_a_long_name_stay_within_the_limit(tmp_path):
    long_name = "x" * 200 + ".pdf"
    result = embedded_parts(card(tmp_path, [(long_name, pdf_bytes())] * 3), max_bytes=MB)
    assert [part.name for part in result.parts] == ["x" * 116 + ".pdf", "x" * 112 + " (2).pdf", "x" * 112 + " (3).pdf"]


def test_part_over_the_limit_is_refused_naming_it(tmp_path):
    big = b"%PDF-1.4\n" + b"0" * 5000
    path = card(tmp_path, [("small.pdf", pdf_bytes()), ("огромный.pdf", big)], name="карточка.pdf")
    with pytest.raises(AttachmentError) as info:
        embedded_parts(path, max_bytes=4000)
    assert "«огромный.pdf»" in str(info.value) and "«карточка.pdf»" in str(info.value)
    assert len(embedded_parts(path, max_bytes=6000).parts) == 2


def test_parts_together_over_four_times_the_limit_are_refused(tmp_path):
    part = b"%PDF-1.4\n" + b"1" * 900
    path = card(tmp_path, [(f"{i}.pdf", part) for i in range(5)])
    with pytest.raises(AttachmentError, match="вместе больше"):
        embedded_parts(path, max_bytes=1000)
    assert len(embedded_parts(path, max_bytes=1200).parts) == 5


def test_too_many_parts_are_refused(tmp_path):
    path = card(tmp_path, [(f"{i}.txt", b"x") for i in range(6)])
    with pytest.raises(AttachmentError, match=r"Число вложений .* \(5\)"):
        embedded_parts(path, max_bytes=MB, max_parts=5)
    assert embedded_parts(path, max_bytes=MB, max_parts=6).skipped == tuple(f"{i}.txt" for i in range(6))


def test_zip_bomb_stops_at_the_limit(tmp_path):
    writer = _writer()
    bomb = zlib.compress(b"\0" * (64 * MB), 9)  # ~64 KB that inflate to 64 MB
    path = raw_card(
        tmp_path,
        DictionaryObject(
            {N("/Names"): ArrayObject([TextStringObject("bomb.pdf"), _spec(writer, "bomb.pdf", bomb, flate=True)])}
        ),
        writer,
    )
    tracemalloc.start()
    try:
        with pytest.raises(AttachmentError, match="«bomb.pdf»"):
            embedded_parts(path, max_bytes=MB)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 16 * MB  # inflating stopped near 1 MB, not after 64 MB


def test_bad_flate_data_is_not_a_crash(tmp_path):
    writer = _writer()
    good = _spec(writer, "good.pdf", zlib.compress(pdf_bytes()), flate=True)
    bad = _spec(writer, "bad.pdf", b"this is not zlib data at all" * 10, flate=True)
    path = raw_card(
        tmp_path,
        DictionaryObject(
            {N("/Names"): ArrayObject([TextStringObject("bad.pdf"), bad, TextStringObject("good.pdf"), good])}
        ),
        writer,
    )
    try:
        result = embedded_parts(path, max_bytes=MB)
    except AttachmentError as exc:
        assert "bad.pdf" in str(exc)
    else:
        assert summary(result) == [("good.pdf", "document")]
        assert result.skipped == ("bad.pdf",)


def test_truncated_card_is_empty_or_an_attachment_error(tmp_path, pki):
    document = pdf_bytes()
    whole = card(tmp_path, [("doc.pdf", document), ("doc.pdf.cms", sign(pki.ivanov, document))]).read_bytes()
    outcomes = set()
    for cut in (len(whole) // 2, len(whole) // 3, len(whole) - 40, 20):
        path = tmp_path / f"cut{cut}.pdf"
        path.write_bytes(whole[:cut])
        try:
            outcomes.add(len(embedded_parts(path, max_bytes=MB).parts))
        except AttachmentError as exc:
            assert "cut" in str(exc)
            outcomes.add("error")
    assert outcomes <= {0, 1, 2, "error"}


def test_shifted_offsets_are_damage_not_an_empty_card(tmp_path):
    """pypdf repairs the broken xref by scanning for «3 0 obj» and may take the catalog of the PDF
    embedded uncompressed inside: no embedded files at all, had it not been checked."""
    whole = card(tmp_path, [("doc.pdf", pdf_bytes()), ("note.txt", b"abc")]).read_bytes()
    shifted = tmp_path / "shifted.pdf"
    shifted.write_bytes(whole[:11] + whole[12:])  # one byte of the binary comment after %PDF-1.x less
    with pytest.raises(AttachmentError, match="«shifted.pdf» повреждён"):
        embedded_parts(shifted, max_bytes=MB)


def test_card_with_an_owner_password_only_is_read(tmp_path, pki):
    writer = PdfWriter(clone_from=card(tmp_path, [("doc.pdf", pdf_bytes()), ("doc.pdf.cms", sign(pki.ivanov))]))
    writer.encrypt(user_password="", owner_password="owner", algorithm="AES-128")
    path = tmp_path / "locked.pdf"
    writer.write(path)
    assert summary(embedded_parts(path, max_bytes=MB)) == [("doc.pdf", "document"), ("doc.pdf.cms", "signature")]
    writer = PdfWriter(clone_from=card(tmp_path, [("doc.pdf", pdf_bytes())]))
    writer.encrypt(user_password="secret", algorithm="AES-128")
    writer.write(path)
    with pytest.raises(AttachmentError, match="«locked.pdf»"):
        embedded_parts(path, max_bytes=MB)


def test_nested_cyclic_name_tree_is_read_once(tmp_path):
    writer = _writer()
    leaf = DictionaryObject(
        {N("/Names"): ArrayObject([TextStringObject("deep.pdf"), _spec(writer, "deep.pdf", pdf_bytes())])}
    )
    leaf_ref = writer._add_object(leaf)
    middle = DictionaryObject()
    middle_ref = writer._add_object(middle)
    root = DictionaryObject()
    root_ref = writer._add_object(root)
    middle[N("/Kids")] = ArrayObject([leaf_ref, root_ref, middle_ref])  # loops back to root and itself
    root[N("/Kids")] = ArrayObject([middle_ref])
    path = raw_card(tmp_path, root, writer)
    assert summary(embedded_parts(path, max_bytes=MB)) == [("deep.pdf", "document")]


def test_endless_name_tree_is_damaged(tmp_path):
    writer = _writer()
    node = DictionaryObject({N("/Names"): ArrayObject([TextStringObject("x.pdf"), _spec(writer, "x.pdf", b"x")])})
    for _ in range(200):  # a chain deeper than any real tree
        node = DictionaryObject({N("/Kids"): ArrayObject([writer._add_object(node)])})
    with pytest.raises(AttachmentError, match="повреждён"):
        embedded_parts(raw_card(tmp_path, node, writer), max_bytes=MB)


def test_broken_embedded_files_entries_are_ignored(tmp_path):
    writer = _writer()
    tree = DictionaryObject(
        {
            N("/Names"): ArrayObject(
                [
                    TextStringObject("number"),
                    NumberObject(7),
                    TextStringObject("no-ef"),
                    DictionaryObject({N("/F"): TextStringObject("outside.pdf")}),
                    TextStringObject("dangling"),
                ]
            )
        }
    )
    assert embedded_parts(raw_card(tmp_path, tree, writer), max_bytes=MB) == CardContents()
    writer = _writer()
    writer._root_object[N("/Names")] = DictionaryObject({N("/EmbeddedFiles"): NumberObject(3)})
    path = tmp_path / "number.pdf"
    writer.write(path)
    assert embedded_parts(path, max_bytes=MB) == CardContents()


def test_file_attachment_annotations_are_read_and_not_doubled(tmp_path, pki):
    writer = _writer()
    document = pdf_bytes()
    shared = _spec(writer, "doc.pdf", document)
    only_annot = _spec(writer, "doc.pdf.p7s", sign(pki.ivanov, document))
    tree = DictionaryObject({N("/Names"): ArrayObject([TextStringObject("doc.pdf"), shared])})
    result = embedded_parts(raw_card(tmp_path, tree, writer, annots=(shared, only_annot)), max_bytes=MB)
    assert summary(result) == [("doc.pdf", "document"), ("doc.pdf.p7s", "signature")]
    assert isinstance(result.parts[0], EmbeddedPart) and result.parts[0].data == document


def test_the_card_given_as_base64_text_is_not_a_pdf(tmp_path):
    path = tmp_path / "card.b64"
    path.write_bytes(base64.encodebytes(pdf_bytes()))
    assert embedded_parts(path, max_bytes=MB) == CardContents()
