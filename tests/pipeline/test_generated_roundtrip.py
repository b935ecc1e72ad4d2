"""Generated functions build the request the contract describes and parse the reply into models."""

from __future__ import annotations

import json
from uuid import UUID

import httpx
import pytest

from esper_client.generated import AuthenticatedClient, Client
from esper_client.generated.api.device_operations import get_device_operations
from esper_client.generated.api.devices import get_all_devices
from esper_client.generated.api.operations import create_operation
from esper_client.generated.models import GetAllDevicesResponse200, OperationsPOST
from esper_client.generated.types import UNSET

OPERATION = UUID("5743470f-7dcc-4a92-8a4b-f41b1cea69ed")
DEVICE = "3bafab7b-4400-4bcf-8e6e-09f954699940"


class Recorder:
    def __init__(self, status: int, body: object) -> None:
        self.status, self.body, self.requests = status, body, []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(self.status, json=self.body)


def _client(recorder: Recorder) -> AuthenticatedClient:
    return AuthenticatedClient(
        base_url="https://acme-api.esper.cloud/api",
        token="secret-key-123",
        httpx_args={"transport": httpx.MockTransport(recorder)},
    )


def test_list_devices_sends_path_query_and_auth_and_parses_the_page() -> None:
    page = {
        "count": 1,
        "next": None,
        "previous": None,
        "results": [{"id": DEVICE, "device_name": "kiosk-1"}],
    }
    recorder = Recorder(200, page)
    result = get_all_devices.sync("ent-1", client=_client(recorder), limit=5, offset=10)
    (request,) = recorder.requests
    assert request.method == "GET"
    assert request.url.path == "/api/enterprise/ent-1/device/"
    assert dict(request.url.params) == {"limit": "5", "offset": "10"}
    assert request.headers["Authorization"] == "Bearer secret-key-123"
    assert isinstance(result, GetAllDevicesResponse200)
    assert result.count == 1
    assert str(result.results[0].id) == DEVICE
    assert result.results[0].device_name == "kiosk-1"


def test_create_operation_sends_the_model_as_json_and_parses_201() -> None:
    recorder = Recorder(
        201, {"content": {"id": str(OPERATION), "operation_type": "REBOOT", "new_field": 1}}
    )
    body = OperationsPOST(operation_type="REBOOT", schedule_type="IMMEDIATE")
    response = create_operation.sync_detailed(client=_client(recorder), body=body)
    (request,) = recorder.requests
    assert request.method == "POST" and request.url.path == "/api/v0/operations/"
    assert json.loads(request.content) == {"operation_type": "REBOOT", "schedule_type": "IMMEDIATE"}
    assert request.headers["Content-Type"] == "application/json"
    assert response.status_code == 201
    assert response.parsed is not None
    assert response.parsed.to_dict()["content"]["id"] == str(OPERATION)


def test_unknown_enum_values_and_fields_from_a_newer_server_are_kept() -> None:
    recorder = Recorder(
        200,
        {
            "content": {
                "count": 1,
                "results": [{"id": DEVICE, "state": "DEVICE_OPERATION_TIMEOUT", "extra": True}],
            }
        },
    )
    page = get_device_operations.sync(
        OPERATION, client=_client(recorder), state=40, ordering="state"
    )
    assert recorder.requests[0].url.params["state"] == "40"
    item = page.content.results[0]
    assert item.state == "DEVICE_OPERATION_TIMEOUT"
    assert item.additional_properties == {"extra": True}
    assert item.reason is UNSET


@pytest.mark.asyncio
async def test_the_asyncio_variant_round_trips_too() -> None:
    recorder = Recorder(200, {"count": 0, "results": []})
    client = Client(
        base_url="http://127.0.0.1:9", httpx_args={"transport": httpx.MockTransport(recorder)}
    )
    result = await get_all_devices.asyncio("ent-1", client=client)
    assert result is not None and result.results == []
    assert "Authorization" not in recorder.requests[0].headers


def test_the_generated_client_never_shows_the_token() -> None:
    client = AuthenticatedClient(
        base_url="https://acme-api.esper.cloud/api", token="secret-key-123"
    )
    assert "secret-key-123" not in repr(client)
    assert "secret-key-123" not in str(client)
