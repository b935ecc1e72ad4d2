"""What is compared: each input read (file, URL, git revision) and made a contract.

A contract regenerate wrote (known by its title) is compared as written: it is what a
client was generated from. Anything else is an upstream description, and becomes the
contract `regenerate` would build from it: the same normalizer, the same overlay (the
actions that no longer apply are reported, not fatal), the same names kept.

Names chain: the old side keeps the names of the project's committed contract, and the
new side keeps the old side's, so the diff shows what regenerating from NEW does to a
project whose contract is OLD.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import normalize as norm
from .. import source as src
from ..names import METHODS, Names
from ..paths import CONTRACT_IN_REPO as CONTRACT_PATH
from ..paths import ROOT, show
from .model import DiffError


@dataclass(frozen=True)
class Preparation:
    """How the sides become contracts.

    `normalize` False takes both as written (they must be contracts already). An upstream
    side is normalized with `overlay` (None: without one, and without its tag table),
    keeping the names of `names_from` (the old side; the new side keeps the old side's),
    and its contract is validated when `validate` is True.
    """

    normalize: bool = True
    overlay: Path | None = None
    # A contract whose names an upstream old side keeps, read only when the old side is an
    # upstream.
    names_from: Path | None = None
    validate: bool = False


def is_contract(spec: dict[str, Any]) -> bool:
    """Whether `spec` is a contract the normalizer wrote (its title says so)."""
    info = spec.get("info")
    return isinstance(info, dict) and info.get("title") == norm.CONTRACT_TITLE


def prepare_pair(
    old: dict[str, Any], new: dict[str, Any], origins: tuple[str, str], how: Preparation
) -> tuple[dict[str, Any], dict[str, Any], list[str]]:
    """(old contract, new contract, notes) as the module docstring says."""
    names = Names()
    if how.names_from is not None and how.normalize and not is_contract(old):
        names = Names.of(load_input(str(how.names_from))[0])
    old_contract, old_unmatched, old_notes = _prepare(old, origins[0], how, names)
    new_contract, new_unmatched, new_notes = _prepare(new, origins[1], how, Names.of(old_contract))
    notes = old_notes + new_notes
    where = {line: [origins[0]] for line in old_unmatched}
    for line in new_unmatched:
        where.setdefault(line, []).append(origins[1])
    overlay = show(how.overlay) if how.overlay else "the overlay"
    for line, sides in where.items():
        notes.append(f"{overlay}: {line} of {' and '.join(sides)} (skipped)")
    return old_contract, new_contract, notes


def _prepare(
    spec: dict[str, Any], origin: str, how: Preparation, names: Names
) -> tuple[dict[str, Any], list[str], list[str]]:
    """(contract, unmatched overlay actions, notes) for one side."""
    if not how.normalize or is_contract(spec):
        if not how.normalize:
            _require_operation_ids(spec, origin)
        return spec, [], []
    from .. import overlay as ovl
    from .. import pipeline  # the pipeline imports the differ: import it when needed

    try:
        built = pipeline.build_from(
            spec,
            how.overlay,
            lenient=True,
            names=names,
            check_upstream=False,
            check_contract=how.validate,
        )
    except norm.NormalizeError as exc:
        raise DiffError(f"{origin}: {exc}") from None
    except ovl.OverlayError as exc:
        raise DiffError(f"{show(how.overlay) if how.overlay else 'overlay'}: {exc}") from None
    except pipeline.PipelineError as exc:
        raise DiffError(f"{origin}: regenerate would stop here too: {exc}") from None
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise DiffError(f"{origin}: cannot be normalized ({type(exc).__name__}: {exc})") from None
    lost = [f"{origin}: {line}" for line in built.report.lost_names]
    return built.contract, built.unmatched_overlay or [], lost


def _require_operation_ids(spec: dict[str, Any], origin: str) -> None:
    missing = [
        f"{method.upper()} {path}"
        for path, item in (spec.get("paths") or {}).items()
        if isinstance(item, dict)
        for method in METHODS
        if isinstance(item.get(method), dict) and not item[method].get("operationId")
    ]
    if missing:
        raise DiffError(
            f"{origin}: not a normalized contract ({missing[0]} has no operationId); "
            "compare it without --no-normalize"
        )


# --------------------------------------------------------------------------- reading


def parse(text: str, origin: str) -> dict[str, Any]:
    """A YAML or JSON OpenAPI document; DiffError naming `origin` if it is not one."""
    try:
        return src.parse(text, origin)
    except src.SourceError as exc:
        raise DiffError(str(exc)) from None


def _git_toplevel(cwd: Path) -> Path | None:
    try:
        run = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"],
            cwd=cwd,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError:
        return None
    return Path(run.stdout.strip()) if run.returncode == 0 and run.stdout.strip() else None


def read_input(
    arg: str, repo: Path | None = None, spec_path: str = CONTRACT_PATH
) -> tuple[str, str]:
    """(text, origin) of a file, or of `spec_path` at git revision `arg` in `repo`.

    `repo` defaults to the repository around the working directory, else this project.
    `REV:some/path.yaml` names another file at that revision.
    """
    path = Path(arg)
    if path.is_file():
        try:
            return path.read_text(encoding="utf-8"), arg
        except (OSError, UnicodeDecodeError) as exc:
            raise DiffError(f"{arg}: cannot be read ({exc})") from None
    if path.is_dir():
        raise DiffError(f"{arg}: is a directory, not a spec file")
    if ":" not in arg and path.suffix in (".yaml", ".yml", ".json"):
        raise DiffError(f"{arg}: no such file")
    root = repo or _git_toplevel(Path.cwd()) or ROOT
    spec = arg if ":" in arg else f"{arg}:{spec_path}"
    try:
        run = subprocess.run(
            ["git", "-C", str(root), "show", spec],
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=False,
        )
    except OSError as exc:
        raise DiffError(f"{arg}: no such file, and git cannot be run ({exc})") from None
    if run.returncode != 0:
        why = (run.stderr.strip().splitlines() or ["git show failed"])[-1]
        raise DiffError(
            f"{arg}: no such file, and not a git revision holding {spec_path} in {root} ({why})"
        )
    return run.stdout, spec


def load_input(
    arg: str, repo: Path | None = None, spec_path: str = CONTRACT_PATH
) -> tuple[dict[str, Any], str]:
    """(document, origin) of an http(s) URL, a file or a git revision (read_input)."""
    if src.is_url(arg):
        try:
            return src.load(arg), arg
        except src.SourceError as exc:
            raise DiffError(str(exc)) from None
    text, origin = read_input(arg, repo, spec_path)
    return parse(text, origin), origin
