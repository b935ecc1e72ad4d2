"""EsperClient's httpx clients join relative URLs in one parse, to the same URL as httpx.

`_client._one_parse_join` replaces httpx's private `Client._merge_url` for plain "/path"
strings; these tests hold it to stock httpx's result (or error) for hostile paths, queries
and base URLs, and check that the shortcut is really taken.
"""

from __future__ import annotations

from functools import cache
from typing import Any

import httpx
import pytest
from client_helpers import API_KEY, ENTERPRISE_ID
from hypothesis import example, given, settings
from hypothesis import strategies as st

from esper_client import EsperClient
from esper_client.generated.api.devices import get_device_by_id

BASES = [
    "https://acme-api.esper.cloud/api",
    "http://127.0.0.1:8080/api",
    "http://[::1]:8080",
    "https://Example.COM:443/a%20b/c d/api",
    "https://user:p%40ss@example.com/api",
    "https://b\u00fccher.example/api",
]
PATHS = [
    "/",
    "/enterprise/x/device/",
    "/a b/%/%2F/%2e%2e/%zz",
    "/a/../b/./c",
    "/../../admin",
    "/a?b=1&c=%20 d",
    "/a?b?c=/d",
    "/a?",
    "/a#frag",
    "/a?b=1#frag",
    "//evil.example/x",
    "///x",
    "/\u00e9t\u00e9/\u2603?q=\u00fc",
    "/a;b=c/@evil.example/x:y",
    "/x/%2e%2e/y/%2F/%41",  # escapes, kept as they are: nothing to parse
    "/~u/a-b_c.d/e!$&'()*+,=/..a/.b./",
    "/tab\there",
    "/new\nline",
    "/\x7f",
    "/" + "a" * 5000,
    "/" + " " * 30000,
]
PARAMS: list[dict[str, Any] | None] = [None, {}, {"limit": 10, "q": "a b&c"}, {"b": ["1", "2"]}]


def outcome(client: httpx.Client | httpx.AsyncClient, url: str, params: Any) -> object:
    try:
        return str(client.build_request("GET", url, params=params).url)
    except Exception as exc:
        return type(exc), str(exc)


@cache
def clients(base: str) -> tuple[list[httpx.Client | httpx.AsyncClient], httpx.Client]:
    esper = EsperClient(
        api_key=API_KEY,
        base_url=base,
        httpx_args={"transport": httpx.MockTransport(lambda _: httpx.Response(500))},
    )
    ours = [esper.get_httpx_client(), esper.get_async_httpx_client()]
    return ours, httpx.Client(base_url=base)


@pytest.mark.parametrize("base", BASES)
def test_the_same_url_or_error_as_httpx(base: str) -> None:
    ours, stock = clients(base)
    for url in PATHS:
        for params in PARAMS:
            expected = outcome(stock, url, params)
            for client in ours:
                assert outcome(client, url, params) == expected, (base, url, params)


SPECIAL = "/?#%.:@;=&+ ~[]\\\"<>{}|^`'aZ09-_\t\u00e9\u2603"
URL_CHARS = st.sampled_from(list(SPECIAL)) | st.characters()


@settings(max_examples=300, deadline=None)
@given(
    base=st.sampled_from(BASES),
    path=st.text(URL_CHARS, max_size=30).map(lambda text: "/" + text),
    params=st.sampled_from(PARAMS),
)
@example(base=BASES[0], path="/%2", params=None)
@example(base=BASES[0], path="/.%2E/x", params=None)
def test_any_relative_path_gives_the_same_url_or_error_as_httpx(
    base: str, path: str, params: Any
) -> None:
    ours, stock = clients(base)
    expected = outcome(stock, path, params)
    for client in ours:
        assert outcome(client, path, params) == expected


def test_a_generated_request_parses_no_url(monkeypatch: pytest.MonkeyPatch) -> None:
    # httpx's own join ends in base_url.copy_with(...): if httpx renamed `_merge_url`, the
    # override would silently do nothing and this would fail. A path with nothing to
    # encode or resolve is not even parsed once (if httpx's URL changed shape, it would be).
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("httpx joined or parsed the URL itself")

    ours, _ = clients(BASES[0])
    kwargs = get_device_by_id._get_kwargs(ENTERPRISE_ID, "device-1")
    monkeypatch.setattr(httpx.URL, "copy_with", refuse)
    monkeypatch.setattr(httpx._urls, "urlparse", refuse)
    urls = [client.build_request(**kwargs).url for client in ours]
    monkeypatch.undo()
    expected = httpx.URL(f"{BASES[0]}/enterprise/{ENTERPRISE_ID}/device/device-1/")
    for url in urls:  # what a parse would have made, part by part
        assert url._uri_reference == expected._uri_reference
        assert (url.raw_path, url.host, url.port) == (expected.raw_path, expected.host, None)
