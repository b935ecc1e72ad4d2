"""All 345 operations against Prism in dynamic mode: random bodies, three seeded rounds.

Prism answers every call with a body json-schema-faker makes up from the contract (the seed
makes a round repeatable), and validates every request. Each operation must, in each round:
be accepted (2xx; a request-side violation in `sl-violations` fails it), and decode strictly
(`EsperClient(strict=True)`: any value the contract does not allow is an error). Arguments,
JSON bodies and multipart forms (with real files) are built from the contract. The rounds
call sync; the last one also runs async on aiohttp's pool, the backend whose requests
(multipart uploads included) httpx does not write itself.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import mock_server
import pytest
import pytest_asyncio
from contract_helpers import call_operation, prism_client, request_violations
from esper_testkit import contract, module_of, needs_aiohttp, operations

from esper_client import EsperClient, errors

SEEDS = ("101", "202", "303")
# (seed, mode): every seed sync, the last one on aiohttp too.
ROUNDS = [
    *(pytest.param((seed, "sync"), id=f"seed-{seed}") for seed in SEEDS),
    pytest.param((SEEDS[-1], "aiohttp"), marks=needs_aiohttp, id=f"seed-{SEEDS[-1]}-aiohttp"),
]


OPERATIONS = list(operations(contract()))


def test_every_operation_of_the_contract_is_here() -> None:
    assert len(OPERATIONS) >= 345


@pytest.fixture(scope="module", params=ROUNDS)
def prism_round(request: pytest.FixtureRequest) -> Iterator[tuple[str, str]]:
    """(Prism's URL, the mode of the calls), a Prism of its own for each round."""
    seed, mode = request.param
    with mock_server.prism(dynamic=True, seed=seed) as url:
        yield url, mode


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def dynamic_client(prism_round: tuple[str, str]) -> AsyncIterator[EsperClient]:
    # The tests of this module share one event loop (loop_scope), so they share one client.
    url, mode = prism_round
    async with prism_client(url, mode, strict=True) as client:
        yield client


@pytest.mark.asyncio(loop_scope="module")
@pytest.mark.parametrize(
    ("method", "path", "operation"),
    OPERATIONS,
    ids=[f"{o['tags'][0]}:{o['operationId']}" for _, _, o in OPERATIONS],
)
async def test_the_operation_is_accepted_and_its_random_answer_decodes_strictly(
    prism_round: tuple[str, str],
    dynamic_client: EsperClient,
    method: str,
    path: str,
    operation: dict[str, Any],
) -> None:
    try:
        response = await call_operation(prism_round[1], dynamic_client, method, path, operation)
    except errors.ResponseDecodeError as exc:
        pytest.fail(f"{method.upper()} {path}: the answer did not decode: {exc}")
    assert request_violations(response) == [], f"{method.upper()} {path}"
    assert 200 <= response.status_code < 300
    assert response.deviations == ()
    status = int(response.status_code)
    source, _ = module_of(operation)._RESPONSES.body_for(status) or ("none", None)
    if source == "json" and response.content.strip():
        assert response.parsed is not None, f"{method.upper()} {path} {status}: not decoded"
