"""What an error says and carries, against hostile bodies: excerpts in bounded work and memory,
no piece of the key at any cut, and exceptions that pickle and copy without the key."""

from __future__ import annotations

import copy
import pickle
import subprocess
import sys
import traceback
import tracemalloc
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from typing import Any

import pytest
from fault_server import FaultServer, reply, reset
from reliability_helpers import API_KEY, ENTERPRISE_ID, FakeTime, call, request

from esper_client import EsperClient, errors
from esper_client.generated.api.devices import get_all_devices, get_device_by_id

# --- excerpts ------------------------------------------------------------------------------


def hostile_title_page(size: int) -> bytes:
    """`<title` over and over, never closed: one backtracking regex took 5 s for 112 KB."""
    return b"<html><head>" + b"<title " * (size // 7)


def test_an_excerpt_takes_linear_time_whatever_the_page() -> None:
    # A guard against a hang, not a speed test: 2 MB of this page would take the old regex
    # hours; the bounded scan takes milliseconds. A subprocess, so that a regression is
    # killed at the timeout rather than left spinning.
    code = (
        "from esper_client import errors\n"
        f"page = b'<html><head>' + b'<title ' * {2_000_000 // 7}\n"
        "body, message, _ = errors.describe_body(page)\n"
        "assert message.startswith('non-JSON body: <html><head><title'), message\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


async def test_a_hostile_page_still_gives_a_short_message(
    mode: str, server: FaultServer, client: EsperClient
) -> None:
    server.script(reply(502, hostile_title_page(112_000), content_type="text/html"))
    with pytest.raises(errors.InternalServerError) as info:
        await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert len(info.value.message) < 250
    assert info.value.message.startswith("non-JSON body: <html><head><title")


def test_an_excerpt_of_a_large_body_costs_no_more_memory_than_the_body() -> None:
    body = b"<p>oops</p> " * (8 * 1024 * 1024 // 12)
    tracemalloc.start()
    try:
        text, message, _ = errors.describe_body(body)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert text == body.decode() and message.startswith("non-JSON body: <p>oops</p> <p>")
    # The body's text itself (`exc.body`), and a bounded prefix: not 26 times the body.
    assert peak < 1.2 * len(body)


def test_an_error_list_of_any_length_gives_a_short_message() -> None:
    body = b'{"errors": [' + b",".join([b'"' + b"e" * 1000 + b'"'] * 20_000) + b"]}"
    _, message, found = errors.describe_body(body)
    assert len(message) < 250 and len(found) == 20_000


def fragments(key: str, size: int = 8) -> list[str]:
    return [key[i : i + size] for i in range(len(key) - size + 1)]


def assert_no_piece_of_key(text: str) -> None:
    shown = [piece for piece in fragments(API_KEY) if piece in text]
    assert not shown, f"part of the key shows: {shown} in {text[:300]!r}"


CUTS: dict[str, bytes] = {
    # The key straddles the 200-character cut of the excerpt...
    "excerpt-cut": ("x" * 190 + API_KEY + " tail").encode(),
    # ...of a JSON message...
    "message-cut": f'{{"message": "{"m" * 180} {API_KEY}"}}'.encode(),
    # ...or the end of the prefix an excerpt reads, after whitespace that collapses.
    "scan-cut": (" " * (64 * 1024 - 20) + API_KEY + " tail").encode(),
}


@pytest.mark.parametrize("body", CUTS.values(), ids=CUTS.keys())
async def test_no_piece_of_an_echoed_key_survives_a_cut(
    mode: str, server: FaultServer, client: EsperClient, body: bytes
) -> None:
    server.script(reply(400, body, content_type="text/plain"))
    with pytest.raises(errors.BadRequestError) as info:
        await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    for text in (str(info.value), repr(info.value), info.value.message):
        assert_no_piece_of_key(text)
    assert "[REDA" in info.value.message  # cut there, if anywhere


# --- pickling and copying ------------------------------------------------------------------


async def raised(mode: str, client: EsperClient, server: FaultServer, kind: str) -> Exception:
    """A real exception of each kind that carries a request, from a real call."""
    server.script(
        {
            "status": reply(404, f'{{"message": "no such device {API_KEY}", "errors": ["e"]}}'),
            "rate-limited": reply(429, '{"message": "slow"}', headers={"Retry-After": "3"}),
            "html-success": reply(200, f"<p>{API_KEY}</p>", content_type="text/html"),
            "connection": reset(),
        }[kind]
    )
    with pytest.raises(errors.EsperError) as info:
        if kind == "status":
            await call(mode, get_device_by_id, ENTERPRISE_ID, ENTERPRISE_ID, client=client)
        else:
            await request(mode, client, "GET", "/v0/anything/")
    return info.value


KINDS = ["status", "rate-limited", "html-success", "connection"]


@pytest.mark.parametrize("kind", KINDS)
async def test_exceptions_pickle_and_copy_without_the_key(
    mode: str, server: FaultServer, make_client: Callable[..., EsperClient], kind: str
) -> None:
    client = make_client(retry=FakeTime().policy(max_retries=0))
    exc = await raised(mode, client, server, kind)
    assert exc.request.headers["authorization"] == f"Bearer {API_KEY}"  # type: ignore[attr-defined]
    data = pickle.dumps(exc)
    assert API_KEY.encode() not in data and not any(p.encode() in data for p in fragments(API_KEY))
    for twin in (pickle.loads(data), copy.deepcopy(exc), copy.copy(exc)):
        assert type(twin) is type(exc)
        assert (str(twin), repr(twin), twin.args) == (str(exc), repr(exc), exc.args)
        assert twin.request.method == "GET" and twin.request.url == exc.request.url  # type: ignore[attr-defined]
        assert "authorization" not in twin.request.headers  # type: ignore[attr-defined]
        if isinstance(exc, errors.APIStatusError):
            assert isinstance(twin, errors.APIStatusError)
            assert (twin.status_code, twin.message, twin.errors) == (
                exc.status_code,
                exc.message,
                exc.errors,
            )
            assert twin.body == errors._scrubbed(exc.body)
            assert twin.response is not None and twin.response.status_code == exc.status_code
        if isinstance(exc, errors.RateLimitError):
            assert twin.retry_after == exc.retry_after == 3.0  # type: ignore[attr-defined]


def _fetch_in_a_worker(base_url: str) -> object:
    with EsperClient(api_key=API_KEY, base_url=base_url) as client:
        return get_device_by_id.sync(ENTERPRISE_ID, ENTERPRISE_ID, client=client)


def test_an_error_in_a_worker_process_reaches_the_parent_as_itself(server: FaultServer) -> None:
    server.script(reply(404, '{"message": "no such device", "errors": []}'))
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("fork")) as pool:
        future = pool.submit(_fetch_in_a_worker, server.url)
        with pytest.raises(errors.NotFoundError, match="no such device") as info:
            future.result(timeout=30)
    assert info.value.status_code == 404
    assert "authorization" not in info.value.request.headers  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "cls",
    [
        errors.EsperError,
        errors.APIStatusError,
        errors.NotFoundError,
        errors.RateLimitError,
        errors.APIConnectionError,
        errors.ResponseDecodeError,
        errors.WaitTimeoutError,
        errors.UnknownStateError,
    ],
)
def test_repr_and_str_of_a_half_built_exception_never_raise(cls: type[Exception]) -> None:
    half: Any = cls.__new__(cls)
    assert repr(half).startswith(cls.__name__)
    str(half)


def test_a_traceback_with_locals_of_a_failed_client_can_be_printed() -> None:
    with pytest.raises(ValueError, match="no API key") as info:
        EsperClient(base_url="https://example.com/api")
    printed = "".join(
        traceback.TracebackException.from_exception(info.value, capture_locals=True).format()
    )
    assert "EsperClient(base_url=None, api_key='***')" in printed
