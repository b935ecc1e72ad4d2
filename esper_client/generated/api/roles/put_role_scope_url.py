from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.generic_error_response import GenericErrorResponse
from ...models.put_role_scope_url_body import PutRoleScopeUrlBody
from ...models.put_role_scope_url_response_200 import PutRoleScopeUrlResponse200


def _get_kwargs(
    role_id: UUID,
    *,
    body: PutRoleScopeUrlBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/authz2/v1/roles/{path_segment(role_id)}/scopes",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> GenericErrorResponse | PutRoleScopeUrlResponse200 | None:
    if response.status_code == 200:
        response_200 = PutRoleScopeUrlResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GenericErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GenericErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = GenericErrorResponse.from_dict(response.json())

        return response_404

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GenericErrorResponse | PutRoleScopeUrlResponse200]:
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
    role_id: UUID,
    *,
    client: ClientLike,
    body: PutRoleScopeUrlBody,
) -> Response[GenericErrorResponse | PutRoleScopeUrlResponse200]:
    """
    Args:
        role_id (UUID):
        body (PutRoleScopeUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenericErrorResponse | PutRoleScopeUrlResponse200]
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    role_id: UUID,
    *,
    client: ClientLike,
    body: PutRoleScopeUrlBody,
) -> GenericErrorResponse | PutRoleScopeUrlResponse200 | None:
    """
    Args:
        role_id (UUID):
        body (PutRoleScopeUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenericErrorResponse | PutRoleScopeUrlResponse200
    """

    return sync_detailed(
        role_id=role_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    role_id: UUID,
    *,
    client: ClientLike,
    body: PutRoleScopeUrlBody,
) -> Response[GenericErrorResponse | PutRoleScopeUrlResponse200]:
    """
    Args:
        role_id (UUID):
        body (PutRoleScopeUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenericErrorResponse | PutRoleScopeUrlResponse200]
    """

    kwargs = _get_kwargs(
        role_id=role_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    role_id: UUID,
    *,
    client: ClientLike,
    body: PutRoleScopeUrlBody,
) -> GenericErrorResponse | PutRoleScopeUrlResponse200 | None:
    """
    Args:
        role_id (UUID):
        body (PutRoleScopeUrlBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenericErrorResponse | PutRoleScopeUrlResponse200
    """

    return (
        await asyncio_detailed(
            role_id=role_id,
            client=client,
            body=body,
        )
    ).parsed
