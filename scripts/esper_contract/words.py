"""Our words for the contract: summaries and descriptions, written by us, one file per module.

The normalizer keeps only the upstream's facts; everything a reader of the generated code is
told about an operation comes from `openapi/words/<module>.yaml` (part of the overlay), one
file per generated module (`esper_client.generated.api.<module>`):

    operations:
      get_all_devices:                 # operationId
        summary: One line; a second sentence where it helps.
        parameters:
          enterprise_id: What it is and what it does to the call.
        body:                          # top-level fields of an inline request body
          name: ...
    schemas:                           # component schemas: request bodies and enums
      DeviceGroupCreate:
        description: ...               # optional
        properties:
          name: ...
        values:                        # enum members: value -> meaning
          1: Online.

A word for something the contract does not have is an error (like an overlay action whose
target is gone), so words never silently stop applying. `missing()` lists what has none.

    python scripts/regenerate.py words [MODULE...]   # a skeleton of what still has no words
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import source
from .names import PARAMETER_PREFIX, SCHEMA_PREFIX
from .normalize import METHODS, snake
from .paths import WORDS


class WordsError(Exception):
    """A words file is malformed, or names something the contract does not have."""


@dataclass(frozen=True)
class Operation:
    module: str
    method: str
    path: str
    node: dict[str, Any]

    @property
    def op_id(self) -> str:
        return str(self.node["operationId"])


def operations(contract: dict[str, Any]) -> Iterator[Operation]:
    for path, item in contract["paths"].items():
        for method in METHODS:
            op = item.get(method)
            if op is not None:
                yield Operation(snake(op["tags"][0]), method, path, op)


def _ref_target(contract: dict[str, Any], ref: str) -> tuple[str, dict[str, Any]] | None:
    if ref.startswith(SCHEMA_PREFIX):
        name = ref.removeprefix(SCHEMA_PREFIX)
        return name, contract["components"]["schemas"][name]
    return None


def parameters(contract: dict[str, Any], operation: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """An operation's parameters, component ones resolved (descriptions go where they live)."""
    shared = contract.get("components", {}).get("parameters", {})
    for param in operation.get("parameters", []):
        if "$ref" in param:
            yield shared[param["$ref"].removeprefix(PARAMETER_PREFIX)]
        else:
            yield param


def body_schemas(
    contract: dict[str, Any], op: Operation
) -> Iterator[tuple[str | None, dict[str, Any]]]:
    """(component name or None for inline, schema) of every request body media type.

    allOf parts are followed, so their properties count as the body's own; oneOf/anyOf arms
    too (each arm is a shape the caller may send).
    """
    body = op.node.get("requestBody")
    if not body:
        return
    seen: set[int] = set()

    def walk(
        name: str | None, schema: dict[str, Any]
    ) -> Iterator[tuple[str | None, dict[str, Any]]]:
        if id(schema) in seen:
            return
        seen.add(id(schema))
        if "$ref" in schema:
            target = _ref_target(contract, schema["$ref"])
            if target:
                yield from walk(*target)
            return
        if "properties" in schema:
            yield name, schema
        for key in ("allOf", "oneOf", "anyOf"):
            for part in schema.get(key, []):
                yield from walk(None if "$ref" not in part else name, part)

    for media in body.get("content", {}).values():
        yield from walk(None, media.get("schema", {}))


def load(words_dir: Path = WORDS) -> dict[str, dict[str, Any]]:
    """Every words file, by module name."""
    out: dict[str, dict[str, Any]] = {}
    if not words_dir.is_dir():
        return out
    for path in sorted(words_dir.glob("*.yaml")):
        data = source.load_yaml_file(path) or {}
        if not isinstance(data, dict) or set(data) - {"operations", "schemas"}:
            raise WordsError(f"{path.name}: expected only 'operations' and 'schemas' at the top")
        out[path.stem] = data
    return out


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise WordsError(f"{where}: needs a non-empty text, got {value!r}")
    return " ".join(value.split())


def apply(
    contract: dict[str, Any],
    words: dict[str, dict[str, Any]],
    *,
    unmatched: list[str] | None = None,
) -> None:
    """Write the words into `contract` (in place); WordsError for any word without a target.

    With `unmatched`, a word without a target is listed there instead (for --check, which
    reports upstream drift rather than stopping at it).
    """
    try:
        _apply(contract, words, unmatched)
    except WordsError as exc:
        if unmatched is None:
            raise
        unmatched.append(str(exc))


def _apply(
    contract: dict[str, Any], words: dict[str, dict[str, Any]], unmatched: list[str] | None
) -> None:
    def gone(message: str) -> None:
        if unmatched is None:
            raise WordsError(message)
        unmatched.append(message)

    by_id = {op.op_id: op for op in operations(contract)}
    described: dict[str, str] = {}  # schema -> the module whose file describes it
    shared_said: dict[int, str] = {}  # id(parameter) -> where it was first described
    schemas = contract.get("components", {}).get("schemas", {})
    for module, data in sorted(words.items()):
        for op_id, said in sorted((data.get("operations") or {}).items()):
            where = f"{module}.yaml: operation {op_id}"
            op = by_id.get(op_id)
            if op is None:
                gone(f"{where}: no such operationId in the contract")
                continue
            if op.module != module:
                raise WordsError(f"{where}: it belongs in {op.module}.yaml")
            if "summary" in said:
                op.node["summary"] = _text(said["summary"], f"{where} summary")
            params = {p["name"]: p for p in parameters(contract, op.node)}
            for name, text in sorted((said.get("parameters") or {}).items()):
                if name not in params:
                    gone(f"{where}: no parameter {name!r}")
                    continue
                param = params[name]
                said_here = _text(text, f"{where} parameter {name}")
                earlier = param.get("description")
                if earlier is not None and earlier != said_here and id(param) in shared_said:
                    raise WordsError(
                        f"{where}: parameter {name} is shared with {shared_said[id(param)]}, "
                        f"which describes it otherwise ({earlier!r})"
                    )
                shared_said.setdefault(id(param), where)
                param["description"] = said_here
                # openapi-python-client reads a parameter's words from its schema only.
                schema = param.get("schema")
                if isinstance(schema, dict) and "$ref" not in schema:
                    schema["description"] = param["description"]
            inline = [s for n, s in body_schemas(contract, op) if n is None]
            for name, text in sorted((said.get("body") or {}).items()):
                targets = [s["properties"][name] for s in inline if name in s.get("properties", {})]
                if not targets:
                    gone(f"{where}: no field {name!r} in an inline request body")
                for target in targets:
                    target["description"] = _text(text, f"{where} body field {name}")
        for schema_name, said in sorted((data.get("schemas") or {}).items()):
            where = f"{module}.yaml: schema {schema_name}"
            if schema_name in described:
                raise WordsError(f"{where}: already described in {described[schema_name]}.yaml")
            described[schema_name] = module
            schema = schemas.get(schema_name)
            if schema is None:
                gone(f"{where}: no such component schema in the contract")
                continue
            if "description" in said:
                schema["description"] = _text(said["description"], f"{where} description")
            props = schema.get("properties", {})
            for name, text in sorted((said.get("properties") or {}).items()):
                if name not in props:
                    gone(f"{where}: no property {name!r}")
                    continue
                props[name]["description"] = _text(text, f"{where} property {name}")
            if "values" in said:
                values = schema.get("enum")
                if values is None:
                    raise WordsError(f"{where}: values given, but it is not an enum")
                meanings = {}
                for value, text in (said["values"] or {}).items():
                    if value not in values:
                        gone(f"{where}: {value!r} is not one of its values {values}")
                        continue
                    meanings[value] = _text(text, f"{where} value {value!r}")
                listed = {v: meanings[v] for v in values if v in meanings}
                schema["x-esper-meanings"] = listed
                # The generator hands an enum's template its description alone: the meanings
                # go there too, one line each, for the enum's docstring.
                lines = "\n".join(f"{value!r}: {meaning}" for value, meaning in listed.items())
                intro = schema.get("description")
                schema["description"] = f"{intro}\n\n{lines}" if intro else lines


def body_owner(contract: dict[str, Any]) -> dict[str, str]:
    """Component schema -> the module whose words file describes it (the first that sends it)."""
    owner: dict[str, str] = {}
    for op in sorted(operations(contract), key=lambda o: (o.module, o.op_id)):
        for name, _ in body_schemas(contract, op):
            if name is not None:
                owner.setdefault(name, op.module)
    return owner


def missing(contract: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """What has no words yet, by module, shaped as a words file (values: what it is)."""
    out: dict[str, dict[str, Any]] = {}
    owner = body_owner(contract)
    schemas = contract.get("components", {}).get("schemas", {})
    for op in operations(contract):
        entry: dict[str, Any] = {}
        if not op.node.get("summary"):
            entry["summary"] = f"{op.method.upper()} {op.path}"
        params = {
            p["name"]: f"{p['in']}, {_shape(p.get('schema', {}))}"
            + (", required" if p.get("required") else "")
            for p in parameters(contract, op.node)
            if not p.get("description")
        }
        if params:
            entry["parameters"] = params
        body = {
            name: _shape(prop)
            for schema_name, schema in body_schemas(contract, op)
            if schema_name is None
            for name, prop in schema.get("properties", {}).items()
            if not prop.get("description")
        }
        if body:
            entry["body"] = body
        if entry:
            out.setdefault(op.module, {}).setdefault("operations", {})[op.op_id] = entry
    for name, module in sorted(owner.items()):
        schema = schemas[name]
        props = {
            prop_name: _shape(prop)
            for prop_name, prop in schema.get("properties", {}).items()
            if not prop.get("description")
        }
        if props:
            out.setdefault(module, {}).setdefault("schemas", {})[name] = {"properties": props}
    return out


def _shape(schema: dict[str, Any]) -> str:
    """A short reminder of a schema's type for the skeleton: 'string (uuid)', 'one of [...]'."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    kind = schema.get("type", "any")
    text = "/".join(kind) if isinstance(kind, list) else str(kind)
    if "format" in schema:
        text += f" ({schema['format']})"
    if "enum" in schema:
        text += f", one of {schema['enum']}"
    if "default" in schema:
        text += f", default {schema['default']!r}"
    if kind == "array" and isinstance(schema.get("items"), dict):
        text += f" of {_shape(schema['items'])}"
    return text


def main(argv: list[str]) -> int:
    """Print the skeleton of what a module (or every module) still lacks.

    The committed contract is read with today's words files applied to it, so a words file
    can be checked before regenerating; a word without a target is an error (exit 1).
    """
    from .paths import CONTRACT

    contract = source.load_yaml_file(CONTRACT)
    try:
        apply(contract, load())
    except (WordsError, source.SourceError) as exc:
        print(f"words: {exc}", file=sys.stderr)
        return 1
    todo = missing(contract)
    wanted = argv or sorted(todo)
    for module in wanted:
        if module not in todo:
            print(f"# {module}: nothing missing")
            continue
        print(f"# ---- openapi/words/{module}.yaml: what still has no words")
        print(source.dump_yaml(todo[module]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
