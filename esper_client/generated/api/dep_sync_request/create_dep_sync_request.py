from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, response_body_error

from ... import errors
from ...models.create_dep_sync_request_body import CreateDepSyncRequestBody
from ...models.create_dep_sync_request_response_200 import CreateDepSyncRequestResponse200
from ...models.error_400_bad_data import Error400BadData
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_500_internal_server_error import Error500InternalServerError


def _get_kwargs(
    *,
    body: CreateDepSyncRequestBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/onboarding/v0/depsyncs/",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> CreateDepSyncRequestResponse200 | Error400BadData | Error401Unauthorized | Error500InternalServerError | None:
    if response.status_code == 200:
        response_200 = CreateDepSyncRequestResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Error400BadData.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Error401Unauthorized.from_dict(response.json())

        return response_401

    if response.status_code == 500:
        response_500 = Error500InternalServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[CreateDepSyncRequestResponse200 | Error400BadData | Error401Unauthorized | Error500InternalServerError]:
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
    body: CreateDepSyncRequestBody,
) -> Response[CreateDepSyncRequestResponse200 | Error400BadData | Error401Unauthorized | Error500InternalServerError]:
    """
    Args:
        body (CreateDepSyncRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDepSyncRequestResponse200 | Error400BadData | Error401Unauthorized | Error500InternalServerError]
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
    body: CreateDepSyncRequestBody,
) -> CreateDepSyncRequestResponse200 | Error400BadData | Error401Unauthorized | Error500InternalServerError | None:
    """
    Args:
        body (CreateDepSyncRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDepSyncRequestResponse200 | Error400BadData | Error401Unauthorized | Error500InternalServerError
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: ClientLike,
    body: CreateDepSyncRequestBody,
) -> Response[CreateDepSyncRequestResponse200 | Error400BadData | Error401Unauthorized | Error500InternalServerError]:
    """
    Args:
        body (CreateDepSyncRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CreateDepSyncRequestResponse200 | Error400BadData | Error401Unauthorized | Error500InternalServerError]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    body: CreateDepSyncRequestBody,
) -> CreateDepSyncRequestResponse200 | Error400BadData | Error401Unauthorized | Error500InternalServerError | None:
    """
    Args:
        body (CreateDepSyncRequestBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CreateDepSyncRequestResponse200 | Error400BadData | Error401Unauthorized | Error500InternalServerError
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
