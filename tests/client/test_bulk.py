"""run_bulk: order, errors kept, the concurrency cap, and AIMD on 429 (seen or retried away)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Iterator
from typing import ClassVar

import httpx
import pytest
import respx
from client_helpers import DEVICE_ID, ENTERPRISE_ID, FakeTime

from esper_client import EsperClient, errors, run_bulk
from esper_client import bulk as bulk_module
from esper_client.bulk import AdaptiveLimit, BulkOutcome
from esper_client.generated.api.devices import get_device_by_id


def rate_limited() -> errors.RateLimitError:
    return errors.RateLimitError("slow down", status_code=429)


async def test_outcomes_keep_input_order_whatever_order_calls_finish_in() -> None:
    gates = {n: asyncio.Event() for n in range(6)}

    async def work(n: int) -> int:
        await gates[n].wait()
        return n * 10

    async def open_gates_backwards() -> None:
        for n in reversed(range(6)):
            await asyncio.sleep(0)
            gates[n].set()

    opener = asyncio.create_task(open_gates_backwards())
    outcomes = await run_bulk(work, range(6), initial_concurrency=6, max_concurrency=6)
    await opener
    assert [o.input for o in outcomes] == list(range(6))
    assert [o.value for o in outcomes] == [0, 10, 20, 30, 40, 50]
    assert all(o.ok for o in outcomes)


async def test_errors_are_outcomes_too_and_nothing_is_lost() -> None:
    async def work(n: int) -> int:
        await asyncio.sleep(0)
        if n % 3 == 0:
            raise ValueError(f"bad {n}")
        return n

    outcomes = await run_bulk(work, (n for n in range(50)), initial_concurrency=4)
    assert len(outcomes) == 50
    assert [o.input for o in outcomes] == list(range(50))
    failed = [o for o in outcomes if not o.ok]
    assert [o.input for o in failed] == list(range(0, 50, 3))
    assert all(isinstance(o.error, ValueError) and o.value is None for o in failed)
    with pytest.raises(ValueError, match="bad 0"):
        outcomes[0].unwrap()
    assert outcomes[1].unwrap() == 1


async def test_an_empty_input_gives_no_outcomes() -> None:
    async def work(n: int) -> int:
        raise AssertionError("never called")

    assert await run_bulk(work, []) == []


async def test_concurrency_never_exceeds_the_cap() -> None:
    in_flight = peak = 0

    async def work(n: int) -> None:
        nonlocal in_flight, peak
        in_flight += 1
        peak = max(peak, in_flight)
        for _ in range(3):
            await asyncio.sleep(0)
        in_flight -= 1

    outcomes = await run_bulk(work, range(200), initial_concurrency=3, max_concurrency=5)
    assert len(outcomes) == 200
    assert peak == 5  # grew from 3 to the cap, never beyond


async def test_429s_shrink_concurrency() -> None:
    in_flight = 0
    first_batch_in = asyncio.Event()
    later_peak = 0

    async def work(n: int) -> int:
        nonlocal in_flight, later_peak
        in_flight += 1
        try:
            if n < 8:
                if in_flight == 8:
                    first_batch_in.set()
                await first_batch_in.wait()
                raise rate_limited()
            later_peak = max(later_peak, in_flight)
            await asyncio.sleep(0)
            return n
        finally:
            in_flight -= 1

    outcomes = await run_bulk(work, range(16), initial_concurrency=8, max_concurrency=8)
    assert [type(o.error) for o in outcomes[:8]] == [errors.RateLimitError] * 8
    assert all(o.ok for o in outcomes[8:])
    # Eight simultaneous 429s are one signal: halved once (8 -> 4), not eight times (-> 1).
    assert later_peak == 4


class RecordingLimit(AdaptiveLimit):
    instances: ClassVar[list[RecordingLimit]] = []

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.decreases = 0
        RecordingLimit.instances.append(self)

    def on_rate_limited(self, epoch: int) -> None:
        before = self.epoch
        super().on_rate_limited(epoch)
        self.decreases += self.epoch - before


@pytest.fixture
def recording_limit(monkeypatch: pytest.MonkeyPatch) -> Iterator[type[RecordingLimit]]:
    RecordingLimit.instances = []
    monkeypatch.setattr(bulk_module, "AdaptiveLimit", RecordingLimit)
    yield RecordingLimit


async def test_a_429_hidden_by_retries_still_shrinks_concurrency(
    async_mode: str,
    client: EsperClient,
    api: respx.MockRouter,
    recording_limit: type[RecordingLimit],
) -> None:
    api.get(f"/enterprise/{ENTERPRISE_ID}/device/{DEVICE_ID}/").mock(
        side_effect=[httpx.Response(429, headers={"Retry-After": "1"})]
        + [httpx.Response(200, json={"id": str(DEVICE_ID)})] * 5
    )

    async def fetch(n: int) -> object:
        return await get_device_by_id.asyncio(ENTERPRISE_ID, DEVICE_ID, client=client)

    outcomes = await run_bulk(fetch, range(5), initial_concurrency=4)
    assert all(o.ok for o in outcomes)
    assert recording_limit.instances[0].decreases == 1


async def test_an_exhausted_429_counts_once(
    async_mode: str,
    make_client: Callable[..., EsperClient],
    api: respx.MockRouter,
    recording_limit: type[RecordingLimit],
) -> None:
    client = make_client(retry=FakeTime().policy(max_retries=0))
    api.get(f"/enterprise/{ENTERPRISE_ID}/device/{DEVICE_ID}/").respond(429)

    async def fetch(n: int) -> object:
        return await get_device_by_id.asyncio(ENTERPRISE_ID, DEVICE_ID, client=client)

    outcomes = await run_bulk(fetch, [0], initial_concurrency=4)
    assert isinstance(outcomes[0].error, errors.RateLimitError)
    assert recording_limit.instances[0].decreases == 1


def test_additive_increase_is_one_per_window_of_successes() -> None:
    limit = AdaptiveLimit(20, 100)
    for _ in range(20):
        limit.on_success()
    assert limit.current == 21


def test_the_limit_never_exceeds_its_maximum() -> None:
    limit = AdaptiveLimit(5, 6)
    for _ in range(1000):
        limit.on_success()
    assert limit.current == 6


def test_multiplicative_decrease_once_per_round_and_never_below_one() -> None:
    limit = AdaptiveLimit(20, 100)
    epoch = limit.epoch
    limit.on_rate_limited(epoch)
    limit.on_rate_limited(epoch)  # a sibling of the same round: ignored
    assert limit.current == 10
    for _ in range(10):
        limit.on_rate_limited(limit.epoch)
    assert limit.current == 1


@pytest.mark.parametrize(("initial", "maximum"), [(0, 10), (11, 10), (-1, 5)])
def test_nonsense_limits_are_refused(initial: int, maximum: int) -> None:
    with pytest.raises(ValueError, match="initial <= maximum"):
        AdaptiveLimit(initial, maximum)


def test_an_outcome_is_ok_only_without_error() -> None:
    assert BulkOutcome(1, value=None).ok
    assert not BulkOutcome(1, error=RuntimeError()).ok
