"""Property-based tests (hypothesis) of what hostile input reaches: state decoding, Retry-After,
error bodies and pagination. Derandomized with modest example counts: the same examples on
every run, in a few seconds.
"""

from __future__ import annotations

import json
import math
import types
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime
from http import HTTPStatus
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from reliability_helpers import API_KEY

from esper_client import DeviceOperationState, RetryPolicy, UnknownState, errors, paginate
from esper_client.generated.types import Response

FIXED = settings(
    max_examples=300,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)

# --- DeviceOperationState.parse --------------------------------------------------------------

NAMES = [m.name for m in DeviceOperationState] + ["SUCCEDED", "SUCCEEDED", "FAILED", "CANCELED"]
name_like = st.builds(
    lambda prefix, name, case, pad: pad + case(prefix + name) + pad,
    st.sampled_from(["", "DEVICE_OPERATION_", "device_operation_"]),
    st.sampled_from([*NAMES, "PAUSED", "TIMEOUT_", "PROCESS"]),
    st.sampled_from([str.upper, str.lower, str.title, str.swapcase]),
    st.sampled_from(["", " ", "\t", "\n"]),
)
values = st.one_of(
    st.integers(),
    st.integers(min_value=-(10**100), max_value=10**100),
    st.text(),
    name_like,
    st.integers().map(str),
    st.text(alphabet="0123456789", min_size=4000, max_size=6000),  # past int()'s digit limit
    st.floats(allow_nan=True),
    st.booleans(),
    st.none(),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


@FIXED
@given(values)
@example("1" * 5000)
@example("\u0664\u0660")  # Arabic-Indic "40"
@example("\u00b2")  # a digit that is not a decimal
def test_parse_never_raises_unless_strict(value: object) -> None:
    state = DeviceOperationState.parse(value)
    if isinstance(state, UnknownState):
        assert state.raw is value and not state.is_terminal
        with pytest.raises(errors.UnknownStateError) as info:
            DeviceOperationState.parse(value, strict=True)
        assert isinstance(info.value, ValueError) and info.value.raw is value
    else:
        assert isinstance(state, DeviceOperationState)
        assert DeviceOperationState.parse(value, strict=True) is state


@FIXED
@given(st.integers())
def test_an_int_is_known_exactly_when_it_is_a_state_code(value: int) -> None:
    known = value in {10, 20, 30, 40, 50, 60, 70, 80, 90}
    assert isinstance(DeviceOperationState.parse(value), DeviceOperationState) == known
    assert DeviceOperationState.parse(str(value)) == DeviceOperationState.parse(value) or not known


@FIXED
@given(name_like)
def test_names_decode_alike_whatever_their_case_prefix_or_padding(text: str) -> None:
    bare = text.strip().upper().removeprefix("DEVICE_OPERATION_")
    state = DeviceOperationState.parse(text)
    assert isinstance(state, DeviceOperationState) == (bare in NAMES)


# --- Retry-After -----------------------------------------------------------------------------

NOW = 1_700_000_000.0
http_dates = st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(9999, 12, 31), timezones=st.just(UTC)
).map(lambda when: format_datetime(when, usegmt=True))
retry_after_values = st.one_of(
    st.text(),
    st.text(alphabet="0123456789. -+eE", max_size=30),
    st.integers(min_value=-(10**30), max_value=10**400).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(str),
    http_dates,
    http_dates.map(lambda date: date.replace("GMT", "+0530")),
    http_dates.map(lambda date: date[:-4]),
    st.just("Fri, 31 Feb 2099 99:99:99 GMT"),
)
caps = st.floats(min_value=0, max_value=1e6)


@FIXED
@given(retry_after_values, caps, st.floats(min_value=-1e12, max_value=1e12))
@example("9" * 400, 60.0, NOW)
@example("Mon, 01 Jan 0001 00:00:00 +2359", 60.0, NOW)
@example("\u0663.\u0665", 60.0, NOW)
def test_retry_after_never_raises_and_never_exceeds_the_cap(
    value: str, cap: float, now: float
) -> None:
    policy = RetryPolicy(max_retry_after=cap, clock=lambda: now)
    seconds = policy.retry_after(value)
    assert seconds is None or (0.0 <= seconds <= cap and not math.isnan(seconds))


@FIXED
@given(
    st.one_of(st.none(), retry_after_values),
    st.sampled_from([429, 502, 503, 504, 500, 200]),
    st.integers(min_value=0, max_value=200),
    caps,
    caps,
    st.floats(min_value=0, max_value=1),
)
def test_any_wait_is_within_the_policy_bound(
    value: str | None, status: int, retry: int, cap: float, backoff_max: float, chance: float
) -> None:
    policy = RetryPolicy(
        max_retry_after=cap, backoff_max=backoff_max, clock=lambda: NOW, random=lambda: chance
    )
    wait, reason = policy.wait_for_status(status, value, retry)
    assert 0.0 <= wait <= max(cap, backoff_max)
    assert isinstance(reason, str)


# --- error envelopes -------------------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
envelopes = st.fixed_dictionaries(
    {},
    optional={
        "message": json_values,
        "errors": json_values,
        "detail": json_values,
        "error": json_values,
        "status": json_values,
    },
)
bodies = st.one_of(
    st.binary(max_size=2000),
    json_values.map(lambda v: json.dumps(v).encode()),
    envelopes.map(lambda v: json.dumps(v).encode()),
    st.text().map(lambda t: f"<html><title>{t}</title></html>".encode()),
    st.integers(min_value=1, max_value=300).map(lambda n: b"[" * n + b"]" * n),
)

errors._register_secret(API_KEY)


@FIXED
@given(st.integers(min_value=100, max_value=999), bodies, st.sampled_from(["", API_KEY]))
@example(500, b"[" * 100_000, "")
@example(502, b"{" * 50_000, "")
@example(429, b'{"message": "' + b"1" * 5000 + b'"}', "")
def test_any_error_body_gives_a_typed_error(status: int, body: bytes, secret: str) -> None:
    content = body + secret.encode()
    exc = errors.status_error(status_code=status, content=content, retry_after=None)
    assert isinstance(exc, errors.APIStatusError) and exc.status_code == status
    expected = errors._STATUS_CLASSES.get(status) or (
        errors.InternalServerError if status >= 500 else errors.APIStatusError
    )
    assert type(exc) is expected
    assert isinstance(exc.errors, list)
    text = str(exc) + repr(exc)
    assert len(exc.message) <= 300
    assert API_KEY not in text


# --- pagination ------------------------------------------------------------------------------


@dataclass
class Page:
    results: list[int] | None
    count: Any = None


class Server:
    """A list endpoint scripted by hypothesis: its pages, then what it does once they run out."""

    LIMIT = 200  # requests; a pager that goes past this would never have stopped

    def __init__(self, pages: list[list[int]], counts: list[Any], tail: str) -> None:
        self.pages, self.counts, self.tail = pages, counts, tail
        self.requests = 0

    def answer(self, offset: int, limit: int) -> Page:
        n = self.requests
        self.requests += 1
        assert self.requests <= self.LIMIT, "pagination did not terminate"
        count = self.counts[n % len(self.counts)] if self.counts else None
        if n < len(self.pages):
            return Page(self.pages[n], count)
        if self.tail == "empty" or not self.pages:
            return Page([], count)
        if self.tail == "repeat-last":
            return Page(self.pages[-1], count)
        return Page(self.pages[n % len(self.pages)], count)  # cycle


def operation(server: Server) -> types.ModuleType:
    module = types.ModuleType("scripted_list_operation")

    def sync_detailed(*, client: object, limit: int, offset: int) -> Response[Page]:
        return Response(
            status_code=HTTPStatus.OK,
            content=b"{}",
            headers={},
            parsed=server.answer(offset, limit),
        )

    module.sync_detailed = sync_detailed  # type: ignore[attr-defined]
    return module


pages = st.lists(st.lists(st.integers(min_value=0, max_value=5), max_size=5), max_size=12)
counts = st.lists(
    st.one_of(st.none(), st.integers(min_value=-5, max_value=100), st.text(max_size=2)),
    max_size=3,
)


@FIXED
@given(pages, counts, st.sampled_from(["empty", "repeat-last", "cycle"]), st.integers(1, 10))
@example([[1, 2], [3, 4]], [], "cycle", 2)  # a server alternating two pages, forever
def test_pagination_always_terminates(
    scripted: list[list[int]], counted: list[Any], tail: str, page_size: int
) -> None:
    server = Server(scripted, counted, tail)
    items: list[int] = []
    try:
        items.extend(paginate(operation(server), client=None, page_size=page_size))
    except errors.PaginationError:
        pass
    # Every request but the last one brought a new, non-empty page.
    distinct = len({(len(p), p[0], p[-1]) for p in scripted if p})
    assert server.requests <= distinct + 1
    assert len(items) <= sum(len(p) for p in scripted)


@FIXED
@given(
    st.integers(min_value=0, max_value=300),
    st.integers(min_value=1, max_value=50),
    st.one_of(st.none(), st.integers(min_value=-10, max_value=400)),
)
def test_an_honest_server_is_read_exactly_once(total: int, page_size: int, count: Any) -> None:
    listing = list(range(total))
    requests = 0

    def sync_detailed(*, client: object, limit: int, offset: int) -> Response[Page]:
        nonlocal requests
        requests += 1
        assert requests <= total + 2, "pagination did not terminate"
        page = Page(listing[offset : offset + limit], total if count is None else count)
        return Response(status_code=HTTPStatus.OK, content=b"{}", headers={}, parsed=page)

    module = types.ModuleType("honest_list_operation")
    module.sync_detailed = sync_detailed  # type: ignore[attr-defined]
    items = list(paginate(module, client=None, page_size=page_size))
    reported = total if count is None else count
    if reported >= total:
        assert items == listing
    else:  # a count smaller than the listing stops at the first page that reaches it
        assert items == listing[: len(items)] and len(items) >= min(max(reported, 0), total)
    assert requests <= -(-total // page_size) + 1
