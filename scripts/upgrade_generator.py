#!/usr/bin/env python3
"""Move the project to another openapi-python-client version, mechanically.

    python scripts/upgrade_generator.py NEW_VERSION    # or: make upgrade-generator VERSION=...

1. the new version's own templates: downloaded (`pip download`, the wheel only) or taken
   from `--templates DIR` (a folder laid out as the generator's `templates/`);
2. a three-way merge of each template we override (ours, the pristine copy of the pinned
   version in templates/upstream/, the new version's) with `git merge-file`; the new
   pristine copies replace templates/upstream/;
3. the pin in pyproject.toml, and the new version installed into the running interpreter;
4. regenerate, `regenerate --check` (which also proves the run deterministic) and the tests.

It stops at the first step that fails and says which; after a conflicted merge the
templates hold git's conflict markers: resolve them, then run `make regenerate check test`.
Exit status: 0 done, 1 a conflict or a failed step, 2 bad input.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from esper_contract import generator, templates
from esper_contract import paths as default_paths

_PIN = re.compile(r'("' + re.escape(generator.DISTRIBUTION) + r'==)([^"]+)(")')
_VERSION = re.compile(r"\d+(\.\d+)*([a-z0-9.+-]*)")


class UpgradeError(Exception):
    """Bad input (status 2), or a step that cannot go on (status 1); the message says which."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.status = status


def pinned_version(pyproject: Path) -> str:
    match = _PIN.search(pyproject.read_text(encoding="utf-8"))
    if not match:
        raise UpgradeError(f"{pyproject}: no {generator.DISTRIBUTION}==VERSION pin found", 2)
    return match.group(2)


def set_pin(pyproject: Path, version: str) -> None:
    text = pyproject.read_text(encoding="utf-8")
    pyproject.write_text(_PIN.sub(lambda m: m.group(1) + version + m.group(3), text, count=1))


def download_templates(version: str, into: Path) -> Path:
    """The `templates/` folder of openapi-python-client VERSION's wheel, unpacked into `into`."""
    run = subprocess.run(
        [
            sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary", ":all:",
            "-q", "-d", str(into), f"{generator.DISTRIBUTION}=={version}",
        ],
        capture_output=True,
        text=True,
    )  # fmt: skip
    wheels = sorted(into.glob("openapi_python_client-*.whl"))
    if run.returncode != 0 or not wheels:
        raise UpgradeError(
            f"pip download of {generator.DISTRIBUTION}=={version} failed:\n{run.stderr[-1500:]}"
        )
    out = into / "templates"
    with zipfile.ZipFile(wheels[0]) as wheel:
        for member in wheel.namelist():
            if member.startswith("openapi_python_client/templates/") and not member.endswith("/"):
                target = out / member.removeprefix("openapi_python_client/templates/")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(wheel.read(member))
    return out


def _step(name: str, command: Sequence[str], root: Path, say: Callable[[str], None]) -> None:
    say(f"== {name}: {' '.join(command)}")
    run = subprocess.run(list(command), cwd=root)
    if run.returncode != 0:
        raise UpgradeError(f"{name} failed (exit {run.returncode}); the upgrade stopped there")


def upgrade(
    version: str,
    *,
    root: Path,
    pristine_new: Path | None = None,
    install: bool = True,
    regenerate: bool = True,
    tests: bool = True,
    source: str | None = None,
    say: Callable[[str], None] = print,
) -> templates.MergeResult:
    """The whole upgrade (see the module docstring); raises UpgradeError where it stops."""
    if not _VERSION.fullmatch(version):
        raise UpgradeError(f"not a version: {version!r}", 2)
    pyproject = root / default_paths.PYPROJECT.name
    template_dir = root / default_paths.TEMPLATES.relative_to(default_paths.ROOT)
    upstream_dir = root / default_paths.UPSTREAM_TEMPLATES.relative_to(default_paths.ROOT)
    old = pinned_version(pyproject)
    with tempfile.TemporaryDirectory() as tmp:
        if pristine_new is None:
            say(f"== downloading {generator.DISTRIBUTION} {version}'s templates")
            pristine_new = download_templates(version, Path(tmp))
        if not pristine_new.is_dir():
            raise UpgradeError(f"{pristine_new}: no such templates folder", 2)
        result = templates.merge(
            pristine_new,
            templates=template_dir,
            upstream=upstream_dir,
            old_label=f"{generator.DISTRIBUTION} {old}",
            new_label=f"{generator.DISTRIBUTION} {version}",
        )
    say(f"== merged {len(result.merged)} template(s) from {old} to {version}")
    for name in result.gone_upstream:
        say(f"   {name}: {version} has no such template any more; ours is left as it was")
    set_pin(pyproject, version)
    if result.conflicted:
        count = len(result.conflicted)
        say(f"   CONFLICT in {count} template(s); both sides changed the same lines:")
        for name in result.conflicted:
            say(f"     templates/{name}")
        say("   Resolve the <<<<<<< ... >>>>>>> blocks, then run `make regenerate check test`.")
        return result
    if install:
        _step(
            "install",
            [sys.executable, "-m", "pip", "install", "-q", f"{generator.DISTRIBUTION}=={version}"],
            root,
            say,
        )
    source_args = ["--source", source] if source else []
    script = str(root / default_paths.SCRIPTS.relative_to(default_paths.ROOT) / "regenerate.py")
    if regenerate:
        _step("regenerate", [sys.executable, script, *source_args], root, say)
        _step("check", [sys.executable, script, "--check", *source_args], root, say)
    if tests:
        _step("tests", [sys.executable, "-m", "pytest", "-q"], root, say)
    say(f"== upgraded to {generator.DISTRIBUTION} {version}")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="upgrade_generator.py", description=__doc__.splitlines()[0]
    )
    parser.add_argument("version", help="the openapi-python-client version to move to")
    parser.add_argument(
        "--templates", type=Path, help="the new version's templates/ folder (no download)"
    )
    parser.add_argument("--source", help="upstream description for the regenerate steps")
    parser.add_argument(
        "--no-install", action="store_true", help="do not pip install the new version"
    )
    parser.add_argument(
        "--no-regenerate", action="store_true", help="stop after the merge and the pin"
    )
    parser.add_argument(
        "--no-tests", action="store_true", help="do not run the test suite at the end"
    )
    parser.add_argument("--root", type=Path, default=default_paths.ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        result = upgrade(
            args.version,
            root=args.root,
            pristine_new=args.templates,
            install=not args.no_install,
            regenerate=not args.no_regenerate,
            tests=not args.no_tests,
            source=args.source,
        )
    except UpgradeError as exc:
        print(f"upgrade_generator: {exc}", file=sys.stderr)
        return exc.status
    return 1 if result.conflicted else 0


if __name__ == "__main__":
    sys.exit(main())
