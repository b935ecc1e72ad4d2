"""The names a contract already gives, so that regenerating keeps them put.

The normalizer names two things itself: operations without an operationId (derived from
method and path) and schemas whose class names collide (the later one gets a suffix).
Both choices depend on what else the upstream has, so an upstream addition could take a
name an existing function or class has. The contract regenerate wrote last is the memory
that prevents it: a name it gives is kept, and the newcomer gets the suffix.

What it remembers:
- every operation's operationId, by method and path;
- every schema's contract key, by its upstream key: a schema the normalizer renamed
  carries its upstream key in `x-esper-client-upstream-name` (our vendor extension), the
  others are under their upstream key.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# On a component schema the normalizer renamed: the key the upstream gives it.
UPSTREAM_NAME = "x-esper-client-upstream-name"
# The HTTP methods of a path item, in the order OpenAPI lists them.
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Where a $ref points to a component schema or parameter.
SCHEMA_PREFIX = "#/components/schemas/"
PARAMETER_PREFIX = "#/components/parameters/"


@dataclass(frozen=True)
class Names:
    """operationIds by (method, path) and contract schema keys by upstream key."""

    operations: dict[tuple[str, str], str] = field(default_factory=dict)
    schemas: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, contract: dict[str, Any] | None) -> Names:
        """What a contract (as regenerate wrote it) remembers; nothing for None."""
        if not isinstance(contract, dict):
            return cls()
        operations: dict[tuple[str, str], str] = {}
        for path, item in (contract.get("paths") or {}).items():
            if not isinstance(item, dict):
                continue
            for method in METHODS:
                op = item.get(method)
                if isinstance(op, dict) and isinstance(op.get("operationId"), str):
                    operations[(method, str(path))] = op["operationId"]
        schemas: dict[str, str] = {}
        for key, schema in ((contract.get("components") or {}).get("schemas") or {}).items():
            schemas[upstream_name(str(key), schema)] = str(key)
        return cls(operations, schemas)


def upstream_name(key: str, schema: Any) -> str:
    """The upstream key of the contract schema `key`."""
    origin = schema.get(UPSTREAM_NAME) if isinstance(schema, dict) else None
    return origin if isinstance(origin, str) else key
