"""Decoding: a 1,000-device listing page into typed objects, ours against esperclient's.

Ours: `GetAllDevicesResponse200.from_dict` (devices become `DeviceInfo`, with UUIDs,
datetimes and nested models). esperclient: its `ApiClient` deserializer into
`InlineResponse2003` (the response type of its `DeviceApi.get_all_devices`, devices become
its `Device`). Both start from the same parsed JSON (`from dict`), and again from the same
bytes (`from bytes`: JSON parsing included, as each client does it after a request).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from typing import Any

import common
import data
from common import Row, interleaved, median

ITEMS = 1000


class _RawResponse:
    """What esperclient's `ApiClient.deserialize` reads: a response with `.data`."""

    def __init__(self, body: bytes) -> None:
        self.data = body


def _timer(func: Callable[[], Any], repeat: int) -> Callable[[], float]:
    def run() -> float:
        started = time.perf_counter()
        for _ in range(repeat):
            func()
        return (time.perf_counter() - started) / repeat

    return run


def run(quick: bool = False) -> list[Row]:
    import esperclient

    from esper_client.generated.models import GetAllDevicesResponse200

    page = data.page(0, ITEMS, ITEMS)
    body = data.page_body(0, ITEMS, ITEMS)
    assert json.loads(body) == page
    api_client = esperclient.ApiClient()
    peer_from_dict = api_client._ApiClient__deserialize  # the private worker of deserialize()

    ours = GetAllDevicesResponse200.from_dict(page)
    theirs = peer_from_dict(page, "InlineResponse2003")
    assert len(ours.results) == len(theirs.results) == ITEMS
    assert str(ours.results[-1].id) == theirs.results[-1].id == page["results"][-1]["id"]
    assert ours.results[7].created_on == theirs.results[7].created_on
    assert ours.results[7].emm_device.id == theirs.results[7].emm_device.id

    rounds = 5 if quick else 15
    samples = interleaved(
        {
            "ours dict": _timer(lambda: GetAllDevicesResponse200.from_dict(page), 2),
            "peer dict": _timer(lambda: peer_from_dict(page, "InlineResponse2003"), 1),
            "ours bytes": _timer(lambda: GetAllDevicesResponse200.from_dict(json.loads(body)), 2),
            "peer bytes": _timer(
                lambda: api_client.deserialize(_RawResponse(body), "InlineResponse2003"), 1
            ),
        },
        rounds,
    )
    if api_client._pool is not None:
        api_client._pool.close()
    name = "3 decoding"
    return [
        Row(name, f"{ITEMS}-device page, from dict", median(samples["ours dict"]), "ms",
            "esperclient", median(samples["peer dict"]), target=0.2),
        Row(name, f"{ITEMS}-device page, from bytes", median(samples["ours bytes"]), "ms",
            "esperclient", median(samples["peer bytes"]), target=0.2),
    ]  # fmt: skip


if __name__ == "__main__":
    import sys

    print(common.table(run("--quick" in sys.argv)))
