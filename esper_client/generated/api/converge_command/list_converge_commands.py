from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, path_segment, response_body_error

from ... import errors
from ...models.error_401_unauthorized import Error401Unauthorized
from ...models.error_404_not_found import Error404NotFound
from ...models.error_500_internal_server_error import Error500InternalServerError
from ...models.list_converge_commands_response_200 import ListConvergeCommandsResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    id: str,
    *,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": f"/v2/converge/{path_segment(id)}/commands",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: ClientLike, response: httpx.Response
) -> Error401Unauthorized | Error404NotFound | Error500InternalServerError | ListConvergeCommandsResponse200 | None:
    if response.status_code == 200:
        response_200 = ListConvergeCommandsResponse200.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Error401Unauthorized.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = Error404NotFound.from_dict(response.json())

        return response_404

    if response.status_code == 500:
        response_500 = Error500InternalServerError.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: ClientLike, response: httpx.Response
) -> Response[Error401Unauthorized | Error404NotFound | Error500InternalServerError | ListConvergeCommandsResponse200]:
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
    id: str,
    *,
    client: ClientLike,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> Response[Error401Unauthorized | Error404NotFound | Error500InternalServerError | ListConvergeCommandsResponse200]:
    """
    Args:
        id (str):
        limit (float | Unset):
        offset (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error401Unauthorized | Error404NotFound | Error500InternalServerError | ListConvergeCommandsResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: ClientLike,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> Error401Unauthorized | Error404NotFound | Error500InternalServerError | ListConvergeCommandsResponse200 | None:
    """
    Args:
        id (str):
        limit (float | Unset):
        offset (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error401Unauthorized | Error404NotFound | Error500InternalServerError | ListConvergeCommandsResponse200
    """

    return sync_detailed(
        id=id,
        client=client,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: ClientLike,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> Response[Error401Unauthorized | Error404NotFound | Error500InternalServerError | ListConvergeCommandsResponse200]:
    """
    Args:
        id (str):
        limit (float | Unset):
        offset (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error401Unauthorized | Error404NotFound | Error500InternalServerError | ListConvergeCommandsResponse200]
    """

    kwargs = _get_kwargs(
        id=id,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: ClientLike,
    limit: float | Unset = UNSET,
    offset: float | Unset = UNSET,
) -> Error401Unauthorized | Error404NotFound | Error500InternalServerError | ListConvergeCommandsResponse200 | None:
    """
    Args:
        id (str):
        limit (float | Unset):
        offset (float | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error401Unauthorized | Error404NotFound | Error500InternalServerError | ListConvergeCommandsResponse200
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            limit=limit,
            offset=offset,
        )
    ).parsed
