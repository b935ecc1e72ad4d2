from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.application_v1 import ApplicationV1
from ...models.error_response import ErrorResponse


def _get_kwargs(
    enterprise_id: UUID | str,
    application_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v1/enterprise/{path_segment(enterprise_id)}/application/{path_segment(application_id)}/",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(ApplicationV1)),
        401: ("json", _rt.model(ErrorResponse)),
        404: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[ApplicationV1 | ErrorResponse]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    application_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[ApplicationV1 | ErrorResponse]:
    """Read one uploaded app (v1 API).

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        application_id (UUID): The app's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationV1 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        application_id=application_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    application_id: UUID | str,
    *,
    client: ClientLike,
) -> ApplicationV1:
    """Read one uploaded app (v1 API).

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        application_id (UUID): The app's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationV1
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            application_id=application_id,
            client=client,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    application_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[ApplicationV1 | ErrorResponse]:
    """Read one uploaded app (v1 API).

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        application_id (UUID): The app's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationV1 | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        application_id=application_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    application_id: UUID | str,
    *,
    client: ClientLike,
) -> ApplicationV1:
    """Read one uploaded app (v1 API).

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        application_id (UUID): The app's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationV1
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            application_id=application_id,
            client=client,
        )
    )
