"""run_bulk: many async calls under a concurrency limit that adapts to the API's rate limit.

Following Esper's advice for bulk work (start around 20 requests at a time, build up, back
off on 429), the limit grows additively while calls succeed (+1 per limit's worth of
successes, like TCP congestion control), halves on a 429, never exceeds
`max_concurrency` and never drops below 1. A 429 counts even when `EsperClient`'s retries
hide it from the call: the transports report every 429 they see to the task that sent it.

Every input gets one `BulkOutcome`, in input order, holding its value or its exception,
whatever the call raised: a `CancelledError` too, when the call met someone else's
cancellation (it awaited a shared future that was cancelled). Cancelling `run_bulk` itself
cancels every call and raises. If reading the inputs fails, the calls under way finish and
`errors.BulkInputError` carries every outcome so far.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar, cast

from ._transport import on_rate_limited
from .errors import BulkInputError, RateLimitError

__all__ = ["AdaptiveLimit", "BulkOutcome", "run_bulk"]

T = TypeVar("T")
R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class BulkOutcome(Generic[T, R]):
    """What one input came to: `value` if `ok`, else `error` (an Exception, or the
    `asyncio.CancelledError` the call let out)."""

    input: T
    value: R | None = None
    error: BaseException | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def unwrap(self) -> R:
        """The value, or raise the call's exception."""
        if self.error is not None:
            raise self.error
        return cast(R, self.value)


class AdaptiveLimit:
    """An additive-increase / multiplicative-decrease concurrency limit.

    Only one decrease per round of requests: a 429 from a call started before the last
    decrease says nothing new (its siblings were sent at the old rate), so it is ignored.
    """

    def __init__(
        self,
        initial: int = 20,
        maximum: int = 100,
        *,
        increase: float = 1.0,
        decrease: float = 0.5,
    ) -> None:
        if not 1 <= initial <= maximum:
            raise ValueError(f"need 1 <= initial <= maximum, got {initial} and {maximum}")
        if increase <= 0 or not 0 < decrease < 1:
            raise ValueError("need increase > 0 and 0 < decrease < 1")
        self.maximum = maximum
        self.increase = increase
        self.decrease = decrease
        self.value = float(initial)
        self.epoch = 0  # bumped on every decrease

    @property
    def current(self) -> int:
        """How many calls may be in flight now."""
        return max(1, int(self.value))

    def on_success(self) -> None:
        self.value = min(float(self.maximum), self.value + self.increase / self.current)

    def on_rate_limited(self, epoch: int) -> None:
        """Halve the limit, unless it was already lowered since `epoch` was read."""
        if epoch == self.epoch:
            self.value = max(1.0, self.value * self.decrease)
            self.epoch += 1


async def run_bulk(
    func: Callable[[T], Awaitable[R]],
    inputs: Iterable[T],
    *,
    initial_concurrency: int = 20,
    max_concurrency: int = 100,
) -> list[BulkOutcome[T, R]]:
    """Run `func(input)` for every input, adaptively concurrent; one outcome per input, in order.

    Exceptions from `func` are caught into the outcomes, a `CancelledError` included unless
    `run_bulk` itself is being cancelled (then every call is cancelled and it raises);
    nothing is dropped. For prepared zero-argument calls, use
    `run_bulk(lambda call: call(), calls)`. Inputs are read lazily; if reading them raises,
    the calls under way finish and `errors.BulkInputError` (from that error) holds the
    outcomes of every input read.
    """
    limit = AdaptiveLimit(initial_concurrency, max_concurrency)
    outcomes: list[BulkOutcome[T, R] | None] = []
    in_flight = 0
    slot_freed = asyncio.Event()

    async def run_one(index: int, item: T) -> None:
        nonlocal in_flight
        epoch = limit.epoch
        saw_429 = False

        def rate_limited() -> None:
            nonlocal epoch, saw_429
            saw_429 = True
            limit.on_rate_limited(epoch)
            epoch = limit.epoch

        # Each task runs in its own copy of the context, so this reaches only its requests.
        on_rate_limited.set(rate_limited)
        try:
            value = await func(item)
        except asyncio.CancelledError as exc:
            task = asyncio.current_task()
            if task is None or task.cancelling():
                raise  # this task is being cancelled: run_bulk is, so every call is
            # The call met a cancellation that was not ours (a shared future someone else
            # cancelled): its outcome, like any error.
            outcomes[index] = BulkOutcome(item, error=exc)
        except Exception as exc:
            outcomes[index] = BulkOutcome(item, error=exc)
            if isinstance(exc, RateLimitError) and not saw_429:
                limit.on_rate_limited(epoch)
        else:
            outcomes[index] = BulkOutcome(item, value=value)
            limit.on_success()
        finally:
            in_flight -= 1
            slot_freed.set()

    iterator = iter(inputs)
    failure: Exception | None = None
    async with asyncio.TaskGroup() as group:
        while True:
            try:
                item = next(iterator)
            except StopIteration:
                break
            except Exception as exc:  # the inputs broke: let what started finish, then say so
                failure = exc
                break
            while in_flight >= limit.current:
                slot_freed.clear()
                await slot_freed.wait()
            in_flight += 1
            outcomes.append(None)
            group.create_task(run_one(len(outcomes) - 1, item))
    # Every task fills its slot before the group exits (or the group raises), so no gaps.
    assert all(outcome is not None for outcome in outcomes)
    done = cast(list[BulkOutcome[T, R]], outcomes)
    if failure is not None:
        raise BulkInputError(
            f"reading the inputs failed after {len(done)} of them: "
            f"{type(failure).__name__}: {failure}",
            outcomes=done,
        ) from failure
    return done
