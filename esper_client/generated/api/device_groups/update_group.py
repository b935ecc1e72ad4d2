from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.device_group import DeviceGroup
from ...models.device_group_update import DeviceGroupUpdate
from ...models.error_response import ErrorResponse
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    *,
    body: DeviceGroupUpdate,
    action: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["action"] = action

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/enterprise/{path_segment(enterprise_id)}/devicegroup/{path_segment(group_id)}/",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(DeviceGroup)),
        400: ("json", _rt.model(ErrorResponse)),
        401: ("json", _rt.model(ErrorResponse)),
        404: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[DeviceGroup | ErrorResponse]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    *,
    client: ClientLike,
    body: DeviceGroupUpdate,
    action: str | Unset = UNSET,
) -> Response[DeviceGroup | ErrorResponse]:
    """Replace a device group's settings.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        group_id (UUID | str): The device group's id (a UUID).
        action (str | Unset): Which change this is: add or remove (the devices in device_ids),
            rename, or move (under the parent given).
        body (DeviceGroupUpdate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[DeviceGroup | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        group_id=group_id,
        body=body,
        action=action,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    *,
    client: ClientLike,
    body: DeviceGroupUpdate,
    action: str | Unset = UNSET,
) -> DeviceGroup:
    """Replace a device group's settings.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        group_id (UUID | str): The device group's id (a UUID).
        action (str | Unset): Which change this is: add or remove (the devices in device_ids),
            rename, or move (under the parent given).
        body (DeviceGroupUpdate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        DeviceGroup
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            group_id=group_id,
            client=client,
            body=body,
            action=action,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    *,
    client: ClientLike,
    body: DeviceGroupUpdate,
    action: str | Unset = UNSET,
) -> Response[DeviceGroup | ErrorResponse]:
    """Replace a device group's settings.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        group_id (UUID | str): The device group's id (a UUID).
        action (str | Unset): Which change this is: add or remove (the devices in device_ids),
            rename, or move (under the parent given).
        body (DeviceGroupUpdate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[DeviceGroup | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        group_id=group_id,
        body=body,
        action=action,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    group_id: UUID | str,
    *,
    client: ClientLike,
    body: DeviceGroupUpdate,
    action: str | Unset = UNSET,
) -> DeviceGroup:
    """Replace a device group's settings.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        group_id (UUID | str): The device group's id (a UUID).
        action (str | Unset): Which change this is: add or remove (the devices in device_ids),
            rename, or move (under the parent given).
        body (DeviceGroupUpdate):

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        DeviceGroup
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            group_id=group_id,
            client=client,
            body=body,
            action=action,
        )
    )
