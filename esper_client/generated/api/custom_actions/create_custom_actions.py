from typing import Any

import httpx

from esper_client import _runtime as _rt
from esper_client._runtime import ClientLike, Response

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

    if "json" in _kwargs:
        headers["Content-Type"] = "application/json"

    headers["Accept"] = "application/json"
    _kwargs["headers"] = headers
    return _kwargs


_RESPONSES = _rt.Responses(
    {
        201: ("json", _rt.model(CreateCustomActionsResponse201)),
        400: ("json", _rt.model(CreateCustomActionsResponse400)),
        409: ("json", _rt.model(CreateCustomActionsResponse409)),
        500: ("json", _rt.model(CreateCustomActionsResponse500)),
    },
    ranges=(),
    default=None,
)


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[
    CreateCustomActionsResponse201
    | CreateCustomActionsResponse400
    | CreateCustomActionsResponse409
    | CreateCustomActionsResponse500
]:
    return _RESPONSES.build(client, response)


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
    """Create a custom action: a console control whose options run scripts on Linux devices.

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
) -> CreateCustomActionsResponse201:
    """Create a custom action: a console control whose options run scripts on Linux devices.

    Args:
        body (CustomActionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCustomActionsResponse201
    """

    return _rt.parsed(
        sync_detailed(
            client=client,
            body=body,
        )
    )


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
    """Create a custom action: a console control whose options run scripts on Linux devices.

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
) -> CreateCustomActionsResponse201:
    """Create a custom action: a console control whose options run scripts on Linux devices.

    Args:
        body (CustomActionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateCustomActionsResponse201
    """

    return _rt.parsed(
        await asyncio_detailed(
            client=client,
            body=body,
        )
    )
