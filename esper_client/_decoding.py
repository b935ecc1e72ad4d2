"""Decoding what the API really sends: tolerant by default, deviations reported, strict on request.

Generated models describe their fields as data (`_esper_fields()`: JSON key, attribute, spec,
required), and this module does the work, so the rules live in one place under our own checks
instead of in 1,700 generated functions. A spec is what a field is declared to be: `STR`,
`INT`, `DATETIME`, `UUID_`, an enum, a model, a list, a union...

Tolerant: a value that does not fit its spec is kept as it arrived (`None` in a `str`, `"12"`
in an `int`, `""` in a uuid, an unknown enum value), or read in a form the contract does not
declare (a date-time without an offset, a date where a date-time is declared, a non-ISO
date-time). Either way a `Deviation` is recorded: on the `Response` of `*_detailed` calls, on
every decoded model that contains it (`deviations(obj)`), and in one WARNING per (model, field,
kind) per process on the `esper_client` logger. So no odd field ever loses a response or a page,
and no value contradicts its annotation without saying so.

Strict (`EsperClient(strict=True)`, or ESPER_STRICT=1): the first deviation raises, naming the
model, the field path, what was expected and an excerpt of what arrived. For contract tests.

Date-times: what `datetime.fromisoformat` reads, else what python-dateutil reads, else numbers
as Unix seconds (milliseconds above 1e11). One without an offset is taken as UTC (Esper's
servers run on UTC), so every date-time this client returns is aware; that is reported.

oneOf: the arm that fits best (discriminator first where the contract has one; then fewest
violations, most declared properties present, fewest undeclared ones, fewest declared ones
absent; nested objects count too). A tie, or a body with nothing any arm declares, is decided
by declaration order and reported as `ambiguous`.
"""

from __future__ import annotations

import datetime as dt
import os
import threading
import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import Any, Protocol, TypeVar
from uuid import UUID

from ._unset import UNSET

__all__ = [
    "ANY",
    "BOOL",
    "DATE",
    "DATETIME",
    "FILE",
    "FLOAT",
    "INT",
    "NONE",
    "STR",
    "UUID_",
    "Decoding",
    "Deviation",
    "DeviationError",
    "Field",
    "Spec",
    "decode_model_dict",
    "decode_one",
    "deviations",
    "encode_model",
    "multipart_model",
    "strict_default",
]


def _logger() -> Any:
    """The `esper_client` logger; logging is imported only for a first warning (~5 ms)."""
    import logging

    return logging.getLogger("esper_client")


T = TypeVar("T")

# What each kind of deviation means; the keys are what `Deviation.kind` holds.
KINDS: dict[str, str] = {
    "null": "null where the contract does not allow it (kept as None)",
    "missing": "a required field is absent (left UNSET)",
    "type": "a value of another JSON type (kept as it arrived)",
    "format": "a value the declared format cannot read (kept as it arrived)",
    "form": "read, but sent in a form the contract does not declare (converted)",
    "enum": "a value the enum does not list (kept as it arrived)",
    "const": "not the constant the contract declares (kept as it arrived)",
    "extra": "a field the model does not allow (reported, not kept)",
    "ambiguous": "several oneOf arms fit equally well (the first in declaration order taken)",
    "discriminator": "a discriminator value that names no arm (the best-fitting arm taken)",
    "empty": "an empty body where one is declared (an empty value returned)",
    "status": "a 2xx status the operation does not declare (read as its success body)",
}

_EXCERPT = 80


def _excerpt(value: object) -> str:
    """What arrived, as an excerpt of its repr: bounded work whatever its size, and the key
    redacted before any cut (a cut through it would leave most of it readable)."""
    from . import errors

    try:
        text = repr(_bounded(value, errors._redacted_prefix))
    except Exception:  # a value from JSON cannot fail repr; anything else may
        text = f"<{type(value).__name__}>"
    text = errors._redact(text)
    return text if len(text) <= _EXCERPT else text[:_EXCERPT] + "..."


def _bounded(value: object, prefix: Callable[[str, int], str], depth: int = 0) -> object:
    """A small copy of `value` for its excerpt: texts cut (redacted first), a few items."""
    if isinstance(value, str):
        return prefix(value, 2 * _EXCERPT)
    if depth >= 2:
        return ... if isinstance(value, list | dict) else value
    if isinstance(value, list):
        return [_bounded(item, prefix, depth + 1) for item in value[:8]]
    if isinstance(value, dict):
        return {k: _bounded(v, prefix, depth + 1) for k, v in list(value.items())[:8]}
    return value


@dataclass(frozen=True, slots=True)
class Deviation:
    """One value that did not fit its declared type, where it was and what was done with it."""

    path: tuple[str | int, ...]  # from the decoded object: ("results", 3, "current_command")
    model: str  # the model whose field it is ("DeviceInfo"), or "body"
    field: str  # that field's JSON name ("" for the body itself)
    kind: str  # a key of KINDS
    expected: str  # what the contract declares ("uuid", "int", "DeviceStateEnum", ...)
    received: str  # an excerpt of what arrived (repr, at most 80 characters)

    @property
    def where(self) -> str:
        """The path as Python would index it: `results[3].current_command`."""
        out = ""
        for part in self.path:
            out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
        return out or "(body)"

    def __str__(self) -> str:
        return f"{self.where}: expected {self.expected}, got {self.received} ({self.kind})"


class DeviationError(ValueError):
    """Raised in strict mode at the first deviation; `deviation` says which."""

    def __init__(self, deviation: Deviation, origin: str = "") -> None:
        self.deviation = deviation
        self.origin = origin
        at = f" in {deviation.model}" if deviation.model != "body" else ""
        super().__init__(f"{deviation}{at}")


def strict_default() -> bool:
    """ESPER_STRICT from the environment: 1/true/yes/on or 0/false/no/off (or unset)."""
    raw = os.environ.get("ESPER_STRICT", "").strip().lower()
    if raw in ("", "0", "false", "no", "off"):
        return False
    if raw in ("1", "true", "yes", "on"):
        return True
    raise ValueError(f"ESPER_STRICT must be 1/true/yes/on or 0/false/no/off, got {raw!r}")


# (model, field, kind) already logged in this process: one warning each, not one per item.
_logged: set[tuple[str, str, str]] = set()
_logged_lock = threading.Lock()


class Decoding:
    """The state of one decode: strict or not, where we are, what was found."""

    __slots__ = ("found", "model", "origin", "stack", "strict")

    def __init__(self, strict: bool = False, origin: str = "") -> None:
        self.strict = strict
        self.origin = origin  # "a 200 response to GET https://...", for messages
        self.found: list[Deviation] = []
        self.stack: list[str | int] = []
        self.model = "body"

    def off(self, kind: str, expected: str, value: object) -> None:
        """Record that the value at the current path deviates (raise, when strict)."""
        path = tuple(self.stack)
        field = next((p for p in reversed(path) if isinstance(p, str)), "")
        deviation = Deviation(path, self.model, field, kind, expected, _excerpt(value))
        if self.strict:
            raise DeviationError(deviation, self.origin)
        self.found.append(deviation)
        key = (deviation.model, field, kind)
        if key not in _logged:
            with _logged_lock:
                first = key not in _logged
                _logged.add(key)
            if first:
                from . import errors

                origin = f" of {errors._redact(self.origin)}" if self.origin else ""
                _logger().warning(
                    "%s.%s: expected %s, got %s (%s) at %s%s; kept as received. Later "
                    "deviations of this kind are not logged again: read them with "
                    "esper_client.deviations(), or raise with EsperClient(strict=True)",
                    deviation.model,
                    field or "(body)",
                    expected,
                    deviation.received,
                    kind,
                    deviation.where,
                    origin,
                )


# --------------------------------------------------------------------- deviations of an object

# id(model instance) -> (its deviations with paths from the response's root, its depth there).
# Keyed by id because attrs models are unhashable; weakref.finalize drops an entry with its object.
_attached: dict[int, tuple[tuple[Deviation, ...], int]] = {}


def _attach(obj: object, found: Sequence[Deviation], depth: int) -> None:
    try:
        weakref.finalize(obj, _attached.pop, id(obj), None)
    except TypeError:  # not weakly referenceable: only the Response holds them
        return
    _attached[id(obj)] = (tuple(found), depth)


def attach_found(root: object, found: Sequence[Deviation]) -> None:
    """Give every decoded model on the path of a deviation its share (see `deviations`).

    Done once per decode, after it and only when something deviated, so that decoding
    clean bodies pays nothing for it: each path is walked from `root` through the models'
    attributes, list items and dicts it names.
    """
    if not found:
        return
    shares: dict[int, tuple[object, int, list[Deviation]]] = {}
    for deviation in found:
        node = root
        for depth, part in enumerate((*deviation.path, None)):
            if hasattr(type(node), "_esper_fields"):
                entry = shares.setdefault(id(node), (node, depth, []))
                entry[2].append(deviation)
            if part is None:
                break
            node = _step(node, part)
            if node is MISS:
                break
    for node, depth, items in shares.values():
        _attach(node, items, depth)


def _step(node: object, part: str | int) -> Any:
    """One step down a deviation's path: a model's field, a list item, a dict value."""
    if isinstance(part, int):
        return node[part] if isinstance(node, list) and part < len(node) else MISS
    if isinstance(node, dict):
        return node.get(part, MISS)
    cls = type(node)
    if hasattr(cls, "_esper_fields"):
        plan = model(cls).plan
        for key, attr, *_ in plan.rows:
            if key == part:
                return getattr(node, attr, MISS)
        extra = getattr(node, "additional_properties", None)
        return extra.get(part, MISS) if isinstance(extra, dict) else MISS
    return MISS


def deviations(obj: object) -> tuple[Deviation, ...]:
    """What did not fit its declared type inside `obj`, a decoded model (paths from `obj`).

    Empty for a model that decoded cleanly. For a `Response` of a `*_detailed` call, the
    deviations of its whole body (`response.deviations`).
    """
    from ._runtime import Response

    if isinstance(obj, Response):
        return obj.deviations
    entry = _attached.get(id(obj))
    if entry is None:
        return ()
    items, depth = entry
    return tuple(replace(d, path=d.path[depth:]) for d in items) if depth else items


# --------------------------------------------------------------------- specs


# (violations, declared fields present, undeclared ones, declared ones absent), nested included
Fit = tuple[int, int, int, int]
MISS: Any = object()  # what a spec's `fast` converter returns when `decode` must look
_PERFECT: Fit = (0, 0, 0, 0)
_MISFIT: Fit = (1, 0, 0, 0)


class Spec:
    """What a value is declared to be; decodes it tolerantly and encodes it back."""

    name: str = "any"
    # The Python class a decoded value has when it needs no conversion (fast path), or None.
    exact: type | None = None
    nullable: bool = False

    def accepts(self, value: object) -> bool:
        """Whether the JSON type fits (a cheap filter for oneOf arms and the body's shape)."""
        return True

    def decode(self, value: Any, ctx: Decoding) -> Any:
        return value

    # A converter for the common case, with no bookkeeping: the decoded value, or MISS when
    # `decode` must look (a deviation, or a rarer form). None: this spec has none.
    fast: Callable[[Any], Any] | None = None

    def fit(self, value: Any, depth: int) -> Fit:
        return _PERFECT if self.accepts(value) else _MISFIT

    def encode(self, value: Any) -> Any:
        return value

    def empty(self) -> Any:
        return None

    def owns(self, value: object) -> bool:
        """Whether a decoded Python value is of this spec (to encode a union member)."""
        return self.accepts(value)

    def __repr__(self) -> str:
        return f"<spec {self.name}>"


def _decode_value(spec: Spec, value: Any, ctx: Decoding) -> Any:
    """One value against its spec, None included (the caller has pushed its path)."""
    if value.__class__ is spec.exact:
        return value
    if value is None:
        if not spec.nullable:
            ctx.off("null", spec.name, None)
        return None
    return spec.decode(value, ctx)


class _Primitive(Spec):
    def __init__(self, name: str, cls: type, accept: Callable[[object], bool]) -> None:
        self.name, self.exact, self._accept = name, cls, accept

    def accepts(self, value: object) -> bool:
        return self._accept(value)

    def decode(self, value: Any, ctx: Decoding) -> Any:
        if not self._accept(value):
            ctx.off("type", self.name, value)
        return value


class _Any(Spec):
    name = "any"
    nullable = True

    def encode(self, value: Any) -> Any:
        return _encode_any(value)


def _is_int(value: object) -> bool:
    return value.__class__ is int


def _is_number(value: object) -> bool:
    return value.__class__ is int or value.__class__ is float


ANY: Spec = _Any()
STR: Spec = _Primitive("str", str, lambda v: v.__class__ is str)
INT: Spec = _Primitive("int", int, _is_int)
FLOAT: Spec = _Primitive("float", float, _is_number)
BOOL: Spec = _Primitive("bool", bool, lambda v: v.__class__ is bool)


class _NoneSpec(Spec):
    name = "null"
    nullable = True

    def accepts(self, value: object) -> bool:
        return value is None


NONE: Spec = _NoneSpec()


class _UUIDSpec(Spec):
    name = "uuid"

    def accepts(self, value: object) -> bool:
        return isinstance(value, str)

    def decode(self, value: Any, ctx: Decoding) -> Any:
        if value.__class__ is not str:
            ctx.off("type", self.name, value)
            return value
        try:
            return UUID(value)
        except ValueError:
            ctx.off("format", self.name, value)
            return value

    def fit(self, value: Any, depth: int) -> Fit:
        if not isinstance(value, str):
            return _MISFIT
        try:
            UUID(value)
        except ValueError:
            return _MISFIT
        return _PERFECT

    def encode(self, value: Any) -> Any:
        return str(value) if isinstance(value, UUID) else value

    def owns(self, value: object) -> bool:
        return isinstance(value, UUID)


UUID_: Spec = _UUIDSpec()

_UTC = dt.UTC


def _from_epoch(value: float) -> dt.datetime:
    seconds = value / 1000 if abs(value) > 1e11 else value
    return dt.datetime.fromtimestamp(seconds, _UTC)


def _dateutil_parse(text: str) -> dt.datetime | None:
    """What dateutil reads in `text` (None for blank text, which it would read as today)."""
    if not text.strip():
        return None
    from dateutil import parser  # only for the forms datetime.fromisoformat cannot read

    try:
        return parser.parse(text)
    except (ValueError, OverflowError, parser.ParserError):
        return None


class _DateTimeSpec(Spec):
    name = "date-time"

    def accepts(self, value: object) -> bool:
        return isinstance(value, str) or _is_number(value)

    def decode(self, value: Any, ctx: Decoding) -> Any:
        if value.__class__ is str:
            try:
                parsed = dt.datetime.fromisoformat(value)
            except ValueError:
                parsed = None
            if parsed is not None:
                if len(value) <= 10:  # "2024-03-01": fromisoformat reads a date as midnight
                    ctx.off("form", "date-time (a date was sent: midnight UTC)", value)
                elif parsed.tzinfo is None:
                    ctx.off("form", "date-time with an offset (none sent: UTC assumed)", value)
                else:
                    return parsed
                return parsed.replace(tzinfo=_UTC) if parsed.tzinfo is None else parsed
            other = _dateutil_parse(value)
            if other is None:
                ctx.off("format", self.name, value)
                return value
            ctx.off("form", "ISO 8601 date-time (another form was sent)", value)
            return other if other.tzinfo is not None else other.replace(tzinfo=_UTC)
        if _is_number(value):
            try:
                converted = _from_epoch(value)
            except (OverflowError, OSError, ValueError):
                ctx.off("format", self.name, value)
                return value
            ctx.off("form", "ISO 8601 date-time (a number was sent: Unix time)", value)
            return converted
        ctx.off("type", self.name, value)
        return value

    def encode(self, value: Any) -> Any:
        return value.isoformat() if isinstance(value, dt.datetime) else value

    def owns(self, value: object) -> bool:
        return isinstance(value, dt.datetime)


_fromisoformat = dt.datetime.fromisoformat


DATETIME: Spec = _DateTimeSpec()


class _DateSpec(Spec):
    name = "date"

    def accepts(self, value: object) -> bool:
        return isinstance(value, str)

    def decode(self, value: Any, ctx: Decoding) -> Any:
        if value.__class__ is not str:
            ctx.off("type", self.name, value)
            return value
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
        moment: dt.datetime | None
        try:
            moment = dt.datetime.fromisoformat(value)
        except ValueError:
            moment = _dateutil_parse(value)
        if moment is None:
            ctx.off("format", self.name, value)
            return value
        ctx.off("form", "date (a date-time or another form was sent)", value)
        return moment.date()

    def encode(self, value: Any) -> Any:
        return value.isoformat() if isinstance(value, dt.date) else value

    def owns(self, value: object) -> bool:
        return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


DATE: Spec = _DateSpec()


class _FileSpec(Spec):
    """A binary field: in a JSON body it can only be a string; in a request, a File."""

    name = "file"

    def encode(self, value: Any) -> Any:
        return value

    def owns(self, value: object) -> bool:
        return hasattr(value, "to_tuple")


FILE: Spec = _FileSpec()


class EnumSpec(Spec):
    """A Literal enum: the listed values; others are kept and reported (a newer server's)."""

    def __init__(self, name: str, values: Iterable[object]) -> None:
        self.name = name
        self.values = tuple(values)
        self._set = frozenset((type(v), v) for v in self.values)

    def _listed(self, value: object) -> bool:
        try:
            return (type(value), value) in self._set
        except TypeError:  # unhashable: a list or dict is no enum value
            return False

    def accepts(self, value: object) -> bool:
        return isinstance(value, str | int | float) and not isinstance(value, bool)

    def decode(self, value: Any, ctx: Decoding) -> Any:
        if not self._listed(value):
            ctx.off("enum" if self.accepts(value) else "type", self.name, value)
        return value

    def fit(self, value: Any, depth: int) -> Fit:
        return _PERFECT if self._listed(value) else _MISFIT

    def owns(self, value: object) -> bool:
        return self._listed(value)


class ConstSpec(Spec):
    def __init__(self, value: object) -> None:
        self.value = value
        self.name = f"const {value!r}"

    def decode(self, value: Any, ctx: Decoding) -> Any:
        if value != self.value or type(value) is not type(self.value):
            ctx.off("const", self.name, value)
        return value

    def fit(self, value: Any, depth: int) -> Fit:
        return _PERFECT if value == self.value else _MISFIT

    def owns(self, value: object) -> bool:
        return value == self.value


class ListSpec(Spec):
    def __init__(self, items: Spec) -> None:
        self.items = items
        self.name = f"list[{items.name}]"
        exact = items.exact
        if exact is not None:

            def fast(value: Any) -> Any:
                if value.__class__ is list and all(item.__class__ is exact for item in value):
                    return value
                return MISS

            self.fast = fast

    def accepts(self, value: object) -> bool:
        return value.__class__ is list

    def decode(self, value: Any, ctx: Decoding) -> Any:
        if value.__class__ is not list:
            ctx.off("type", self.name, value)
            return value
        items = self.items
        exact = items.exact
        if exact is not None and all(item.__class__ is exact for item in value):
            return value
        out = []
        stack = ctx.stack
        for index, item in enumerate(value):
            if item.__class__ is exact:
                out.append(item)
                continue
            stack.append(index)
            out.append(_decode_value(items, item, ctx))
            stack.pop()
        return out

    def fit(self, value: Any, depth: int) -> Fit:
        if value.__class__ is not list:
            return _MISFIT
        if depth <= 0 or not value:
            return _PERFECT
        violations = matched = extras = absent = 0
        for item in value[:3]:  # a few items say enough about the arm
            sub = self.items.fit(item, depth - 1)
            violations, matched, extras = violations + sub[0], matched + sub[1], extras + sub[2]
            absent += sub[3]
        return (violations, matched, extras, absent)

    def encode(self, value: Any) -> Any:
        if value.__class__ is not list:
            return value
        return [self.items.encode(item) if item is not None else None for item in value]

    def empty(self) -> Any:
        return []

    def owns(self, value: object) -> bool:
        return isinstance(value, list)


class DictSpec(Spec):
    """An object of arbitrary keys whose values all have one spec (additionalProperties)."""

    def __init__(self, values: Spec) -> None:
        self.values = values
        self.name = f"dict[str, {values.name}]"

    def accepts(self, value: object) -> bool:
        return isinstance(value, dict)

    def decode(self, value: Any, ctx: Decoding) -> Any:
        if not isinstance(value, dict):
            ctx.off("type", self.name, value)
            return value
        out = {}
        for key, item in value.items():
            ctx.stack.append(key)
            out[key] = _decode_value(self.values, item, ctx)
            ctx.stack.pop()
        return out

    def encode(self, value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        return {k: self.values.encode(v) if v is not None else None for k, v in value.items()}


@dataclass(frozen=True, slots=True)
class Field:
    """One declared field of a model: its JSON key, attribute, spec and whether it is required."""

    key: str
    attr: str
    spec: Spec
    required: bool = False


class _Plan:
    """A model's fields, ready for decoding: `decode(data, ctx)` is compiled for them."""

    __slots__ = ("cls", "decode", "extra", "fields", "keys", "name", "rows")

    def __init__(self, cls: type, fields: tuple[Field, ...], extra: Spec | None) -> None:
        self.cls = cls
        self.name = cls.__name__
        self.fields = fields
        self.keys = frozenset(f.key for f in fields)
        self.extra = extra  # the spec of undeclared keys' values; None: the model allows none
        # (key, attribute, spec, required, the class needing no conversion)
        self.rows = tuple((f.key, f.attr, f.spec, f.required, f.spec.exact) for f in fields)
        self.decode: Callable[[dict[str, Any], Decoding], Any] = _compile(self)


class _Model(Protocol):
    """What a generated model has for us (templates/model.py.jinja): its fields, as data.

    `_esper_fields()` returns the declared fields and the spec of undeclared keys' values
    (None when the model allows none); it runs once, on first use, so that the nested model
    classes it names are imported only then.
    """

    @staticmethod
    def _esper_fields() -> tuple[tuple[Field, ...], Spec | None]: ...


class ModelSpec(Spec):
    """A generated attrs model; its fields come from its `_esper_fields()`, read once.

    (Defined before _compile refers to it; plans are built on first use, so a model whose
    fields name itself, or one another, works.)
    """

    def __init__(self, cls: type[_Model]) -> None:
        self.cls = cls
        self.name = cls.__name__
        self._plan: _Plan | None = None

    @property
    def plan(self) -> _Plan:
        plan = self._plan
        if plan is None:
            fields, extra = self.cls._esper_fields()
            plan = self._plan = _Plan(self.cls, fields, extra)
        return plan

    def accepts(self, value: object) -> bool:
        return isinstance(value, dict)

    def decode(self, value: Any, ctx: Decoding) -> Any:
        if value.__class__ is not dict:
            if not isinstance(value, Mapping):
                ctx.off("type", self.name, value)
                return value
            value = dict(value)
        return self.plan.decode(value, ctx)

    def fit(self, value: Any, depth: int) -> Fit:
        if not isinstance(value, dict):
            return _MISFIT
        plan = self.plan
        violations = matched = present = extras = absent = 0
        for key, _, spec, required, _ in plan.rows:
            if key in value:
                present += 1
                matched += 1
                item = value[key]
                if item is None:
                    violations += 0 if spec.nullable else 1
                elif depth > 0:
                    sub = spec.fit(item, depth - 1)
                    violations, matched = violations + sub[0], matched + sub[1]
                    extras, absent = extras + sub[2], absent + sub[3]
            elif required:
                violations += 1
            else:
                absent += 1
        undeclared = len(value) - present
        if undeclared and plan.extra is None:
            violations += undeclared
        return (violations, matched, extras + undeclared, absent)

    def encode(self, value: Any) -> Any:
        to_dict = getattr(value, "to_dict", None)
        return to_dict() if callable(to_dict) else value

    def empty(self) -> Any:
        return self.cls(**{f.attr: UNSET for f in self.plan.fields})

    def owns(self, value: object) -> bool:
        return isinstance(value, self.cls)


def _at(ctx: Decoding, spec: Spec, key: str, value: Any, model_name: str) -> Any:
    """A field whose value needs more than the fast check: converted, or reported."""
    stack = ctx.stack
    outer = ctx.model
    ctx.model = model_name
    stack.append(key)
    value = _decode_value(spec, value, ctx)
    stack.pop()
    ctx.model = outer
    return value


def _missing(ctx: Decoding, spec: Spec, key: str, model_name: str) -> None:
    outer = ctx.model
    ctx.model = model_name
    ctx.stack.append(key)
    ctx.off("missing", spec.name, UNSET)
    ctx.stack.pop()
    ctx.model = outer


def _undeclared(plan: _Plan, obj: Any, data: dict[str, Any], ctx: Decoding) -> None:
    """Keys the model does not declare: reported, or checked against their spec and kept in
    additional_properties (untyped ones, the usual case, are kept by the compiled decoder)."""
    keys = plan.keys
    undeclared = {k: v for k, v in data.items() if k not in keys}
    extra = plan.extra
    stack = ctx.stack
    outer = ctx.model
    ctx.model = plan.name
    try:
        for key, value in undeclared.items():
            stack.append(key)
            if extra is None:
                ctx.off("extra", "no such field", value)
            else:
                undeclared[key] = _decode_value(extra, value, ctx)
            stack.pop()
    finally:
        ctx.model = outer
    if extra is not None:
        obj.additional_properties = undeclared


_SCALARS = frozenset({str, int, float, bool})


def _compile(plan: _Plan) -> Callable[[dict[str, Any], Decoding], Any]:
    """A decoder specialised to one model: the loop over its fields, unrolled.

    Each field costs a dict lookup and a class check when its value needs no conversion; any
    other value goes through its spec (`_at`), the one place where values are checked. A
    generic loop over the fields was twice as slow on a 1,000-device page (bench/README.md).
    """
    env: dict[str, Any] = {
        "U": UNSET,
        "NAME": plan.name,
        "cls": plan.cls,
        "KEYS": plan.keys,
        "PLAN": plan,
        "SCALARS": _SCALARS,
        "MISS": MISS,
        "UUID": UUID,
        "FROMISO": _fromisoformat,
        "at": _at,
        "missing": _missing,
        "undeclared": _undeclared,
    }
    lines = ["def decode(data, ctx):", "    get = data.get"]
    for i, (key, _, spec, required, exact) in enumerate(plan.rows):
        env[f"S{i}"] = spec
        v, k = f"v{i}", repr(key)
        lines.append(f"    {v} = get({k}, U)")
        absent = f"missing(ctx, S{i}, {k}, NAME)" if required else "pass"
        slow = f"{v} = at(ctx, S{i}, {k}, {v}, NAME)"
        # A nullable field is its inner spec with None let through as it is.
        base = spec.inner if isinstance(spec, _Nullable) else spec
        null = f"    elif {v} is None: pass" if spec.nullable else None
        if exact is not None or isinstance(base, EnumSpec):
            if exact is not None:
                env[f"E{i}"] = exact
                fits = f"{v}.__class__ is E{i}"
            else:
                env[f"T{i}"] = base._set  # type: ignore[attr-defined]
                fits = f"{v}.__class__ in SCALARS and ({v}.__class__, {v}) in T{i}"
            if spec.nullable:
                fits += f" or {v} is None"
            lines += [
                f"    if not ({fits}):",
                f"        if {v} is U: {absent}",
                f"        else: {slow}",
            ]
            continue
        if isinstance(base, ModelSpec):
            # Nested objects: straight to the compiled decoder, with the key on the path.
            env[f"M{i}"] = base
            lines += [
                f"    if {v}.__class__ is dict:",
                f"        ctx.stack.append({k})",
                f"        {v} = M{i}.plan.decode({v}, ctx)",
                "        ctx.stack.pop()",
            ]
        elif base is UUID_:  # inline: a call less per id (the conversion is the same)
            lines += [
                f"    if {v}.__class__ is str:",
                f"        try: {v} = UUID({v})",
                f"        except ValueError: {slow}",
            ]
        elif base is DATETIME:  # inline: aware ISO 8601 is the common case
            lines += [
                f"    if {v}.__class__ is str and len({v}) > 10:",
                f"        try: r = FROMISO({v})",
                "        except ValueError: r = None",
                f"        if r is None or r.tzinfo is None: {slow}",
                f"        else: {v} = r",
            ]
        elif base.fast is not None:
            env[f"F{i}"] = base.fast
            lines += [
                f"    if {v} is not U and (r := F{i}({v})) is not MISS:",
                f"        {v} = r",
            ]
        else:
            lines += [f"    if {v} is U: {absent}", f"    else: {slow}"]
            continue
        if null:
            lines.append(null)
        lines += [f"    elif {v} is U: {absent}", f"    else: {slow}"]
    arguments = ", ".join(f"{attr}=v{i}" for i, (_, attr, *_) in enumerate(plan.rows))
    lines.append(f"    obj = cls({arguments})")
    if plan.extra is ANY:  # the usual case, inline: keep what the model does not declare
        lines += [
            "    if not data.keys() <= KEYS:",
            "        obj.additional_properties = (",
            "            dict(data) if KEYS.isdisjoint(data)",
            "            else {k: x for k, x in data.items() if k not in KEYS}",
            "        )",
        ]
    else:
        lines.append("    if not data.keys() <= KEYS: undeclared(PLAN, obj, data, ctx)")
    lines.append("    return obj")
    source = "\n".join(lines) + "\n"
    filename = f"<esper_client decoder of {plan.name}>"
    import linecache

    linecache.cache[filename] = (len(source), None, source.splitlines(True), filename)
    exec(compile(source, filename, "exec"), env)
    decode: Callable[[dict[str, Any], Decoding], Any] = env["decode"]
    return decode


class UnionSpec(Spec):
    """oneOf/anyOf: decodes with the arm that fits best (see the module docstring)."""

    arms: list[Spec]

    def __init__(
        self, arms: Sequence[Spec], discriminator: tuple[str, Mapping[object, Spec]] | None = None
    ) -> None:
        flat: list[Spec] = []
        for arm in arms:
            flat.extend(arm.arms if isinstance(arm, UnionSpec) else [arm])
            self.nullable = self.nullable or arm.nullable
        self.arms = [arm for arm in flat if arm is not NONE]
        self.discriminator = discriminator
        self.name = " | ".join(arm.name for arm in self.arms) or "null"
        self.exact = self.arms[0].exact if len(self.arms) == 1 else None

    def accepts(self, value: object) -> bool:
        return (value is None and self.nullable) or any(a.accepts(value) for a in self.arms)

    def choose(self, value: Any, ctx: Decoding | None) -> Spec | None:
        """The arm to decode `value` with (None: no arm takes its JSON type)."""
        candidates = [arm for arm in self.arms if arm.accepts(value)]
        if len(candidates) <= 1:
            return candidates[0] if candidates else None
        if self.discriminator is not None and isinstance(value, dict):
            prop, mapping = self.discriminator
            if prop in value:
                try:
                    chosen = mapping.get(value[prop])
                except TypeError:
                    chosen = None
                if chosen is not None:
                    return chosen
                if ctx is not None:
                    ctx.stack.append(prop)
                    ctx.off("discriminator", " | ".join(map(repr, mapping)), value[prop])
                    ctx.stack.pop()
        ranked = sorted(
            ((self._rank(arm.fit(value, 3)), -i, arm) for i, arm in enumerate(candidates)),
            key=lambda r: (r[0], r[1]),
            reverse=True,
        )
        best, runner_up = ranked[0], ranked[1]
        if best[0][1] == 0:  # nothing declared by any arm is present: no evidence at all
            best = max(ranked, key=lambda r: r[1])  # the first arm in declaration order
        elif best[0] != runner_up[0]:
            return best[2]
        if ctx is not None:
            ctx.off("ambiguous", self.name, value)
        return best[2]

    @staticmethod
    def _rank(fit: Fit) -> tuple[int, int, int, int]:
        violations, matched, extras, absent = fit
        return (-violations, matched, -extras, -absent)

    def decode(self, value: Any, ctx: Decoding) -> Any:
        arm = self.choose(value, ctx)
        if arm is None:
            ctx.off("type", self.name, value)
            return value
        return _decode_value(arm, value, ctx)

    def fit(self, value: Any, depth: int) -> Fit:
        if value is None and self.nullable:
            return _PERFECT
        fits = [arm.fit(value, depth) for arm in self.arms if arm.accepts(value)]
        return max(fits, key=self._rank) if fits else _MISFIT

    def encode(self, value: Any) -> Any:
        for arm in self.arms:
            if arm.owns(value):
                return arm.encode(value)
        return _encode_any(value)

    def owns(self, value: object) -> bool:
        return any(arm.owns(value) for arm in self.arms)

    def empty(self) -> Any:
        return self.arms[0].empty() if len(self.arms) == 1 else None


def _encode_any(value: Any) -> Any:
    to_dict = getattr(value, "to_dict", None)
    if callable(to_dict):
        return to_dict()
    if isinstance(value, list | tuple):
        return [_encode_any(v) for v in value]
    if isinstance(value, dict):
        return {k: _encode_any(v) for k, v in value.items()}
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


# --------------------------------------------------------------------- spec constructors

_model_specs: dict[type, ModelSpec] = {}


def model(cls: type) -> ModelSpec:
    """The spec of a generated model class (one per class)."""
    spec = _model_specs.get(cls)
    if spec is None:
        spec = _model_specs.setdefault(cls, ModelSpec(cls))
    return spec


def enum(name: str, values: Iterable[object]) -> EnumSpec:
    return EnumSpec(name, values)


def const(value: object) -> ConstSpec:
    return ConstSpec(value)


def list_of(items: Spec) -> ListSpec:
    return ListSpec(items)


def dict_of(values: Spec) -> DictSpec:
    return DictSpec(values)


def union(*arms: Spec, discriminator: tuple[str, Mapping[object, Spec]] | None = None) -> Spec:
    spec = UnionSpec(arms, discriminator)
    if len(spec.arms) == 1 and discriminator is None:
        return _nullable(spec.arms[0]) if spec.nullable else spec.arms[0]
    return spec


class _Nullable(Spec):
    nullable = True

    def __init__(self, inner: Spec) -> None:
        self.inner = inner
        self.name = f"{inner.name} | null"
        self.exact = inner.exact

    def accepts(self, value: object) -> bool:
        return value is None or self.inner.accepts(value)

    def decode(self, value: Any, ctx: Decoding) -> Any:
        return self.inner.decode(value, ctx)

    def fit(self, value: Any, depth: int) -> Fit:
        return _PERFECT if value is None else self.inner.fit(value, depth)

    def encode(self, value: Any) -> Any:
        return self.inner.encode(value)

    def owns(self, value: object) -> bool:
        return value is None or self.inner.owns(value)

    def empty(self) -> Any:
        return self.inner.empty()


def _nullable(spec: Spec) -> Spec:
    return spec if spec.nullable else _Nullable(spec)


# --------------------------------------------------------------------- models in and out


def spec_of(cls: type) -> ModelSpec:
    if not hasattr(cls, "_esper_fields"):
        raise TypeError(f"{cls.__name__} is not a generated model (no _esper_fields)")
    return model(cls)


def decode_one(spec: Spec, data: Any, strict: bool | None = None) -> Any:
    """One value decoded against `spec` outside a response (deviations attached, as ever)."""
    ctx = Decoding(strict_default() if strict is None else strict)
    value = _decode_value(spec, data, ctx)
    attach_found(value, ctx.found)
    return value


def decode_model_dict(cls: type[T], data: Mapping[str, Any], strict: bool | None = None) -> T:
    """`cls.from_dict(data)`: decode one model outside a response (deviations attached)."""
    spec = spec_of(cls)
    if not isinstance(data, Mapping):
        raise TypeError(f"{cls.__name__}.from_dict needs a mapping, got {type(data).__name__}")
    result: T = decode_one(spec, dict(data), strict)
    return result


def encode_model(obj: object) -> dict[str, Any]:
    """`obj.to_dict()`: the JSON object of a model; values that never fit are sent as they are."""
    plan = spec_of(type(obj)).plan
    unset = UNSET
    out: dict[str, Any] = {}
    extra = plan.extra
    if extra is not None:
        for key, value in getattr(obj, "additional_properties", {}).items():
            out[key] = None if value is None else extra.encode(value)
    for key, attr, spec, _, _ in plan.rows:
        value = getattr(obj, attr)
        if value is not unset:
            out[key] = None if value is None else spec.encode(value)
    return out


FilePart = tuple[str | None, Any, str | None]


def _parts(name: str, spec: Spec, value: Any) -> Iterator[tuple[str, FilePart]]:
    """The multipart parts of one field: text as text, files as files, structures as JSON."""
    import json

    if value is None or value is UNSET:
        return  # multipart has no null: the field is left out
    to_tuple = getattr(value, "to_tuple", None)
    if callable(to_tuple):
        yield name, to_tuple()
    elif isinstance(value, bool):
        yield name, (None, b"true" if value else b"false", "text/plain")
    elif isinstance(value, str | int | float | UUID):
        yield name, (None, str(value).encode(), "text/plain")
    elif isinstance(value, dt.date):
        yield name, (None, value.isoformat().encode(), "text/plain")
    elif isinstance(value, list) and isinstance(spec, ListSpec):
        for item in value:
            yield from _parts(name, spec.items, item)
    else:
        body = json.dumps(spec.encode(value)).encode()
        yield name, (None, body, "application/json")


def multipart_model(obj: object) -> list[tuple[str, FilePart]]:
    """`obj.to_multipart()`: the form parts of a request body model, in field order."""
    plan = spec_of(type(obj)).plan
    unset = UNSET
    out: list[tuple[str, FilePart]] = []
    for key, attr, spec, _, _ in plan.rows:
        value = getattr(obj, attr)
        if value is not unset:
            out.extend(_parts(key, spec, value))
    for key, value in getattr(obj, "additional_properties", {}).items():
        out.extend(_parts(key, plan.extra or ANY, value))
    return out
