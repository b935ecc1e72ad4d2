"""Contract tests: real requests from EsperClient to Prism serving openapi/esper.yaml.

Prism validates each request against the contract: a request that breaks it comes
back as a 422, which EsperClient raises, and the test fails with Prism's own words.
Prism also lists what it found in an `sl-violations` header; any request-side
entry there fails the test too. (Response-side entries are about the sample data
Prism makes up, not about our client, so they are only reported.)
Arguments are built from the contract, not written by hand,
so every operation chosen here is exercised the way the contract describes it. Each one
runs sync, async on httpx's pool and async on aiohttp's (`EsperClient(async_backend=...)`).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterator
from typing import Any

import mock_server
import pytest
import pytest_asyncio
from contract_helpers import JSON_BODY, call_operation, prism_client, request_violations
from esper_contract import normalize as norm
from esper_testkit import MODES, call, contract, operations

from esper_client import EsperClient, errors

# Tags where more than one call is made: every operation of these runs.
EVERY_OPERATION_OF = {"devices", "operations", "device_operations", "device_groups", "commands"}


def chosen_operations() -> Iterator[tuple[str, str, dict[str, Any]]]:
    """At least one operation of every tag; every operation of the busiest tags."""
    seen_tags: set[str] = set()
    for method, path, operation in operations(contract()):
        tag = norm.snake(operation["tags"][0])
        content = (operation.get("requestBody") or {}).get("content", {})
        if content and JSON_BODY not in content:
            continue  # multipart uploads: covered by unit tests, not by a generated sample
        if tag in EVERY_OPERATION_OF or tag not in seen_tags:
            seen_tags.add(tag)
            yield method, path, operation


CASES = list(chosen_operations())


def test_every_tag_is_exercised() -> None:
    all_tags = {
        norm.snake(o["tags"][0])
        for item in contract()["paths"].values()
        for o in item.values()
        if isinstance(o, dict) and "tags" in o
    }
    covered = {norm.snake(o["tags"][0]) for _, _, o in CASES}
    assert covered == all_tags
    per_tag = {
        t: sum(norm.snake(o["tags"][0]) == t for _, _, o in CASES) for t in EVERY_OPERATION_OF
    }
    assert all(count >= 3 for count in per_tag.values()), per_tag


@pytest.fixture(scope="module")
def prism_url() -> Iterator[str]:
    with mock_server.prism() as url:
        yield url


@pytest.fixture(scope="module", params=MODES)
def mode(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def client(prism_url: str, mode: str) -> AsyncIterator[EsperClient]:
    # The async tests of this module share one event loop (loop_scope), so one client.
    async with prism_client(prism_url, mode) as c:
        yield c


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize(
    ("method", "path", "operation"),
    CASES,
    ids=[f"{o['tags'][0]}:{o['operationId']}" for _, _, o in CASES],
)
async def test_request_passes_prism_validation_and_response_parses(
    mode: str, client: EsperClient, method: str, path: str, operation: dict[str, Any]
) -> None:
    response = await call_operation(mode, client, method, path, operation)
    assert request_violations(response) == []
    assert 200 <= response.status_code < 300
    status = str(int(response.status_code))
    documented = operation["responses"].get(status, {})
    if documented.get("content") and response.content:
        assert response.parsed is not None, f"{method.upper()} {path} {status}: body did not parse"
        if hasattr(response.parsed, "to_dict"):
            assert isinstance(response.parsed.to_dict(), dict)


@pytest.mark.asyncio(loop_scope="module")
async def test_a_request_that_breaks_the_contract_is_refused(
    mode: str, client: EsperClient
) -> None:
    """The harness itself: Prism does flag violations, and the client raises them."""
    from esper_client.generated.api import device_operations

    with pytest.raises(errors.APIStatusError) as caught:
        await call(mode, device_operations.get_device_operations, "not-a-uuid", client=client)
    assert caught.value.status_code in (400, 422)
    assert "uuid" in json.dumps(caught.value.body)
