"""The PostgreSQL password file: one line per server, other lines kept,
`:` and `\\` escaped the way libpq reads them."""

from tbn4_desktop.core import pgpass


def test_store_replace_and_forget_keep_the_other_lines(tmp_path):
    path = tmp_path / "pgpass.conf"
    path.write_text("other:5432:*:admin:top\\:secret\n", encoding="utf-8")
    pgpass.store_password("server01", 5432, "tbn4", "ivanova", "первый", path)
    pgpass.store_password("server01", 5432, "tbn4", "ivanova", "a:b\\c", path)
    assert path.read_text(encoding="utf-8").splitlines() == [
        "other:5432:*:admin:top\\:secret",
        "server01:5432:tbn4:ivanova:a\\:b\\\\c",
    ]
    assert pgpass.stored_password("server01", 5432, "tbn4", "ivanova", path) == "a:b\\c"
    assert pgpass.stored_password("other", 5432, "*", "admin", path) == "top:secret"
    assert pgpass.stored_password("server01", 5433, "tbn4", "ivanova", path) is None
    pgpass.store_password("server01", 5432, "tbn4", "ivanova", None, path)
    assert path.read_text(encoding="utf-8") == "other:5432:*:admin:top\\:secret\n"


def test_the_location_follows_pgpassfile(tmp_path, monkeypatch):
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "x.conf"))
    assert pgpass.pgpass_path() == tmp_path / "x.conf"
    monkeypatch.delenv("PGPASSFILE")
    assert pgpass.pgpass_path().name in (".pgpass", "pgpass.conf")
