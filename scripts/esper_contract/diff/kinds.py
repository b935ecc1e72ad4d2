"""The one table of change kinds: where each occurs, when it breaks, what it means.

Every Change the differ makes names a kind from this table and is checked against it
(model.Change refuses a breaking flag its kind's rule does not allow), and the table in
docs/contract-diff.md is this table rendered (tests/diff/test_diff_kinds.py holds them
equal; `regenerate.py diff --list-kinds` prints it).
"""

from __future__ import annotations

from dataclasses import dataclass

# The sides a change is on: what a caller sends, what it reads, the operation itself
# (its function, module, security), or a model class.
REQUEST, RESPONSE, OPERATION, MODEL = "request", "response", "operation", "model"
SIDES = (OPERATION, REQUEST, RESPONSE, MODEL)

# A rule is True (always breaking), False (never), or the condition, in the docs' words,
# under which the differ calls it breaking.
Rule = bool | str


@dataclass(frozen=True)
class Kind:
    name: str
    rules: tuple[tuple[str, Rule], ...]  # (side, rule) for each side it occurs on
    doc: str = ""  # what it is, when the name does not say it all

    @property
    def sides(self) -> tuple[str, ...]:
        return tuple(side for side, _ in self.rules)

    def rule(self, side: str) -> Rule:
        for name, rule in self.rules:
            if name == side:
                return rule
        raise ValueError(f"change kind {self.name!r} does not occur on the {side} side")

    def allows(self, side: str, breaking: bool) -> bool:
        rule = self.rule(side)
        return isinstance(rule, str) or rule is breaking

    def row(self) -> str:
        """Its line of the docs table."""
        name = f"`{self.name}`" + (f" ({self.doc})" if self.doc else "")
        rules = " / ".join(
            rule if isinstance(rule, str) else ("yes" if rule else "no") for _, rule in self.rules
        )
        return f"| {name} | {' / '.join(self.sides)} | {rules} |"


def _kind(name: str, doc: str = "", **rules: Rule) -> Kind:
    unknown = set(rules) - set(SIDES)
    if unknown or not rules:
        raise ValueError(f"change kind {name!r}: sides must be among {SIDES}, not {unknown}")
    return Kind(name, tuple(rules.items()), doc)


YES, NO = True, False

KINDS: dict[str, Kind] = {
    kind.name: kind
    for kind in (
        # ------------------------------------------------------------ operations
        _kind("operation-removed", "its function is gone", operation=YES),
        _kind("operation-added", operation=NO),
        _kind(
            "operation-renamed",
            "same method and path, new operationId: the function and its module are renamed",
            operation="yes; no if only the spelling changed and the Python name is the same",
        ),
        _kind("operation-moved", "new path or method, same function", operation=NO),
        _kind(
            "tag-changed",
            "first tag: the module the function lives in",
            operation="yes if the module changes, else no",
        ),
        _kind(
            "security-changed",
            operation="yes if credentials that worked may no longer be accepted "
            "(authentication newly required, scheme replaced); no if they still work "
            "(authentication dropped, scheme only renamed)",
        ),
        _kind(
            "deprecated",
            "an operation, parameter or property became, or stopped being, deprecated",
            operation=NO,
            request=NO,
            response=NO,
        ),
        # ------------------------------------------------------------ parameters
        _kind(
            "parameter-removed",
            "optional ones too: the keyword argument vanishes",
            request=YES,
        ),
        _kind("parameter-added-required", request=YES),
        _kind("parameter-added-optional", request=NO),
        _kind("parameter-became-required", request=YES),
        _kind("parameter-became-optional", request=NO),
        _kind("parameter-type-changed", request="yes; no when widened"),
        _kind(
            "parameter-order-changed",
            "path parameters are positional arguments",
            request=YES,
        ),
        # ------------------------------------------------------------ request bodies
        _kind("request-body-added-required", request=YES),
        _kind("request-body-added-optional", request=NO),
        _kind("request-body-removed", request=YES),
        _kind("request-body-became-required", request=YES),
        _kind("request-body-became-optional", request=NO),
        _kind("request-media-type-removed", request=YES),
        _kind("request-media-type-added", request=NO),
        _kind("request-property-removed", request=YES),
        _kind("request-property-added-required", request=YES),
        _kind("request-property-added-optional", request=NO),
        _kind("request-property-became-required", request=YES),
        _kind("request-property-became-optional", request=NO),
        # ------------------------------------------------------------ responses
        _kind("response-status-removed", "the client no longer parses it", response=YES),
        _kind("response-status-added", response=NO),
        _kind("response-body-removed", "`parsed` is now None", response=YES),
        _kind("response-body-added", response=NO),
        _kind("response-media-type-removed", response=YES),
        _kind("response-media-type-added", response=NO),
        _kind("response-property-removed", response=YES),
        _kind("response-property-added", response=NO),
        _kind("response-property-became-optional", "may now be `UNSET`", response=YES),
        _kind("response-property-became-required", response=NO),
        # ------------------------------------------------------------ values, both sides
        _kind(
            "property-type-changed",
            request="yes unless widened",
            response="yes unless narrowed",
        ),
        _kind("enum-value-removed", request=YES, response=NO),
        _kind(
            "enum-value-added", "our enums keep values they do not list", request=NO, response=NO
        ),
        _kind("enum-restricted", "a free value became an enum", request=YES, response=NO),
        _kind("enum-lifted", "an enum became a free value", request=NO, response=NO),
        _kind(
            "default-changed",
            "of a parameter: the client sends only what the caller passes, so calls that "
            "leave it out send nothing and the server's behaviour for them changes; of a "
            "request body property: the model now sends another value when it is left out; "
            "of a response property: only how a missing value decodes changes",
            request=NO,
            response=NO,
        ),
        _kind(
            "constraint-changed",
            "`maxLength`, `minimum`, `pattern`...",
            request="yes if tightened",
            response=NO,
        ),
        _kind(
            "model-replaced",
            "a value is now of another model class",
            request=YES,
            response="yes only if it replaced an inline model, whose class is gone",
        ),
        # ------------------------------------------------------------ models
        _kind("model-removed", "imports of it fail", model=YES),
        _kind("model-added", model=NO),
        _kind(
            "model-renamed",
            "same schema, new class name: renamed upstream, or by the normalizer when a "
            "name it had given could not be kept",
            model=YES,
        ),
        _kind(
            "model-name-reused",
            "a class name now stands for another schema than before",
            model=YES,
        ),
    )
}


def markdown_table() -> str:
    """The table of docs/contract-diff.md."""
    lines = ["| kind | side | breaking |", "|---|---|---|"]
    lines.extend(kind.row() for kind in KINDS.values())
    return "\n".join(lines)
