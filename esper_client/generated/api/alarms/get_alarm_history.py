from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.alarm_history import AlarmHistory
from ...models.error_response import ErrorResponse
from ...models.get_alarm_history_response_200 import GetAlarmHistoryResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID | str,
    alarm_id: UUID | str,
    *,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v1/enterprise/{path_segment(enterprise_id)}/alarmrules/{path_segment(alarm_id)}/alarmhistory/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetAlarmHistoryResponse200)),
        401: ("json", _rt.model(ErrorResponse)),
        404: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ErrorResponse | GetAlarmHistoryResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    alarm_id: UUID | str,
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | GetAlarmHistoryResponse200]:
    """List the times an alarm rule fired (paged with limit and offset).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        alarm_id (UUID | str): The alarm rule's id (a UUID).
        limit (int | Unset): Page size: how many items to return. Default: 50.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | GetAlarmHistoryResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        alarm_id=alarm_id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(AlarmHistory)


def page_item(data: Any) -> AlarmHistory:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    enterprise_id: UUID | str,
    alarm_id: UUID | str,
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> GetAlarmHistoryResponse200:
    """List the times an alarm rule fired (paged with limit and offset).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        alarm_id (UUID | str): The alarm rule's id (a UUID).
        limit (int | Unset): Page size: how many items to return. Default: 50.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetAlarmHistoryResponse200
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            alarm_id=alarm_id,
            client=client,
            limit=limit,
            offset=offset,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    alarm_id: UUID | str,
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> Response[ErrorResponse | GetAlarmHistoryResponse200]:
    """List the times an alarm rule fired (paged with limit and offset).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        alarm_id (UUID | str): The alarm rule's id (a UUID).
        limit (int | Unset): Page size: how many items to return. Default: 50.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | GetAlarmHistoryResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        alarm_id=alarm_id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    alarm_id: UUID | str,
    *,
    client: ClientLike,
    limit: int | Unset = UNSET,
    offset: int | Unset = UNSET,
) -> GetAlarmHistoryResponse200:
    """List the times an alarm rule fired (paged with limit and offset).

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        alarm_id (UUID | str): The alarm rule's id (a UUID).
        limit (int | Unset): Page size: how many items to return. Default: 50.
        offset (int | Unset): How many items to skip before the first one returned (for paging).
            Default: 0.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetAlarmHistoryResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            alarm_id=alarm_id,
            client=client,
            limit=limit,
            offset=offset,
        )
    )
