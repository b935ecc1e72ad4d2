#!/usr/bin/env python3
"""Start Prism (the pinned npm mock server) on loopback, serving openapi/esper.yaml.

Used by the contract tests and by `make demo`. Prism validates every request
against the contract: a violating request gets a 422 (or the operation's own 4xx),
and every reply lists what Prism found wrong in an `sl-violations` header, request
and response side alike. `errors=True` turns response-side findings into errors too.
`python scripts/mock_server.py [--port N] [--dynamic [--seed S]]` (or `make mock`) runs it
in the foreground for manual poking: static answers built from the contract, or, with
--dynamic, random ones (json-schema-faker; the same seed gives the same answers). Ctrl-C or
SIGTERM stops Prism with it.
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
    dynamic: bool = False,
    seed: str | None = None,
    startup_timeout: float = 90.0,
) -> Iterator[str]:
    """Run Prism on 127.0.0.1 for the duration of the block; yields its base URL.

    `dynamic` answers with random bodies generated from the schemas (`seed` makes them
    repeatable) instead of the same static one per operation.
    """
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
            *(["--dynamic"] if dynamic else []),
            *(["--seed", seed] if seed is not None else []),
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


def _stop(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # unwinds prism()'s block, which stops Prism and its children


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description="Prism serving openapi/esper.yaml on loopback")
    parser.add_argument("--port", type=int, default=4010)
    parser.add_argument("--dynamic", action="store_true", help="random answers from the schemas")
    parser.add_argument("--seed", help="with --dynamic: the same seed, the same answers")
    args = parser.parse_args(argv)
    signal.signal(signal.SIGTERM, _stop)
    with prism(port=args.port, dynamic=args.dynamic, seed=args.seed) as url:
        mode = (
            f"dynamic, seed {args.seed}"
            if args.dynamic and args.seed
            else ("dynamic" if args.dynamic else "static")
        )
        print(f"Prism is serving {CONTRACT.relative_to(ROOT)} at {url} ({mode}); Ctrl-C stops it")
        sys.stdout.flush()
        with contextlib.suppress(KeyboardInterrupt):
            while True:
                time.sleep(3600)
    return 0


if __name__ == "__main__":
    sys.exit(main())
