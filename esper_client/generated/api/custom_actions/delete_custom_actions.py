from typing import Any
from uuid import UUID

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response, path_segment

from ...models.delete_custom_actions_response_200 import DeleteCustomActionsResponse200
from ...models.delete_custom_actions_response_400 import DeleteCustomActionsResponse400
from ...models.delete_custom_actions_response_404 import DeleteCustomActionsResponse404
from ...models.delete_custom_actions_response_500 import DeleteCustomActionsResponse500


def _get_kwargs(
    custom_action_id: UUID | str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": f"/v2/custom-actions/{path_segment(custom_action_id)}/",
    }

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        200: ("json", _rt.model(DeleteCustomActionsResponse200)),
        400: ("json", _rt.model(DeleteCustomActionsResponse400)),
        404: ("json", _rt.model(DeleteCustomActionsResponse404)),
        500: ("json", _rt.model(DeleteCustomActionsResponse500)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    DeleteCustomActionsResponse200
    | DeleteCustomActionsResponse400
    | DeleteCustomActionsResponse404
    | DeleteCustomActionsResponse500
]:
    return _RESPONSES.build(client, response)


def sync_detailed(
    custom_action_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[
    DeleteCustomActionsResponse200
    | DeleteCustomActionsResponse400
    | DeleteCustomActionsResponse404
    | DeleteCustomActionsResponse500
]:
    """Remove a custom action.

    Args:
        custom_action_id (UUID): The custom action's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCustomActionsResponse200 | DeleteCustomActionsResponse400 | DeleteCustomActionsResponse404 | DeleteCustomActionsResponse500]
    """

    kwargs = _get_kwargs(
        custom_action_id=custom_action_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    custom_action_id: UUID | str,
    *,
    client: ClientLike,
) -> DeleteCustomActionsResponse200:
    """Remove a custom action.

    Args:
        custom_action_id (UUID): The custom action's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCustomActionsResponse200
    """

    return _rt.parsed(
        sync_detailed(
            custom_action_id=custom_action_id,
            client=client,
        )
    )


async def asyncio_detailed(
    custom_action_id: UUID | str,
    *,
    client: ClientLike,
) -> Response[
    DeleteCustomActionsResponse200
    | DeleteCustomActionsResponse400
    | DeleteCustomActionsResponse404
    | DeleteCustomActionsResponse500
]:
    """Remove a custom action.

    Args:
        custom_action_id (UUID): The custom action's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteCustomActionsResponse200 | DeleteCustomActionsResponse400 | DeleteCustomActionsResponse404 | DeleteCustomActionsResponse500]
    """

    kwargs = _get_kwargs(
        custom_action_id=custom_action_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    custom_action_id: UUID | str,
    *,
    client: ClientLike,
) -> DeleteCustomActionsResponse200:
    """Remove a custom action.

    Args:
        custom_action_id (UUID): The custom action's id (a UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteCustomActionsResponse200
    """

    return _rt.parsed(
        await asyncio_detailed(
            custom_action_id=custom_action_id,
            client=client,
        )
    )
