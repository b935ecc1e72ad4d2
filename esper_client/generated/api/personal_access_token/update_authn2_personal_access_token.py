from typing import Any
from uuid import UUID

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.generic_error_response import GenericErrorResponse
from ...models.personal_access_token_update_response import PersonalAccessTokenUpdateResponse
from ...models.update_authn_2_personal_access_token_body import UpdateAuthn2PersonalAccessTokenBody


def _get_kwargs(
    personal_access_token_id: UUID,
    *,
    body: UpdateAuthn2PersonalAccessTokenBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": f"/authn2/v0/personal-access-token/{path_segment(personal_access_token_id)}",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> GenericErrorResponse | PersonalAccessTokenUpdateResponse | None:
    if response.status_code == 200:
        response_200 = PersonalAccessTokenUpdateResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = GenericErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = GenericErrorResponse.from_dict(response.json())

        return response_401

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[GenericErrorResponse | PersonalAccessTokenUpdateResponse]:
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
    personal_access_token_id: UUID,
    *,
    client: ClientLike,
    body: UpdateAuthn2PersonalAccessTokenBody,
) -> Response[GenericErrorResponse | PersonalAccessTokenUpdateResponse]:
    """
    Args:
        personal_access_token_id (UUID):
        body (UpdateAuthn2PersonalAccessTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenericErrorResponse | PersonalAccessTokenUpdateResponse]
    """

    kwargs = _get_kwargs(
        personal_access_token_id=personal_access_token_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    personal_access_token_id: UUID,
    *,
    client: ClientLike,
    body: UpdateAuthn2PersonalAccessTokenBody,
) -> GenericErrorResponse | PersonalAccessTokenUpdateResponse | None:
    """
    Args:
        personal_access_token_id (UUID):
        body (UpdateAuthn2PersonalAccessTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenericErrorResponse | PersonalAccessTokenUpdateResponse
    """

    return sync_detailed(
        personal_access_token_id=personal_access_token_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    personal_access_token_id: UUID,
    *,
    client: ClientLike,
    body: UpdateAuthn2PersonalAccessTokenBody,
) -> Response[GenericErrorResponse | PersonalAccessTokenUpdateResponse]:
    """
    Args:
        personal_access_token_id (UUID):
        body (UpdateAuthn2PersonalAccessTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenericErrorResponse | PersonalAccessTokenUpdateResponse]
    """

    kwargs = _get_kwargs(
        personal_access_token_id=personal_access_token_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    personal_access_token_id: UUID,
    *,
    client: ClientLike,
    body: UpdateAuthn2PersonalAccessTokenBody,
) -> GenericErrorResponse | PersonalAccessTokenUpdateResponse | None:
    """
    Args:
        personal_access_token_id (UUID):
        body (UpdateAuthn2PersonalAccessTokenBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenericErrorResponse | PersonalAccessTokenUpdateResponse
    """

    return (
        await asyncio_detailed(
            personal_access_token_id=personal_access_token_id,
            client=client,
            body=body,
        )
    ).parsed
