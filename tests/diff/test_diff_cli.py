"""`regenerate.py diff`: exit codes, output formats, and reading specs from git revisions."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from diff_helpers import BASE, CASES, FIXTURES, merge_patch
from esper_contract import diff
from esper_contract.diff import kinds
from esper_contract.normalize import CONTRACT_TITLE
from esper_contract.paths import ROOT

LIST_DEVICES = "GET /enterprise/{enterprise_id}/device/"
# The fixture descriptions are upstreams of their own: their overlay, and no names kept
# from the project's contract.
OPTS = ["--overlay", str(FIXTURES / "overlay.yaml"), "--no-names"]


def run(*args: str) -> int:
    return diff.main([*args, *OPTS])


def write(path: Path, spec: dict[str, Any]) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    return str(path)


@pytest.fixture
def specs(tmp_path: Path) -> dict[str, str]:
    """base, a breaking change (limit removed) and a non-breaking one (optional param)."""
    return {
        "base": write(tmp_path / "base.yaml", BASE),
        "breaking": write(
            tmp_path / "breaking.yaml", merge_patch(BASE, CASES["parameter-removed"]["new"])
        ),
        "compatible": write(
            tmp_path / "compatible.yaml",
            merge_patch(BASE, CASES["parameter-added-optional"]["new"]),
        ),
    }


def test_no_changes_exit_0(specs: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(specs["base"], specs["base"]) == 0
    assert capsys.readouterr().out.strip() == "No API changes."


def test_non_breaking_exit_0(specs: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(specs["base"], specs["compatible"]) == 0
    out = capsys.readouterr().out
    assert "parameter `search` added, optional (query)" in out
    assert "BREAKING" not in out


def test_breaking_exit_1_unless_allowed(
    specs: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(specs["base"], specs["breaking"]) == 1
    captured = capsys.readouterr()
    assert "### Devices" in captured.out
    assert f"- BREAKING: `{LIST_DEVICES}`: parameter `limit` removed (query)" in captured.out
    assert "--allow-breaking" in captured.err
    assert run(specs["base"], specs["breaking"], "--allow-breaking") == 0


def test_json_shape(specs: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run(specs["base"], specs["breaking"], "--format", "json") == 1
    data = json.loads(capsys.readouterr().out)
    assert set(data) == {"breaking", "non_breaking"}
    assert data["non_breaking"] == []
    [change] = data["breaking"]
    assert change == {
        "kind": "parameter-removed",
        "operation": LIST_DEVICES,
        "location": "query.limit",
        "detail": "parameter `limit` removed (query); calls passing `limit` fail",
        "side": "request",
        "tag": "Devices",
    }


def test_markdown(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    new = merge_patch(BASE, CASES["parameter-removed"]["new"])
    new["paths"]["/groups/"]["get"]["deprecated"] = True
    old = write(tmp_path / "old.yaml", BASE)
    assert run(old, write(tmp_path / "new.yaml", new), "--format", "markdown") == 1
    out = capsys.readouterr().out
    breaking, other = out.split("### Other changes")
    assert breaking.startswith("**API changes:** 1 breaking change, 1 non-breaking change.")
    assert "### Breaking changes\n\n#### Devices\n\n- `GET /enterprise" in breaking
    assert "parameter `limit` removed" in breaking
    assert other.strip() == "#### Groups\n\n- `GET /groups/`: operation deprecated"


def test_missing_file_exit_2(specs: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert run("no/such/spec.yaml", specs["base"]) == 2
    assert "no/such/spec.yaml: no such file" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("paths: [unclosed", "neither valid YAML nor JSON"),
        ("just: a mapping\n", "not an OpenAPI 3 document"),
        (
            "openapi: 3.1.0\npaths:\n  /x:\n    get:\n      responses: {}\n",
            "has no tag",
        ),
    ],
)
def test_bad_documents_exit_2(
    tmp_path: Path,
    specs: dict[str, str],
    capsys: pytest.CaptureFixture[str],
    text: str,
    problem: str,
) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(text, encoding="utf-8")
    assert run(specs["base"], str(bad)) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and problem in err


def test_bad_usage_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run("only-one") == 2
    assert run("a.yaml", "b.yaml", "--format", "xml") == 2


def git(repo: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.name=test", "-c", "user.email=test@example.com",
         "-c", "commit.gpgsign=false", *args],
        cwd=repo, check=True, capture_output=True,
    )  # fmt: skip


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository whose two commits hold base and then a breaking change."""
    root = tmp_path / "repo"
    root.mkdir()
    git(root, "init", "-q")
    write(root / "openapi" / "esper.yaml", BASE)
    git(root, "add", "openapi/esper.yaml")
    git(root, "commit", "-q", "-m", "first")
    write(root / "openapi" / "esper.yaml", merge_patch(BASE, CASES["parameter-removed"]["new"]))
    git(root, "commit", "-q", "-am", "second")
    return root


def test_git_revisions_with_repo_option(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("HEAD~1", "HEAD", "--repo", str(repo), "--format", "json") == 1
    data = json.loads(capsys.readouterr().out)
    assert [c["kind"] for c in data["breaking"]] == ["parameter-removed"]
    assert run("HEAD", "HEAD~1", "--repo", str(repo)) == 0
    assert "parameter `limit` added, optional" in capsys.readouterr().out
    explicit = "HEAD~1:openapi/esper.yaml"
    assert run(explicit, "HEAD~1", "--repo", str(repo)) == 0


def test_git_revision_against_a_file_from_the_working_directory(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(repo)
    assert run("HEAD", "openapi/esper.yaml") == 0
    assert capsys.readouterr().out.strip() == "No API changes."


def test_unknown_revision_exit_2(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run("no-such-branch", "HEAD", "--repo", str(repo)) == 2
    err = capsys.readouterr().err
    assert "no-such-branch: no such file, and not a git revision" in err
    assert str(repo) in err


def test_through_regenerate_script(repo: Path) -> None:
    """The real entry point, run from inside the repository: no --repo needed."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "regenerate.py"), "diff", "HEAD~1", "HEAD",
         "--format", "json", *OPTS],
        cwd=repo, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert json.loads(done.stdout)["breaking"][0]["operation"] == LIST_DEVICES
    done = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "regenerate.py"), "diff", "HEAD~1", "HEAD",
         "--allow-breaking", *OPTS],
        cwd=repo, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("API changes: 1 breaking change, 0 non-breaking changes.")


def test_upstream_sides_are_normalized_and_no_normalize_compares_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An invalid default is a normalizer fix, not a change; --no-normalize shows it."""
    old_spec = merge_patch(BASE, {})
    limit = old_spec["paths"]["/enterprise/{enterprise_id}/device/"]["get"]["parameters"][1]
    limit["schema"]["default"] = "twenty"  # invalid for an integer: normalize drops it
    new_spec = merge_patch(BASE, {})
    del new_spec["paths"]["/enterprise/{enterprise_id}/device/"]["get"]["parameters"][1]["schema"][
        "default"
    ]
    old, new = write(tmp_path / "old.yaml", old_spec), write(tmp_path / "new.yaml", new_spec)

    assert run(old, new) == 0
    assert capsys.readouterr().out.strip() == "No API changes."

    assert run(old, new, "--no-normalize", "--format", "json") == 0
    [change] = json.loads(capsys.readouterr().out)["non_breaking"]
    assert (change["kind"], change["location"]) == ("default-changed", "query.limit")


def test_a_contract_regenerate_wrote_is_compared_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It is what a client was generated from: normalizing it again could hide a change."""
    old_spec = merge_patch(BASE, {"info": {"title": CONTRACT_TITLE}})
    limit = old_spec["paths"]["/enterprise/{enterprise_id}/device/"]["get"]["parameters"][1]
    limit["schema"]["default"] = "twenty"
    old = write(tmp_path / "old.yaml", old_spec)
    assert run(old, write(tmp_path / "new.yaml", BASE), "--format", "json") == 0
    [change] = json.loads(capsys.readouterr().out)["non_breaking"]
    assert (change["kind"], change["location"]) == ("default-changed", "query.limit")
    assert "the client sends only the parameters a call passes" in change["detail"]


def test_no_normalize_needs_operation_ids(
    tmp_path: Path, specs: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    spec = merge_patch(BASE, {"paths": {"/groups/": {"get": {"operationId": None}}}})
    raw = write(tmp_path / "raw.yaml", spec)
    assert run(specs["base"], raw) == 0  # normalize derives the same name
    capsys.readouterr()
    assert run(specs["base"], raw, "--no-normalize") == 2
    assert "GET /groups/ has no operationId" in capsys.readouterr().err


def test_overlay_actions_that_no_longer_apply_are_notes_not_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = write(tmp_path / "old.yaml", BASE)
    new = write(tmp_path / "new.yaml", merge_patch(BASE, CASES["operation-removed"]["new"]))
    note = (
        "tests/diff/fixtures/overlay.yaml: action 0 ($.paths['/groups/'].get): target "
        f"matches nothing in the contract of {new} (skipped)"
    )
    assert run(old, new) == 1
    out = capsys.readouterr().out
    assert "BREAKING: `GET /groups/`: operation removed" in out
    assert out.rstrip().endswith(f"Note: {note}")
    assert run(old, new, "--format", "markdown") == 1
    assert capsys.readouterr().out.rstrip().endswith(f"### Notes\n\n- {note}")
    assert run(old, new, "--format", "json") == 1
    captured = capsys.readouterr()
    assert json.loads(captured.out)["breaking"][0]["kind"] == "operation-removed"
    assert f"note: {note}" in captured.err


def test_a_missing_names_contract_is_bad_input_with_a_way_out(
    specs: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert diff.main([specs["base"], specs["base"], "--names", "no/esper.yaml"]) == 2
    assert "no/esper.yaml: no such contract for --names (--no-names keeps none)" in (
        capsys.readouterr().err
    )


def test_a_missing_overlay_is_bad_input_with_a_way_out(
    specs: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert diff.main([specs["base"], specs["base"], "--overlay", "no/overlay.yaml"]) == 2
    assert "no/overlay.yaml: no such overlay file (--no-overlay goes without)" in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize(
    ("extra", "where"),
    [
        (OPTS, "tests/diff/fixtures/overlay.yaml"),
        (["--no-overlay", "--no-names"], "an overlay (none read)"),
    ],
)
def test_tags_that_become_one_module_get_advice_naming_the_overlay(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: list[str], where: str
) -> None:
    spec = merge_patch(BASE, {"paths": {"/groups/": {"get": {"tags": ["2_Groups"]}}}})
    spec["paths"]["/enterprise/{enterprise_id}/device/"]["get"]["tags"] = ["3_Groups"]
    bad = write(tmp_path / "bad.yaml", spec)
    assert diff.main([write(tmp_path / "base.yaml", BASE), bad, *extra]) == 2
    err = capsys.readouterr().err
    assert f"{bad}: tags '2_Groups' and '3_Groups' both become module 'groups'" in err
    assert f"list '2_Groups' and '3_Groups' under x-esper-client.tags in {where}" in err


def test_a_contract_that_would_not_validate_stops_the_diff_as_it_stops_regenerate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = merge_patch(BASE, {"paths": {"/groups/": {"get": {"responses": {"2000": {}}}}}})
    bad = write(tmp_path / "bad.yaml", spec)
    assert run(write(tmp_path / "base.yaml", BASE), bad) == 2
    err = capsys.readouterr().err
    assert f"{bad}: regenerate would stop here too: the normalized contract does not" in err
    assert "2000" in err
    assert run(write(tmp_path / "base.yaml", BASE), bad, "--no-validate") == 0


def test_list_kinds_prints_the_kind_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert diff.main(["--list-kinds"]) == 0
    assert capsys.readouterr().out.strip() == kinds.markdown_table()
    assert diff.main([]) == 2
    assert "OLD and NEW are both needed" in capsys.readouterr().err


def test_sides_can_be_downloaded(specs: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    """A loopback HTTP server stands in for Esper's site: JSON and YAML both load."""
    from esper_testkit import serving

    bodies = {
        "/base.json": json.dumps(BASE).encode(),
        "/breaking.yaml": Path(specs["breaking"]).read_bytes(),
    }
    with serving(bodies) as base:
        assert run(f"{base}/base.json", f"{base}/breaking.yaml", "--format", "json") == 1
        assert json.loads(capsys.readouterr().out)["breaking"][0]["kind"] == "parameter-removed"
        assert run(f"{base}/missing.json", specs["base"]) == 2
        assert f"{base}/missing.json: download failed" in capsys.readouterr().err


def test_an_upstream_old_side_keeps_the_names_of_the_names_contract(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An operation without an id is called what the contract called it, not derived anew."""
    old = write(tmp_path / "old.yaml", merge_patch(BASE, {"paths": {"/groups/": {"get": {
        "operationId": None}}}}))  # fmt: skip
    contract = merge_patch(BASE, {"info": {"title": CONTRACT_TITLE}})
    contract["paths"]["/groups/"]["get"]["operationId"] = "all_groups"
    names = write(tmp_path / "names.yaml", contract)
    new = write(tmp_path / "new.yaml", BASE)
    overlay = ["--overlay", str(FIXTURES / "overlay.yaml")]
    assert diff.main([old, new, *overlay, "--no-names"]) == 0  # derived: list_groups
    capsys.readouterr()
    assert diff.main([old, new, *overlay, "--names", names, "--format", "json"]) == 1
    [change] = json.loads(capsys.readouterr().out)["breaking"]
    assert change["kind"] == "operation-renamed"
    assert "from `all_groups` to `list_groups`" in change["detail"]
