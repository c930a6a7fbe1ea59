"""Shared fixtures.

`db_url` runs a test on the embedded SQLite database and on PostgreSQL. The
PostgreSQL case needs a server: TBN4_TEST_POSTGRES_URL is the URL of a
database the tests may use to create and drop their own throwaway databases
(scripts/test.sh starts one). Without it the case is skipped, unless
TBN4_REQUIRE_POSTGRES=1, in which case it fails: CI must not go green by
silently skipping the shared-database tests.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

POSTGRES_ENV = "TBN4_TEST_POSTGRES_URL"
REQUIRE_POSTGRES_ENV = "TBN4_REQUIRE_POSTGRES"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh data folder (created by whatever opens it)."""
    return tmp_path / "data"


def _postgres_admin_url() -> str | None:
    url = os.environ.get(POSTGRES_ENV, "").strip()
    if url:
        return url
    if os.environ.get(REQUIRE_POSTGRES_ENV) == "1":
        pytest.fail(f"{REQUIRE_POSTGRES_ENV}=1, but {POSTGRES_ENV} is not set: start PostgreSQL (scripts/test.sh).")
    pytest.skip(f"PostgreSQL tests need {POSTGRES_ENV} (scripts/test.sh sets it)")
    return None


@pytest.fixture
def postgres_url() -> str:
    """A fresh, empty PostgreSQL database for one test, dropped afterwards."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    admin_url = make_url(_postgres_admin_url())
    name = f"tbn4_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" ENCODING \'UTF8\' TEMPLATE template0'))
    except Exception as exc:  # noqa: BLE001 - report any connection problem the same way
        admin.dispose()
        pytest.fail(f"cannot create a test database on {admin_url!r}: {exc}")
    try:
        yield admin_url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, data_dir: Path) -> str:
    """The database URL of a test's store: the SQLite file of `data_dir`, or a
    throwaway PostgreSQL database."""
    if request.param == "sqlite":
        from tbn4_desktop.store import sqlite_url

        return sqlite_url(data_dir)
    return request.getfixturevalue("postgres_url")


@pytest.fixture(scope="session")
def catalog():
    """The real built-in catalog (the newest year shipped)."""
    from tbn4_desktop.core.catalog import builtin_catalog_dir
    from tbn4_desktop.core.catalog_registry import CatalogRegistry

    registry, problems = CatalogRegistry.from_dirs(builtin_catalog_dir())
    assert not problems, problems
    return registry.latest(max(registry.years()))


@pytest.fixture
def unwritable_dir(tmp_path: Path):
    """A folder nobody can create files in, root included: chmod for a
    normal user; for root (who ignores permissions) the immutable attribute,
    which the kernel enforces for everyone."""
    import shutil
    import subprocess

    folder = tmp_path / "только чтение"
    folder.mkdir()
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(folder)], capture_output=True).returncode != 0:
        pytest.skip("running as root and this file system has no immutable attribute (chattr +i)")
    try:
        yield folder
    finally:
        subprocess.run([chattr, "-i", str(folder)], check=True)


@pytest.fixture
def store(data_dir: Path, db_url: str):
    """The store of a test, on SQLite and on PostgreSQL (see db_url)."""
    from tbn4_desktop.store import open_store

    s = open_store(data_dir, db_url)
    yield s
    s.close()
