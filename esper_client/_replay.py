"""Request bodies a retry can send again whole, or a clear reason why it cannot.

A retry re-sends the whole body or does not happen. Bytes, JSON and form bodies
(`httpx.ByteStream`) and multipart bodies whose files can seek are sent again by httpx
itself. Any other body is read once, from an iterator or a file: `replayable` wraps it so
that a retry sends it whole again, by seeking a seekable file back to where it started, or
else by keeping what was read of it, up to `RetryPolicy.max_replay_bytes`. Past that bound
nothing is kept and the transports do not retry (`why_not`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx

__all__ = ["replayable", "why_not"]

try:
    from httpx._multipart import MultipartStream
except ImportError:  # another httpx: its multipart bodies are kept like any stream
    MultipartStream = None  # type: ignore[assignment,misc]


def _seekable(file: object) -> bool:
    seekable = getattr(file, "seekable", None)
    try:
        return callable(seekable) and bool(seekable())
    except (OSError, ValueError):  # closed, or a stream whose seekable() fails
        return False


def _replays_itself(stream: object) -> bool:
    """Multipart bodies are rendered again for each send, and httpx seeks each file first."""
    if MultipartStream is None or not isinstance(stream, MultipartStream):
        return False
    files = [getattr(field, "file", None) for field in stream.fields]
    return all(f is None or isinstance(f, str | bytes) or _seekable(f) for f in files)


def _rewinder(stream: object) -> Callable[[], None] | None:
    """How to start a file body over (`content=open(...)`), if its file can seek."""
    file = getattr(stream, "_stream", None)  # httpx's IteratorByteStream holds the file
    if not hasattr(file, "read") or not _seekable(file):
        return None
    start = file.tell()  # type: ignore[union-attr]
    return lambda: file.seek(start)  # type: ignore[union-attr]


class _Kept:
    """What the two wrappers share: the chunks read so far, while under the bound."""

    def __init__(self, limit: int, rewind: Callable[[], None] | None) -> None:
        self._limit = limit
        self._rewind = rewind
        self._kept: list[bytes] = []
        self._kept_bytes = 0
        self._overflowed = False

    @property
    def whole(self) -> bool:
        """Whether the body can be sent again from its start."""
        return self._rewind is not None or not self._overflowed

    def _keep(self, chunk: bytes) -> None:
        if self._rewind is not None or self._overflowed:
            return
        self._kept_bytes += len(chunk)
        if self._kept_bytes > self._limit:
            self._overflowed = True
            self._kept = []
        else:
            self._kept.append(chunk)

    def why_not(self) -> str:
        return (
            f"its body is read once (an iterator, or a file that cannot seek) and is longer "
            f"than the {self._limit} bytes kept to send it again (RetryPolicy.max_replay_bytes)"
        )


class _SyncReplay(_Kept, httpx.SyncByteStream):
    def __init__(self, stream: httpx.SyncByteStream, limit: int) -> None:
        super().__init__(limit, _rewinder(stream))
        self._stream = stream
        self._source: Iterator[bytes] | None = None

    def __iter__(self) -> Iterator[bytes]:
        if self._source is not None and self._rewind is not None:
            self._rewind()
            self._source = None
        if self._source is None:
            self._source = iter(self._stream)
        else:  # sent before: what was read, then the rest
            if self._overflowed:  # never for a retry (see why_not): a redirect, say
                raise httpx.StreamConsumed()
            yield from list(self._kept)
        for chunk in self._source:
            self._keep(chunk)
            yield chunk

    def close(self) -> None:
        self._stream.close()


class _AsyncReplay(_Kept, httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, limit: int) -> None:
        super().__init__(limit, None)
        self._stream = stream
        self._source: AsyncIterator[bytes] | None = None

    async def __aiter__(self) -> AsyncIterator[bytes]:
        if self._source is None:
            self._source = aiter(self._stream)
        else:  # sent before: what was read, then the rest
            if self._overflowed:  # never for a retry (see why_not): a redirect, say
                raise httpx.StreamConsumed()
            for chunk in list(self._kept):
                yield chunk
        async for chunk in self._source:
            self._keep(chunk)
            yield chunk

    async def aclose(self) -> None:
        await self._stream.aclose()


def replayable(stream: Any, limit: int, *, is_async: bool) -> Any:
    """`stream`, or a wrapper of it that a retry can send again (see the module doc)."""
    if isinstance(stream, httpx.ByteStream | _Kept) or _replays_itself(stream):
        return stream
    if is_async:
        return _AsyncReplay(stream, limit)
    return _SyncReplay(stream, limit)


def why_not(stream: object) -> str | None:
    """Why `stream` cannot be sent again whole, or None when it can."""
    if isinstance(stream, _Kept) and not stream.whole:
        return stream.why_not()
    return None
