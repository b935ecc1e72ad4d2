"""EsperClient: configuration, auth header, ClientLike use by generated functions, closing."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable

import httpx
import pytest
import respx
from client_helpers import API_KEY, BASE_URL, ENTERPRISE_ID, call
from esper_testkit import backend_of, needs_aiohttp

from esper_client import EsperClient, RetryPolicy, errors
from esper_client.generated.api.devices import get_all_devices
from esper_client.generated.models import ErrorResponse, GetAllDevicesResponse200

DEVICES_URL = f"/enterprise/{ENTERPRISE_ID}/device/"
PAGE = {"count": 1, "next": None, "previous": None, "results": [{"id": str(uuid.uuid4())}]}


def test_tenant_gives_the_esper_cloud_url() -> None:
    client = EsperClient(api_key=API_KEY, tenant="Acme")
    assert client.base_url == "https://acme-api.esper.cloud/api"


def test_base_url_wins_over_tenant_and_loses_its_trailing_slash() -> None:
    client = EsperClient(api_key=API_KEY, tenant="acme", base_url="http://127.0.0.1:8080/api/")
    assert client.base_url == "http://127.0.0.1:8080/api"


@pytest.mark.parametrize(
    "tenant",
    [
        "acme.esper.cloud",
        "https://acme",
        "acme-api.esper.cloud/api",
        "-acme",
        "acme-",
        "a_b",
        "a" * 64,
    ],
)
def test_a_tenant_that_is_not_a_dns_label_is_refused(tenant: str) -> None:
    with pytest.raises(ValueError, match="tenant must be a plain DNS label"):
        EsperClient(api_key=API_KEY, tenant=tenant)


@pytest.mark.parametrize(
    "url", ["ftp://acme-api.esper.cloud/api", "acme-api.esper.cloud/api", "https://", "file:///x"]
)
def test_a_base_url_that_is_not_http_is_refused(url: str) -> None:
    with pytest.raises(ValueError, match="base_url must be an http"):
        EsperClient(api_key=API_KEY, base_url=url)


def test_a_base_url_with_a_query_is_refused() -> None:
    with pytest.raises(ValueError, match="query or fragment"):
        EsperClient(api_key=API_KEY, base_url="https://x.example/api?key=1")


@pytest.mark.parametrize("key", [None, "", "   "])
def test_a_missing_api_key_is_refused(key: str | None) -> None:
    with pytest.raises(ValueError, match="no API key: pass api_key= or set ESPER_API_KEY"):
        EsperClient(api_key=key, tenant="acme")


@pytest.mark.parametrize("key", [f"{API_KEY} x", f"{API_KEY}\n2", f"{API_KEY}é"])
def test_an_api_key_that_cannot_be_a_header_is_refused_without_being_shown(key: str) -> None:
    with pytest.raises(ValueError, match="API key contains") as info:
        EsperClient(api_key=key, tenant="acme")
    assert API_KEY not in str(info.value)


def test_no_tenant_at_all_is_refused() -> None:
    with pytest.raises(ValueError, match="no tenant"):
        EsperClient(api_key=API_KEY)


def test_settings_fall_back_to_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ESPER_API_KEY", f" {API_KEY}\n")
    monkeypatch.setenv("ESPER_TENANT", "acme")
    monkeypatch.setenv("ESPER_ENTERPRISE_ID", str(ENTERPRISE_ID))
    client = EsperClient()
    assert client.base_url == BASE_URL
    assert client.enterprise_id == ENTERPRISE_ID
    assert client.get_httpx_client().headers["Authorization"] == f"Bearer {API_KEY}"


def test_env_base_url_beats_env_tenant(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ESPER_TENANT", "acme")
    monkeypatch.setenv("ESPER_BASE_URL", "http://localhost:4010")
    assert EsperClient(api_key=API_KEY).base_url == "http://localhost:4010"


def test_explicit_arguments_beat_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ESPER_API_KEY", "env-key")
    monkeypatch.setenv("ESPER_BASE_URL", "http://localhost:4010")
    monkeypatch.setenv("ESPER_ENTERPRISE_ID", str(uuid.uuid4()))
    client = EsperClient(api_key=API_KEY, tenant="other", enterprise_id=str(ENTERPRISE_ID))
    assert client.base_url == "https://other-api.esper.cloud/api"
    assert client.enterprise_id == ENTERPRISE_ID
    assert client.get_httpx_client().headers["Authorization"] == f"Bearer {API_KEY}"


def test_an_invalid_enterprise_id_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ESPER_ENTERPRISE_ID", "acme-enterprise")
    with pytest.raises(ValueError, match="enterprise_id must be a UUID"):
        EsperClient(api_key=API_KEY, tenant="acme")


def test_a_missing_enterprise_id_is_explained_when_asked_for() -> None:
    client = EsperClient(api_key=API_KEY, tenant="acme")
    with pytest.raises(ValueError, match="ESPER_ENTERPRISE_ID"):
        _ = client.enterprise_id


def test_reserved_httpx_args_are_refused() -> None:
    with pytest.raises(ValueError, match=r"httpx_args may not set \['base_url'\]"):
        EsperClient(api_key=API_KEY, tenant="acme", httpx_args={"base_url": "http://x"})


def test_repr_and_str_hide_the_key() -> None:
    client = EsperClient(api_key=API_KEY, tenant="acme", enterprise_id=ENTERPRISE_ID)
    for text in (repr(client), str(client), f"{client!r} {client}"):
        assert API_KEY not in text
        assert "acme-api.esper.cloud" in text
    assert repr(client.retry) == repr(RetryPolicy())  # the policy has no secret to show


async def test_generated_functions_accept_the_client_and_send_the_bearer_key(
    mode: str, client: EsperClient, api: respx.MockRouter
) -> None:
    route = api.get(DEVICES_URL).respond(json=PAGE)
    page = await call(mode, get_all_devices, client.enterprise_id, client=client)
    assert isinstance(page, GetAllDevicesResponse200)
    assert page.count == 1
    sent = route.calls.last.request
    assert sent.headers["Authorization"] == f"Bearer {API_KEY}"
    # Nothing the caller left out is sent: the server's own defaults apply (limit, offset...).
    assert sent.url == f"{BASE_URL}{DEVICES_URL}"
    assert sent.headers["Accept"] == "application/json"  # the operation's declared media type


async def test_raise_on_error_false_hands_every_status_to_the_detailed_functions(
    mode: str, make_client: Callable[..., EsperClient], api: respx.MockRouter
) -> None:
    client = make_client(raise_on_error=False)
    api.get(DEVICES_URL).respond(404, json={"errors": [], "message": "gone", "status": 404})
    response = await call(mode, get_all_devices, ENTERPRISE_ID, client=client, detailed=True)
    assert response.status_code == 404
    assert isinstance(response.parsed, ErrorResponse)
    assert response.parsed.message == "gone"
    assert client.raise_on_unexpected_status is False
    # sync/asyncio are annotated with the success type: anything else raises, whatever the client.
    with pytest.raises(errors.NotFoundError, match="gone"):
        await call(mode, get_all_devices, ENTERPRISE_ID, client=client)


def test_extra_headers_are_kept_but_cannot_replace_the_key() -> None:
    client = EsperClient(
        api_key=API_KEY,
        tenant="acme",
        httpx_args={"headers": {"X-Trace": "1", "authorization": "Bearer other"}},
    )
    headers = client.get_httpx_client().headers
    assert headers["X-Trace"] == "1"
    assert headers.get_list("Authorization") == [f"Bearer {API_KEY}"]


async def test_a_custom_transport_is_wrapped_with_retries(
    in_process_mode: str, make_client: Callable[..., EsperClient]
) -> None:
    statuses = iter([503, 200])

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(next(statuses), json=PAGE)

    client = make_client(httpx_args={"transport": httpx.MockTransport(handler)})
    page = await call(in_process_mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert isinstance(page, GetAllDevicesResponse200)


def test_a_sync_only_transport_cannot_serve_async_calls() -> None:
    client = EsperClient(
        api_key=API_KEY, tenant="acme", httpx_args={"transport": httpx.HTTPTransport()}
    )
    with pytest.raises(TypeError, match="not an async transport"):
        client.get_async_httpx_client()


def test_the_sync_context_manager_closes_connections() -> None:
    with EsperClient(api_key=API_KEY, tenant="acme") as client:
        httpx_client = client.get_httpx_client()
        assert not httpx_client.is_closed
    assert httpx_client.is_closed


async def test_the_async_context_manager_closes_every_connection(async_mode: str) -> None:
    backend = backend_of(async_mode)
    async with EsperClient(api_key=API_KEY, tenant="acme", async_backend=backend) as client:
        async_client = client.get_async_httpx_client()
        sync_client = client.get_httpx_client()
    assert async_client.is_closed
    assert sync_client.is_closed


def test_the_httpx_clients_are_built_once() -> None:
    client = EsperClient(api_key=API_KEY, tenant="acme")
    assert client.get_httpx_client() is client.get_httpx_client()
    assert client.get_async_httpx_client() is client.get_async_httpx_client()
    assert str(client.get_httpx_client().base_url) == f"{client.base_url}/"


# --- the async backend ---------------------------------------------------------------------


def test_an_unknown_async_backend_is_refused() -> None:
    with pytest.raises(ValueError, match="async_backend must be one of"):
        EsperClient(api_key=API_KEY, tenant="acme", async_backend="trio")  # type: ignore[arg-type]


@needs_aiohttp
def test_the_aiohttp_backend_sits_under_the_same_retry_transport() -> None:
    from esper_client._aiohttp import AiohttpTransport
    from esper_client._transport import AsyncRetryTransport, RetryTransport

    client = EsperClient(api_key=API_KEY, tenant="acme", async_backend="aiohttp")
    assert client.async_backend == "aiohttp"
    transport = client.get_async_httpx_client()._transport
    assert isinstance(transport, AsyncRetryTransport)
    assert isinstance(transport._transport, AiohttpTransport)
    sync = client.get_httpx_client()._transport  # sync calls are httpx's on either backend
    assert isinstance(sync, RetryTransport) and isinstance(sync._transport, httpx.HTTPTransport)
    assert EsperClient(api_key=API_KEY, tenant="acme").async_backend == "httpx"


@needs_aiohttp
@pytest.mark.parametrize(
    ("httpx_args", "match"),
    [
        ({"http2": True}, "HTTP/1.1 only"),
        ({"http1": False}, "HTTP/1.1 only"),
        ({"proxy": "socks5://127.0.0.1:1080"}, "http:// proxies only, got a socks5://"),
        ({"proxy": httpx.Proxy("https://127.0.0.1:3128")}, "http:// proxies only, got a https://"),
        ({"transport": httpx.MockTransport(lambda r: httpx.Response(200))}, "not both"),
    ],
    ids=["http2", "no-http1", "socks-proxy", "https-proxy", "a-transport"],
)
def test_what_the_aiohttp_backend_cannot_do_is_refused_at_construction(
    httpx_args: dict[str, object], match: str
) -> None:
    with pytest.raises(ValueError, match=match):
        EsperClient(api_key=API_KEY, tenant="acme", async_backend="aiohttp", httpx_args=httpx_args)


def test_a_missing_aiohttp_names_the_extra_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    import esper_client

    monkeypatch.setitem(sys.modules, "aiohttp", None)  # `import aiohttp` fails
    monkeypatch.delitem(sys.modules, "esper_client._aiohttp", raising=False)
    monkeypatch.delattr(esper_client, "_aiohttp", raising=False)
    with pytest.raises(ImportError, match=r"pip install 'esper-client\[aiohttp\]'"):
        EsperClient(api_key=API_KEY, tenant="acme", async_backend="aiohttp")
