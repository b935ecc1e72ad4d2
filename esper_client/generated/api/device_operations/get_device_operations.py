from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.device_operation_with_stats import DeviceOperationWithStats
from ...models.get_device_operations_ordering import GetDeviceOperationsOrdering
from ...models.get_device_operations_response_200 import GetDeviceOperationsResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    operations_id: UUID | str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    state: int | Unset = UNSET,
    ordering: GetDeviceOperationsOrdering | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params["state"] = state

    json_ordering: str | Unset = UNSET
    if not isinstance(ordering, Unset):
        json_ordering = ordering

    params["ordering"] = json_ordering

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v0/operations/{path_segment(operations_id)}/devices/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetDeviceOperationsResponse200)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[GetDeviceOperationsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    operations_id: UUID | str,
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    state: int | Unset = UNSET,
    ordering: GetDeviceOperationsOrdering | Unset = UNSET,
) -> Response[GetDeviceOperationsResponse200]:
    """List the per-device records of an operation; filter by integer state (see DeviceOperationState).

    Args:
        operations_id (UUID | str): The operation's id (a UUID).
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        state (int | Unset): Only records in this state, as its number: 10 created, 20 initiated,
            30 dispatched, 40 processing, 50 success, 60 failure, 70 cancelled, 80 timeout, 90
            completed.
        ordering (GetDeviceOperationsOrdering | Unset): Field to sort by.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GetDeviceOperationsResponse200]
    """

    kwargs = _get_kwargs(
        operations_id=operations_id,
        limit=limit,
        offset=offset,
        state=state,
        ordering=ordering,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(DeviceOperationWithStats)


def page_item(data: Any) -> DeviceOperationWithStats:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    operations_id: UUID | str,
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    state: int | Unset = UNSET,
    ordering: GetDeviceOperationsOrdering | Unset = UNSET,
) -> GetDeviceOperationsResponse200:
    """List the per-device records of an operation; filter by integer state (see DeviceOperationState).

    Args:
        operations_id (UUID | str): The operation's id (a UUID).
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        state (int | Unset): Only records in this state, as its number: 10 created, 20 initiated,
            30 dispatched, 40 processing, 50 success, 60 failure, 70 cancelled, 80 timeout, 90
            completed.
        ordering (GetDeviceOperationsOrdering | Unset): Field to sort by.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetDeviceOperationsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            operations_id=operations_id,
            client=client,
            limit=limit,
            offset=offset,
            state=state,
            ordering=ordering,
        )
    )


async def asyncio_detailed(
    operations_id: UUID | str,
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    state: int | Unset = UNSET,
    ordering: GetDeviceOperationsOrdering | Unset = UNSET,
) -> Response[GetDeviceOperationsResponse200]:
    """List the per-device records of an operation; filter by integer state (see DeviceOperationState).

    Args:
        operations_id (UUID | str): The operation's id (a UUID).
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        state (int | Unset): Only records in this state, as its number: 10 created, 20 initiated,
            30 dispatched, 40 processing, 50 success, 60 failure, 70 cancelled, 80 timeout, 90
            completed.
        ordering (GetDeviceOperationsOrdering | Unset): Field to sort by.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GetDeviceOperationsResponse200]
    """

    kwargs = _get_kwargs(
        operations_id=operations_id,
        limit=limit,
        offset=offset,
        state=state,
        ordering=ordering,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    operations_id: UUID | str,
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    state: int | Unset = UNSET,
    ordering: GetDeviceOperationsOrdering | Unset = UNSET,
) -> GetDeviceOperationsResponse200:
    """List the per-device records of an operation; filter by integer state (see DeviceOperationState).

    Args:
        operations_id (UUID | str): The operation's id (a UUID).
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        state (int | Unset): Only records in this state, as its number: 10 created, 20 initiated,
            30 dispatched, 40 processing, 50 success, 60 failure, 70 cancelled, 80 timeout, 90
            completed.
        ordering (GetDeviceOperationsOrdering | Unset): Field to sort by.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetDeviceOperationsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            operations_id=operations_id,
            client=client,
            limit=limit,
            offset=offset,
            state=state,
            ordering=ordering,
        )
    )
