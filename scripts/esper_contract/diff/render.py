"""Rendering a DiffResult: a changelog as text or markdown, or JSON for tools."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable

from .model import MODELS_GROUP, Change, DiffResult, plural
from .operations import change_order


def _by_tag(changes: Iterable[Change]) -> dict[str, list[Change]]:
    groups: dict[str, list[Change]] = defaultdict(list)
    for change in changes:
        groups[change.tag or "(untagged)"].append(change)
    order = sorted(groups, key=lambda t: (t == MODELS_GROUP, t))
    return {tag: groups[tag] for tag in order}


def _line(change: Change) -> str:
    return f"`{change.operation}`: {change.detail}" if change.operation else change.detail


def _summary(result: DiffResult) -> str:
    return (
        f"{plural(len(result.breaking), 'breaking change')}, "
        f"{plural(len(result.non_breaking), 'non-breaking change')}."
    )


def format_text(result: DiffResult) -> str:
    """Grouped by module (tag), breaking first, one changelog line per change."""
    lines = [f"API changes: {_summary(result)}" if result.changes else "No API changes."]
    for tag, changes in _by_tag(result.changes).items():
        lines.extend(["", f"### {tag}"])
        for change in sorted(changes, key=lambda c: (not c.breaking, change_order(c))):
            prefix = "BREAKING: " if change.breaking else ""
            lines.append(f"- {prefix}{_line(change)}")
    if result.notes:
        lines.append("")
        lines.extend(f"Note: {note}" for note in result.notes)
    return "\n".join(lines)


def format_markdown(result: DiffResult) -> str:
    """A changelog entry: breaking changes first, each part grouped by module."""
    if not result.changes:
        return "\n".join(["No API changes.", *_markdown_notes(result)])
    lines = [f"**API changes:** {_summary(result)}"]
    for title, changes in (
        ("Breaking changes", result.breaking),
        ("Other changes", result.non_breaking),
    ):
        if not changes:
            continue
        lines.extend(["", f"### {title}"])
        for tag, group in _by_tag(changes).items():
            lines.extend(["", f"#### {tag}", ""])
            lines.extend(f"- {_line(c)}" for c in group)
    return "\n".join(lines + _markdown_notes(result))


def _markdown_notes(result: DiffResult) -> list[str]:
    if not result.notes:
        return []
    return ["", "### Notes", "", *(f"- {note}" for note in result.notes)]


def format_json(result: DiffResult) -> str:
    return json.dumps(
        {
            "breaking": [c.to_json() for c in result.breaking],
            "non_breaking": [c.to_json() for c in result.non_breaking],
        },
        indent=2,
    )


FORMATS: dict[str, Callable[[DiffResult], str]] = {
    "text": format_text,
    "json": format_json,
    "markdown": format_markdown,
}
