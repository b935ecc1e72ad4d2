"""The regeneration pipeline: upstream -> openapi/esper.yaml -> esper_client.generated."""

from __future__ import annotations

import difflib
import filecmp
import functools
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import diff as contract_diff
from . import generator, validate
from . import normalize as norm
from . import overlay as ovl
from . import reference as api_reference
from . import source as src
from . import words as wrd
from .names import Names
from .paths import (
    API_REFERENCE,
    CONFIG,
    CONTRACT,
    GENERATED,
    OVERLAY,
    RUFF_GENERATED,
    TEMPLATES,
    WORDS,
    show,
)


class PipelineError(Exception):
    """A step of the pipeline failed; the message says which and why."""


def _bin(name: str) -> str:
    """A tool installed next to the running interpreter (the project's venv)."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


CONTRACT_HEADER = (
    "# The Esper API contract of esper-client. Written by scripts/regenerate.py from the\n"
    "# upstream description and openapi/overlay.yaml: edit those, not this file.\n"
)


@dataclass
class Built:
    contract: dict[str, Any]
    report: norm.Report
    upstream_problems: list[str]
    unmatched_overlay: list[str] | None = None

    @functools.cached_property
    def contract_text(self) -> str:
        """The text of openapi/esper.yaml."""
        return CONTRACT_HEADER + src.dump_yaml(self.contract)


def build_contract(
    source: str | Path,
    overlay_path: Path = OVERLAY,
    *,
    lenient: bool = False,
    names: Names | None = None,
) -> Built:
    """Load, validate, normalize and overlay: the text of openapi/esper.yaml.

    `lenient` skips (and lists) overlay actions whose target is gone instead of
    failing, so that --check can still show what changed upstream. `names` are the
    names the current contract gives, kept (names.py).
    """
    return build_from(src.load(source), overlay_path, lenient=lenient, names=names)


def build_from(
    upstream: dict[str, Any],
    overlay_path: Path | None = OVERLAY,
    *,
    lenient: bool = False,
    names: Names | None = None,
    check_upstream: bool = True,
    check_contract: bool = True,
) -> Built:
    """build_contract on a loaded upstream; `overlay_path` None normalizes without one.

    `check_upstream` False leaves out validating the upstream itself, whose problems are
    only reported; `check_contract` False leaves out validating the contract, which
    regenerate always does (it refuses an invalid one).
    """
    problems = validate.validation_errors(upstream) if check_upstream else []
    overlay_doc = (
        src.load_yaml_file(overlay_path) if overlay_path and overlay_path.exists() else None
    )
    tag_names = ((overlay_doc or {}).get("x-esper-client") or {}).get("tags") or {}
    names_from = show(overlay_path) if overlay_path and overlay_doc else "an overlay (none read)"
    contract, report = norm.normalize(
        upstream, tag_names=tag_names, tag_names_from=names_from, names=names
    )
    unmatched: list[str] | None = [] if lenient else None
    if overlay_doc:
        contract = ovl.apply(contract, overlay_doc, unmatched=unmatched)
    if overlay_path is not None:
        wrd.apply(contract, wrd.load(overlay_path.parent / WORDS.name), unmatched=unmatched)
    contract = norm.canonical(contract)
    own = validate.validation_errors(contract) if check_contract else []
    if own:
        raise PipelineError("the normalized contract does not validate:\n  " + "\n  ".join(own))
    return Built(contract, report, problems, unmatched)


def remembered_names(contract: Path) -> Names:
    """The names the contract at `contract` gives (none if there is none yet)."""
    if not contract.is_file():
        return Names()
    return Names.of(src.load_yaml_file(contract))


def generate_package(contract: Path, out_dir: Path) -> None:
    """Run openapi-python-client on the contract into out_dir (replaced), then format.

    Any generator warning fails the run (--fail-on-warning), as a PipelineError.
    """
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "generated"
        cmd = generator.command(
            "generate",
            "--path", str(contract), "--config", str(CONFIG),
            "--custom-template-path", str(TEMPLATES), "--meta", "none",
            "--output-path", str(target), "--fail-on-warning",
        )  # fmt: skip
        # A fixed hash seed, so that any set iteration inside the generator is repeatable.
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        run = subprocess.run(cmd, capture_output=True, text=True, cwd=tmp, env=env)
        if run.returncode != 0:
            raise PipelineError(
                "openapi-python-client failed or warned:\n" + (run.stderr or run.stdout)[-4000:]
            )
        _format(target)
        if out_dir.exists():
            shutil.rmtree(out_dir)
        out_dir.parent.mkdir(parents=True, exist_ok=True)
        shutil.copytree(target, out_dir)


def _format(package: Path) -> None:
    ruff = _bin("ruff")
    config = ["--config", str(RUFF_GENERATED)]
    # Not --quiet for format: that would hide the syntax error a broken template produced.
    for args in (["check", "--fix", "--quiet", "--exit-zero"], ["format"]):
        run = subprocess.run([ruff, *args, *config, str(package)], capture_output=True, text=True)
        if run.returncode != 0:
            raise PipelineError(
                f"ruff {args[0]} failed on generated code:\n{(run.stderr + run.stdout)[-2000:]}"
            )


def reference_beside(contract: Path) -> Path:
    """Where the operation reference goes: docs/api.md for the repository's own contract."""
    return (
        API_REFERENCE if contract.resolve() == CONTRACT.resolve() else contract.with_name("api.md")
    )


def run(
    source: str | Path,
    *,
    contract: Path = CONTRACT,
    generated: Path = GENERATED,
    overlay: Path = OVERLAY,
    reference: Path | None = None,
    lenient: bool = False,
) -> Built:
    """The whole pipeline: write the contract, its reference, then generate the package.

    The contract being replaced is read first: the names it gives are kept (names.py).
    """
    built = build_contract(source, overlay, lenient=lenient, names=remembered_names(contract))
    contract.parent.mkdir(parents=True, exist_ok=True)
    contract.write_text(built.contract_text, encoding="utf-8")
    target = reference or reference_beside(contract)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(api_reference.render(built.contract), encoding="utf-8")
    generate_package(contract, generated)
    return built


def _files(base: Path) -> dict[str, Path]:
    if not base.exists():
        return {}
    return {
        str(p.relative_to(base)): p
        for p in sorted(base.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def compare_trees(committed: Path, fresh: Path) -> Iterator[str]:
    """Lines saying which files differ between two generated trees."""
    old, new = _files(committed), _files(fresh)
    for name in sorted(old.keys() - new.keys()):
        yield f"  stale file (would be removed): {name}"
    for name in sorted(new.keys() - old.keys()):
        yield f"  missing file (would be added): {name}"
    for name in sorted(old.keys() & new.keys()):
        if not filecmp.cmp(old[name], new[name], shallow=False):
            yield f"  differs: {name}"


def check(
    source: str | Path,
    *,
    contract: Path = CONTRACT,
    generated: Path = GENERATED,
    overlay: Path = OVERLAY,
    reference: Path | None = None,
) -> list[str]:
    """Regenerate into a temporary place; return what differs from what is committed.

    That is the contract, the operation reference (docs/api.md) and the generated code.
    """
    problems: list[str] = []
    reference = reference or reference_beside(contract)
    with tempfile.TemporaryDirectory() as tmp:
        fresh_contract = Path(tmp) / "esper.yaml"
        fresh_generated = Path(tmp) / "generated"
        fresh_reference = Path(tmp) / "api.md"
        if contract.is_file():  # the committed names are the memory of the fresh run too
            shutil.copyfile(contract, fresh_contract)
        built = run(
            source,
            contract=fresh_contract,
            generated=fresh_generated,
            overlay=overlay,
            reference=fresh_reference,
            lenient=True,
        )
        if built.unmatched_overlay:
            problems.append(f"{show(overlay)} has actions for things the upstream no longer has:")
            problems.extend(f"  {line}" for line in built.unmatched_overlay)
        committed_text = contract.read_text(encoding="utf-8") if contract.exists() else ""
        if committed_text != built.contract_text:
            problems.append(f"{show(contract)} is stale:")
            problems.extend(_contract_changes(committed_text, built.contract_text))
        committed_reference = reference.read_text(encoding="utf-8") if reference.exists() else ""
        if committed_reference != fresh_reference.read_text(encoding="utf-8"):
            problems.append(f"{show(reference)} is stale (it lists every operation)")
        tree = list(compare_trees(generated, fresh_generated))
        if tree:
            problems.append(f"{show(generated)} is stale ({len(tree)} files):")
            problems.extend(tree[:30])
            if len(tree) > 30:
                problems.append(f"  ... and {len(tree) - 30} more")
    return problems


def _contract_changes(old: str, new: str) -> list[str]:
    """What changed in the contract: the API-level diff, or the changed lines if it fails."""
    lines: list[str] = []
    if old:
        try:
            # Both are contracts already: compare them as written.
            result = contract_diff.diff_texts(old, new, normalize=False)
            return ["  " + line for line in contract_diff.format_text(result).splitlines()]
        except Exception as exc:  # the line diff below still tells the maintainer something
            lines.append(f"  (API-level diff unavailable: {exc})")
    udiff = list(
        difflib.unified_diff(
            old.splitlines(), new.splitlines(), "committed", "fresh", n=0, lineterm=""
        )
    )
    lines.extend("  " + line for line in udiff[:40])
    if len(udiff) > 40:
        lines.append(f"  ... {len(udiff) - 40} more diff lines")
    return lines
