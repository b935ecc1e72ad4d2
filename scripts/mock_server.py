#!/usr/bin/env python3
"""Start Prism (the pinned npm mock server) on loopback, serving openapi/esper.yaml.

Used by the contract tests and by `make demo`. Prism validates every request
against the contract: a violating request gets a 422 (or the operation's own 4xx),
and every reply lists what Prism found wrong in an `sl-violations` header, request
and response side alike. `errors=True` turns response-side findings into errors too.
`python scripts/mock_server.py`
runs it in the foreground for manual poking.
"""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from esper_contract.paths import CONTRACT, PRISM, ROOT


class MockServerError(RuntimeError):
    """Prism is not installed, or did not start in time."""


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def prism(
    spec: Path = CONTRACT,
    *,
    port: int | None = None,
    errors: bool = False,
    startup_timeout: float = 90.0,
) -> Iterator[str]:
    """Run Prism on 127.0.0.1 for the duration of the block; yields its base URL."""
    if not PRISM.exists():
        raise MockServerError(f"{PRISM} is missing: run `npm ci` (make install does it)")
    port = port or free_port()
    log = tempfile.NamedTemporaryFile("w", prefix="prism-", suffix=".log", delete=False)
    log_path = Path(log.name)
    proc = subprocess.Popen(
        [
            str(PRISM),
            "mock",
            str(spec),
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
            *(["--errors"] if errors else []),
        ],
        stdout=log,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        cwd=ROOT,
        start_new_session=True,  # so that stopping it stops node's children too
    )
    try:
        deadline = time.monotonic() + startup_timeout
        while True:
            if proc.poll() is not None:
                raise MockServerError(
                    f"Prism exited ({proc.returncode}):\n{log_path.read_text()[-2000:]}"
                )
            if "is listening" in log_path.read_text(encoding="utf-8", errors="replace"):
                break
            if time.monotonic() > deadline:
                raise MockServerError(f"Prism did not start within {startup_timeout:.0f}s")
            time.sleep(0.2)
        yield f"http://127.0.0.1:{port}"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()
        log_path.unlink(missing_ok=True)


if __name__ == "__main__":
    with prism(port=int(sys.argv[1]) if len(sys.argv) > 1 else 4010) as url:
        print(f"Prism is serving {CONTRACT.relative_to(ROOT)} at {url} (Ctrl-C stops it)")
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
