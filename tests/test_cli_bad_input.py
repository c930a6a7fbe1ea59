"""Every bad input of issue 12 that reaches the command line: one Russian
line on stderr, the right exit code (2 usage, 1 refused), and nothing
changed in the data folder (every file's hash before and after) nor left
at an output's target."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from tbn4_desktop import cli
from tbn4_desktop.cli_args import MAX_NAME_CHARS
from tests.test_cli import ROOT, YEAR, tbn4

CYRILLIC = re.compile("[А-Яа-яЁё]")
# An exception a library ignores (a ZIP writer left unclosed on a full disk)
# is a second stderr line in a real process: here it fails the test.
pytestmark = pytest.mark.filterwarnings("error::pytest.PytestUnraisableExceptionWarning")


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("bad-input") / "демо"
    proc = tbn4("demo", "--data-dir", folder)
    assert proc.returncode == 0, proc.err
    return folder


@pytest.fixture
def demo(demo_template, tmp_path) -> Path:
    """A private copy of the demo folder: a test may break it."""
    return Path(shutil.copytree(demo_template, tmp_path / "данные"))


EMPTY = hashlib.sha256(b"").hexdigest()


def snapshot(folder: Path) -> dict[str, str]:
    """Every file's SHA-256. An empty `-wal` and the `-shm` beside it are
    left out: SQLite makes them for any reader of a WAL database (the store
    reads a refused file on a read-only connection), and they hold nothing.
    So is `cache/` (rendered forms, page counts): it holds only what can be
    made again from the data, and a refused export may have rendered forms
    before the disk filled up."""
    if not folder.exists():
        return {}
    files = {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.relative_to(folder).parts[0] != "cache"
    }
    for name, digest in list(files.items()):
        if name.endswith("-wal") and digest == EMPTY:
            del files[name]
            files.pop(name[:-4] + "-shm", None)
    return files


def tbn4_in_process(*args) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = cli.run([str(a) for a in args])
        except SystemExit as exc:  # a usage error
            code = exc.code
    return code, out.getvalue(), err.getvalue()


def assert_one_line(code: int, out: str, err: str, expected_code: int, starts_with: str = "") -> str:
    assert code == expected_code, (code, out, err)
    assert out == ""
    lines = err.splitlines()
    assert len(lines) == 1, err
    line = lines[0]
    assert line.startswith("tbn4: " + starts_with), line
    assert CYRILLIC.search(line) and "Traceback" not in line and "error:" not in line
    return line


def refused_unchanged(folder: Path, *args, starts_with: str = "", expected_code: int = 1) -> str:
    """Run `tbn4 ARGS --data-dir FOLDER` in-process; assert the refusal and
    that the data folder is exactly as before."""
    before = snapshot(folder)
    line = assert_one_line(*tbn4_in_process(*args, "--data-dir", folder), expected_code, starts_with)
    assert snapshot(folder) == before, "a refused command changes nothing"
    return line


# ---------------------------------------------------------------- usage errors: one Russian line, exit 2


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (("export", "--year", "2025"), "Укажите один из параметров: --out --folder. Справка: tbn4 export --help."),
        (
            ("export", "--year", "2025", "--out", "a.zip", "--folder", "b"),
            "Параметр --folder: нельзя указывать вместе с --out. Справка: tbn4 export --help.",
        ),
        (
            ("export", "--year", "2025", "--out", "a.zip", "--org", "x"),
            "Параметр --org: «x» — не целое число. Справка: tbn4 export --help.",
        ),
        (("form", "app1"), "Не указаны обязательные параметры: --out. Справка: tbn4 form --help."),
        (
            ("catalog", "--json", "--year"),
            "Параметр --year: после него нужно указать значение. Справка: tbn4 catalog --help.",
        ),
        (("status", "--bogus"), "Неизвестные параметры: --bogus. Справка: tbn4 status --help."),
        (
            ("due", "sett", "1.1.2", "none"),
            "Параметр ACTION: значение «sett» не допускается (допустимые: set). Справка: tbn4 due --help.",
        ),
    ],
)
def test_usage_errors_are_one_russian_line(demo, args, line):
    assert refused_unchanged(demo, *args, expected_code=2) == "tbn4: " + line


# ---------------------------------------------------------------- years and dates


@pytest.mark.parametrize(
    ("args", "starts_with"),
    [
        (("demo", "--year", "0"), "Год 0 вне допустимого диапазона: укажите год от 2000 до 2100."),
        (("demo", "--year", "2001"), f"Демонстрационные данные создаются за год с 2023 по {YEAR}, а не за 2001"),
        (("demo", "--year", str(YEAR + 1)), f"Демонстрационные данные создаются за год с 2023 по {YEAR}"),
        (("catalog", "--year", "0"), "Год 0 вне допустимого диапазона"),
        (("catalog", "--year", "99999"), "Год 99999 вне допустимого диапазона"),
        (("catalog", "--year", "2001"), "Нет каталога ТБН №4 на 2001 год: каталоги есть на годы с 2023 по 2100"),
        (("catalog", "--year", "２０２５"), "«２０２５» — не год"),
        (("deadlines", "--as-of", ""), "Дата не указана: укажите дату в виде ГГГГ-ММ-ДД."),
        (("deadlines", "--as-of", "  "), "Дата не указана"),
        (("deadlines", "--as-of", "2025-13-01"), "«2025-13-01» — не дата"),
        (("deadlines", "--as-of", "20250101"), "«20250101» — не дата"),
        (("deadlines", "--year", ""), "Год не указан"),
        (("status", "--as-of", "1999-12-31"), "Дата 31.12.1999 вне допустимого диапазона: укажите дату с 01.01.2000"),
        (("export", "--year", "0", "--out", "x.zip"), "Год 0 вне допустимого диапазона"),
        (("form", "app1", "--out", "x.pdf", "--year", "99999"), "Год 99999 вне допустимого диапазона"),
        (("uploaded", "1.1.2", "--on", ""), "Дата не указана"),
        (("attach", "1.1.2", "x.pdf", "--doc", "order", "--date", "0000-01-01"), "«0000-01-01» — не дата"),
        (("anchor", "set", "analysis_start", "2101-01-01"), "Дата 01.01.2101 вне допустимого диапазона"),
        (("due", "set", "1.1.2", "вчера"), "«вчера» — не дата"),
        (("workdays", "list", "0"), "Год 0 вне допустимого диапазона"),
        (("workdays", "count", "2025-01-01", ""), "Дата не указана"),
    ],
)
def test_years_and_dates_are_range_checked(demo, args, starts_with):
    refused_unchanged(demo, *args, starts_with=starts_with)


@pytest.mark.parametrize("year", ["0", "2001"])
def test_a_refused_demo_year_creates_no_data_folder(tmp_path, year):
    folder = tmp_path / "новая"
    assert_one_line(*tbn4_in_process("demo", "--year", year, "--data-dir", folder), 1)
    assert not folder.exists()


# ---------------------------------------------------------------- output names


LONG = "П" * 236 + ".zip"


@pytest.mark.parametrize(
    ("args", "starts_with"),
    [
        (
            ("export", "--year", str(YEAR), "--out", "{out}/" + LONG),
            f"Имя «{LONG[:40]}…» слишком длинное (длина 240): допускается не больше {MAX_NAME_CHARS} символов.",
        ),
        (("export", "--year", str(YEAR), "--folder", "{out}/" + "a" * 121), "Имя «aaaa"),
        (
            ("export", "--year", str(YEAR), "--out", "{out}/CON.zip"),
            "Имя «CON.zip» недопустимо: зарезервированное имя Windows",
        ),
        (
            ("export", "--year", str(YEAR), "--out", "{out}/com1"),
            "Имя «com1» недопустимо: зарезервированное имя Windows",
        ),
        (
            ("export", "--year", str(YEAR), "--out", "{out}/пакет: 2025.zip"),
            "Имя «пакет: 2025.zip» недопустимо: недопустимые символы :",
        ),
        (
            ("export", "--year", str(YEAR), "--out", "{out}/пакет?.zip"),
            "Имя «пакет?.zip» недопустимо: недопустимые символы ?",
        ),
        (
            ("export", "--year", str(YEAR), "--out", "{out}/пакет.zip."),
            "Имя «пакет.zip.» недопустимо: точка или пробел в конце",
        ),
        (
            ("export", "--year", str(YEAR), "--out", "{out}/пакет.zip "),
            "Имя «пакет.zip » недопустимо: точка или пробел в конце",
        ),
        (("export", "--year", str(YEAR), "--out", "{out}/<новая>/пакет.zip"), "Имя «<новая>» недопустимо"),
        (("export", "--year", str(YEAR), "--out", ""), "Путь не указан"),
        (("form", "app1", "--out", "{out}/" + "ф" * 200 + ".pdf"), "Имя «ффф"),
        (
            ("form", "app1", "--out", "{out}/Приложение|1.pdf"),
            "Имя «Приложение|1.pdf» недопустимо: недопустимые символы |",
        ),
        (("form", "app1", "--out", "{out}/NUL.pdf"), "Имя «NUL.pdf» недопустимо"),
    ],
)
def test_long_and_invalid_output_names_are_refused_on_every_system(demo, tmp_path, args, starts_with):
    out = tmp_path / "выгрузка"
    out.mkdir()
    refused_unchanged(demo, *(a.replace("{out}", str(out)) for a in args), starts_with=starts_with)
    assert list(out.iterdir()) == [], "nothing is written or created"


# ---------------------------------------------------------------- a full disk


ENOSPC = OSError(errno.ENOSPC, "No space left on device")


def _path_of(fd: int) -> Path:
    try:
        return Path(os.readlink(f"/proc/self/fd/{fd}"))
    except OSError:
        pytest.skip("needs /proc to tell which disk a file is on")
        raise


class _FullDiskFile:
    """A file whose writes fail with ENOSPC once `room` bytes are written."""

    def __init__(self, handle, room: int):
        self._handle, self._room = handle, room

    def write(self, data) -> int:
        self._room -= len(data)
        if self._room < 0:
            raise OSError(errno.ENOSPC, "No space left on device")
        return self._handle.write(data)

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self._handle.close()


@pytest.fixture(params=["fsync", "write"])
def full_disk(request, monkeypatch):
    """`fill(folder)`: the disk of `folder` fills up while a file is written
    there — at its fsync (delayed allocation) or in the middle of writing.
    Other disks (the data folder's, when it is not `folder`) keep working."""
    real_fsync, real_fdopen = os.fsync, os.fdopen

    def fill(folder: Path) -> None:
        def on_full_disk(fd: int) -> bool:
            return _path_of(fd).is_relative_to(folder)

        def fsync(fd: int) -> None:
            if on_full_disk(fd):
                raise ENOSPC
            real_fsync(fd)

        def fdopen(fd: int, *args, **kwargs):
            handle = real_fdopen(fd, *args, **kwargs)
            return _FullDiskFile(handle, 2048) if on_full_disk(fd) else handle

        if request.param == "fsync":
            monkeypatch.setattr(os, "fsync", fsync)
        else:
            monkeypatch.setattr(os, "fdopen", fdopen)

    return fill


@pytest.mark.parametrize("name", ["Приложение 1.pdf", "Приложение 3.xlsx", "Приложение 5.docx"])
def test_a_form_onto_a_full_disk_is_an_error_and_leaves_no_file(demo, tmp_path, full_disk, name):
    folder = tmp_path / "формы"
    folder.mkdir()
    full_disk(folder)
    target = folder / name
    form = name.split()[1].split(".")[0]
    line = refused_unchanged(
        demo, "form", f"app{form}", "--out", target, starts_with="Форма не сохранена. На диске закончилось место: "
    )
    assert line.endswith(f"{target}.")
    assert list(folder.iterdir()) == [], "no partial file and no temporary file"


def test_an_export_onto_a_full_disk_is_an_error_not_recorded(demo, tmp_path, full_disk):
    folder = tmp_path / "выгрузка"
    folder.mkdir()
    full_disk(folder)
    line = refused_unchanged(demo, "export", "--year", YEAR, "--out", folder / "пакет.zip")
    assert "закончилось место" in line
    assert list(folder.iterdir()) == [], "no partial bundle"


def test_the_journal_onto_a_full_disk_is_an_error(demo, tmp_path, full_disk):
    folder = tmp_path / "журнал"
    folder.mkdir()
    full_disk(folder)
    line = refused_unchanged(demo, "journal", "--xlsx", folder / "журнал.xlsx")
    assert "закончилось место" in line
    assert list(folder.iterdir()) == []


FULL_DISK_PROCESS = """
import errno, os, sys
real = os.fdopen
class Full:
    def __init__(self, handle): self.handle = handle
    def write(self, data): raise OSError(errno.ENOSPC, "No space left on device")
    def __getattr__(self, name): return getattr(self.handle, name)
    def __enter__(self): return self
    def __exit__(self, *exc): self.handle.close()
def fdopen(fd, *args, **kwargs):
    handle = real(fd, *args, **kwargs)
    return Full(handle) if os.readlink(f"/proc/self/fd/{fd}").startswith(sys.argv[1]) else handle
os.fdopen = fdopen
from tbn4_desktop.cli import run
sys.exit(run(sys.argv[2:]))
"""


@pytest.mark.parametrize(
    "args",
    [("form", "app5", "--out", "{out}/Приложение 5.docx"), ("journal", "--xlsx", "{out}/Журнал.xlsx")],
    ids=lambda a: a[0],
)
def test_a_full_disk_in_a_real_process_is_one_line(demo, tmp_path, args):
    out = tmp_path / "полный диск"
    out.mkdir()
    if not Path("/proc/self/fd").is_dir():
        pytest.skip("needs /proc to tell which disk a file is on")
    argv = [a.replace("{out}", str(out)) for a in args]
    proc = subprocess.run(
        [sys.executable, "-c", FULL_DISK_PROCESS, str(out), *argv, "--data-dir", str(demo)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    line = assert_one_line(proc.returncode, proc.stdout, proc.stderr, 1)
    assert "не сохран" in line and "На диске закончилось место" in line
    assert list(out.iterdir()) == []


def test_a_full_data_disk_is_named_not_the_users_file(demo, tmp_path, full_disk):
    """Attaching a scan onto a full disk names the data folder's disk."""
    from PIL import Image

    scan = tmp_path / "скан.pdf"
    Image.new("RGB", (200, 280), "white").save(scan, "PDF")
    full_disk(demo)
    line = refused_unchanged(
        demo,
        "attach",
        "1.1.1",
        scan,
        "--doc",
        "schedule",
        "--year",
        YEAR,
        starts_with="Не удалось сохранить «скан.pdf». На диске закончилось место: ",
    )
    assert str(demo / "attachments") in line and str(scan) not in line


# ---------------------------------------------------------------- a database that is not as it should be


def _sql(folder: Path, statement: str) -> None:
    with sqlite3.connect(folder / "tbn4.sqlite3") as conn:
        conn.execute(statement)
    conn.close()


BROKEN_VERSIONS = {
    "no version row": "DELETE FROM alembic_version",
    "an empty version": "UPDATE alembic_version SET version_num = ''",
    "no version table": "DROP TABLE alembic_version",
}
COMMANDS = [
    ("deadlines",),
    ("status",),
    ("form", "app1", "--out", "{tmp}/x.pdf"),
    ("export", "--year", str(YEAR), "--out", "{tmp}/x.zip"),
    ("demo",),
    ("supervised", "add", "ТОО «Су»"),
]


@pytest.mark.parametrize("broken", list(BROKEN_VERSIONS))
@pytest.mark.parametrize("args", COMMANDS, ids=lambda a: a[0])
def test_a_database_without_its_version_is_refused_before_anything_is_written(demo, tmp_path, broken, args):
    _sql(demo, BROKEN_VERSIONS[broken])
    refused_unchanged(
        demo,
        *(a.replace("{tmp}", str(tmp_path)) for a in args),
        starts_with=f"В базе данных «{demo / 'tbn4.sqlite3'}» нет отметки о версии её схемы",
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["данные"]


@pytest.mark.parametrize(
    "args",
    [
        ("deadlines",),
        ("demo",),
        ("org", "init", "--name", "X", "--bin", "050340001235", "--level", "district", "--parent", "Y"),
    ],
)
def test_a_zero_byte_database_is_not_a_new_install(tmp_path, args):
    folder = tmp_path / "данные"
    folder.mkdir()
    (folder / "tbn4.sqlite3").write_bytes(b"")
    refused_unchanged(folder, *args, starts_with=f"Файл базы данных «{folder / 'tbn4.sqlite3'}» пуст (0 байт)")


def test_a_damaged_settings_file_does_not_switch_to_a_local_database(tmp_path):
    folder = tmp_path / "данные"
    folder.mkdir()
    (folder / "settings.json").write_text('{"database_url": "postgresql://tbn4@server/tbn4", ', "utf-8")
    for args in (("status",), ("demo",)):
        refused_unchanged(folder, *args, starts_with=f"Файл настроек «{folder / 'settings.json'}» повреждён")
    assert not (folder / "tbn4.sqlite3").exists()


def test_a_read_only_database_file_is_explained(demo):
    """A real process: the file's immutable attribute binds root too."""
    chattr = shutil.which("chattr")
    db = demo / "tbn4.sqlite3"
    if chattr is None or subprocess.run([chattr, "+i", str(db)], capture_output=True).returncode != 0:
        pytest.skip("this file system has no immutable attribute (chattr +i)")
    try:
        before = snapshot(demo)
        for args in (("deadlines",), ("supervised", "add", "ТОО «Су»")):
            proc = tbn4(*args, "--data-dir", demo)
            assert_one_line(proc.returncode, proc.out, proc.err, 1, f"Файл «{db}» доступен только для чтения")
        assert snapshot(demo) == before
    finally:
        subprocess.run([chattr, "-i", str(db)], check=True)


# ---------------------------------------------------------------- imports


def test_an_import_refusal_names_the_users_file(demo, tmp_path):
    import zipfile

    bundle = tmp_path / "Пакет района.zip"
    with zipfile.ZipFile(bundle, "w") as zf:
        zf.writestr("manifest.json", "{broken")
    line = refused_unchanged(demo, "import", bundle, starts_with="Пакет «Пакет района.zip» отклонён")
    assert "~tbn4" not in line and ".import" not in line
