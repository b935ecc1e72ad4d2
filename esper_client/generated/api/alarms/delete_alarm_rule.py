from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.error_response import ErrorResponse


def _get_kwargs(
    enterprise_id: UUID | str,
    alarm_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/v1/enterprise/{path_segment(enterprise_id)}/alarmrules/{path_segment(alarm_id)}/",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        204: ("none", None),
        400: ("json", _rt.model(ErrorResponse)),
        401: ("json", _rt.model(ErrorResponse)),
        403: ("json", _rt.model(ErrorResponse)),
        404: ("json", _rt.model(ErrorResponse)),
        500: ("json", _rt.model(ErrorResponse)),
    },
    ranges=(),
    default=None,
)


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[Any | ErrorResponse]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    enterprise_id: UUID | str,
    alarm_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[Any | ErrorResponse]:
    """Remove an alarm rule.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        alarm_id (str): The alarm rule's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        alarm_id=alarm_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    enterprise_id: UUID | str,
    alarm_id: UUID | str,
    *,
    client: ClientLike,
) -> None:
    """Remove an alarm rule.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        alarm_id (str): The alarm rule's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _rt.parsed(
        sync_detailed(
            enterprise_id=enterprise_id,
            alarm_id=alarm_id,
            client=client,
        )
    )


async def asyncio_detailed(
    enterprise_id: UUID | str,
    alarm_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[Any | ErrorResponse]:
    """Remove an alarm rule.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        alarm_id (str): The alarm rule's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | ErrorResponse]
    """

    kwargs = _get_kwargs(
        enterprise_id=enterprise_id,
        alarm_id=alarm_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    enterprise_id: UUID | str,
    alarm_id: UUID | str,
    *,
    client: ClientLike,
) -> None:
    """Remove an alarm rule.

    Args:
        enterprise_id (str): The enterprise's id (a UUID).
        alarm_id (str): The alarm rule's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        None
    """

    return _rt.parsed(
        await asyncio_detailed(
            enterprise_id=enterprise_id,
            alarm_id=alarm_id,
            client=client,
        )
    )
