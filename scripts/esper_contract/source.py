"""Reading an OpenAPI description from a URL or a file, JSON or YAML.

The one loader of the project's YAML (contracts, overlays, fixtures): libyaml's C loader
when PyYAML was built with it, which reads the 30,000-line contract ten times faster than
the pure-Python one, and the safe pure-Python loader otherwise.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class SourceError(Exception):
    """The upstream description could not be read or is not an OpenAPI document."""


def load_yaml(text: str, origin: str = "<text>") -> Any:
    """Parse YAML (or JSON, a subset of it) safely; a syntax error is a SourceError."""
    try:
        return yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SourceError(f"{origin}: neither valid YAML nor JSON ({first})") from None


def load_yaml_file(path: Path) -> Any:
    return load_yaml(path.read_text(encoding="utf-8"), str(path))


def _parse(text: str, origin: str) -> dict[str, Any]:
    try:
        data = json.loads(text)  # JSON is YAML too, but json reads it several times faster
    except ValueError:
        data = load_yaml(text, origin)
    if not isinstance(data, dict) or "openapi" not in data or "paths" not in data:
        raise SourceError(f"{origin}: not an OpenAPI 3 document (no 'openapi' and 'paths' keys)")
    return data


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def load(source: str | Path) -> dict[str, Any]:
    """Load from an http(s) URL (downloaded with httpx) or a local path."""
    source = str(source)
    if is_url(source):
        import httpx

        try:
            response = httpx.get(source, follow_redirects=True, timeout=60.0)
            response.raise_for_status()
        except httpx.HTTPError as exc:
            raise SourceError(f"{source}: download failed ({exc})") from None
        return _parse(response.text, source)
    path = Path(source)
    if not path.is_file():
        raise SourceError(f"{source}: no such file")
    return _parse(path.read_text(encoding="utf-8"), source)


def dump_yaml(data: Any) -> str:
    """Stable YAML: keys keep the (canonical) order they were built in, long lines unwrapped."""
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=10_000,
        default_flow_style=False,
    )


_Base = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml when present: 10x faster


class _Dumper(_Base):  # type: ignore[misc,valid-type]
    """Safe dumper that never emits anchors/aliases for shared nodes."""

    def ignore_aliases(self, data: Any) -> bool:
        return True
