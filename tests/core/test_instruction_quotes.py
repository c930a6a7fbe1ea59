"""Every rule the catalog encodes carries the instruction's own words: each
quote must occur in the instruction's text (whitespace runs compared as one
space), and docs/instruction-trace.md lists every rule with its quote."""

from __future__ import annotations

from pathlib import Path

import pytest

from tbn4_desktop.core.catalog import Catalog

REPO = Path(__file__).resolve().parents[2]
INSTRUCTION = REPO / "tests" / "data" / "tbn4_instruction_2023.txt"
SHARED = REPO.parent / "shared" / "spec" / "tbn4_instruction_2023.txt"
TRACE = REPO / "docs" / "instruction-trace.md"


def _flat(text: str) -> str:
    return " ".join(text.split())


def quotes(catalog: Catalog) -> list[tuple[str, str]]:
    """(where, quote) for every rule of the catalog that quotes the instruction."""
    out: list[tuple[str, str]] = []
    for level, quote in catalog.default_signers_source.items():
        out.append((f"default_signers_source.{level.value}", quote))
    for q in catalog.questions:
        out.append((f"questions.{q.key}", q.source))
    for s in catalog.subtasks():
        rule = s.deadline
        for name, quote in (
            ("deadline", rule.source),
            ("deadline.info", rule.info_source),
            ("periodicity", s.periodicity_source),
            ("kpi", s.kpi.source if s.kpi else ""),
        ):
            if quote:
                out.append((f"{s.code} {name}", quote))
        for d in s.documents:
            out.append((f"{s.code} {d.key}", d.source))
            for name, quote in (("condition", d.condition), ("signers", d.signers_source)):
                if quote:
                    out.append((f"{s.code} {d.key}.{name}", quote))
    return out


def test_the_vendored_instruction_is_the_shared_one():
    if not SHARED.exists():
        pytest.skip("the shared specification folder is not beside this checkout")
    assert INSTRUCTION.read_bytes() == SHARED.read_bytes()


def test_every_quote_occurs_in_the_instruction(catalog):
    text = _flat(INSTRUCTION.read_text(encoding="utf-8"))
    found = quotes(catalog)
    assert len(found) > 100
    missing = [(where, quote) for where, quote in found if _flat(quote) not in text]
    assert not missing


def test_every_slot_and_every_upload_deadline_quotes_the_instruction(catalog):
    for s in catalog.subtasks():
        assert s.deadline.source, s.code
        for d in s.documents:
            assert len(_flat(d.source)) >= 8, (s.code, d.key)
            if d.signers_source:
                assert d.signers, (s.code, d.key)


def test_the_trace_lists_every_rule_with_its_quote(catalog):
    trace = _flat(TRACE.read_text(encoding="utf-8"))
    absent = [(where, quote) for where, quote in quotes(catalog) if _flat(quote) not in trace]
    assert not absent
    for s in catalog.subtasks():
        assert f"### {s.code}" in TRACE.read_text(encoding="utf-8"), s.code


def test_the_trace_is_generated_from_the_current_catalog():
    import importlib.util

    spec = importlib.util.spec_from_file_location("instruction_trace", REPO / "scripts" / "instruction_trace.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--check"]) == 0, "run scripts/instruction_trace.py"
