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


def test_esper_client_type_checks_as_client_like(tmp_path: Path) -> None:
    source = tmp_path / "uses_client.py"
    source.write_text(textwrap.dedent(SNIPPET))
    stdout, stderr, _ = mypy_api.run(
        ["--strict", "--cache-dir", str(tmp_path / "cache"), str(source)]
    )
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert len(errors) == 1, stdout + stderr
    lines = source.read_text().splitlines()
    expected_line = next(n for n, text in enumerate(lines, 1) if "not_a_client" in text)
    assert f"uses_client.py:{expected_line}: error: Incompatible types in assignment" in errors[0]
