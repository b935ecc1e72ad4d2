from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_response import ErrorResponse
from ...models.google_product import GoogleProduct


def _get_kwargs(
    enterprise_id: UUID | str,
    emm_id: int,
    product_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v0/enterprise/{path_segment(enterprise_id)}/emm/{path_segment(emm_id)}/product/{path_segment(product_id)}",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(GoogleProduct)),
        401: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[ErrorResponse | GoogleProduct]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    emm_id: int,
    product_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[ErrorResponse | GoogleProduct]:
    """Read one approved Play Store app.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        product_id (str): Identifies the approved Play Store app (as listed by getGoogleApps).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GoogleProduct]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        emm_id=emm_id,
        product_id=product_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    emm_id: int,
    product_id: UUID | str,
    *,
    client: ClientLike,
) -> GoogleProduct:
    """Read one approved Play Store app.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        product_id (str): Identifies the approved Play Store app (as listed by getGoogleApps).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoogleProduct
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            emm_id=emm_id,
            product_id=product_id,
            client=client,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    emm_id: int,
    product_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[ErrorResponse | GoogleProduct]:
    """Read one approved Play Store app.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        product_id (str): Identifies the approved Play Store app (as listed by getGoogleApps).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorResponse | GoogleProduct]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        emm_id=emm_id,
        product_id=product_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    emm_id: int,
    product_id: UUID | str,
    *,
    client: ClientLike,
) -> GoogleProduct:
    """Read one approved Play Store app.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        emm_id (int): The linked Google enterprise's id (an integer).
        product_id (str): Identifies the approved Play Store app (as listed by getGoogleApps).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GoogleProduct
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            emm_id=emm_id,
            product_id=product_id,
            client=client,
        )
    )
