from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.list_devices_google_accounts_response_200 import ListDevicesGoogleAccountsResponse200


def _get_kwargs(
    device_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/devices/{path_segment(device_id)}/google-accounts/",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(ListDevicesGoogleAccountsResponse200)),
        400: ("json", _rt.model(Error400BadData)),
        401: ("json", _rt.model(Error401Unauthorized)),
        500: ("json", _rt.model(Error500InternalServerError)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesGoogleAccountsResponse200
]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[
    Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesGoogleAccountsResponse200
]:
    """Read the Google account Esper keeps for a device's enrollment in Google EMM.

    Args:
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
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesGoogleAccountsResponse200]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> ListDevicesGoogleAccountsResponse200:
    """Read the Google account Esper keeps for a device's enrollment in Google EMM.

    Args:
        device_id (UUID | str): The device's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListDevicesGoogleAccountsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            device_id=device_id,
            client=client,
        )
    )


async def asyncio_detailed(
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[
    Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesGoogleAccountsResponse200
]:
    """Read the Google account Esper keeps for a device's enrollment in Google EMM.

    Args:
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
        Response[Error400BadData | Error401Unauthorized | Error500InternalServerError | ListDevicesGoogleAccountsResponse200]
    """

    kwargs = _get_kwargs(
        device_id=device_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    device_id: UUID | str,
    *,
    client: ClientLike,
) -> ListDevicesGoogleAccountsResponse200:
    """Read the Google account Esper keeps for a device's enrollment in Google EMM.

    Args:
        device_id (UUID | str): The device's id (a UUID).

    Raises:
        esper_client.errors.APIStatusError: The API answered another status than 2xx (NotFoundError for a
            404, RateLimitError for a 429 after the retries...), whatever the client's raise_on_error.
        esper_client.errors.APIConnectionError: No answer: connecting, sending or reading failed after the
            retries (APITimeoutError for a timeout).
        esper_client.errors.ResponseDecodeError: The body is not what the operation declares as a whole,
            or, with strict=True, one of its values does not fit its type (see esper_client.deviations).

    Returns:
        ListDevicesGoogleAccountsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            device_id=device_id,
            client=client,
        )
    )
