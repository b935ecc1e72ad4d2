"""Reading an OpenAPI description from a URL or a file, JSON or YAML.

The one loader of the project's YAML (contracts, overlays, fixtures): libyaml's C parser
when PyYAML was built with it, and the safe pure-Python loader otherwise. Plain documents
(no anchors, aliases, explicit tags or merge keys: everything `dump_yaml` writes) are
built straight from the parser's events, which reads the 30,000-line contract five times
faster than PyYAML's own constructor; anything else goes to the safe loader unchanged.
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
        try:
            return _load_plain(text)
        except _NotPlain:
            return yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as exc:
        first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise SourceError(f"{origin}: neither valid YAML nor JSON ({first})") from None


class _NotPlain(Exception):
    """The document uses YAML that only the full safe loader builds correctly."""


# The plain-scalar types the safe loader resolves to; anything else (merge `<<`, `=`,
# binary, sets...) needs its constructor.
_PLAIN_TAGS = {
    f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "str", "timestamp")
}
_NO_KEY = object()


def _load_plain(text: str) -> Any:
    """The safe loader's result for a plain document, built from parser events.

    Plain scalars are resolved by the loader's own resolver and constructor, once per
    distinct spelling (they are immutable, and a contract repeats a few hundred of them).
    """
    loader = _LOADER(text)
    try:
        get_event, resolve = loader.get_event, loader.resolve
        scalars: dict[str, Any] = {}
        stack: list[tuple[Any, Any]] = []
        root: Any = None
        container: Any = None
        key: Any = _NO_KEY
        documents = 0
        while True:
            event = get_event()
            kind = type(event)
            if kind is yaml.ScalarEvent:
                if event.anchor is not None:
                    raise _NotPlain
                if event.tag is None and event.implicit[0]:
                    text_value = event.value
                    if text_value in scalars:
                        value = scalars[text_value]
                    else:
                        tag = resolve(yaml.ScalarNode, text_value, (True, False))
                        if tag not in _PLAIN_TAGS:
                            raise _NotPlain
                        node = yaml.ScalarNode(tag, text_value)
                        value = scalars[text_value] = loader.construct_object(node)
                elif event.tag is None:
                    value = event.value
                else:
                    raise _NotPlain
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                if event.anchor is not None or (event.tag is not None and not event.implicit):
                    raise _NotPlain
                value = {} if kind is yaml.MappingStartEvent else []
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                container, key = stack.pop()
                continue
            elif kind is yaml.DocumentStartEvent:
                documents += 1
                if documents > 1:
                    raise _NotPlain  # the safe loader says what is wrong with a stream
                continue
            elif kind is yaml.StreamEndEvent:
                return root
            elif kind is yaml.AliasEvent:
                raise _NotPlain
            else:
                continue
            if container is None:
                root = value
            elif type(container) is list:
                container.append(value)
            elif key is _NO_KEY:
                if not isinstance(value, str | int | float | bool | type(None)):
                    raise _NotPlain  # a complex or unhashable key
                key = value
                if kind is yaml.ScalarEvent:
                    continue
            else:
                container[key] = value
                key = _NO_KEY
            if kind is not yaml.ScalarEvent:
                stack.append((container, key))
                container, key = value, _NO_KEY
    finally:
        loader.dispose()


def load_yaml_file(path: Path) -> Any:
    return load_yaml(path.read_text(encoding="utf-8"), str(path))


def parse(text: str, origin: str) -> dict[str, Any]:
    """An OpenAPI document from JSON or YAML text; SourceError naming `origin` if not one."""
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
        return parse(response.text, source)
    path = Path(source)
    if not path.is_file():
        raise SourceError(f"{source}: no such file")
    return parse(path.read_text(encoding="utf-8"), source)


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
