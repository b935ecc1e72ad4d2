"""The committed contract and the generated package against the upstream and our rules."""

from __future__ import annotations

import builtins
import dis
import importlib
import inspect
import json
import subprocess
import sys
import types
from functools import cache
from pathlib import Path

import pytest
from esper_contract import normalize as norm
from esper_contract.paths import CONTRACT, OVERLAY, PACKAGE, ROOT, WORDS
from esper_contract.validate import validation_errors
from esper_testkit import contract, module_of, operations
from pipeline_support import UPSTREAM, needs_upstream


@cache
def upstream() -> dict:
    return json.loads(UPSTREAM.read_text(encoding="utf-8"))


def test_the_contract_validates() -> None:
    assert validation_errors(contract()) == []


@needs_upstream
def test_every_upstream_operation_is_a_generated_function() -> None:
    ours = {(m, p): o for m, p, o in operations(contract())}
    theirs = list(operations(upstream()))
    assert len(theirs) == 345
    assert {(m, p) for m, p, _ in theirs} == set(ours)
    for method, path, operation in theirs:
        mine = ours[(method, path)]
        if operation.get("operationId"):
            assert mine["operationId"] == operation["operationId"], f"{method} {path} renamed"
        module = module_of(mine)
        for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            assert callable(getattr(module, name)), f"{module.__name__}.{name}"
        assert inspect.iscoroutinefunction(module.asyncio_detailed)


def test_operation_names_are_unique_and_modules_read_well() -> None:
    names = [
        (norm.snake(o["tags"][0]), norm.snake(o["operationId"]))
        for _, _, o in operations(contract())
    ]
    assert len(names) == len(set(names))
    modules = {tag for tag, _ in names}
    for expected in (
        "devices",
        "device_groups",
        "commands",
        "operations",
        "device_operations",
        "applications",
    ):
        assert expected in modules
    assert not [m for m in modules if m[0].isdigit() or m.startswith("tag")]


def test_every_documented_success_response_is_typed() -> None:
    untyped = []
    for method, path, operation in operations(contract()):
        module = module_of(operation)
        for status, response in operation["responses"].items():
            if status.startswith("2") and response.get("content") and status.isdigit():
                source, spec = module._RESPONSES.by_status.get(int(status), (None, None))
                if source is None or (source == "json" and spec is None):
                    untyped.append(f"{method.upper()} {path} {status}")
        annotation = str(inspect.signature(module.sync).return_annotation)
        documented = [
            s for s, r in operation["responses"].items() if s.startswith("2") and r.get("content")
        ]
        if documented and annotation in ("typing.Any", "typing.Any | None"):
            untyped.append(f"{method.upper()} {path}: sync() returns {annotation}")
    assert untyped == []


def _prose(node, out: set[str], minimum: int) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("description", "summary") and isinstance(value, str):
                text = " ".join(value.split())
                if len(text) >= minimum:
                    out.add(text)
            else:
                _prose(value, out, minimum)
    elif isinstance(node, list):
        for value in node:
            _prose(value, out, minimum)


@needs_upstream
def test_no_upstream_prose_in_the_contract_or_the_package() -> None:
    passages: set[str] = set()
    _prose(upstream(), passages, minimum=25)
    files = [CONTRACT, OVERLAY, *sorted(WORDS.glob("*.yaml")), *sorted(PACKAGE.rglob("*.py"))]
    found = {}
    for path in files:
        text = " ".join(path.read_text(encoding="utf-8").split())
        hits = [p for p in passages if p in text]
        if hits:
            found[str(path.relative_to(ROOT))] = hits[:3]
    assert found == {}
    # Short summaries too: none of ours is a copy of theirs.
    theirs = {" ".join(o.get("summary", "").split()) for _, _, o in operations(upstream())}
    ours = {o.get("summary") for _, _, o in operations(contract()) if o.get("summary")}
    assert len(ours) >= 60
    assert not ours & theirs


def test_the_contract_keeps_only_factual_keys() -> None:
    text = CONTRACT.read_text(encoding="utf-8")
    for vendor in (
        "example:",
        "examples:",
        "externalDocs",
        "x-badges",
        "x-codegen",
        "title: ESPER",
    ):
        assert vendor not in text


LAZY_PROBE = """
import sys
import esper_client
assert "httpx" not in sys.modules, "import esper_client pulled in httpx"
from esper_client.generated.models import Device
import esper_client.generated.api.devices.get_all_devices
models = [m for m in sys.modules if m.startswith("esper_client.generated.models.")]
apis = [m for m in sys.modules if m.startswith("esper_client.generated.api.") and m.count(".") == 4]
print(len(models), len(apis))
"""


def test_importing_one_model_or_operation_does_not_import_the_rest() -> None:
    run = subprocess.run(
        [sys.executable, "-c", LAZY_PROBE], capture_output=True, text=True, cwd=ROOT
    )
    assert run.returncode == 0, run.stderr
    models, apis = map(int, run.stdout.split())
    assert apis == 1
    assert models < 20, f"{models} model modules imported for one model and one operation"


def global_names(code: types.CodeType) -> set[str]:
    names = {i.argval for i in dis.get_instructions(code) if i.opname == "LOAD_GLOBAL"}
    for const in code.co_consts:
        if isinstance(const, types.CodeType):
            names |= global_names(const)
    return names


def test_every_name_a_model_method_reads_exists_at_run_time() -> None:
    """Nested models are imported lazily (templates/model.py.jinja): none may be left unbound."""
    models = sorted((PACKAGE / "generated" / "models").glob("[!_]*.py"))
    assert len(models) > 900
    for path in models:
        module = importlib.import_module(f"esper_client.generated.models.{path.stem}")
        known = vars(module).keys() | vars(builtins).keys()
        for cls in vars(module).values():
            if not (isinstance(cls, type) and cls.__module__ == module.__name__):
                continue
            for name in ("from_dict", "to_dict", "to_multipart"):
                method = getattr(cls, name, None)
                if method is not None:
                    missing = global_names(method.__code__) - known
                    assert not missing, f"{module.__name__}.{cls.__name__}.{name}: {missing}"


@pytest.mark.parametrize("module", ["esper_client.generated.models", "esper_client.generated"])
def test_lazy_packages_list_and_resolve_their_names(module: str) -> None:
    package = importlib.import_module(module)
    assert set(package.__all__) <= set(dir(package))
    for name in list(package.__all__)[:40]:
        value = getattr(package, name)
        if isinstance(value, type):
            assert value.__name__ == name
        assert package.__dict__[name] is value  # cached after the first look-up
    with pytest.raises(AttributeError, match="no attribute 'NoSuchThing'"):
        package.NoSuchThing  # noqa: B018


def test_generated_code_is_marked_and_kept_apart() -> None:
    assert (PACKAGE / "generated" / "__init__.py").read_text().startswith('"""Code generated')
    handwritten = [p for p in PACKAGE.glob("*.py")]
    for path in handwritten:
        assert "openapi-python-client" not in path.read_text() or path.name == "__init__.py"


def test_generated_code_imports_nothing_of_ours_but_the_runtime_module() -> None:
    """esper_client._runtime is the one door between generated code and ours."""
    import ast

    generated = PACKAGE / "generated"
    seen = set()
    for path in sorted(generated.rglob("*.py")):
        depth = len(path.relative_to(generated).parts)  # dots that climb to generated/
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level >= depth + 1 or (
                    node.level == 0
                    and node.module
                    and (
                        node.module.startswith("esper_client.")
                        and not node.module.startswith("esper_client.generated")
                    )
                ):
                    seen.add(f"{path.relative_to(PACKAGE)}: from {'.' * node.level}{node.module}")
            elif isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.name.startswith("esper_client") and not alias.name.startswith(
                        "esper_client.generated"
                    ):
                        seen.add(f"{path.relative_to(PACKAGE)}: import {alias.name}")
    outside = sorted(line for line in seen if not line.endswith("esper_client._runtime"))
    assert outside == []
    assert any(line.endswith("esper_client._runtime") for line in seen)


def test_no_path_is_left_to_guess(tmp_path: Path) -> None:
    """Every path parameter in a path template is declared, with a type."""
    for method, path, operation in operations(contract()):
        declared = {p["name"] for p in operation.get("parameters", []) if p.get("in") == "path"}
        declared |= {
            contract()["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]]["name"]
            for p in operation.get("parameters", [])
            if "$ref" in p
        }
        for segment in path.split("/"):
            if segment.startswith("{"):
                assert segment.strip("{}") in declared, f"{method} {path}"


def test_the_readme_layout_table_matches_the_tree() -> None:
    """Every path the README's layout table names exists, and every top-level entry of ours is
    in it: a newcomer reads where things are from it."""
    import re
    import subprocess

    text = (ROOT / "README.md").read_text(encoding="utf-8").split("## Layout", 1)[1]
    named: set[str] = set()
    for row in text.splitlines():
        if not row.startswith("| `"):
            continue
        cell = row.split("|")[1]
        paths = re.findall(r"`([^`]+)`", cell)
        folder = paths[0].rsplit("/", 1)[0] + "/" if "/" in paths[0].rstrip("/") else ""
        for path in paths:
            full = path if "/" in path or not folder else folder + path
            assert (ROOT / full).exists(), f"the layout table names {full}, which is not there"
            named.add(full.rstrip("/"))
    tracked = subprocess.run(
        ["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    ours = {
        "/".join(name.split("/")[:2])
        if name.startswith(("esper_client/", "scripts/"))
        else name.split("/")[0]
        for name in tracked
    }
    meta = {
        "README.md",
        "LICENSE",
        "Makefile",
        "pyproject.toml",
        "package.json",
        "package-lock.json",
    }
    meta |= {
        ".ci",
        ".gitattributes",
        ".gitignore",
        "esper_client/__init__.py",
        "esper_client/py.typed",
    }

    def covered(entry: str) -> bool:
        return any(
            entry == n or entry.startswith(n + "/") or n.startswith(entry + "/") for n in named
        )

    missing = sorted(e for e in ours - meta if not covered(e))
    assert missing == [], f"not in the README's layout table: {missing}"
