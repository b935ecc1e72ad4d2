from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, response_body_error

from ... import errors
from ...models.blueprint_create import BlueprintCreate
from ...models.create_blueprints_response_201 import CreateBlueprintsResponse201
from ...models.create_blueprints_response_400 import CreateBlueprintsResponse400
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    body: BlueprintCreate | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v2/blueprints/",
    }

    if not isinstance(body, Unset):
        _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> CreateBlueprintsResponse201 | CreateBlueprintsResponse400 | None:
    if response.status_code == 201:
        response_201 = CreateBlueprintsResponse201.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = CreateBlueprintsResponse400.from_dict(response.json())

        return response_400

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[CreateBlueprintsResponse201 | CreateBlueprintsResponse400]:
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
    body: BlueprintCreate | Unset = UNSET,
) -> Response[CreateBlueprintsResponse201 | CreateBlueprintsResponse400]:
    """
    Args:
        body (BlueprintCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBlueprintsResponse201 | CreateBlueprintsResponse400]
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
    body: BlueprintCreate | Unset = UNSET,
) -> CreateBlueprintsResponse201 | CreateBlueprintsResponse400 | None:
    """
    Args:
        body (BlueprintCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBlueprintsResponse201 | CreateBlueprintsResponse400
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: ClientLike,
    body: BlueprintCreate | Unset = UNSET,
) -> Response[CreateBlueprintsResponse201 | CreateBlueprintsResponse400]:
    """
    Args:
        body (BlueprintCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateBlueprintsResponse201 | CreateBlueprintsResponse400]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    body: BlueprintCreate | Unset = UNSET,
) -> CreateBlueprintsResponse201 | CreateBlueprintsResponse400 | None:
    """
    Args:
        body (BlueprintCreate | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateBlueprintsResponse201 | CreateBlueprintsResponse400
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
