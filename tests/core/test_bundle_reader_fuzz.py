"""Hypothesis fuzzing of the manifest reader: arbitrary JSON-ish data and
mutations of a valid manifest are either read or refused with BundleError —
never any other exception."""

import copy
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tbn4_desktop.core.bundle import BundleError, manifest_bytes
from tbn4_desktop.core.bundle_reader import Manifest, parse_manifest

VALID = {
    "format": "tbn4-bundle",
    "format_version": 1,
    "app_version": "0.1.0",
    "created_at": "2025-04-02T09:30:00+05:00",
    "organization": {
        "id": 1,
        "name": "Аппарат акима Байзакского района",
        "bin": "990240005124",
        "level": "district",
        "parent": {"id": 2, "name": "Аппарат акима Жамбылской области", "bin": None, "level": "oblast"},
    },
    "year": 2025,
    "catalog": {"id": "tbn4-2023", "version": 1},
    "scope": {"kind": "year"},
    "files": [{"path": "Опись документов 2025.pdf", "sha256": "b" * 64, "size": 5, "role": "inventory"}],
    "items": [
        {
            "code": "1.1.3",
            "period": "",
            "status": "ready_for_upload",
            "deadline": None,
            "completed_on": "2025-03-20",
            "signatory": {"full_name": "Иванов Иван", "position": "Аким", "role": "district_akim"},
            "links": [{"url": "https://bayzak.gov.kz/1", "title": "Анонс", "published_on": "2025-03-21"}],
            "data_rows": {"events": [{"date": "2025-03-01", "count": 3}]},
            "files": [
                {
                    "path": "Проект 1/Задача 1/1.1.3/01.pdf",
                    "sha256": "a" * 64,
                    "size": 10,
                    "role": "signed_scan",
                    "original_name": "скан.pdf",
                    "media_type": "application/pdf",
                }
            ],
        }
    ],
}

#: The same in format 2: document slots with signer, date, waiver and links;
#: a slot per file; the supervised companies and the applicability answers.
VALID_2 = copy.deepcopy(VALID)
VALID_2["format_version"] = 2
VALID_2["organization"]["supervised"] = [{"name": "ГКП «Байзак су»", "bin": None}]
VALID_2["answers"] = {"supervises_quasi": True}
VALID_2["anchors"] = {"report_signed": "2025-04-07", "unknown_event": "2025-01-01"}
VALID_2["files"][0]["slot"] = ""
_item = VALID_2["items"][0]
del _item["signatory"]
_item.update(
    complete=True,
    judged_by="upload",
    links=[],
    slots=[
        {
            "key": "order",
            "requirement": "required",
            "satisfied": True,
            "waived": None,
            "date": "2025-03-20",
            "signer": {"full_name": "Иванов Иван", "position": "Аким", "role": "district_akim"},
            "links": [],
        },
        {
            "key": "link",
            "requirement": "conditional",
            "satisfied": False,
            "waived": "не опубликовано",
            "date": None,
            "signer": None,
            "links": [
                {"url": "https://bayzak.gov.kz/1", "title": "Анонс", "published_on": "2025-03-21", "channel": "site"}
            ],
        },
    ],
)
_item["files"][0]["slot"] = "order"

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=12), children, max_size=5),
    max_leaves=40,
)


def read(value) -> None:
    try:
        data = value if isinstance(value, bytes) else json.dumps(value, ensure_ascii=False).encode()
    except (ValueError, TypeError):
        return
    try:
        assert isinstance(parse_manifest(data, "fuzz.zip"), Manifest)
    except BundleError as exc:
        assert str(exc).startswith(("Пакет «fuzz.zip»", "Файл «fuzz.zip»")), str(exc)


def test_the_valid_manifest_is_read():
    manifest = parse_manifest(manifest_bytes(VALID), "ok.zip")
    assert manifest.items[0].data_rows[0].rows[0]["count"] == 3
    manifest = parse_manifest(manifest_bytes(VALID_2), "ok.zip")
    assert [s.key for s in manifest.items[0].slots] == ["order", "link"]
    assert manifest.items[0].slots[1].waived_reason == "не опубликовано"
    assert manifest.organization.supervised == (("ГКП «Байзак су»", None),) and manifest.answers


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_values)
def test_arbitrary_json_is_read_or_refused(value):
    read(value)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=200))
def test_arbitrary_bytes_are_refused(data):
    read(data)


def paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for k, v in value.items():
            yield from paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from paths(v, prefix + (i,))


ALL_PATHS = [p for p in paths(VALID) if p]
ALL_PATHS_2 = [p for p in paths(VALID_2) if p]


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        st.tuples(
            st.just(VALID),
            st.lists(
                st.tuples(st.sampled_from(ALL_PATHS), json_values | st.just("__delete__")), min_size=1, max_size=4
            ),
        ),
        st.tuples(
            st.just(VALID_2),
            st.lists(
                st.tuples(st.sampled_from(ALL_PATHS_2), json_values | st.just("__delete__")), min_size=1, max_size=4
            ),
        ),
    )
)
def test_mutated_valid_manifests_are_read_or_refused(case):
    valid, mutations = case
    manifest = copy.deepcopy(valid)
    for path, value in mutations:
        target = manifest
        try:
            for key in path[:-1]:
                target = target[key]
            if value == "__delete__":
                del target[path[-1]]
            else:
                target[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue
    read(manifest)
