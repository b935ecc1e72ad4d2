"""Faults the server answers with a status: 429 with every kind of Retry-After, 5xx, HTML
pages, codes HTTPStatus does not know. Through EsperClient and a real socket, sync and async.

Each test checks the documented outcome: how many requests reached the server, what the
client waited (on the fake clock: nothing really sleeps), that the waits stay within the
policy's bound, the typed error, and that the key shows in no error (logs: see conftest).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from email.utils import formatdate
from http import HTTPStatus
from typing import Any

import pytest
from fault_server import FaultServer, reply
from reliability_helpers import (
    API_KEY,
    ENTERPRISE_ID,
    FakeTime,
    assert_no_key,
    call,
    request,
    wait_bound,
)

from esper_client import EsperClient, RetryPolicy, errors
from esper_client.generated.api.devices import get_all_devices

PAGE = json.dumps({"count": 1, "next": None, "previous": None, "results": [{"device_name": "d1"}]})
DEVICES_PATH = f"/api/enterprise/{ENTERPRISE_ID}/device/"
# Real time a call may take when every wait is on the fake clock and nothing stalls.
QUICK = 3.0


async def failing_call(mode: str, client: EsperClient, error: type[Exception]) -> Any:
    """Call get_all_devices, expect `error`, check it holds no key and came quickly."""
    started = time.monotonic()
    with pytest.raises(error) as info:
        await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert time.monotonic() - started < QUICK
    assert_no_key(info.value)
    return info.value


def assert_waits(fake_time: FakeTime, policy: RetryPolicy, expected: list[float]) -> None:
    assert fake_time.sleeps == pytest.approx(expected)
    assert sum(fake_time.sleeps) <= wait_bound(policy)


# --- 429 and Retry-After -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("retry_after", "waits", "hint"),
    [
        ("7", [7.0, 7.0, 7.0], 7.0),
        ("0", [0.0, 0.0, 0.0], 0.0),
        ("86400", [60.0, 60.0, 60.0], 60.0),  # a day: capped at max_retry_after
        ("2.5", [2.5, 2.5, 2.5], 2.5),
    ],
)
async def test_429_retry_after_in_seconds_is_obeyed_up_to_the_cap(
    mode: str,
    server: FaultServer,
    client: EsperClient,
    fake_time: FakeTime,
    retry_after: str,
    waits: list[float],
    hint: float,
) -> None:
    server.script(reply(429, '{"message": "slow down"}', headers={"Retry-After": retry_after}))
    exc = await failing_call(mode, client, errors.RateLimitError)
    assert exc.status_code == 429 and exc.retry_after == hint and exc.message == "slow down"
    assert server.count == 4  # the first try and max_retries=3 retries
    assert_waits(fake_time, client.retry, waits)
    assert all(seen.headers["authorization"] == f"Bearer {API_KEY}" for seen in server.requests)


@pytest.mark.parametrize(
    ("ahead", "wait"),
    [(7, 7.0), (-3600, 0.0), (10 * 86400, 60.0)],
    ids=["7s-ahead", "in-the-past", "ten-days-ahead"],
)
async def test_429_retry_after_as_an_http_date(
    mode: str,
    server: FaultServer,
    client: EsperClient,
    fake_time: FakeTime,
    ahead: int,
    wait: float,
) -> None:
    # The date is computed per request from the fake clock, as a real server's would be.
    server.script(
        reply(
            429,
            "{}",
            headers=lambda: {"Retry-After": formatdate(fake_time.now + ahead, usegmt=True)},
        )
    )
    exc = await failing_call(mode, client, errors.RateLimitError)
    assert exc.retry_after == pytest.approx(wait)
    assert server.count == 4
    assert_waits(fake_time, client.retry, [wait] * 3)


@pytest.mark.parametrize(
    "garbage",
    [
        "soon",
        "-5",
        "1e3",
        "NaN",
        "",
        "Fri, 31 Feb 2099 99:99:99 GMT",
        "7 seconds",
        "0x10",
        "\u00e9",
    ],
)
async def test_429_garbage_retry_after_falls_back_to_backoff(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime, garbage: str
) -> None:
    server.script(reply(429, "{}", headers={"Retry-After": garbage}))
    exc = await failing_call(mode, client, errors.RateLimitError)
    assert exc.retry_after is None
    assert server.count == 4
    assert_waits(fake_time, client.retry, [0.5, 1.0, 2.0])


async def test_a_429_storm_that_ends_is_absorbed(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    throttled = reply(429, "{}", headers={"Retry-After": "3"})
    server.script(throttled, throttled, reply(200, PAGE))
    page = await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert page.count == 1 and page.results[0].device_name == "d1"
    assert server.count == 3
    assert fake_time.sleeps == [3.0, 3.0]
    assert [seen.path for seen in server.requests] == [DEVICES_PATH] * 3


async def test_429_is_retried_for_post_too(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    # 429 means the server refused without acting, so even a POST may be repeated.
    server.script(reply(429, "{}", headers={"Retry-After": "1"}))
    with pytest.raises(errors.RateLimitError) as info:
        await request(mode, client, "POST", "/v0/operations/", json={"x": 1})
    assert_no_key(info.value)
    assert server.count == 4
    assert all(seen.body == b'{"x":1}' for seen in server.requests)
    assert fake_time.sleeps == [1.0, 1.0, 1.0]


async def test_a_patient_policy_is_bounded_by_its_own_numbers(
    mode: str, server: FaultServer, make_client: Callable[..., EsperClient], fake_time: FakeTime
) -> None:
    policy = fake_time.policy(max_retries=6, max_retry_after=120.0)
    client = make_client(retry=policy)
    server.script(reply(429, "{}", headers={"Retry-After": "999999"}))
    await failing_call(mode, client, errors.RateLimitError)
    assert server.count == 7
    assert_waits(fake_time, policy, [120.0] * 6)


# --- 5xx -----------------------------------------------------------------------------------


@pytest.mark.parametrize("status", [502, 503, 504])
async def test_gateway_errors_are_retried_then_raised(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime, status: int
) -> None:
    server.script(reply(status, '{"message": "upstream down", "errors": ["e1"]}'))
    exc = await failing_call(mode, client, errors.InternalServerError)
    assert exc.status_code == status and exc.errors == ["e1"]
    assert server.count == 4
    assert_waits(fake_time, client.retry, [0.5, 1.0, 2.0])


async def test_500_is_not_retried(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    server.script(reply(500, '{"message": "boom"}'))
    exc = await failing_call(mode, client, errors.InternalServerError)
    assert exc.status_code == 500 and exc.message == "boom"
    assert server.count == 1 and fake_time.sleeps == []


async def test_503_retry_after_is_obeyed(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    server.script(reply(503, "{}", headers={"Retry-After": "4"}), reply(200, PAGE))
    page = await call(mode, get_all_devices, ENTERPRISE_ID, client=client)
    assert page.count == 1
    assert server.count == 2 and fake_time.sleeps == [4.0]


@pytest.mark.parametrize("status", [500, 502, 503, 504])
async def test_post_is_never_repeated_after_a_5xx(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime, status: int
) -> None:
    server.script(reply(status, "{}"))
    with pytest.raises(errors.InternalServerError) as info:
        await request(mode, client, "POST", "/v0/operations/", json={})
    assert_no_key(info.value)
    assert server.count == 1 and fake_time.sleeps == []


# --- HTML pages ----------------------------------------------------------------------------

HTML = (
    "<!DOCTYPE html><html><head><title>502 Bad Gateway</title></head>"
    "<body><h1>502 Bad Gateway</h1><hr><center>nginx</center>"
    + "<p>padding</p>" * 500
    + "</body></html>"
)


async def test_an_html_error_page_gives_its_title(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    server.script(reply(502, HTML, content_type="text/html"))
    exc = await failing_call(mode, client, errors.InternalServerError)
    assert exc.message == "non-JSON body: 502 Bad Gateway"
    assert exc.body == HTML  # the whole page stays available
    assert server.count == 4


async def test_an_html_page_from_a_waf_is_a_permission_error(
    mode: str, server: FaultServer, client: EsperClient
) -> None:
    page = "<html><head><title>Access denied</title></head><body>blocked</body></html>"
    server.script(reply(403, page, content_type="text/html; charset=utf-8"))
    exc = await failing_call(mode, client, errors.PermissionDeniedError)
    assert exc.message == "non-JSON body: Access denied"
    assert server.count == 1


async def test_an_html_page_with_status_200_is_a_decode_error(
    mode: str, server: FaultServer, client: EsperClient, fake_time: FakeTime
) -> None:
    # A captive portal or a login wall answering for the API.
    login = "<html><head><title>Sign in</title></head><body><form></form></body></html>"
    server.script(reply(200, login, content_type="text/html"))
    exc = await failing_call(mode, client, errors.ResponseDecodeError)
    assert "Sign in" in str(exc)
    assert exc.response is not None and exc.response.status_code == 200
    assert server.count == 1 and fake_time.sleeps == []


# --- codes HTTPStatus does not know --------------------------------------------------------


async def test_520_is_a_server_error_and_not_retried(
    mode: str, server: FaultServer, client: EsperClient
) -> None:
    server.script(
        reply(520, "<html><title>Web server is returning an unknown error</title></html>")
    )
    exc = await failing_call(mode, client, errors.InternalServerError)
    assert exc.status_code == 520
    assert str(exc).startswith("520 HTTP status: ")
    assert server.count == 1


async def test_299_is_a_success_with_an_int_status(
    mode: str, server: FaultServer, client: EsperClient
) -> None:
    server.script(reply(299, PAGE))
    response = await call(mode, get_all_devices, ENTERPRISE_ID, client=client, detailed=True)
    assert response.status_code == 299 and not isinstance(response.status_code, HTTPStatus)
    # An undocumented 2xx is read as the documented success body, and reported.
    assert response.parsed.count == json.loads(PAGE)["count"]
    assert [d.kind for d in response.deviations] == ["status"]
    assert json.loads(response.content) == json.loads(PAGE)


@pytest.mark.parametrize("status", [299, 520, 599, 420])
async def test_unknown_codes_without_raise_on_error_give_a_response(
    mode: str, server: FaultServer, make_client: Callable[..., EsperClient], status: int
) -> None:
    client = make_client(raise_on_error=False)
    server.script(reply(status, '{"message": "odd"}'))
    response = await call(mode, get_all_devices, ENTERPRISE_ID, client=client, detailed=True)
    assert response.status_code == status
    if 200 <= status < 300:  # read as the success body it stands for, and reported
        assert response.parsed.additional_properties == {"message": "odd"}
        assert [d.kind for d in response.deviations] == ["status"]
    else:
        assert response.parsed is None
    assert server.count == 1


async def test_known_codes_without_raise_on_error_stay_http_status(
    mode: str, server: FaultServer, make_client: Callable[..., EsperClient], fake_time: FakeTime
) -> None:
    client = make_client(raise_on_error=False)
    server.script(reply(429, '{"message": "slow"}', headers={"Retry-After": "1"}))
    response = await call(mode, get_all_devices, ENTERPRISE_ID, client=client, detailed=True)
    assert response.status_code is HTTPStatus.TOO_MANY_REQUESTS
    assert server.count == 4 and fake_time.sleeps == [1.0, 1.0, 1.0]
