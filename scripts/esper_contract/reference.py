"""docs/api.md: every module and operation of the generated client, from the contract.

Written by `regenerate` beside the code it describes, and checked by `regenerate --check`,
so it never drifts from what `esper_client.generated.api` holds.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from . import generator, words


def required_arguments(contract: dict[str, Any], operation: dict[str, Any]) -> list[str]:
    """What a call must pass: path parameters, required query ones, a required body."""
    names = [
        generator.python_identifier(p["name"])
        for p in words.parameters(contract, operation)
        if p.get("in") == "path" or (p.get("in") in ("query", "header") and p.get("required"))
    ]
    if (operation.get("requestBody") or {}).get("required"):
        names.append("body")
    return names


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")


def render(contract: dict[str, Any]) -> str:
    """The whole reference as markdown."""
    by_module: dict[str, list[tuple[str, str, str, dict[str, Any]]]] = defaultdict(list)
    for op in words.operations(contract):
        function = generator.python_identifier(op.op_id)
        by_module[op.module].append((function, op.method.upper(), op.path, op.node))
    total = sum(len(ops) for ops in by_module.values())
    lines = [
        "# API reference",
        "",
        f"Every operation of the client: {total} in {len(by_module)} modules of "
        "`esper_client.generated.api`. Each is a module with `sync`, `sync_detailed`, "
        "`asyncio` and `asyncio_detailed`; `help()` on any of them says what each argument "
        "is. Written by `scripts/regenerate.py` from `openapi/esper.yaml` (do not edit; "
        "`regenerate --check` fails when it is stale).",
        "",
        "| module | operations |",
        "|---|---|",
    ]
    for module in sorted(by_module):
        lines.append(f"| [`{module}`](#{module}) | {len(by_module[module])} |")
    for module in sorted(by_module):
        lines += [
            "",
            f"## {module}",
            "",
            f"`from esper_client.generated.api.{module} import ...`",
            "",
            "| function | call | what it does | required arguments |",
            "|---|---|---|---|",
        ]
        for function, method, path, operation in sorted(by_module[module]):
            summary = _cell(operation.get("summary", ""))
            required = ", ".join(f"`{name}`" for name in required_arguments(contract, operation))
            lines.append(
                f"| `{function}` | `{method} {_cell(path)}` | {summary} | {required or '-'} |"
            )
    return "\n".join(lines) + "\n"
