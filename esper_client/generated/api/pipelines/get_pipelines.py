from typing import Any

import httpx

from esper_client._runtime import BODY_ERRORS, ClientLike, Response, as_http_status, response_body_error

from ... import errors
from ...models.get_pipelines_ordering import GetPipelinesOrdering
from ...models.get_pipelines_response_200 import GetPipelinesResponse200
from ...types import UNSET, Unset


def _get_kwargs(
    *,
    default: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: GetPipelinesOrdering | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["default"] = default

    params["name"] = name

    json_ordering: str | Unset = UNSET
    if not isinstance(ordering, Unset):
        json_ordering = ordering

    params["ordering"] = json_ordering

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/pipelines/v0/pipelines/",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: ClientLike, response: httpx.Response) -> GetPipelinesResponse200 | None:
    if response.status_code == 200:
        response_200 = GetPipelinesResponse200.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: ClientLike, response: httpx.Response) -> Response[GetPipelinesResponse200]:
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
    default: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: GetPipelinesOrdering | Unset = UNSET,
) -> Response[GetPipelinesResponse200]:
    """
    Args:
        default (bool | Unset):
        name (str | Unset):
        ordering (GetPipelinesOrdering | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPipelinesResponse200]
    """

    kwargs = _get_kwargs(
        default=default,
        name=name,
        ordering=ordering,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: ClientLike,
    default: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: GetPipelinesOrdering | Unset = UNSET,
) -> GetPipelinesResponse200 | None:
    """
    Args:
        default (bool | Unset):
        name (str | Unset):
        ordering (GetPipelinesOrdering | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPipelinesResponse200
    """

    return sync_detailed(
        client=client,
        default=default,
        name=name,
        ordering=ordering,
    ).parsed


async def asyncio_detailed(
    *,
    client: ClientLike,
    default: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: GetPipelinesOrdering | Unset = UNSET,
) -> Response[GetPipelinesResponse200]:
    """
    Args:
        default (bool | Unset):
        name (str | Unset):
        ordering (GetPipelinesOrdering | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GetPipelinesResponse200]
    """

    kwargs = _get_kwargs(
        default=default,
        name=name,
        ordering=ordering,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: ClientLike,
    default: bool | Unset = UNSET,
    name: str | Unset = UNSET,
    ordering: GetPipelinesOrdering | Unset = UNSET,
) -> GetPipelinesResponse200 | None:
    """
    Args:
        default (bool | Unset):
        name (str | Unset):
        ordering (GetPipelinesOrdering | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        errors.UnexpectedResponseBody: If the body does not fit its documented type (or what client.response_body_error returns).
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GetPipelinesResponse200
    """

    return (
        await asyncio_detailed(
            client=client,
            default=default,
            name=name,
            ordering=ordering,
        )
    ).parsed
