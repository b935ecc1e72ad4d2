"""run_bulk gives every input its outcome whatever its call raised or its inputs did, and
still stops at once when it is itself cancelled."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from esper_client import errors, run_bulk


async def test_a_call_that_meets_someone_elses_cancellation_gets_it_as_its_outcome() -> None:
    # Calls share one result that another task was computing; that task is cancelled, so
    # every call awaiting the shared future gets a CancelledError that is not run_bulk's.
    loop = asyncio.get_running_loop()
    shared: asyncio.Future[int] = loop.create_future()

    async def work(n: int) -> int:
        if n % 2:
            return await shared
        await asyncio.sleep(0)
        return n

    async def give_up_on_the_shared_value() -> None:
        await asyncio.sleep(0)
        shared.cancel()

    canceller = asyncio.create_task(give_up_on_the_shared_value())
    outcomes = await run_bulk(work, range(10), initial_concurrency=10)
    await canceller
    assert [o.input for o in outcomes] == list(range(10))
    assert [o.value for o in outcomes if o.ok] == [0, 2, 4, 6, 8]
    assert all(isinstance(o.error, asyncio.CancelledError) for o in outcomes[1::2])
    with pytest.raises(asyncio.CancelledError):
        outcomes[1].unwrap()


async def test_a_call_raising_cancelled_error_itself_is_an_outcome_too() -> None:
    async def work(n: int) -> int:
        if n == 3:
            raise asyncio.CancelledError("gave up")
        return n

    outcomes = await run_bulk(work, range(6), initial_concurrency=2)
    assert len(outcomes) == 6 and [o.ok for o in outcomes] == [True] * 3 + [False] + [True] * 2
    assert str(outcomes[3].error) == "gave up"


async def test_cancelling_run_bulk_itself_cancels_every_call_and_raises() -> None:
    started, cancelled = 0, 0
    forever = asyncio.Event()

    async def work(n: int) -> None:
        nonlocal started, cancelled
        started += 1
        try:
            await forever.wait()
        except asyncio.CancelledError:
            cancelled += 1
            raise

    bulk = asyncio.create_task(run_bulk(work, range(100), initial_concurrency=5))
    while started < 5:
        await asyncio.sleep(0)
    bulk.cancel()
    with pytest.raises(asyncio.CancelledError):
        await bulk
    assert (started, cancelled) == (5, 5)


async def test_a_timeout_around_run_bulk_still_times_it_out() -> None:
    async def work(n: int) -> None:
        await asyncio.Event().wait()

    with pytest.raises(TimeoutError):
        async with asyncio.timeout(0):  # expires at the first await: no real wait
            await run_bulk(work, range(10), initial_concurrency=3)


async def test_inputs_that_fail_give_the_outcomes_so_far_with_the_error() -> None:
    release = asyncio.Event()

    async def work(n: int) -> int:
        if n == 4:  # still running when the inputs fail: it is finished, not lost
            await release.wait()
        return n * 10

    def inputs() -> Iterator[int]:
        yield from range(5)
        asyncio.get_running_loop().call_soon(release.set)
        raise OSError("the input file went away")

    with pytest.raises(errors.BulkInputError, match="after 5 of them: OSError") as info:
        await run_bulk(work, inputs(), initial_concurrency=10)
    assert isinstance(info.value.__cause__, OSError)
    assert [o.value for o in info.value.outcomes] == [0, 10, 20, 30, 40]
    assert isinstance(info.value, errors.EsperError)
