from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.get_operations_list_ordering import GetOperationsListOrdering
from ...models.get_operations_list_response_200 import GetOperationsListResponse200
from ...models.operation_with_stats import OperationWithStats
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    state: int | Unset = UNSET,
    ordering: GetOperationsListOrdering | Unset = UNSET,
    operation_type: str | Unset = UNSET,
    group_multi: UUID | Unset = UNSET,
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

    params["operation_type"] = operation_type

    json_group_multi: str | Unset = UNSET
    if not isinstance(group_multi, Unset):
        json_group_multi = str(group_multi)
    params["group_multi"] = json_group_multi

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v0/operations/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetOperationsListResponse200)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[GetOperationsListResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    state: int | Unset = UNSET,
    ordering: GetOperationsListOrdering | Unset = UNSET,
    operation_type: str | Unset = UNSET,
    group_multi: UUID | Unset = UNSET,
) -> Response[GetOperationsListResponse200]:
    """List the tenant's operations.

    Args:
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        state (int | Unset): Only operations in this state; 10 created, 20 resolving, 30 resolved,
            40 dispatching, 50 dispatched, 60 processing, 70 completed, 80 success, 90 failure, 100
            scheduled, 110 cancelled, 120 timeout.
        ordering (GetOperationsListOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.
        operation_type (str | Unset): Only operations of this type, such as INSTALL, REBOOT or
            CONVERGE.
        group_multi (UUID | Unset): Only operations for these device groups, their subgroups
            included (group ids).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GetOperationsListResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        state=state,
        ordering=ordering,
        operation_type=operation_type,
        group_multi=group_multi,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(OperationWithStats)


def page_item(data: Any) -> OperationWithStats:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    state: int | Unset = UNSET,
    ordering: GetOperationsListOrdering | Unset = UNSET,
    operation_type: str | Unset = UNSET,
    group_multi: UUID | Unset = UNSET,
) -> GetOperationsListResponse200:
    """List the tenant's operations.

    Args:
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        state (int | Unset): Only operations in this state; 10 created, 20 resolving, 30 resolved,
            40 dispatching, 50 dispatched, 60 processing, 70 completed, 80 success, 90 failure, 100
            scheduled, 110 cancelled, 120 timeout.
        ordering (GetOperationsListOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.
        operation_type (str | Unset): Only operations of this type, such as INSTALL, REBOOT or
            CONVERGE.
        group_multi (UUID | Unset): Only operations for these device groups, their subgroups
            included (group ids).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetOperationsListResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            limit=limit,
            offset=offset,
            state=state,
            ordering=ordering,
            operation_type=operation_type,
            group_multi=group_multi,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    state: int | Unset = UNSET,
    ordering: GetOperationsListOrdering | Unset = UNSET,
    operation_type: str | Unset = UNSET,
    group_multi: UUID | Unset = UNSET,
) -> Response[GetOperationsListResponse200]:
    """List the tenant's operations.

    Args:
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        state (int | Unset): Only operations in this state; 10 created, 20 resolving, 30 resolved,
            40 dispatching, 50 dispatched, 60 processing, 70 completed, 80 success, 90 failure, 100
            scheduled, 110 cancelled, 120 timeout.
        ordering (GetOperationsListOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.
        operation_type (str | Unset): Only operations of this type, such as INSTALL, REBOOT or
            CONVERGE.
        group_multi (UUID | Unset): Only operations for these device groups, their subgroups
            included (group ids).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GetOperationsListResponse200]
    """

    kwargs = _get_kwargs(
        limit=limit,
        offset=offset,
        state=state,
        ordering=ordering,
        operation_type=operation_type,
        group_multi=group_multi,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
    state: int | Unset = UNSET,
    ordering: GetOperationsListOrdering | Unset = UNSET,
    operation_type: str | Unset = UNSET,
    group_multi: UUID | Unset = UNSET,
) -> GetOperationsListResponse200:
    """List the tenant's operations.

    Args:
        limit (int | Unset): Page size: how many items to return.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
        state (int | Unset): Only operations in this state; 10 created, 20 resolving, 30 resolved,
            40 dispatching, 50 dispatched, 60 processing, 70 completed, 80 success, 90 failure, 100
            scheduled, 110 cancelled, 120 timeout.
        ordering (GetOperationsListOrdering | Unset): Field to sort by; a leading '-' sorts in
            descending order.
        operation_type (str | Unset): Only operations of this type, such as INSTALL, REBOOT or
            CONVERGE.
        group_multi (UUID | Unset): Only operations for these device groups, their subgroups
            included (group ids).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetOperationsListResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            limit=limit,
            offset=offset,
            state=state,
            ordering=ordering,
            operation_type=operation_type,
            group_multi=group_multi,
        )
    )
