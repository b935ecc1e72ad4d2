"""Operation rules: pairing the operations of two contracts and comparing each pair.

Operations pair by method and path, else by function name, else by path shape, so a
moved or renamed endpoint is one change, not a removal and an addition. Model classes
are compared here too (they are module-level names, like functions).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from typing import Any

from .. import normalize as norm
from ..names import PARAMETER_PREFIX, SCHEMA_PREFIX, UPSTREAM_NAME, upstream_name
from .kinds import MODEL, OPERATION, REQUEST, RESPONSE
from .model import (
    JSON_MEDIA,
    MODELS_GROUP,
    Change,
    DiffResult,
    Rel,
    Root,
    values,
)
from .schemas import SchemaDiff
from .view import Contract

_PATH_PARAM = re.compile(r"\{([^}]+)\}")


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


def _operations(contract: Contract) -> dict[tuple[str, str], _Op]:
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


def _parameters(contract: Contract, raw: Any) -> dict[tuple[str, str], dict[str, Any]]:
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


class Differ:
    """Walks two normalized contracts and collects every Change."""

    def __init__(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.old = Contract(old)
        self.new = Contract(new)
        self.unchanged = unchanged_schemas(self.old, self.new)
        self.schemas = SchemaDiff(self.old, self.new, self.unchanged)
        self.changes: list[Change] = []
        # What every operation also depends on: when it is the same on both sides, an
        # operation equal on both sides whose schemas are unchanged has no change.
        self._same_context = old.get("security") == new.get("security") and all(
            (old.get("components") or {}).get(key) == (new.get("components") or {}).get(key)
            for key in ("parameters", "securitySchemes")
        )

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
        for change in sorted(self.changes, key=change_order):
            (result.breaking if change.breaking else result.non_breaking).append(change)
        return result

    def _op_change(
        self, op: _Op, kind: str, side: str, location: str, detail: str, breaking: bool
    ) -> None:
        self.changes.append(Change(kind, op.label, location, detail, side, op.tag, breaking))

    def _emit(self, op: _Op, root: Root, side: str, rels: Iterable[Rel]) -> None:
        for rel in rels:
            kind = rel.kind
            if root.parameter and not rel.path and kind == "property-type-changed":
                kind = "parameter-type-changed"
            if kind == "default-changed" and side == REQUEST:
                rel = replace(rel, note=_default_note(root, rel))
            location = root.location + rel.path
            self._op_change(op, kind, side, location, root.detail(rel), rel.breaking)

    def _operation(self, old: _Op, new: _Op) -> None:
        if (
            self._same_context
            and (old.method, old.path) == (new.method, new.path)
            and old.node == new.node
            and old.params == new.params
            and schema_refs([old.node, list(old.params.values())]) <= self.unchanged
        ):
            return  # the same operation over the same schemas: nothing to find
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
                f"path parameters reordered from {values(old_order)} to "
                f"{values(new_order)}; they are positional arguments",
                True,
            )
        for key in sorted(old.params.keys() | new.params.keys()):
            where, name = key
            arg = norm.snake(name)
            root = Root(
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
                    [Rel("parameter-removed", "", "removed", True, f"calls passing `{arg}` fail")],
                )
                continue
            if was is None:
                if now.get("required"):
                    rel = Rel(
                        "parameter-added-required",
                        "",
                        "added, required",
                        True,
                        f"every call must now pass `{arg}`",
                    )
                else:
                    rel = Rel("parameter-added-optional", "", "added, optional", False)
                self._emit(new, root, REQUEST, [rel])
                continue
            rels: list[Rel] = []
            if bool(was.get("required")) != bool(now.get("required")):
                if now.get("required"):
                    rels.append(
                        Rel(
                            "parameter-became-required",
                            "",
                            "became required",
                            True,
                            f"every call must now pass `{arg}`",
                        )
                    )
                else:
                    rels.append(Rel("parameter-became-optional", "", "became optional", False))
            if bool(was.get("deprecated")) != bool(now.get("deprecated")):
                msg = "deprecated" if now.get("deprecated") else "no longer deprecated"
                rels.append(Rel("deprecated", "", msg, False))
            rels.extend(self.schemas.compare(was.get("schema", {}), now.get("schema", {}), REQUEST))
            self._emit(new, root, REQUEST, rels)

    def _request_body(self, old: _Op, new: _Op) -> None:
        was, now = old.node.get("requestBody"), new.node.get("requestBody")
        if not isinstance(was, dict) and not isinstance(now, dict):
            return
        root = Root("request body", "request body", "", "request body")
        if not isinstance(was, dict):
            assert isinstance(now, dict)
            if now.get("required"):
                rel = Rel(
                    "request-body-added-required",
                    "",
                    "added, required",
                    True,
                    "every call must now pass `body`",
                )
            else:
                rel = Rel("request-body-added-optional", "", "added, optional", False)
            self._emit(new, root, REQUEST, [rel])
            return
        if not isinstance(now, dict):
            self._emit(
                new,
                root,
                REQUEST,
                [Rel("request-body-removed", "", "removed", True, "the `body` argument is gone")],
            )
            return
        if bool(was.get("required")) != bool(now.get("required")):
            if now.get("required"):
                rel = Rel(
                    "request-body-became-required",
                    "",
                    "became required",
                    True,
                    "every call must now pass `body`",
                )
            else:
                rel = Rel("request-body-became-optional", "", "became optional", False)
            self._emit(new, root, REQUEST, [rel])
        self._content(new, root, REQUEST, was.get("content") or {}, now.get("content") or {})

    def _responses(self, old: _Op, new: _Op) -> None:
        was = old.node.get("responses") or {}
        now = new.node.get("responses") or {}
        for status in sorted(set(was) | set(now), key=str):
            root = Root(f"response {status}", f"response {status} body", "", f"response {status}")
            status_root = Root(f"response {status}", f"response {status}", "", f"response {status}")
            if status not in now:
                self._emit(
                    new,
                    status_root,
                    RESPONSE,
                    [
                        Rel(
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
                    new, status_root, RESPONSE, [Rel("response-status-added", "", "added", False)]
                )
                continue
            old_content = was[status].get("content") or {}
            new_content = now[status].get("content") or {}
            if old_content and not new_content:
                self._emit(
                    new,
                    root,
                    RESPONSE,
                    [Rel("response-body-removed", "", "removed", True, "`parsed` is now None")],
                )
            elif new_content and not old_content:
                self._emit(new, root, RESPONSE, [Rel("response-body-added", "", "added", False)])
            else:
                self._content(new, root, RESPONSE, old_content, new_content)

    def _content(
        self, op: _Op, root: Root, side: str, was: dict[str, Any], now: dict[str, Any]
    ) -> None:
        for media in sorted(set(was) - set(now)):
            note = "callers can no longer send it" if side == REQUEST else "it is no longer parsed"
            self._emit(
                op,
                root,
                side,
                [
                    Rel(
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
                [Rel(f"{side}-media-type-added", "", f"media type `{media}` added", False)],
            )
        if len(was) == 1 and len(now) == 1:
            pairs = [(next(iter(was)), next(iter(now)), root)]
        else:
            pairs = []
            for media in sorted(set(was) & set(now)):
                sub = root
                if media != JSON_MEDIA:
                    sub = Root(
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
        """Model classes that appeared, vanished, were renamed or now mean another schema.

        A schema is known by its upstream name (names.UPSTREAM_NAME, else its key), so a
        class the normalizer renamed is told apart from a class the upstream replaced.
        """
        old, new = _model_classes(self.old), _model_classes(self.new)
        old_owner = {cls: up for up, (cls, _) in old.items()}
        new_owner = {cls: up for up, (cls, _) in new.items()}
        for up in sorted(old.keys() & new.keys()):
            (was, _), (now, key) = old[up], new[up]
            if was != now:
                taker = new_owner.get(was)
                why = f"; `{was}` is now upstream schema `{taker}`" if taker else ""
                self._model_change(
                    "model-renamed",
                    key,
                    f"model `{was}` renamed `{now}` (upstream schema `{up}`{why}); imports "
                    f"of `{was}` and of classes named after it fail",
                    True,
                )
        removed = sorted(old.keys() - new.keys())
        added = sorted(new.keys() - old.keys())
        # The upstream renamed a schema: the same content under another key.
        renamed: dict[str, str] = {}
        new_texts = {other: _content(self.new.schemas[new[other][1]]) for other in added if removed}
        for up in removed:
            old_key = old[up][1]
            old_text = _content(self.old.schemas[old_key])
            for other in added:
                if other in new_texts:
                    new_key = new[other][1]
                    expected = old_text.replace(
                        json.dumps(SCHEMA_PREFIX + old_key), json.dumps(SCHEMA_PREFIX + new_key)
                    )
                    if expected == new_texts[other]:
                        renamed[up] = other
                        del new_texts[other]  # taken: one rename per new schema
                        break
        for up, other in renamed.items():
            (was, _), (now, key) = old[up], new[other]
            if was != now:
                self._model_change(
                    "model-renamed",
                    key,
                    f"model `{was}` renamed `{now}`; imports of `{was}` and of classes named "
                    "after it fail",
                    True,
                )
        for up in removed:
            if up in renamed:
                continue
            cls, key = old[up]
            if cls in new_owner:
                continue  # the class lives on for another upstream key: changes show where used
            self._model_change(
                "model-removed",
                key,
                f"model `{cls}` removed; imports of it and of classes named after it fail",
                True,
            )
        for up in added:
            if up in renamed.values():
                continue
            cls, key = new[up]
            owner = old_owner.get(cls)
            if owner is None:
                self._model_change("model-added", key, f"model `{cls}` added", False)
            elif owner in new:  # the schema that had the name lives on under another one
                self._model_change(
                    "model-name-reused",
                    key,
                    f"model `{cls}` now stands for upstream schema `{up}`, not `{owner}` "
                    f"(now `{new[owner][0]}`); code using `{cls}` gets another model",
                    True,
                )

    def _model_change(self, kind: str, key: str, detail: str, breaking: bool) -> None:
        location = f"components.schemas.{key}"
        self.changes.append(Change(kind, None, location, detail, MODEL, MODELS_GROUP, breaking))


_SCHEMA_REF = re.compile(r'"\$ref": ?"' + re.escape(SCHEMA_PREFIX) + r'((?:[^"\\]|\\.)*)"')


def schema_refs(node: Any) -> set[str]:
    """The component schema keys `node` refers to directly (JSON text is the fast walk)."""
    text = json.dumps(node, default=str)
    return {json.loads(f'"{key}"') for key in _SCHEMA_REF.findall(text)}


def unchanged_schemas(old: Contract, new: Contract) -> set[str]:
    """Keys of the schemas equal on both sides, and all they reach equal too."""
    equal = {
        key
        for key in old.schemas.keys() & new.schemas.keys()
        if old.schemas[key] == new.schemas[key]
    }
    refs = {key: schema_refs(old.schemas[key]) for key in equal}
    unchanged = set(equal)
    shrinking = True
    while shrinking:
        gone = {key for key in unchanged if not refs[key] <= unchanged}
        unchanged -= gone
        shrinking = bool(gone)
    return unchanged


def _model_classes(contract: Contract) -> dict[str, tuple[str, str]]:
    """Upstream name -> (class name, contract key) of every schema that becomes a class."""
    return {
        upstream_name(key, schema): (norm.class_name(key), key)
        for key, schema in contract.schemas.items()
        if isinstance(schema, dict) and (contract.is_model(schema) or "enum" in schema)
    }


def _content(schema: Any) -> str:
    """A schema as comparable text, without our record of its upstream name."""
    if isinstance(schema, dict):
        schema = {k: v for k, v in schema.items() if k != UPSTREAM_NAME}
    return json.dumps(schema, sort_keys=True, default=str)


def _default_note(root: Root, rel: Rel) -> str:
    """What a changed default of something callers send changes for them."""
    if root.parameter and not rel.path:
        return (
            "the client sends only the parameters a call passes, so calls that leave it "
            "out send nothing and only what the server does for them changes"
        )
    return "calls that leave it out now send another value (the model fills it in)"


def change_order(change: Change) -> tuple[Any, ...]:
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
