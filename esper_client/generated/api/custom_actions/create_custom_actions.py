from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, response_body_error

from ... import errors
from ...models.create_custom_actions_response_201 import CreateCustomActionsResponse201
from ...models.create_custom_actions_response_400 import CreateCustomActionsResponse400
from ...models.create_custom_actions_response_409 import CreateCustomActionsResponse409
from ...models.create_custom_actions_response_500 import CreateCustomActionsResponse500
from ...models.custom_action_create import CustomActionCreate


def _get_kwargs(
    *,
    body: CustomActionCreate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/custom-actions/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> (
    CreateCustomActionsResponse201
    | CreateCustomActionsResponse400
    | CreateCustomActionsResponse409
    | CreateCustomActionsResponse500
    | None
):
    if response.status_code == 201:
        response_201 = CreateCustomActionsResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateCustomActionsResponse400.from_dict(response.json())

        return response_400

    if response.status_code == 409:
        response_409 = CreateCustomActionsResponse409.from_dict(response.json())

        return response_409

    if response.status_code == 500:
        response_500 = CreateCustomActionsResponse500.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    CreateCustomActionsResponse201
    | CreateCustomActionsResponse400
    | CreateCustomActionsResponse409
    | CreateCustomActionsResponse500
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
    *,
    client: ClientLike,
    body: CustomActionCreate,
) -> Response[
    CreateCustomActionsResponse201
    | CreateCustomActionsResponse400
    | CreateCustomActionsResponse409
    | CreateCustomActionsResponse500
]:
    """
    Args:
        body (CustomActionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCustomActionsResponse201 | CreateCustomActionsResponse400 | CreateCustomActionsResponse409 | CreateCustomActionsResponse500]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    body: CustomActionCreate,
) -> (
    CreateCustomActionsResponse201
    | CreateCustomActionsResponse400
    | CreateCustomActionsResponse409
    | CreateCustomActionsResponse500
    | None
):
    """
    Args:
        body (CustomActionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCustomActionsResponse201 | CreateCustomActionsResponse400 | CreateCustomActionsResponse409 | CreateCustomActionsResponse500
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: ClientLike,
    body: CustomActionCreate,
) -> Response[
    CreateCustomActionsResponse201
    | CreateCustomActionsResponse400
    | CreateCustomActionsResponse409
    | CreateCustomActionsResponse500
]:
    """
    Args:
        body (CustomActionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateCustomActionsResponse201 | CreateCustomActionsResponse400 | CreateCustomActionsResponse409 | CreateCustomActionsResponse500]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    body: CustomActionCreate,
) -> (
    CreateCustomActionsResponse201
    | CreateCustomActionsResponse400
    | CreateCustomActionsResponse409
    | CreateCustomActionsResponse500
    | None
):
    """
    Args:
        body (CustomActionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCustomActionsResponse201 | CreateCustomActionsResponse400 | CreateCustomActionsResponse409 | CreateCustomActionsResponse500
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
