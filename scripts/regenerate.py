#!/usr/bin/env python3
"""Regenerate the contract and the generated client from the upstream description.

python scripts/regenerate.py [--source URL_OR_FILE]          # write both
python scripts/regenerate.py --check [--source URL_OR_FILE]  # exit 1 if stale
python scripts/regenerate.py diff OLD NEW [--format text|json|markdown] ...  # contract-diff.md
python scripts/regenerate.py words [MODULE...]               # what still has no words
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

# Run as a script, this file's folder (scripts/) is already first on sys.path.
from esper_contract import paths


def _regenerate(argv: list[str]) -> int:
    # Here, not at the top: `diff` on two contracts needs none of the pipeline.
    from esper_contract import pipeline
    from esper_contract.normalize import NormalizeError
    from esper_contract.overlay import OverlayError
    from esper_contract.source import SourceError

    parser = argparse.ArgumentParser(prog="regenerate.py", description=__doc__.splitlines()[0])
    parser.add_argument(
        "--source",
        default=str(paths.DEFAULT_SOURCE),
        help="upstream OpenAPI description: an http(s) URL or a file, JSON or YAML "
        "(default: %(default)s)",
    )
    parser.add_argument(
        "--check", action="store_true", help="compare with what is committed; exit 1 if stale"
    )
    parser.add_argument("-v", "--verbose", action="store_true", help="list every normalizer fix")
    parser.add_argument("--contract", type=Path, default=paths.CONTRACT, help=argparse.SUPPRESS)
    parser.add_argument("--output", type=Path, default=paths.GENERATED, help=argparse.SUPPRESS)
    parser.add_argument("--overlay", type=Path, default=paths.OVERLAY, help=argparse.SUPPRESS)
    # docs/api.md for the repository's contract; beside the contract for any other.
    parser.add_argument("--reference", type=Path, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    where = {
        "contract": args.contract,
        "generated": args.output,
        "overlay": args.overlay,
        "reference": args.reference,
    }
    try:
        if args.check:
            problems = pipeline.check(args.source, **where)
            if problems:
                print("regenerate --check: the committed contract or generated code is stale.")
                print("\n".join(problems))
                print(
                    "Run `make regenerate` (or regenerate.py --source ...) and commit the result."
                )
                return 1
            print(f"regenerate --check: up to date ({time.perf_counter() - started:.1f}s)")
            return 0
        built = pipeline.run(args.source, **where)
    except (SourceError, NormalizeError, OverlayError, pipeline.PipelineError) as exc:
        print(f"regenerate: {exc}", file=sys.stderr)
        return 2
    if built.upstream_problems:
        count = len(built.upstream_problems)
        print(f"upstream: {count} validation problem(s), fixed by normalization:")
        for line in built.upstream_problems:
            print(f"  {line}")
    if built.report.lost_names:
        print("names the contract gave that could not be kept (breaking for users):")
        for line in built.report.lost_names:
            print(f"  {line}")
    print(
        f"normalized: {len(built.report.fixes)} fixes"
        + ("" if args.verbose else " (-v lists them)")
    )
    if args.verbose:
        print("\n".join(f"  {fix}" for fix in built.report.fixes))
    reference = args.reference or pipeline.reference_beside(args.contract)
    print(
        f"wrote {args.contract}, {reference} and {args.output} "
        f"({time.perf_counter() - started:.1f}s)"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "words":
        from esper_contract import words

        return words.main(argv[1:])
    if argv and argv[0] == "diff":
        from esper_contract import diff

        return diff.main(argv[1:])
    return _regenerate(argv)


if __name__ == "__main__":
    sys.exit(main())
