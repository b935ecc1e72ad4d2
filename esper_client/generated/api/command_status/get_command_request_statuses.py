from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.command_status import CommandStatus
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.get_command_request_statuses_response_200 import GetCommandRequestStatusesResponse200
from ...models.get_command_request_statuses_state import (
    GetCommandRequestStatusesState,
)
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    request: str | Unset = UNSET,
    device: str | Unset = UNSET,
    state: GetCommandRequestStatusesState | Unset = UNSET,
    exclude_internal_commands: bool | Unset = UNSET,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["request"] = request

    params["device"] = device

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state

    params["state"] = json_state

    params["exclude_internal_commands"] = exclude_internal_commands

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/commands/v0/status/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetCommandRequestStatusesResponse200)),
        401: ("json", _rt.model(Error401Unauthorized)),
        500: ("json", _rt.model(Error500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error401Unauthorized | Error500InternalServerError | GetCommandRequestStatusesResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
    request: str | Unset = UNSET,
    device: str | Unset = UNSET,
    state: GetCommandRequestStatusesState | Unset = UNSET,
    exclude_internal_commands: bool | Unset = UNSET,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> Response[Error401Unauthorized | Error500InternalServerError | GetCommandRequestStatusesResponse200]:
    """List per-device command statuses, by request, device or state (commands service).

    Args:
        request (str | Unset): Only statuses of these command requests (request ids, comma-
            separated).
        device (str | Unset): Only statuses on these devices (device ids, comma-separated).
        state (GetCommandRequestStatusesState | Unset): Only statuses in this state.
        exclude_internal_commands (bool | Unset): True leaves internal commands out of the list.
            Default: False.
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
        Response[Error401Unauthorized | Error500InternalServerError | GetCommandRequestStatusesResponse200]
    """

    kwargs = _get_kwargs(
        request=request,
        device=device,
        state=state,
        exclude_internal_commands=exclude_internal_commands,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


_PAGE_ITEM = _rt.model(CommandStatus)


def page_item(data: Any) -> CommandStatus:
    """Decode one item of this listing, as esper_client.paginate yields them."""
    return _rt.decode_one(_PAGE_ITEM, data)


def sync(
    *,
    client: ClientLike,
    request: str | Unset = UNSET,
    device: str | Unset = UNSET,
    state: GetCommandRequestStatusesState | Unset = UNSET,
    exclude_internal_commands: bool | Unset = UNSET,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> GetCommandRequestStatusesResponse200:
    """List per-device command statuses, by request, device or state (commands service).

    Args:
        request (str | Unset): Only statuses of these command requests (request ids, comma-
            separated).
        device (str | Unset): Only statuses on these devices (device ids, comma-separated).
        state (GetCommandRequestStatusesState | Unset): Only statuses in this state.
        exclude_internal_commands (bool | Unset): True leaves internal commands out of the list.
            Default: False.
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
        GetCommandRequestStatusesResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            request=request,
            device=device,
            state=state,
            exclude_internal_commands=exclude_internal_commands,
            limit=limit,
            offset=offset,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
    request: str | Unset = UNSET,
    device: str | Unset = UNSET,
    state: GetCommandRequestStatusesState | Unset = UNSET,
    exclude_internal_commands: bool | Unset = UNSET,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> Response[Error401Unauthorized | Error500InternalServerError | GetCommandRequestStatusesResponse200]:
    """List per-device command statuses, by request, device or state (commands service).

    Args:
        request (str | Unset): Only statuses of these command requests (request ids, comma-
            separated).
        device (str | Unset): Only statuses on these devices (device ids, comma-separated).
        state (GetCommandRequestStatusesState | Unset): Only statuses in this state.
        exclude_internal_commands (bool | Unset): True leaves internal commands out of the list.
            Default: False.
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
        Response[Error401Unauthorized | Error500InternalServerError | GetCommandRequestStatusesResponse200]
    """

    kwargs = _get_kwargs(
        request=request,
        device=device,
        state=state,
        exclude_internal_commands=exclude_internal_commands,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    request: str | Unset = UNSET,
    device: str | Unset = UNSET,
    state: GetCommandRequestStatusesState | Unset = UNSET,
    exclude_internal_commands: bool | Unset = UNSET,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> GetCommandRequestStatusesResponse200:
    """List per-device command statuses, by request, device or state (commands service).

    Args:
        request (str | Unset): Only statuses of these command requests (request ids, comma-
            separated).
        device (str | Unset): Only statuses on these devices (device ids, comma-separated).
        state (GetCommandRequestStatusesState | Unset): Only statuses in this state.
        exclude_internal_commands (bool | Unset): True leaves internal commands out of the list.
            Default: False.
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
        GetCommandRequestStatusesResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            request=request,
            device=device,
            state=state,
            exclude_internal_commands=exclude_internal_commands,
            limit=limit,
            offset=offset,
        )
    )
