from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.custom_action_update import CustomActionUpdate
from ...models.update_custom_actions_response_200 import UpdateCustomActionsResponse200
from ...models.update_custom_actions_response_400 import UpdateCustomActionsResponse400
from ...models.update_custom_actions_response_404 import UpdateCustomActionsResponse404
from ...models.update_custom_actions_response_409 import UpdateCustomActionsResponse409
from ...models.update_custom_actions_response_500 import UpdateCustomActionsResponse500


def _get_kwargs(
    custom_action_id: UUID,
    *,
    body: CustomActionUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/v2/custom-actions/{path_segment(custom_action_id)}/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> (
    UpdateCustomActionsResponse200
    | UpdateCustomActionsResponse400
    | UpdateCustomActionsResponse404
    | UpdateCustomActionsResponse409
    | UpdateCustomActionsResponse500
    | None
):
    if response.status_code == 200:
        response_200 = UpdateCustomActionsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = UpdateCustomActionsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = UpdateCustomActionsResponse404.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = UpdateCustomActionsResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = UpdateCustomActionsResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    UpdateCustomActionsResponse200
    | UpdateCustomActionsResponse400
    | UpdateCustomActionsResponse404
    | UpdateCustomActionsResponse409
    | UpdateCustomActionsResponse500
]:
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
    body: CustomActionUpdate,
) -> Response[
    UpdateCustomActionsResponse200
    | UpdateCustomActionsResponse400
    | UpdateCustomActionsResponse404
    | UpdateCustomActionsResponse409
    | UpdateCustomActionsResponse500
]:
    """
    Args:
        custom_action_id (UUID):
        body (CustomActionUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateCustomActionsResponse200 | UpdateCustomActionsResponse400 | UpdateCustomActionsResponse404 | UpdateCustomActionsResponse409 | UpdateCustomActionsResponse500]
    """

    kwargs = _get_kwargs(
        custom_action_id=custom_action_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    custom_action_id: UUID,
    *,
    client: ClientLike,
    body: CustomActionUpdate,
) -> (
    UpdateCustomActionsResponse200
    | UpdateCustomActionsResponse400
    | UpdateCustomActionsResponse404
    | UpdateCustomActionsResponse409
    | UpdateCustomActionsResponse500
    | None
):
    """
    Args:
        custom_action_id (UUID):
        body (CustomActionUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateCustomActionsResponse200 | UpdateCustomActionsResponse400 | UpdateCustomActionsResponse404 | UpdateCustomActionsResponse409 | UpdateCustomActionsResponse500
    """

    return sync_detailed(
        custom_action_id=custom_action_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    custom_action_id: UUID,
    *,
    client: ClientLike,
    body: CustomActionUpdate,
) -> Response[
    UpdateCustomActionsResponse200
    | UpdateCustomActionsResponse400
    | UpdateCustomActionsResponse404
    | UpdateCustomActionsResponse409
    | UpdateCustomActionsResponse500
]:
    """
    Args:
        custom_action_id (UUID):
        body (CustomActionUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UpdateCustomActionsResponse200 | UpdateCustomActionsResponse400 | UpdateCustomActionsResponse404 | UpdateCustomActionsResponse409 | UpdateCustomActionsResponse500]
    """

    kwargs = _get_kwargs(
        custom_action_id=custom_action_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    custom_action_id: UUID,
    *,
    client: ClientLike,
    body: CustomActionUpdate,
) -> (
    UpdateCustomActionsResponse200
    | UpdateCustomActionsResponse400
    | UpdateCustomActionsResponse404
    | UpdateCustomActionsResponse409
    | UpdateCustomActionsResponse500
    | None
):
    """
    Args:
        custom_action_id (UUID):
        body (CustomActionUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UpdateCustomActionsResponse200 | UpdateCustomActionsResponse400 | UpdateCustomActionsResponse404 | UpdateCustomActionsResponse409 | UpdateCustomActionsResponse500
    """

    return (
        await asyncio_detailed(
            custom_action_id=custom_action_id,
            client=client,
            body=body,
        )
    ).parsed
