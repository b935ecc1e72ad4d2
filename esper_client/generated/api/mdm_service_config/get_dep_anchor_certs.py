from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

from ...models.tenant_error_400_bad_data import TenantError400BadData


def _get_kwargs() -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2/mdmserviceconfig/anchor-certs",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("none", None),
        400: ("json", _rt.model(TenantError400BadData)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[Any | TenantError400BadData]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    *,
    client: ClientLike,
) -> Response[Any | TenantError400BadData]:
    """Read the anchor certificates for Automated Device Enrollment. Always an empty body today, as Esper's
    server certificate is publicly trusted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TenantError400BadData]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
) -> None:
    """Read the anchor certificates for Automated Device Enrollment. Always an empty body today, as Esper's
    server certificate is publicly trusted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
        )
    )


async def asyncio_detailed(
    *,
    client: ClientLike,
) -> Response[Any | TenantError400BadData]:
    """Read the anchor certificates for Automated Device Enrollment. Always an empty body today, as Esper's
    server certificate is publicly trusted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | TenantError400BadData]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
) -> None:
    """Read the anchor certificates for Automated Device Enrollment. Always an empty body today, as Esper's
    server certificate is publicly trusted.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
        )
    )
