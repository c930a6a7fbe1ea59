import hashlib
import json
import os
import stat
import zipfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from tbn4_desktop import __version__
from tbn4_desktop.core.bundle import (
    FORBIDDEN_CHARS,
    LINKS_FILE_NAME,
    MANIFEST_NAME,
    BundleCancelled,
    BundleError,
    BundleFile,
    BundleItem,
    BundleSpec,
    name_problem,
    path_length,
    path_problem,
    read_bundle_manifest,
    safe_name,
    verify_bundle,
    write_bundle,
)

ALMATY = timezone(timedelta(hours=5))
CREATED = datetime(2025, 4, 2, 9, 30, 0, tzinfo=ALMATY)
PDF = b"%PDF-1.4\n" + bytes(range(256)) * 64 + b"\n%%EOF\n"


def item(code="1.1.3", period="", short_title="Анонс начала ВАКР", period_folder=None, files=(), **record):
    project, task, _ = code.split(".")
    rec = {
        "status": "ready_for_upload",
        "complete": True,
        "deadline": None,
        "judged_by": "upload",
        "completed_on": "2025-03-20",
        "slots": [],
        "links": [],
        "data_rows": [],
    }
    rec.update(record)
    return BundleItem(
        code=code,
        period=period,
        project=int(project),
        task=int(task),
        short_title=short_title,
        period_folder=period_folder,
        record=rec,
        files=tuple(files),
    )


def spec(*items, created_at=CREATED):
    return BundleSpec(
        created_at=created_at,
        organization={
            "id": 1,
            "name": "Аппарат акима Байзакского района",
            "bin": "050340001235",
            "level": "district",
            "parent": {"id": 2, "name": "Аппарат акима Жамбылской области", "bin": None, "level": "oblast"},
        },
        year=2025,
        catalog={"id": "tbn4-2023", "version": 1},
        items=tuple(items),
    )


@pytest.fixture
def scan(tmp_path):
    path = tmp_path / "скан.pdf"
    path.write_bytes(PDF)
    return path


def names_in(zip_path):
    with zipfile.ZipFile(zip_path) as zf:
        return [i.filename for i in zf.infolist()]


# ---------------------------------------------------------------- names


@pytest.mark.parametrize("raw", ['Анонс: "ВАКР" <начало>?', "a/b\\c|d*e", "тест\x00\x07\tимя", "отчёт. . ."])
def test_safe_name_has_no_forbidden_or_control_characters(raw):
    name = safe_name(raw)
    assert not set(name) & FORBIDDEN_CHARS
    assert all(ord(c) >= 32 for c in name)
    assert name[-1] not in ". "
    assert name_problem(name) is None


def test_safe_name_keeps_the_words_readable():
    assert safe_name("Анонс: начало ВАКР") == "Анонс - начало ВАКР"
    assert safe_name('Приказ "О проведении"') == "Приказ 'О проведении'"


@pytest.mark.parametrize("raw", ["CON", "con.pdf", "Aux", "NUL.txt", "COM1", "lpt9.docx", "PRN "])
def test_reserved_windows_names_are_escaped(raw):
    name = safe_name(raw)
    assert name.startswith("_")
    assert name_problem(name) is None
    assert name_problem(raw.strip()) == "зарезервированное имя Windows"


def test_empty_and_dot_names_become_a_placeholder():
    assert safe_name("") == "_"
    assert safe_name("..") == "_"
    assert safe_name("   ") == "_"


def test_bundle_paths_are_windows_safe(tmp_path, scan):
    nasty = item(
        short_title='Анонс: "начало" <ВАКР>/соцсети?',
        files=[
            BundleFile('01 CON.pdf', scan, "signed_scan", "CON.pdf", "application/pdf"),
            BundleFile('02 a|b*c?.pdf', scan, "signed_scan", "a.pdf", "application/pdf"),
            BundleFile('03 точки в конце...pdf', scan, "signed_scan", "x.pdf", "application/pdf"),
        ],
    )
    out = tmp_path / "пакет.zip"
    write_bundle(spec(nasty), out)
    for name in names_in(out):
        assert path_problem(name) is None, name
    verify_bundle(out)


def test_long_short_title_is_cut_first_and_extension_kept(tmp_path, scan):
    long_title = "Очень длинное краткое наименование подзадачи " * 6
    long_file = "01 " + "Приказ о проведении внутреннего анализа коррупционных рисков " * 4 + ".pdf"
    out = tmp_path / "b.zip"
    result = write_bundle(
        spec(
            item(short_title=long_title, files=[BundleFile(long_file, scan, "signed_scan", "x.pdf", "application/pdf")])
        ),
        out,
        max_path_chars=120,
    )
    [path] = [f["path"] for f in result.manifest["items"][0]["files"]]
    assert path_length(path) <= 120
    assert path.endswith(".pdf")
    folder = path.split("/")[2]
    assert folder == "1.1.3"  # the title went first, the code stays
    assert path.split("/")[3].startswith("01 Приказ")
    verify_bundle(out, max_path_chars=120)


def test_subtask_folder_is_shortened_only_as_much_as_needed(tmp_path, scan):
    title = "Анонс о начале внутреннего анализа коррупционных рисков"
    out = tmp_path / "b.zip"
    result = write_bundle(
        spec(
            item(
                short_title=title, files=[BundleFile("01 Приказ.pdf", scan, "signed_scan", "x.pdf", "application/pdf")]
            )
        ),
        out,
        max_path_chars=80,
    )
    [path] = [f["path"] for f in result.manifest["items"][0]["files"]]
    assert path_length(path) == 80
    assert path.split("/")[2].startswith("1.1.3 Анонс о начале")


def test_default_limit_is_200_characters(tmp_path, scan):
    out = tmp_path / "b.zip"
    result = write_bundle(
        spec(
            item(
                short_title="Т" * 150,
                files=[BundleFile("01 " + "И" * 150 + ".pdf", scan, "signed_scan", "x.pdf", "application/pdf")],
            )
        ),
        out,
    )
    assert all(path_length(f["path"]) <= 200 for it in result.manifest["items"] for f in it["files"])
    with pytest.raises(BundleError, match="длиннее 150"):
        verify_bundle(out, max_path_chars=150)


def test_a_limit_too_small_for_any_name_is_refused_in_russian(tmp_path, scan):
    with pytest.raises(BundleError, match="Предельная длина пути"):
        write_bundle(
            spec(item(files=[BundleFile("01 a.pdf", scan, "signed_scan")])), tmp_path / "b.zip", max_path_chars=20
        )
    assert list(tmp_path.iterdir()) == [scan]


def test_names_that_differ_only_in_case_are_made_unique(tmp_path, scan):
    out = tmp_path / "b.zip"
    result = write_bundle(
        spec(
            item(
                files=[
                    BundleFile("Приказ.pdf", scan, "signed_scan"),
                    BundleFile("ПРИКАЗ.pdf", scan, "signed_scan"),
                    BundleFile("приказ.PDF", scan, "signed_scan"),
                    BundleFile("Приказ?.pdf", scan, "signed_scan"),  # becomes «Приказ.pdf» after cleaning
                ]
            )
        ),
        out,
    )
    paths = [f["path"] for f in result.manifest["items"][0]["files"]]
    assert len({p.casefold() for p in paths}) == 4
    assert any(p.endswith("(2).pdf") for p in paths)
    verify_bundle(out)


def test_layout_and_period_folders(tmp_path, scan):
    out = tmp_path / "b.zip"
    write_bundle(
        spec(
            item(files=[BundleFile("01 Анонс.pdf", scan, "signed_scan")]),
            item(
                code="4.2.2",
                period="M03",
                short_title="Ежемесячные обучающие мероприятия",
                period_folder="март",
                files=[BundleFile("01 Протокол.pdf", scan, "signed_scan")],
            ),
            item(code="4.2.2", period="M01", short_title="Ежемесячные обучающие мероприятия", period_folder="январь"),
        ),
        out,
    )
    assert names_in(out) == [
        "Проект 1/Задача 1/1.1.3 Анонс начала ВАКР/01 Анонс.pdf",
        "Проект 4/Задача 2/4.2.2 Ежемесячные обучающие мероприятия/март/01 Протокол.pdf",
        MANIFEST_NAME,
    ]


# ---------------------------------------------------------------- manifest, checksums, zip format


def test_manifest_has_the_contract_fields_and_checksums(tmp_path, scan):
    out = tmp_path / "b.zip"
    links = [
        {
            "url": "https://www.gov.kz/memleket/entities/zhambyl-bayzak/press/news/1",
            "title": "Анонс",
            "published_on": "2025-03-01",
            "channel": "media",
        }
    ]
    slots = [
        {
            "key": "link",
            "title": "Ссылка на публикацию",
            "requirement": "required",
            "satisfied": True,
            "waived": None,
            "signer": None,
            "date": "2025-03-01",
            "links": links,
        }
    ]
    write_bundle(
        spec(
            item(
                slots=slots,
                files=[
                    BundleFile(
                        "01 Скан.pdf",
                        scan,
                        "signed_scan",
                        "скан.pdf",
                        "application/pdf",
                        expected_sha256=hashlib.sha256(PDF).hexdigest(),
                    )
                ],
            )
        ),
        out,
    )
    manifest = read_bundle_manifest(out)
    assert manifest["format"] == "tbn4-bundle"
    assert manifest["format_version"] == 2
    assert manifest["app_version"] == __version__
    assert manifest["created_at"] == "2025-04-02T09:30:00+05:00"
    assert manifest["organization"]["parent"]["name"] == "Аппарат акима Жамбылской области"
    assert manifest["catalog"] == {"id": "tbn4-2023", "version": 1}
    [it] = manifest["items"]
    assert it["code"] == "1.1.3" and it["period"] == "" and it["slots"] == slots and it["data_rows"] == []
    assert it["links"] == [] and it["complete"] is True and it["judged_by"] == "upload"
    by_role = {f["role"]: f for f in it["files"]}
    assert set(by_role) == {"signed_scan", "links"}
    assert by_role["signed_scan"] == {
        "path": "Проект 1/Задача 1/1.1.3 Анонс начала ВАКР/01 Скан.pdf",
        "sha256": hashlib.sha256(PDF).hexdigest(),
        "size": len(PDF),
        "role": "signed_scan",
        "original_name": "скан.pdf",
        "media_type": "application/pdf",
        "slot": "",
    }
    assert by_role["links"]["slot"] == "link"
    assert by_role["links"]["path"].endswith("/" + LINKS_FILE_NAME)
    with zipfile.ZipFile(out) as zf:
        text = zf.read(by_role["links"]["path"]).decode("utf-8-sig")
        assert hashlib.sha256(zf.read(by_role["links"]["path"])).hexdigest() == by_role["links"]["sha256"]
    assert "https://www.gov.kz/memleket/entities/zhambyl-bayzak/press/news/1" in text
    assert "01.03.2025" in text and "\r\n" in text
    assert "Документ: «Ссылка на публикацию»" in text and "(опубликовано 01.03.2025; СМИ)" in text


def test_each_slot_has_its_folder_and_links_file(tmp_path, scan):
    """With slot folders, each document's files (and its ссылки.txt) go into
    its folder; files not sorted into a slot into «Не распределено»."""
    out = tmp_path / "b.zip"
    link = {"url": "https://gov.kz/a", "title": "А", "published_on": None, "channel": "site"}
    slots = [{"key": "info", "title": "Информация", "links": []}, {"key": "link", "title": "Ссылка", "links": [link]}]
    folders = {"info": "1 Информация", "link": "3 Ссылка", "": "Не распределено"}
    it = item(
        code="3.1.1",
        period="Q1",
        period_folder="I квартал",
        short_title="Мероприятия",
        slots=slots,
        links=[dict(link, url="https://gov.kz/b")],
        files=[
            BundleFile("01 Справка.pdf", scan, "signed_scan", slot="info"),
            BundleFile("01 Скан.pdf", scan, "supporting"),
        ],
    )
    write_bundle(spec(BundleItem(**{**it.__dict__, "slot_folders": folders})), out)
    manifest = verify_bundle(out)
    paths = {f["path"]: f["slot"] for f in manifest["items"][0]["files"]}
    base = "Проект 3/Задача 1/3.1.1 Мероприятия/I квартал/"
    assert paths == {
        base + "1 Информация/01 Справка.pdf": "info",
        base + "3 Ссылка/ссылки.txt": "link",
        base + "Не распределено/01 Скан.pdf": "",
        base + "Не распределено/ссылки.txt": "",
    }


def test_a_long_slot_folder_is_cut_but_keeps_its_number(tmp_path, scan):
    title = "Справочная информация о проведении заседаний антикоррупционной комиссии при акимате района"
    it = item(
        code="4.1.1",
        short_title="Заседания комиссии",
        slots=[],
        files=[BundleFile("01 Справка о заседании комиссии.pdf", scan, "signed_scan", slot="info")],
    )
    it = BundleItem(**{**it.__dict__, "slot_folders": {"info": f"2 {title}"}})
    out = write_bundle(spec(it), tmp_path / "b.zip", max_path_chars=120).path
    (path,) = [f["path"] for f in verify_bundle(out, max_path_chars=120)["items"][0]["files"]]
    folder = path.split("/")[3]
    assert len(path) <= 120 and folder.startswith("2 Справочная") and len(folder) < len(title)
    assert path.endswith(".pdf")


def test_cyrillic_names_have_the_utf8_flag_and_stored_scans(tmp_path, scan):
    out = tmp_path / "b.zip"
    write_bundle(
        spec(
            item(
                links=[{"url": "https://gov.kz/a", "title": "", "published_on": None}],
                files=[BundleFile("01 Скан.pdf", scan, "signed_scan")],
            )
        ),
        out,
    )
    with zipfile.ZipFile(out) as zf:
        infos = {i.filename: i for i in zf.infolist()}
    for name, info in infos.items():
        if not name.isascii():
            assert info.flag_bits & 0x800, name
        assert not stat.S_ISLNK(info.external_attr >> 16)
    # Raw check, independent of Python's reader: the central directory holds UTF-8 bytes.
    raw = out.read_bytes()
    assert "Проект 1/Задача 1/1.1.3 Анонс начала ВАКР/01 Скан.pdf".encode() in raw
    assert infos["Проект 1/Задача 1/1.1.3 Анонс начала ВАКР/01 Скан.pdf"].compress_type == zipfile.ZIP_STORED
    assert infos[MANIFEST_NAME].compress_type == zipfile.ZIP_DEFLATED


def test_same_content_gives_a_byte_identical_zip(tmp_path, scan):
    other_scan = tmp_path / "other" / "copy.pdf"
    other_scan.parent.mkdir()
    other_scan.write_bytes(PDF)
    os.utime(other_scan, (1_000_000_000, 1_000_000_000))
    a, b = tmp_path / "a.zip", tmp_path / "b.zip"
    items = lambda src: (  # noqa: E731
        item(code="4.2.2", period="M02", period_folder="февраль", files=[BundleFile("01 П.pdf", src, "signed_scan")]),
        item(
            files=[BundleFile("01 Скан.pdf", src, "signed_scan")],
            links=[{"url": "https://gov.kz/a", "title": "А", "published_on": None}],
        ),
    )
    write_bundle(spec(*items(scan)), a)
    write_bundle(spec(*reversed(items(other_scan))), b)
    assert a.read_bytes() == b.read_bytes()
    c = tmp_path / "c.zip"
    write_bundle(spec(*items(scan), created_at=CREATED + timedelta(days=1)), c)
    assert c.read_bytes() != a.read_bytes()


def test_bytes_sources_and_progress_reach_the_total(tmp_path, scan):
    seen = []
    big = os.urandom(3 * 1024 * 1024 + 17)
    result = write_bundle(
        spec(item(files=[BundleFile("01 a.pdf", scan, "signed_scan"), BundleFile("02 b.pdf", big, "signed_scan")])),
        tmp_path / "b.zip",
        progress=lambda done, total: seen.append((done, total)),
    )
    total = len(PDF) + len(big)
    assert result.bytes == total and result.files == 2 and result.items == 1
    assert seen[0] == (0, total) and seen[-1] == (total, total)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    assert len(seen) > 3  # several updates while copying the big file


def test_source_that_does_not_match_its_checksum_is_refused(tmp_path, scan):
    out = tmp_path / "b.zip"
    with pytest.raises(BundleError, match="контрольная сумма"):
        write_bundle(
            spec(item(files=[BundleFile("01 a.pdf", scan, "signed_scan", "скан.pdf", expected_sha256="0" * 64)])), out
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["скан.pdf"]


def test_missing_source_is_refused_in_russian(tmp_path):
    with pytest.raises(BundleError, match="не найдены"):
        write_bundle(
            spec(item(files=[BundleFile("01 a.pdf", tmp_path / "nope.pdf", "signed_scan")])), tmp_path / "b.zip"
        )
    assert list(tmp_path.iterdir()) == []


# ---------------------------------------------------------------- cancel, failures: nothing left behind


def test_cancel_raises_and_leaves_nothing(tmp_path, scan):
    big = os.urandom(4 * 1024 * 1024)
    out = tmp_path / "out" / "b.zip"
    calls = {"n": 0}

    def cancelled():
        calls["n"] += 1
        return calls["n"] > 3

    with pytest.raises(BundleCancelled):
        write_bundle(
            spec(item(files=[BundleFile("01 a.pdf", big, "signed_scan"), BundleFile("02 b.pdf", scan, "signed_scan")])),
            out,
            cancelled=cancelled,
        )
    assert list(out.parent.iterdir()) == []


def test_cancel_keeps_an_older_bundle_untouched(tmp_path, scan):
    out = tmp_path / "b.zip"
    out.write_bytes(b"old bundle")
    with pytest.raises(BundleCancelled):
        write_bundle(spec(item(files=[BundleFile("01 a.pdf", scan, "signed_scan")])), out, cancelled=lambda: True)
    assert out.read_bytes() == b"old bundle"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.zip", "скан.pdf"]


def test_unwritable_target_folder_is_refused_in_russian(unwritable_dir, scan):
    target = unwritable_dir / "b.zip"
    with pytest.raises(BundleError) as caught:
        write_bundle(spec(item(files=[BundleFile("01 a.pdf", scan, "signed_scan")])), target)
    assert str(caught.value) == f"Не удалось создать файл пакета. Нет прав на запись или чтение: {unwritable_dir}."
    assert list(unwritable_dir.iterdir()) == []


def test_a_file_in_place_of_the_target_folder_is_refused(tmp_path, scan):
    blocker = tmp_path / "файл"
    blocker.write_bytes(b"x")
    with pytest.raises(BundleError, match="Не удалось создать файл пакета"):
        write_bundle(spec(item(files=[BundleFile("01 a.pdf", scan, "signed_scan")])), blocker / "b.zip")


def test_disk_full_while_writing_leaves_no_partial_file(tmp_path, scan, monkeypatch):
    import errno

    import tbn4_desktop.core.bundle as bundle

    real = bundle._copy_entry

    def failing(zf, p, *args):
        if p.path.endswith("02 b.pdf"):
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(zf, p, *args)

    monkeypatch.setattr(bundle, "_copy_entry", failing)
    with pytest.raises(BundleError, match="закончилось место"):
        write_bundle(
            spec(
                item(files=[BundleFile("01 a.pdf", scan, "signed_scan"), BundleFile("02 b.pdf", scan, "signed_scan")])
            ),
            tmp_path / "b.zip",
        )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["скан.pdf"]


# ---------------------------------------------------------------- verifier


@pytest.fixture
def good_bundle(tmp_path, scan):
    out = tmp_path / "good.zip"
    write_bundle(spec(item(files=[BundleFile("01 Скан.pdf", scan, "signed_scan")])), out)
    return out


def rewrite(src: Path, dst: Path, *, drop=(), add=(), change=None, manifest=None):
    """Copy a bundle entry by entry with modifications (a hostile bundle)."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            if info.filename in drop:
                continue
            data = zin.read(info)
            if info.filename == MANIFEST_NAME and manifest is not None:
                m = json.loads(data)
                manifest(m)
                data = json.dumps(m, ensure_ascii=False).encode()
            if change and info.filename in change:
                data = change[info.filename]
            zout.writestr(info, data)
        for entry in add:
            zout.writestr(entry, b"x")
    return dst


def test_verifier_accepts_a_good_bundle(good_bundle):
    manifest = verify_bundle(good_bundle)
    assert manifest["items"][0]["files"][0]["size"] == len(PDF)


def test_verifier_refuses_a_changed_file(good_bundle, tmp_path):
    [name] = [n for n in names_in(good_bundle) if n.endswith(".pdf")]
    bad = rewrite(good_bundle, tmp_path / "bad.zip", change={name: PDF[:-1] + b"X"})
    with pytest.raises(BundleError, match="контрольная сумма"):
        verify_bundle(bad)


def test_verifier_refuses_a_missing_file(good_bundle, tmp_path):
    [name] = [n for n in names_in(good_bundle) if n.endswith(".pdf")]
    with pytest.raises(BundleError, match="неполный"):
        verify_bundle(rewrite(good_bundle, tmp_path / "bad.zip", drop={name}))


def test_verifier_refuses_an_unlisted_file(good_bundle, tmp_path):
    with pytest.raises(BundleError, match="не указан в manifest.json"):
        verify_bundle(rewrite(good_bundle, tmp_path / "bad.zip", add=["Проект 1/лишний.exe"]))


def test_verifier_refuses_a_wrong_size(good_bundle, tmp_path):
    def shrink(m):
        m["items"][0]["files"][0]["size"] -= 1

    with pytest.raises(BundleError, match="размер"):
        verify_bundle(rewrite(good_bundle, tmp_path / "bad.zip", manifest=shrink))


@pytest.mark.parametrize(
    "entry, reason",
    [
        ("/etc/passwd", "абсолютный путь"),
        ("Проект 1/../../evil.txt", "«..»"),
        ("Проект 1\\evil.txt", "обратная косая черта"),
        ("C:/evil.txt", "абсолютный путь"),
        ("Проект 1/a?.txt", "недопустимые символы"),
        ("Проект 1/CON.txt", "зарезервированное имя"),
        ("Проект 1/точка.", "точка или пробел"),
        ("Проект 1/" + "я" * 200 + ".txt", "длиннее 200"),
    ],
)
def test_verifier_refuses_hostile_paths(good_bundle, tmp_path, entry, reason):
    with pytest.raises(BundleError, match=reason):
        verify_bundle(rewrite(good_bundle, tmp_path / "bad.zip", add=[entry]))


def test_verifier_refuses_a_hostile_path_listed_in_the_manifest(good_bundle, tmp_path):
    def escape(m):
        m["items"][0]["files"][0]["path"] = "../../evil.pdf"

    with pytest.raises(BundleError, match="«..»"):
        verify_bundle(rewrite(good_bundle, tmp_path / "bad.zip", manifest=escape))


def test_verifier_refuses_symlinks(good_bundle, tmp_path):
    link = zipfile.ZipInfo("Проект 1/ссылка")
    link.create_system = 3
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    with pytest.raises(BundleError, match="символьная ссылка"):
        verify_bundle(rewrite(good_bundle, tmp_path / "bad.zip", add=[link]))


def test_verifier_refuses_case_insensitive_duplicates(good_bundle, tmp_path):
    [name] = [n for n in names_in(good_bundle) if n.endswith(".pdf")]
    twin = name.replace("Скан", "СКАН")
    with pytest.raises(BundleError, match="совпадают"):
        verify_bundle(rewrite(good_bundle, tmp_path / "bad.zip", add=[twin]))
    folder_twin = name.replace("Проект 1", "ПРОЕКТ 1")
    with pytest.raises(BundleError, match="совпадают"):
        verify_bundle(rewrite(good_bundle, tmp_path / "bad2.zip", add=[folder_twin]))


def test_verifier_refuses_exact_duplicates(good_bundle, tmp_path):
    [name] = [n for n in names_in(good_bundle) if n.endswith(".pdf")]
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        bad = rewrite(good_bundle, tmp_path / "bad.zip", add=[name])
    with pytest.raises(BundleError, match="совпадают"):
        verify_bundle(bad)


def test_verifier_refuses_non_utf8_names(good_bundle, tmp_path):
    info = zipfile.ZipInfo("Проект 1/файл.txt")
    bad = rewrite(good_bundle, tmp_path / "bad.zip", add=[info])
    # Clear the UTF-8 flag in the central directory and local header of that entry.
    data = bytearray(bad.read_bytes())
    name = "Проект 1/файл.txt".encode()
    for sig in (b"PK\x01\x02", b"PK\x03\x04"):
        start = 0
        while (pos := data.find(sig, start)) >= 0:
            flag_at = pos + (8 if sig == b"PK\x01\x02" else 6)
            name_at = pos + (46 if sig == b"PK\x01\x02" else 30)
            if data[name_at : name_at + len(name)] == name:
                data[flag_at + 1] &= ~0x08 & 0xFF  # bit 11 is bit 3 of the flags' second byte
            start = pos + 4
    bad.write_bytes(bytes(data))
    with pytest.raises(BundleError, match="не в UTF-8"):
        verify_bundle(bad)


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda m: m.update(format="other"), "не является пакетом ТБН-4"),
        (lambda m: m.update(format_version=3), "более новой версией"),
        (lambda m: m["items"][0].pop("slots"), "slots"),
        (lambda m: m["items"][0]["files"][0].pop("slot"), "slot"),
        (lambda m: m.update(format_version="1"), "версии формата"),
        (lambda m: m.pop("items"), "items"),
        (lambda m: m["items"][0]["files"][0].update(sha256="xyz"), "описание файла"),
    ],
)
def test_verifier_refuses_bad_manifests(good_bundle, tmp_path, mutate, message):
    with pytest.raises(BundleError, match=message):
        verify_bundle(rewrite(good_bundle, tmp_path / "bad.zip", manifest=mutate))


def test_not_a_zip_and_no_manifest_are_refused(good_bundle, tmp_path):
    junk = tmp_path / "junk.zip"
    junk.write_bytes(b"MZ this is not a zip")
    with pytest.raises(BundleError, match="не ZIP-архив"):
        verify_bundle(junk)
    with pytest.raises(BundleError, match="нет файла manifest.json"):
        verify_bundle(rewrite(good_bundle, tmp_path / "bad.zip", drop={MANIFEST_NAME}))
    garbage = rewrite(good_bundle, tmp_path / "bad2.zip", change={MANIFEST_NAME: b"{not json"})
    with pytest.raises(BundleError, match="не в формате JSON"):
        read_bundle_manifest(garbage)
