"""The export's render cache: a form is reused only while its inputs are the
same, a damaged entry is never used, and a reused form is the same file as
a freshly rendered one."""

import zipfile
from datetime import datetime, timedelta, timezone

import pytest

from tbn4_desktop.core.bundle import verify_bundle
from tbn4_desktop.core.forms.model import Form, FormName
from tbn4_desktop.services import export_forms
from tbn4_desktop.services.context import open_app
from tbn4_desktop.services.demo import create_demo
from tbn4_desktop.services.executions import find_year_plan, list_executions
from tbn4_desktop.services.export import export_bundle
from tbn4_desktop.services.export_form_cache import FormCache, form_key, renderer_fingerprint
from tbn4_desktop.services.registers import list_rows, save_rows

YEAR = 2025
CREATED = datetime(2026, 1, 20, 10, 0, 0, tzinfo=timezone(timedelta(hours=5)))


def form(**changes) -> Form:
    fields = {"name": FormName.APP3, "year": YEAR, "appendix_caption": "Приложение №3", "organizations": ()}
    fields.update(changes)
    return Form(title="ОТЧЁТ", **fields)


def test_the_key_changes_with_every_input():
    base = form()
    assert form_key(base, "pdf") == form_key(form(), "pdf")
    others = {
        form_key(base, "docx"),
        form_key(form(year=YEAR + 1), "pdf"),
        form_key(form(organizations=("Аппарат акима",)), "pdf"),
        form_key(form(generated_on="20.01.2026"), "pdf"),
        form_key(form(extras={"subject": "x"}), "pdf"),
        form_key(base, "pdf", "another renderer"),
    }
    assert form_key(base, "pdf") not in others and len(others) == 6
    assert renderer_fingerprint() == renderer_fingerprint() and len(renderer_fingerprint()) == 64


def test_stored_fetched_damaged_and_pruned(tmp_path):
    cache = FormCache(tmp_path / "cache")
    source = tmp_path / "rendered.pdf"
    source.write_bytes(b"%PDF-1.4 form\n%%EOF\n")
    key = form_key(form(), "pdf")
    assert not cache.fetch(key, "pdf", tmp_path / "miss.pdf")
    cache.store(key, "pdf", source)
    again = FormCache(tmp_path / "cache")  # a later export
    assert again.fetch(key, "pdf", tmp_path / "hit.pdf") and again.hits == 1
    assert (tmp_path / "hit.pdf").read_bytes() == source.read_bytes()
    assert not again.fetch(key, "docx", tmp_path / "other.docx")  # the format is part of the key
    # A damaged entry (a crash while it was written, a disk error) is a miss and is removed.
    (entry,) = (tmp_path / "cache").iterdir()
    entry.write_bytes(b"%PDF-1.4 torn")
    damaged = FormCache(tmp_path / "cache")
    assert not damaged.fetch(key, "pdf", tmp_path / "torn.pdf")
    assert not entry.exists() and not (tmp_path / "torn.pdf").exists()
    # Only the most recently used entries are kept.
    for n in range(5):
        damaged.store(form_key(form(year=2000 + n), "pdf"), "pdf", source)
    damaged.prune(keep=3)
    assert len(list((tmp_path / "cache").iterdir())) == 3
    # No folder: never a hit, nothing stored.
    off = FormCache(None)
    off.store(key, "pdf", source)
    assert not off.fetch(key, "pdf", tmp_path / "off.pdf")


@pytest.fixture
def ctx(tmp_path):
    context = open_app(tmp_path / "data")
    yield context
    context.close()


def forms_of(bundle) -> dict[str, bytes]:
    manifest = verify_bundle(bundle)
    paths = [f["path"] for f in manifest["files"]]
    paths += [f["path"] for item in manifest["items"] for f in item["files"] if f["role"] == "form"]
    with zipfile.ZipFile(bundle) as archive:
        return {p: archive.read(p) for p in paths if p.endswith((".pdf", ".docx", ".xlsx"))}


def test_unchanged_forms_are_reused_and_a_change_renders_them_again(ctx, tmp_path, monkeypatch):
    create_demo(ctx, YEAR)
    rendered: list[tuple[FormName, str]] = []
    real = export_forms.write_form

    def counting(form, path):
        rendered.append((form.name, path.suffix))
        return real(form, path)

    monkeypatch.setattr(export_forms, "write_form", counting)

    def export(folder: str) -> dict[str, bytes]:
        (tmp_path / folder).mkdir()
        rendered.clear()
        return forms_of(export_bundle(ctx, None, YEAR, tmp_path / folder / "Пакет.zip", created_at=CREATED).path)

    first = export("1")
    count = len(rendered)
    assert count >= 4 and any(p.endswith(".docx") for p in first)
    second = export("2")
    assert rendered == []  # every form taken from the cache
    assert second == first  # the same bytes as rendered: DOCX/XLSX stamped with the export's moment alike
    # A later export's moment is stamped into the reused DOCX as into a fresh one.
    (tmp_path / "1b").mkdir()
    later = forms_of(
        export_bundle(ctx, None, YEAR, tmp_path / "1b" / "Пакет.zip", created_at=CREATED + timedelta(days=1)).path
    )
    assert rendered == [] and later.keys() == first.keys()
    assert all(later[p] != first[p] for p in first if p.endswith(".docx"))

    # A register row changed: the forms it feeds (Appendix 5 of 4.2.3) are rendered again, the rest reused.
    with ctx.store.session() as s:
        plan = find_year_plan(s, demo_org(ctx), YEAR)
        execution = next(e for e in list_executions(s, plan.id) if e.subtask_code == "4.2.3")
        register = ctx.catalog_for_year(YEAR).subtask("4.2.3").register
        rows = [dict(r.values) for r in list_rows(s, execution.id, register)]
        field = next(k for k, v in rows[0].items() if isinstance(v, str) and v)
        rows[0][field] += " (уточнено)"
        save_rows(s, execution.id, register, rows)
    third = export("3")
    assert 0 < len(rendered) < count
    changed = {p for p in third if third[p] != second.get(p)}
    assert changed and all("4.2.3" in p for p in changed), changed

    # Without the cache (removed), the forms come out the same as reused ones.
    cache_dir = ctx.data_dir / "cache" / "forms"
    for entry in cache_dir.iterdir():
        entry.unlink()
    assert export("4") == third and len(rendered) == count


def demo_org(ctx) -> int:
    from tbn4_desktop.services.organizations import get_current_organization

    with ctx.store.session() as s:
        org = get_current_organization(s)
    assert org is not None
    return org.id


def test_page_counts_are_kept_between_exports(ctx, tmp_path, monkeypatch):
    """The inventory's page counts are kept in the data folder: a later export
    (a fresh process) does not read every scan a second time to count them."""
    from tbn4_desktop.services import forms_inventory
    from tbn4_desktop.services.export_form_cache import PageCounts

    create_demo(ctx, YEAR)
    counted: list[str] = []
    real = forms_inventory.page_count

    def counting(path, media_type):
        counted.append(path.name)
        return real(path, media_type)

    monkeypatch.setattr(forms_inventory, "page_count", counting)
    monkeypatch.setattr(forms_inventory, "_PAGES", {})  # as in a fresh process
    first = export_bundle(ctx, None, YEAR, tmp_path / "1.zip", created_at=CREATED)
    assert counted
    saved = PageCounts.of_data_dir(ctx.data_dir)
    assert len(saved) == len(set(counted)) > 0  # one count per scan, by its SHA-256
    counted.clear()
    monkeypatch.setattr(forms_inventory, "_PAGES", {})  # the next start
    second = export_bundle(ctx, None, YEAR, tmp_path / "2.zip", created_at=CREATED)
    assert counted == []
    assert forms_of(second.path) == forms_of(first.path)
    # An unreadable file of counts: counted again, nothing breaks.
    saved.path.write_text("{not json", encoding="utf-8")
    monkeypatch.setattr(forms_inventory, "_PAGES", {})
    export_bundle(ctx, None, YEAR, tmp_path / "3.zip", created_at=CREATED)
    assert counted and len(PageCounts.of_data_dir(ctx.data_dir)) == len(saved)


def test_counts_made_before_the_export_are_kept_too(ctx, tmp_path, monkeypatch):
    """A scan counted earlier in the same process (a form shown in the
    window) still goes into the kept counts, so the next start reuses it."""
    from tbn4_desktop.services import forms_inventory
    from tbn4_desktop.services.export_form_cache import PageCounts

    create_demo(ctx, YEAR)
    monkeypatch.setattr(forms_inventory, "_PAGES", {})
    export_bundle(ctx, None, YEAR, tmp_path / "1.zip", created_at=CREATED)
    saved = PageCounts.of_data_dir(ctx.data_dir)
    saved.path.unlink()  # the process still remembers every count
    export_bundle(ctx, None, YEAR, tmp_path / "2.zip", created_at=CREATED)
    assert PageCounts.of_data_dir(ctx.data_dir) == saved
