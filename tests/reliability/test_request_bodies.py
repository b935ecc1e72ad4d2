"""A retry re-sends the whole request body or does not happen, whatever the body is made of.

Each test POSTs (retried on 429 only) or PUTs a 1 MiB body that the server first refuses,
then accepts, and checks what arrived on the wire both times: bytes, a seekable file, a
stream that can be read only once, a generator, multipart with either kind of file. A body
read once is kept to be sent again up to `RetryPolicy.max_replay_bytes`; past that the call
is not retried and its error says why.
"""

from __future__ import annotations

import io
import os
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from fault_server import FaultServer, reply
from mock_server import free_port
from reliability_helpers import FakeTime, assert_no_key, request

from esper_client import EsperClient, errors

DATA = os.urandom(1024 * 1024)
CHUNK = 64 * 1024


class OneShot(io.RawIOBase):
    """A file that can be read once, front to back: a pipe, a socket, an HTTP download."""

    def __init__(self, data: bytes) -> None:
        self._data = io.BytesIO(data)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return self._data.readinto(buffer)


def chunks(data: bytes) -> Iterator[bytes]:
    for start in range(0, len(data), CHUNK):
        yield data[start : start + CHUNK]


async def async_chunks(data: bytes) -> AsyncIterator[bytes]:
    for chunk in chunks(data):
        yield chunk


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    path = tmp_path / "upload.bin"
    path.write_bytes(DATA)
    return path


def one_shot(mode: str, data: bytes) -> Any:
    """A body that can be read only once: a stream for sync clients, for async ones an async
    generator (httpx's AsyncClient takes no sync stream)."""
    return OneShot(data) if mode == "sync" else async_chunks(data)


def generator(mode: str, data: bytes) -> Any:
    return chunks(data) if mode == "sync" else async_chunks(data)


BODIES: dict[str, Callable[[str], dict[str, Any]]] = {
    "bytes": lambda mode: {"content": DATA},
    "read-once-stream": lambda mode: {"content": one_shot(mode, DATA)},
    "generator": lambda mode: {"content": generator(mode, DATA)},
}


@pytest.mark.parametrize("body", BODIES.values(), ids=BODIES.keys())
async def test_a_post_answered_429_is_sent_again_whole(
    mode: str,
    server: FaultServer,
    client: EsperClient,
    fake_time: FakeTime,
    body: Callable[[str], dict[str, Any]],
) -> None:
    server.script(reply(429, "{}", headers={"Retry-After": "1"}), reply(200, "{}"))
    response = await request(mode, client, "POST", "/v0/upload/", **body(mode))
    assert response.status_code == 200
    assert [len(seen.body) for seen in server.requests] == [len(DATA)] * 2
    assert all(seen.body == DATA for seen in server.requests)
    assert fake_time.sleeps == [1.0]


def test_a_seekable_file_is_sent_again_whole(
    server: FaultServer, client: EsperClient, data_file: Path
) -> None:
    # Sync only: httpx's AsyncClient sends no sync file. The file is sought back to its
    # start, not kept: its Content-Length (from its size) is sent both times.
    server.script(reply(429, "{}"), reply(200, "{}"))
    with data_file.open("rb") as file:
        response = client.get_httpx_client().post("/v0/upload/", content=file)
    assert response.status_code == 200
    assert [seen.body == DATA for seen in server.requests] == [True] * 2
    assert [seen.headers["content-length"] for seen in server.requests] == [str(len(DATA))] * 2


async def test_a_put_of_a_generator_answered_503_is_sent_again_whole(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    server.script(reply(503, "{}"), reply(503, "{}"), reply(200, "{}"))
    response = await request(mode, client, "PUT", "/v0/upload/", content=generator(mode, DATA))
    assert response.status_code == 200
    assert [seen.body == DATA for seen in server.requests] == [True] * 3


@pytest.mark.parametrize("seekable", [True, False], ids=["seekable-file", "read-once-file"])
async def test_multipart_with_any_file_is_sent_again_whole(
    mode: str, server: FaultServer, client: EsperClient, data_file: Path, seekable: bool
) -> None:
    server.script(reply(429, "{}"), reply(200, "{}"))
    file = data_file.open("rb") if seekable else OneShot(DATA)
    files = {"apk": ("app.apk", file, "application/octet-stream")}
    response = await request(mode, client, "POST", "/v0/upload/", files=files)
    assert response.status_code == 200
    first, second = (seen.body for seen in server.requests)
    assert DATA in first and second == first


async def test_a_body_too_long_to_keep_is_not_retried_and_the_error_says_why(
    mode: str, server: FaultServer, make_client: Callable[..., EsperClient], fake_time: FakeTime
) -> None:
    client = make_client(retry=fake_time.policy(max_replay_bytes=256 * 1024))
    server.script(reply(429, '{"message": "slow down"}'), reply(200, "{}"))
    with pytest.raises(errors.RateLimitError) as info:
        await request(mode, client, "POST", "/v0/upload/", content=one_shot(mode, DATA))
    assert "not retried" in str(info.value) and "max_replay_bytes" in str(info.value)
    assert info.value.message == "slow down"
    assert_no_key(info.value)
    assert server.count == 1 and fake_time.sleeps == []
    assert server.requests[0].body == DATA  # the one attempt was whole


async def test_a_body_that_never_left_is_retried_however_long(
    mode: str, make_client: Callable[..., EsperClient], fake_time: FakeTime
) -> None:
    # Nothing listens at that port: every connection is refused before any byte of the body
    # is read, so nothing needs keeping and every retry may go.
    client = make_client(
        base_url=f"http://127.0.0.1:{free_port()}/api",
        retry=fake_time.policy(max_replay_bytes=1024),
    )
    with pytest.raises(errors.APIConnectionError, match="ConnectError"):
        await request(mode, client, "POST", "/v0/upload/", content=one_shot(mode, DATA))
    assert fake_time.sleeps == [0.5, 1.0, 2.0]  # retried: nothing had been read of the body


class BodyBroke(Exception):
    """Raised by the caller's own body stream: a bug of the caller, not a network fault."""


def breaking(mode: str, data: bytes) -> Any:
    """A body stream that raises after its first chunk."""

    def sync_chunks() -> Iterator[bytes]:
        yield data[:CHUNK]
        raise BodyBroke("the caller's stream broke")

    async def async_chunks() -> AsyncIterator[bytes]:
        yield data[:CHUNK]
        raise BodyBroke("the caller's stream broke")

    return sync_chunks() if mode == "sync" else async_chunks()


async def test_a_body_stream_that_raises_gives_its_own_error_and_no_retry(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    # Whatever the backend: the caller's exception, as raised, and nothing sent again.
    with pytest.raises(BodyBroke, match="the caller's stream broke"):
        await request(mode, client, "PUT", "/v0/upload/", content=breaking(mode, DATA))
    assert fake_time.sleeps == []
