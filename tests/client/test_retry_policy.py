"""RetryPolicy on its own: backoff, Retry-After parsing, which statuses and methods retry."""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime

import pytest
from client_helpers import FakeTime
from hypothesis import given
from hypothesis import strategies as st

from esper_client import RetryPolicy


def test_defaults_are_the_documented_ones() -> None:
    policy = RetryPolicy()
    assert (policy.max_retries, policy.backoff_initial, policy.backoff_max) == (3, 0.5, 30.0)
    assert policy.jitter is True
    assert policy.max_retry_after == 60.0
    assert policy.retry_statuses == frozenset({429, 502, 503, 504})


def test_retry_statuses_accepts_a_set_and_the_policy_stays_hashable() -> None:
    policy = RetryPolicy(retry_statuses={500, 503})
    assert policy.retry_statuses == frozenset({500, 503})
    assert hash(policy) == hash(RetryPolicy(retry_statuses=[503, 500]))


@pytest.mark.parametrize(
    "kwargs", [{"max_retries": -1}, {"backoff_initial": -0.1}, {"max_retry_after": -1}]
)
def test_nonsense_settings_are_refused(kwargs: dict[str, float]) -> None:
    with pytest.raises(ValueError, match=">= 0"):
        RetryPolicy(**kwargs)  # type: ignore[arg-type]


def test_backoff_doubles_up_to_the_cap_without_jitter() -> None:
    policy = RetryPolicy(jitter=False, backoff_initial=0.5, backoff_max=3.0)
    assert [policy.backoff(n) for n in range(5)] == [0.5, 1.0, 2.0, 3.0, 3.0]


@pytest.mark.parametrize(("draw", "expected"), [(0.0, 1.0), (0.5, 1.5), (0.999, 1.999)])
def test_jitter_spreads_each_wait_over_its_upper_half(draw: float, expected: float) -> None:
    policy = RetryPolicy(random=lambda: draw)
    assert policy.backoff(2) == pytest.approx(expected)  # full wait would be 2.0


@given(st.integers(min_value=0, max_value=60), st.floats(min_value=0, max_value=0.9999))
def test_jittered_backoff_stays_within_bounds(retry_number: int, draw: float) -> None:
    policy = RetryPolicy(random=lambda: draw)
    full = min(policy.backoff_max, policy.backoff_initial * 2.0**retry_number)
    assert full / 2 <= policy.backoff(retry_number) <= full


@pytest.mark.parametrize(
    ("header", "seconds"), [("7", 7.0), (" 2 ", 2.0), ("1.5", 1.5), ("0", 0.0)]
)
def test_retry_after_in_seconds(header: str, seconds: float) -> None:
    assert RetryPolicy().retry_after(header) == seconds


def test_retry_after_as_an_http_date() -> None:
    fake = FakeTime()
    when = datetime.fromtimestamp(fake.now + 12, tz=UTC)
    assert fake.policy().retry_after(format_datetime(when, usegmt=True)) == 12.0


def test_retry_after_as_an_http_date_in_the_past_means_now() -> None:
    fake = FakeTime()
    when = datetime.fromtimestamp(fake.now - 100, tz=UTC)
    assert fake.policy().retry_after(format_datetime(when, usegmt=True)) == 0.0


def test_retry_after_is_capped() -> None:
    fake = FakeTime()
    assert fake.policy(max_retry_after=60).retry_after("3600") == 60.0
    far = format_datetime(datetime.fromtimestamp(fake.now + 86400, tz=UTC), usegmt=True)
    assert fake.policy(max_retry_after=5).retry_after(far) == 5.0


@pytest.mark.parametrize(
    "header", [None, "", "soon", "-5", "inf", "nan", "1e3", "5 seconds", "Mon, 99 Foo 2024"]
)
def test_unreadable_retry_after_gives_none(header: str | None) -> None:
    assert RetryPolicy().retry_after(header) is None


@pytest.mark.parametrize("method", ["GET", "HEAD", "PUT", "DELETE", "OPTIONS", "get"])
@pytest.mark.parametrize("status", [429, 502, 503, 504])
def test_idempotent_methods_retry_every_retry_status(method: str, status: int) -> None:
    assert RetryPolicy().retries_status(method, status)


@pytest.mark.parametrize("method", ["POST", "PATCH"])
def test_post_and_patch_retry_only_429(method: str) -> None:
    policy = RetryPolicy()
    assert policy.retries_status(method, 429)
    assert not any(policy.retries_status(method, status) for status in (502, 503, 504))


@pytest.mark.parametrize("status", [200, 400, 404, 500])
def test_other_statuses_are_not_retried(status: int) -> None:
    assert not RetryPolicy().retries_status("GET", status)


def test_retry_after_only_counts_for_429_and_503() -> None:
    policy = RetryPolicy(jitter=False)
    assert policy.wait_for_status(429, "9", 0) == (9.0, "Retry-After '9'")
    assert policy.wait_for_status(503, "9", 0) == (9.0, "Retry-After '9'")
    assert policy.wait_for_status(502, "9", 0) == (0.5, "backoff")
    assert policy.wait_for_status(429, "garbage", 1) == (1.0, "backoff")
