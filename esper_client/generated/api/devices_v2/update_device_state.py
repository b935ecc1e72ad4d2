from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.device_error_400_bad_data import DeviceError400BadData
from ...models.device_error_401_unauthorized import DeviceError401Unauthorized
from ...models.device_error_500_internal_server_error import DeviceError500InternalServerError
from ...models.update_device_state_body import UpdateDeviceStateBody
from ...models.update_device_state_response_201 import UpdateDeviceStateResponse201


def _get_kwargs(
    id: UUID | str,
    *,
    body: UpdateDeviceStateBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/v2/devices/{path_segment(id)}/devicestate",
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        201: ("json", _rt.model(UpdateDeviceStateResponse201)),
        400: ("json", _rt.model(DeviceError400BadData)),
        401: ("json", _rt.model(DeviceError401Unauthorized)),
        500: ("json", _rt.model(DeviceError500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    DeviceError400BadData
    | DeviceError401Unauthorized
    | DeviceError500InternalServerError
    | UpdateDeviceStateResponse201
]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateDeviceStateBody,
) -> Response[
    DeviceError400BadData
    | DeviceError401Unauthorized
    | DeviceError500InternalServerError
    | UpdateDeviceStateResponse201
]:
    """Report a device's current settings to Esper, for blueprint drift detection.

    Args:
        id (UUID | str): The device's id (a UUID).
        body (UpdateDeviceStateBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[DeviceError400BadData | DeviceError401Unauthorized | DeviceError500InternalServerError | UpdateDeviceStateResponse201]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateDeviceStateBody,
) -> UpdateDeviceStateResponse201:
    """Report a device's current settings to Esper, for blueprint drift detection.

    Args:
        id (UUID | str): The device's id (a UUID).
        body (UpdateDeviceStateBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        UpdateDeviceStateResponse201
    """

    return _rt.parsed(
        sync_detailed(
            id=id,
            client=client,
            body=body,
        )
    )


async def asyncio_detailed(
    id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateDeviceStateBody,
) -> Response[
    DeviceError400BadData
    | DeviceError401Unauthorized
    | DeviceError500InternalServerError
    | UpdateDeviceStateResponse201
]:
    """Report a device's current settings to Esper, for blueprint drift detection.

    Args:
        id (UUID | str): The device's id (a UUID).
        body (UpdateDeviceStateBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[DeviceError400BadData | DeviceError401Unauthorized | DeviceError500InternalServerError | UpdateDeviceStateResponse201]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID | str,
    *,
    client: ClientLike,
    body: UpdateDeviceStateBody,
) -> UpdateDeviceStateResponse201:
    """Report a device's current settings to Esper, for blueprint drift detection.

    Args:
        id (UUID | str): The device's id (a UUID).
        body (UpdateDeviceStateBody):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        UpdateDeviceStateResponse201
    """

    return _rt.parsed(
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    )
