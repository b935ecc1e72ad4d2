#!/usr/bin/env python3
"""Import time: esper_client (package + one model + one operation) vs esperclient vs httpx.

Each figure is the median over fresh interpreters of the time spent in the import
statements alone (interpreter start-up excluded), measured in this one run, with
bytecode compiled beforehand for every contender alike. Prints a table and the
ratio to the official SDK; the target is a ratio of at most 1.0.
"""

from __future__ import annotations

import argparse
import compileall
import importlib.util
import os
import statistics
import subprocess
import sys

import common
from common import Row

OURS = "esper_client + 1 model + 1 operation"
MODEL_ONLY = "esper_client + 1 model"
PEER = "esperclient (official SDK 0.1.3)"
CASES = {
    OURS: (
        "import esper_client\n"
        "from esper_client.generated.models.device import Device\n"
        "import esper_client.generated.api.devices.get_all_devices\n"
    ),
    MODEL_ONLY: ("import esper_client\nfrom esper_client.generated.models.device import Device\n"),
    PEER: "import esperclient\n",
    "httpx": "import httpx\n",
}
PROBE = """
import time
t0 = time.perf_counter()
{code}
print(time.perf_counter() - t0)
"""


def _compile(module: str) -> None:
    spec = importlib.util.find_spec(module)
    if spec is None or not spec.submodule_search_locations:
        return
    for location in spec.submodule_search_locations:
        compileall.compile_dir(location, quiet=1, force=False)


def measure(code: str, runs: int) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    samples = []
    for _ in range(runs):
        command = [sys.executable, "-c", PROBE.format(code=code)]
        out = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
        samples.append(float(out.stdout.strip()))
    return statistics.median(samples)


def rows(runs: int) -> list[tuple[str, float]]:
    if importlib.util.find_spec("esperclient") is None:
        raise SystemExit("esperclient is not installed: `make bench` installs the bench extra")
    for module in ("esper_client", "esperclient", "httpx", "attr", "attrs", "dateutil", "urllib3"):
        _compile(module)
    # Interleave the contenders so that machine noise hits them alike.
    results: dict[str, list[float]] = {name: [] for name in CASES}
    for _ in range(runs):
        for name, code in CASES.items():
            results[name].append(measure(code, 1))
    return [(name, statistics.median(values)) for name, values in results.items()]


def run(quick: bool = False) -> list[Row]:
    runs = 7 if quick else 21
    medians = dict(rows(runs))
    note = f"median of {runs} fresh interpreters each, import statements only"
    ours = "esper_client, 1 model, 1 operation"
    return [
        Row("1 import", ours, medians[OURS], "ms", "esperclient", medians[PEER], target=1.0,
            notes=[note]),
        Row("1 import", ours, medians[OURS], "ms", "httpx", medians["httpx"]),
        Row("1 import", "esper_client, 1 model", medians[MODEL_ONLY], "ms", "esperclient",
            medians[PEER]),
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="7 interpreters per case, not 21")
    args = parser.parse_args(argv)
    print(common.table(run(args.quick)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
