"""validate.py: the same answers as openapi-spec-validator's, kept by content hash."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from esper_contract import validate
from pipeline_support import op, tiny_spec


def _valid() -> dict[str, Any]:
    return tiny_spec(
        {"/things/": {"get": op(op_id="listThings")}},
        schemas={"Thing": {"type": "object", "properties": {"id": {"type": "integer"}}}},
    )


def _broken() -> list[dict[str, Any]]:
    bad_status = _valid()
    bad_status["paths"]["/things/"]["get"]["responses"]["2000"] = {"description": "x"}
    bad_type = _valid()
    bad_type["components"]["schemas"]["Thing"]["properties"]["id"]["type"] = "integr"
    no_info = _valid()
    del no_info["info"]
    unresolved = _valid()
    unresolved["paths"]["/things/{id}"] = {"get": op(op_id="getThing")}
    bad_default = _valid()
    bad_default["components"]["schemas"]["Thing"]["properties"]["id"]["default"] = "one"
    v30 = {**_valid(), "openapi": "3.0.3"}
    v30["paths"]["/things/"]["get"]["responses"]["2000"] = {"description": "x"}
    return [bad_status, bad_type, no_info, unresolved, bad_default, v30]


@pytest.mark.parametrize("index", range(len(_broken())))
def test_the_crawled_validator_finds_what_the_stock_one_finds(index: int) -> None:
    spec = _broken()[index]
    fast = validate._validate(spec, 20, fast=True)
    assert fast == validate._validate(spec, 20, fast=False)
    assert fast, "each broken document has a problem"


def test_a_valid_document_has_no_problems(tmp_path: Path) -> None:
    assert validate.validation_errors(_valid(), cache=tmp_path) == []


def test_answers_are_kept_by_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []
    real = validate._validate

    def counting(spec: dict[str, Any], limit: int, fast: bool = True) -> list[str]:
        calls.append(limit)
        return real(spec, limit, fast)

    monkeypatch.setattr(validate, "_validate", counting)
    spec = _broken()[0]
    first = validate.validation_errors(spec, cache=tmp_path)
    reordered = dict(reversed(list(copy.deepcopy(spec).items())))
    assert validate.validation_errors(reordered, cache=tmp_path) == first
    assert len(calls) == 1, "the same document (keys in another order) is not validated again"
    validate.validation_errors(_valid(), cache=tmp_path)
    validate.validation_errors(spec, limit=1, cache=tmp_path)
    assert len(calls) == 3, "another document, or another limit, is another answer"


def test_a_broken_or_unwritable_cache_only_costs_a_validation(tmp_path: Path) -> None:
    spec = _broken()[1]
    expected = validate._validate(spec, 20)
    entry = tmp_path / "validation" / f"{validate.content_key(spec, 20)}.json"
    entry.parent.mkdir(parents=True)
    entry.write_text("{not json")
    assert validate.validation_errors(spec, cache=tmp_path) == expected
    assert entry.read_text() != "{not json", "the broken entry is replaced"
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache folder would be")
    assert validate.validation_errors(spec, cache=blocked) == expected


def test_the_cache_folder_follows_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ESPER_CLIENT_CACHE", "/some/where")
    assert validate.cache_dir() == Path("/some/where")
    monkeypatch.delenv("ESPER_CLIENT_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", "/xdg")
    assert validate.cache_dir() == Path("/xdg/esper-client")
