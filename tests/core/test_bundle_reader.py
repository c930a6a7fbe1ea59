"""The importer's reader never trusts a bundle: a corpus of hostile bundles,
generated here, one per refusal, each refused with a Russian sentence that
names the entry — and nothing staged is left behind."""

import hashlib
import json
import stat
import struct
import unicodedata
import zipfile
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from tbn4_desktop.core.bundle import (
    MANIFEST_NAME,
    BundleCancelled,
    BundleError,
    BundleFile,
    BundleItem,
    BundleSpec,
    manifest_bytes,
    write_bundle,
)
from tbn4_desktop.core.bundle_reader import ADVICE, ImportLimits, open_bundle
from tbn4_desktop.core.vocabulary import Channel, ExecutionStatus, SignerRole

ALMATY = timezone(timedelta(hours=5))
CREATED = datetime(2025, 4, 2, 9, 30, 0, tzinfo=ALMATY)
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 64 + b"\n%%EOF\n"
PDF2 = b"%PDF-1.4\n" + bytes(range(255, -1, -1)) * 40 + b"\n%%EOF\n"
SCAN = "Проект 1/Задача 1/1.1.3 Анонс/01 Приказ.pdf"
SECOND = "Проект 1/Задача 1/1.1.3 Анонс/02 Справка.pdf"


SIGNER = {"full_name": "Иванов Иван Иванович", "position": "Аким района", "role": "district_akim"}
LINK = {"url": "https://bayzak.gov.kz/news/1", "title": "Анонс", "published_on": "2025-03-21", "channel": "site"}


def valid_spec():
    record = {
        "status": "ready_for_upload",
        "complete": True,
        "deadline": None,
        "judged_by": "upload",
        "completed_on": "2025-03-20",
        "slots": [
            {
                "key": "order",
                "requirement": "required",
                "satisfied": True,
                "waived": None,
                "signer": SIGNER,
                "date": "2025-03-20",
                "links": [],
            },
            {
                "key": "link",
                "requirement": "required",
                "satisfied": True,
                "waived": None,
                "signer": None,
                "date": None,
                "links": [LINK],
            },
        ],
        "links": [],
        "data_rows": [],
    }
    files = (
        BundleFile(
            name="01 Приказ.pdf",
            source=PDF,
            role="signed_scan",
            original_name="приказ.pdf",
            media_type="application/pdf",
            slot="order",
        ),
        BundleFile(
            name="02 Справка.pdf",
            source=PDF2,
            role="supporting",
            original_name="справка.pdf",
            media_type="application/pdf",
        ),
    )
    items = (
        BundleItem(
            code="1.1.3",
            period="",
            project=1,
            task=1,
            short_title="Анонс",
            period_folder=None,
            record=record,
            files=files,
        ),
    )
    return BundleSpec(
        created_at=CREATED,
        organization={
            "id": 1,
            "name": "Аппарат акима Байзакского района",
            "bin": "990240005124",
            "level": "district",
            "parent": None,
        },
        year=2025,
        catalog={"id": "tbn4-2023", "version": 1},
        items=items,
    )


@pytest.fixture
def good(tmp_path) -> Path:
    return write_bundle(valid_spec(), tmp_path / "good.zip").path


def entries_of(path: Path) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(path) as zf:
        return [(info, zf.read(info)) for info in zf.infolist()]


def manifest_of(path: Path) -> dict:
    with zipfile.ZipFile(path) as zf:
        return json.loads(zf.read(MANIFEST_NAME))


def write_zip(path: Path, entries, *, compression=zipfile.ZIP_STORED) -> Path:
    """entries: (name or ZipInfo, bytes); names get the UTF-8 flag."""
    with zipfile.ZipFile(path, "w", compression) as zf:
        for name, data in entries:
            info = name if isinstance(name, zipfile.ZipInfo) else zipfile.ZipInfo(name, (2025, 4, 2, 9, 30, 0))
            info.compress_type = compression if not isinstance(name, zipfile.ZipInfo) else info.compress_type
            zf.writestr(info, data)
    return path


def rebuilt(good: Path, target: Path, *, manifest=None, extra=(), drop=(), replace=None) -> Path:
    """The good bundle with its manifest changed, entries added, dropped or replaced."""
    out = []
    for info, data in entries_of(good):
        if info.filename in drop:
            continue
        if info.filename == MANIFEST_NAME and manifest is not None:
            data = manifest if isinstance(manifest, bytes) else manifest_bytes(manifest)
        if replace and info.filename in replace:
            data = replace[info.filename]
        out.append((info.filename, data))
    out.extend(extra)
    return write_zip(target, out)


def with_file(manifest: dict, path: str, data: bytes, role: str = "supporting") -> dict:
    manifest["items"][0]["files"].append(
        {"path": path, "sha256": hashlib.sha256(data).hexdigest(), "size": len(data), "role": role, "slot": ""}
    )
    return manifest


def refused(path: Path, *words: str, limits: ImportLimits | None = None, stage: Path | None = None) -> str:
    with pytest.raises(BundleError) as caught:
        open_bundle(path, limits, stage_dir=stage)
    message = str(caught.value)
    for word in words:
        assert word in message, message
    assert "Traceback" not in message and "\n" not in message
    return message


# ---------------------------------------------------------------- the good one


def test_a_good_bundle_opens_with_typed_records_and_stages_verified_files(good, tmp_path):
    stage = tmp_path / "stage"
    stage.mkdir()
    with open_bundle(good, stage_dir=stage) as reader:
        m = reader.manifest
        assert reader.verified
    assert m.organization.bin == "990240005124" and m.year == 2025 and m.catalog_id == "tbn4-2023"
    assert m.created_at == datetime(2025, 4, 2, 4, 30, 0)  # UTC, naive
    (item,) = m.items
    assert m.format_version == 2 and item.complete is True and item.judged_by == "upload"
    assert item.status is ExecutionStatus.READY_FOR_UPLOAD
    order, link = item.slots
    assert (order.key, order.signer.role, order.doc_date.isoformat()) == (
        "order",
        SignerRole.DISTRICT_AKIM,
        "2025-03-20",
    )
    assert item.signatory is None and item.links == ()
    assert link.links[0].published_on.isoformat() == "2025-03-21" and link.links[0].channel is Channel.SITE
    assert [f.slot for f in item.files if f.role != "links"] == ["order", ""]
    assert m.sha256 == hashlib.sha256(manifest_bytes(manifest_of(good))).hexdigest()
    staged = sorted(p.name for p in stage.iterdir())
    assert staged == sorted(f.sha256 for f in m.files)  # the two scans and ссылки.txt
    assert {hashlib.sha256(d).hexdigest() for d in (PDF, PDF2)} < set(staged)
    assert (stage / hashlib.sha256(PDF).hexdigest()).read_bytes() == PDF


def test_progress_reaches_the_total_and_cancel_stops(good, tmp_path):
    seen = []
    open_bundle(good, progress=lambda done, total: seen.append((done, total))).close()
    assert seen[-1][0] == seen[-1][1] > len(PDF) + len(PDF2)
    stage = tmp_path / "stage"
    stage.mkdir()
    with pytest.raises(BundleCancelled):
        open_bundle(good, stage_dir=stage, cancelled=lambda: True)
    assert list(stage.iterdir()) == []


# ---------------------------------------------------------------- the archive


def test_not_a_zip(tmp_path):
    path = tmp_path / "письмо.zip"
    path.write_bytes(b"%PDF-1.4 this is no zip" * 100)
    refused(path, "«письмо.zip»", "не ZIP-архив")


def test_a_truncated_zip_is_corrupt(good, tmp_path):
    path = tmp_path / "cut.zip"
    path.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    refused(path, "не ZIP-архив или он повреждён")


def test_missing_file(tmp_path):
    refused(tmp_path / "нет.zip", "не найден")


def test_encrypted_entry(good, tmp_path):
    info = zipfile.ZipInfo("секрет.pdf", (2025, 1, 1, 0, 0, 0))
    path = rebuilt(good, tmp_path / "enc.zip", extra=[(info, PDF)])
    raw = bytearray(path.read_bytes())
    # Set bit 0 (encrypted) of the general-purpose flags of that entry, in the
    # local header and in the central directory.
    for sig, offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        start = 0
        while (at := raw.find(sig, start)) >= 0:
            name_len_at = 26 if sig == b"PK\x03\x04" else 28
            name_len = struct.unpack_from("<H", raw, at + name_len_at)[0]
            header = 30 if sig == b"PK\x03\x04" else 46
            if raw[at + header : at + header + name_len] == "секрет.pdf".encode():
                raw[at + offset] |= 1
            start = at + 4
    path.write_bytes(bytes(raw))
    refused(path, "«секрет.pdf»", "зашифрован", ADVICE)


@pytest.mark.parametrize(
    "name, problem",
    [
        ("../evil.pdf", "«..»"),
        ("Проект 1/../../evil.pdf", "«..»"),
        ("/etc/passwd", "абсолютный путь"),
        ("C:/Windows/evil.pdf", "абсолютный путь"),
        ("c:evil.pdf", "абсолютный путь"),
        ("Проект 1\\evil.pdf", "обратная косая черта"),
    ],
)
def test_paths_outside_the_root(good, tmp_path, name, problem):
    info = zipfile.ZipInfo("x", (2025, 1, 1, 0, 0, 0))
    info.filename = name  # ZipInfo would clean these; an attacker's tool does not
    path = rebuilt(good, tmp_path / "escape.zip", extra=[(info, PDF)])
    refused(path, f"«{name}»", problem)


def test_symlink(good, tmp_path):
    info = zipfile.ZipInfo("Проект 1/ссылка.pdf", (2025, 1, 1, 0, 0, 0))
    info.create_system = 3
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    path = rebuilt(good, tmp_path / "link.zip", extra=[(info, b"/etc/passwd")])
    refused(path, "«Проект 1/ссылка.pdf»", "символьная ссылка")


def test_a_directory_posing_as_a_file(good, tmp_path):
    info = zipfile.ZipInfo("Проект 1/папка", (2025, 1, 1, 0, 0, 0))
    info.external_attr = (stat.S_IFDIR | 0o755) << 16
    path = rebuilt(good, tmp_path / "dir.zip", extra=[(info, b"")])
    refused(path, "«Проект 1/папка»", "папка, записанная как файл")


def test_a_file_that_is_also_a_folder(good, tmp_path):
    path = rebuilt(good, tmp_path / "both.zip", extra=[("Проект 1", b"x")])
    refused(path, "«Проект 1»", "совпадают")


def test_duplicate_names(good, tmp_path):
    with pytest.warns(UserWarning, match="Duplicate name"):  # zipfile warns, and writes it anyway
        path = rebuilt(good, tmp_path / "dup.zip", extra=[(SCAN, PDF2)])
    refused(path, f"«{SCAN}»", "совпадают")


def test_case_colliding_names(good, tmp_path):
    other = SCAN.replace("Приказ", "ПРИКАЗ")
    path = rebuilt(good, tmp_path / "case.zip", extra=[(other, PDF2)])
    refused(path, "совпадают", "регистра")


def test_unicode_normalisation_colliding_names(good, tmp_path):
    composed = "Проект 1/Задача 1/1.1.3 Анонс/Отчёт.pdf"
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    manifest = with_file(with_file(manifest_of(good), composed, PDF), decomposed, PDF2)
    path = rebuilt(good, tmp_path / "nfd.zip", manifest=manifest, extra=[(composed, PDF), (decomposed, PDF2)])
    refused(path, "совпадают")


def test_entry_count_over_limit(good, tmp_path):
    extra = [(f"Проект 1/лишний {i}.txt", b"x") for i in range(10)]
    path = rebuilt(good, tmp_path / "many.zip", extra=extra)
    refused(path, "файлов при допустимых 5", limits=ImportLimits(max_entries=5))


def test_entry_over_size_limit(good):
    refused(good, f"«{SCAN}»", "больше допустимых", limits=ImportLimits(max_entry_bytes=len(PDF) - 1))


def test_total_over_size_limit(good):
    limits = ImportLimits(max_total_bytes=len(PDF) + len(PDF2) - 1)
    refused(good, "общий размер файлов больше допустимых", limits=limits)


def test_zip_bomb_ratio(good, tmp_path):
    zeros = bytes(8 * 1024 * 1024)
    manifest = with_file(manifest_of(good), "Проект 1/bomb.pdf", zeros)
    entries = [(info.filename, data) for info, data in entries_of(good) if info.filename != MANIFEST_NAME]
    entries += [("Проект 1/bomb.pdf", zeros), (MANIFEST_NAME, manifest_bytes(manifest))]
    path = write_zip(tmp_path / "bomb.zip", entries, compression=zipfile.ZIP_DEFLATED)
    refused(path, "«Проект 1/bomb.pdf»", "ZIP-бомбы")


def test_header_sizes_are_not_trusted(good, tmp_path):
    """The central directory claims 100 bytes for a 64 KiB file (the
    manifest agrees): the bytes actually read decide, and it is refused."""
    data = bytes(range(256)) * 256
    manifest = with_file(manifest_of(good), "Проект 1/ложь.pdf", data[:100])
    path = rebuilt(good, tmp_path / "lie.zip", manifest=manifest, extra=[("Проект 1/ложь.pdf", data)])
    raw = bytearray(path.read_bytes())
    at = raw.find(b"PK\x01\x02")
    name = "Проект 1/ложь.pdf".encode()
    while at >= 0:
        name_len = struct.unpack_from("<H", raw, at + 28)[0]
        if raw[at + 46 : at + 46 + name_len] == name:
            struct.pack_into("<I", raw, at + 24, 100)  # uncompressed size
        at = raw.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(raw))
    refused(path, "«Проект 1/ложь.pdf»")


# ---------------------------------------------------------------- the manifest


def test_missing_manifest(good, tmp_path):
    refused(rebuilt(good, tmp_path / "nomanifest.zip", drop=[MANIFEST_NAME]), "нет файла manifest.json")


def test_malformed_manifest(good, tmp_path):
    refused(rebuilt(good, tmp_path / "bad.zip", manifest=b"{not json"), "manifest.json повреждён")


def test_oversized_manifest(good):
    refused(good, "manifest.json слишком большой", limits=ImportLimits(max_manifest_bytes=100))


def test_unknown_format(good, tmp_path):
    manifest = manifest_of(good) | {"format": "other-bundle"}
    refused(rebuilt(good, tmp_path / "fmt.zip", manifest=manifest), "не является пакетом ТБН-4")


def test_newer_format_version(good, tmp_path):
    manifest = manifest_of(good) | {"format_version": 3}
    refused(rebuilt(good, tmp_path / "v2.zip", manifest=manifest), "более новой версией программы", "Обновите")


def test_unknown_old_format_version(good, tmp_path):
    manifest = manifest_of(good) | {"format_version": 0}
    refused(rebuilt(good, tmp_path / "v0.zip", manifest=manifest), "неизвестная версия формата 0")


def test_unknown_status(good, tmp_path):
    manifest = manifest_of(good)
    manifest["items"][0]["status"] = "done_somehow"
    refused(rebuilt(good, tmp_path / "status.zip", manifest=manifest), "«done_somehow»", "1.1.3")


def test_manifest_entry_without_file(good, tmp_path):
    refused(rebuilt(good, tmp_path / "missing.zip", drop=[SECOND]), f"нет файла «{SECOND}»")


def test_file_without_manifest_entry(good, tmp_path):
    path = rebuilt(good, tmp_path / "extra.zip", extra=[("Проект 1/лишний.pdf", PDF)])
    refused(path, "«Проект 1/лишний.pdf» не указан в manifest.json")


def test_size_mismatch(good, tmp_path):
    path = rebuilt(good, tmp_path / "size.zip", replace={SCAN: PDF + b"!"})
    refused(path, f"размер файла «{SCAN}» не совпадает")


def test_checksum_mismatch(good, tmp_path):
    damaged = bytearray(PDF)
    damaged[100] ^= 0xFF
    stage = tmp_path / "stage"
    stage.mkdir()
    path = rebuilt(good, tmp_path / "sha.zip", replace={SCAN: bytes(damaged)})
    refused(path, f"контрольная сумма файла «{SCAN}» не совпадает", stage=stage)
    assert [p.name for p in stage.iterdir() if p.name.startswith(".")] == []


# ---------------------------------------------------------------- format 2 and format 1


def test_format_2_refuses_a_whole_subtask_signer_and_files_without_a_slot(good, tmp_path):
    manifest = manifest_of(good)
    manifest["items"][0]["signatory"] = SIGNER
    refused(rebuilt(good, tmp_path / "signer.zip", manifest=manifest), "подписант указан для всей подзадачи")
    manifest = manifest_of(good)
    del manifest["items"][0]["files"][0]["slot"]
    refused(rebuilt(good, tmp_path / "slot.zip", manifest=manifest), "не указан документ (slot)")
    manifest = manifest_of(good)
    manifest["items"][0]["slots"].append(dict(manifest["items"][0]["slots"][0]))
    refused(rebuilt(good, tmp_path / "twice.zip", manifest=manifest), "документ «order» указан дважды")
    manifest = manifest_of(good)
    manifest["items"][0]["slots"][1]["links"][0]["channel"] = "radio"
    refused(rebuilt(good, tmp_path / "channel.zip", manifest=manifest), "«radio»", "канал публикации")
    manifest = manifest_of(good)
    del manifest["items"][0]["slots"]
    refused(rebuilt(good, tmp_path / "noslots.zip", manifest=manifest), "нет списка документов (slots)")


def v1_spec():
    """Two items as a format 1 bundle held them: 1.1.2 (its order scanned,
    one signer for the subtask) and 1.1.3 (publication links)."""
    signed = {
        "status": "ready_for_upload",
        "deadline": None,
        "completed_on": "2025-02-10",
        "links": [],
        "data_rows": [],
    }
    linked = {
        "status": "ready_for_upload",
        "deadline": None,
        "completed_on": "2025-03-21",
        "links": [{"url": "https://bayzak.gov.kz/news/1", "title": "Анонс", "published_on": "2025-03-21"}],
        "data_rows": [],
    }
    items = (
        BundleItem(
            code="1.1.2",
            period="",
            project=1,
            task=1,
            short_title="Приказ",
            period_folder=None,
            record=signed,
            files=(
                BundleFile(
                    name="01 Приказ.pdf",
                    source=PDF,
                    role="signed_scan",
                    original_name="приказ.pdf",
                    media_type="application/pdf",
                ),
            ),
        ),
        BundleItem(code="1.1.3", period="", project=1, task=1, short_title="Анонс", period_folder=None, record=linked),
    )
    return BundleSpec(
        created_at=CREATED,
        organization={
            "id": 1,
            "name": "Аппарат акима Байзакского района",
            "bin": "990240005124",
            "level": "district",
            "parent": None,
        },
        year=2025,
        catalog={"id": "tbn4-2023", "version": 2},
        items=items,
    )


def as_format_1(manifest: dict, signers: dict) -> dict:
    """The manifest in the shape of the format 1 writer: no slots, one
    signatory per item, links and files without slot or channel."""
    manifest = json.loads(json.dumps(manifest))
    manifest["format_version"] = 1
    for f in manifest.get("files", []):
        f.pop("slot", None)
    for item in manifest["items"]:
        for key in ("slots", "complete", "judged_by"):
            item.pop(key, None)
        item["signatory"] = signers.get(item["code"])
        for link in item["links"]:
            link.pop("channel", None)
        for f in item["files"]:
            f.pop("slot", None)
    return manifest


def test_a_format_1_bundle_is_read_and_sorted_into_slots(tmp_path, catalog):
    from tbn4_desktop.core.bundle_reader import resolve_slots

    written = write_bundle(v1_spec(), tmp_path / "v2.zip").path
    path = rebuilt(written, tmp_path / "v1.zip", manifest=as_format_1(manifest_of(written), {"1.1.2": SIGNER}))
    with open_bundle(path) as reader:
        m = reader.manifest
    assert m.format_version == 1 and not m.slots_resolved
    order, links = m.items
    assert order.signatory.role is SignerRole.DISTRICT_AKIM and order.slots == ()
    assert {f.slot for f in order.files} == {None}
    resolved = resolve_slots(m, catalog)
    order, links = resolved.items
    # 1.1.2 has one file slot: the scan joins it, and the akim signs it.
    scan = next(f for f in order.files if f.role == "signed_scan")
    assert scan.slot == "order" and order.signatory is None
    assert [(s.key, s.signer.full_name, s.signer.role) for s in order.slots] == [
        ("order", "Иванов Иван Иванович", SignerRole.DISTRICT_AKIM)
    ]
    # 1.1.3's one link slot takes the link; it names three channels, so none is guessed.
    (slot,) = links.slots
    assert slot.key == "link" and slot.signer is None and links.links == ()
    assert [(l.url, l.slot, l.channel) for l in slot.links] == [("https://bayzak.gov.kz/news/1", "link", None)]
    assert resolve_slots(resolved, catalog) is resolved


def test_a_format_1_signer_who_may_not_sign_a_slot_signs_nothing(tmp_path, catalog):
    from tbn4_desktop.core.bundle_reader import resolve_slots

    ethics = {"full_name": "Сәрсенбаева Г. Қ.", "position": "Уполномоченный по этике", "role": "ethics_commissioner"}
    written = write_bundle(v1_spec(), tmp_path / "v2.zip").path
    path = rebuilt(written, tmp_path / "v1.zip", manifest=as_format_1(manifest_of(written), {"1.1.2": ethics}))
    with open_bundle(path) as reader:
        resolved = resolve_slots(reader.manifest, catalog)
    assert resolved.items[0].slots == ()


# ---------------------------------------------------------------- signature files


SIGNERS = (
    {
        "full_name": "ИВАНОВ ИВАН ИВАНОВИЧ",
        "iin": "850101300123",
        "bin": "990240005124",
        "organization": "ГУ «Аппарат»",
        "signed_at": "2025-03-20T05:10:00+00:00",
        "authorities": ["Юридическое лицо", "Первый руководитель"],
        "integrity": "ok",
    },
)


def signed_spec():
    """valid_spec with a detached signature of the order (bytes stand in for the CMS here)."""
    spec = valid_spec()
    item = spec.items[0]
    sig = BundleFile(
        name="01 Приказ.pdf.cms",
        source=b"0\x82 cms",
        role="signature",
        original_name="приказ.pdf.cms",
        media_type="application/pkcs7-signature",
        slot="order",
        signs=hashlib.sha256(PDF).hexdigest(),
        signers=SIGNERS,
    )
    order = BundleFile(
        name="01 Приказ.pdf",
        source=PDF,
        role="signed_scan",
        original_name="приказ.pdf",
        media_type="application/pdf",
        slot="order",
        expected_sha256=hashlib.sha256(PDF).hexdigest(),
    )
    return BundleSpec(
        created_at=spec.created_at,
        organization=spec.organization,
        year=spec.year,
        catalog=spec.catalog,
        items=(
            BundleItem(
                code=item.code,
                period=item.period,
                project=1,
                task=1,
                short_title="Анонс",
                period_folder=None,
                record=item.record,
                files=(sig, order, item.files[1]),
            ),
        ),
    )


def test_a_detached_signature_is_written_beside_its_document_and_read_as_typed_records(tmp_path):
    bundle = write_bundle(signed_spec(), tmp_path / "signed.zip").path
    entry = next(f for f in manifest_of(bundle)["items"][0]["files"] if f["role"] == "signature")
    assert entry["path"] == SCAN + ".cms" and entry["signs"] == SCAN and entry["signers"] == list(SIGNERS)
    with open_bundle(bundle) as reader:
        (item,) = reader.manifest.items
    sig = next(f for f in item.files if f.role == "signature")
    assert sig.signs == SCAN and sig.signers[0].full_name == "ИВАНОВ ИВАН ИВАНОВИЧ"
    assert sig.signers[0].signed_at == datetime(2025, 3, 20, 5, 10, tzinfo=UTC)
    assert sig.signers[0].authorities == ("Юридическое лицо", "Первый руководитель")
    assert next(f for f in item.files if f.role == "signed_scan").signs is None


@pytest.mark.parametrize(
    "change, words",
    [
        (lambda f: f.update(signs="Проект 1/нет.pdf"), ("«Проект 1/нет.pdf»", "которого нет среди файлов")),
        (lambda f: f.update(signs=SCAN + ".cms"), ("которого нет среди файлов",)),  # a signature signs no signature
        (lambda f: f.update(signs=7), ("сведения о подписи (signs, signers) неверного вида",)),
        (lambda f: f.update(signers=[{"full_name": 5}]), ("неверного вида",)),
        (lambda f: f["signers"][0].update(signed_at="вчера"), ("неверного вида",)),
        (lambda f: f["signers"][0].update(integrity="failed"), ("неверного вида",)),
    ],
)
def test_a_signature_entry_that_is_wrong_refuses_the_bundle_naming_the_file(tmp_path, change, words):
    bundle = write_bundle(signed_spec(), tmp_path / "signed.zip").path
    manifest = manifest_of(bundle)
    change(next(f for f in manifest["items"][0]["files"] if f["role"] == "signature"))
    message = refused(rebuilt(bundle, tmp_path / "bad.zip", manifest=manifest), *words)
    assert f"«{SCAN}.cms»" in message
