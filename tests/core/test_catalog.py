"""The shipped TBN-4 catalog, its loader's refusals, and the registry."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
import yaml

from tbn4_desktop.core.catalog import (
    AnchorEvent,
    Catalog,
    CatalogError,
    CatalogNotFoundError,
    DeadlineKind,
    KpiKind,
    OlderCatalogError,
    builtin_catalog_dir,
)
from tbn4_desktop.core.catalog_json import catalog_to_dict
from tbn4_desktop.core.catalog_loader import catalog_from_data, load_catalog
from tbn4_desktop.core.catalog_registry import CatalogRegistry
from tbn4_desktop.core.vocabulary import Channel, DocumentKind, OrgLevel, Periodicity, Requirement, SignerRole

REPO = Path(__file__).resolve().parents[2]
SHIPPED = REPO / "resources" / "catalogs" / "tbn4-2023.yaml"
MINIMAL = REPO / "tests" / "data" / "catalogs" / "minimal.yaml"

EXPECTED_CODES = [
    "1.1.1",
    "1.1.2",
    "1.1.3",
    "1.1.4",
    "1.1.5",
    "1.1.6",
    "1.1.7",
    "1.1.8",
    "1.1.9",
    "1.2.1",
    "2.1.1",
    "2.2.1",
    "2.3.1",
    "2.3.2",
    "2.4.1",
    "2.5.1",
    "2.5.2",
    "2.5.3",
    "2.5.4",
    "2.5.5",
    "2.5.6",
    "3.1.1",
    "3.1.2",
    "3.2.1",
    "3.2.2",
    "3.2.3",
    "3.2.4",
    "3.2.5",
    "3.2.6",
    "3.3.1",
    "3.4.1",
    "4.1.1",
    "4.1.2",
    "4.1.3",
    "4.2.1",
    "4.2.2",
    "4.2.3",
]

C, O, D, Q = OrgLevel.CENTRAL, OrgLevel.OBLAST, OrgLevel.DISTRICT, OrgLevel.QUASI
ALL_LEVELS = (C, O, D, Q)


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    return load_catalog(SHIPPED)


# ==========================================================================
# The shipped catalog


def test_shipped_catalog_envelope(catalog: Catalog) -> None:
    assert catalog.id == "tbn4-2023"
    assert catalog.year == 2023
    assert catalog.version == 2  # 2: confirming documents as slots
    assert catalog.title == ("Карта реализации ТБН №4 «Предупреждение и противодействие коррупции»")
    assert catalog.publication_date == date(2023, 1, 1)
    assert catalog.source.startswith("Инструкция по исполнению проектов Типового базового направления №4")


def test_shipped_catalog_counts_and_codes(catalog: Catalog) -> None:
    assert len(catalog.projects) == 4
    assert len(catalog.tasks()) == 13
    assert len(catalog.subtasks()) == 37
    assert [s.code for s in catalog.subtasks()] == EXPECTED_CODES
    assert [t.code for t in catalog.tasks()] == [
        "1.1",
        "1.2",
        "2.1",
        "2.2",
        "2.3",
        "2.4",
        "2.5",
        "3.1",
        "3.2",
        "3.3",
        "3.4",
        "4.1",
        "4.2",
    ]
    for s in catalog.subtasks():
        assert catalog.subtask(s.code) is s
        assert s.code == f"{s.project}.{s.task}.{s.number}"


def test_every_subtask_is_complete(catalog: Catalog) -> None:
    for s in catalog.subtasks():
        assert s.title and s.guidance and s.executor, s.code
        assert len(s.guidance) > 100, s.code
        assert s.documents, s.code
        assert isinstance(s.deadline.kind, DeadlineKind) and s.deadline.text, s.code
        assert isinstance(s.periodicity, Periodicity), s.code
        assert s.levels, s.code
        assert set(s.signers) == set(s.levels), s.code
        for level in s.levels:
            assert s.signers[level], (s.code, level)
            assert all(isinstance(r, SignerRole) for r in s.signers[level])
        assert 0 < len(s.short_title) <= 60, s.code
        assert not set('<>:"/\\|?*') & set(s.short_title), s.code


def test_project_and_task_titles(catalog: Catalog) -> None:
    assert [p.title for p in catalog.projects] == [
        "Внутренний анализ коррупционных рисков",
        "Соблюдение норм антикоррупционного законодательства",
        "Антикоррупционный комплаенс в субъектах квазигосударственного сектора",
        "Формирование антикоррупционной культуры",
    ]
    assert all(p.goal for p in catalog.projects)
    assert catalog.task("1.1").title == (
        "Проведение внутреннего анализа коррупционных рисков и устранение выявленных коррупционных рисков"
    )
    assert catalog.task("3.3").title == ("Подтверждение соответствия стандарту ISO 37001 или СТ РК 3049-2017")
    assert catalog.task("4.2").title == ("Укрепление антикоррупционной культуры среди государственных служащих")


@pytest.mark.parametrize(
    ("code", "title"),
    [
        ("1.1.1", "Утверждение графика проведения внутреннего анализа коррупционных рисков"),
        (
            "1.1.3",
            "Анонсирование на интернет-ресурсе, в СМИ и социальных сетях о начале "
            "проведения внутреннего анализа коррупционных рисков",
        ),
        (
            "1.1.7",
            "Разработка плана мероприятий по устранению причин и условий, способствующих "
            "совершению коррупционных правонарушений, выявленных по результатам "
            "внутреннего анализа коррупционных рисков",
        ),
        (
            "1.2.1",
            "Перечень должностей, подверженных коррупционным рискам, определённых по "
            "итогам внутреннего анализа коррупционных рисков",
        ),
        ("2.1.1", "Сообщение о коррупционных правонарушениях (административных и уголовных)"),
        (
            "2.2.1",
            "Проведение сверок коррупционных правонарушений (административных и "
            "уголовных), и правонарушений, дискредитирующих государственную службу",
        ),
        ("2.5.2", "Установление фактов совместной службы (работы) близких родственников, супругов и свойственников"),
        (
            "3.2.6",
            "Публикация документов, разработанных в соответствии с подзадачами 1-5 на официальном сайте организации",
        ),
        ("3.3.1", "Внедрение и сертификация организации по стандарту ISO 37001 или СТ РК 3049-2017"),
        ("3.4.1", "Мониторинг реестра антикоррупционных комплаенс-служб (комплаенс-офицеров)"),
        ("4.1.1", "Ежеквартальное проведение заседаний комиссии по противодействию коррупции при акиме области/района"),
        (
            "4.1.3",
            "Разработка комплексного плана мероприятий по формированию антикоррупционной "
            "культуры среди молодежи (колледжи, школы)",
        ),
        (
            "4.2.3",
            "Организация уполномоченными по этике системной профилактической работы с "
            "государственными служащими, занимающими должности, подверженные "
            "коррупционным рискам",
        ),
    ],
)
def test_exact_subtask_titles(catalog: Catalog, code: str, title: str) -> None:
    assert catalog.subtask(code).title == title


def test_short_title_example(catalog: Catalog) -> None:
    assert catalog.subtask("1.1.3").short_title == "Анонс начала анализа"


@pytest.mark.parametrize(
    ("code", "event", "workdays"),
    [
        ("1.1.3", AnchorEvent.ANALYSIS_START, -10),
        ("1.1.4", AnchorEvent.ANALYSIS_END, -10),
        ("1.1.5", AnchorEvent.ANALYSIS_END, -5),
        ("1.1.6", AnchorEvent.ANALYSIS_END, 10),
        ("1.1.7", AnchorEvent.REPORT_SIGNED, 10),
        ("1.1.8", AnchorEvent.PLAN_APPROVED, 3),
    ],
)
def test_relative_deadlines(catalog: Catalog, code: str, event: AnchorEvent, workdays: int) -> None:
    rule = catalog.subtask(code).deadline
    assert rule.kind is DeadlineKind.RELATIVE
    assert rule.event is event
    assert rule.workdays == workdays
    assert "рабоч" in rule.text


def test_other_deadlines(catalog: Catalog) -> None:
    """1.1.9 is two steps: «не позднее 5 числа месяца, следующего за отчетным периодом» for the
    information, then «в течение 5 рабочих дней со дня поступления информации» for the справка."""
    rule = catalog.subtask("1.1.9").deadline
    assert rule.kind is DeadlineKind.MONITORING
    assert (rule.day_of_month, rule.workdays, rule.slot, rule.receipt_slot) == (5, 5, "report", "units_info")
    assert "не позднее 5 числа месяца, следующего за отчетным периодом" in rule.info_source
    assert catalog.subtask("1.1.4").deadline.text == (
        "не позднее 10 рабочих дней до завершения внутреннего анализа коррупционных рисков"
    )
    relative = {"1.1.3", "1.1.4", "1.1.5", "1.1.6", "1.1.7", "1.1.8"}
    for s in catalog.subtasks():
        if s.code not in relative | {"1.1.9"}:
            assert s.deadline.kind is DeadlineKind.FIXED, s.code
            assert "Карте реализации ТБН №4" in s.deadline.text, s.code
            # «Подтверждающие документы загружаются в ИСПУ согласно сроку, указанному в Карте»
            assert s.deadline.judged_by_upload and "загружаются в ИСПУ" in s.deadline.source, s.code
        else:
            assert not s.deadline.judged_by_upload, s.code  # an action deadline: the slot's own date


def test_periodicity(catalog: Catalog) -> None:
    by = {s.code: s.periodicity for s in catalog.subtasks()}
    assert by["1.1.9"] is Periodicity.QUARTERLY
    assert by["2.2.1"] is Periodicity.QUARTERLY
    assert by["3.1.1"] is Periodicity.QUARTERLY
    assert by["4.1.1"] is Periodicity.QUARTERLY
    assert by["4.2.2"] is Periodicity.MONTHLY
    for code in ("1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5", "1.1.6", "1.1.7", "1.1.8"):
        assert by[code] is Periodicity.ONCE
    for code in ("2.1.1", "2.3.1", "2.5.6", "3.2.1", "3.4.1", "4.1.2", "4.1.3", "4.2.1", "4.2.3"):
        assert by[code] is Periodicity.YEARLY


def test_levels(catalog: Catalog) -> None:
    # 1.1.1 is the decision of the head of a central body or of an akim: not a quasi-state company's
    assert catalog.subtask("1.1.1").levels == (C, O, D)
    assert catalog.subtask("1.1.1").applies_if == "system_wide_analysis"
    for s in catalog.subtasks():
        if s.project in (1, 2, 3) and s.code != "1.1.1":
            assert s.levels == ALL_LEVELS, s.code
        assert (s.applies_if == "supervises_quasi") == (s.project == 3), s.code
    assert catalog.subtask("4.1.1").levels == (O, D)
    assert catalog.subtask("4.1.2").levels == (O, D)
    assert catalog.subtask("4.1.3").levels == (O,)
    for code in ("4.2.1", "4.2.2", "4.2.3"):
        assert catalog.subtask(code).levels == (C, O, D)
        assert not catalog.subtask(code).applies_to(Q)


def test_kpis(catalog: Catalog) -> None:
    kpi = catalog.subtask("4.2.1").kpi
    assert kpi is not None and kpi.kind is KpiKind.SHARE_TRAINED and kpi.target == 5
    assert "5 %" in kpi.text
    kpi = catalog.subtask("4.2.2").kpi
    assert kpi is not None and kpi.kind is KpiKind.MIN_EVENTS and kpi.target == 12
    # the point scale closes Task 2 (3.2.x); 3.1.2 is a share without points
    kpi = catalog.subtask("3.1.2").kpi
    assert kpi is not None and kpi.kind is KpiKind.QUASI_SHARE and "балл" not in kpi.text
    for code in ("3.2.1", "3.2.2", "3.2.3", "3.2.4", "3.2.5", "3.2.6"):
        kpi = catalog.subtask(code).kpi
        assert kpi is not None and kpi.kind is KpiKind.QUASI_SHARE_SCORE, code
        assert kpi.target == 100
        assert "2 балла" in kpi.text and "0,2 балла" in kpi.text
        assert kpi.source.startswith("При достижении показателя 100 %")
    assert "не менее 5%" in catalog.subtask("4.2.1").kpi.source
    with_kpi = {s.code for s in catalog.subtasks() if s.kpi}
    assert with_kpi == {"3.1.2", "3.2.1", "3.2.2", "3.2.3", "3.2.4", "3.2.5", "3.2.6", "4.2.1", "4.2.2"}


def test_appendix_forms(catalog: Catalog) -> None:
    forms = {s.code: s.appendices for s in catalog.subtasks() if s.appendices}
    project2 = [c for c in EXPECTED_CODES if c.startswith("2.")]
    expected = {c: (1,) for c in project2}
    expected["2.2.1"] = (1, 2)
    expected.update({"3.4.1": (3,), "4.1.2": (4,), "4.2.3": (5,)})
    assert forms == expected


def test_confirming_documents(catalog: Catalog) -> None:
    def slots(code: str) -> list[tuple[str, DocumentKind, Requirement]]:
        return [(d.key, d.kind, d.requirement) for d in catalog.subtask(code).documents]

    R, COND, OPT = Requirement.REQUIRED, Requirement.CONDITIONAL, Requirement.OPTIONAL
    SIGNED, COPY, FORM, LINK = DocumentKind.SIGNED, DocumentKind.COPY, DocumentKind.FORM, DocumentKind.LINK
    assert slots("1.1.1") == [("schedule", SIGNED, R)]
    assert catalog.subtask("1.1.1").documents[0].title == (
        "Утверждённый график проведения внутреннего анализа коррупционных рисков"
    )
    assert slots("1.1.3") == [("link", LINK, R)]
    assert slots("1.1.5") == [("protocol", SIGNED, R), ("link", LINK, R)]
    assert slots("1.1.9") == [("units_info", COPY, OPT), ("report", SIGNED, R)]
    assert slots("2.1.1") == [("app1", FORM, R), ("letter", COPY, COND), ("reply", COPY, COND)]
    assert slots("2.2.1") == [("app1", FORM, R), ("app2", FORM, R)]
    assert slots("3.1.1") == [("info", SIGNED, R), ("protocol", COPY, R), ("link", LINK, COND)]
    assert slots("3.3.1")[1][:2] == ("certificates", COPY)
    assert slots("4.1.1") == [("schedule", SIGNED, R), ("info", SIGNED, R), ("link", LINK, COND)]
    assert slots("4.1.2") == [("app4", FORM, R), ("tech_specs", COPY, R)]
    assert slots("4.2.1") == [("info", SIGNED, R), ("certificates", COPY, R)]
    assert slots("4.2.2") == [("info", SIGNED, R), ("links", LINK, R), ("protocol", COPY, R)]
    assert slots("4.2.3") == [("schedule", SIGNED, R), ("app5", FORM, R)]
    assert catalog.subtask("3.1.1").slot("link").condition == "при опубликовании"
    assert catalog.subtask("4.1.1").slot("link").condition == "в случае опубликования"
    assert catalog.subtask("4.1.1").slot("schedule").year_scope
    for code in ("1.1.3", "1.1.4", "1.1.5"):
        link = catalog.subtask(code).slot("link")
        assert link.channels == (Channel.SITE, Channel.MEDIA, Channel.SOCIAL) and not link.any_channel, code
    links = catalog.subtask("4.2.2").slot("links")
    assert links.channels == (Channel.SITE, Channel.SOCIAL) and links.any_channel  # «и/или»
    assert catalog.subtask("1.1.6").slot("report").anchor is AnchorEvent.REPORT_SIGNED
    assert catalog.subtask("1.1.7").slot("plan").anchor is AnchorEvent.PLAN_APPROVED
    for s in catalog.subtasks():
        for d in s.documents:
            assert (d.appendix is not None) == (d.kind is DocumentKind.FORM), s.code
            assert d.source, (s.code, d.key)
            assert bool(d.signers) == d.kind.needs_signer, (s.code, d.key)
            assert (d.requirement is COND) == bool(d.condition) == bool(d.waive_reasons), (s.code, d.key)
        # Project 2 holds offenders' personal data: nothing of it is published
        if s.project == 2:
            assert all(d.kind is not LINK for d in s.documents), s.code


def test_signers(catalog: Catalog) -> None:
    """Introduction: «подписанных первым руководителем, его заместителем либо руководителем аппарата»; in
    districts «акимами районов и руководителями аппаратов»; slots with their own rule."""
    heads = (SignerRole.FIRST_HEAD, SignerRole.DEPUTY_HEAD, SignerRole.CHIEF_OF_STAFF)
    district = (SignerRole.DISTRICT_AKIM, SignerRole.CHIEF_OF_STAFF)
    s = catalog.subtask("1.1.1")
    assert s.slot("schedule").signers == {C: heads, O: heads, D: district}
    assert catalog.subtask("3.2.1").slot("document").signers[Q] == heads  # no narrower rule invented
    head_only = {
        C: (SignerRole.FIRST_HEAD,),
        O: (SignerRole.FIRST_HEAD,),
        D: (SignerRole.DISTRICT_AKIM,),
        Q: (SignerRole.FIRST_HEAD,),
    }
    for code, key in (("1.1.2", "order"), ("1.1.6", "report"), ("1.1.7", "plan")):
        assert catalog.subtask(code).slot(key).signers == head_only, code
    for code in (c for c in EXPECTED_CODES if c.startswith("2.")):
        app1 = catalog.subtask(code).slot("app1")
        for level in (C, O, D):
            assert app1.signers[level] == (SignerRole.CHIEF_OF_STAFF,), code
        assert app1.signers[Q] == heads, code
    assert catalog.subtask("2.2.1").slot("app2").signers[D] == (SignerRole.CHIEF_OF_STAFF,)
    s = catalog.subtask("4.2.3")
    assert s.slot("app5").signers == {lv: (SignerRole.ETHICS_COMMISSIONER,) for lv in (C, O, D)}
    assert s.slot("schedule").signers == {C: heads, O: heads, D: district}
    assert catalog.subtask("4.1.2").slot("app4").signers_for(D) == district
    assert catalog.subtask("2.1.1").slot("reply").signers == {}  # a copy is not signed by the body


def test_executors(catalog: Catalog) -> None:
    assert catalog.subtask("2.2.1").executor.startswith("Кадровая служба")
    assert catalog.subtask("2.5.4").executor == (
        "Служба внутренней безопасности / департамент собственной безопасности"
    )
    assert catalog.subtask("4.1.3").executor == (
        "Управления образования при координации территориальных департаментов Агентства"
    )
    assert catalog.subtask("4.2.3").executor == "Уполномоченный по этике"
    assert catalog.subtask("3.1.1").executor == "Комплаенс-служба"


def test_registers(catalog: Catalog) -> None:
    without = {s.code for s in catalog.subtasks() if s.register is None}
    assert without == {"1.1.1", "1.1.2", "1.1.3", "1.1.4", "1.1.5", "1.1.6", "1.1.7", "1.1.8", "1.1.9", "4.1.3"}
    keys = [r.key for s in catalog.subtasks() for r in s.registers]
    assert len(keys) == len(set(keys)), "register keys are unique in the catalog"

    reg = catalog.subtask("2.1.1").register
    assert reg is not None
    assert reg.column("category").choices == ("Административное", "Уголовное")
    assert reg.column("damage").type == "money"
    reg = catalog.subtask("2.2.1").register
    assert reg is not None
    assert "Дискредитирующее государственную службу" in reg.column("category").choices
    assert [r.key for r in catalog.subtask("2.2.1").extra_registers] == ["app2_reconciliation"]
    reg = catalog.subtask("2.3.1").register
    assert reg is not None
    for key in (
        "erdr_number",
        "court_name",
        "judgement_date",
        "judgement_effective_date",
        "appeal_changes",
        "superior_name",
        "superior_position",
        "order_number",
        "order_date",
        "order_signer_position",
        "resignation_outcome",
        "disciplinary_outcome",
        "not_resigned_reason",
    ):
        reg.column(key)
    for key in ("superior_over_3_months", "superior_is_political", "resigned_within_10_days"):
        assert reg.column(key).type == "bool"
    reg = catalog.subtask("2.5.2").register
    assert reg is not None and reg.column("is_superior").type == "bool"
    reg = catalog.subtask("3.4.1").register
    assert reg is not None and len(reg.columns) == 9
    assert reg.column("ownership_form").choices == ("АО", "ТОО", "ГККП", "ГКП", "ГКП на ПХВ")
    reg = catalog.subtask("4.2.2").register
    assert reg is not None and reg.column("format").choices == ("Онлайн", "Офлайн")
    for s in catalog.subtasks():
        for r in s.registers:
            for col in r.columns:
                assert (col.type == "choice") == bool(col.choices), (s.code, col.key)


def test_catalog_to_dict_is_json_ready(catalog: Catalog) -> None:
    data = catalog_to_dict(catalog)
    text = json.dumps(data, ensure_ascii=False)
    back = json.loads(text)
    assert back["id"] == "tbn4-2023" and back["version"] == 2
    assert back["publication_date"] == "2023-01-01"
    assert [s["code"] for s in back["subtasks"]] == EXPECTED_CODES
    first = back["subtasks"][2]
    for key in (
        "code",
        "title",
        "project",
        "task",
        "periodicity",
        "short_title",
        "executor",
        "levels",
        "deadline",
        "documents",
        "signers",
        "register",
        "kpi",
    ):
        assert key in first
    assert first["deadline"] == {
        "kind": "relative",
        "event": "analysis_start",
        "workdays": -10,
        "judged_by": "link",
        "source": catalog.subtask("1.1.3").deadline.source,
        "text": "за 10 рабочих дней до начала внутреннего анализа коррупционных рисков",
    }
    assert first["documents"] == [
        {
            "key": "link",
            "title": catalog.subtask("1.1.3").slot("link").title,
            "kind": "link",
            "requirement": "required",
            "source": catalog.subtask("1.1.3").slot("link").source,
            "channels": ["site", "media", "social"],
            "channels_rule": "all",
            "date": "published",
        }
    ]
    s423 = back["subtasks"][-1]
    app5 = s423["documents"][1]
    assert (app5["key"], app5["kind"], app5["appendix"]) == ("app5", "form", 5)
    assert app5["signers"] == {
        "central": ["ethics_commissioner"],
        "oblast": ["ethics_commissioner"],
        "district": ["ethics_commissioner"],
    }
    assert [q["key"] for q in back["questions"]] == ["system_wide_analysis", "supervises_quasi"]
    assert {"id": "chief_of_staff", "label": "Руководитель аппарата"} in back["roles"]
    assert back["subtasks"][EXPECTED_CODES.index("4.2.1")]["kpi"]["target"] == 5
    assert back["projects"][0]["tasks"][1]["subtasks"] == ["1.2.1"]


def test_shipped_file_is_readable_unicode() -> None:
    text = SHIPPED.read_text(encoding="utf-8")
    assert "\\u04" not in text
    assert "Внутренний анализ коррупционных рисков" in text


def test_load_is_fast() -> None:
    best = min(_timed_load() for _ in range(3))
    assert best < 0.25, f"load_catalog took {best * 1000:.0f} ms"


def _timed_load() -> float:
    start = time.perf_counter()
    load_catalog(SHIPPED)
    return time.perf_counter() - start


def test_module_imports_no_qt_or_sqlalchemy() -> None:
    code = (
        "import sys, tbn4_desktop.core.catalog as c, tbn4_desktop.core.catalog_loader as l; "
        "l.load_catalog(c.builtin_catalog_dir() / 'tbn4-2023.yaml'); "
        "bad = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'sqlalchemy')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


# ==========================================================================
# Malformed files

DELETE = object()
S0 = ("projects", 0, "tasks", 0, "subtasks", 0)  # 1.1.1: fixed deadline, one document
S1 = ("projects", 0, "tasks", 0, "subtasks", 1)  # 1.1.2: relative deadline
S2 = ("projects", 0, "tasks", 0, "subtasks", 2)  # 1.1.3: after_period, form, register…
P0 = "projects[0].tasks[0].subtasks[0]"
P1 = "projects[0].tasks[0].subtasks[1]"
P2 = "projects[0].tasks[0].subtasks[2]"


def _minimal() -> dict[str, Any]:
    with MINIMAL.open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)


def _apply(data: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    node: Any = data
    for key in path[:-1]:
        node = node[key]
    if value is DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value


def _write(tmp_path: Path, data: Any, name: str = "broken.yaml") -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_minimal_fixture_is_valid(tmp_path: Path) -> None:
    cat = load_catalog(MINIMAL)
    assert [s.code for s in cat.subtasks()] == ["1.1.1", "1.1.2", "1.1.3", "1.2.1", "2.1.1"]
    # a dump of the parsed data loads the same
    assert load_catalog(_write(tmp_path, _minimal(), "copy.yaml")) == cat
    s = cat.subtask("1.1.3")
    assert s.signers == {
        C: (SignerRole.CHIEF_OF_STAFF,),
        O: (SignerRole.FIRST_HEAD, SignerRole.CHIEF_OF_STAFF),
        D: (SignerRole.CHIEF_OF_STAFF,),
    }
    assert cat.subtask("2.1.1").signers == {
        C: (SignerRole.FIRST_HEAD, SignerRole.DEPUTY_HEAD),
        O: (SignerRole.ETHICS_COMMISSIONER,),
    }


# (case id, [(path, new value)], expected path in the message, expected phrase)
ENVELOPE = ["id", "year", "version", "title", "publication_date", "source", "projects"]
MALFORMED: list[tuple[str, list[tuple[tuple[Any, ...], Any]], str, str]] = [
    *[(f"missing-{key}", [((key,), DELETE)], key, "обязательное поле отсутствует") for key in ENVELOPE],
    ("id-not-string", [(("id",), 5)], "id", "ожидается строка"),
    ("id-bad-chars", [(("id",), "тбн 2023")], "id", "латинские буквы"),
    ("year-string", [(("year",), "2023")], "year", "ожидается год"),
    ("year-too-small", [(("year",), 1999)], "year", "от 2000 до 2100"),
    ("year-too-big", [(("year",), 2101)], "year", "от 2000 до 2100"),
    ("version-zero", [(("version",), 0)], "version", "целое положительное число"),
    ("version-negative", [(("version",), -2)], "version", "целое положительное число"),
    ("version-float", [(("version",), 1.5)], "version", "целое положительное число"),
    ("version-string", [(("version",), "1")], "version", "целое положительное число"),
    ("version-bool", [(("version",), True)], "version", "целое положительное число"),
    ("title-not-string", [(("title",), ["a"])], "title", "ожидается строка"),
    ("title-empty", [(("title",), "  ")], "title", "не должно быть пустым"),
    ("source-not-string", [(("source",), 12)], "source", "ожидается строка"),
    ("date-bad", [(("publication_date",), "01.01.2023")], "publication_date", "ГГГГ-ММ-ДД"),
    ("date-number", [(("publication_date",), 2023)], "publication_date", "ГГГГ-ММ-ДД"),
    ("projects-not-list", [(("projects",), {"a": 1})], "projects", "ожидается список"),
    ("projects-empty", [(("projects",), [])], "projects", "список пуст: добавьте"),
    ("tasks-empty", [(("projects", 0, "tasks"), [])], "projects[0].tasks", "список пуст: добавьте"),
    (
        "subtasks-empty",
        [(("projects", 1, "tasks", 0, "subtasks"), [])],
        "projects[1].tasks[0].subtasks",
        "список пуст: добавьте",
    ),
    ("documents-empty", [((*S0, "documents"), [])], f"{P0}.documents", "список пуст: добавьте"),
    ("levels-empty", [((*S0, "levels"), [])], f"{P0}.levels", "список пуст: добавьте"),
    ("project-number-string", [(("projects", 0, "number"), "один")], "projects[0].number", "ожидается номер проекта"),
    (
        "project-number-duplicate",
        [
            (("projects", 1, "number"), 1),
            (("projects", 1, "tasks", 0, "number"), 7),
            (("projects", 1, "tasks", 0, "subtasks", 0, "code"), "1.7.1"),
        ],
        "projects[1].number",
        "уже использован",
    ),
    ("project-goal-missing", [(("projects", 0, "goal"), DELETE)], "projects[0].goal", "обязательное поле отсутствует"),
    (
        "task-title-missing",
        [(("projects", 0, "tasks", 1, "title"), DELETE)],
        "projects[0].tasks[1].title",
        "обязательное поле отсутствует",
    ),
    # unknown enum values
    ("enum-level", [((*S0, "levels"), ["central", "region"])], f"{P0}.levels[1]", "неизвестное значение «region»"),
    (
        "enum-role",
        [(("default_signers", "oblast"), ["first_head", "boss"])],
        "default_signers.oblast[1]",
        "неизвестное значение «boss»",
    ),
    (
        "enum-default-signer-level",
        [(("default_signers", "village"), ["first_head"])],
        "default_signers.village",
        "неизвестное значение «village»",
    ),
    ("enum-periodicity", [((*S0, "periodicity"), "weekly")], f"{P0}.periodicity", "неизвестное значение «weekly»"),
    (
        "enum-document-kind",
        [((*S0, "documents", 0, "kind"), "scan")],
        f"{P0}.documents[0].kind",
        "неизвестное значение «scan»",
    ),
    ("enum-deadline-kind", [((*S0, "deadline", "kind"), "soon")], f"{P0}.deadline.kind", "неизвестное значение «soon»"),
    (
        "enum-event",
        [((*S1, "deadline", "event"), "analysis_middle")],
        f"{P1}.deadline.event",
        "неизвестное значение «analysis_middle»",
    ),
    (
        "enum-column-type",
        [((*S2, "register", "columns", 2, "type"), "float")],
        f"{P2}.register.columns[2].type",
        "неизвестное значение «float»",
    ),
    ("enum-kpi-kind", [((*S2, "kpi", "kind"), "many_events")], f"{P2}.kpi.kind", "неизвестное значение «many_events»"),
    # missing required subtask fields
    *[
        (f"subtask-missing-{key}", [((*S0, key), DELETE)], f"{P0}.{key}", "обязательное поле отсутствует")
        for key in (
            "code",
            "title",
            "short_title",
            "guidance",
            "executor",
            "documents",
            "periodicity",
            "deadline",
            "levels",
        )
    ],
    ("subtask-guidance-not-string", [((*S0, "guidance"), ["a", "b"])], f"{P0}.guidance", "ожидается строка"),
    # codes
    ("code-mismatch", [((*S1, "code"), "1.1.3")], f"{P1}.code", "ожидается «1.1.2»"),
    ("code-typo", [((*S0, "code"), "1.11")], f"{P0}.code", "не совпадает"),
    (
        "code-duplicate",
        [(("projects", 0, "tasks", 1, "number"), 1), (("projects", 0, "tasks", 1, "subtasks", 0, "code"), "1.1.1")],
        "projects[0].tasks[1].subtasks[0].code",
        "код подзадачи «1.1.1» повторяется",
    ),
    # registers
    (
        "column-key-duplicate",
        [((*S2, "register", "columns", 2, "key"), "category")],
        f"{P2}.register.columns[2].key",
        "ключ столбца «category» повторяется",
    ),
    (
        "column-key-bad",
        [((*S2, "register", "columns", 0, "key"), "Категория")],
        f"{P2}.register.columns[0].key",
        "идентификатор",
    ),
    (
        "column-choice-without-choices",
        [((*S2, "register", "columns", 0, "choices"), DELETE)],
        f"{P2}.register.columns[0].choices",
        "обязательное поле отсутствует",
    ),
    (
        "column-choices-on-text",
        [((*S2, "register", "columns", 2, "choices"), ["a"])],
        f"{P2}.register.columns[2].choices",
        "только для столбца типа choice",
    ),
    (
        "column-required-not-bool",
        [((*S2, "register", "columns", 1, "required"), "да")],
        f"{P2}.register.columns[1].required",
        "true или false",
    ),
    ("register-columns-empty", [((*S2, "register", "columns"), [])], f"{P2}.register.columns", "список пуст: добавьте"),
    (
        "extra-register-same-key",
        [((*S2, "extra_registers", 0, "key"), "facts")],
        f"{P2}.extra_registers[0].key",
        "уже использован",
    ),
    # documents
    (
        "form-without-appendix",
        [((*S2, "documents", 0, "appendix"), DELETE)],
        f"{P2}.documents[0].appendix",
        "обязателен номер приложения",
    ),
    ("appendix-zero", [((*S2, "documents", 0, "appendix"), 0)], f"{P2}.documents[0].appendix", "от 1 до 5"),
    ("appendix-six", [((*S2, "documents", 0, "appendix"), 6)], f"{P2}.documents[0].appendix", "от 1 до 5"),
    (
        "appendix-string",
        [((*S2, "documents", 0, "appendix"), "1")],
        f"{P2}.documents[0].appendix",
        "ожидается номер приложения",
    ),
    (
        "appendix-on-document",
        [((*S0, "documents", 0, "appendix"), 1)],
        f"{P0}.documents[0].appendix",
        "только для формы отчётности",
    ),
    # document slots
    (
        "slot-without-key",
        [((*S0, "documents", 0, "key"), DELETE)],
        f"{P0}.documents[0].key",
        "составлен для прежней версии программы",
    ),
    (
        "slot-without-source",
        [((*S0, "documents", 0, "source"), DELETE)],
        f"{P0}.documents[0].source",
        "обязательное поле отсутствует",
    ),
    (
        "slot-old-kind",
        [((*S0, "documents", 0, "kind"), "document")],
        f"{P0}.documents[0].kind",
        "неизвестное значение «document»",
    ),
    ("slot-key-repeated", [((*S1, "documents", 1, "key"), "link")], f"{P1}.documents[1].key", "повторяется"),
    (
        "conditional-without-reasons",
        [((*S1, "documents", 1, "waive_reasons"), DELETE)],
        f"{P1}.documents[1].waive_reasons",
        "обязательное поле отсутствует",
    ),
    (
        "reasons-on-required",
        [((*S0, "documents", 0, "waive_reasons"), ["нет"])],
        f"{P0}.documents[0].waive_reasons",
        "только для условного документа",
    ),
    (
        "signers-on-copy",
        [((*S1, "documents", 1, "signers"), {"central": ["first_head"]})],
        f"{P1}.documents[1].signers",
        "только для подписываемого документа",
    ),
    (
        "channels-on-document",
        [((*S0, "documents", 0, "channels"), ["site"])],
        f"{P0}.documents[0].channels",
        "только для ссылки",
    ),
    (
        "unknown-channel",
        [((*S1, "documents", 0, "channels"), ["tv"])],
        f"{P1}.documents[0].channels[0]",
        "неизвестное значение «tv»",
    ),
    (
        "deadline-slot-unknown",
        [((*S1, "deadline", "slot"), "nope")],
        f"{P1}.deadline.slot",
        "документ «nope» не найден",
    ),
    ("deadline-slot-without-date", [((*S1, "documents", 0, "date"), DELETE)], f"{P1}.deadline.slot", "нет даты"),
    ("applies-if-unknown", [((*S0, "applies_if"), "nope")], f"{P0}.applies_if", "вопрос «nope» не найден"),
    (
        "register-slot-unknown",
        [(("projects", 1, "tasks", 0, "subtasks", 0, "documents", 1, "register"), "x")],
        "projects[1].tasks[0].subtasks[0].documents[1].register",
        "таблица «x» не найдена",
    ),
    # deadlines
    (
        "relative-without-event",
        [((*S1, "deadline", "event"), DELETE)],
        f"{P1}.deadline.event",
        "обязательное поле отсутствует",
    ),
    (
        "relative-without-workdays",
        [((*S1, "deadline", "workdays"), DELETE)],
        f"{P1}.deadline.workdays",
        "обязательное поле отсутствует",
    ),
    (
        "relative-workdays-word",
        [((*S1, "deadline", "workdays"), "десять")],
        f"{P1}.deadline.workdays",
        "ожидается целое число, получено «десять»",
    ),
    (
        "after-period-without-day",
        [((*S2, "deadline", "day_of_month"), DELETE)],
        f"{P2}.deadline.day_of_month",
        "обязательное поле отсутствует",
    ),
    ("after-period-day-zero", [((*S2, "deadline", "day_of_month"), 0)], f"{P2}.deadline.day_of_month", "от 1 до 28"),
    ("after-period-day-29", [((*S2, "deadline", "day_of_month"), 29)], f"{P2}.deadline.day_of_month", "от 1 до 28"),
    ("after-period-months-zero", [((*S2, "deadline", "months_after"), 0)], f"{P2}.deadline.months_after", "от 1 до 12"),
    (
        "fixed-with-workdays",
        [((*S0, "deadline", "workdays"), 3)],
        f"{P0}.deadline.workdays",
        "не применяется к сроку вида «fixed»",
    ),
    ("deadline-not-mapping", [((*S0, "deadline"), "до 5 числа")], f"{P0}.deadline", "ожидается набор полей"),
    # unknown keys (typos)
    ("unknown-top-key", [(("titel",), "x")], "titel", "неизвестное поле «titel»"),
    ("unknown-project-key", [(("projects", 0, "name"), "x")], "projects[0].name", "неизвестное поле «name»"),
    (
        "unknown-task-key",
        [(("projects", 0, "tasks", 0, "goal"), "x")],
        "projects[0].tasks[0].goal",
        "неизвестное поле «goal»",
    ),
    ("unknown-subtask-key", [((*S0, "guidence"), "x")], f"{P0}.guidence", "неизвестное поле «guidence»"),
    (
        "unknown-deadline-key",
        [((*S1, "deadline", "workday"), 3)],
        f"{P1}.deadline.workday",
        "неизвестное поле «workday»",
    ),
    (
        "unknown-document-key",
        [((*S2, "documents", 0, "appendx"), 1)],
        f"{P2}.documents[0].appendx",
        "неизвестное поле «appendx»",
    ),
    (
        "unknown-column-key",
        [((*S2, "register", "columns", 0, "reqired"), True)],
        f"{P2}.register.columns[0].reqired",
        "неизвестное поле «reqired»",
    ),
    ("unknown-kpi-key", [((*S2, "kpi", "goal"), 1)], f"{P2}.kpi.goal", "неизвестное поле «goal»"),
    # signers
    (
        "signer-level-not-in-levels",
        [((*S2, "signers", "quasi"), ["first_head"])],
        f"{P2}.signers.quasi",
        "не входит в levels",
    ),
    ("signer-roles-empty", [((*S2, "signers", "central"), [])], f"{P2}.signers.central", "список подписантов пуст"),
    (
        "signer-role-duplicate",
        [((*S2, "signers", "central"), ["first_head", "first_head"])],
        f"{P2}.signers.central[1]",
        "указана дважды",
    ),
    (
        "signers-unresolved",
        [(("default_signers",), DELETE)],
        f"{P0}.signers",
        "не указаны подписанты для уровня «central»",
    ),
    ("level-duplicate", [((*S0, "levels"), ["central", "central"])], f"{P0}.levels[1]", "указан дважды"),
    # short titles
    ("short-title-too-long", [((*S0, "short_title"), "Г" * 61)], f"{P0}.short_title", "длиннее 60 символов"),
    *[
        (
            f"short-title-char-{i}",
            [((*S0, "short_title"), f"График {ch} анализа")],
            f"{P0}.short_title",
            "не может содержать",
        )
        for i, ch in enumerate('<>:"/\\|?*')
    ],
    ("short-title-trailing-dot", [((*S0, "short_title"), "График.")], f"{P0}.short_title", "точкой"),
    # kpi
    ("kpi-target-negative", [((*S2, "kpi", "target"), -1)], f"{P2}.kpi.target", "положительное число"),
    ("kpi-target-string", [((*S2, "kpi", "target"), "12")], f"{P2}.kpi.target", "положительное число"),
]


@pytest.mark.parametrize(("mutations", "where", "phrase"), [pytest.param(m, w, p, id=i) for i, m, w, p in MALFORMED])
def test_malformed_catalog_is_refused(
    tmp_path: Path, mutations: list[tuple[Any, Any]], where: str, phrase: str
) -> None:
    data = _minimal()
    for path, value in mutations:
        _apply(data, path, value)
    broken = _write(tmp_path, data)
    with pytest.raises(CatalogError) as info:
        load_catalog(broken)
    msg = str(info.value)
    assert msg.startswith("Файл каталога broken.yaml: "), msg
    assert f": {where} — " in msg, msg
    assert phrase in msg, msg
    assert msg.endswith(".")


def test_message_matches_documented_shape(tmp_path: Path) -> None:
    data = _minimal()
    _apply(data, (*S1, "deadline", "workdays"), "десять")
    with pytest.raises(CatalogError) as info:
        load_catalog(_write(tmp_path, data, "tbn4-2023.yaml"))
    assert str(info.value) == (
        "Файл каталога tbn4-2023.yaml: projects[0].tasks[0].subtasks[1].deadline.workdays "
        "— ожидается целое число, получено «десять»."
    )


def test_datetime_publication_date_refused(tmp_path: Path) -> None:
    path = tmp_path / "broken.yaml"
    text = MINIMAL.read_text(encoding="utf-8").replace(
        "publication_date: 2023-01-01", "publication_date: 2023-01-01 10:00:00"
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError, match=r"broken\.yaml: publication_date — .*без времени"):
        load_catalog(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(CatalogError) as info:
        load_catalog(tmp_path / "nowhere.yaml")
    assert "Файл каталога nowhere.yaml: файл не найден" in str(info.value)


def test_directory_instead_of_file(tmp_path: Path) -> None:
    folder = tmp_path / "folder.yaml"
    folder.mkdir()
    with pytest.raises(CatalogError, match=r"folder\.yaml"):
        load_catalog(folder)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "cp1251.yaml"
    text = MINIMAL.read_text(encoding="utf-8")
    path.write_bytes(text.encode("cp1251"))
    first_cyrillic = next(i for i, line in enumerate(text.splitlines(), 1) if not line.isascii())
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    msg = str(info.value)
    assert msg.startswith("Файл каталога cp1251.yaml: файл не в кодировке UTF-8")
    assert f"(строка {first_cyrillic}," in msg


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + MINIMAL.read_bytes())
    assert load_catalog(path).id == "test-2023"


def test_yaml_syntax_error_names_line(tmp_path: Path) -> None:
    lines = MINIMAL.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if line.startswith("title:"))
    lines[index] = "title: [Тестовый каталог"
    path = tmp_path / "syntax.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    msg = str(info.value)
    assert msg.startswith("Файл каталога syntax.yaml: ошибка синтаксиса YAML (строка ")
    line = int(msg.split("(строка ")[1].split(",")[0])
    assert line >= index + 1


def test_yaml_duplicate_key_names_line(tmp_path: Path) -> None:
    text = MINIMAL.read_text(encoding="utf-8").replace("version: 1\n", "version: 1\nversion: 2\n")
    line = text.splitlines().index("version: 2") + 1
    path = tmp_path / "dup.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(CatalogError) as info:
        load_catalog(path)
    assert str(info.value) == (f"Файл каталога dup.yaml: строка {line} — поле «version» указано дважды.")


@pytest.mark.parametrize("content", ["", "- a\n- b\n", "просто текст\n", "42\n"])
def test_top_level_not_mapping(tmp_path: Path, content: str) -> None:
    path = tmp_path / "flat.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(CatalogError, match=r"^Файл каталога flat\.yaml: верхний уровень"):
        load_catalog(path)


def test_absurd_nesting_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "deep.yaml"
    path.write_text("id: " + "[" * 200_000 + "]" * 200_000 + "\n", encoding="utf-8")
    with pytest.raises(CatalogError, match=r"^Файл каталога deep\.yaml: "):
        load_catalog(path)


def test_catalog_from_data_names_the_given_file() -> None:
    with pytest.raises(CatalogError, match=r"^Файл каталога import\.xlsx: version — "):
        catalog_from_data({**_minimal(), "version": "два"}, "import.xlsx")


def test_pure_python_loader_gives_the_same_catalog(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import tbn4_desktop.core.catalog_yaml as module

    monkeypatch.setattr(module, "_StrictLoader", module._strict_loader(yaml.SafeLoader))
    assert load_catalog(SHIPPED) == catalog_from_data(
        yaml.load(SHIPPED.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader), SHIPPED.name
    )
    dup = tmp_path / "dup.yaml"
    dup.write_text("id: a\nid: b\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="строка 2 — поле «id» указано дважды"):
        load_catalog(dup)


def test_yaml_anchors_are_allowed(tmp_path: Path) -> None:
    text = MINIMAL.read_text(encoding="utf-8")
    text = text.replace(
        "            signers:\n              central: [chief_of_staff]\n",
        "            signers: &s\n              central: [chief_of_staff]\n",
    )
    text = text.replace(
        "            signers:\n              oblast: [ethics_commissioner]\n", "            signers: *s\n"
    )
    text = text.replace("levels: [central, oblast]\n", "levels: [central, district]\n")
    path = tmp_path / "anchors.yaml"
    path.write_text(text, encoding="utf-8")
    cat = load_catalog(path)
    assert cat.subtask("2.1.1").signers == {C: (SignerRole.CHIEF_OF_STAFF,), D: (SignerRole.CHIEF_OF_STAFF,)}


# ==========================================================================
# Registry


def _catalog_file(folder: Path, name: str, *, version: int, year: int = 2023, cat_id: str = "test-2023") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = _minimal()
    data.update(id=cat_id, version=version, year=year)
    return _write(folder, data, name)


def test_builtin_dir_holds_the_shipped_catalog() -> None:
    assert builtin_catalog_dir() == SHIPPED.parent
    registry, problems = CatalogRegistry.from_dirs(builtin_catalog_dir())
    assert problems == []
    assert registry.latest(2023).id == "tbn4-2023"
    assert registry.years() == [2023]


def test_builtin_dir_when_frozen(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert builtin_catalog_dir() == tmp_path / "resources" / "catalogs"


def test_duplicate_id_and_version_refused_naming_both_files(tmp_path: Path) -> None:
    first = _catalog_file(tmp_path / "builtin", "a.yaml", version=1)
    second = _catalog_file(tmp_path / "user", "b.yaml", version=1)
    registry, problems = CatalogRegistry.from_dirs(first.parent, second.parent)
    assert len(problems) == 1
    msg = str(problems[0])
    assert msg.startswith("Файл каталога b.yaml: ")
    assert str(first) in msg and str(second) in msg
    assert "версии 1" in msg
    assert registry.path_of(registry.get("test-2023", 1)) == first
    assert len(registry) == 1


def test_add_raises_on_duplicate(tmp_path: Path) -> None:
    registry = CatalogRegistry()
    registry.load_file(_catalog_file(tmp_path, "a.yaml", version=1))
    with pytest.raises(CatalogError, match="уже прочитан из файла"):
        registry.load_file(_catalog_file(tmp_path, "b.yaml", version=1))


def test_latest_picks_highest_version(tmp_path: Path) -> None:
    _catalog_file(tmp_path / "builtin", "v1.yaml", version=1)
    _catalog_file(tmp_path / "user", "v3.yaml", version=3)
    _catalog_file(tmp_path / "user", "v2.yaml", version=2)
    _catalog_file(tmp_path / "user", "next-year.yaml", version=7, year=2024, cat_id="test-2024")
    registry, problems = CatalogRegistry.from_dirs(tmp_path / "builtin", tmp_path / "user", None, tmp_path / "missing")
    assert problems == []
    assert registry.latest(2023).version == 3
    assert registry.latest(2024).id == "test-2024"
    assert registry.get("test-2023", 2).version == 2
    assert registry.newest("test-2023").version == 3
    assert [c.version for c in registry.catalogs()] == [1, 2, 3, 7]
    assert registry.years() == [2023, 2024]
    with pytest.raises(CatalogNotFoundError, match="2030"):
        registry.latest(2030)
    with pytest.raises(CatalogNotFoundError, match="версии 9"):
        registry.get("test-2023", 9)


def test_older_version_is_detected_and_never_replaces_newer(tmp_path: Path) -> None:
    registry = CatalogRegistry()
    registry.load_file(_catalog_file(tmp_path / "builtin", "v2.yaml", version=2))
    older_file = _catalog_file(tmp_path / "user", "v1.yaml", version=1)

    with pytest.raises(OlderCatalogError) as info:
        registry.load_file(older_file, refuse_older=True)
    msg = str(info.value)
    assert msg.startswith("Файл каталога v1.yaml: версия 1")
    assert "старше уже установленной версии 2" in msg
    assert len(registry) == 1

    older = load_catalog(older_file)
    assert registry.is_older(older)
    registry.add(older, older_file)  # kept for history …
    assert registry.latest(2023).version == 2  # … but never the latest
    assert not registry.is_older(registry.get("test-2023", 2))


def test_newer_version_is_accepted_on_import(tmp_path: Path) -> None:
    registry = CatalogRegistry()
    registry.load_file(_catalog_file(tmp_path, "v1.yaml", version=1))
    newer = registry.load_file(_catalog_file(tmp_path, "v2.yaml", version=2), refuse_older=True)
    assert registry.latest(2023) is newer


def test_load_dir_skips_bad_files_and_reports_them(tmp_path: Path) -> None:
    _catalog_file(tmp_path, "good.yaml", version=1)
    (tmp_path / "bad.yaml").write_text("id: [\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("не каталог", encoding="utf-8")
    registry = CatalogRegistry()
    problems = registry.load_dir(tmp_path)
    assert len(registry) == 1
    assert len(problems) == 1 and "bad.yaml" in str(problems[0])


# -- the start-up cache -------------------------------------------------------


def test_cache_gives_the_same_catalog_and_skips_yaml(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = load_catalog(SHIPPED, cache)
    assert len(list(cache.glob("catalog-*.json"))) == 1
    code = (
        "import sys; from pathlib import Path; "
        "from tbn4_desktop.core.catalog_loader import load_catalog; "
        f"c = load_catalog(Path({str(SHIPPED)!r}), Path({str(cache)!r})); "
        "print(len(c.subtasks()), 'yaml' in sys.modules)"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["37", "False"]
    assert load_catalog(SHIPPED, cache) == first


def test_a_cache_file_of_another_catalog_under_the_same_name_is_not_used(tmp_path: Path) -> None:
    """The cache file's name is a 32-bit checksum: a file that happens to
    have this one's name holds another key, and the YAML is read instead."""
    path = _write(tmp_path, _minimal(), "mine.yaml")
    cache = tmp_path / "cache"
    first = load_catalog(path, cache)
    (cached,) = cache.glob("catalog-*.json")
    other = _minimal()
    other["title"] = "Чужой каталог с тем же именем файла кэша"
    cached.write_text(
        json.dumps({"key": "another file|1|2|0", "data": other}, ensure_ascii=False, default=str), encoding="utf-8"
    )
    assert load_catalog(path, cache) == first
    cached.write_text(
        json.dumps(other, ensure_ascii=False, default=str), encoding="utf-8"
    )  # an older version's plain data
    assert load_catalog(path, cache) == first


def test_an_edited_file_is_read_again_not_taken_from_the_cache(tmp_path: Path) -> None:
    path = _write(tmp_path, _minimal(), "edited.yaml")
    cache = tmp_path / "cache"
    load_catalog(path, cache)
    data = _minimal()
    data["title"] = "Другой заголовок, длиннее прежнего"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    assert load_catalog(path, cache).title == "Другой заголовок, длиннее прежнего"


def test_a_damaged_cache_is_ignored_and_a_broken_catalog_is_never_cached(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    load_catalog(SHIPPED, cache)
    for file in cache.glob("*.json"):
        file.write_text("{не json", encoding="utf-8")
    assert len(load_catalog(SHIPPED, cache).subtasks()) == 37

    broken = _write(tmp_path, {**_minimal(), "version": "два"}, "broken.yaml")
    other_cache = tmp_path / "other"
    with pytest.raises(CatalogError):
        load_catalog(broken, other_cache)
    assert not other_cache.exists() or not list(other_cache.iterdir())
