"""Contract diff: `regenerate.py diff` on the full Esper description, contracts and raw files.

Two normalized contracts: the committed contract against a copy with a few changes (an
operation removed, a property added, a default changed), both YAML files as regenerate
writes them, diffed by `diff.main` in this process (reading, parsing, comparing,
rendering) and by the command in a fresh interpreter (imports included). Two raw
upstream files: the shared upstream against a copy with the same changes, each made the
contract regenerate would build (normalizer, overlay, names) and validated; cold is an
empty validation cache, warm the same files again. The baseline is the floor: reading
both files with json.loads, which any differ must at least do.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import common
from common import ROOT, Row, median

sys.path.insert(0, str(ROOT / "scripts"))

from esper_contract import diff
from esper_contract import source as src
from esper_contract.paths import CONTRACT, DEFAULT_SOURCE

NAME = "7 contract diff"
LISTING = "/enterprise/{enterprise_id}/device/"


def _mutate_contract(spec: dict[str, Any]) -> dict[str, Any]:
    spec = copy.deepcopy(spec)
    del spec["paths"][LISTING]["get"]
    schema = spec["components"]["schemas"]["DeviceGroup"]
    schema.setdefault("properties", {})["bench_added"] = {"type": "string"}
    return spec


def _mutate_upstream(spec: dict[str, Any]) -> dict[str, Any]:
    spec = _mutate_contract(spec)
    for item in spec["paths"].values():
        for param in (item.get("get") or {}).get("parameters") or []:
            if param.get("name") == "limit" and "default" in (param.get("schema") or {}):
                param["schema"]["default"] = 50
                return spec
    return spec


def _in_process(*args: str) -> Callable[[], float]:
    def run() -> float:
        started = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
            status = diff.main([*args, "--format", "markdown"])
        elapsed = time.perf_counter() - started
        assert status == 1, f"the changes include a breaking one (status {status})"
        return elapsed

    return run


def _command(*args: str) -> Callable[[], float]:
    command = [sys.executable, str(ROOT / "scripts" / "regenerate.py"), "diff", *args]

    def run() -> float:
        started = time.perf_counter()
        done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
        elapsed = time.perf_counter() - started
        assert done.returncode == 1, done.stderr
        return elapsed

    return run


def _json_floor(*files: Path) -> Callable[[], float]:
    def run() -> float:
        started = time.perf_counter()
        for path in files:
            json.loads(path.read_text(encoding="utf-8"))
        return time.perf_counter() - started

    return run


def _median_of(func: Callable[[], float], rounds: int) -> float:
    return median([func() for _ in range(rounds)])


def run(quick: bool = False) -> list[Row]:
    if not DEFAULT_SOURCE.is_file() or not CONTRACT.is_file():
        print(f"contract diff: skipped, no upstream at {DEFAULT_SOURCE}", file=sys.stderr)
        return []
    rounds = 3 if quick else 7
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="esper-bench-diff-") as tmp:
        folder = Path(tmp)
        old_contract = str(CONTRACT)
        new_contract = folder / "changed.yaml"
        new_contract.write_text(
            src.dump_yaml(_mutate_contract(src.load_yaml_file(CONTRACT))), encoding="utf-8"
        )
        as_json = [folder / "old.json", folder / "new.json"]
        as_json[0].write_text(json.dumps(src.load_yaml_file(CONTRACT)), encoding="utf-8")
        as_json[1].write_text(json.dumps(src.load_yaml_file(new_contract)), encoding="utf-8")
        floor = _json_floor(*as_json)
        samples = common.interleaved(
            {
                "in process": _in_process(old_contract, str(new_contract)),
                "command": _command(old_contract, str(new_contract)),
                "floor": floor,
            },
            rounds,
        )
        rows.append(
            Row(NAME, "2 contracts, diff.main in process", median(samples["in process"]), "ms",
                "json.loads of both", median(samples["floor"]), target=0.5, target_on="ours")
        )  # fmt: skip
        rows.append(
            Row(NAME, "2 contracts, the command (fresh interpreter)", median(samples["command"]),
                "ms", "json.loads of both", median(samples["floor"]), target=0.5,
                target_on="ours")
        )  # fmt: skip

        old_raw = str(DEFAULT_SOURCE)
        new_raw = folder / "upstream-changed.json"
        new_raw.write_text(json.dumps(_mutate_upstream(src.load(DEFAULT_SOURCE))), "utf-8")
        raw_floor = _median_of(_json_floor(DEFAULT_SOURCE, new_raw), rounds)
        no_validation = _median_of(_in_process(old_raw, str(new_raw), "--no-validate"), rounds)
        cold, warm = [], []
        for index in range(1 if quick else 2):
            cache = folder / f"cache-{index}"
            os.environ["ESPER_CLIENT_CACHE"] = str(cache)
            try:
                cold.append(_in_process(old_raw, str(new_raw))())
                warm.extend(_in_process(old_raw, str(new_raw))() for _ in range(rounds // 2 + 1))
            finally:
                del os.environ["ESPER_CLIENT_CACHE"]
    rows.append(
        Row(NAME, "2 upstream files, validation cache warm", median(warm), "ms",
            "json.loads of both", raw_floor, target=3.0, target_on="ours")
    )  # fmt: skip
    rows.append(
        Row(NAME, "2 upstream files, validation cache cold", median(cold), "ms",
            "json.loads of both", raw_floor,
            notes=[f"2 upstream files without validating (--no-validate): {no_validation:.2f} s; "
                   "cold, each new contract is validated once (openapi-spec-validator)"])
    )  # fmt: skip
    return rows


if __name__ == "__main__":
    results = run("--quick" in sys.argv)
    print(common.table(results))
    print("\n".join(f"- {note}" for row in results for note in row.notes))
