"""mypy --strict accepts EsperClient as `client=` of generated functions, sync and asyncio."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

mypy_api = pytest.importorskip("mypy.api")

SNIPPET = """
from esper_client import DeviceOperationState, EsperClient, paginate
from esper_client.generated.api.device_operations import get_device_operations
from esper_client.generated.api.devices import get_all_devices
from esper_client.generated.client import ClientLike


async def main(client: EsperClient) -> None:
    like: ClientLike = client
    get_all_devices.sync(client.enterprise_id, client=client)
    await get_all_devices.asyncio(client.enterprise_id, client=client)
    await get_all_devices.asyncio_detailed(client.enterprise_id, client=client)
    get_device_operations.sync(
        client.enterprise_id, client=client, state=DeviceOperationState.PROCESSING
    )
    for _item in paginate(get_all_devices, client=client, enterprise_id=client.enterprise_id):
        pass
    not_a_client: ClientLike = "https://acme-api.esper.cloud/api"  # the one expected error
"""


def test_esper_client_type_checks_as_client_like(tmp_path: Path, mypy_cache: Path) -> None:
    source = tmp_path / "uses_client.py"
    source.write_text(textwrap.dedent(SNIPPET))
    stdout, stderr, _ = mypy_api.run(["--strict", "--cache-dir", str(mypy_cache), str(source)])
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, stdout + stderr
    lines = source.read_text().splitlines()
    expected_line = next(n for n, text in enumerate(lines, 1) if "not_a_client" in text)
    assert f"uses_client.py:{expected_line}: error: Incompatible types in assignment" in errors[0]


def test_run_time_type_hints_resolve_on_every_operation() -> None:
    # Runtime checkers and doc tools (typeguard, beartype, sphinx) call get_type_hints: every
    # annotation of a generated function must name something its module has imported.
    import importlib
    import pkgutil
    import typing

    import esper_client.generated.api as api

    checked = 0
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        for name in ("sync", "sync_detailed", "asyncio", "asyncio_detailed"):
            hints = typing.get_type_hints(getattr(module, name))
            assert "client" in hints, f"{info.name}.{name}"
            checked += 1
    assert checked >= 4 * 345


def test_an_operation_module_does_not_load_the_generators_own_client_classes() -> None:
    # They cost ~2.5 ms of import and EsperClient users never touch them (bench/README.md).
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import esper_client.generated.api.devices.get_all_devices\n"
        "print('esper_client.generated.client' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


PAGINATE_SNIPPET = """
from esper_client import EsperClient, apaginate, paginate
from esper_client.generated.api.devices import get_all_devices
from esper_client.generated.api.devices_v2 import list_devices


async def main(client: EsperClient) -> None:
    for device in paginate(get_all_devices, client=client, enterprise_id=client.enterprise_id):
        reveal_type(device)
        device.devce_name  # misspelt: the one expected error
    async for record in apaginate(get_all_devices, client=client, enterprise_id="x"):
        reveal_type(record)
    for v2 in paginate(list_devices, client=client):
        reveal_type(v2)
    page = get_all_devices.sync("0d6e8f4a-3b1c-4c7e-9a2f-5e8d7c6b4a31", client=client)
    reveal_type(page)
"""


def test_paginate_items_are_typed_by_the_operation_passed(tmp_path: Path, mypy_cache: Path) -> None:
    source = tmp_path / "pages.py"
    source.write_text(textwrap.dedent(PAGINATE_SNIPPET))
    stdout, stderr, _ = mypy_api.run(["--strict", "--cache-dir", str(mypy_cache), str(source)])
    revealed = [
        line.split("Revealed type is ", 1)[1] for line in stdout.splitlines() if "Revealed" in line
    ]
    device = '"esper_client.generated.models.device_info.DeviceInfo"'
    assert revealed[:2] == [device, device], stdout
    assert "AndroidDeviceV2" in revealed[2] and "WindowsDeviceV2" in revealed[2]
    # sync is annotated with the success model alone: no ErrorResponse, no None
    assert (
        revealed[3]
        == '"esper_client.generated.models.get_all_devices_response_200.GetAllDevicesResponse200"'
    )
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1 and '"DeviceInfo" has no attribute "devce_name"' in errors[0], (
        stdout + stderr
    )


def test_sync_functions_are_annotated_with_their_success_type_alone() -> None:
    """No error model and no None where the operation declares a body (it raises otherwise)."""
    import importlib
    import inspect
    import pkgutil

    import esper_client.generated.api as api

    lying = []
    for info in pkgutil.walk_packages(api.__path__, api.__name__ + "."):
        if info.ispkg:
            continue
        module = importlib.import_module(info.name)
        if not hasattr(module, "sync"):
            continue
        annotation = str(inspect.signature(module.sync).return_annotation)
        if "Error" in annotation:
            lying.append(f"{info.name}: {annotation}")
    assert lying == []
