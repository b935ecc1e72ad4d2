"""`regenerate.py diff`: exit codes, output formats, and reading specs from git revisions."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from diff_helpers import BASE, CASES, merge_patch
from esper_contract import diff
from esper_contract.paths import ROOT

LIST_DEVICES = "GET /enterprise/{enterprise_id}/device/"


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
    assert diff.main([specs["base"], specs["base"]]) == 0
    assert capsys.readouterr().out.strip() == "No API changes."


def test_non_breaking_exit_0(specs: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert diff.main([specs["base"], specs["compatible"]]) == 0
    out = capsys.readouterr().out
    assert "parameter `search` added, optional (query)" in out
    assert "BREAKING" not in out


def test_breaking_exit_1_unless_allowed(
    specs: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert diff.main([specs["base"], specs["breaking"]]) == 1
    captured = capsys.readouterr()
    assert "### Devices" in captured.out
    assert f"- BREAKING: `{LIST_DEVICES}`: parameter `limit` removed (query)" in captured.out
    assert "--allow-breaking" in captured.err
    assert diff.main([specs["base"], specs["breaking"], "--allow-breaking"]) == 0


def test_json_shape(specs: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert diff.main([specs["base"], specs["breaking"], "--format", "json"]) == 1
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
    assert diff.main([old, write(tmp_path / "new.yaml", new), "--format", "markdown"]) == 1
    out = capsys.readouterr().out
    breaking, other = out.split("### Other changes")
    assert breaking.startswith("**API changes:** 1 breaking change, 1 non-breaking change.")
    assert "### Breaking changes\n\n#### Devices\n\n- `GET /enterprise" in breaking
    assert "parameter `limit` removed" in breaking
    assert other.strip() == "#### Groups\n\n- `GET /groups/`: operation deprecated"


def test_missing_file_exit_2(specs: dict[str, str], capsys: pytest.CaptureFixture[str]) -> None:
    assert diff.main(["no/such/spec.yaml", specs["base"]]) == 2
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
    assert diff.main([specs["base"], str(bad)]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and problem in err


def test_bad_usage_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert diff.main(["only-one"]) == 2
    assert diff.main(["a.yaml", "b.yaml", "--format", "xml"]) == 2


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
    assert diff.main(["HEAD~1", "HEAD", "--repo", str(repo), "--format", "json"]) == 1
    data = json.loads(capsys.readouterr().out)
    assert [c["kind"] for c in data["breaking"]] == ["parameter-removed"]
    assert diff.main(["HEAD", "HEAD~1", "--repo", str(repo)]) == 0
    assert "parameter `limit` added, optional" in capsys.readouterr().out
    explicit = "HEAD~1:openapi/esper.yaml"
    assert diff.main([explicit, "HEAD~1", "--repo", str(repo)]) == 0


def test_git_revision_against_a_file_from_the_working_directory(
    repo: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(repo)
    assert diff.main(["HEAD", "openapi/esper.yaml"]) == 0
    assert capsys.readouterr().out.strip() == "No API changes."


def test_unknown_revision_exit_2(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert diff.main(["no-such-branch", "HEAD", "--repo", str(repo)]) == 2
    err = capsys.readouterr().err
    assert "no-such-branch: no such file, and not a git revision" in err
    assert str(repo) in err


def test_through_regenerate_script(repo: Path) -> None:
    """The real entry point, run from inside the repository: no --repo needed."""
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "regenerate.py"), "diff", "HEAD~1", "HEAD",
         "--format", "json"],
        cwd=repo, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == 1, run.stderr
    assert json.loads(run.stdout)["breaking"][0]["operation"] == LIST_DEVICES
    run = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "regenerate.py"), "diff", "HEAD~1", "HEAD",
         "--allow-breaking"],
        cwd=repo, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith("API changes: 1 breaking change, 0 non-breaking changes.")


def test_normalizer_fixes_on_an_input_are_noted_and_no_normalize_shows_them(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A contract written before the normalizer learnt a fix: normalizing hides the fix."""
    old_spec = merge_patch(BASE, {})
    limit = old_spec["paths"]["/enterprise/{enterprise_id}/device/"]["get"]["parameters"][1]
    limit["schema"]["default"] = "twenty"  # invalid for an integer: normalize drops it
    new_spec = merge_patch(BASE, {})
    del new_spec["paths"]["/enterprise/{enterprise_id}/device/"]["get"]["parameters"][1]["schema"][
        "default"
    ]
    old, new = write(tmp_path / "old.yaml", old_spec), write(tmp_path / "new.yaml", new_spec)

    assert diff.main([old, new]) == 0
    out = capsys.readouterr().out
    assert out.startswith("No API changes.")
    assert f"Note: normalizing {old} changed it (1 fix, e.g. " in out
    assert "invalid default 'twenty' removed" in out

    assert diff.main([old, new, "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out) == {"breaking": [], "non_breaking": []}
    assert "note: normalizing" in captured.err

    assert diff.main([old, new, "--no-normalize", "--format", "json"]) == 0
    [change] = json.loads(capsys.readouterr().out)["non_breaking"]
    assert (change["kind"], change["location"]) == ("default-changed", "query.limit")


def test_no_normalize_needs_operation_ids(
    tmp_path: Path, specs: dict[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    spec = merge_patch(BASE, {"paths": {"/groups/": {"get": {"operationId": None}}}})
    raw = write(tmp_path / "raw.yaml", spec)
    assert diff.main([specs["base"], raw]) == 0  # normalize derives the same name
    capsys.readouterr()
    assert diff.main([specs["base"], raw, "--no-normalize"]) == 2
    assert "GET /groups/ has no operationId" in capsys.readouterr().err
