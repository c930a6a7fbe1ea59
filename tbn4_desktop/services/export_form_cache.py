"""The render cache of the export's forms (cache/forms in the data folder):
a form whose inputs — its data, the format and the renderer — have not
changed since an earlier export is copied from there instead of rendered.

An entry is named by the digest of those inputs and the SHA-256 of its
bytes, checked on every use: a torn or damaged entry is a miss, never a
wrong form. The cache is an optimisation only: any failure to read or
write it falls back to rendering. Beside it, the inventory's page counts of
the stored scans (PageCounts), for the same reason."""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from tbn4_desktop.core.forms.model import Form
from tbn4_desktop.core.tempfiles import PART, TEMP_PREFIX, temp_name

FORMS_CACHE_DIR = "forms"  # under the data folder's cache/ (services/catalogs.CACHE_DIR)
#: Entries kept (the newest used): a year's export has about 40 distinct forms.
MAX_ENTRIES = 256
_STALE_TMP_SECONDS = 3600.0
#: The libraries whose output the renderers pass on.
_RENDER_LIBRARIES = ("reportlab", "python-docx", "openpyxl")


@functools.cache
def renderer_fingerprint() -> str:
    """What besides the form decides the rendered bytes: the app's version,
    the renderers' source (when the app runs from source), the fonts and the
    rendering libraries' versions. Any change of these misses every entry."""
    import tbn4_desktop
    import tbn4_desktop.core.forms as forms_package
    from tbn4_desktop.paths import resource_dir

    digest = hashlib.sha256(f"tbn4 {tbn4_desktop.__version__}\n".encode())
    sources = Path(forms_package.__file__).parent
    for path in sorted(sources.glob("*.py")):
        with contextlib.suppress(OSError):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    fonts = resource_dir() / "fonts"
    with contextlib.suppress(OSError):
        for path in sorted(fonts.iterdir()):
            stat = path.stat()
            digest.update(f"{path.name}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    for library in _RENDER_LIBRARIES:
        try:
            digest.update(f"{library} {version(library)}\n".encode())
        except PackageNotFoundError:
            digest.update(f"{library} -\n".encode())
    return digest.hexdigest()


def form_key(form: Form, fmt: str, fingerprint: str | None = None) -> str:
    """The digest of everything a rendered form depends on. The form model is
    frozen dataclasses of plain values, so its repr is every field it has."""
    text = f"{fingerprint or renderer_fingerprint()}\0{fmt}\0{form!r}"
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class FormCache:
    """Rendered forms by input digest, in `folder` (None: a cache that never
    hits and stores nothing)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self._entries: dict[str, tuple[Path, str]] | None = None  # key.fmt → (path, content SHA-256)
        self.hits = 0
        self.stored = 0

    @classmethod
    def of_data_dir(cls, data_dir: Path) -> FormCache:
        from tbn4_desktop.services.catalogs import CACHE_DIR

        return cls(Path(data_dir) / CACHE_DIR / FORMS_CACHE_DIR)

    def _index(self) -> dict[str, tuple[Path, str]]:
        if self._entries is None:
            self._entries = {}
            if self.folder is not None:
                with contextlib.suppress(OSError):
                    for entry in os.scandir(self.folder):
                        key, dash, rest = entry.name.partition("-")
                        sha, dot, fmt = rest.partition(".")
                        if dash and dot and not entry.name.startswith(TEMP_PREFIX):
                            self._entries[f"{key}.{fmt}"] = (Path(entry.path), sha)
        return self._entries

    def fetch(self, key: str, fmt: str, target: Path) -> bool:
        """Write the cached form of `key` to `target`; False on a miss."""
        found = self._index().get(f"{key}.{fmt}")
        if found is None:
            return False
        path, sha = found
        try:
            data = path.read_bytes()
        except OSError:
            return False
        if hashlib.sha256(data).hexdigest() != sha:
            # Damaged (a crash while it was written, a disk error): render again.
            self._index().pop(f"{key}.{fmt}", None)
            with contextlib.suppress(OSError):
                path.unlink()
            return False
        target.write_bytes(data)
        with contextlib.suppress(OSError):
            os.utime(path)  # recently used: kept by prune()
        self.hits += 1
        return True

    def store(self, key: str, fmt: str, source: Path) -> None:
        """Keep a copy of the freshly rendered `source` under `key`."""
        if self.folder is None:
            return
        try:
            data = source.read_bytes()
            sha = hashlib.sha256(data).hexdigest()
            self.folder.mkdir(parents=True, exist_ok=True)
            final = self.folder / f"{key}-{sha}.{fmt}"
            tmp = self.folder / temp_name("formcache", PART)  # a killed export's is removed by prune()
            try:
                with open(tmp, "xb") as out:
                    out.write(data)
                os.replace(tmp, final)  # never a half-written entry under its name
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError:
            return  # the cache is an optimisation: the export goes on without it
        old = self._index().get(f"{key}.{fmt}")
        if old is not None and old[0] != final:
            with contextlib.suppress(OSError):
                old[0].unlink()
        self._index()[f"{key}.{fmt}"] = (final, sha)
        self.stored += 1

    def prune(self, keep: int = MAX_ENTRIES) -> None:
        """Remove all but the `keep` most recently used entries, and temporary
        files a killed export left."""
        if self.folder is None or not self.stored:
            return
        now = time.time()
        entries = []
        with contextlib.suppress(OSError):
            for entry in os.scandir(self.folder):
                with contextlib.suppress(OSError):
                    mtime = entry.stat().st_mtime
                    if entry.name.startswith(TEMP_PREFIX):
                        if now - mtime > _STALE_TMP_SECONDS:
                            os.unlink(entry.path)
                    else:
                        entries.append((mtime, entry.path))
        entries.sort(reverse=True)
        for _, path in entries[keep:]:
            with contextlib.suppress(OSError):
                os.unlink(path)
        self._entries = None


PAGE_COUNTS_FILE = "page-counts.json"  # in the data folder's cache/


class PageCounts(dict[str, int | None]):
    """The inventory's page counts of stored scans by SHA-256, kept between
    exports (a stored blob never changes), so that an export reads each scan
    once — into the bundle — instead of a second time to count its pages."""

    def __init__(self, path: Path | None) -> None:
        super().__init__()
        self.path = path
        self._loaded = 0
        if path is None:
            return
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return  # none yet, or unreadable: counted again
        if isinstance(data, dict):
            for sha, pages in data.items():
                if isinstance(sha, str) and (pages is None or (isinstance(pages, int) and not isinstance(pages, bool))):
                    self[sha] = pages
        self._loaded = len(self)

    @classmethod
    def of_data_dir(cls, data_dir: Path) -> PageCounts:
        from tbn4_desktop.services.catalogs import CACHE_DIR

        return cls(Path(data_dir) / CACHE_DIR / PAGE_COUNTS_FILE)

    def save(self) -> None:
        """Write the counts back when new ones were added (best effort)."""
        if self.path is None or len(self) == self._loaded:
            return
        with contextlib.suppress(OSError):
            self.path.parent.mkdir(parents=True, exist_ok=True)
            tmp = self.path.parent / temp_name("pagecounts", PART)  # the start-up sweep knows the name
            try:
                with open(tmp, "x", encoding="utf-8") as out:
                    json.dump(dict(sorted(self.items())), out, separators=(",", ":"))
                os.replace(tmp, self.path)
            finally:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
            self._loaded = len(self)
