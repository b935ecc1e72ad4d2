"""The differ's data model: a Change, the result, and the relative changes schemas yield."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .kinds import KINDS

MODELS_GROUP = "Models"
JSON_MEDIA = "application/json"


class DiffError(Exception):
    """An input cannot be read, parsed or normalized; the message names which and why."""


@dataclass(frozen=True)
class Change:
    """One difference, located precisely enough to act on and worded for a changelog."""

    kind: str
    operation: str | None  # "GET /path"; None for model-level changes
    location: str  # "query.limit", "request body.device.name", "components.schemas.Tag"
    detail: str
    side: str  # request, response, operation or model
    tag: str  # the module (first tag) the operation lives in; "Models" for models
    breaking: bool

    def __post_init__(self) -> None:
        kind = KINDS.get(self.kind)
        if kind is None:
            raise ValueError(f"change kind {self.kind!r} is not in kinds.KINDS")
        if not kind.allows(self.side, self.breaking):
            raise ValueError(
                f"change kind {self.kind!r} on the {self.side} side cannot be "
                f"{'breaking' if self.breaking else 'non-breaking'} (rule: {kind.rule(self.side)})"
            )

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "operation": self.operation,
            "location": self.location,
            "detail": self.detail,
            "side": self.side,
            "tag": self.tag,
        }


@dataclass
class DiffResult:
    """Every change between two contracts, split by whether it breaks client users."""

    breaking: list[Change] = field(default_factory=list)
    non_breaking: list[Change] = field(default_factory=list)
    # What the reader should know about the comparison itself (overlay actions that no
    # longer apply, names that could not be kept).
    notes: list[str] = field(default_factory=list)

    @property
    def changes(self) -> list[Change]:
        return [*self.breaking, *self.non_breaking]


@dataclass(frozen=True)
class Rel:
    """A change found inside a schema, relative to where the schema is used.

    Kept relative so that one comparison of a shared component serves every
    operation that uses it (the real contract shares a few hundred of them).
    """

    kind: str
    path: str  # ".device.name", "[].id", "" for the schema itself
    message: str
    breaking: bool
    note: str = ""

    def under(self, prefix: str) -> Rel:
        return Rel(self.kind, prefix + self.path, self.message, self.breaking, self.note)


@dataclass(frozen=True)
class Root:
    """Where a schema is used: a parameter, a request body or a response body."""

    location: str  # "query.limit", "request body", "response 200"
    subject: str  # how the schema itself is named: "parameter `limit`", "request body"
    context: str  # said after the subject: "query"
    where: str  # said after a property inside it: "query parameter `limit`", "request body"
    parameter: bool = False

    def detail(self, rel: Rel) -> str:
        if rel.path:
            text = f"property `{rel.path.removeprefix('.')}` {rel.message} ({self.where})"
        else:
            text = f"{self.subject} {rel.message}" + (f" ({self.context})" if self.context else "")
        return f"{text}; {rel.note}" if rel.note else text


def show(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, default=str)


def values(items: Iterable[Any]) -> str:
    return ", ".join(f"`{show(v)}`" for v in items)


def plural(count: int, word: str) -> str:
    if count == 1:
        return f"{count} {word}"
    return f"{count} {word}{'es' if word.endswith('x') else 's'}"
