from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, response_body_error

from ... import errors
from ...models.generic_error_response import GenericErrorResponse
from ...models.users_list_response import UsersListResponse
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    legacy_user_id: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["legacy_user_id"] = legacy_user_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/authn2/v1/users/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> GenericErrorResponse | UsersListResponse | None:
    if response.status_code == 200:
        response_200 = UsersListResponse.from_dict(response.json())

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
) -> Response[GenericErrorResponse | UsersListResponse]:
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
    legacy_user_id: int | Unset = UNSET,
) -> Response[GenericErrorResponse | UsersListResponse]:
    """
    Args:
        legacy_user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenericErrorResponse | UsersListResponse]
    """

    kwargs = _get_kwargs(
        legacy_user_id=legacy_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    legacy_user_id: int | Unset = UNSET,
) -> GenericErrorResponse | UsersListResponse | None:
    """
    Args:
        legacy_user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenericErrorResponse | UsersListResponse
    """

    return sync_detailed(
        client=client,
        legacy_user_id=legacy_user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: ClientLike,
    legacy_user_id: int | Unset = UNSET,
) -> Response[GenericErrorResponse | UsersListResponse]:
    """
    Args:
        legacy_user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GenericErrorResponse | UsersListResponse]
    """

    kwargs = _get_kwargs(
        legacy_user_id=legacy_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    legacy_user_id: int | Unset = UNSET,
) -> GenericErrorResponse | UsersListResponse | None:
    """
    Args:
        legacy_user_id (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GenericErrorResponse | UsersListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            legacy_user_id=legacy_user_id,
        )
    ).parsed
