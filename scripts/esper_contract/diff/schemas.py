"""Schema rules: what changed inside two schemas, seen from the side that uses them.

A request schema is what callers send (narrowing it breaks them), a response schema is
what they read (widening it breaks them). Results are relative (Rel) and memoized per
resolved pair of schemas, so a shared component is compared once.
"""

from __future__ import annotations

from typing import Any

from .. import normalize as norm
from ..names import SCHEMA_PREFIX
from .kinds import REQUEST, RESPONSE
from .model import Rel, show, values
from .view import Contract, covers, enum_values

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


# A resolved schema pair on one side: (old schema id, new schema id, nullable, nullable, side).
_Key = tuple[int, int, bool, bool, str]


class SchemaDiff:
    """Compares schema pairs on one side, memoized per resolved pair, cycles cut."""

    def __init__(self, old: Contract, new: Contract, unchanged: set[str] | None = None) -> None:
        self.old = old
        self.new = new
        # Component schemas equal on both sides, with everything they reach.
        self.unchanged = unchanged or set()
        self._memo: dict[_Key, list[Rel]] = {}
        # The pairs being compared, outermost first, each with the pairs further up
        # whose comparison it cut short (a cycle): its result is partial until those end.
        self._stack: list[tuple[_Key, set[_Key]]] = []

    def compare(self, old_node: Any, new_node: Any, side: str) -> list[Rel]:
        ref = old_node.get("$ref") if isinstance(old_node, dict) else None
        if (
            isinstance(ref, str)
            and old_node == new_node
            and len(old_node) == 1
            and ref.startswith(SCHEMA_PREFIX)
            and ref[len(SCHEMA_PREFIX) :] in self.unchanged
        ):
            return []  # the same component, unchanged with all it reaches
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
    ) -> list[Rel]:
        if old == new or not (self.old.is_model(so) and self.new.is_model(sn)):
            return []
        was = f"`{old}`" if old else "an inline model"
        now = f"model `{new}`" if new else "an inline model"
        if side == REQUEST:
            return [
                Rel(
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
        return [Rel("model-replaced", "", f"now returns {now} instead of {was}", old is None, note)]

    def _compare_resolved(
        self, old_node: Any, so: dict[str, Any], new_node: Any, sn: dict[str, Any], side: str
    ) -> list[Rel]:
        out: list[Rel] = []
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

    def _types(self, old_node: Any, new_node: Any, side: str) -> list[Rel]:
        old, new = self.old.types(old_node), self.new.types(new_node)
        if old == new:
            return []
        was, now = " | ".join(sorted(old)), " | ".join(sorted(new))
        if side == REQUEST and covers(new, old):
            return [
                Rel("property-type-changed", "", f"type widened from `{was}` to `{now}`", False)
            ]
        if side == RESPONSE and covers(old, new):
            return [
                Rel("property-type-changed", "", f"type narrowed from `{was}` to `{now}`", False)
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
            Rel("property-type-changed", "", f"type changed from `{was}` to `{now}`", True, note)
        ]

    def _enums(self, so: dict[str, Any], sn: dict[str, Any], side: str) -> list[Rel]:
        old, new = enum_values(so), enum_values(sn)
        if old is None and new is None:
            return []
        if old is None:
            assert new is not None
            msg = f"now restricted to the values {values(new)}"
            if side == REQUEST:
                return [
                    Rel("enum-restricted", "", msg, True, "other values are no longer accepted")
                ]
            return [Rel("enum-restricted", "", msg, False)]
        if new is None:
            return [Rel("enum-lifted", "", "no longer restricted to listed values", False)]
        out: list[Rel] = []
        removed = [v for v in old if v not in new]
        added = [v for v in new if v not in old]
        if removed:
            msg = f"enum value{'s' if len(removed) > 1 else ''} {values(removed)} removed"
            if side == REQUEST:
                out.append(Rel("enum-value-removed", "", msg, True, "callers sending it fail"))
            else:
                out.append(
                    Rel("enum-value-removed", "", msg, False, "the server no longer sends it")
                )
        if added:
            msg = f"enum value{'s' if len(added) > 1 else ''} {values(added)} added"
            note = (
                ""
                if side == REQUEST
                else ("our Literal enums keep values they do not list, so reading it does not fail")
            )
            out.append(Rel("enum-value-added", "", msg, False, note))
        return out

    def _scalars(self, so: dict[str, Any], sn: dict[str, Any], side: str) -> list[Rel]:
        out: list[Rel] = []
        if so.get("default") != sn.get("default") or ("default" in so) != ("default" in sn):
            if "default" not in sn:
                msg = f"default `{show(so['default'])}` removed"
            elif "default" not in so:
                msg = f"default `{show(sn['default'])}` added"
            else:
                msg = f"default changed from `{show(so['default'])}` to `{show(sn['default'])}`"
            out.append(Rel("default-changed", "", msg, False))  # the emitter adds the note
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
            msg = f"`{key}` changed from `{show(was)}` to `{show(now)}`"
            breaking = side == REQUEST and tighter
            note = "values callers send may be rejected" if breaking else ""
            out.append(Rel("constraint-changed", "", msg, breaking, note))
        if bool(so.get("deprecated")) != bool(sn.get("deprecated")):
            msg = "deprecated" if sn.get("deprecated") else "no longer deprecated"
            out.append(Rel("deprecated", "", msg, False))
        return out

    def _properties(self, so: dict[str, Any], sn: dict[str, Any], side: str) -> list[Rel]:
        old_props, old_req = self.old.properties(so)
        new_props, new_req = self.new.properties(sn)
        out: list[Rel] = []
        for name in sorted(old_props.keys() | new_props.keys()):
            path = f".{name}"
            if name not in new_props:
                note = (
                    f"the model argument `{norm.snake(name)}` is gone"
                    if side == REQUEST
                    else f"the attribute `{norm.snake(name)}` is gone"
                )
                out.append(Rel(f"{side}-property-removed", path, "removed", True, note))
                continue
            if name not in old_props:
                if side == RESPONSE:
                    out.append(Rel("response-property-added", path, "added", False))
                elif name in new_req:
                    out.append(
                        Rel(
                            "request-property-added-required",
                            path,
                            "added, required",
                            True,
                            "callers must now pass it",
                        )
                    )
                else:
                    out.append(
                        Rel("request-property-added-optional", path, "added, optional", False)
                    )
                continue
            if (name in old_req) != (name in new_req):
                became = "required" if name in new_req else "optional"
                breaking = (became == "required") == (side == REQUEST)
                note = ""
                if breaking:
                    note = "callers must now pass it" if side == REQUEST else "it may now be UNSET"
                out.append(
                    Rel(
                        f"{side}-property-became-{became}", path, f"became {became}", breaking, note
                    )
                )
            out.extend(r.under(path) for r in self.compare(old_props[name], new_props[name], side))
        return out
