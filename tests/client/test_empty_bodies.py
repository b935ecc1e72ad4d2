"""An empty body is never parsed: a 204, or a 2xx that declares a body and sends none."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from client_helpers import DEVICE_ID, ENTERPRISE_ID, call, mock_client

from esper_client import EsperClient, deviations, errors
from esper_client.generated.api.devices import get_device_by_id
from esper_client.generated.api.vpp_token_management import delete_tenant_vpptokens
from esper_client.generated.models import DeviceInfo
from esper_client.generated.types import UNSET


def client_answering(status: int, content: bytes, **options: Any) -> EsperClient:
    headers = {"Content-Type": "application/json"} if content else {}

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, content=content, headers=headers)

    return mock_client(answer, **options)


@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict"])
async def test_a_204_is_a_success_with_nothing_to_parse(in_process_mode: str, strict: bool) -> None:
    # The upstream declares a JSON body on this 204: every delete used to be a decode error.
    async with client_answering(204, b"", strict=strict) as client:
        assert await call(in_process_mode, delete_tenant_vpptokens, 7, client=client) is None
        response = await call(
            in_process_mode, delete_tenant_vpptokens, 7, client=client, detailed=True
        )
    assert response.status_code == 204 and response.parsed is None
    assert response.deviations == ()


@pytest.mark.parametrize("content", [b"", b"   \r\n"], ids=["nothing", "whitespace"])
async def test_a_declared_body_that_is_empty_gives_an_empty_model_and_says_so(
    in_process_mode: str, content: bytes
) -> None:
    async def get_device(client: EsperClient, **kwargs: Any) -> Any:
        return await call(
            in_process_mode, get_device_by_id, ENTERPRISE_ID, DEVICE_ID, client=client, **kwargs
        )

    async with client_answering(200, content) as client:
        device = await get_device(client)
        response = await get_device(client, detailed=True)
    assert isinstance(device, DeviceInfo) and device.id is UNSET  # the annotation holds
    assert [(d.where, d.kind) for d in deviations(device)] == [("(body)", "empty")]
    assert [(d.where, d.kind) for d in response.deviations] == [("(body)", "empty")]
    async with client_answering(200, content, strict=True) as strict:
        with pytest.raises(errors.ResponseDecodeError, match="empty"):
            await get_device(strict)
