"""docs/esper-drift.yml: the drift check users schedule is a workflow that works.

Its "Drift check" step is run here as written, by bash, in a workspace laid out like a
checkout (the download replaced by the shared upstream, or a mutated copy of it).
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from esper_contract.paths import CONTRACT, DEFAULT_SOURCE, DOCS, ROOT
from esper_contract.source import load, load_yaml_file

WORKFLOW = DOCS / "esper-drift.yml"
needs_upstream = pytest.mark.skipif(
    not DEFAULT_SOURCE.is_file(),
    reason=f"the shared upstream description is absent ({DEFAULT_SOURCE}): step not run",
)


def _steps() -> dict[str, dict[str, Any]]:
    workflow = load_yaml_file(WORKFLOW)
    [job] = workflow["jobs"].values()
    return {step.get("name", step.get("uses", "")): step for step in job["steps"]}


def test_the_workflow_is_a_scheduled_job_that_downloads_checks_and_posts() -> None:
    workflow = load_yaml_file(WORKFLOW)
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert triggers["schedule"][0]["cron"]
    assert "workflow_dispatch" in triggers
    assert workflow["permissions"] == {"contents": "read", "issues": "write"}
    steps = _steps()
    assert "$ESPER_OAS_URL" in steps["Download Esper's description"]["run"]
    assert "regenerate.py diff openapi/esper.yaml" in steps["Drift check"]["run"]
    assert "gh issue" in steps["Post the report"]["run"]
    assert steps["Post the report"]["if"] == "steps.drift.outputs.changed == 'true'"


def _run_step(tmp_path: Path, upstream: dict[str, Any]) -> dict[str, str]:
    """The step's script in a checkout-like workspace; its outputs and the report."""
    work = tmp_path / "work"
    (work / "openapi").mkdir(parents=True)
    (work / "build").mkdir()
    (work / "bin").mkdir()
    (work / "openapi" / "esper.yaml").write_bytes(CONTRACT.read_bytes())
    (work / "scripts").symlink_to(ROOT / "scripts")
    (work / "build" / "esper-upstream.json").write_text(json.dumps(upstream), encoding="utf-8")
    python = work / "bin" / "python"
    python.write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    python.chmod(0o755)
    outputs, summary = tmp_path / "outputs", tmp_path / "summary"
    env = {
        **os.environ,
        "PATH": f"{work / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
        "GITHUB_OUTPUT": str(outputs),
        "GITHUB_STEP_SUMMARY": str(summary),
    }
    script = _steps()["Drift check"]["run"]
    done = subprocess.run(
        ["bash", "-e", "-c", script], cwd=work, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    result = dict(line.split("=", 1) for line in outputs.read_text().splitlines())
    result["report"] = (work / "build" / "drift-report.md").read_text()
    assert summary.read_text() == result["report"]
    return result


@needs_upstream
def test_the_drift_step_reports_a_breaking_change_and_a_vanished_overlay_target(
    tmp_path: Path,
) -> None:
    upstream = copy.deepcopy(load(DEFAULT_SOURCE))
    del upstream["paths"]["/enterprise/{enterprise_id}/device/"]["get"]
    out = _run_step(tmp_path, upstream)
    assert (out["status"], out["changed"]) == ("1", "true")
    assert out["report"].startswith("**API changes:** 1 breaking change")
    assert "operation removed" in out["report"]
    assert "### Notes" in out["report"]


@needs_upstream
def test_the_drift_step_stays_quiet_when_nothing_changed(tmp_path: Path) -> None:
    out = _run_step(tmp_path, load(DEFAULT_SOURCE))
    assert (out["status"], out["changed"]) == ("0", "false")
    assert out["report"].strip() == "No API changes."
