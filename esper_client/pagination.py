"""paginate / apaginate: every item of a limit/offset list operation, one page in memory at a time.

Pass the generated operation module (e.g. `generated.api.devices.get_all_devices`), or any of
its four functions: the `*_detailed` variant is always used, so a non-2xx page raises a typed
error even on a client made with `raise_on_error=False`. Both page shapes of the API are read:
`{count, next, previous, results}` at the top level, or the same inside `content`.

Iteration stops on an empty page or once `count` items have been seen. A server that ignores
`offset` and sends a page it already sent (the last one, or any earlier one: a server cycling
through a few pages) raises `errors.PaginationError` rather than looping forever or yielding
duplicates. For that a small digest of each page read is kept: its length and its first and
last items, which in a listing that moves forward never come back together.
"""

from __future__ import annotations

import hashlib
import inspect
import sys
from collections.abc import AsyncIterator, Callable, Iterator
from types import ModuleType
from typing import Any, Literal, Protocol, TypeVar, overload

from . import errors
from ._runtime import UNSET, ClientLike, Response, Unset
from ._transport import raise_for_status

__all__ = ["ListOperation", "apaginate", "paginate"]

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class ListOperation(Protocol[T_co]):
    """A generated list operation's module, as mypy sees it: what one of its items is.

    Every limit/offset listing module has a `page_item` function whose return type is its
    item type, so `paginate(get_all_devices, ...)` is an `Iterator[DeviceInfo]`.
    """

    @property
    def page_item(self) -> Callable[[Any], T_co]: ...

    @property
    def sync_detailed(self) -> Callable[..., Response[Any]]: ...

    @property
    def asyncio_detailed(self) -> Callable[..., Any]: ...


_OPERATION_FUNCTIONS = frozenset({"sync", "sync_detailed", "asyncio", "asyncio_detailed"})


def _detailed(
    operation: object,
    name: Literal["sync_detailed", "asyncio_detailed"],
) -> Callable[..., Any]:
    module = operation
    if not isinstance(operation, ModuleType):
        module_name = getattr(operation, "__module__", None)
        if getattr(operation, "__name__", None) not in _OPERATION_FUNCTIONS or not module_name:
            raise TypeError(f"expected a generated operation module or function, got {operation!r}")
        module = sys.modules[module_name]
    module_name = getattr(module, "__name__", module)
    function: Callable[..., Any] | None = getattr(module, name, None)
    if not callable(function):
        raise TypeError(f"{module_name!r} has no {name}()")
    if not {"limit", "offset"} <= inspect.signature(function).parameters.keys():
        raise TypeError(f"{module_name!r} takes no limit and offset: it is not a list operation")
    return function


class _Pager:
    """The bookkeeping shared by paginate and apaginate: offsets, stop rules, repeat check."""

    def __init__(self, operation: object, page_size: int, kwargs: dict[str, Any]) -> None:
        if page_size < 1:
            raise ValueError(f"page_size must be >= 1, got {page_size}")
        if "limit" in kwargs:
            raise TypeError("paginate sets `limit` itself: pass page_size= instead")
        self.operation = operation
        self.kwargs = kwargs
        self.page_size = page_size
        self.offset: int = kwargs.pop("offset", 0)
        self.seen: set[bytes] = set()  # digests of the pages read so far
        self.done = False

    def request_kwargs(self) -> dict[str, Any]:
        return {**self.kwargs, "limit": self.page_size, "offset": self.offset}

    def page(self, response: Response[Any]) -> list[Any]:
        """The items of one page, advancing the offset; sets `done` on the last page."""
        raise_for_status(response)
        container = response.parsed
        if not hasattr(container, "results"):
            container = getattr(container, "content", None)
        # A page without `results` (or without `content`) is an empty page.
        results = UNSET if isinstance(container, Unset) else getattr(container, "results", None)
        if results is None:
            raise TypeError(
                f"{self.operation!r} did not return a page with `results` "
                f"(got {type(response.parsed).__name__}); is it a list operation?"
            )
        items: list[Any] = [] if isinstance(results, Unset) else list(results)
        if not items:
            self.done = True
            return items
        # Not the whole page: repr() of a page of models costs about half of parsing it.
        boundary = repr((len(items), items[0], items[-1])).encode()
        digest = hashlib.blake2b(boundary, digest_size=16).digest()
        if digest in self.seen:
            raise errors.PaginationError(
                f"the server sent a page it had already sent, for offset={self.offset}: it "
                f"seems to ignore `offset`, so the listing cannot go further without repeating "
                f"items"
            )
        self.seen.add(digest)
        self.offset += len(items)
        count = getattr(container, "count", None)
        if isinstance(count, int) and self.offset >= count:
            self.done = True
        return items


@overload
def paginate(
    operation: ListOperation[T], *, client: ClientLike, page_size: int = 100, **kwargs: Any
) -> Iterator[T]: ...


@overload
def paginate(
    operation: ModuleType | Callable[..., Any],
    *,
    client: ClientLike,
    page_size: int = 100,
    **kwargs: Any,
) -> Iterator[Any]: ...


def paginate(
    operation: ListOperation[Any] | ModuleType | Callable[..., Any],
    *,
    client: ClientLike,
    page_size: int = 100,
    **kwargs: Any,
) -> Iterator[Any]:
    """Yield every item of a list operation, fetching `page_size` items per request.

    Other keyword arguments go to the operation (path arguments, filters; `offset` sets
    where to start). A wrong operation or argument fails here, not at the first `next()`.
    """
    fetch = _detailed(operation, "sync_detailed")
    pager = _Pager(operation, page_size, kwargs)

    def items() -> Iterator[Any]:
        while not pager.done:
            yield from pager.page(fetch(client=client, **pager.request_kwargs()))

    return items()


@overload
def apaginate(
    operation: ListOperation[T], *, client: ClientLike, page_size: int = 100, **kwargs: Any
) -> AsyncIterator[T]: ...


@overload
def apaginate(
    operation: ModuleType | Callable[..., Any],
    *,
    client: ClientLike,
    page_size: int = 100,
    **kwargs: Any,
) -> AsyncIterator[Any]: ...


def apaginate(
    operation: ListOperation[Any] | ModuleType | Callable[..., Any],
    *,
    client: ClientLike,
    page_size: int = 100,
    **kwargs: Any,
) -> AsyncIterator[Any]:
    """Async twin of `paginate` (use `async for`), calling the operation's `asyncio_detailed`."""
    fetch = _detailed(operation, "asyncio_detailed")
    pager = _Pager(operation, page_size, kwargs)

    async def items() -> AsyncIterator[Any]:
        while not pager.done:
            for item in pager.page(await fetch(client=client, **pager.request_kwargs())):
                yield item

    return items()
