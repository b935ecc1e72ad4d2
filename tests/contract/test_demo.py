"""The README's main job: examples/demo.py against the Prism mock, end to end."""

from __future__ import annotations

import subprocess
import sys

from esper_contract.paths import ROOT


def test_demo_runs_end_to_end_against_the_mock() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "examples" / "demo.py")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
    )
    assert run.returncode == 0, run.stdout[-2000:] + run.stderr[-2000:]
    out = run.stdout
    for step in (
        "1. Devices",
        "2. Start an operation",
        "3. The operation on each device",
        "4. A typed error",
    ):
        assert step in out
    assert "<DeviceOperationState.PROCESSING: 40>" in out
    assert "caught UnprocessableEntityError (status 422)" in out
    assert "demo-key" not in out
    assert out.rstrip().endswith("demo finished")


def test_the_demo_only_reads_where_it_is_not_on_loopback() -> None:
    import importlib.util

    spec = importlib.util.spec_from_file_location("demo", ROOT / "examples" / "demo.py")
    assert spec is not None and spec.loader is not None
    demo = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(demo)
    assert demo.writes_allowed("http://127.0.0.1:4010", allow_writes=False)
    assert demo.writes_allowed("http://[::1]:4010/api", allow_writes=False)
    assert not demo.writes_allowed("https://acme-api.esper.cloud/api", allow_writes=False)
    assert not demo.writes_allowed("http://10.0.0.5/api", allow_writes=False)
    assert demo.writes_allowed("https://acme-api.esper.cloud/api", allow_writes=True)
