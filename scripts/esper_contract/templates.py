"""Our generator templates against the generator's own: overrides, pristine copies, markers.

`templates/` holds our templates. Those with the name of one of the generator's override it,
and for each of those `templates/upstream/` keeps the generator's own file as the pinned
version ships it, the base that a three-way merge needs on upgrade. Every place where an
override differs from its pristine copy carries a Jinja comment containing `esper-client:`
saying why, so that whoever merges an upgrade knows what each edit is for.
"""

from __future__ import annotations

import difflib
import re
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from . import generator
from .paths import TEMPLATES, UPSTREAM_TEMPLATES

MARKER = "esper-client:"
# A marker comment on a template's first line with these words explains the whole file: for
# templates we rewrote rather than edited, where every upstream change is a conflict to read.
WHOLE_FILE = "esper-client: whole file"
_COMMENT = re.compile(r"\{#.*?#\}", re.DOTALL)
# A marker comment explains the block of lines right below it, up to the first blank line,
# and at least this many lines (blank ones included).
_MARKER_REACH = 3


def ours(templates: Path = TEMPLATES) -> list[str]:
    """Every template of ours, as a path relative to `templates` ('property_templates/x.jinja')."""
    upstream = templates / UPSTREAM_TEMPLATES.name
    return sorted(
        p.relative_to(templates).as_posix()
        for p in templates.rglob("*.jinja")
        if upstream not in p.parents
    )


def overrides(templates: Path = TEMPLATES, builtin: Path | None = None) -> list[str]:
    """Our templates that replace one of the generator's (the rest are new templates of ours)."""
    builtin = builtin or generator.templates_dir()
    return [name for name in ours(templates) if (builtin / name).is_file()]


def pristine_problems(
    templates: Path = TEMPLATES, upstream: Path = UPSTREAM_TEMPLATES, builtin: Path | None = None
) -> list[str]:
    """Where templates/upstream/ is not exactly the installed generator's copy of our overrides."""
    builtin = builtin or generator.templates_dir()
    wanted = set(overrides(templates, builtin))
    kept = {p.relative_to(upstream).as_posix() for p in upstream.rglob("*.jinja")}
    problems = [f"{name}: no pristine copy in {upstream.name}/" for name in sorted(wanted - kept)]
    problems += [
        f"{name}: pristine copy of a template we no longer override"
        for name in sorted(kept - wanted)
    ]
    for name in sorted(wanted & kept):
        if (upstream / name).read_bytes() != (builtin / name).read_bytes():
            problems.append(
                f"{name}: differs from openapi-python-client {generator.installed_version()}'s own"
            )
    return problems


@dataclass(frozen=True)
class Hunk:
    """Lines `start..end` (0-based, end excluded) of our template that differ from upstream."""

    name: str
    start: int
    end: int

    def __str__(self) -> str:
        if self.start == self.end:
            return f"{self.name}: lines removed after line {self.start}"
        return f"{self.name}: lines {self.start + 1}-{self.end}"


def hunks(ours_text: str, pristine_text: str, name: str) -> Iterator[Hunk]:
    """The changed regions of `ours_text`, as line ranges of it."""
    matcher = difflib.SequenceMatcher(
        a=pristine_text.splitlines(), b=ours_text.splitlines(), autojunk=False
    )
    for tag, _, _, j1, j2 in matcher.get_opcodes():
        if tag != "equal":
            yield Hunk(name, j1, j2)


def _marker_lines(text: str) -> list[tuple[int, int]]:
    """(first, last) line of every Jinja comment that carries the marker."""
    spans = []
    for match in _COMMENT.finditer(text):
        if MARKER in match.group(0):
            first = text.count("\n", 0, match.start())
            spans.append((first, first + match.group(0).count("\n")))
    return spans


def unmarked(ours_text: str, pristine_text: str, name: str) -> list[Hunk]:
    """Hunks of ours that no `esper-client:` comment explains.

    A hunk is explained by a marker comment inside it, or above it with no blank line between
    (or at most a few lines above it); a whole-file marker on the first line explains them all.
    """
    markers = _marker_lines(ours_text)
    if any(first == 0 for first, _ in markers) and WHOLE_FILE in ours_text.split("#}", 1)[0]:
        return []
    lines = ours_text.splitlines()

    def reach(end: int) -> int:
        """The last line a marker ending at `end` explains: the block of code right below it."""
        line = end + 1
        while line < len(lines) and (lines[line].strip() or line <= end + _MARKER_REACH):
            line += 1
        return line

    spans = [(first, reach(end)) for first, end in markers]
    out = []
    for hunk in hunks(ours_text, pristine_text, name):
        last = max(hunk.end - 1, hunk.start)
        if not any(first <= last and hunk.start <= until for first, until in spans):
            out.append(hunk)
    return out


def marker_problems(templates: Path = TEMPLATES, upstream: Path = UPSTREAM_TEMPLATES) -> list[str]:
    """Every unexplained edit in our overrides, one line each."""
    problems = []
    for name in ours(templates):
        pristine = upstream / name
        if not pristine.is_file():
            continue  # a template of our own: all of it is ours
        text = (templates / name).read_text(encoding="utf-8")
        base = pristine.read_text(encoding="utf-8")
        problems += [
            f"{hunk}: no `{{# {MARKER} ... #}}` says why" for hunk in unmarked(text, base, name)
        ]
    return problems


@dataclass
class MergeResult:
    merged: list[str]
    conflicted: list[str]
    gone_upstream: list[str]


def merge(
    new_pristine: Path,
    *,
    templates: Path = TEMPLATES,
    upstream: Path = UPSTREAM_TEMPLATES,
    old_label: str = "upstream (old)",
    new_label: str = "upstream (new)",
) -> MergeResult:
    """Three-way merge every override: ours, the old pristine copy, the new one.

    Results (with conflict markers where both sides changed the same lines, as git writes
    them) replace our templates, and the new pristine copies replace templates/upstream/.
    A template the new version no longer has is left alone and listed.
    """
    result = MergeResult([], [], [])
    names = [name for name in ours(templates) if (upstream / name).is_file()]
    for name in names:
        fresh = new_pristine / name
        if not fresh.is_file():
            result.gone_upstream.append(name)
            continue
        mine = templates / name
        run = subprocess.run(
            [
                "git", "merge-file", "-p", "--diff3",
                "-L", "ours", "-L", old_label, "-L", new_label,
                str(mine), str(upstream / name), str(fresh),
            ],
            capture_output=True,
        )  # fmt: skip
        if run.returncode < 0 or run.returncode > 127:
            raise RuntimeError(f"git merge-file failed on {name}: {run.stderr.decode()[-500:]}")
        mine.write_bytes(run.stdout)
        (result.conflicted if run.returncode else result.merged).append(name)
        shutil.copyfile(fresh, upstream / name)
    return result
