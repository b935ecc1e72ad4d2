"""Validating OpenAPI documents with openapi-spec-validator, results kept by content hash.

The validator takes about 9 s on the full Esper description, and the pipeline and the
differ validate the same documents again and again (today's upstream, the contract
built from it). A result depends only on the document and on the validator's version,
so it is stored under a hash of both: the first run pays, later ones read a small file.

The cache lives in $ESPER_CLIENT_CACHE, else $XDG_CACHE_HOME/esper-client, else
~/.cache/esper-client. It is only ever an optimisation: an unreadable or unwritable
cache means validating again, never a different answer.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
from pathlib import Path
from typing import Any

# Bump when the way problems are worded here changes: old entries then stop matching.
_FORMAT = "1"


def cache_dir() -> Path:
    explicit = os.environ.get("ESPER_CLIENT_CACHE")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "esper-client"


def _python_value(value: Any) -> Any:
    """How json.dumps writes a value JSON has no type for (a YAML date), distinctly."""
    return {"$python": type(value).__name__, "repr": repr(value)}


def content_key(spec: dict[str, Any], limit: int) -> str:
    """A hash of the document (key order ignored) and of everything else the answer uses."""
    from importlib import metadata

    versions = ",".join(
        f"{name}={metadata.version(name)}"
        for name in ("openapi-spec-validator", "openapi-schema-validator", "jsonschema")
    )
    digest = hashlib.sha256(f"{_FORMAT};{versions};{limit};".encode())
    text = json.dumps(spec, sort_keys=True, separators=(",", ":"), default=_python_value)
    digest.update(text.encode("utf-8"))
    return digest.hexdigest()


@functools.cache
def _v31_validator() -> type[Any]:
    """OpenAPIV31SpecValidator, its meta-schema pass given a registry crawled once.

    The stock one hands jsonschema the OAS 3.1 schema as an uncrawled root, and every
    `$dynamicRef` then crawls it again: 6 of its 10 s on the full description. The same
    schema in a registry crawled up front gives the same errors in a third of the time
    (tests/pipeline/test_validate.py compares the two).
    """
    from jsonschema.validators import validator_for  # type: ignore[import-untyped]
    from jsonschema_specifications import REGISTRY  # type: ignore[import-untyped]
    from openapi_spec_validator.schemas import schema_v31
    from openapi_spec_validator.validation import OpenAPIV31SpecValidator
    from referencing.jsonschema import DRAFT202012

    schema = dict(schema_v31)
    resource = DRAFT202012.create_resource(schema)
    registry = REGISTRY.with_resource(schema["$id"], resource).crawl()
    meta = validator_for(schema)(schema, registry=registry)
    return type("CrawledOpenAPIV31SpecValidator", (OpenAPIV31SpecValidator,), {
        "schema_validator": meta
    })  # fmt: skip


def _validator(spec: dict[str, Any], fast: bool = True) -> Any:
    from openapi_spec_validator.validation import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

    if not str(spec.get("openapi")).startswith("3.1"):
        return OpenAPIV30SpecValidator(spec)
    return (_v31_validator() if fast else OpenAPIV31SpecValidator)(spec)


def _validate(spec: dict[str, Any], limit: int, fast: bool = True) -> list[str]:
    out = []
    for error in _validator(spec, fast).iter_errors():
        where = "/".join(str(p) for p in error.path) or "(root)"
        out.append(f"{where}: {error.message[:200]}")
        if len(out) >= limit:
            break
    return out


def validation_errors(
    spec: dict[str, Any], limit: int = 20, *, cache: Path | None = None
) -> list[str]:
    """Every problem openapi-spec-validator finds (at most `limit`), as 'where: what' lines.

    `cache` is the folder of stored results (default: cache_dir()).
    """
    folder = cache if cache is not None else cache_dir()
    entry = folder / "validation" / f"{content_key(spec, limit)}.json"
    try:
        stored = json.loads(entry.read_text(encoding="utf-8"))
        if isinstance(stored, list) and all(isinstance(line, str) for line in stored):
            return stored
    except (OSError, ValueError):
        pass
    problems = _validate(spec, limit)
    try:
        entry.parent.mkdir(parents=True, exist_ok=True)
        partial = entry.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(json.dumps(problems), encoding="utf-8")
        partial.replace(entry)  # atomic: a concurrent reader sees all of it or nothing
    except OSError:
        pass  # a read-only home: the answer is the same, only the next run is slower
    return problems
