"""The key goes to the API's origin and nowhere else: redirects are not followed by default
(a typed error instead), a followed redirect to another origin drops Authorization, and TLS
verification goes off only when asked for in so many words (httpx_args={"verify": False}).
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import ssl
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path

import certifi
import pytest
from fault_server import FaultServer, redirect, reply
from reliability_helpers import API_KEY, ENTERPRISE_ID, FakeTime, assert_no_key, call

from esper_client import EsperClient, errors
from esper_client.generated.api.devices import get_all_devices

PAGE = json.dumps({"count": 1, "results": [{"device_name": "moved"}]})
DEVICES = f"/enterprise/{ENTERPRISE_ID}/device/"


# --- redirects -----------------------------------------------------------------------------


@pytest.mark.parametrize("status", [301, 302, 303, 307, 308])
async def test_the_default_client_follows_no_redirect_and_raises(
    mode: str, server: FaultServer, other_server: FaultServer, client: EsperClient, status: int
) -> None:
    location = f"{other_server.url}{DEVICES}"
    server.script(redirect(location, status=status))
    with pytest.raises(errors.APIStatusError) as info:
        await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    exc = info.value
    assert type(exc) is errors.APIStatusError and exc.status_code == status
    assert exc.response is not None and exc.response.headers["location"] == location
    assert_no_key(exc)
    assert server.count == 1 and other_server.count == 0


async def test_a_followed_redirect_to_another_origin_drops_the_key(
    mode: str,
    server: FaultServer,
    other_server: FaultServer,
    make_client: Callable[..., EsperClient],
) -> None:
    client = make_client(httpx_args={"follow_redirects": True})
    server.script(redirect(f"{other_server.url}{DEVICES}"))
    other_server.script(reply(200, PAGE))
    page = await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert page.results[0].device_name == "moved"
    assert server.requests[0].headers["authorization"] == f"Bearer {API_KEY}"
    (moved,) = other_server.requests
    assert "authorization" not in moved.headers
    assert API_KEY not in json.dumps(moved.headers) + moved.path + moved.body.decode()


async def test_a_followed_redirect_within_the_origin_keeps_the_key(
    mode: str, server: FaultServer, make_client: Callable[..., EsperClient]
) -> None:
    client = make_client(httpx_args={"follow_redirects": True})
    server.script(redirect(f"{server.url}/v2{DEVICES}"), reply(200, PAGE))
    await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert [seen.headers["authorization"] for seen in server.requests] == [f"Bearer {API_KEY}"] * 2
    assert server.requests[1].path == f"/api/v2{DEVICES}"


async def test_proxy_variables_are_not_read(
    mode: str,
    server: FaultServer,
    other_server: FaultServer,
    make_client: Callable[..., EsperClient],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A proxy sees the key; EsperClient uses one only when given httpx_args={"proxy": ...}.
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "all_proxy"):
        monkeypatch.setenv(name, other_server.origin)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    server.script(reply(200, PAGE))
    await call(mode, get_all_devices, ENTERPRISE_ID, client=make_client())
    assert server.count == 1 and other_server.count == 0


PROXY_USER, PROXY_PASSWORD = "proxy-user", "proxy-secret"
PROXY_AUTHORIZATION = "Basic " + base64.b64encode(b"proxy-user:proxy-secret").decode()


def proxy_url(proxy: FaultServer) -> str:
    return f"http://{PROXY_USER}:{PROXY_PASSWORD}@{proxy.host}:{proxy.port}"


async def test_a_proxy_in_httpx_args_gets_the_request_with_its_credentials(
    mode: str,
    server: FaultServer,
    other_server: FaultServer,
    make_client: Callable[..., EsperClient],
) -> None:
    # An http:// API through the proxy: the request goes to the proxy whole, its target
    # the absolute URL, with the proxy's credentials beside the key.
    client = make_client(httpx_args={"proxy": proxy_url(other_server)})
    other_server.script(reply(200, PAGE))
    page = await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert page.results[0].device_name == "moved"
    (seen,) = other_server.requests
    assert seen.path == f"{server.url}{DEVICES}"
    assert seen.headers["proxy-authorization"] == PROXY_AUTHORIZATION
    assert server.count == 0


async def test_a_proxy_refusing_the_tunnel_is_final_and_never_sees_the_key(
    mode: str,
    server: FaultServer,
    other_server: FaultServer,
    make_client: Callable[..., EsperClient],
    fake_time: FakeTime,
) -> None:
    # An https:// API: the proxy is asked for a tunnel (CONNECT), which carries the
    # proxy's credentials and not the key, which would go only inside the tunnel.
    client = make_client(
        base_url=f"https://127.0.0.1:{server.port}/api",
        httpx_args={"proxy": proxy_url(other_server)},
    )
    other_server.script(reply(407, b"", headers={"Proxy-Authenticate": 'Basic realm="x"'}))
    with pytest.raises(errors.APIConnectionError, match="ProxyError") as info:
        await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert_no_key(info.value)
    (seen,) = other_server.requests
    assert (seen.method, seen.path) == ("CONNECT", f"127.0.0.1:{server.port}")
    assert seen.headers["proxy-authorization"] == PROXY_AUTHORIZATION
    assert "authorization" not in seen.headers and API_KEY not in json.dumps(seen.headers)
    assert fake_time.sleeps == [] and server.count == 0


# --- TLS -----------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1, made for this run (no key is committed)."""
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
         "-keyout", str(key), "-out", str(cert), "-days", "2", "-nodes",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True, timeout=30,
    )  # fmt: skip
    return cert, key


def _tls_server(certificate: tuple[Path, Path], host: str) -> Iterator[FaultServer]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(*certificate)
    server = FaultServer(host=host, tls=context)
    server.script(reply(200, PAGE))
    with server.serving():
        yield server


@pytest.fixture
def tls_server(certificate: tuple[Path, Path]) -> Iterator[FaultServer]:
    yield from _tls_server(certificate, "127.0.0.1")


@pytest.fixture
def tls_server_wrong_host(certificate: tuple[Path, Path]) -> Iterator[FaultServer]:
    """Serves the certificate made for 127.0.0.1 from 127.0.0.2."""
    yield from _tls_server(certificate, "127.0.0.2")


async def refused(mode: str, client: EsperClient, server: FaultServer, time: FakeTime) -> None:
    before, waits = server.count, len(time.sleeps)
    with pytest.raises(errors.APIConnectionError) as info:
        await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert "CERTIFICATE_VERIFY_FAILED" in str(info.value)
    assert len(time.sleeps) == waits, "a refused certificate is final: no retry, no backoff"
    assert_no_key(info.value)
    assert server.count == before  # no request (and so no key) went over those connections


# Variables that disable or loosen TLS checks in other tools; none may do so here.
LOOSENING_ENV = {
    "PYTHONHTTPSVERIFY": "0",
    "CURL_CA_BUNDLE": "",
    "REQUESTS_CA_BUNDLE": "",
    "HTTPX_SSL_VERIFY": "0",
    "SSL_VERIFY": "false",
    "NODE_TLS_REJECT_UNAUTHORIZED": "0",
}


@pytest.mark.parametrize("trust_env", [None, True, False], ids=["default", "trust_env", "no_env"])
async def test_a_self_signed_certificate_is_refused_whatever_the_environment(
    mode: str,
    tls_server: FaultServer,
    make_client: Callable[..., EsperClient],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    trust_env: bool | None,
    fake_time: FakeTime,
) -> None:
    for name, value in LOOSENING_ENV.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("SSL_CERT_FILE", certifi.where())  # a real CA bundle, not ours
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))
    httpx_args = {} if trust_env is None else {"trust_env": trust_env}
    client = make_client(base_url=tls_server.url, httpx_args=httpx_args)
    await refused(mode, client, tls_server, fake_time)


async def test_ssl_cert_file_changes_the_trusted_cas_but_not_the_checks(
    mode: str,
    tls_server: FaultServer,
    tls_server_wrong_host: FaultServer,
    certificate: tuple[Path, Path],
    make_client: Callable[..., EsperClient],
    monkeypatch: pytest.MonkeyPatch,
    fake_time: FakeTime,
) -> None:
    # As in httpx (and OpenSSL): SSL_CERT_FILE names the CAs to trust. Trusting ours lets
    # the connection through, to the host the certificate names and to no other.
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))
    page = await call(
        mode, get_all_devices, ENTERPRISE_ID, client=make_client(base_url=tls_server.url)
    )
    assert page.results[0].device_name == "moved"
    wrong_host = make_client(base_url=tls_server_wrong_host.url)
    await refused(mode, wrong_host, tls_server_wrong_host, fake_time)
    # trust_env=False ignores the variable: back to the default CAs, which refuse ours.
    no_env = make_client(base_url=tls_server.url, httpx_args={"trust_env": False})
    await refused(mode, no_env, tls_server, fake_time)


async def test_verify_false_is_the_explicit_way_to_turn_checks_off(
    mode: str, tls_server: FaultServer, make_client: Callable[..., EsperClient]
) -> None:
    client = make_client(base_url=tls_server.url, httpx_args={"verify": False})
    page = await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert page.results[0].device_name == "moved"
    assert tls_server.count == 1


async def test_an_explicit_context_trusting_the_certificate_connects(
    mode: str,
    tls_server: FaultServer,
    certificate: tuple[Path, Path],
    make_client: Callable[..., EsperClient],
) -> None:
    context = ssl.create_default_context(cafile=str(certificate[0]))
    client = make_client(base_url=tls_server.url, httpx_args={"verify": context})
    page = await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert page.results[0].device_name == "moved"


@pytest.mark.parametrize("value", [0, None, "", "false", "0", "no", 1])
def test_values_that_merely_look_false_are_refused_at_construction(value: object) -> None:
    with pytest.raises(ValueError, match="turned off only by verify=False"):
        EsperClient(
            api_key=API_KEY,
            base_url="https://acme-api.esper.cloud/api",
            httpx_args={"verify": value},
        )


def test_the_client_reads_no_environment_variable_but_its_own_settings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The only environment the client reads is ESPER_*, through _setting(); TLS settings
    # come from arguments (and from httpx's trust_env, exercised above).
    read: list[str] = []
    real_get = os.environ.get

    def spy(name: str, default: str | None = None) -> str | None:
        read.append(name)
        return real_get(name, default)

    monkeypatch.setattr(os.environ, "get", spy)
    EsperClient(api_key=API_KEY, base_url="https://acme-api.esper.cloud/api", enterprise_id=None)
    assert set(read) <= {
        "ESPER_API_KEY",
        "ESPER_TENANT",
        "ESPER_BASE_URL",
        "ESPER_ENTERPRISE_ID",
        "ESPER_STRICT",
    }
    assert "ESPER_ENTERPRISE_ID" in read
