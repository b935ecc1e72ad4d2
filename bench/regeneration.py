"""Regeneration: wall time of the whole pipeline on the real upstream description (report only).

Runs `scripts/regenerate.py --source ../shared/esper-oas/esper-openapi.json` with the contract
and the generated package written to a temporary directory, never into the repository.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import common
from common import ROOT, Row

UPSTREAM = ROOT.parent / "shared" / "esper-oas" / "esper-openapi.json"


def run(quick: bool = False) -> list[Row]:
    if not UPSTREAM.is_file():
        print(f"regeneration: skipped, no upstream description at {UPSTREAM}", file=sys.stderr)
        return []
    with tempfile.TemporaryDirectory(prefix="esper-bench-regen-") as tmp:
        command = [
            sys.executable,
            str(ROOT / "scripts" / "regenerate.py"),
            "--source",
            str(UPSTREAM),
            "--contract",
            str(Path(tmp) / "esper.yaml"),
            "--output",
            str(Path(tmp) / "gen"),
        ]
        started = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)
        elapsed = time.perf_counter() - started
        modules = sum(1 for _ in (Path(tmp) / "gen").rglob("*.py"))
    return [
        Row("6 regeneration", f"regenerate.py on the upstream ({modules} modules)", elapsed, "s"),
    ]


if __name__ == "__main__":
    print(common.table(run("--quick" in sys.argv)))
