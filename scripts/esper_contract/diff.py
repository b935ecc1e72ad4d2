"""What changed between two contracts, and whether it breaks users of esper_client.

The generated client turns every operation into a function (module named after the
operationId, package named after the first tag), every parameter into an argument and
every schema into an attrs model or a Literal enum. A change is *breaking* when code
that worked with the old client can fail with the new one: a name it imports or passes
is gone, a value it sends is no longer accepted, or a value it reads may now be missing
or of another type. Widening what the client sends, or narrowing what it reads, is not.

    python scripts/regenerate.py diff OLD NEW [--format text|json|markdown]
        [--allow-breaking] [--repo DIR] [--spec-path PATH] [--no-normalize]

OLD and NEW are files, or git revisions of openapi/esper.yaml (`HEAD~1`, `origin/main`).
Exit status: 0 no breaking change (or --allow-breaking), 1 breaking changes, 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import normalize as norm
from . import source as src
from .paths import CONTRACT_IN_REPO as CONTRACT_PATH
from .paths import ROOT

SCHEMA_PREFIX = "#/components/schemas/"
PARAMETER_PREFIX = "#/components/parameters/"
REQUEST, RESPONSE, OPERATION, MODEL = "request", "response", "operation", "model"
MODELS_GROUP = "Models"
JSON_MEDIA = "application/json"
# Formats the generator maps to another Python type (datetime, date, UUID, File):
# moving between them changes what a caller passes or reads. Other formats are hints.
TYPED_FORMATS = {"date-time", "date", "uuid", "binary"}
# Constraints the server enforces: True when a larger value is looser, False when it is
# tighter, None when values have no order (any change may reject what passed before).
CONSTRAINTS = {
    "minimum": False,
    "exclusiveMinimum": False,
    "minLength": False,
    "minItems": False,
    "maximum": True,
    "exclusiveMaximum": True,
    "maxLength": True,
    "maxItems": True,
    "pattern": None,
    "multipleOf": None,
    "uniqueItems": None,
}
_PATH_PARAM = re.compile(r"\{([^}]+)\}")


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
    # What the reader should know about the comparison itself (see _prepare).
    notes: list[str] = field(default_factory=list)

    @property
    def changes(self) -> list[Change]:
        return [*self.breaking, *self.non_breaking]


# --------------------------------------------------------------------------- helpers


def _show(value: Any) -> str:
    return value if isinstance(value, str) else json.dumps(value, default=str)


def _values(values: Iterable[Any]) -> str:
    return ", ".join(f"`{_show(v)}`" for v in values)


def _plural(count: int, word: str) -> str:
    return (
        f"{count} {word}" if count == 1 else f"{count} {word}{'es' if word.endswith('x') else 's'}"
    )


def _is_null(node: Any) -> bool:
    return isinstance(node, dict) and node.get("type") == "null" and len(node) == 1


def _covers(wide: frozenset[str], narrow: frozenset[str]) -> bool:
    """Whether every value of type `narrow` is also a value of type `wide`."""
    if "any" in wide:
        return True
    return all(t in wide or (t == "integer" and "number" in wide) for t in narrow)


@dataclass(frozen=True)
class _Rel:
    """A change found inside a schema, relative to where the schema is used.

    Kept relative so that one comparison of a shared component serves every
    operation that uses it (the real contract shares a few hundred of them).
    """

    kind: str
    path: str  # ".device.name", "[].id", "" for the schema itself
    message: str
    breaking: bool
    note: str = ""

    def under(self, prefix: str) -> _Rel:
        return _Rel(self.kind, prefix + self.path, self.message, self.breaking, self.note)


@dataclass(frozen=True)
class _Root:
    """Where a schema is used: a parameter, a request body or a response body."""

    location: str  # "query.limit", "request body", "response 200"
    subject: str  # how the schema itself is named: "parameter `limit`", "request body"
    context: str  # said after the subject: "query"
    where: str  # said after a property inside it: "query parameter `limit`", "request body"
    parameter: bool = False

    def detail(self, rel: _Rel) -> str:
        if rel.path:
            text = f"property `{rel.path.removeprefix('.')}` {rel.message} ({self.where})"
        else:
            text = f"{self.subject} {rel.message}" + (f" ({self.context})" if self.context else "")
        return f"{text}; {rel.note}" if rel.note else text


class _Contract:
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
            real = [m for m in members if not _is_null(m)]
            if len(real) == 1:
                return real[0], len(real) < len(members)
        return None

    def variants(self, schema: dict[str, Any]) -> list[tuple[str, Any]]:
        """The members of a real union (two or more non-null members), labelled."""
        out: list[tuple[str, Any]] = []
        for key in ("oneOf", "anyOf"):
            members = schema.get(key)
            if isinstance(members, list) and len([m for m in members if not _is_null(m)]) > 1:
                for member in members:
                    if not _is_null(member):
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
            if isinstance(schema.get(key), list) and any(_is_null(m) for m in schema[key]):
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
                out.update(_json_type(v) for v in _enum(schema) or [])
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


def _json_type(value: Any) -> str:
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


def _enum(schema: dict[str, Any]) -> list[Any] | None:
    if isinstance(schema.get("enum"), list):
        return list(schema["enum"])
    if "const" in schema:
        return [schema["const"]]
    return None


# --------------------------------------------------------------------------- schemas


# A resolved schema pair on one side: (old schema id, new schema id, nullable, nullable, side).
_Key = tuple[int, int, bool, bool, str]


class _SchemaDiff:
    """Compares schema pairs on one side, memoized per resolved pair, cycles cut."""

    def __init__(self, old: _Contract, new: _Contract) -> None:
        self.old = old
        self.new = new
        self._memo: dict[_Key, list[_Rel]] = {}
        # The pairs being compared, outermost first, each with the pairs further up
        # whose comparison it cut short (a cycle): its result is partial until those end.
        self._stack: list[tuple[_Key, set[_Key]]] = []

    def compare(self, old_node: Any, new_node: Any, side: str) -> list[_Rel]:
        so, old_name, old_null = self.old.view(old_node)
        sn, new_name, new_null = self.new.view(new_node)
        rels = self._model_change(so, old_name, sn, new_name, side)
        key = (id(so), id(sn), old_null, new_null, side)
        if key in self._memo:
            return rels + self._memo[key]
        if any(key == active for active, _ in self._stack):
            # A cycle: the same pair is being compared further up, which reports it.
            if self._stack:
                self._stack[-1][1].add(key)
            return rels
        self._stack.append((key, set()))
        try:
            body = self._compare_resolved(old_node, so, new_node, sn, side)
        finally:
            _, cut = self._stack.pop()
        cut.discard(key)
        if cut:  # partial: what lies past the cut is reported by the pair that was cut
            self._stack[-1][1].update(cut)
        else:
            self._memo[key] = body
        return rels + body

    def _model_change(
        self, so: dict[str, Any], old: str | None, sn: dict[str, Any], new: str | None, side: str
    ) -> list[_Rel]:
        if old == new or not (self.old.is_model(so) and self.new.is_model(sn)):
            return []
        was = f"`{old}`" if old else "an inline model"
        now = f"model `{new}`" if new else "an inline model"
        if side == REQUEST:
            return [
                _Rel(
                    "model-replaced",
                    "",
                    f"now takes {now} instead of {was}",
                    True,
                    "callers must build the new class",
                )
            ]
        note = (
            "the inline model class it replaced is gone"
            if old is None
            else "attribute access is unchanged; code that names the class must follow"
        )
        return [
            _Rel("model-replaced", "", f"now returns {now} instead of {was}", old is None, note)
        ]

    def _compare_resolved(
        self, old_node: Any, so: dict[str, Any], new_node: Any, sn: dict[str, Any], side: str
    ) -> list[_Rel]:
        out: list[_Rel] = []
        out.extend(self._types(old_node, new_node, side))
        out.extend(self._enums(so, sn, side))
        out.extend(self._scalars(so, sn, side))
        if self.old.is_model(so) and self.new.is_model(sn):  # else the type change says it
            out.extend(self._properties(so, sn, side))
        for key, suffix in (("items", "[]"), ("additionalProperties", "{}")):
            if isinstance(so.get(key), dict) and isinstance(sn.get(key), dict):
                out.extend(r.under(suffix) for r in self.compare(so[key], sn[key], side))
        old_variants = dict(reversed(self.old.variants(so)))
        for label, member in self.new.variants(sn):
            if label in old_variants:
                rels = self.compare(old_variants.pop(label), member, side)
                out.extend(r.under(f"<{label}>") for r in rels)
        return out

    def _types(self, old_node: Any, new_node: Any, side: str) -> list[_Rel]:
        old, new = self.old.types(old_node), self.new.types(new_node)
        if old == new:
            return []
        was, now = " | ".join(sorted(old)), " | ".join(sorted(new))
        if side == REQUEST and _covers(new, old):
            return [
                _Rel("property-type-changed", "", f"type widened from `{was}` to `{now}`", False)
            ]
        if side == RESPONSE and _covers(old, new):
            return [
                _Rel("property-type-changed", "", f"type narrowed from `{was}` to `{now}`", False)
            ]
        note = (
            "values callers send may no longer fit"
            if side == REQUEST
            else (
                "values read may now be None"
                if new - old == {"null"}
                else "code reading it must follow"
            )
        )
        return [
            _Rel("property-type-changed", "", f"type changed from `{was}` to `{now}`", True, note)
        ]

    def _enums(self, so: dict[str, Any], sn: dict[str, Any], side: str) -> list[_Rel]:
        old, new = _enum(so), _enum(sn)
        if old is None and new is None:
            return []
        if old is None:
            assert new is not None
            msg = f"now restricted to the values {_values(new)}"
            if side == REQUEST:
                return [
                    _Rel("enum-restricted", "", msg, True, "other values are no longer accepted")
                ]
            return [_Rel("enum-restricted", "", msg, False)]
        if new is None:
            return [_Rel("enum-lifted", "", "no longer restricted to listed values", False)]
        out: list[_Rel] = []
        removed = [v for v in old if v not in new]
        added = [v for v in new if v not in old]
        if removed:
            msg = f"enum value{'s' if len(removed) > 1 else ''} {_values(removed)} removed"
            if side == REQUEST:
                out.append(_Rel("enum-value-removed", "", msg, True, "callers sending it fail"))
            else:
                out.append(
                    _Rel("enum-value-removed", "", msg, False, "the server no longer sends it")
                )
        if added:
            msg = f"enum value{'s' if len(added) > 1 else ''} {_values(added)} added"
            note = (
                ""
                if side == REQUEST
                else ("our Literal enums keep values they do not list, so reading it does not fail")
            )
            out.append(_Rel("enum-value-added", "", msg, False, note))
        return out

    def _scalars(self, so: dict[str, Any], sn: dict[str, Any], side: str) -> list[_Rel]:
        out: list[_Rel] = []
        if so.get("default") != sn.get("default") or ("default" in so) != ("default" in sn):
            if "default" not in sn:
                msg = f"default `{_show(so['default'])}` removed"
            elif "default" not in so:
                msg = f"default `{_show(sn['default'])}` added"
            else:
                msg = f"default changed from `{_show(so['default'])}` to `{_show(sn['default'])}`"
            note = "calls that leave it out now send another value" if side == REQUEST else ""
            out.append(_Rel("default-changed", "", msg, False, note))
        for key, larger_is_looser in CONSTRAINTS.items():
            was, now = so.get(key), sn.get(key)
            if was == now:
                continue
            if now is None:
                tighter = False
            elif was is None or larger_is_looser is None:
                tighter = True
            elif isinstance(was, int | float) and isinstance(now, int | float):
                tighter = (now < was) if larger_is_looser else (now > was)
            else:
                tighter = True
            msg = f"`{key}` changed from `{_show(was)}` to `{_show(now)}`"
            breaking = side == REQUEST and tighter
            note = "values callers send may be rejected" if breaking else ""
            out.append(_Rel("constraint-changed", "", msg, breaking, note))
        if bool(so.get("deprecated")) != bool(sn.get("deprecated")):
            msg = "deprecated" if sn.get("deprecated") else "no longer deprecated"
            out.append(_Rel("deprecated", "", msg, False))
        return out

    def _properties(self, so: dict[str, Any], sn: dict[str, Any], side: str) -> list[_Rel]:
        old_props, old_req = self.old.properties(so)
        new_props, new_req = self.new.properties(sn)
        out: list[_Rel] = []
        for name in sorted(old_props.keys() | new_props.keys()):
            path = f".{name}"
            if name not in new_props:
                note = (
                    f"the model argument `{norm.snake(name)}` is gone"
                    if side == REQUEST
                    else f"the attribute `{norm.snake(name)}` is gone"
                )
                out.append(_Rel(f"{side}-property-removed", path, "removed", True, note))
                continue
            if name not in old_props:
                if side == RESPONSE:
                    out.append(_Rel("response-property-added", path, "added", False))
                elif name in new_req:
                    out.append(
                        _Rel(
                            "request-property-added-required",
                            path,
                            "added, required",
                            True,
                            "callers must now pass it",
                        )
                    )
                else:
                    out.append(
                        _Rel("request-property-added-optional", path, "added, optional", False)
                    )
                continue
            if (name in old_req) != (name in new_req):
                became = "required" if name in new_req else "optional"
                breaking = (became == "required") == (side == REQUEST)
                note = ""
                if breaking:
                    note = "callers must now pass it" if side == REQUEST else "it may now be UNSET"
                out.append(
                    _Rel(
                        f"{side}-property-became-{became}", path, f"became {became}", breaking, note
                    )
                )
            out.extend(r.under(path) for r in self.compare(old_props[name], new_props[name], side))
        return out


# --------------------------------------------------------------------------- operations


@dataclass
class _Op:
    """One operation and the client surface it becomes."""

    method: str
    path: str
    node: dict[str, Any]
    params: dict[tuple[str, str], dict[str, Any]]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"

    @property
    def tag(self) -> str:
        tags = self.node.get("tags") or [""]
        return str(tags[0])

    @property
    def module(self) -> str:
        return norm.snake(self.tag)

    @property
    def function(self) -> str:
        return norm.snake(str(self.node.get("operationId", "")))

    @property
    def path_order(self) -> list[str]:
        return _PATH_PARAM.findall(self.path)

    @property
    def skeleton(self) -> tuple[str, str]:
        return self.method, _PATH_PARAM.sub("{}", self.path)


def _operations(contract: _Contract) -> dict[tuple[str, str], _Op]:
    out: dict[tuple[str, str], _Op] = {}
    for path, item in (contract.spec.get("paths") or {}).items():
        if not isinstance(item, dict):
            continue
        shared = _parameters(contract, item.get("parameters"))
        for method in norm.METHODS:
            node = item.get(method)
            if isinstance(node, dict):
                params = {**shared, **_parameters(contract, node.get("parameters"))}
                out[(method, path)] = _Op(method, path, node, params)
    return out


def _parameters(contract: _Contract, raw: Any) -> dict[tuple[str, str], dict[str, Any]]:
    out: dict[tuple[str, str], dict[str, Any]] = {}
    for param in raw or []:
        seen: set[str] = set()
        while isinstance(param, dict) and isinstance(param.get("$ref"), str):
            ref = param["$ref"]
            if ref in seen or not ref.startswith(PARAMETER_PREFIX):
                param = None
                break
            seen.add(ref)
            param = contract.parameters.get(ref[len(PARAMETER_PREFIX) :])
        if isinstance(param, dict) and "name" in param:
            out[(str(param.get("in")), str(param["name"]))] = param
    return out


def _function_of(op: _Op) -> str:
    return op.function


def _skeleton_of(op: _Op) -> tuple[str, str]:
    return op.skeleton


def _match(
    old: dict[tuple[str, str], _Op], new: dict[tuple[str, str], _Op]
) -> tuple[list[tuple[_Op, _Op]], list[_Op], list[_Op]]:
    """Pair operations: same method and path, else same function, else same path shape.

    An operation that moved keeps its function when its operationId stayed, and a
    path whose parameters were renamed is the same endpoint: neither is remove+add.
    """
    pairs = [(old[k], new[k]) for k in sorted(old.keys() & new.keys())]
    rest_old = {k: old[k] for k in sorted(old.keys() - new.keys())}
    rest_new = {k: new[k] for k in sorted(new.keys() - old.keys())}
    keys: list[Callable[[_Op], Any]] = [_function_of, _skeleton_of]
    for key_of in keys:
        index: dict[Any, tuple[str, str]] = {}
        for k, op in rest_new.items():
            index.setdefault(key_of(op), k)
        for k, op in list(rest_old.items()):
            target = index.get(key_of(op))
            if target is not None and target in rest_new:
                pairs.append((op, rest_new.pop(target)))
                del rest_old[k]
    return pairs, list(rest_old.values()), list(rest_new.values())


class _Differ:
    """Walks two normalized contracts and collects every Change."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = _Contract(old)
        self.new = _Contract(new)
        self.schemas = _SchemaDiff(self.old, self.new)
        self.changes: list[Change] = []

    def run(self) -> DiffResult:
        pairs, removed, added = _match(_operations(self.old), _operations(self.new))
        for op in removed:
            self._op_change(
                op,
                "operation-removed",
                OPERATION,
                "operation",
                f"operation removed; the function `api.{op.module}.{op.function}` is gone",
                True,
            )
        for op in added:
            self._op_change(
                op,
                "operation-added",
                OPERATION,
                "operation",
                f"operation added as `api.{op.module}.{op.function}`",
                False,
            )
        for old, new in pairs:
            self._operation(old, new)
        self._models()
        result = DiffResult()
        for change in sorted(self.changes, key=_change_order):
            (result.breaking if change.breaking else result.non_breaking).append(change)
        return result

    def _op_change(
        self, op: _Op, kind: str, side: str, location: str, detail: str, breaking: bool
    ) -> None:
        self.changes.append(Change(kind, op.label, location, detail, side, op.tag, breaking))

    def _emit(self, op: _Op, root: _Root, side: str, rels: Iterable[_Rel]) -> None:
        for rel in rels:
            kind = rel.kind
            if root.parameter and not rel.path and kind == "property-type-changed":
                kind = "parameter-type-changed"
            location = root.location + rel.path
            self._op_change(op, kind, side, location, root.detail(rel), rel.breaking)

    def _operation(self, old: _Op, new: _Op) -> None:
        add = self._op_change
        if (old.method, old.path) != (new.method, new.path):
            how = "path template changed from" if old.skeleton == new.skeleton else "moved from"
            add(
                new,
                "operation-moved",
                OPERATION,
                "operation",
                f"{how} `{old.label}`; the client builds the URL, callers see no change",
                False,
            )
        if old.function != new.function:
            add(
                new,
                "operation-renamed",
                OPERATION,
                "operationId",
                f"function renamed from `{old.function}` to `{new.function}` (the module "
                f"and the inline models named after it are renamed with it)",
                True,
            )
        elif old.node.get("operationId") != new.node.get("operationId"):
            add(
                new,
                "operation-renamed",
                OPERATION,
                "operationId",
                f"operationId changed from `{old.node.get('operationId')}`, same Python name "
                f"`{new.function}`",
                False,
            )
        if old.module != new.module:
            add(
                new,
                "tag-changed",
                OPERATION,
                "tags",
                f"moved from module `api.{old.module}` to `api.{new.module}` (tag `{old.tag}` "
                f"to `{new.tag}`); imports of it fail",
                True,
            )
        elif old.tag != new.tag:
            add(
                new,
                "tag-changed",
                OPERATION,
                "tags",
                f"tag changed from `{old.tag}` to `{new.tag}`, same module `api.{new.module}`",
                False,
            )
        if bool(old.node.get("deprecated")) != bool(new.node.get("deprecated")):
            msg = "operation deprecated" if new.node.get("deprecated") else "no longer deprecated"
            add(new, "deprecated", OPERATION, "operation", msg, False)
        self._security(old, new)
        self._parameters(old, new)
        self._request_body(old, new)
        self._responses(old, new)

    def _security(self, old: _Op, new: _Op) -> None:
        was, now = self.old.security(old.node), self.new.security(new.node)
        if sorted(was) == sorted(now):
            return
        was_creds = [frozenset(self.old.credential(n) for n in alt) for alt in was]
        now_creds = [frozenset(self.new.credential(n) for n in alt) for alt in now]
        # Open (no requirement, or an empty alternative) accepts every caller.
        if not now_creds:
            now_creds = [frozenset()]
        if not was_creds:
            was_creds = [frozenset()]
        # What a caller sent before still works if some new alternative asks no more.
        lost = [alt for alt in was_creds if not any(new_alt <= alt for new_alt in now_creds)]

        def show(alts: list[list[str]]) -> str:
            return " or ".join("`" + " + ".join(a) + "`" if a else "none" for a in alts) or "none"

        detail = f"security changed from {show(was)} to {show(now)}"
        if lost:
            detail += "; credentials callers send may no longer be accepted"
        else:
            detail += "; the credentials callers send still work"
        self._op_change(new, "security-changed", OPERATION, "security", detail, bool(lost))

    def _parameters(self, old: _Op, new: _Op) -> None:
        old_order = [p for p in old.path_order if p in new.path_order]
        new_order = [p for p in new.path_order if p in old.path_order]
        if old_order != new_order:
            self._op_change(
                new,
                "parameter-order-changed",
                REQUEST,
                "path",
                f"path parameters reordered from {_values(old_order)} to "
                f"{_values(new_order)}; they are positional arguments",
                True,
            )
        for key in sorted(old.params.keys() | new.params.keys()):
            where, name = key
            arg = norm.snake(name)
            root = _Root(
                f"{where}.{name}",
                f"parameter `{name}`",
                where,
                f"{where} parameter `{name}`",
                parameter=True,
            )
            was, now = old.params.get(key), new.params.get(key)
            if now is None:
                self._emit(
                    new,
                    root,
                    REQUEST,
                    [_Rel("parameter-removed", "", "removed", True, f"calls passing `{arg}` fail")],
                )
                continue
            if was is None:
                if now.get("required"):
                    rel = _Rel(
                        "parameter-added-required",
                        "",
                        "added, required",
                        True,
                        f"every call must now pass `{arg}`",
                    )
                else:
                    rel = _Rel("parameter-added-optional", "", "added, optional", False)
                self._emit(new, root, REQUEST, [rel])
                continue
            rels: list[_Rel] = []
            if bool(was.get("required")) != bool(now.get("required")):
                if now.get("required"):
                    rels.append(
                        _Rel(
                            "parameter-became-required",
                            "",
                            "became required",
                            True,
                            f"every call must now pass `{arg}`",
                        )
                    )
                else:
                    rels.append(_Rel("parameter-became-optional", "", "became optional", False))
            if bool(was.get("deprecated")) != bool(now.get("deprecated")):
                msg = "deprecated" if now.get("deprecated") else "no longer deprecated"
                rels.append(_Rel("deprecated", "", msg, False))
            rels.extend(self.schemas.compare(was.get("schema", {}), now.get("schema", {}), REQUEST))
            self._emit(new, root, REQUEST, rels)

    def _request_body(self, old: _Op, new: _Op) -> None:
        was, now = old.node.get("requestBody"), new.node.get("requestBody")
        if not isinstance(was, dict) and not isinstance(now, dict):
            return
        root = _Root("request body", "request body", "", "request body")
        if not isinstance(was, dict):
            assert isinstance(now, dict)
            if now.get("required"):
                rel = _Rel(
                    "request-body-added-required",
                    "",
                    "added, required",
                    True,
                    "every call must now pass `body`",
                )
            else:
                rel = _Rel("request-body-added-optional", "", "added, optional", False)
            self._emit(new, root, REQUEST, [rel])
            return
        if not isinstance(now, dict):
            self._emit(
                new,
                root,
                REQUEST,
                [_Rel("request-body-removed", "", "removed", True, "the `body` argument is gone")],
            )
            return
        if bool(was.get("required")) != bool(now.get("required")):
            if now.get("required"):
                rel = _Rel(
                    "request-body-became-required",
                    "",
                    "became required",
                    True,
                    "every call must now pass `body`",
                )
            else:
                rel = _Rel("request-body-became-optional", "", "became optional", False)
            self._emit(new, root, REQUEST, [rel])
        self._content(new, root, REQUEST, was.get("content") or {}, now.get("content") or {})

    def _responses(self, old: _Op, new: _Op) -> None:
        was = old.node.get("responses") or {}
        now = new.node.get("responses") or {}
        for status in sorted(set(was) | set(now), key=str):
            root = _Root(f"response {status}", f"response {status} body", "", f"response {status}")
            status_root = _Root(
                f"response {status}", f"response {status}", "", f"response {status}"
            )
            if status not in now:
                self._emit(
                    new,
                    status_root,
                    RESPONSE,
                    [
                        _Rel(
                            "response-status-removed",
                            "",
                            "removed",
                            True,
                            "the client no longer parses it",
                        )
                    ],
                )
                continue
            if status not in was:
                self._emit(
                    new, status_root, RESPONSE, [_Rel("response-status-added", "", "added", False)]
                )
                continue
            old_content = was[status].get("content") or {}
            new_content = now[status].get("content") or {}
            if old_content and not new_content:
                self._emit(
                    new,
                    root,
                    RESPONSE,
                    [_Rel("response-body-removed", "", "removed", True, "`parsed` is now None")],
                )
            elif new_content and not old_content:
                self._emit(new, root, RESPONSE, [_Rel("response-body-added", "", "added", False)])
            else:
                self._content(new, root, RESPONSE, old_content, new_content)

    def _content(
        self, op: _Op, root: _Root, side: str, was: dict[str, Any], now: dict[str, Any]
    ) -> None:
        for media in sorted(set(was) - set(now)):
            note = "callers can no longer send it" if side == REQUEST else "it is no longer parsed"
            self._emit(
                op,
                root,
                side,
                [
                    _Rel(
                        f"{side}-media-type-removed",
                        "",
                        f"media type `{media}` removed",
                        True,
                        note,
                    )
                ],
            )
        for media in sorted(set(now) - set(was)):
            self._emit(
                op,
                root,
                side,
                [_Rel(f"{side}-media-type-added", "", f"media type `{media}` added", False)],
            )
        if len(was) == 1 and len(now) == 1:
            pairs = [(next(iter(was)), next(iter(now)), root)]
        else:
            pairs = []
            for media in sorted(set(was) & set(now)):
                sub = root
                if media != JSON_MEDIA:
                    sub = _Root(
                        f"{root.location} ({media})",
                        f"{root.subject} ({media})",
                        root.context,
                        f"{root.where} ({media})",
                    )
                pairs.append((media, media, sub))
        for old_media, new_media, sub in pairs:
            old_schema = (was[old_media] or {}).get("schema", {})
            new_schema = (now[new_media] or {}).get("schema", {})
            self._emit(op, sub, side, self.schemas.compare(old_schema, new_schema, side))

    def _models(self) -> None:
        """Component schemas whose class or Literal alias appeared, vanished or was renamed."""

        def generated(contract: _Contract) -> dict[str, str]:
            return {
                norm.class_name(key): key
                for key, schema in contract.schemas.items()
                if isinstance(schema, dict) and (contract.is_model(schema) or "enum" in schema)
            }

        old, new = generated(self.old), generated(self.new)
        removed = sorted(old.keys() - new.keys())
        added = sorted(new.keys() - old.keys())
        for cls in list(removed):
            old_key = old[cls]
            old_text = json.dumps(self.old.schemas[old_key], sort_keys=True, default=str)
            for other in added:
                new_key = new[other]
                expected = old_text.replace(
                    json.dumps(SCHEMA_PREFIX + old_key), json.dumps(SCHEMA_PREFIX + new_key)
                )
                if expected == json.dumps(self.new.schemas[new_key], sort_keys=True, default=str):
                    self._model_change(
                        "model-renamed",
                        new_key,
                        f"model `{cls}` renamed `{other}`; imports of `{cls}` and of classes "
                        "named after it fail",
                        True,
                    )
                    removed.remove(cls)
                    added.remove(other)
                    break
        for cls in removed:
            self._model_change(
                "model-removed",
                old[cls],
                f"model `{cls}` removed; imports of it and of classes named after it fail",
                True,
            )
        for cls in added:
            self._model_change("model-added", new[cls], f"model `{cls}` added", False)

    def _model_change(self, kind: str, key: str, detail: str, breaking: bool) -> None:
        location = f"components.schemas.{key}"
        self.changes.append(Change(kind, None, location, detail, MODEL, MODELS_GROUP, breaking))


def _change_order(change: Change) -> tuple[Any, ...]:
    method, _, path = (change.operation or "").partition(" ")
    rank = norm.METHODS.index(method.lower()) if method.lower() in norm.METHODS else -1
    return (
        change.tag == MODELS_GROUP,
        change.tag,
        path,
        rank,
        change.location,
        change.kind,
        change.detail,
    )


# --------------------------------------------------------------------------- entry points


def _prepare(
    spec: dict[str, Any], origin: str, normalize: bool
) -> tuple[dict[str, Any], list[str]]:
    """The contract to compare, and notes on what normalizing it changed.

    Normalizing a committed contract is a no-op while the normalizer is unchanged.
    When the normalizer has since learnt a new fix, the old contract is rewritten with
    it and the difference the fix makes to the client is hidden: say so.
    """
    if not normalize:
        missing = [
            f"{method.upper()} {path}"
            for path, item in (spec.get("paths") or {}).items()
            if isinstance(item, dict)
            for method in norm.METHODS
            if isinstance(item.get(method), dict) and not item[method].get("operationId")
        ]
        if missing:
            raise DiffError(
                f"{origin}: not a normalized contract ({missing[0]} has no operationId); "
                "compare it without --no-normalize"
            )
        return spec, []
    try:
        contract, report = norm.normalize(spec)
    except norm.NormalizeError as exc:
        raise DiffError(f"{origin}: {exc}") from None
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise DiffError(f"{origin}: cannot be normalized ({type(exc).__name__}: {exc})") from None
    notes = []
    if report.fixes:
        notes.append(
            f"normalizing {origin} changed it ({_plural(len(report.fixes), 'fix')}, e.g. "
            f"{report.fixes[0]}); the diff compares normalized forms, so it does not show "
            "them (--no-normalize compares contracts as written)"
        )
    return contract, notes


def _diff(
    old: dict[str, Any], new: dict[str, Any], origins: tuple[str, str], normalize: bool
) -> DiffResult:
    old_contract, old_notes = _prepare(old, origins[0], normalize)
    new_contract, new_notes = _prepare(new, origins[1], normalize)
    result = _Differ(old_contract, new_contract).run()
    result.notes = old_notes + new_notes
    return result


def diff_specs(old: dict[str, Any], new: dict[str, Any], *, normalize: bool = True) -> DiffResult:
    """Normalize both documents as regenerate does, then classify every difference."""
    return _diff(old, new, ("the old contract", "the new contract"), normalize)


def parse(text: str, origin: str) -> dict[str, Any]:
    """A YAML or JSON OpenAPI document; DiffError naming `origin` if it is not one."""
    try:
        data = src.load_yaml(text, origin)
    except src.SourceError as exc:
        raise DiffError(str(exc)) from None
    if not isinstance(data, dict) or "openapi" not in data or "paths" not in data:
        raise DiffError(f"{origin}: not an OpenAPI 3 document (no 'openapi' and 'paths' keys)")
    return data


def diff_texts(old_yaml_text: str, new_yaml_text: str, *, normalize: bool = True) -> DiffResult:
    """diff_specs on two YAML (or JSON) texts, as pipeline.check has them."""
    old = parse(old_yaml_text, "the old contract")
    new = parse(new_yaml_text, "the new contract")
    return _diff(old, new, ("the old contract", "the new contract"), normalize)


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


# --------------------------------------------------------------------------- output


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
        f"{_plural(len(result.breaking), 'breaking change')}, "
        f"{_plural(len(result.non_breaking), 'non-breaking change')}."
    )


def format_text(result: DiffResult) -> str:
    """Grouped by module (tag), breaking first, one changelog line per change."""
    lines = [f"API changes: {_summary(result)}" if result.changes else "No API changes."]
    for tag, changes in _by_tag(result.changes).items():
        lines.extend(["", f"### {tag}"])
        for change in sorted(changes, key=lambda c: (not c.breaking, _change_order(c))):
            prefix = "BREAKING: " if change.breaking else ""
            lines.append(f"- {prefix}{_line(change)}")
    if result.notes:
        lines.append("")
        lines.extend(f"Note: {note}" for note in result.notes)
    return "\n".join(lines)


def format_markdown(result: DiffResult) -> str:
    """A changelog entry: breaking changes first, each part grouped by module."""
    if not result.changes:
        return "No API changes."
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
    return "\n".join(lines)


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


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="regenerate.py diff",
        description="Classify the differences between two contracts as breaking or not "
        "for users of esper_client.",
    )
    parser.add_argument("old", help=f"a spec file, or a git revision of {CONTRACT_PATH}")
    parser.add_argument("new", help=f"a spec file, or a git revision of {CONTRACT_PATH}")
    parser.add_argument("--format", choices=sorted(FORMATS), default="text")
    parser.add_argument(
        "--allow-breaking", action="store_true", help="exit 0 even when something is breaking"
    )
    parser.add_argument(
        "--repo",
        type=Path,
        default=None,
        help="git repository for revisions (default: the one around the "
        "working directory, else this project)",
    )
    parser.add_argument(
        "--no-normalize",
        action="store_true",
        help="compare the contracts as written, not as the current normalizer would write them",
    )
    parser.add_argument(
        "--spec-path",
        default=CONTRACT_PATH,
        help="the contract's path inside the repository (default: %(default)s)",
    )
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse has printed the problem; bad usage is bad input
        return exc.code if isinstance(exc.code, int) else 2
    try:
        old_text, old_origin = read_input(args.old, args.repo, args.spec_path)
        new_text, new_origin = read_input(args.new, args.repo, args.spec_path)
        old, new = parse(old_text, old_origin), parse(new_text, new_origin)
        result = _diff(old, new, (old_origin, new_origin), not args.no_normalize)
    except DiffError as exc:
        print(f"regenerate.py diff: {exc}", file=sys.stderr)
        return 2
    print(FORMATS[args.format](result))
    if args.format != "text":  # text carries the notes itself
        for note in result.notes:
            print(f"regenerate.py diff: note: {note}", file=sys.stderr)
    if result.breaking and not args.allow_breaking:
        print(
            f"regenerate.py diff: {_plural(len(result.breaking), 'breaking change')}; "
            "pass --allow-breaking to accept",
            file=sys.stderr,
        )
        return 1
    return 0
