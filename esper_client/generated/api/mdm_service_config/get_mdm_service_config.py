from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.get_mdm_service_config_response_200 import GetMdmServiceConfigResponse200
from ...models.tenant_error_400_bad_data import TenantError400BadData


def _get_kwargs() -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/mdmserviceconfig",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GetMdmServiceConfigResponse200)),
        400: ("json", _rt.model(TenantError400BadData)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GetMdmServiceConfigResponse200 | TenantError400BadData]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
) -> Response[GetMdmServiceConfigResponse200 | TenantError400BadData]:
    """Read the MDMServiceConfig document for Apple Automated Device Enrollment. It gives the enrollment
    URL and the anchor certificates URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMdmServiceConfigResponse200 | TenantError400BadData]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
) -> GetMdmServiceConfigResponse200:
    """Read the MDMServiceConfig document for Apple Automated Device Enrollment. It gives the enrollment
    URL and the anchor certificates URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMdmServiceConfigResponse200
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
) -> Response[GetMdmServiceConfigResponse200 | TenantError400BadData]:
    """Read the MDMServiceConfig document for Apple Automated Device Enrollment. It gives the enrollment
    URL and the anchor certificates URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetMdmServiceConfigResponse200 | TenantError400BadData]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
) -> GetMdmServiceConfigResponse200:
    """Read the MDMServiceConfig document for Apple Automated Device Enrollment. It gives the enrollment
    URL and the anchor certificates URL.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetMdmServiceConfigResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
        )
    )
