"""The command line: `regenerate.py diff OLD NEW`.

Exit status: 0 no breaking change (or --allow-breaking), 1 breaking changes, 2 bad input.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..paths import CONTRACT, OVERLAY
from ..paths import CONTRACT_IN_REPO as CONTRACT_PATH
from .inputs import Preparation, load_input
from .kinds import markdown_table
from .model import DiffError, plural
from .render import FORMATS


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="regenerate.py diff",
        description="Classify the differences between two Esper API descriptions as breaking "
        "or not for users of esper_client. Each side is a contract regenerate wrote "
        "(compared as written) or an upstream description (made the contract regenerate "
        "would build from it).",
    )
    where = f"a file or http(s) URL (JSON or YAML), or a git revision of {CONTRACT_PATH}"
    parser.add_argument("old", nargs="?", help=where)
    parser.add_argument("new", nargs="?", help=where)
    parser.add_argument("--format", choices=sorted(FORMATS), default="text")
    parser.add_argument(
        "--allow-breaking", action="store_true", help="exit 0 even when something is breaking"
    )
    parser.add_argument(
        "--repo",
        type=Path,
        default=None,
        help="git repository for revisions (default: the one around the "
        "working directory, else this project)",
    )
    parser.add_argument(
        "--spec-path",
        default=CONTRACT_PATH,
        help="the contract's path inside the repository (default: %(default)s)",
    )
    parser.add_argument(
        "--overlay",
        type=Path,
        default=OVERLAY,
        help="the overlay applied to upstream descriptions (default: %(default)s)",
    )
    parser.add_argument(
        "--no-overlay",
        action="store_true",
        help="normalize upstream descriptions without an overlay (nor its tag names)",
    )
    parser.add_argument(
        "--names",
        type=Path,
        default=None,
        help="the contract whose operation and model names an upstream OLD keeps, as "
        f"regenerate keeps them (default: {CONTRACT}, when it exists)",
    )
    parser.add_argument(
        "--no-names", action="store_true", help="an upstream OLD keeps no earlier names"
    )
    parser.add_argument(
        "--no-validate",
        action="store_true",
        help="do not validate the contracts built from upstream descriptions",
    )
    parser.add_argument(
        "--no-normalize",
        action="store_true",
        help="compare both sides as written (both must be normalized contracts)",
    )
    parser.add_argument(
        "--list-kinds",
        action="store_true",
        help="print the table of change kinds (markdown) and exit",
    )
    return parser


def _names_from(args: argparse.Namespace) -> Path | None:
    if args.no_names:
        return None
    if args.names is None:
        return CONTRACT if CONTRACT.is_file() else None
    if not args.names.is_file():
        raise DiffError(f"{args.names}: no such contract for --names (--no-names keeps none)")
    return Path(args.names)


def main(argv: list[str]) -> int:
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed the problem; bad usage is bad input
        return exc.code if isinstance(exc.code, int) else 2
    if args.list_kinds:
        print(markdown_table())
        return 0
    if args.old is None or args.new is None:
        parser.print_usage(sys.stderr)
        print("regenerate.py diff: error: OLD and NEW are both needed", file=sys.stderr)
        return 2
    from . import diff_prepared

    try:
        if not args.no_overlay and not args.overlay.is_file():
            raise DiffError(f"{args.overlay}: no such overlay file (--no-overlay goes without)")
        old, old_origin = load_input(args.old, args.repo, args.spec_path)
        new, new_origin = load_input(args.new, args.repo, args.spec_path)
        how = Preparation(
            normalize=not args.no_normalize,
            overlay=None if args.no_overlay else args.overlay,
            names_from=_names_from(args),
            validate=not args.no_validate,
        )
        result = diff_prepared(old, new, how, (old_origin, new_origin))
    except DiffError as exc:
        print(f"regenerate.py diff: {exc}", file=sys.stderr)
        return 2
    print(FORMATS[args.format](result))
    if args.format == "json":  # text and markdown carry the notes themselves
        for note in result.notes:
            print(f"regenerate.py diff: note: {note}", file=sys.stderr)
    if result.breaking and not args.allow_breaking:
        print(
            f"regenerate.py diff: {plural(len(result.breaking), 'breaking change')}; "
            "pass --allow-breaking to accept",
            file=sys.stderr,
        )
        return 1
    return 0
