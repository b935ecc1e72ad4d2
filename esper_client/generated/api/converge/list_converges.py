from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.converge import Converge
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.list_converges_response_200 import ListConvergesResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    device_ids: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["device_ids"] = device_ids

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/converge",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(ListConvergesResponse200)),
        401: ("json", _rt.model(Error401Unauthorized)),
        500: ("json", _rt.model(Error500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error401Unauthorized | Error500InternalServerError | ListConvergesResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    device_ids: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> Response[Error401Unauthorized | Error500InternalServerError | ListConvergesResponse200]:
    """List converge actions (bringing a device in line with its blueprint), optionally for some devices
    only.

    Args:
        device_ids (str | Unset): Only actions for these devices (device ids, comma-separated).
        limit (float | Unset): Page size: how many items to return.
        offset (float | Unset): How many items to skip before the first one returned (for paging).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error401Unauthorized | Error500InternalServerError | ListConvergesResponse200]
    """

    kwargs = _get_kwargs(
        device_ids=device_ids,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(Converge)


def page_item(data: Any) -> Converge:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    *,
    client: ClientLike,
    device_ids: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> ListConvergesResponse200:
    """List converge actions (bringing a device in line with its blueprint), optionally for some devices
    only.

    Args:
        device_ids (str | Unset): Only actions for these devices (device ids, comma-separated).
        limit (float | Unset): Page size: how many items to return.
        offset (float | Unset): How many items to skip before the first one returned (for paging).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListConvergesResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            device_ids=device_ids,
            limit=limit,
            offset=offset,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    device_ids: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> Response[Error401Unauthorized | Error500InternalServerError | ListConvergesResponse200]:
    """List converge actions (bringing a device in line with its blueprint), optionally for some devices
    only.

    Args:
        device_ids (str | Unset): Only actions for these devices (device ids, comma-separated).
        limit (float | Unset): Page size: how many items to return.
        offset (float | Unset): How many items to skip before the first one returned (for paging).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[Error401Unauthorized | Error500InternalServerError | ListConvergesResponse200]
    """

    kwargs = _get_kwargs(
        device_ids=device_ids,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    device_ids: str | Unset = UNSET,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> ListConvergesResponse200:
    """List converge actions (bringing a device in line with its blueprint), optionally for some devices
    only.

    Args:
        device_ids (str | Unset): Only actions for these devices (device ids, comma-separated).
        limit (float | Unset): Page size: how many items to return.
        offset (float | Unset): How many items to skip before the first one returned (for paging).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListConvergesResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            device_ids=device_ids,
            limit=limit,
            offset=offset,
        )
    )
