"""The Windows release's files (installer/): one version from one place, the
Windows build's requirements, the portable marker and the app icon.

The build and the install/upgrade/uninstall run under wine are
installer/build_windows.sh and installer/test_windows.sh (several minutes,
not part of this suite).
"""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
import zipfile
from importlib import metadata
from pathlib import Path

import pytest

from tbn4_desktop import __version__, paths

ROOT = Path(__file__).resolve().parent.parent
INSTALLER = ROOT / "installer"


def _load(name: str):
    """An installer/ script as a module (installer/ is not a package)."""
    spec = importlib.util.spec_from_file_location(f"tbn4_installer_{name}", INSTALLER / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


make_portable = _load("make_portable")
version_script = _load("version")
windows_requirements = _load("windows_requirements")

VERSION_LITERAL = re.compile(r"\b\d+\.\d+\.\d+\b")


def test_the_version_is_read_from_the_package_by_every_build_step():
    assert version_script.read_version(ROOT) == __version__
    out = subprocess.run(
        [sys.executable, str(INSTALLER / "version.py"), str(ROOT)], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert out == __version__


@pytest.mark.parametrize(
    ("version", "four"),
    [
        ("0.1.0", "0.1.0.0"),
        ("1.2", "1.2.0.0"),
        ("2.0.3rc1", "2.0.3.0"),
        ("1.2.3.4.5", "1.2.3.4"),
    ],
)
def test_the_windows_version_resource_gets_four_numbers(version, four):
    assert version_script.four_numbers(version) == four


def test_nsis_script_takes_the_version_from_the_build_and_hardcodes_none():
    nsi = (INSTALLER / "tbn4.nsi").read_text(encoding="utf-8")
    assert not VERSION_LITERAL.search(nsi), VERSION_LITERAL.search(nsi)
    assert 'WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"' in nsi
    assert 'VIProductVersion "${VERSION4}"' in nsi
    build = (INSTALLER / "build_windows.sh").read_text(encoding="utf-8")
    assert '"-DVERSION=$VERSION"' in build and '"-DVERSION4=$VERSION4"' in build
    assert 'VERSION="$("$TBN4_VENV/bin/python" "$TBN4_ROOT/installer/version.py" "$SOURCE")"' in build
    assert 'SETUP="$DIST/TBN4-$VERSION-setup.exe"' in build


def test_pyinstaller_spec_builds_the_exe_version_resource_from_the_package():
    spec = (INSTALLER / "tbn4.spec").read_text(encoding="utf-8")
    assert not VERSION_LITERAL.search(spec)
    assert '"version": version_resource(app_version())' in spec
    assert 'PKG / "__init__.py"' in spec


def test_installer_is_per_user_unicode_64_bit_and_keeps_the_data_folder():
    nsi = (INSTALLER / "tbn4.nsi").read_text(encoding="utf-8")
    for line in (
        "Unicode true",
        "Target amd64-unicode",
        "RequestExecutionLevel user",
        'InstallDir "$LOCALAPPDATA\\Programs\\TBN4"',
        "SetCompressor /SOLID lzma",
        '!insertmacro MUI_LANGUAGE "Russian"',
    ):
        assert line in nsi, line
    # Only the program's own files are ever removed; the data folder
    # (%LOCALAPPDATA%\TBN4) is named nowhere, and the install folder is
    # removed only when empty.
    assert "$LOCALAPPDATA\\TBN4" not in nsi
    assert 'RMDir /r "$INSTDIR"' not in nsi
    assert 'RMDir /r "$INSTDIR\\_internal"' in nsi
    for value in (
        "DisplayName",
        "DisplayVersion",
        "Publisher",
        "DisplayIcon",
        "InstallLocation",
        "UninstallString",
        "QuietUninstallString",
        "EstimatedSize",
        "NoModify",
        "NoRepair",
    ):
        assert f'"{value}"' in nsi, value


def test_windows_build_pins_the_tested_versions_and_adds_the_windows_only_packages():
    reqs = windows_requirements.requirements(ROOT)
    names = {re.split(r"[\[=<>!~ ]", r, maxsplit=1)[0].lower() for r in reqs}
    for name in (
        "pyside6-essentials",
        "sqlalchemy",
        "alembic",
        "psycopg",
        "pyinstaller",
        "pefile",
        "pywin32-ctypes",
        "tzdata",
    ):
        assert name in names, name
    pyside = next(r for r in reqs if r.lower().startswith("pyside6-essentials"))
    assert pyside == f"PySide6-Essentials=={metadata.version('PySide6-Essentials')}"


def test_portable_zip_holds_the_app_and_the_marker(tmp_path):
    app = tmp_path / "app"
    (app / "_internal").mkdir(parents=True)
    (app / "tbn4.exe").write_bytes(b"MZ")
    (app / "_internal" / "python313.dll").write_bytes(b"MZ")
    out = tmp_path / "TBN4-portable.zip"
    make_portable.make_portable(app, out)
    with zipfile.ZipFile(out) as zf:
        assert set(zf.namelist()) == {"TBN4/tbn4.exe", "TBN4/_internal/python313.dll", f"TBN4/{paths.PORTABLE_MARKER}"}


def test_marker_beside_the_frozen_exe_moves_the_data_folder_beside_it(tmp_path, monkeypatch):
    folder = tmp_path / "TBN4"
    folder.mkdir()
    monkeypatch.delenv("TBN4_DATA_DIR", raising=False)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(folder / "tbn4.exe"))
    assert not str(paths.default_data_dir()).startswith(str(folder))
    (folder / paths.PORTABLE_MARKER).write_text("x", encoding="utf-8")
    assert paths.default_data_dir() == folder.resolve() / "data"


def test_app_icon_has_the_sizes_windows_uses():
    from PIL import Image

    with Image.open(INSTALLER / "tbn4.ico") as ico:
        sizes = ico.info["sizes"]
    assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= sizes


def test_about_dialog_and_bundle_manifest_show_the_package_version():
    import dataclasses

    from tbn4_desktop.core.bundle import BundleSpec
    from tbn4_desktop.ui.about_dialog import about_html

    assert f"Версия {__version__}" in about_html()
    default = {f.name: f.default for f in dataclasses.fields(BundleSpec)}["app_version"]
    assert default == __version__


def test_the_windows_build_carries_both_languages():
    """The frozen app starts in Kazakh when asked: it needs Qt's Kazakh
    catalogue, our catalogues (resources/) and the Kazakh guide."""
    spec = (ROOT / "installer" / "tbn4.spec").read_text(encoding="utf-8")
    assert 'KEEP_LANGS = ("_ru.qm", "_kk.qm", "_en.qm")' in spec
    assert 'datas = [(str(ROOT / "resources"), "resources")]' in spec
    assert 'glob("user-guide*.md")' in spec
    for name in ("tbn4_ru.ts", "tbn4_kk.ts"):
        assert (ROOT / "resources" / "i18n" / name).is_file()
    assert (ROOT / "docs" / "user-guide.kk.md").is_file()
    smoke = (ROOT / "installer" / "build_frozen.sh").read_text(encoding="utf-8")
    assert '--lang kk gui --exit-after-start' in smoke and "Бас тарту" in smoke


def test_every_command_imported_by_name_is_collected_by_the_frozen_build():
    """cli.py imports some commands by name when they run; PyInstaller cannot
    see those imports, so the spec collects every `_lazy(...)` module."""
    import re

    cli = (ROOT / "tbn4_desktop" / "cli.py").read_text(encoding="utf-8")
    lazy = set(re.findall(r'_lazy\("(\w+)"', cli))
    assert {"cli_backup", "cli_check", "cli_journal", "cli_signature"} <= lazy
    assert all((ROOT / "tbn4_desktop" / f"{module}.py").is_file() for module in lazy)
    spec = (ROOT / "installer" / "tbn4.spec").read_text(encoding="utf-8")
    assert 'hiddenimports |= {f"tbn4_desktop.{module}" for module in LAZY_COMMANDS}' in spec
    assert "re.findall(r'_lazy\\(\"(\\w+)\"'" in spec
    smoke = (ROOT / "installer" / "build_frozen.sh").read_text(encoding="utf-8")
    assert "backups --json" in smoke and "signature" in smoke
