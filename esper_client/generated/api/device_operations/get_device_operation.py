from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.get_device_operation_response_200 import GetDeviceOperationResponse200


def _get_kwargs(
    operations_id: UUID | str,
    device_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v0/operations/{path_segment(operations_id)}/devices/{path_segment(device_id)}/",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetDeviceOperationResponse200)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[GetDeviceOperationResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    operations_id: UUID | str,
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[GetDeviceOperationResponse200]:
    """Read how one operation went on one device.

    Args:
        operations_id (UUID | str): The operation's id (a UUID).
        device_id (UUID | str): The device's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GetDeviceOperationResponse200]
    """

    kwargs = _get_kwargs(
        operations_id=operations_id,
        device_id=device_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    operations_id: UUID | str,
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> GetDeviceOperationResponse200:
    """Read how one operation went on one device.

    Args:
        operations_id (UUID | str): The operation's id (a UUID).
        device_id (UUID | str): The device's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetDeviceOperationResponse200
    """

    return _rt.parsed(
        sync_detailed(
            operations_id=operations_id,
            device_id=device_id,
            client=client,
        )
    )


async def asyncio_detailed(
    operations_id: UUID | str,
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[GetDeviceOperationResponse200]:
    """Read how one operation went on one device.

    Args:
        operations_id (UUID | str): The operation's id (a UUID).
        device_id (UUID | str): The device's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[GetDeviceOperationResponse200]
    """

    kwargs = _get_kwargs(
        operations_id=operations_id,
        device_id=device_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    operations_id: UUID | str,
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> GetDeviceOperationResponse200:
    """Read how one operation went on one device.

    Args:
        operations_id (UUID | str): The operation's id (a UUID).
        device_id (UUID | str): The device's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        GetDeviceOperationResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            operations_id=operations_id,
            device_id=device_id,
            client=client,
        )
    )
