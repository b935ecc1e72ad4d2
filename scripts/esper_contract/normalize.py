"""Turn the upstream description into the contract we commit: facts only, names fixed.

Every rule here is a pure function of the input document (and of the naming table
from the overlay), so the output is the same on every run and small upstream changes
give small diffs. Each fix that changes a fact is recorded in `Report.fixes`.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any

from . import generator
from .names import METHODS as METHODS
from .names import SCHEMA_PREFIX, UPSTREAM_NAME, Names

# Schema keywords that state facts. Everything else (description, title, example(s),
# externalDocs, xml, vendor x- extensions) is prose or tooling noise and is dropped.
SCHEMA_FACTS = {
    "$ref", "type", "format", "enum", "const", "default", "items", "properties", "required",
    "additionalProperties", "allOf", "oneOf", "anyOf", "not", "nullable", "readOnly",
    "writeOnly", "deprecated", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
    "multipleOf", "minLength", "maxLength", "pattern", "minItems", "maxItems", "uniqueItems",
    "discriminator", "x-enum-varnames", UPSTREAM_NAME,
}  # fmt: skip
PARAMETER_FACTS = {"$ref", "name", "in", "required", "schema", "style", "explode", "deprecated",
                   "allowEmptyValue"}  # fmt: skip

# Canonical key order: the structural keys first in the order a reader expects,
# everything else alphabetically after them.
KEY_ORDER = [
    "openapi", "info", "servers", "security", "tags", "paths", "components",
    "operationId", "summary", "description", "deprecated", "parameters", "requestBody",
    "responses", "name", "in", "required", "title", "version", "url", "variables",
    "$ref", "type", "format", "enum", "default", "content", "schema",
]  # fmt: skip
_RANK = {key: i for i, key in enumerate(KEY_ORDER)}

# Format names that tools do not know, and the standard name they mean. Validators
# (Prism among them) reject a plain string for `url`, and `datetime` would leave a
# timestamp untyped in the generated models.
FORMAT_ALIASES = {"url": "uri", "datetime": "date-time"}

VERSION_SEGMENT = re.compile(r"^v\d+$")
# Ordering prefixes (`3_`) and API-generation prefixes (`apps_management_`) on tags.
TAG_PREFIX = re.compile(r"^(\d+_|[a-z_]+_(?=[A-Z]))")


# The title every contract the normalizer writes has: how a contract is told from an upstream.
CONTRACT_TITLE = "Esper API (esper-client contract)"


class NormalizeError(Exception):
    """The upstream has something the normalizer cannot turn into a valid contract."""


@dataclass
class Report:
    """What normalization changed, for the maintainer reading the regenerate output."""

    fixes: list[str] = field(default_factory=list)
    # Names the current contract gives that this run could not keep (also in `fixes`).
    lost_names: list[str] = field(default_factory=list)

    def add(self, message: str) -> None:
        self.fixes.append(message)

    def lose(self, message: str) -> None:
        self.fixes.append(message)
        self.lost_names.append(message)


# --------------------------------------------------------------------------- names


def snake(text: str) -> str:
    return generator.snake_case(text)


def class_name(text: str) -> str:
    return generator.pascal_case(text)


def derive_operation_id(method: str, path: str) -> str:
    """A readable snake_case name from method and path alone.

    GET on a collection lists, GET on an item gets; the noun is every literal
    path segment, API version segments left out: `GET /v2/tenant-apps/{appId}`
    gives `get_tenant_apps`.
    """
    segments = [s for s in path.strip("/").split("/") if s]
    literals = [s for s in segments if not s.startswith("{") and not VERSION_SEGMENT.match(s)]
    ends_with_param = bool(segments) and segments[-1].startswith("{")
    verb = {
        "get": "get" if ends_with_param else "list",
        "post": "create",
        "put": "update",
        "patch": "partial_update",
        "delete": "delete",
    }.get(method, method)
    return snake("_".join([verb, *literals]))


def _disambiguators(path: str) -> list[str]:
    """Suffixes tried in turn when a derived name is taken: versions, then path params."""
    segments = [s for s in path.strip("/").split("/") if s]
    versions = [s for s in segments if VERSION_SEGMENT.match(s)]
    params = [snake(s.strip("{}")) for s in segments if s.startswith("{")]
    out = []
    if versions:
        out.append("_".join(versions))
    if params:
        out.append("by_" + "_and_".join(params))
    return out


def assign_operation_ids(
    paths: dict[str, Any], report: Report, remembered: dict[tuple[str, str], str] | None = None
) -> None:
    """Give every operation without an operationId a unique, stable one.

    Existing ids are kept as they are (they are facts: renaming one renames a
    public function). An operation the contract already names (`remembered`, by method
    and path) keeps that name unless an upstream id now has it; the others get a derived
    name that only depends on their own method and path, plus the names it would
    collide with, so unrelated upstream changes never rename it.
    """
    taken: dict[str, str] = {}
    missing: list[tuple[str, str, dict[str, Any]]] = []
    for path, item in paths.items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            op_id = op.get("operationId")
            if op_id:
                key = snake(op_id)
                if key in taken:
                    raise NormalizeError(
                        f"operationId {op_id!r} of {method.upper()} {path} clashes with "
                        f"{taken[key]} once turned into a Python name ({key})"
                    )
                taken[key] = f"{method.upper()} {path}"
            else:
                missing.append((method, path, op))
    fresh: list[tuple[str, str, dict[str, Any]]] = []
    for method, path, op in sorted(missing, key=lambda m: (m[1], m[0])):
        kept = (remembered or {}).get((method, path))
        if kept is not None and snake(kept) in taken:
            report.lose(
                f"operationId {kept} of {method.upper()} {path} cannot be kept: "
                f"{taken[snake(kept)]} now has it upstream"
            )
        elif kept is not None:
            op["operationId"] = kept
            taken[snake(kept)] = f"{method.upper()} {path}"
            report.add(f"operationId {kept} given to {method.upper()} {path}")
            continue
        fresh.append((method, path, op))
    # Derive all first so that two derived names that collide are both qualified.
    wanted: dict[str, list[tuple[str, str, dict[str, Any]]]] = defaultdict(list)
    for method, path, op in fresh:
        wanted[derive_operation_id(method, path)].append((method, path, op))
    for base in sorted(wanted):
        group = sorted(wanted[base], key=lambda g: (g[1], g[0]))
        chains = {(m, p): _candidates(m, p) for m, p, _ in group}
        for method, path, op in group:
            rivals = {c for key, chain in chains.items() if key != (method, path) for c in chain}
            name = next(
                (c for c in chains[(method, path)] if c not in taken and c not in rivals), None
            )
            if name is None:
                raise NormalizeError(
                    f"cannot derive a unique operationId for {method.upper()} {path} "
                    f"(tried {', '.join(chains[(method, path)])})"
                )
            op["operationId"] = name
            taken[name] = f"{method.upper()} {path}"
            report.add(f"operationId {name} given to {method.upper()} {path}")


def _candidates(method: str, path: str) -> list[str]:
    """The derived name, then ever more qualified versions of it."""
    names = [derive_operation_id(method, path)]
    for suffix in _disambiguators(path):
        names.append(f"{names[-1]}_{suffix}")
    return names


def clean_tag(tag: str) -> str:
    """`3_DeviceOperations` -> `Device Operations`: ordering prefix gone, words split."""
    name = TAG_PREFIX.sub("", tag)
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).replace("_", " ")
    return " ".join(name.split())


def rename_tags(
    spec: dict[str, Any], names: dict[str, str], report: Report, names_from: str = "the overlay"
) -> None:
    """Rename tags to readable, unique module names.

    `names` (from the overlay) maps upstream tags to our names; the rest are
    cleaned by rule. Two tags that end up in one module are an error naming
    both, to be settled in the overlay's table, unless that table merges them
    on purpose (both listed under the same name).
    """
    used: set[str] = set()
    for item in spec["paths"].values():
        for method in METHODS:
            op = item.get(method)
            if op is not None:
                used.update(op.get("tags") or [])
    mapping: dict[str, str] = {}
    owners: dict[str, str] = {}
    for tag in sorted(used):
        new = names.get(tag) or clean_tag(tag)
        module = snake(new)
        if module in owners and not (tag in names and owners[module] in names):
            unlisted = " and ".join(repr(t) for t in (owners[module], tag) if t not in names)
            raise NormalizeError(
                f"tags {owners[module]!r} and {tag!r} both become module {module!r}; "
                f"list {unlisted} under x-esper-client.tags in {names_from}: under another "
                "name to keep them apart, or under the same name to merge them"
            )
        owners[module] = tag
        mapping[tag] = new
        if new != tag:
            report.add(f"tag {tag!r} renamed {new!r}")
    for path, item in spec["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is None:
                continue
            tags = op.get("tags") or []
            if not tags:
                raise NormalizeError(f"{method.upper()} {path} has no tag: it would have no module")
            op["tags"] = [mapping[t] for t in tags]
    spec["tags"] = [{"name": name} for name in sorted(set(mapping.values()))]


def unique_model_names(
    spec: dict[str, Any], report: Report, remembered: dict[str, str] | None = None
) -> None:
    """Rename component schemas whose Python class names would collide.

    A schema the contract already names (`remembered`: upstream key -> contract key)
    keeps its name; of the others, the first in sorted order whose class name is free
    keeps its key, and the rest get a number. A renamed schema records its upstream key
    (UPSTREAM_NAME), which is how the next run remembers it.
    """
    schemas = spec.get("components", {}).get("schemas", {})
    final: dict[str, str] = {}
    keys_used: set[str] = set()
    classes_used: set[str] = set()
    for key in sorted(schemas):
        kept = (remembered or {}).get(key)
        if kept is None:
            continue
        if class_name(kept) in classes_used or kept in keys_used:
            report.lose(f"schema {key!r} cannot keep the name {kept!r}: it is taken")
            continue
        final[key] = kept
        keys_used.add(kept)
        classes_used.add(class_name(kept))
    by_class: dict[str, list[str]] = defaultdict(list)
    for key in schemas:
        if key not in final:
            by_class[class_name(key)].append(key)
    existing = {class_name(key) for key in schemas} | classes_used
    for cls, keys in sorted(by_class.items()):
        keys = sorted(keys)
        if cls not in classes_used and keys[0] not in keys_used:
            final[keys[0]] = keys[0]
            keys_used.add(keys[0])
            classes_used.add(cls)
            keys = keys[1:]
        for position, key in enumerate(keys, start=2):
            number = position
            while class_name(f"{key}{number}") in existing or f"{key}{number}" in keys_used:
                number += 1
            new = f"{key}{number}"
            existing.add(class_name(new))
            keys_used.add(new)
            final[key] = new
            report.add(f"schema {key!r} renamed {new!r}: its class name {cls} was taken")
    renames = {old: new for old, new in final.items() if old != new}
    if renames:
        for old in renames:
            if isinstance(schemas[old], dict):
                schemas[old].setdefault(UPSTREAM_NAME, old)
        spec["components"]["schemas"] = {final[key]: schema for key, schema in schemas.items()}
        _rewrite_refs(
            spec,
            {SCHEMA_PREFIX + o: SCHEMA_PREFIX + n for o, n in renames.items()},
        )


def _rewrite_refs(node: Any, mapping: dict[str, str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref in mapping:
            node["$ref"] = mapping[ref]
        for value in node.values():
            _rewrite_refs(value, mapping)
    elif isinstance(node, list):
        for value in node:
            _rewrite_refs(value, mapping)


# --------------------------------------------------------------------------- schemas


def _type_ok(value: Any, schema: dict[str, Any]) -> bool:
    types = schema.get("type")
    if types is None:
        return True
    if isinstance(types, str):
        types = [types]
    checks = {
        "string": lambda v: isinstance(v, str),
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
        "boolean": lambda v: isinstance(v, bool),
        "array": lambda v: isinstance(v, list),
        "object": lambda v: isinstance(v, dict),
        "null": lambda v: v is None,
    }
    return any(checks.get(t, lambda v: True)(value) for t in types)


def enum_var_names(values: list[Any]) -> list[str] | None:
    """Distinct Python names for string enum values that collide once upper-cased.

    `["ubuntu", "Ubuntu"]` would both be `UBUNTU`; they become `UBUNTU` and
    `UBUNTU_2`, and both values stay. Returns None when nothing collides.
    """
    if not all(isinstance(v, str) for v in values):
        return None
    keys = [
        snake(v).upper() if v and v[0].isalpha() else f"VALUE_{i}" for i, v in enumerate(values)
    ]
    if len(set(keys)) == len(keys):
        return None
    seen: dict[str, int] = {}
    out = []
    for key in keys:
        seen[key] = seen.get(key, 0) + 1
        out.append(key if seen[key] == 1 else f"{key}_{seen[key]}")
    return out


def clean_schema(node: Any, where: str, report: Report) -> Any:
    """Keep the factual keywords of a schema, recursively; fix invalid enums and defaults."""
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key not in SCHEMA_FACTS:
            continue
        if key == "properties":
            out[key] = {
                name: clean_schema(sub, f"{where}.{name}", report) for name, sub in value.items()
            }
        elif key in ("items", "additionalProperties", "not"):
            out[key] = clean_schema(value, f"{where}[]", report)
        elif key in ("allOf", "oneOf", "anyOf"):
            out[key] = [clean_schema(sub, f"{where}/{key}", report) for sub in value]
        else:
            out[key] = copy.deepcopy(value)
    if "format" in out:
        fmt = out["format"]
        if not isinstance(fmt, str) or not fmt.strip():
            del out["format"]
            report.add(f"{where}: empty format removed")
        elif fmt in FORMAT_ALIASES:
            out["format"] = FORMAT_ALIASES[fmt]
            report.add(f"{where}: format {fmt!r} written as {FORMAT_ALIASES[fmt]!r}")
    if "enum" in out:
        values = out["enum"]
        deduped = list(dict.fromkeys(values))
        if len(deduped) != len(values):
            report.add(f"{where}: repeated enum values removed")
            out["enum"] = values = deduped
        names = enum_var_names(values)
        if names and "x-enum-varnames" not in out:
            out["x-enum-varnames"] = names
            report.add(f"{where}: enum values {values} collide after case folding; named {names}")
    if "default" in out:
        default = out["default"]
        if ("enum" in out and default not in out["enum"]) or not _type_ok(default, out):
            del out["default"]
            report.add(f"{where}: invalid default {default!r} removed")
    return out


# OpenAPI says header parameters with these names SHALL be ignored: the client sets
# them itself (Authorization comes from the security scheme).
IGNORED_HEADERS = {"authorization", "accept", "content-type"}


def is_ignored_header(param: dict[str, Any]) -> bool:
    return param.get("in") == "header" and str(param.get("name", "")).lower() in IGNORED_HEADERS


def clean_parameters(
    params: list[dict[str, Any]], where: str, report: Report, shared: dict[str, Any]
) -> list[dict[str, Any]]:
    """Clean a parameter list, leaving out headers OpenAPI says to ignore."""
    out = []
    for param in params:
        target = param
        if "$ref" in param:
            target = shared.get(param["$ref"].rsplit("/", 1)[-1], {})
        if is_ignored_header(target):
            report.add(f"{where}: header parameter {target['name']!r} dropped (set by the client)")
            continue
        out.append(clean_parameter(param, where, report))
    return out


def clean_parameter(param: dict[str, Any], where: str, report: Report) -> dict[str, Any]:
    if "$ref" in param:
        return {"$ref": param["$ref"]}
    out = {k: copy.deepcopy(v) for k, v in param.items() if k in PARAMETER_FACTS}
    if "schema" in out:
        out["schema"] = clean_schema(out["schema"], f"{where} {param.get('name')}", report)
    return out


def _content(content: dict[str, Any], where: str, report: Report) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for media, body in content.items():
        out[media] = {}
        if "schema" in body:
            out[media]["schema"] = clean_schema(body["schema"], f"{where} {media}", report)
    return out


def reason(status: str) -> str:
    """Our response description: the HTTP reason phrase (not prose, a fact of HTTP)."""
    if status == "default":
        return "Any other status"
    try:
        return HTTPStatus(int(status)).phrase
    except ValueError:
        return f"Status {status}"


def clean_operation(
    op: dict[str, Any], where: str, report: Report, shared: dict[str, Any]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if op.get("operationId"):
        out["operationId"] = op["operationId"]
    out["tags"] = list(op.get("tags") or [])
    if op.get("deprecated"):
        out["deprecated"] = True
    params = clean_parameters(op.get("parameters") or [], where, report, shared)
    if params:
        out["parameters"] = params
    body = op.get("requestBody")
    if body:
        new_body: dict[str, Any] = {}
        if body.get("required"):
            new_body["required"] = True
        new_body["content"] = _content(body.get("content", {}), f"{where} body", report)
        out["requestBody"] = new_body
    responses = {}
    for status, response in (op.get("responses") or {}).items():
        status = str(status)
        new: dict[str, Any] = {"description": reason(status)}
        if response.get("headers"):
            new["headers"] = {
                name: {
                    "schema": clean_schema(h.get("schema", {}), f"{where} header {name}", report)
                }
                for name, h in response["headers"].items()
            }
        if response.get("content"):
            new["content"] = _content(response["content"], f"{where} {status}", report)
        responses[status] = new
    out["responses"] = responses
    if "security" in op:
        out["security"] = copy.deepcopy(op["security"])
    return out


# --------------------------------------------------------------------------- page links

PAGE_LINKS = ("next", "previous", "prev")


def nullable_page_links(node: Any, report: Report, where: str = "") -> None:
    """Page envelopes' `next`/`previous` links may be null: Django REST sends null at either end.

    Where a schema has `results` and string links declared non-nullable, the links become
    `type: [string, "null"]` (a fact of the API's paginators the upstream leaves out in most
    of its 95 envelopes, so every last page would deviate).
    """
    if isinstance(node, dict):
        props = node.get("properties")
        if isinstance(props, dict) and "results" in props:
            for name in PAGE_LINKS:
                link = props.get(name)
                if isinstance(link, dict) and link.get("type") == "string":
                    link["type"] = ["string", "null"]
                    report.add(f"{where}.{name}: page link made nullable (null on the last page)")
        for key, value in node.items():
            nullable_page_links(value, report, f"{where}/{key}" if where else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            nullable_page_links(value, report, f"{where}[{index}]")


def no_content_bodies(paths: dict[str, Any], report: Report) -> None:
    """A 204 (No Content) carries no body, whatever the upstream declares for it.

    Declared, the generator would parse the empty body as JSON and every success would be
    a decode error (DELETE /tenant/v0/vpptokens/{id} was).
    """
    for path, item in paths.items():
        for method in METHODS:
            response = ((item.get(method) or {}).get("responses") or {}).get("204")
            if isinstance(response, dict) and response.pop("content", None) is not None:
                report.add(f"{method.upper()} {path} 204: declared body removed (204 has none)")


# --------------------------------------------------------------------------- order


def canonical(node: Any, parent: str = "") -> Any:
    """Order keys so that the same facts always serialize the same way.

    Maps of names (paths, properties, schemas, responses) sort by name; the
    OpenAPI keywords follow KEY_ORDER. `required` lists and enum order are facts
    and stay; `required` is sorted because its order carries no meaning.
    """
    if isinstance(node, dict):
        if parent in ("paths", "properties", "schemas", "parameters_map", "responses", "content",
                      "securitySchemes", "variables", "headers", "mapping"):  # fmt: skip
            keys = sorted(node)
        else:
            keys = sorted(node, key=lambda k: (_RANK.get(k, len(_RANK)), k))
        out = {}
        for key in keys:
            child_parent = key
            if parent == "components" and key == "parameters":
                child_parent = "parameters_map"
            if parent == "paths":
                child_parent = "path_item"
            value = node[key]
            if parent == "path_item" and key in METHODS:
                child_parent = "operation"
            if key == "required" and isinstance(value, list):
                out[key] = sorted(value)
            else:
                out[key] = canonical(value, child_parent)
        if parent == "path_item":
            ordered = {m: out[m] for m in METHODS if m in out}
            ordered.update({k: v for k, v in out.items() if k not in ordered})
            return ordered
        return out
    if isinstance(node, list):
        return [canonical(v, parent) for v in node]
    return node


# --------------------------------------------------------------------------- entry


def normalize(
    upstream: dict[str, Any],
    *,
    tag_names: dict[str, str] | None = None,
    tag_names_from: str = "the overlay",
    names: Names | None = None,
) -> tuple[dict[str, Any], Report]:
    """Return (contract, report). `upstream` is not modified.

    `tag_names_from` says where `tag_names` come from, for the advice of an error;
    `names` are the names the current contract gives (names.Names.of it): they are kept.
    """
    report = Report()
    src = copy.deepcopy(upstream)
    if not str(src.get("openapi", "")).startswith("3."):
        raise NormalizeError(f"unsupported OpenAPI version {src.get('openapi')!r} (need 3.x)")

    src_components = src.get("components", {})
    shared_params = src_components.get("parameters") or {}
    paths: dict[str, Any] = {}
    for path, item in src.get("paths", {}).items():
        new_item: dict[str, Any] = {}
        common = clean_parameters(item.get("parameters") or [], path, report, shared_params)
        if common:
            new_item["parameters"] = common
        for method in METHODS:
            if method in item:
                where = f"{method.upper()} {path}"
                new_item[method] = clean_operation(item[method], where, report, shared_params)
        paths[path] = new_item

    components: dict[str, Any] = {}
    if src_components.get("schemas"):
        components["schemas"] = {
            name: clean_schema(schema, name, report)
            for name, schema in src_components["schemas"].items()
        }
    kept_params = {n: p for n, p in shared_params.items() if not is_ignored_header(p)}
    if kept_params:
        components["parameters"] = {
            name: clean_parameter(p, f"parameter {name}", report) for name, p in kept_params.items()
        }
    if src_components.get("securitySchemes"):
        components["securitySchemes"] = {
            name: {
                k: v
                for k, v in scheme.items()
                if k in ("type", "scheme", "bearerFormat", "in", "name")
            }
            for name, scheme in src_components["securitySchemes"].items()
        }

    spec: dict[str, Any] = {
        "openapi": src["openapi"],
        "info": {
            "title": CONTRACT_TITLE,
            "version": str(src.get("info", {}).get("version", "0")),
        },
        "servers": [
            {
                "url": "https://{tenant}-api.esper.cloud/api",
                "variables": {"tenant": {"default": "example"}},
            }
        ],
        "paths": paths,
        "components": components,
    }
    if src.get("security"):
        spec["security"] = copy.deepcopy(src["security"])

    nullable_page_links(spec, report)
    no_content_bodies(spec["paths"], report)
    names = names or Names()
    assign_operation_ids(spec["paths"], report, names.operations)
    rename_tags(spec, tag_names or {}, report, tag_names_from)
    unique_model_names(spec, report, names.schemas)
    return canonical(spec), report
