from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_response import ErrorResponse
from ...models.get_command_request_status_response_200 import GetCommandRequestStatusResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID | str,
    request_id: UUID | str,
    *,
    device: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["device"] = device

    params["state"] = state

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v0/enterprise/{path_segment(enterprise_id)}/command/{path_segment(request_id)}/status/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetCommandRequestStatusResponse200)),
        401: ("json", _rt.model(ErrorResponse)),
        404: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ErrorResponse | GetCommandRequestStatusResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    request_id: UUID | str,
    *,
    client: ClientLike,
    device: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Response[ErrorResponse | GetCommandRequestStatusResponse200]:
    """Per-device progress of one command request.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        request_id (UUID | str): The command request's id (a UUID).
        device (str | Unset): Only the status on this device (a device id).
        state (str | Unset): Only statuses in this state.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | GetCommandRequestStatusResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        request_id=request_id,
        device=device,
        state=state,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    request_id: UUID | str,
    *,
    client: ClientLike,
    device: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> GetCommandRequestStatusResponse200:
    """Per-device progress of one command request.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        request_id (UUID | str): The command request's id (a UUID).
        device (str | Unset): Only the status on this device (a device id).
        state (str | Unset): Only statuses in this state.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetCommandRequestStatusResponse200
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            request_id=request_id,
            client=client,
            device=device,
            state=state,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    request_id: UUID | str,
    *,
    client: ClientLike,
    device: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> Response[ErrorResponse | GetCommandRequestStatusResponse200]:
    """Per-device progress of one command request.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        request_id (UUID | str): The command request's id (a UUID).
        device (str | Unset): Only the status on this device (a device id).
        state (str | Unset): Only statuses in this state.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | GetCommandRequestStatusResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        request_id=request_id,
        device=device,
        state=state,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    request_id: UUID | str,
    *,
    client: ClientLike,
    device: str | Unset = UNSET,
    state: str | Unset = UNSET,
) -> GetCommandRequestStatusResponse200:
    """Per-device progress of one command request.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        request_id (UUID | str): The command request's id (a UUID).
        device (str | Unset): Only the status on this device (a device id).
        state (str | Unset): Only statuses in this state.

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetCommandRequestStatusResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            request_id=request_id,
            client=client,
            device=device,
            state=state,
        )
    )
