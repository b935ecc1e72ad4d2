from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.converge_command import ConvergeCommand
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_404_not_found import Error404NotFound
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.list_converge_commands_response_200 import ListConvergeCommandsResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    id: UUID | str,
    *,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/converge/{path_segment(id)}/commands",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(ListConvergeCommandsResponse200)),
        401: ("json", _rt.model(Error401Unauthorized)),
        404: ("json", _rt.model(Error404NotFound)),
        500: ("json", _rt.model(Error500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error401Unauthorized | Error404NotFound | Error500InternalServerError | ListConvergeCommandsResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    id: UUID | str,
    *,
    client: ClientLike,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> Response[Error401Unauthorized | Error404NotFound | Error500InternalServerError | ListConvergeCommandsResponse200]:
    """List the commands a converge action has sent to its device (paged with limit and offset).

    Args:
        id (UUID | str): The converge action's id.
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
        Response[Error401Unauthorized | Error404NotFound | Error500InternalServerError | ListConvergeCommandsResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(ConvergeCommand)


def page_item(data: Any) -> ConvergeCommand:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    id: UUID | str,
    *,
    client: ClientLike,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> ListConvergeCommandsResponse200:
    """List the commands a converge action has sent to its device (paged with limit and offset).

    Args:
        id (UUID | str): The converge action's id.
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
        ListConvergeCommandsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            id=id,
            client=client,
            limit=limit,
            offset=offset,
        )
    )


async def asyncio_detailed(
    id: UUID | str,
    *,
    client: ClientLike,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> Response[Error401Unauthorized | Error404NotFound | Error500InternalServerError | ListConvergeCommandsResponse200]:
    """List the commands a converge action has sent to its device (paged with limit and offset).

    Args:
        id (UUID | str): The converge action's id.
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
        Response[Error401Unauthorized | Error404NotFound | Error500InternalServerError | ListConvergeCommandsResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID | str,
    *,
    client: ClientLike,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> ListConvergeCommandsResponse200:
    """List the commands a converge action has sent to its device (paged with limit and offset).

    Args:
        id (UUID | str): The converge action's id.
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
        ListConvergeCommandsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            id=id,
            client=client,
            limit=limit,
            offset=offset,
        )
    )
