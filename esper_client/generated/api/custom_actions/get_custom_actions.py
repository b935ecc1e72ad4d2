from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.get_custom_actions_response_200 import GetCustomActionsResponse200
from ...models.get_custom_actions_response_404 import GetCustomActionsResponse404


def _get_kwargs(
    custom_action_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/custom-actions/{path_segment(custom_action_id)}/",
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> GetCustomActionsResponse200 | GetCustomActionsResponse404 | None:
    if response.status_code == 200:
        response_200 = GetCustomActionsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 404:
        response_404 = GetCustomActionsResponse404.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GetCustomActionsResponse200 | GetCustomActionsResponse404]:
    try:
        parsed = _parse_response(client=client, response=response)
    except BODY_ERRORS as exc:
        raise response_body_error(client, response, exc) from exc
    return Response(
        status_code=as_http_status(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=parsed,
    )


def sync_detailed(
    custom_action_id: UUID,
    *,
    client: ClientLike,
) -> Response[GetCustomActionsResponse200 | GetCustomActionsResponse404]:
    """
    Args:
        custom_action_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCustomActionsResponse200 | GetCustomActionsResponse404]
    """

    kwargs = _get_kwargs(
        custom_action_id=custom_action_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    custom_action_id: UUID,
    *,
    client: ClientLike,
) -> GetCustomActionsResponse200 | GetCustomActionsResponse404 | None:
    """
    Args:
        custom_action_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCustomActionsResponse200 | GetCustomActionsResponse404
    """

    return sync_detailed(
        custom_action_id=custom_action_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    custom_action_id: UUID,
    *,
    client: ClientLike,
) -> Response[GetCustomActionsResponse200 | GetCustomActionsResponse404]:
    """
    Args:
        custom_action_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetCustomActionsResponse200 | GetCustomActionsResponse404]
    """

    kwargs = _get_kwargs(
        custom_action_id=custom_action_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    custom_action_id: UUID,
    *,
    client: ClientLike,
) -> GetCustomActionsResponse200 | GetCustomActionsResponse404 | None:
    """
    Args:
        custom_action_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetCustomActionsResponse200 | GetCustomActionsResponse404
    """

    return (
        await asyncio_detailed(
            custom_action_id=custom_action_id,
            client=client,
        )
    ).parsed
