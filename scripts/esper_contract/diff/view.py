"""The contract view: one contract as the generator sees it, $refs and wrappers resolved."""

from __future__ import annotations

from typing import Any

from .. import normalize as norm
from ..names import SCHEMA_PREFIX

# Formats the generator maps to another Python type (datetime, date, UUID, File):
# moving between them changes what a caller passes or reads. Other formats are hints.
TYPED_FORMATS = {"date-time", "date", "uuid", "binary"}


def is_null(node: Any) -> bool:
    return isinstance(node, dict) and node.get("type") == "null" and len(node) == 1


def covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Whether every value of type `narrow` is also a value of type `wide`."""
    if "any" in wide:
        return True
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


class Contract:
    """One normalized contract, with its components at hand for $ref lookups."""

    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        components = spec.get("components") or {}
        self.schemas: dict[str, Any] = components.get("schemas") or {}
        self.parameters: dict[str, Any] = components.get("parameters") or {}
        self.security_schemes: dict[str, Any] = components.get("securitySchemes") or {}

    def view(self, node: Any) -> tuple[dict[str, Any], str | None, bool]:
        """(schema, model class name, nullable) once refs and 1-member wrappers are gone.

        `oneOf: [$ref X]`, `allOf: [$ref X]` and `anyOf: [X, {type: null}]` are all
        X to the generator; the class name is the first component on the way.
        """
        name: str | None = None
        nullable = False
        seen: set[str] = set()
        while isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str):
                if ref in seen or not ref.startswith(SCHEMA_PREFIX):
                    return {}, name, nullable
                seen.add(ref)
                key = ref[len(SCHEMA_PREFIX) :]
                if name is None:
                    name = norm.class_name(key)
                node = self.schemas.get(key, {})
                continue
            if "properties" not in node:
                inner = self._single_member(node)
                if inner is not None:
                    node, was_nullable = inner
                    nullable |= was_nullable
                    continue
            return node, name, nullable
        return {}, name, nullable

    @staticmethod
    def _single_member(node: dict[str, Any]) -> tuple[Any, bool] | None:
        for key in ("oneOf", "anyOf", "allOf"):
            members = node.get(key)
            if not isinstance(members, list):
                continue
            real = [m for m in members if not is_null(m)]
            if len(real) == 1:
                return real[0], len(real) < len(members)
        return None

    def variants(self, schema: dict[str, Any]) -> list[tuple[str, Any]]:
        """The members of a real union (two or more non-null members), labelled."""
        out: list[tuple[str, Any]] = []
        for key in ("oneOf", "anyOf"):
            members = schema.get(key)
            if isinstance(members, list) and len([m for m in members if not is_null(m)]) > 1:
                for member in members:
                    if not is_null(member):
                        out.append((self.variant_label(member), member))
        return out

    def variant_label(self, member: Any) -> str:
        _, name, _ = self.view(member)
        return name or " | ".join(sorted(self.types(member) - {"null"})) or "any"

    def types(self, node: Any) -> frozenset[str]:
        """The set of types a value may have, as the generator sees them."""
        schema, _, nullable = self.view(node)
        out: set[str] = set()
        out.update(label for label, _ in self.variants(schema))
        for key in ("oneOf", "anyOf"):
            if isinstance(schema.get(key), list) and any(is_null(m) for m in schema[key]):
                nullable = True
        declared = schema.get("type")
        if isinstance(declared, str):
            declared = [declared]
        if isinstance(declared, list):
            fmt = schema.get("format")
            for kind in declared:
                out.add(f"{kind}({fmt})" if kind == "string" and fmt in TYPED_FORMATS else kind)
        elif not out:
            if "properties" in schema or "allOf" in schema or "additionalProperties" in schema:
                out.add("object")
            elif "items" in schema:
                out.add("array")
            elif "enum" in schema or "const" in schema:
                out.update(json_type(v) for v in enum_values(schema) or [])
            else:
                out.add("any")
        if nullable or schema.get("nullable") is True:
            out.add("null")
        return frozenset(out)

    def properties(self, schema: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
        """Properties and required names, allOf members merged as the generator does."""
        props: dict[str, Any] = {}
        required: set[str] = set()
        seen: set[int] = set()

        def visit(node: Any) -> None:
            sub, _, _ = self.view(node)
            if id(sub) in seen:
                return
            seen.add(id(sub))
            for member in sub.get("allOf") or []:
                visit(member)
            props.update(sub.get("properties") or {})
            required.update(r for r in sub.get("required") or [] if isinstance(r, str))

        visit(schema)
        return props, required & set(props)

    def is_model(self, schema: dict[str, Any]) -> bool:
        """Whether the generator makes an attrs class for this schema."""
        declared = schema.get("type")
        kinds = [declared] if isinstance(declared, str) else declared or []
        return "object" in kinds or "properties" in schema or "allOf" in schema

    def security(self, op: dict[str, Any]) -> list[list[str]]:
        raw = op["security"] if "security" in op else self.spec.get("security")
        return [sorted(alt) for alt in raw or [] if isinstance(alt, dict)]

    def credential(self, name: str) -> str:
        """What a scheme asks of the caller, so that renaming a scheme changes nothing."""
        scheme = self.security_schemes.get(name)
        if not isinstance(scheme, dict):
            return f"undefined {name}"
        kind = scheme.get("type")
        if kind == "http":
            return f"http {str(scheme.get('scheme', '')).lower()}"
        if kind == "apiKey":
            return f"apiKey {scheme.get('in')} {scheme.get('name')}"
        return f"{kind} {name}"


def json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    if isinstance(value, str):
        return "string"
    return "array" if isinstance(value, list) else "object"


def enum_values(schema: dict[str, Any]) -> list[Any] | None:
    if isinstance(schema.get("enum"), list):
        return list(schema["enum"])
    if "const" in schema:
        return [schema["const"]]
    return None
