"""Requests arrive exactly as the caller meant: multipart, forms, query parameters, Accept, targets.

Each test reads what reached the wire (httpx.MockTransport sees the bytes httpx would send)
and parses it the way a server would, rather than looking at our own intermediate values.
"""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any

import httpx
import pytest
from client_helpers import ENTERPRISE_ID, call, mock_client

from esper_client import EsperClient
from esper_client.generated.api.apns_certificates import get_ap_ns_csr
from esper_client.generated.api.applications import upload
from esper_client.generated.api.device_groups import upload_group_thumbnail
from esper_client.generated.api.devices import get_all_devices
from esper_client.generated.api.operations import create_operation
from esper_client.generated.api.tile_icon import add_tile_icon
from esper_client.generated.models import (
    AddTileIconBody,
    GetApNsCsrBody,
    OperationsPOST,
    OperationsPOSTOperationDeviceQuery,
    OperationsPOSTOperationDeviceQueryDeviceRequest,
    UploadDataBody,
    UploadFilesBody,
    UploadGroupThumbnailBody,
)
from esper_client.generated.types import File

Sent = list[httpx.Request]


@pytest.fixture
def wire() -> tuple[Sent, Callable[..., EsperClient]]:
    sent: Sent = []

    def answer(request: httpx.Request) -> httpx.Response:
        request.read()
        sent.append(request)
        if request.url.path.endswith("/apnscertificates/"):
            return httpx.Response(200, text="CSR", headers={"Content-Type": "text/plain"})
        return httpx.Response(201 if request.method == "POST" else 200, json={})

    def make(**options: Any) -> EsperClient:
        return mock_client(answer, **options)

    return sent, make


def parts(request: httpx.Request) -> list[tuple[str, str | None, bytes, str]]:
    """(field name, file name, payload, content type) of each part, as a server reads them."""
    head = f"Content-Type: {request.headers['Content-Type']}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    assert message.is_multipart()
    out = []
    for part in message.iter_parts():
        disposition = part.get("Content-Disposition", "")
        name = part.get_param("name", header="content-disposition")
        filename = part.get_param("filename", header="content-disposition")
        payload = part.get_payload(decode=True) or b""
        assert disposition.startswith("form-data")
        out.append(
            (
                str(name),
                filename if filename is None else str(filename),
                payload,
                part.get_content_type(),
            )
        )
    return out


def tile(icon: bytes, **extra: Any) -> AddTileIconBody:
    return AddTileIconBody(
        device_model="SM-T500",
        enterprise=ENTERPRISE_ID,
        icon_file=File(payload=io.BytesIO(icon), file_name="icon.png", mime_type="image/png"),
        **extra,
    )


async def test_each_multipart_request_has_its_own_random_boundary(
    in_process_mode: str, wire: Any
) -> None:
    sent, make = wire
    client = make()
    for _ in range(2):
        await call(in_process_mode, add_tile_icon, ENTERPRISE_ID, client=client, body=tile(b"png"))
    boundaries = [r.headers["Content-Type"].split("boundary=", 1)[1] for r in sent]
    assert all(r.headers["Content-Type"].startswith("multipart/form-data; boundary=") for r in sent)
    assert boundaries[0] != boundaries[1] and "+++" not in boundaries
    assert all(len(b) >= 16 for b in boundaries)


async def test_a_file_holding_boundary_like_lines_arrives_whole_and_injects_nothing(
    in_process_mode: str, wire: Any
) -> None:
    sent, make = wire
    hostile = (
        b"\x89PNG\r\n--+++\r\n"
        b'Content-Disposition: form-data; name="custom"\r\n\r\ntrue\r\n--+++--\r\n'
        b"\r\n--\r\n" + bytes(range(256)) * 4
    )
    await call(in_process_mode, add_tile_icon, ENTERPRISE_ID, client=make(), body=tile(hostile))
    fields = parts(sent[0])
    assert [name for name, *_ in fields] == ["device_model", "enterprise", "icon_file"]
    (_, filename, payload, ctype) = fields[2]
    assert payload == hostile and filename == "icon.png" and ctype == "image/png"


async def test_multipart_booleans_are_true_or_false_and_structures_are_json(
    in_process_mode: str, wire: Any
) -> None:
    sent, make = wire
    body = tile(b"png", custom=False, category="kiosk")
    body.additional_properties["labels"] = {"floor": 2, "tags": ["lobby"]}
    await call(in_process_mode, add_tile_icon, ENTERPRISE_ID, client=make(), body=body)
    fields = {name: (payload, ctype) for name, _, payload, ctype in parts(sent[0])}
    assert fields["custom"] == (b"false", "text/plain")
    assert fields["category"] == (b"kiosk", "text/plain")
    assert fields["enterprise"] == (str(ENTERPRISE_ID).encode(), "text/plain")
    assert json.loads(fields["labels"][0]) == {"floor": 2, "tags": ["lobby"]}
    assert fields["labels"][1] == "application/json"


async def test_a_form_with_no_field_set_sends_no_body(in_process_mode: str, wire: Any) -> None:
    sent, make = wire
    client = make()
    await call(
        in_process_mode,
        upload_group_thumbnail,
        ENTERPRISE_ID,
        client=client,
        body=UploadGroupThumbnailBody(),
    )
    assert sent[0].content == b""
    assert "Content-Type" not in sent[0].headers  # not multipart with nothing in it


def test_a_body_the_contract_requires_is_required() -> None:
    import inspect

    parameter = inspect.signature(upload.sync).parameters["body"]
    assert parameter.default is inspect.Parameter.empty
    assert parameter.kind is inspect.Parameter.KEYWORD_ONLY


async def test_the_urlencoded_upload_refuses_a_file_and_the_multipart_one_sends_it(
    in_process_mode: str, wire: Any
) -> None:
    sent, make = wire
    apk = File(payload=io.BytesIO(b"PK\x03\x04apk"), file_name="app.apk")
    with pytest.raises(TypeError, match=r"cannot carry: send this operation's multipart/form-data"):
        await call(
            in_process_mode, upload, ENTERPRISE_ID, client=make(), body=UploadDataBody(app_file=apk)
        )
    assert sent == []  # nothing went out, not even the file's repr
    apk.payload.seek(0)
    await call(
        in_process_mode, upload, ENTERPRISE_ID, client=make(), body=UploadFilesBody(app_file=apk)
    )
    [(name, filename, payload, _)] = parts(sent[0])
    assert (name, filename, payload) == ("app_file", "app.apk", b"PK\x03\x04apk")


async def test_parameters_the_caller_did_not_pass_are_not_sent(
    in_process_mode: str, wire: Any
) -> None:
    sent, make = wire
    client = make()
    await call(in_process_mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert sent[0].url.query == b""  # the server's own defaults apply (limit 20, offset 0)
    await call(
        in_process_mode, get_all_devices, ENTERPRISE_ID, client=client, limit=5, is_gms=False
    )
    assert dict(sent[1].url.params) == {"limit": "5", "is_gms": "false"}


async def test_accept_names_the_operations_own_success_media_types(
    in_process_mode: str, wire: Any
) -> None:
    sent, make = wire
    client = make()
    await call(in_process_mode, get_all_devices, ENTERPRISE_ID, client=client)
    text = await call(in_process_mode, get_ap_ns_csr, client=client, body=GetApNsCsrBody())
    assert sent[0].headers.get_list("Accept") == ["application/json"]
    accept = sent[1].headers["Accept"]
    assert accept.startswith("text/plain") and "application/json;q=0.9" in accept
    assert text == "CSR"


async def test_an_operation_targets_devices_by_id_or_by_filter_on_the_wire(
    in_process_mode: str, wire: Any
) -> None:
    sent, make = wire
    client = make()
    by_id = OperationsPOST(
        operation_type="REBOOT",
        schedule_type="IMMEDIATE",
        operation_device_query=OperationsPOSTOperationDeviceQuery(device_ids="a1,b2"),
    )
    request = OperationsPOSTOperationDeviceQueryDeviceRequest(group_multi="g1,g2", state="1")
    request.additional_properties["brand"] = "samsung"
    by_filter = OperationsPOST(
        operation_type="LOCK",
        operation_device_query=OperationsPOSTOperationDeviceQuery(device_request=request),
    )
    for body in (by_id, by_filter):
        await call(in_process_mode, create_operation, client=client, body=body)
    first, second = (json.loads(r.content) for r in sent)
    assert first["operation_device_query"] == {"device_ids": "a1,b2"}
    assert second["operation_device_query"] == {
        "device_request": {"brand": "samsung", "group_multi": "g1,g2", "state": "1"}
    }
    assert all(r.headers["Content-Type"] == "application/json" for r in sent)
