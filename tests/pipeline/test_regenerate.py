"""The pipeline end to end: determinism, --check, and the real upstream."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from esper_contract import pipeline
from esper_contract.paths import ROOT
from pipeline_support import UPSTREAM, needs_upstream, op, tiny_spec

REGENERATE = [sys.executable, str(ROOT / "scripts" / "regenerate.py")]


@pytest.fixture
def tiny_source(tmp_path: Path) -> dict[str, Path]:
    spec = tiny_spec(
        {
            "/v0/things/": {
                "get": op(
                    tag="3_Things",
                    parameters=[{"name": "limit", "in": "query", "schema": {"type": "integer"}}],
                    responses={
                        "200": {
                            "description": "x",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Thing"}
                                }
                            },
                        }
                    },
                ),
                "post": op(tag="3_Things", op_id="makeThing"),
            }
        },
        schemas={
            "Thing": {
                "type": "object",
                "properties": {
                    "os": {"type": "string", "enum": ["linux", "Linux", "ubuntu", "Ubuntu"]}
                },
            }
        },
    )
    source = tmp_path / "upstream.yaml"
    source.write_text(yaml.safe_dump(spec), encoding="utf-8")
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text(
        "overlay: 1.0.0\ninfo: {title: t, version: '1'}\nactions:\n"
        "  - target: $.paths['/v0/things/'].get\n"
        "    update: {summary: Our words for listing things.}\n",
        encoding="utf-8",
    )
    return {
        "source": source,
        "overlay": overlay,
        "contract": tmp_path / "esper.yaml",
        "output": tmp_path / "gen",
    }


def _cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*REGENERATE, *map(str, args)], capture_output=True, text=True, cwd=ROOT)


def _snapshot(*bases: Path) -> dict[str, bytes]:
    out = {}
    for base in bases:
        files = [base] if base.is_file() else sorted(p for p in base.rglob("*") if p.is_file())
        out.update({str(p.relative_to(base.parent)): p.read_bytes() for p in files})
    return out


def test_twice_in_a_row_gives_byte_identical_files(tiny_source: dict[str, Path]) -> None:
    args = ["--source", tiny_source["source"], "--overlay", tiny_source["overlay"],
            "--contract", tiny_source["contract"], "--output", tiny_source["output"]]  # fmt: skip
    first = _cli(*args)
    assert first.returncode == 0, first.stderr
    before = _snapshot(tiny_source["contract"], tiny_source["output"])
    second = _cli(*args)
    assert second.returncode == 0, second.stderr
    assert _snapshot(tiny_source["contract"], tiny_source["output"]) == before
    contract = tiny_source["contract"].read_text()
    assert "Our words for listing things." in contract
    assert (tiny_source["output"] / "api" / "things" / "list_things.py").is_file()
    assert (tiny_source["output"] / "api" / "things" / "make_thing.py").is_file()


def test_check_passes_when_fresh_and_fails_on_a_stale_file(tiny_source: dict[str, Path]) -> None:
    args = ["--source", tiny_source["source"], "--overlay", tiny_source["overlay"],
            "--contract", tiny_source["contract"], "--output", tiny_source["output"]]  # fmt: skip
    assert _cli(*args).returncode == 0
    fresh = _cli("--check", *args)
    assert fresh.returncode == 0, fresh.stdout + fresh.stderr
    assert "up to date" in fresh.stdout

    model = tiny_source["output"] / "models" / "thing.py"
    model.write_text(model.read_text() + "# edited by hand\n")
    (tiny_source["output"] / "models" / "leftover.py").write_text("x = 1\n")
    contract = tiny_source["contract"]
    contract.write_text(contract.read_text().replace("limit", "lim"))
    stale = _cli("--check", *args)
    assert stale.returncode == 1
    assert "esper.yaml is stale" in stale.stdout
    assert "differs: models/thing.py" in stale.stdout
    assert "stale file (would be removed): models/leftover.py" in stale.stdout
    # --check never writes: the stale files are still stale.
    assert "# edited by hand" in model.read_text()


def test_bad_sources_fail_with_a_message_naming_the_problem(tmp_path: Path) -> None:
    missing = _cli(
        "--source",
        tmp_path / "nope.json",
        "--contract",
        tmp_path / "c.yaml",
        "--output",
        tmp_path / "g",
    )
    assert missing.returncode == 2
    assert "nope.json: no such file" in missing.stderr
    (tmp_path / "bad.json").write_text('{"swagger": "2.0"}')
    wrong = _cli(
        "--source",
        tmp_path / "bad.json",
        "--contract",
        tmp_path / "c.yaml",
        "--output",
        tmp_path / "g",
    )
    assert wrong.returncode == 2
    assert "not an OpenAPI 3 document" in wrong.stderr
    assert not (tmp_path / "c.yaml").exists()


@needs_upstream
def test_committed_contract_and_generated_code_are_what_the_pipeline_makes() -> None:
    """The real upstream through the real overlay: zero generator warnings, nothing stale."""
    problems = pipeline.check(UPSTREAM)
    assert problems == [], "\n".join(problems)


def test_check_against_a_changed_upstream_reports_the_api_diff(
    tiny_source: dict[str, Path],
) -> None:
    paths = ["--contract", tiny_source["contract"], "--output", tiny_source["output"]]
    common = ["--overlay", tiny_source["overlay"], *paths]
    assert _cli("--source", tiny_source["source"], *common).returncode == 0
    spec = yaml.safe_load(tiny_source["source"].read_text())
    listing = spec["paths"]["/v0/things/"].pop("get")  # the overlay's target goes away
    listing["operationId"] = "listThings"
    listing["parameters"].append(
        {"name": "site", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    spec["paths"]["/v1/things/"] = {"get": listing}
    changed = tiny_source["source"].with_name("changed.yaml")
    changed.write_text(yaml.safe_dump(spec))
    drift = _cli("--check", "--source", changed, *common)
    assert drift.returncode == 1
    assert "overlay.yaml has actions for things the upstream no longer has" in drift.stdout
    assert "BREAKING: `GET /v1/things/`: parameter `site` added, required" in drift.stdout
    assert "`GET /v1/things/`: moved from `GET /v0/things/`" in drift.stdout


def test_the_upstream_can_be_downloaded_from_a_url(tiny_source: dict[str, Path]) -> None:
    """A loopback HTTP server stands in for Esper's site; JSON and YAML both load."""
    import json

    from esper_testkit import serving

    spec = yaml.safe_load(tiny_source["source"].read_text())
    bodies = {
        "/esper.json": json.dumps(spec).encode(),
        "/esper.yaml": yaml.safe_dump(spec).encode(),
    }
    with serving(bodies) as base:
        texts = {
            path: pipeline.build_contract(base + path, tiny_source["overlay"]).contract_text
            for path in bodies
        }
        assert texts["/esper.json"] == texts["/esper.yaml"]
        assert "operationId: list_things" in texts["/esper.json"]
        with pytest.raises(Exception, match="download failed"):
            pipeline.build_contract(base + "/missing.json", tiny_source["overlay"])
