"""`import esper_client` stays cheap: no httpx, no generated code, until a name is used."""

from __future__ import annotations

import subprocess
import sys

import pytest

import esper_client

PUBLIC = {
    "EsperClient": "esper_client._client",
    "RetryPolicy": "esper_client._retry",
    "DeviceOperationState": "esper_client.states",
    "UnknownState": "esper_client.states",
    "paginate": "esper_client.pagination",
    "apaginate": "esper_client.pagination",
    "wait_for_device_operation": "esper_client.waiting",
    "async_wait_for_device_operation": "esper_client.waiting",
    "run_bulk": "esper_client.bulk",
    "BulkOutcome": "esper_client.bulk",
    "Deviation": "esper_client._decoding",
    "CommandState": "esper_client.states",
    "wait_for_command": "esper_client.waiting",
    "async_wait_for_command": "esper_client.waiting",
    "deviations": "esper_client._decoding",
}


def run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    return result.stdout.strip()


def test_importing_the_package_imports_neither_httpx_nor_generated_code() -> None:
    loaded = run(
        "import sys, esper_client; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('httpx', 'httpcore', 'esper_client', 'typing', 'attrs')))"
    )
    assert loaded == "['esper_client']"


def test_the_default_async_client_imports_no_aiohttp() -> None:
    # The aiohttp backend is an extra: only async_backend="aiohttp" imports it.
    loaded = run(
        "import sys; from esper_client import EsperClient; "
        "EsperClient(api_key='k', tenant='acme').get_async_httpx_client(); "
        "print('aiohttp' in sys.modules, 'esper_client._aiohttp' in sys.modules)"
    )
    assert loaded == "False False"


def test_errors_and_states_need_no_httpx() -> None:
    loaded = run(
        "import sys; from esper_client import errors, DeviceOperationState; "
        "print('httpx' in sys.modules)"
    )
    assert loaded == "False"


def test_every_public_name_resolves_from_its_module() -> None:
    assert set(esper_client.__all__) == {*PUBLIC, "errors"}
    for name, module in PUBLIC.items():
        assert getattr(esper_client, name).__module__ == module
    assert esper_client.errors.__name__ == "esper_client.errors"
    assert set(esper_client.__all__) <= set(dir(esper_client))


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = esper_client.nope  # type: ignore[attr-defined]
