"""scripts/mock_server.py as a command: serves on loopback, and takes Prism down with it."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys

import httpx
import mock_server
import pytest
from esper_contract.paths import ROOT


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def _wait_for_exit(pid: int, timeout: float) -> None:
    """Block until process `pid` (not our child) exits, or `timeout`: a pidfd, no polling."""
    try:
        fd = os.pidfd_open(pid)
    except ProcessLookupError:
        return
    try:
        select.select([fd], [], [], timeout)
    finally:
        os.close(fd)


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as handle:
            return [int(p) for p in handle.read().split()]
    except OSError:
        return []


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_stopping_the_mock_script_stops_prism(stop: signal.Signals) -> None:
    port = mock_server.free_port()
    command = [sys.executable, str(ROOT / "scripts" / "mock_server.py"), "--port", str(port)]
    script = subprocess.Popen(
        [*command, "--dynamic", "--seed", "7"], stdout=subprocess.PIPE, text=True, cwd=ROOT
    )
    try:
        assert script.stdout is not None
        line = script.stdout.readline()
        assert f"http://127.0.0.1:{port}" in line and "dynamic, seed 7" in line
        prism = _children(script.pid)
        assert prism, "Prism runs as the script's child"
        answer = httpx.get(f"http://127.0.0.1:{port}/v0/operations/", timeout=10)
        assert answer.status_code in (200, 401)  # it serves
        script.send_signal(stop)
        assert script.wait(timeout=20) == 0
        for pid in prism:
            _wait_for_exit(pid, timeout=10)
        assert not any(_alive(pid) for pid in prism), "Prism outlived the script"
        with pytest.raises(httpx.ConnectError):
            httpx.get(f"http://127.0.0.1:{port}/v0/operations/", timeout=2)
    finally:
        if script.poll() is None:
            script.kill()
            script.wait()
