"""Apply an OpenAPI Overlay 1.0 document (our words and data fixes) to the contract.

Only the part of JSONPath that overlays need here is supported: `$`, `.name`,
`['name']`, `["name"]`, list indices `[0]` and the wildcards `.*` / `[*]`. Anything else is an error
naming the action, and so is a target that matches nothing: an action that
silently stops applying after an upstream change would hide the change.
"""

from __future__ import annotations

import copy
import re
from typing import Any

_TOKEN = re.compile(
    r"""\.(?P<name>[A-Za-z0-9_$\-]+)|\.\*|\[\*\]|\['(?P<sq>[^']*)'\]|\["(?P<dq>[^"]*)"\]|\[(?P<index>\d+)\]"""
)


class OverlayError(Exception):
    """An overlay action is malformed or its target does not exist."""


def parse_path(expr: str) -> list[str | int | None]:
    """`$.paths['/a/'].get` -> ['paths', '/a/', 'get']; None stands for a wildcard."""
    if not expr.startswith("$"):
        raise OverlayError(f"target {expr!r} must start with '$'")
    pos = 1
    out: list[str | int | None] = []
    while pos < len(expr):
        match = _TOKEN.match(expr, pos)
        if not match:
            raise OverlayError(f"target {expr!r}: unsupported JSONPath at {expr[pos:]!r}")
        name = match.group("name") or match.group("sq") or match.group("dq")
        if match.group(0) in (".*", "[*]"):
            out.append(None)
        elif match.group("index") is not None:
            out.append(int(match.group("index")))
        else:
            out.append(name if name is not None else "")
        pos = match.end()
    return out


def select(doc: Any, steps: list[str | int | None]) -> list[tuple[Any, Any]]:
    """All (parent, key) pairs the steps reach; the root itself is (None, None)."""
    nodes: list[tuple[Any, Any, Any]] = [(None, None, doc)]
    for step in steps:
        nxt: list[tuple[Any, Any, Any]] = []
        for _, _, node in nodes:
            if isinstance(node, dict) and not isinstance(step, int):
                keys = list(node) if step is None else ([step] if step in node else [])
                nxt.extend((node, k, node[k]) for k in keys)
            elif isinstance(node, list) and step is None:
                nxt.extend((node, i, v) for i, v in enumerate(node))
            elif isinstance(node, list) and isinstance(step, int) and step < len(node):
                nxt.append((node, step, node[step]))
        nodes = nxt
    return [(parent, key) for parent, key, _ in nodes]


def _merge(target: Any, update: Any) -> Any:
    """Overlay merge: objects merge recursively, arrays append, anything else replaces."""
    if isinstance(target, dict) and isinstance(update, dict):
        for key, value in update.items():
            target[key] = _merge(target[key], value) if key in target else copy.deepcopy(value)
        return target
    if isinstance(target, list):
        return target + (
            copy.deepcopy(update) if isinstance(update, list) else [copy.deepcopy(update)]
        )
    return copy.deepcopy(update)


def apply(
    spec: dict[str, Any], overlay: dict[str, Any], *, unmatched: list[str] | None = None
) -> dict[str, Any]:
    """Return a copy of `spec` with every action applied in order.

    An action whose target matches nothing is an error, unless `unmatched` is given:
    then it is skipped and listed there (for --check, which reports drift, not fixes).
    """
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError("not an Overlay 1.x document (missing 'overlay: 1.0.0')")
    doc = copy.deepcopy(spec)
    for i, action in enumerate(overlay.get("actions") or []):
        target = action.get("target")
        label = f"action {i} ({target})"
        if not isinstance(target, str):
            raise OverlayError(f"action {i} has no target")
        matches = select(doc, parse_path(target))
        if not matches:
            if unmatched is None:
                raise OverlayError(f"{label}: target matches nothing in the contract")
            unmatched.append(f"{label}: target matches nothing in the contract")
            continue
        if action.get("remove"):
            # Remove from the end so list indices stay valid.
            for parent, key in reversed(matches):
                if parent is None:
                    raise OverlayError(f"{label}: cannot remove the root")
                del parent[key]
        elif "update" in action:
            for parent, key in matches:
                if parent is None:
                    doc = _merge(doc, action["update"])
                else:
                    parent[key] = _merge(parent[key], action["update"])
        else:
            raise OverlayError(f"{label}: needs 'update' or 'remove: true'")
    return doc
