from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_response import ErrorResponse
from ...models.list_command_request_response_200 import ListCommandRequestResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    enterprise_id: UUID | str,
    *,
    command_type: str | Unset = UNSET,
    devices: str | Unset = UNSET,
    device_type: str | Unset = UNSET,
    command: str | Unset = UNSET,
    issued_by: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["command_type"] = command_type

    params["devices"] = devices

    params["device_type"] = device_type

    params["command"] = command

    params["issued_by"] = issued_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v0/enterprise/{path_segment(enterprise_id)}/command/",
        "params": params,
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(ListCommandRequestResponse200)),
        401: ("json", _rt.model(ErrorResponse)),
        404: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[ErrorResponse | ListCommandRequestResponse200]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    command_type: str | Unset = UNSET,
    devices: str | Unset = UNSET,
    device_type: str | Unset = UNSET,
    command: str | Unset = UNSET,
    issued_by: str | Unset = UNSET,
) -> Response[ErrorResponse | ListCommandRequestResponse200]:
    """List the command requests made in an enterprise.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        command_type (str | Unset): Only requests of this type (DEVICE, GROUP or DYNAMIC).
        devices (str | Unset): Only requests sent to these devices (device ids, comma-separated).
        device_type (str | Unset): Only requests for this kind of device, e.g. active or inactive.
        command (str | Unset): Only requests for this command, by name (e.g. REBOOT).
        issued_by (str | Unset): Only requests issued by this user (a user id).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | ListCommandRequestResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        command_type=command_type,
        devices=devices,
        device_type=device_type,
        command=command,
        issued_by=issued_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    command_type: str | Unset = UNSET,
    devices: str | Unset = UNSET,
    device_type: str | Unset = UNSET,
    command: str | Unset = UNSET,
    issued_by: str | Unset = UNSET,
) -> ListCommandRequestResponse200:
    """List the command requests made in an enterprise.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        command_type (str | Unset): Only requests of this type (DEVICE, GROUP or DYNAMIC).
        devices (str | Unset): Only requests sent to these devices (device ids, comma-separated).
        device_type (str | Unset): Only requests for this kind of device, e.g. active or inactive.
        command (str | Unset): Only requests for this command, by name (e.g. REBOOT).
        issued_by (str | Unset): Only requests issued by this user (a user id).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListCommandRequestResponse200
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            client=client,
            command_type=command_type,
            devices=devices,
            device_type=device_type,
            command=command,
            issued_by=issued_by,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    command_type: str | Unset = UNSET,
    devices: str | Unset = UNSET,
    device_type: str | Unset = UNSET,
    command: str | Unset = UNSET,
    issued_by: str | Unset = UNSET,
) -> Response[ErrorResponse | ListCommandRequestResponse200]:
    """List the command requests made in an enterprise.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        command_type (str | Unset): Only requests of this type (DEVICE, GROUP or DYNAMIC).
        devices (str | Unset): Only requests sent to these devices (device ids, comma-separated).
        device_type (str | Unset): Only requests for this kind of device, e.g. active or inactive.
        command (str | Unset): Only requests for this command, by name (e.g. REBOOT).
        issued_by (str | Unset): Only requests issued by this user (a user id).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx, with EsperClient's
            default raise_on_error=True (NotFoundError for a 404, RateLimitError for a 429 after the
            retries...); with raise_on_error=False every status is returned instead.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        Response[ErrorResponse | ListCommandRequestResponse200]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        command_type=command_type,
        devices=devices,
        device_type=device_type,
        command=command,
        issued_by=issued_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    *,
    client: ClientLike,
    command_type: str | Unset = UNSET,
    devices: str | Unset = UNSET,
    device_type: str | Unset = UNSET,
    command: str | Unset = UNSET,
    issued_by: str | Unset = UNSET,
) -> ListCommandRequestResponse200:
    """List the command requests made in an enterprise.

    Args:
        enterprise_id (UUID | str): The enterprise's id (a UUID).
        command_type (str | Unset): Only requests of this type (DEVICE, GROUP or DYNAMIC).
        devices (str | Unset): Only requests sent to these devices (device ids, comma-separated).
        device_type (str | Unset): Only requests for this kind of device, e.g. active or inactive.
        command (str | Unset): Only requests for this command, by name (e.g. REBOOT).
        issued_by (str | Unset): Only requests issued by this user (a user id).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListCommandRequestResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            client=client,
            command_type=command_type,
            devices=devices,
            device_type=device_type,
            command=command,
            issued_by=issued_by,
        )
    )
