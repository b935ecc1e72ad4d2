"""Typed errors: one class per status, messages from the envelope, non-JSON bodies, decoding."""

from __future__ import annotations

import gzip
import json
from collections.abc import Callable

import httpx
import pytest
import respx
from client_helpers import BASE_URL, ENTERPRISE_ID, FakeTime, call, request

from esper_client import EsperClient, errors
from esper_client.generated.api.devices import get_all_devices
from esper_client.generated.models import GetAllDevicesResponse200

DEVICES_URL = f"/enterprise/{ENTERPRISE_ID}/device/"
FULL_URL = f"{BASE_URL}{DEVICES_URL}"


async def list_devices(mode: str, client: EsperClient) -> object:
    return await call(mode, get_all_devices, ENTERPRISE_ID, client=client)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, errors.BadRequestError),
        (401, errors.AuthenticationError),
        (403, errors.PermissionDeniedError),
        (404, errors.NotFoundError),
        (409, errors.ConflictError),
        (422, errors.UnprocessableEntityError),
        (429, errors.RateLimitError),
        (500, errors.InternalServerError),
        (502, errors.InternalServerError),
        (503, errors.InternalServerError),
        (504, errors.InternalServerError),
        (599, errors.InternalServerError),
        (418, errors.APIStatusError),
        (302, errors.APIStatusError),
    ],
)
async def test_each_status_raises_its_class(
    mode: str,
    status: int,
    cls: type[errors.APIStatusError],
    make_client: Callable[..., EsperClient],
    api: respx.MockRouter,
    fake_time: FakeTime,
) -> None:
    client = make_client(retry=fake_time.policy(max_retries=0))
    envelope = {
        "errors": ["field x: required"],
        "message": f"went wrong {status}",
        "status": status,
    }
    api.get(DEVICES_URL).respond(status, json=envelope)
    with pytest.raises(cls) as info:
        await list_devices(mode, client)
    exc = info.value
    assert type(exc) is cls
    assert exc.status_code == status
    assert exc.message == f"went wrong {status}"
    assert exc.errors == ["field x: required"]
    assert exc.body == envelope
    assert exc.response is not None and exc.response.status_code == status
    assert exc.request is not None and exc.request.url == FULL_URL
    assert f"went wrong {status}" in str(exc)
    assert str(exc).startswith(f"{status} ")
    assert FULL_URL in str(exc)


def test_the_hierarchy() -> None:
    for cls in (
        errors.BadRequestError,
        errors.AuthenticationError,
        errors.PermissionDeniedError,
        errors.NotFoundError,
        errors.ConflictError,
        errors.UnprocessableEntityError,
        errors.RateLimitError,
        errors.InternalServerError,
    ):
        assert issubclass(cls, errors.APIStatusError)
    assert issubclass(errors.APIStatusError, errors.EsperError)
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    assert issubclass(errors.APIConnectionError, errors.EsperError)
    assert issubclass(errors.ResponseDecodeError, errors.EsperError)
    assert issubclass(errors.UnknownStateError, ValueError)
    assert issubclass(errors.WaitTimeoutError, TimeoutError)
    assert all(issubclass(getattr(errors, name), errors.EsperError) for name in errors.__all__)


async def test_a_404_reads_like_a_sentence(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    api.get(DEVICES_URL).respond(
        404, json={"errors": [], "message": "No such enterprise", "status": 404}
    )
    with pytest.raises(errors.NotFoundError) as info:
        await list_devices(mode, client)
    assert str(info.value) == f"404 Not Found: No such enterprise (GET {FULL_URL})"
    assert repr(info.value) == "NotFoundError(status_code=404, message='No such enterprise')"


async def test_html_from_a_proxy_gives_the_typed_error_with_its_title(
    mode: str, make_client: Callable[..., EsperClient], api: respx.MockRouter, fake_time: FakeTime
) -> None:
    client = make_client(retry=fake_time.policy(max_retries=0))
    html = "<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>"
    api.get(DEVICES_URL).respond(502, html=html)
    with pytest.raises(errors.InternalServerError) as info:
        await list_devices(mode, client)
    assert info.value.message == "non-JSON body: 502 Bad Gateway"
    assert info.value.body == html
    assert info.value.errors == []


async def test_a_truncated_error_body_gives_the_typed_error_with_an_excerpt(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    api.get(DEVICES_URL).respond(
        400,
        content=b'{"errors": ["bad"], "message": "Invalid fil',
        headers={"Content-Type": "application/json"},
    )
    with pytest.raises(errors.BadRequestError) as info:
        await list_devices(mode, client)
    assert info.value.message == 'non-JSON body: {"errors": ["bad"], "message": "Invalid fil'
    assert not isinstance(info.value.__cause__, json.JSONDecodeError)


async def test_a_long_body_is_cut_to_a_short_excerpt(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    api.get(DEVICES_URL).respond(400, text="x" * 5000)
    with pytest.raises(errors.BadRequestError) as info:
        await list_devices(mode, client)
    assert len(info.value.message) < 250
    assert info.value.message.endswith("...")


@pytest.mark.parametrize(
    ("body", "message", "errs"),
    [
        (
            {"detail": "Authentication credentials were not provided."},
            "Authentication credentials were not provided.",
            [],
        ),
        ({"error": "invalid_token", "code": 401}, "invalid_token", []),
        ({"errors": ["a", "b"], "status": 401}, "a; b", ["a", "b"]),
        ({"status": 401}, '{"status":401}', []),
        (["just", "a", "list"], '["just","a","list"]', []),
    ],
)
async def test_other_json_shapes_still_give_a_message(
    body: object, message: str, errs: list[str], client: EsperClient, api: respx.MockRouter
) -> None:
    api.get(DEVICES_URL).respond(401, json=body)
    with pytest.raises(errors.AuthenticationError) as info:
        await list_devices("sync", client)
    assert info.value.message == message
    assert info.value.errors == errs
    assert info.value.body == body


async def test_an_empty_error_body(mode: str, client: EsperClient, api: respx.MockRouter) -> None:
    api.get(DEVICES_URL).respond(403)
    with pytest.raises(errors.PermissionDeniedError) as info:
        await list_devices(mode, client)
    assert info.value.message == ""
    assert info.value.body is None
    assert str(info.value) == f"403 Forbidden (GET {FULL_URL})"


async def test_a_truncated_success_body_raises_response_decode_error(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    api.get(DEVICES_URL).respond(
        200,
        content=b'{"count": 2, "results": [{"id": "a"',
        headers={"Content-Type": "application/json"},
    )
    with pytest.raises(errors.ResponseDecodeError, match="could not be decoded") as info:
        await list_devices(mode, client)
    assert isinstance(info.value.__cause__, json.JSONDecodeError)
    assert info.value.response is not None and info.value.response.status_code == 200
    assert '{"count": 2, "results": [{"id": "a"' in str(info.value)


async def test_an_html_success_body_raises_response_decode_error(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    api.get(DEVICES_URL).respond(200, html="<html><title>Sign in</title></html>")
    with pytest.raises(errors.ResponseDecodeError, match="Sign in"):
        await list_devices(mode, client)


async def test_binary_text_and_empty_success_bodies_are_not_checked(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    api.get("/file").respond(200, content=b"\x00\x01", headers={"Content-Type": "application/zip"})
    api.get("/empty").respond(200, headers={"Content-Type": "application/json"})
    api.get("/text").respond(200, text="OK")
    assert (await request(mode, client, "GET", "/file")).content == b"\x00\x01"
    assert (await request(mode, client, "GET", "/empty")).content == b""
    assert (await request(mode, client, "GET", "/text")).text == "OK"


async def test_a_gzipped_body_reaches_generated_code_decoded(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    body = json.dumps({"count": 0, "results": []}).encode()
    api.get(DEVICES_URL).respond(
        200,
        content=gzip.compress(body),
        headers={"Content-Type": "application/json", "Content-Encoding": "gzip"},
    )
    page = await list_devices(mode, client)
    assert isinstance(page, GetAllDevicesResponse200)
    assert page.count == 0


async def test_headers_describe_the_decoded_body(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    body = json.dumps({"count": 0, "results": []}).encode()
    json_type = {"Content-Type": "application/json"}
    api.get("/gzip").respond(
        200, content=gzip.compress(body), headers={**json_type, "Content-Encoding": "gzip"}
    )
    api.get("/chunked").respond(200, stream=httpx.ByteStream(body), headers=json_type)
    api.get("/plain").respond(200, content=body, headers=json_type)
    for url in ("/gzip", "/chunked", "/plain"):
        response = await request(mode, client, "GET", url)
        assert response.content == body
        assert "content-encoding" not in response.headers
        assert "transfer-encoding" not in response.headers
        assert response.headers["content-length"] == str(len(body))
        assert str(response.request.url) == f"{BASE_URL}{url}"


async def test_a_json_body_is_parsed_once_then_json_parses_again_as_httpx_does(
    mode: str, client: EsperClient, api: respx.MockRouter, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = {"count": 0, "results": []}
    api.get(DEVICES_URL).respond(200, json=page)
    api.get("/x").respond(200, json=page)
    httpx_json = httpx.Response.json
    parses = []

    def counted(response: httpx.Response, **kwargs: object) -> object:
        parses.append(kwargs)
        return httpx_json(response, **kwargs)

    monkeypatch.setattr(httpx.Response, "json", counted)
    assert isinstance(await list_devices(mode, client), GetAllDevicesResponse200)
    assert parses == []  # generated code got the value the transport parsed
    response = await request(mode, client, "GET", "/x")
    first = response.json()
    assert first == page and parses == []
    second = response.json()
    assert second == page and second is not first and parses == [{}]
    assert response.json(parse_int=str) == {"count": "0", "results": []}


async def test_a_corrupt_gzip_body_raises_response_decode_error(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    headers = {"Content-Type": "application/json", "Content-Encoding": "gzip"}
    corrupt = httpx.Response(200, headers=headers, stream=httpx.ByteStream(b"not gzip"))
    api.get(DEVICES_URL).mock(return_value=corrupt)
    with pytest.raises(errors.ResponseDecodeError):
        await list_devices(mode, client)


async def test_redirects_raise_unless_followed(
    mode: str, make_client: Callable[..., EsperClient], api: respx.MockRouter
) -> None:
    api.get("/old").respond(301, headers={"Location": f"{BASE_URL}/new"})
    api.get("/new").respond(200, json={})
    with pytest.raises(errors.APIStatusError) as info:
        await request(mode, make_client(), "GET", "/old")
    assert info.value.status_code == 301
    following = make_client(httpx_args={"follow_redirects": True})
    assert (await request(mode, following, "GET", "/old")).json() == {}


async def test_without_raise_on_error_the_final_response_is_returned(
    mode: str, make_client: Callable[..., EsperClient], api: respx.MockRouter
) -> None:
    client = make_client(raise_on_error=False)
    route = api.get("/x").respond(503, text="busy")
    response = await request(mode, client, "GET", "/x")
    assert response.status_code == 503
    assert response.text == "busy"
    assert route.call_count == 4  # retries still happen


def test_status_error_can_be_built_without_a_response() -> None:
    exc = errors.status_error(status_code=409, content=b'{"message": "exists"}')
    assert isinstance(exc, errors.ConflictError)
    assert str(exc) == "409 Conflict: exists"
    assert exc.response is None and exc.request is None
