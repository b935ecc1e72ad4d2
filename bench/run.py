#!/usr/bin/env python3
"""Run every benchmark and print one table: our median, the baseline's median, the ratio.

    python bench/run.py            # the full suite (what `make bench` runs), a few minutes
    python bench/run.py --quick    # smaller counts, under a minute or two
    python bench/run.py --only per_call,decoding

Baselines: raw httpx (the floor) and the official SDK esperclient 0.1.3 (the peer), both
measured in this same run, on this machine, against servers started here on 127.0.0.1.
Nothing here asserts: a missed target is printed as MISSED. See bench/README.md.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import importlib.util
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import common

BENCHMARKS = (
    "import_time", "per_call", "decoding", "rate_limit", "memory", "regeneration", "contract_diff",
)  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="smaller counts, fewer rounds")
    parser.add_argument(
        "--only", default="", help=f"comma-separated subset of: {', '.join(BENCHMARKS)}"
    )
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()] or list(BENCHMARKS)
    unknown = sorted(set(chosen) - set(BENCHMARKS))
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    if importlib.util.find_spec("esperclient") is None:
        print("esperclient is not installed: run `make bench` (pip install -e '.[bench]')")
        return 2

    info = common.machine()
    print(
        f"esper-client benchmarks{' (quick)' if args.quick else ''}: {info['date']}, "
        f"{info['nproc']} CPUs ({info['cpu']}), Python {info['python']}, {info['platform']}",
        flush=True,
    )
    rows: list[common.Row] = []
    for name in chosen:
        # Each module starts from a collected heap whose survivors the collector no longer
        # scans, so that its figures do not depend on what the modules before it left behind
        # (decoding, which allocates a great deal, ran 30 % slower after per_call without this).
        gc.collect()
        gc.freeze()
        started = time.perf_counter()
        print(f"  running {name}...", end="", flush=True)
        rows += importlib.import_module(name).run(args.quick)
        print(f" {time.perf_counter() - started:.0f} s", flush=True)

    print()
    print(common.table(rows))
    notes = [f"{row.bench}: {note}" for row in rows for note in row.notes]
    if notes:
        print()
        print("\n".join(f"- {note}" for note in notes))
    missed = [f"{row.bench} ({row.measure} vs {row.baseline})" for row in rows if row.met is False]
    print()
    print("targets missed: " + ("; ".join(missed) if missed else "none"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
